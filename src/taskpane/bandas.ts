/**
 * The semáforo band editor's model (SPEC §5.8): the user sees bands as "desde–hasta" ranges;
 * the engine keeps only lower bounds. The rules (start at 0, no overlap, no gap at the rounding
 * step: municipal-3 is 0–55, 56–80, 81–100) are the settings contract's validarNiveles.
 */
import { mensajeAjuste, validarNiveles, type BandaSemaforo, type ProblemaAjuste } from "../core/ajustes";
import type { NivelSemaforo, Semaforo } from "../core/calculo/tipos";

export interface FilaBanda {
  readonly nombre: string;
  readonly desde: string;
  /** Empty on the top band = open ("o más"). */
  readonly hasta: string;
  readonly color: string;
}

export function filasDeSemaforo(s: Semaforo): FilaBanda[] {
  const paso = 10 ** -s.decimales;
  return s.niveles.map((n, i) => {
    const siguiente = s.niveles[i + 1];
    return {
      nombre: n.nombre,
      desde: String(n.desde),
      hasta: siguiente ? String(redondear(siguiente.desde - paso, s.decimales)) : "",
      color: n.color,
    };
  });
}

function redondear(v: number, decimales: number): number {
  const f = 10 ** decimales;
  return Math.round(v * f) / f;
}

function numero(texto: string): number | null {
  const t = texto.trim().replace(",", ".");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export type ResultadoBandas = { readonly ok: true; readonly niveles: NivelSemaforo[] } | { readonly ok: false; readonly errores: string[] };

/** Parses the editor's texts and checks the bands with the contract's validator (validarNiveles). */
export function validarBandas(filas: readonly FilaBanda[], decimales: number): ResultadoBandas {
  const problemas: ProblemaAjuste[] = [];
  const bandas: BandaSemaforo[] = [];
  filas.forEach((f, i) => {
    const desde = numero(f.desde);
    const hasta = numero(f.hasta);
    // The editor's rows are what the user sees: the problem names the row's band, not a JSON path.
    const etiqueta = f.nombre.trim() || `Nivel ${i + 1}`;
    if (desde === null) problemas.push({ codigo: "AJ-NUMERO", ruta: [etiqueta, "desde"], params: { valor: f.desde } });
    else if (f.hasta.trim() !== "" && hasta === null) problemas.push({ codigo: "AJ-NUMERO", ruta: [etiqueta, "hasta"], params: { valor: f.hasta } });
    else bandas.push({ nombre: f.nombre, desde, hasta, color: f.color });
  });
  if (problemas.length === 0) problemas.push(...validarNiveles(bandas, decimales));
  if (problemas.length > 0) return { ok: false, errores: problemas.map(mensajeAjuste) };
  return { ok: true, niveles: [...bandas].sort((a, b) => a.desde - b.desde).map((b) => ({ nombre: b.nombre.trim(), desde: b.desde, color: b.color })) };
}
