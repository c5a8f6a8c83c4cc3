/**
 * The data validation of each recognised field in a template (issue 14): a registry by field,
 * run by one helper. Numbers are decimals ≥ 0; the ejecutado the dependency types may also be
 * ND (sin reporte) or NA (no aplica), which SPEC §4 reads — Excel gives a cell one rule, so that
 * one is a formula; tipo is a list of the words recognition accepts; observaciones is free text
 * with a prompt. Fields without a rule (names, codes, levels) are text and locked anyway.
 */
import type { Campo } from "../matriz/tipos";
import type { ValidacionPlantilla } from "./tipos";

interface Contexto {
  /** The cells the dependency fills (ejecutado of the vigencia). */
  readonly editable: boolean;
  readonly rango: string;
  /** The range's first cell: a custom formula is written for it and Excel shifts it down the range. */
  readonly primeraCelda: string;
  /** The tipo words the list offers. */
  readonly palabrasTipo: readonly string[];
}

type Regla = (ctx: Contexto) => Omit<ValidacionPlantilla, "rango">;

const NUMERO: Regla = () => ({
  tipo: "decimal",
  operador: "mayorOIgual",
  formula: "0",
  tituloAyuda: "Número",
  ayuda: "Escriba un número mayor o igual a 0, sin texto ni signo %.",
  tituloError: "Valor no válido",
  error: "Esta celda solo admite un número mayor o igual a 0.",
});

const EJECUTADO: Regla = (ctx) =>
  ctx.editable
    ? {
        tipo: "personalizada",
        operador: null,
        formula: `OR(AND(ISNUMBER(${ctx.primeraCelda}),${ctx.primeraCelda}>=0),${ctx.primeraCelda}="ND",${ctx.primeraCelda}="NA")`,
        tituloAyuda: "Ejecutado",
        ayuda: "Escriba lo ejecutado como un número mayor o igual a 0; ND si no hay reporte (explíquelo en Observaciones) o NA si no aplica.",
        tituloError: "Valor no válido",
        error: "Escriba un número mayor o igual a 0, o ND (sin reporte) o NA (no aplica).",
      }
    : NUMERO(ctx);

const REGLAS: Readonly<Partial<Record<Campo, Regla>>> = {
  lineaBase: NUMERO,
  metaCuatrienio: NUMERO,
  programado: NUMERO,
  ejecutado: EJECUTADO,
  presupuestoProgramado: NUMERO,
  presupuestoEjecutado: NUMERO,
  presupuestoPagos: NUMERO,
  acumuladoAnterior: NUMERO,
  ponderacion: NUMERO,
  tipo: (ctx) => ({
    tipo: "lista",
    operador: null,
    formula: `"${ctx.palabrasTipo.join(",")}"`,
    tituloAyuda: "Tipo de meta",
    ayuda: "Elija el tipo de acumulación de la lista desplegable.",
    tituloError: "Tipo no válido",
    error: "Elija un tipo de la lista.",
  }),
  observaciones: () => ({
    tipo: "texto",
    operador: null,
    formula: "",
    tituloAyuda: "Observaciones",
    ayuda: "Texto libre: explique un ND, una sobreejecución o lo que el avance no dice.",
    tituloError: "",
    error: "",
  }),
};

/**
 * The validation of a column of field `campo`, or null when the field has none.
 * @example validacionCampo("programado", { editable: false, rango: "H5:H9", primeraCelda: "H5", palabrasTipo: [] })?.tipo // "decimal"
 */
export function validacionCampo(campo: Campo, ctx: Contexto): ValidacionPlantilla | null {
  const regla = REGLAS[campo];
  return regla ? { ...regla(ctx), rango: ctx.rango } : null;
}
