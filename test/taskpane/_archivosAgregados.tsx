/** «Agregar archivos…» hosted as App hosts it (the list in the host's state), for its tests. */
import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import type { ArchivoAgregado } from "../../src/app";
import { ArchivosAgregados } from "../../src/taskpane/components/ArchivosAgregados";

export function AnfitrionArchivos({ alCambiar }: { readonly alCambiar: (a: readonly ArchivoAgregado[]) => void }) {
  const [archivos, setArchivos] = useState<readonly ArchivoAgregado[]>([]);
  return (
    <ArchivosAgregados
      archivos={archivos}
      ajustes={{ vigencia: 2024 }}
      onCambiar={(a) => {
        alCambiar(a);
        setArchivos(a);
      }}
    />
  );
}

/** Picks files by name in the hidden input, as the browser's dialog would. */
export function elegirArchivos(...nombres: string[]): void {
  fireEvent.change(screen.getByTestId("entrada-archivos"), { target: { files: nombres.map((n) => new File(["x"], n)) } });
}
