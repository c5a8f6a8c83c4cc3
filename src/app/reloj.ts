/**
 * The run's date in the zone of whoever runs it (issue 12, probe 14): the machine's for the
 * command line, the browser's for the pane. Written as RFC 9557 — the ISO 8601 local date-time,
 * its UTC offset and the IANA zone in brackets — so the core shows the local time and names the
 * zone without reading anything ambient.
 */

/** The IANA zone of this machine or browser ("America/Bogota"); "UTC" when the host has none. */
export function zonaDelSistema(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

const dos = (n: number): string => String(n).padStart(2, "0");

/**
 * @example fechaIsoLocal(new Date("2026-01-31T15:30:00Z"), "America/Bogota") // "2026-01-31T10:30:00-05:00[America/Bogota]"
 */
export function fechaIsoLocal(fecha: Date, zona: string = zonaDelSistema()): string {
  const partes = new Intl.DateTimeFormat("en-US", {
    timeZone: zona,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(fecha);
  const n = (tipo: Intl.DateTimeFormatPartTypes): number => Number(partes.find((p) => p.type === tipo)?.value ?? 0);
  const [anio, mes, dia, hora, minuto, segundo] = [n("year"), n("month"), n("day"), n("hour"), n("minute"), n("second")];
  const desfase = Math.round((Date.UTC(anio, mes - 1, dia, hora, minuto, segundo) - Math.floor(fecha.getTime() / 1000) * 1000) / 60_000);
  const signo = desfase < 0 ? "-" : "+";
  const abs = Math.abs(desfase);
  return `${anio}-${dos(mes)}-${dos(dia)}T${dos(hora)}:${dos(minuto)}:${dos(segundo)}${signo}${dos(Math.floor(abs / 60))}:${dos(abs % 60)}[${zona}]`;
}
