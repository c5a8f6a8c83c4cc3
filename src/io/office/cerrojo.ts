/**
 * One lock for the pane and the ribbon (issue #12 §7). Without a shared runtime they are two
 * JavaScript runtimes: `enableEvents = false` in one does not silence the other, and the pane
 * would re-validate (and read the temporaries) while the ribbon writes. The workbook settings
 * are the only state both see, so a write holds `seguimiento.ejecucion` from its first write
 * sync to its last, and the reader and other writers refuse while it is held. A lock older than
 * the ribbon's 5-minute limit plus a margin is stale (a runtime killed mid-run never releases it).
 * Between one runtime's inspection and its first write another could still slip in: the window
 * is one round trip.
 */
export const CLAVE_AJUSTE_EJECUCION = "seguimiento.ejecucion";

/** Excel closes a function command after 5 minutes; a pane run writing longer renews nothing, so 10. */
export const VIGENCIA_CERROJO_MS = 10 * 60_000;

export type Quien = "panel" | "cinta";

export interface Cerrojo {
  readonly quien: Quien;
  /** Milliseconds since the epoch when the write started. */
  readonly desde: number;
}

export function textoCerrojo(quien: Quien, ahoraMs: number): string {
  return JSON.stringify({ quien, desde: ahoraMs });
}

/** The lock held now, or null when absent, unreadable or stale. */
export function cerrojoVigente(valor: unknown, ahoraMs: number): Cerrojo | null {
  try {
    const v: unknown = typeof valor === "string" ? JSON.parse(valor) : valor;
    if (typeof v !== "object" || v === null || !("quien" in v) || !("desde" in v)) return null;
    const { quien, desde } = v;
    if ((quien !== "panel" && quien !== "cinta") || typeof desde !== "number") return null;
    return ahoraMs - desde < VIGENCIA_CERROJO_MS && desde <= ahoraMs + 60_000 ? { quien, desde } : null;
  } catch {
    return null;
  }
}

/** Spanish detail for F-EXCEL-EN-CURSO. */
export function detalleCerrojo(c: Cerrojo, ahoraMs: number): string {
  const minutos = Math.max(0, Math.round((ahoraMs - c.desde) / 60_000));
  return `La inició ${c.quien === "cinta" ? "el botón Consolidar de la cinta" : "el panel"} hace ${minutos === 0 ? "menos de un minuto" : `${minutos} min`}.`;
}
