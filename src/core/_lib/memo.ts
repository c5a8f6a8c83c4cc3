/**
 * One memo for the core's module-level caches: texts that repeat across 50,000 rows (header
 * texts, tipos, codes, units, cultures) are analysed once. A cache never grows past `limite`
 * entries: when full it is emptied and refills with what the current workbook repeats, so a
 * long-lived pane that reads many workbooks keeps a bounded memory.
 */

/**
 * `calcular` remembered by `clave` (the argument itself by default).
 * @example const tipo = memo(1000, (t: string) => analizar(t)); tipo("SUMA"); tipo("SUMA") // analysed once
 */
export function memo<A, V>(limite: number, calcular: (a: A) => V, clave: (a: A) => unknown = (a) => a): (a: A) => V {
  const hechos = new Map<unknown, V>();
  return (a) => {
    const k = clave(a);
    if (hechos.has(k)) return hechos.get(k) as V;
    const v = calcular(a);
    if (hechos.size >= limite) hechos.clear();
    hechos.set(k, v);
    return v;
  };
}
