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
  tipo,
  meta: m,
  archivo: m.meta.archivo,
  hoja: m.meta.hoja,
  celda: celdaEjecutado(c, m),
  pct: m.pctVigencia.bruto,
  reportado: null,
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
      const meta =
        c.metas.find(
          (m) => (h.archivo === null || m.meta.archivo === h.archivo) && m.meta.hoja === h.hoja && m.meta.reportados.some((r) => r.celda === h.celda),
        ) ?? null;
      const rep = meta?.meta.reportados.find((r) => r.celda === h.celda) ?? null;
      const delAnio = rep !== null && rep.alcance === "vigencia" && (rep.anio === null || rep.anio === c.parametros.vigencia);
      const pct = rep?.alcance === "cuatrienio" ? (meta?.pctCuatrienio.bruto ?? null) : delAnio ? (meta?.pctVigencia.bruto ?? null) : null;
      return { tipo: TIPOS_ALERTA.discrepancia, meta, archivo: h.archivo, hoja: h.hoja, celda: h.celda, pct, reportado: rep?.valor ?? null };
    });
}

/** One alert band of the `umbralesAlerta` setting: fractions, `desde` inclusive, `hasta` exclusive, null = open. */
export interface BandaAlerta {
  readonly etiqueta: string;
  readonly desde: number | null;
  readonly hasta: number | null;
}

const puntos = (x: number): string => String(Math.round(x * 10000) / 100).replace(".", ",");

/** An upper bound written as the seeds do: 75 exclusive is "74" when bounds are whole points. */
function hastaTexto(desde: number, hasta: number): string {
  const entero = Number.isInteger(Math.round(desde * 10000) / 100) && Number.isInteger(Math.round(hasta * 10000) / 100);
  return entero ? `${puntos(desde)}–${puntos(hasta - 0.01)} %` : `${puntos(desde)} % a menos de ${puntos(hasta)} %`;
}

/**
 * The bands the thresholds cut (Secretaría General: "entre el 75 % y 99 %", "≥ 100 %"); over 100 %
 * stays the sobreejecución list above.
 * @example bandasAlerta([0.5, 0.75, 1]).map((b) => b.etiqueta) → ["< 50 %", "50–74 %", "75–99 %", "≥ 100 %"]
 */
export function bandasAlerta(umbrales: readonly number[]): BandaAlerta[] {
  const primero = umbrales[0];
  if (primero === undefined) return [];
  const bandas: BandaAlerta[] = [{ etiqueta: `< ${puntos(primero)} %`, desde: null, hasta: primero }];
  umbrales.forEach((u, i) => {
    const siguiente = umbrales[i + 1];
    bandas.push(
      siguiente === undefined ? { etiqueta: `≥ ${puntos(u)} %`, desde: u, hasta: null } : { etiqueta: hastaTexto(u, siguiente), desde: u, hasta: siguiente },
    );
  });
  return bandas;
}

/** A meta in its alert band. */
export interface MetaEnBanda {
  readonly banda: BandaAlerta;
  readonly meta: MetaCalculada;
}

const enBanda = (b: BandaAlerta, pct: number): boolean => (b.desde === null || pct >= b.desde) && (b.hasta === null || pct < b.hasta);

/**
 * The reported metas of each band (raw % of the vigencia), bands in order, then grouped by
 * dependency (in order of first appearance) and plan order within: the seeds' lists "por
 * dependencia". A band without metas is left out.
 */
export function metasPorBanda(c: Consolidacion): MetaEnBanda[] {
  const bandas = bandasAlerta(c.parametros.umbralesAlerta);
  const orden = new Map<string, number>();
  for (const m of c.metas) if (!orden.has(m.meta.dependencia)) orden.set(m.meta.dependencia, orden.size);
  const lista: MetaEnBanda[] = [];
  for (const banda of bandas) {
    const metas = c.metas.filter((m) => m.estado === "REPORTADA" && m.pctVigencia.bruto !== null && enBanda(banda, m.pctVigencia.bruto));
    // Array.prototype.sort is stable: plan order survives within a dependency.
    metas.sort((a, b) => (orden.get(a.meta.dependencia) ?? 0) - (orden.get(b.meta.dependencia) ?? 0));
    for (const meta of metas) lista.push({ banda, meta });
  }
  return lista;
}

/** A group's reported metas counted per band label, and those above 100 % (they also sit in the top band). */
export interface ConteoBandas {
  readonly grupo: string;
  readonly porBanda: Readonly<Record<string, number>>;
  readonly sobreejecutadas: number;
}

/** Counts per band and per group of a nivel ("dependencia" or a nivel name): Prosperidad Social's table per estrategia. */
export function conteosPorBanda(c: Consolidacion, nivel: string): ConteoBandas[] {
  const grupos = c.grupos.filter((g) => g.nivel === nivel);
  const bandas = bandasAlerta(c.parametros.umbralesAlerta);
  const porId = new Map(c.metas.map((m) => [m.meta.id, m]));
  return grupos.map((g) => {
    const porBanda: Record<string, number> = Object.fromEntries(bandas.map((b) => [b.etiqueta, 0]));
    for (const id of g.metas) {
      const m = porId.get(id);
      const pct = m?.estado === "REPORTADA" ? m.pctVigencia.bruto : null;
      const b = pct === null ? undefined : bandas.find((x) => enBanda(x, pct));
      if (b) porBanda[b.etiqueta] = (porBanda[b.etiqueta] ?? 0) + 1;
    }
    return { grupo: g.nombre, porBanda, sobreejecutadas: g.conteos.sobreejecutadas };
  });
}
