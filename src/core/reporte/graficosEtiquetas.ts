/**
 * Category labels of a chart: the group's code and the first words of its name, at most
 * LARGO_ETIQUETA characters. Real names run to 140 characters («Programa Avanzado de Gestión
 * Territorial Inteligente (PRAGETI) (…)») and a chart axis given them either skips labels or
 * shrinks the plot to a sliver; the full name stays in the sheet's table.
 */

/** Characters of a label: two lines of a 10-point axis label beside a 560-point chart. */
export const LARGO_ETIQUETA = 40;
const ELIPSIS = "…";
/** Words that never end a shortened label («Secretaría de…» reads as a cut, «Secretaría…» as a name). */
const ENLACES = new Set(["a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "lo", "los", "o", "para", "por", "u", "un", "una", "y", "-", "–"]);

/**
 * The label of one group: code + name when it fits, else the first whole words with «…».
 * @example etiquetaGrafico("3", "Programa Avanzado de Gestión Territorial Inteligente (PRAGETI)") → "3 Programa Avanzado de Gestión…"
 */
export function etiquetaGrafico(codigo: string | null, nombre: string, largo = LARGO_ETIQUETA): string {
  const limpio = nombre.replace(/\s+/g, " ").trim();
  const prefijo = codigo === null || codigo.trim() === "" ? "" : `${codigo.trim()} `;
  const completo = `${prefijo}${limpio}`;
  if (completo.length <= largo) return completo;
  const palabras = limpio.split(" ");
  const tomadas: string[] = [];
  for (const p of palabras) {
    if (`${prefijo}${[...tomadas, p].join(" ")}${ELIPSIS}`.length > largo) break;
    tomadas.push(p);
  }
  while (tomadas.length > 1 && ENLACES.has((tomadas[tomadas.length - 1] ?? "").toLocaleLowerCase("es").replace(/[,;:.]$/, ""))) tomadas.pop();
  // A first word longer than the label itself: cut it, so the label never overflows.
  const cuerpo = tomadas.length > 0 ? tomadas.join(" ").replace(/[,;:]$/, "") : limpio.slice(0, Math.max(1, largo - prefijo.length - 1));
  return `${prefijo}${cuerpo}${ELIPSIS}`;
}

/**
 * Labels of a chart's categories, unique: two names cut to the same words get « (2)», « (3)»…
 * so no two bars read alike.
 * @example etiquetasGrafico([{ codigo: null, nombre: "Sec. de Hacienda" }]) → ["Sec. de Hacienda"]
 */
export function etiquetasGrafico(grupos: readonly { readonly codigo: string | null; readonly nombre: string }[], largo = LARGO_ETIQUETA): string[] {
  const base = grupos.map((g) => etiquetaGrafico(g.codigo, g.nombre, largo));
  const vistas = new Map<string, number>();
  return base.map((e, i) => {
    const repetida = base.indexOf(e) !== i || base.lastIndexOf(e) !== i;
    if (!repetida) return e;
    const n = (vistas.get(e) ?? 0) + 1;
    vistas.set(e, n);
    const sufijo = ` (${n})`;
    const g = grupos[i];
    return `${etiquetaGrafico(g?.codigo ?? null, g?.nombre ?? e, largo - sufijo.length)}${sufijo}`;
  });
}
