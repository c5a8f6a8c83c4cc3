/**
 * Cell styles from the plan's formats, styles and links, in plan order (a later layer wins on
 * the same attribute). Cells covered by the same layers share one cellXfs entry.
 */
import type { EstiloPlan, FormatoPlan } from "../../../core/reporte/plan";
import type { CatalogoEstilos, EstiloCelda } from "./catalogoEstilos";
import { parseRango, type Rect } from "./rango";

type Capa = { readonly rect: Rect } & ({ readonly formato: string } | { readonly estilo: EstiloPlan } | { readonly vinculo: true });

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

/** Cell key (fila · 16384 + columna) → cellXfs index in `catalogo`. */
export function estilosDeCeldas(
  catalogo: CatalogoEstilos,
  formatos: readonly FormatoPlan[],
  estilos: readonly EstiloPlan[],
  celdasVinculo: readonly string[],
): Map<number, number> {
  const capas: Capa[] = [
    ...formatos.map((f) => ({ rect: parseRango(f.rango), formato: f.formato })),
    ...estilos.map((e) => ({ rect: parseRango(e.rango), estilo: e })),
    ...celdasVinculo.map((c) => ({ rect: parseRango(c), vinculo: true as const })),
  ];
  const porCelda = new Map<number, string>();
  capas.forEach(({ rect }, i) => {
    for (let f = rect.fila1; f <= rect.fila2; f++) {
      for (let c = rect.columna1; c <= rect.columna2; c++) {
        const k = f * 16384 + c;
        const previo = porCelda.get(k);
        porCelda.set(k, previo === undefined ? `${i}` : `${previo},${i}`);
      }
    }
  });
  const cache = new Map<string, number>();
  const resultado = new Map<number, number>();
  for (const [k, clave] of porCelda) {
    let xf = cache.get(clave);
    if (xf === undefined) {
      xf = catalogo.xf(componer(clave.split(",").map((i) => capas[Number(i)] as Capa)));
      cache.set(clave, xf);
    }
    resultado.set(k, xf);
  }
  return resultado;
}
