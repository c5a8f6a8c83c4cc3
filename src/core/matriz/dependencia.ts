/**
 * Dependency names across the workbook (SPEC §3.3): compared after normalisation, shown as first
 * written; a second spelling raises A-NOMBRE-DEPENDENCIA once, where it first appears.
 */
import type { Hoja } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { normalizar } from "../texto/normalizar";

export const SIN_DEPENDENCIA = "Sin dependencia";

/** Sheet names that name a dependency ("SEC. GOBIERNO", "Secretaría de Salud", "Copia de Sec. …"). */
const HOJA_DEPENDENCIA = /^(COPIA DE )?(SEC\b|SEC\.|SECRETARIA|SUBSECRETARIA|OFICINA|OF\.|DEPENDENCIA|DIRECCION|DIR\.|DESPACHO|GERENCIA|INSTITUTO|ALCALDIA)/;

export function dependenciaDeHoja(nombreHoja: string): string | null {
  const n = normalizar(nombreHoja);
  if (!HOJA_DEPENDENCIA.test(n)) return null;
  return nombreHoja.replace(/^\s*copia de\s+/i, "").trim();
}

export class RegistroDependencias {
  private readonly primera = new Map<string, string>();
  private readonly variantes = new Set<string>();
  /** Raw text → name shown, so repeated cells skip normalising. */
  private readonly vistos = new Map<string, string>();
  readonly hallazgos: Hallazgo[] = [];

  /**
   * The name to show for `escrito` (its first spelling), noting a new spelling at `celda`; the
   * address is built only for a text not seen before (nearly every row repeats one).
   */
  nombre(escrito: string, hoja: Pick<Hoja, "nombre" | "archivo">, celda: () => string | null): string {
    const visto = this.vistos.get(escrito);
    if (visto !== undefined) return visto;
    const r = this.registrar(escrito, hoja, celda());
    this.vistos.set(escrito, r);
    return r;
  }

  private registrar(escrito: string, hoja: Pick<Hoja, "nombre" | "archivo">, celda: string | null): string {
    const limpio = escrito.trim();
    const clave = normalizar(limpio);
    const primera = this.primera.get(clave);
    if (primera === undefined) {
      this.primera.set(clave, limpio);
      return limpio;
    }
    if (primera !== limpio && !this.variantes.has(limpio)) {
      this.variantes.add(limpio);
      this.hallazgos.push(crearHallazgo("A-NOMBRE-DEPENDENCIA", hoja.nombre, celda, limpio, { otra: primera }, hoja.archivo ?? null));
    }
    return primera;
  }
}
