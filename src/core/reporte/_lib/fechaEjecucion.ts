/**
 * The run's date as Resumen shows it (issue 12, probe 14): the local time where the run happened
 * and which zone that is. The app gives RFC 9557 text (src/app/reloj.ts); a plain ISO date-time
 * in UTC ("…Z") still reads, as UTC.
 */
import { serialExcel } from "./textos";

export interface FechaEjecucion {
  /** Excel serial of the local date-time (null when the text is not a date). */
  readonly serial: number | null;
  /** "America/Bogota (UTC−05:00)", "UTC", or "no indicada" for a date-time without an offset. */
  readonly zona: string;
}

const FORMA = /^(.+?)(Z|[+-]\d{2}:\d{2})?(?:\[([^\]]+)\])?$/i;

/**
 * @example fechaEjecucion("2026-01-31T10:30:00-05:00[America/Bogota]") // { serial: 46053.4375, zona: "America/Bogota (UTC−05:00)" }
 */
export function fechaEjecucion(iso: string): FechaEjecucion {
  const [, local = iso, desfase, nombre] = FORMA.exec(iso.trim()) ?? [];
  if (desfase === undefined) return { serial: serialExcel(local), zona: "no indicada" };
  // The local wall-clock time, read as if it were UTC: what Excel shows for a serial.
  const serial = serialExcel(`${local}Z`);
  const utc = /^(z|[+-]00:00)$/i.test(desfase);
  const texto = utc ? "UTC" : `UTC${desfase.replace("-", "\u2212")}`;
  return { serial, zona: nombre === undefined ? texto : nombre === "UTC" && utc ? "UTC" : `${nombre} (${texto})` };
}
