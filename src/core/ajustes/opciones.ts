/**
 * The settings' choices as one registry (STYLE §6): each value with the word the command line
 * takes and the label the pane shows. The pane's lists, the CLI's --help and the error texts
 * are all generated from here, so a new choice is one entry.
 */
import { PRESETS_SEMAFORO } from "../calculo/semaforo";
import type { ModoEsperado, ModoPlan, ModoPonderacion, PresetSemaforoId, Tope } from "../calculo/tipos";

/** One choice of a setting: the value the core uses, the CLI word(s) and the pane's label. */
export interface Opcion<T extends string> {
  readonly valor: T;
  /** What `--opcion` takes; the first is shown in --help, the others are accepted too. */
  readonly claves: readonly [string, ...string[]];
  readonly etiqueta: string;
}

function opcion<T extends string>(valor: T, etiqueta: string, ...otras: string[]): Opcion<T> {
  return { valor, claves: [valor, ...otras], etiqueta };
}

export const OPCIONES_TOPE: readonly Opcion<Tope>[] = [
  { valor: "100", claves: ["100", "100%"], etiqueta: "100 % (una meta no compensa otra)" },
  opcion("ninguno", "Sin tope"),
];

const ETIQUETAS_SEMAFORO = {
  "municipal-3": "Municipal (3 niveles)",
  "dnp-5": "DNP (5 niveles)",
  "cuatro-niveles": "Cuatro niveles",
  segplan: "SEGPLAN",
} as const satisfies Record<PresetSemaforoId, string>;

export const OPCIONES_SEMAFORO: readonly Opcion<PresetSemaforoId>[] = (Object.keys(PRESETS_SEMAFORO) as PresetSemaforoId[]).map((id) =>
  opcion(id, ETIQUETAS_SEMAFORO[id]),
);

/** The CLI says `iguales` for the core's "anios-iguales" (issue 11); the core's id is accepted too. */
export const OPCIONES_ESPERADO: readonly Opcion<ModoEsperado>[] = [
  opcion("programacion", "Según lo programado"),
  { valor: "anios-iguales", claves: ["iguales", "anios-iguales"], etiqueta: "Años iguales (25 % por año)" },
  opcion("pesos", "Pesos por año"),
];

export const OPCIONES_PONDERACION: readonly Opcion<ModoPonderacion>[] = [
  opcion("iguales", "Iguales (promedio simple)"),
  opcion("matriz", "Ponderación de la matriz"),
];

export const OPCIONES_PLAN: readonly Opcion<ModoPlan>[] = [
  opcion("automatico", "Automático (anual si la matriz tiene un solo año y ninguna meta del cuatrienio)"),
  opcion("cuatrienio", "Plan de cuatrienio"),
  opcion("anual", "Plan de acción de un año (sin cifras del cuatrienio)"),
];

/** The defaults of SPEC §8 for the settings that have a fixed one (vigencia and corte come from the matrix). */
export const POR_OMISION = {
  tope: "100",
  semaforo: "municipal-3",
  esperado: "programacion",
  ponderacion: "iguales",
  modoPlan: "automatico",
  /** < 50 %, 50–74 %, 75–99 %, ≥ 100 % (and > 100 % apart): the seeds' alert bands. */
  umbralesAlerta: [50, 75, 100],
} as const satisfies {
  tope: Tope;
  semaforo: PresetSemaforoId;
  esperado: ModoEsperado;
  ponderacion: ModoPonderacion;
  modoPlan: ModoPlan;
  umbralesAlerta: readonly number[];
};

/** A Spanish list: `listaTexto(["a", "b", "c"])` → "a, b o c". */
export function listaTexto(xs: readonly string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(", ")} o ${xs.at(-1) ?? ""}` : xs.join("");
}

/** The choice a CLI word or a core value names, or undefined. */
export function buscarOpcion<T extends string>(opciones: readonly Opcion<T>[], texto: string): Opcion<T> | undefined {
  const t = texto.trim();
  return opciones.find((o) => o.valor === t || o.claves.includes(t));
}

/** The help text of a choice setting: `programacion (Según lo programado, por omisión), iguales (…)…`. */
export function ayudaOpciones<T extends string>(opciones: readonly Opcion<T>[], porOmision: T): string {
  return opciones.map((o) => `${o.claves[0]} (${o.etiqueta}${o.valor === porOmision ? ", por omisión" : ""})`).join(", ");
}
