/**
 * Consolidar on filled templates (issue 14): each template's record pins its sheets to the
 * master's recognition, and the record and the instructions sheet are left out of the workbook
 * read, so a template's sheet consolidates as the master's sheet. What the user set wins: a
 * correction of the same sheet, a vigencia, a plan mode.
 */
import type { Hoja, Libro } from "../grid/libro";
import type { Ajustes, OrigenVigencia } from "../calculo/tipos";
import type { CorreccionHoja } from "../matriz/tipos";
import { conFilasDevueltas } from "./filasDevueltas";
import { leerRegistro } from "./registro";
import type { RegistroPlantilla } from "./tipos";

/** «2024, 2025 y 2026» */
function enumerar(anios: readonly number[]): string {
  return anios.length < 2 ? anios.join("") : `${anios.slice(0, -1).join(", ")} y ${anios[anios.length - 1]}`;
}

/** The records of the workbook's templates (very hidden sheets carrying the marker), with their sheet. */
export function registrosPlantilla(libro: Libro): { readonly hoja: Hoja; readonly registro: RegistroPlantilla }[] {
  return libro.hojas.flatMap((hoja) => {
    const registro = hoja.visible === false ? leerRegistro(hoja) : null;
    return registro ? [{ hoja, registro }] : [];
  });
}

/**
 * The workbook without the templates' own sheets (and, when the master is read with them, with
 * their values written back into its rows), and the run's settings with what their records say.
 * Both unchanged when there is no template. `vigenciaDe` says whether the vigencia set is the
 * records' (so Resumen's «Por qué esta vigencia» does not credit the user's settings); `dudas`,
 * what the records contradict each other on, for the run to say (SPEC §3.6).
 * @example conPlantillas(libroDePlantillas, {}).ajustes.vigencia // 2025, the master's
 */
export function conPlantillas(
  libro: Libro,
  ajustes: Ajustes,
): { readonly libro: Libro; readonly ajustes: Ajustes; readonly vigenciaDe: OrigenVigencia; readonly dudas: readonly string[] } {
  const registros = registrosPlantilla(libro);
  if (registros.length === 0) return { libro, ajustes, vigenciaDe: "ajustes", dudas: [] };
  const propias = new Set<Hoja>();
  for (const { hoja, registro } of registros) {
    propias.add(hoja);
    for (const h of libro.hojas) if (h.nombre === registro.hojaInstrucciones && h.archivo === hoja.archivo) propias.add(h);
  }
  const correcciones: CorreccionHoja[] = [...(ajustes.correcciones ?? [])];
  const nombradas = new Set(correcciones.map((c) => c.hoja));
  for (const c of registros.flatMap((r) => r.registro.correcciones)) {
    // several templates of one master repeat the same sheets: the first says it for all
    if (nombradas.has(c.hoja)) continue;
    nombradas.add(c.hoja);
    correcciones.push(c);
  }
  const vigencias = new Set(registros.map((r) => r.registro.vigencia));
  const [vigencia] = vigencias;
  const delRegistro = ajustes.vigencia === undefined && vigencias.size === 1 && vigencia !== undefined;
  // templates sent back for different years: taking either would silently misread the others
  const dudas =
    vigencias.size > 1
      ? [`las plantillas son de vigencias distintas (${enumerar([...vigencias].sort((a, b) => a - b))}): ninguna se aplicó; indique la vigencia en los ajustes`]
      : [];
  const modos = new Set(registros.map((r) => r.registro.modoPlan));
  const [modoPlan] = modos;
  const modoDelRegistro = ajustes.modoPlan === undefined && modos.size === 1 && modoPlan !== undefined;
  return {
    libro: {
      ...libro,
      hojas: conFilasDevueltas(
        libro.hojas.filter((h) => !propias.has(h)),
        registros,
      ),
    },
    ajustes: {
      ...ajustes,
      correcciones,
      ...(delRegistro ? { vigencia } : {}),
      ...(modoDelRegistro ? { modoPlan } : {}),
    },
    vigenciaDe: delRegistro ? "plantilla" : "ajustes",
    dudas,
  };
}
