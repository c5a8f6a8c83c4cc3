/**
 * Shows a cell the way Excel would with an es-CO locale: the number format codes the plan
 * uses (`0.0%`, `0%`, `#,##0`, `#,##0.00`, `0.00`, `yyyy-mm-dd`, `@`, General).
 */
import type { Valor } from "../core/grid/libro";
import { esValorError } from "../core/grid/libro";

const DIA_MS = 86_400_000;
/** Excel's day 0 (1899-12-30, because of the 1900 leap-year bug). */
const EPOCA_EXCEL = Date.UTC(1899, 11, 30);

function decimalesDe(parte: string): number {
  const punto = parte.indexOf(".");
  if (punto < 0) return 0;
  return (parte.slice(punto + 1).match(/[0#]/g) ?? []).length;
}

function numeroEsCo(n: number, decimales: number, miles: boolean): string {
  return n.toLocaleString("es-CO", { minimumFractionDigits: decimales, maximumFractionDigits: decimales, useGrouping: miles });
}

function fecha(serial: number, formato: string): string {
  const d = new Date(EPOCA_EXCEL + Math.round(serial * DIA_MS));
  const dos = (x: number): string => String(x).padStart(2, "0");
  return formato
    .toLowerCase()
    .replace("yyyy", String(d.getUTCFullYear()))
    .replace("mm", dos(d.getUTCMonth() + 1))
    .replace("dd", dos(d.getUTCDate()))
    .replace("hh", dos(d.getUTCHours()))
    .replace(/:mm/, `:${dos(d.getUTCMinutes())}`);
}

export function textoCelda(valor: Valor, formato: string | null | undefined): string {
  if (valor === null) return "";
  if (esValorError(valor)) return valor.error;
  if (typeof valor === "boolean") return valor ? "VERDADERO" : "FALSO";
  if (typeof valor === "string") return valor;
  const f = (formato ?? "General").split(";")[0] ?? "General";
  if (f === "General" || f === "@" || f === "") return valor.toLocaleString("es-CO", { maximumFractionDigits: 4, useGrouping: false });
  if (/[yd]/i.test(f)) return fecha(valor, f);
  if (f.includes("%")) return `${numeroEsCo(valor * 100, decimalesDe(f), false)} %`;
  return numeroEsCo(valor, decimalesDe(f), f.includes(","));
}
