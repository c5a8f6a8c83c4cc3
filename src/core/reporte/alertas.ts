/**
 * The alert lists of SPEC §6 (Alertas sheet), derived from the computed metas and, for the
 * discrepancy with the matrix's own %, from its findings (A-DISCREPANCIA-REPORTADO).
 */
import type { Consolidacion, MetaCalculada } from "../calculo/tipos";
import { celdaEjecutado } from "./_lib/vinculos";

export const TIPOS_ALERTA = {
  bajo50: "Meta bajo 50 %",
  sobreejecutada: "Meta sobreejecutada",
  sinReporte: "Programada sin reporte",
  sinProgramacion: "Ejecución sin programación",
  discrepancia: "Discrepancia con el % reportado",
} as const;

export interface Alerta {
  readonly tipo: (typeof TIPOS_ALERTA)[keyof typeof TIPOS_ALERTA];
  readonly meta: MetaCalculada | null;
  /** The input file of the cell (Hallazgo.archivo): a link only into the workbook written. */
  readonly archivo: string | null;
  readonly hoja: string | null;
  readonly celda: string | null;
  /** The computed % the alert is about (raw, SPEC §5.6: over-execution shows above 100 %). */
  readonly pct: number | null;
  /** The matrix's own % (discrepancies only). */
  readonly reportado: number | null;
}

const deMeta = (c: Consolidacion, tipo: Alerta["tipo"], m: MetaCalculada): Alerta => ({
  tipo, meta: m, archivo: m.meta.archivo, hoja: m.meta.hoja, celda: celdaEjecutado(c, m), pct: m.pctVigencia.bruto, reportado: null,
});

/** Alerts grouped by kind in the order above, metas in plan order within each kind. */
export function alertas(c: Consolidacion): Alerta[] {
  const reportadas = c.metas.filter((m) => m.estado === "REPORTADA");
  return [
    ...reportadas.filter((m) => m.pctVigencia.bruto !== null && m.pctVigencia.bruto < 0.5).map((m) => deMeta(c, TIPOS_ALERTA.bajo50, m)),
    ...reportadas.filter((m) => m.pctVigencia.bruto !== null && m.pctVigencia.bruto > 1).map((m) => deMeta(c, TIPOS_ALERTA.sobreejecutada, m)),
    // SPEC §5.2: shown as "Sin reporte", never as a 0 %.
    ...c.metas.filter((m) => m.estado === "SIN_REPORTE").map((m) => ({ ...deMeta(c, TIPOS_ALERTA.sinReporte, m), pct: null })),
    ...c.metas
      .filter((m) => m.estado === "NO_PROGRAMADA" && m.ejecutado !== null && m.ejecutado > 0)
      .map((m) => ({ ...deMeta(c, TIPOS_ALERTA.sinProgramacion, m), pct: null })),
    ...discrepancias(c),
  ];
}

function discrepancias(c: Consolidacion): Alerta[] {
  return c.hallazgos
    .filter((h) => h.codigo === "A-DISCREPANCIA-REPORTADO")
    .map((h) => {
      const meta = c.metas.find((m) => (h.archivo === null || m.meta.archivo === h.archivo) && m.meta.hoja === h.hoja && m.meta.reportados.some((r) => r.celda === h.celda)) ?? null;
      const rep = meta?.meta.reportados.find((r) => r.celda === h.celda) ?? null;
      const delAnio = rep !== null && rep.alcance === "vigencia" && (rep.anio === null || rep.anio === c.parametros.vigencia);
      const pct = rep?.alcance === "cuatrienio" ? (meta?.pctCuatrienio.bruto ?? null) : delAnio ? (meta?.pctVigencia.bruto ?? null) : null;
      return { tipo: TIPOS_ALERTA.discrepancia, meta, archivo: h.archivo, hoja: h.hoja, celda: h.celda, pct, reportado: rep?.valor ?? null };
    });
}
