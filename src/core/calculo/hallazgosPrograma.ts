/** Findings about how the meta is programmed against its meta cuatrienio (SPEC §7). */
import type { Dato, MetaLeida } from "../matriz/tipos";
import { formatearNumero } from "./_lib/numero";
import type { ContextoHallazgos, Crear } from "./contextoHallazgos";
import { objetivoDelAnio, valoresDelAnio } from "../matriz/anioDeMeta";

const TOLERANCIA = 0.01;

function difiere(a: number, b: number): boolean {
  return Math.abs(a - b) > TOLERANCIA * Math.abs(b) + 1e-9;
}

/** The plan's programming of a year: its annual target (META 2024) when present, else the P used. */
function programacionAnio(meta: MetaLeida, anio: number): Dato | null {
  const v = valoresDelAnio(meta, anio);
  return v ? objetivoDelAnio(v) : null;
}

/** A-SUMA-PROGRAMADO, A-CONSTANTE-PROGRAMADO (± 1 %) and A-SENTIDO-META. */
export function hallazgosPrograma(meta: MetaLeida, ctx: ContextoHallazgos, crear: Crear): void {
  const m = meta.metaCuatrienio?.valor ?? null;
  const lb = meta.lineaBase?.valor ?? null;
  const celdaM = meta.metaCuatrienio?.celda || meta.celdaNombre;
  const cuatrienio = ctx.parametros.cuatrienio;
  if (m === null) return;
  if (meta.tipo === "SUMA" && ctx.cuatrienioCompleto) {
    let suma: number | null = null;
    for (const anio of cuatrienio) {
      const p = programacionAnio(meta, anio)?.valor ?? null;
      if (p !== null) suma = (suma ?? 0) + p;
    }
    if (suma !== null && difiere(suma, m)) {
      crear("A-SUMA-PROGRAMADO", celdaM, m, { suma: formatearNumero(suma, 4), meta: formatearNumero(m, 4) });
    }
  }
  if (meta.tipo === "CONSTANTE") {
    for (const anio of cuatrienio) {
      const p = programacionAnio(meta, anio);
      if (p?.valor == null || p.valor <= 0 || !difiere(p.valor, m)) continue;
      crear("A-CONSTANTE-PROGRAMADO", p.celda || celdaM, p.valor, {
        anio,
        programado: formatearNumero(p.valor, 4),
        meta: formatearNumero(m, 4),
      });
    }
  }
  const contrario = lb !== null && ((meta.tipo === "CRECIENTE" && m < lb) || (meta.tipo === "DECRECIENTE" && m > lb));
  if (contrario) {
    crear("A-SENTIDO-META", celdaM, m, { tipo: meta.tipo, lineaBase: formatearNumero(lb, 4), meta: formatearNumero(m, 4) });
  }
}
