/**
 * The grammar of `seguimiento plantillas` (issue 14), beside `consolidar` in argumentos.ts:
 * the master workbook, the folder to write to (asked for explicitly, so nothing lands in the
 * input's folder unless the user says so), and the same --vigencia and --mapa as consolidar.
 */
import type { Command } from "commander";
import { componerAjustes, mensajesAjuste, type ValoresTexto } from "../core/ajustes";
import type { Ajustes } from "../core/calculo/tipos";

export interface OrdenPlantillas {
  readonly orden: "plantillas";
  readonly archivo: string;
  /** The folder the templates are written to (created when missing). */
  readonly salida: string;
  readonly ajustes: Ajustes;
  readonly mapa: string | null;
}

export function esOrdenPlantillas(o: object): o is OrdenPlantillas {
  return "orden" in o && o.orden === "plantillas";
}

/** Adds the subcommand to `p`; `vigencia` reads --vigencia through the settings contract. */
export function definirPlantillas(p: Command, vigencia: (texto: string) => ValoresTexto["vigencia"], alPlantillas: (o: OrdenPlantillas) => void): void {
  p.command("plantillas")
    .description(
      "Prepara un libro por dependencia con solo sus filas de la matriz, las mismas columnas y encabezados: validación de datos en cada campo " +
        "(listas para el tipo, números ≥ 0, ND/NA en el ejecutado), las columnas que la dependencia no diligencia bloqueadas (protección sin " +
        "contraseña), una hoja de instrucciones y un registro oculto con el que «consolidar» lee el archivo diligenciado como las filas de la matriz.",
    )
    .argument("<matriz>", "libro .xlsx con la matriz de seguimiento")
    .requiredOption("--salida <carpeta>", "carpeta donde se escriben las plantillas (se crea si no existe)")
    .option("--vigencia <año>", "vigencia que diligencian las dependencias (por omisión: la que elegiría consolidar)", vigencia)
    .option("--mapa <correcciones.json>", "correcciones del reconocimiento en JSON, las mismas de consolidar --mapa")
    .helpOption("-h, --help", "muestra esta ayuda")
    .addHelpText(
      "after",
      "\nEjemplo:\n" +
        "  npm run seguimiento -- plantillas plan.xlsx --salida plantillas/\n" +
        "  npm run seguimiento -- consolidar plantillas/plantilla-secretaria-de-salud.xlsx plantillas/plantilla-secretaria-de-gobierno.xlsx\n" +
        "\nCódigos de salida: 0 éxito · 1 la entrada impidió preparar las plantillas (archivo ilegible, ninguna matriz) · 2 uso incorrecto.",
    )
    .exitOverride()
    .action(function (this: Command, archivo: string, o: { salida: string; vigencia?: number; mapa?: string }) {
      const r = componerAjustes(o.vigencia === undefined ? {} : { vigencia: o.vigencia });
      if (!r.ok) this.error(`error: ${mensajesAjuste(r.problemas)}`, { exitCode: 2, code: "seguimiento.ajustes" });
      alPlantillas({ orden: "plantillas", archivo, salida: o.salida, ajustes: r.valor, mapa: o.mapa ?? null });
    });
}
