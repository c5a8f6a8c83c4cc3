/**
 * Cell styles from the plan's formats, styles and links, in plan order (a later layer wins on
 * the same attribute). Cells covered by the same layers share one cellXfs entry.
 */
import type { EstiloPlan, FormatoPlan } from "../../../core/reporte/plan";
import type { CatalogoEstilos, EstiloCelda } from "./catalogoEstilos";
import { parseRango, type Rect } from "../../../core/grid/rango";

type Capa = { readonly rects: readonly Rect[] } & ({ readonly formato: string } | { readonly estilo: EstiloPlan } | { readonly vinculo: true });

const HORIZONTAL = { izquierda: "left", centro: "center", derecha: "right" } as const;
const COLOR_VINCULO = "#0563C1";

function componer(capas: readonly Capa[]): EstiloCelda {
  const e: { -readonly [K in keyof EstiloCelda]: EstiloCelda[K] } = {};
  for (const capa of capas) {
    if ("formato" in capa) e.formato = capa.formato;
    else if ("vinculo" in capa) Object.assign(e, { subrayado: true, colorFuente: COLOR_VINCULO });
    else {
      const p = capa.estilo;
      if (p.negrita !== undefined) e.negrita = p.negrita;
      if (p.tamano !== undefined) e.tamano = p.tamano;
      if (p.colorFuente !== undefined) e.colorFuente = p.colorFuente;
      if (p.relleno !== undefined) e.relleno = p.relleno;
      if (p.ajustarTexto !== undefined) e.ajustarTexto = p.ajustarTexto;
      if (p.alineacion !== undefined) e.horizontal = HORIZONTAL[p.alineacion];
    }
  }
  return e;
}

/**
 * Calls `poner(fila, columna, xf)` once per styled cell with its cellXfs index in `catalogo`.
 * Each cell carries the id of its layer combination (numbers, not strings: a Datos sheet has
 * hundreds of thousands of styled cells).
 */
export function estilosDeCeldas(
  catalogo: CatalogoEstilos,
  formatos: readonly FormatoPlan[],
  estilos: readonly EstiloPlan[],
  celdasVinculo: readonly string[],
  poner: (fila: number, columna: number, xf: number) => void,
): void {
  const capas: Capa[] = [
    ...formatos.map((f) => ({ rects: [parseRango(f.rango)], formato: f.formato })),
    ...estilos.map((e) => ({ rects: [parseRango(e.rango)], estilo: e })),
    // all links are one layer: thousands of link cells share one style
    { rects: celdasVinculo.map(parseRango), vinculo: true as const },
  ];
  // combination id → its layers; (combination, next layer) → combination id
  const combinaciones: number[][] = [[]];
  const siguiente = new Map<number, number>();
  const porCelda = new Map<number, number>();
  capas.forEach(({ rects }, i) => {
    for (const rect of rects) {
      for (let f = rect.fila1; f <= rect.fila2; f++) {
        for (let c = rect.columna1; c <= rect.columna2; c++) {
          const k = f * 16384 + c;
          const previa = porCelda.get(k) ?? 0;
          const clave = previa * capas.length + i;
          let nueva = siguiente.get(clave);
          if (nueva === undefined) {
            nueva = combinaciones.length;
            combinaciones.push([...(combinaciones[previa] ?? []), i]);
            siguiente.set(clave, nueva);
          }
          porCelda.set(k, nueva);
        }
      }
    }
  });
  const xfs = combinaciones.map((capasDe) => catalogo.xf(componer(capasDe.map((i) => capas[i] as Capa))));
  for (const [k, combinacion] of porCelda) poner(Math.floor(k / 16384), k % 16384, xfs[combinacion] ?? 0);
}
