/**
 * The CLI's charts on demand (issue 14): `--grafico "medida=…;por=…"` read at once by the settings
 * contract, `--grafico archivo.json` (a list of requests) read from disk here, in the order given.
 */
import { interpretarAjustes, type LibroLeido } from "../app";
import { listaProblemas } from "../app/correcciones";
import { leerSolicitudesGrafico } from "../core/ajustes";
import type { Ajustes, SolicitudGrafico } from "../core/calculo/tipos";
import { ErrorArchivoGraficos } from "../core/fallos";
import { leerArchivoJson } from "./_lib/archivoJson";

/** A request typed on the command line, or the path of a JSON file of them. */
export type EntradaGrafico = SolicitudGrafico | { readonly archivo: string };

/** A value of --grafico naming a file rather than a request: it ends in .json and holds no «=». */
export function esArchivoGraficos(texto: string): boolean {
  return /\.json$/i.test(texto.trim()) && !texto.includes("=");
}

/**
 * Every request, files read and checked. Throws ErrorArchivoGraficos naming every problem.
 * @example await solicitudesGrafico([{ medida: "semaforo", por: "dependencia" }, { archivo: "graficos.json" }])
 */
export async function solicitudesGrafico(entradas: readonly EntradaGrafico[]): Promise<SolicitudGrafico[]> {
  const todas: SolicitudGrafico[] = [];
  for (const e of entradas) {
    if (!("archivo" in e)) {
      todas.push(e);
      continue;
    }
    const ruta = e.archivo;
    const valor = await leerArchivoJson(ruta, (motivo, detalle, causa) => new ErrorArchivoGraficos(`F-GRAFICOS-${motivo}`, ruta, detalle, { cause: causa }));
    const r = leerSolicitudesGrafico(valor);
    if (!r.ok) throw new ErrorArchivoGraficos("F-GRAFICOS-INVALIDO", ruta, listaProblemas(r.problemas));
    todas.push(...r.valor);
  }
  return todas;
}

/**
 * The charts of a run: those asked with --grafico, else the ones the pane saved in the workbook
 * written to (so a CLI run redraws them rather than deleting the owned Gráficos sheet).
 * @example conGraficos({ tope: "100" }, [], leido) // { tope: "100", graficos: [the saved ones] }
 */
export function conGraficos(ajustes: Ajustes, pedidos: readonly SolicitudGrafico[], leido: LibroLeido): Ajustes {
  const primero = leido.libro.archivos?.[0];
  // another file's saved charts are that file's own business
  const propios = primero === undefined ? leido.ajustesGuardados[0] : leido.ajustesGuardados.find((a) => a.archivo === primero);
  const graficos = pedidos.length > 0 ? pedidos : (interpretarAjustes(propios?.texto ?? null).graficos ?? []);
  return graficos.length > 0 ? { ...ajustes, graficos } : ajustes;
}
