/**
 * "Plantillas por dependencia" (issue 14): one workbook per dependency with only its rows, drop-down
 * lists, validation and the columns it must not change locked, downloaded together as a .zip.
 * The plans come from the open workbook through the service (src/app); the .xlsx writer and
 * exceljs are fetched only when asked for. Excel on the web downloads; desktop Excel may not
 * (office-js issue #3, as for the Informe), so the pane says where else to get them.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { mensajeError } from "../../app";
import type { PlanPlantilla, ResultadoPlantillas } from "../../core/plantillas";
import { descargarArchivo } from "../descargas";

type Empaquetar = (planes: readonly PlanPlantilla[]) => Promise<Uint8Array>;

export interface PropsPlantillas {
  readonly generar: () => Promise<ResultadoPlantillas>;
  /** The .zip writer; by default io/xlsx's, loaded on demand (tests pass it directly: jest runs no import()). */
  readonly empaquetar?: Empaquetar;
}

type Estado =
  | { readonly fase: "inicio" }
  | { readonly fase: "generando" }
  | { readonly fase: "listo"; readonly archivos: readonly string[]; readonly avisos: readonly string[] }
  | { readonly fase: "error"; readonly mensaje: string };

const useStyles = makeStyles({
  bloque: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  lista: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const zipBajoDemanda: Empaquetar = async (planes) => {
  // exceljs and the writer (about 1 MB) are fetched only when asked for, never with the pane
  const { zipPlantillas } = await import(/* webpackChunkName: "plantillas-xlsx" */ "../../io/xlsx/plantilla.js");
  return zipPlantillas(planes);
};

export function PlantillasDependencias({ generar, empaquetar = zipBajoDemanda }: PropsPlantillas) {
  const estilos = useStyles();
  const [estado, setEstado] = useState<Estado>({ fase: "inicio" });
  const ejecutar = async (): Promise<void> => {
    setEstado({ fase: "generando" });
    try {
      const r = await generar();
      if (r.plantillas.length === 0) {
        setEstado({ fase: "error", mensaje: r.avisos.join(" ") || "No hay dependencias con metas: no se prepararon plantillas." });
        return;
      }
      const vigencia = r.plantillas[0]?.registro.vigencia ?? "";
      descargarArchivo(await empaquetar(r.plantillas), `plantillas-dependencias-${vigencia}.zip`, "application/zip");
      setEstado({ fase: "listo", archivos: r.plantillas.map((p) => `${p.dependencia}: ${p.archivo}`), avisos: r.avisos });
    } catch (e) {
      setEstado({ fase: "error", mensaje: mensajeError(e) });
    }
  };
  return (
    <section className={estilos.bloque} aria-label="Plantillas por dependencia">
      <Button disabled={estado.fase === "generando"} onClick={() => void ejecutar()}>
        {estado.fase === "generando" ? "Preparando las plantillas…" : "Plantillas por dependencia"}
      </Button>
      <Text as="p" size={200}>
        Un libro por dependencia con solo sus filas, listas y validación en cada campo y bloqueadas las columnas que no diligencia (protección sin contraseña),
        en un .zip. Diligenciadas, se consolidan como las filas de esta matriz. Excel de escritorio puede no permitir la descarga desde el panel: en ese caso
        use Excel en la web o la línea de órdenes (seguimiento plantillas matriz.xlsx --salida carpeta).
      </Text>
      {estado.fase === "listo" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {estado.archivos.length} plantillas descargadas:
            <ul className={estilos.lista}>
              {estado.archivos.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
            {estado.avisos.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {estado.fase === "error" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{estado.mensaje}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
