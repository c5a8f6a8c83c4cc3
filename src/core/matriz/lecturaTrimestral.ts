/**
 * Quarterly values are either each quarter's own amount or figures to date within the year
 * (SPEC §4). Decided per sheet from the evidence: words in the headers ("a la fecha",
 * "acumulado"), programado quarters that add up to the year's total, and ejecutado quarters that
 * never decrease and end near the year's programado while their sum overshoots it. The user's
 * correction wins (SPEC §3.7).
 */
import type { Cultura, Hoja } from "../grid/libro";
import { leerDato } from "../valores/leerDato";
import type { PlanLectura } from "./planLectura";
import type { HojaReconocida, LecturaTrimestral } from "./tipos";

type Resultado = NonNullable<HojaReconocida["lecturaTrimestral"]>;

const MUESTRA = 400;

function numero(hoja: Hoja, fila: number, col: number | null, cultura: Cultura): number | null {
  if (col === null) return null;
  return leerDato(hoja.valores[fila]?.[col] ?? null, "", cultura).valor;
}

function mediana(xs: number[]): number {
  const o = [...xs].sort((a, b) => a - b);
  return o[Math.floor(o.length / 2)] ?? 0;
}

/**
 * @param encabezados the header texts of the sheet's quarterly ejecutado columns
 * @example decidirLecturaTrimestral(hoja, plan, filas, cultura, ["Resultado"], undefined)?.lectura // "acumuladoAnio"
 */
export function decidirLecturaTrimestral(
  hoja: Hoja,
  plan: PlanLectura,
  filas: readonly number[],
  cultura: Cultura,
  encabezados: readonly string[],
  correccion: LecturaTrimestral | undefined,
): Resultado | null {
  const series = plan.anios.filter((a) => a.ejecutado.trimestres.filter((t) => t !== null).length >= 2);
  if (series.length === 0 && plan.periodoFila === null) return null;
  if (correccion) return { lectura: correccion, motivo: "elegida por el usuario" };
  if (encabezados.some((e) => /A LA FECHA|ACUMULAD/i.test(e.normalize("NFD").replace(/[\u0300-\u036f]/g, "")))) {
    return { lectura: "acumuladoAnio", motivo: "los encabezados dicen «a la fecha» o «acumulado»" };
  }
  let suman = 0;
  let conProgramado = 0;
  let crecientes = 0;
  let conSerie = 0;
  const sumas: number[] = [];
  const ultimos: number[] = [];
  for (const f of filas.slice(0, MUESTRA)) {
    for (const a of series) {
      const pTri = a.programado.trimestres.map((c) => numero(hoja, f, c, cultura));
      // a programado without a year in its header is the row's year's (long layouts, SPEC §3.2)
      const pAnio = numero(
        hoja,
        f,
        a.programado.total ?? a.programado.anual ?? plan.sinAnio?.programado.total ?? plan.sinAnio?.programado.anual ?? null,
        cultura,
      );
      const pSuma = pTri.reduce<number>((s, x) => s + (x ?? 0), 0);
      if (pAnio !== null && pAnio > 0 && pTri.filter((x) => x !== null && x > 0).length >= 2) {
        conProgramado++;
        if (Math.abs(pSuma - pAnio) <= 0.01 * pAnio) suman++;
      }
      const eTri = a.ejecutado.trimestres.map((c) => numero(hoja, f, c, cultura)).filter((x): x is number => x !== null);
      if (eTri.filter((x) => x > 0).length < 2) continue;
      conSerie++;
      if (eTri.every((x, i) => i === 0 || x >= (eTri[i - 1] ?? 0))) crecientes++;
      const p = pAnio ?? (pSuma > 0 ? pSuma : null);
      if (p !== null && p > 0) {
        sumas.push(eTri.reduce((s, x) => s + x, 0) / p);
        ultimos.push((eTri.at(-1) ?? 0) / p);
      }
    }
  }
  if (conProgramado >= 3 && suman >= 0.6 * conProgramado) {
    return { lectura: "periodo", motivo: `la programación trimestral suma el total del año en ${suman} de ${conProgramado} metas` };
  }
  const sumaMediana = mediana(sumas);
  const ultimoMediano = mediana(ultimos);
  if (conSerie >= 3 && crecientes >= 0.8 * conSerie && sumas.length >= 3 && sumaMediana > 1.3 && ultimoMediano <= 1.3) {
    return {
      lectura: "acumuladoAnio",
      motivo: `en ${crecientes} de ${conSerie} metas los trimestres nunca bajan, el último queda cerca de lo programado (${Math.round(ultimoMediano * 100)} %) y su suma lo excede (${Math.round(sumaMediana * 100)} %)`,
    };
  }
  return { lectura: "periodo", motivo: "cada trimestre se lee como el valor del periodo (no hay evidencia de cifras a la fecha)" };
}
