/**
 * "Agregar archivos…" in Consolidar (issue 14): the dependencies' files consolidated with the open
 * workbook. Each file shows its own recognition and findings, or why it cannot be read (it is
 * then left out of the run, never stopping the others). A batch being read shows which file of
 * how many, and Cancelar keeps the files already read and drops the rest.
 */
import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { revisarArchivo, type ArchivoAgregado, type RevisionArchivo } from "../../app";
import type { Ajustes } from "../../core/calculo/tipos";
import { archivoDelNavegador } from "../archivoNavegador";
import { entero } from "../formato";

export interface PropsArchivosAgregados {
  readonly archivos: readonly ArchivoAgregado[];
  readonly ajustes: Ajustes;
  readonly onCambiar: (archivos: readonly ArchivoAgregado[]) => void;
  readonly deshabilitado?: boolean;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  oculto: { display: "none" },
  lista: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  archivo: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nombre: { overflowWrap: "anywhere" },
  detalle: { gridColumn: "1 / -1", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const cantidad = (n: number, una: string, varias: string): string => `${entero(n)} ${n === 1 ? una : varias}`;

/** The file's recognition in one line, as the pane's header says the open workbook's. */
function resumenRevision(r: Extract<RevisionArchivo, { ok: true }>): string {
  const c = r.consolidacion;
  const errores = c.hallazgos.filter((h) => h.severidad === "error").length;
  const reconocidas = c.hojas.filter((h) => h.reconocida).length;
  const advertencias = c.hallazgos.length - errores;
  return [
    cantidad(reconocidas, "hoja con matriz", "hojas con matriz"),
    cantidad(c.metas.length, "meta", "metas"),
    cantidad(errores, "error", "errores"),
    cantidad(advertencias, "advertencia", "advertencias"),
  ].join(" · ");
}

function Revision({ revision }: { readonly revision: RevisionArchivo | undefined }) {
  if (!revision) return <Spinner size="extra-tiny" label="Leyendo…" />;
  if (!revision.ok)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{`${revision.motivo} Se omitirá al consolidar.`}</MessageBarBody>
      </MessageBar>
    );
  const dependencias = revision.consolidacion.grupos.filter((g) => g.nivel === "dependencia").map((g) => g.nombre);
  return (
    <>
      <Text size={200} data-testid="revision-archivo">
        {resumenRevision(revision)}
      </Text>
      {dependencias.length > 0 && <Text size={200}>{`Dependencias: ${dependencias.join(", ")}`}</Text>}
      {revision.avisos.map((a) => (
        <MessageBar key={a} intent="warning">
          <MessageBarBody>{a}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/** The file being reviewed and its place among the added files. */
interface Lectura {
  readonly posicion: number;
  readonly total: number;
  readonly nombre: string;
}

/** Each file's review, one file after the other (one unzipped at a time), again when the settings change. */
function useRevisiones(
  archivos: readonly ArchivoAgregado[],
  ajustes: Ajustes,
): { readonly revisiones: ReadonlyMap<ArchivoAgregado, RevisionArchivo>; readonly lectura: Lectura | null } {
  const [revisiones, setRevisiones] = useState<ReadonlyMap<ArchivoAgregado, RevisionArchivo>>(new Map());
  const [lectura, setLectura] = useState<Lectura | null>(null);
  useEffect(() => {
    let vigente = true;
    void (async () => {
      for (const [i, archivo] of archivos.entries()) {
        setLectura({ posicion: i + 1, total: archivos.length, nombre: archivo.nombre });
        const r = await revisarArchivo(archivo, ajustes);
        if (!vigente) return;
        // reviews of removed files are dropped with the next one
        setRevisiones((antes) => new Map([...antes].filter(([a]) => archivos.includes(a))).set(archivo, r));
      }
      setLectura(null);
    })();
    return () => {
      vigente = false;
    };
  }, [archivos, ajustes]);
  return { revisiones, lectura };
}

/** «Leyendo 3 de 20: x.xlsx…» over a bar of the files done, with Cancelar. */
function Progreso({ lectura, onCancelar }: { readonly lectura: Lectura; readonly onCancelar: () => void }) {
  const texto = `Leyendo ${entero(lectura.posicion)} de ${entero(lectura.total)}: ${lectura.nombre}…`;
  return (
    <Field label={texto} validationState="none">
      <ProgressBar value={(lectura.posicion - 1) / lectura.total} max={1} />
      <div>
        <Button size="small" onClick={onCancelar}>
          Cancelar
        </Button>
      </div>
    </Field>
  );
}

export function ArchivosAgregados({ archivos, ajustes, onCambiar, deshabilitado = false }: PropsArchivosAgregados) {
  const estilos = useStyles();
  const entrada = useRef<HTMLInputElement>(null);
  const { revisiones, lectura } = useRevisiones(archivos, ajustes);
  // the file being read cannot be stopped midway: it is dropped with the ones not yet read
  const cancelar = (): void => onCambiar(archivos.filter((a) => revisiones.has(a)));
  const agregar = (lista: FileList | null): void => {
    const nuevos = [...(lista ?? [])].map(archivoDelNavegador);
    // a file sent again under the same name replaces the earlier copy
    const nombres = new Set(nuevos.map((a) => a.nombre));
    if (nuevos.length > 0) onCambiar([...archivos.filter((a) => !nombres.has(a.nombre)), ...nuevos]);
  };
  return (
    <section aria-label="Archivos de las dependencias" className={estilos.panel}>
      <Text size={200}>
        Consolide junto con este libro los archivos que le enviaron las dependencias: se leen aquí, en el panel, y el informe se escribe solo en este libro.
      </Text>
      <div>
        <Button disabled={deshabilitado} onClick={() => entrada.current?.click()}>
          Agregar archivos…
        </Button>
        <input
          ref={entrada}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={estilos.oculto}
          data-testid="entrada-archivos"
          onChange={(e) => {
            agregar(e.target.files);
            // the same file can be picked again after it was removed
            e.target.value = "";
          }}
        />
      </div>
      {/* a change of settings reviews the files again, already read: only new files are "read" */}
      {lectura && archivos.some((a) => !revisiones.has(a)) && <Progreso lectura={lectura} onCancelar={cancelar} />}
      {archivos.length > 0 && (
        <ul className={estilos.lista} aria-label="Archivos agregados">
          {archivos.map((a) => (
            <li key={a.nombre} className={estilos.archivo}>
              <Text weight="semibold" className={estilos.nombre}>
                {a.nombre}
              </Text>
              <Button size="small" disabled={deshabilitado} aria-label={`Quitar «${a.nombre}»`} onClick={() => onCambiar(archivos.filter((x) => x !== a))}>
                Quitar
              </Button>
              <div className={estilos.detalle}>
                <Revision revision={revisiones.get(a)} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
