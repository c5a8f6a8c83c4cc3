/**
 * A master consolidated with its filled templates (the pane's open workbook plus «Agregar
 * archivos…»): what each template brings back is written into the master's row, in the cells the
 * dependency fills, and the template's row is not read — every meta is read once, on the master's
 * row, with the master's layout and links. The row is found by the record's master row, confirmed
 * by the meta's code in the master's code column (the file may have been renamed) or else by the
 * master's file name, and in a long layout by the row's year and quarter too; a row that no
 * longer matches is left to its template. Of a long layout only the vigencia's rows bring values.
 */
import { indiceColumna } from "../grid/direccion";
import type { Hoja, Valor } from "../grid/libro";
import { textoCelda } from "../matriz/codigoNombre";
import { anioDeCelda } from "../matriz/formatoLargo";
import type { Campo } from "../matriz/tipos";
import { esEditable } from "./hojaPlantilla";
import type { FilaRegistro, RegistroPlantilla } from "./tipos";

/** The columns of `hoja` the records pinned, with their field and year. */
function columnas(registro: RegistroPlantilla, hoja: string): { columna: number; campo: Campo; anio: number | null }[] {
  const cols = registro.correcciones.find((c) => c.hoja === hoja)?.columnas ?? {};
  return Object.entries(cols).flatMap(([letra, c]) => (c?.campo ? [{ columna: indiceColumna(letra), campo: c.campo, anio: c.anio ?? null }] : []));
}

/** The cell holds the code alone or before the name ("1905001 Realizar…"), not a longer code ("M3b"). */
function mismoCodigo(celda: string, codigo: string): boolean {
  return celda === codigo || (celda.startsWith(codigo) && !/[\p{L}\p{N}]/u.test(celda.charAt(codigo.length)));
}

function esLaFila(hoja: Hoja, plantilla: Hoja, registro: RegistroPlantilla, f: FilaRegistro): boolean {
  const cols = columnas(registro, f.hoja);
  const celda = (h: Hoja, fila: number, columna: number): string => textoCelda(h.valores[fila - 1]?.[columna]).trim();
  // a long layout repeats the code on every year's row: the year and quarter tell them apart
  const mismoPeriodo = cols.every(
    (c) => (c.campo !== "vigencia" && c.campo !== "periodo") || celda(hoja, f.filaMaestra, c.columna) === celda(plantilla, f.filaPlantilla, c.columna),
  );
  const codigo = cols.find((c) => c.campo === "codigo");
  if (codigo && f.codigo !== null) return mismoPeriodo && mismoCodigo(celda(hoja, f.filaMaestra, codigo.columna), f.codigo);
  return mismoPeriodo && hoja.archivo === registro.archivoMaestro;
}

/** The template's row is one the dependency fills: any row, or in a long layout a row of the vigencia. */
function llenaLaFila(plantilla: Hoja, registro: RegistroPlantilla, f: FilaRegistro): boolean {
  const vigencia = columnas(registro, f.hoja).find((c) => c.campo === "vigencia");
  return !vigencia || anioDeCelda(plantilla.valores[f.filaPlantilla - 1]?.[vigencia.columna]) === registro.vigencia;
}

function conCeldas(hoja: Hoja, celdas: ReadonlyMap<number, ReadonlyMap<number, Valor>>): Hoja {
  const valores = hoja.valores.map((fila, r): readonly Valor[] => {
    const nuevas = celdas.get(r);
    if (!nuevas) return fila;
    const copia = [...fila];
    for (const [c, v] of nuevas) {
      while (copia.length <= c) copia.push(null);
      copia[c] = v;
    }
    return copia;
  });
  return { ...hoja, valores };
}

/**
 * `hojas` with the templates' values written into their master's rows and those rows of the
 * templates left out (a template sheet whose every row went is dropped).
 * @example conFilasDevueltas(libro.hojas, registrosPlantilla(libro))
 */
export function conFilasDevueltas(hojas: readonly Hoja[], registros: readonly { readonly hoja: Hoja; readonly registro: RegistroPlantilla }[]): Hoja[] {
  // a grid without file names cannot tell a template's sheets from the master's: nothing moves then
  const archivosPlantilla = new Set(registros.map((r) => r.hoja.archivo));
  const maestras = hojas.filter((h) => !archivosPlantilla.has(h.archivo));
  const celdas = new Map<Hoja, Map<number, Map<number, Valor>>>();
  const devueltas = new Map<Hoja, Set<number>>();
  for (const { hoja: deRegistro, registro } of registros)
    for (const f of registro.filas) {
      const plantilla = hojas.find((h) => h.archivo === deRegistro.archivo && h.nombre === f.hoja);
      const maestra = plantilla && maestras.find((h) => h.nombre === f.hoja && esLaFila(h, plantilla, registro, f));
      if (!plantilla || !maestra) continue;
      const fila = new Map<number, Valor>();
      if (llenaLaFila(plantilla, registro, f))
        for (const c of columnas(registro, f.hoja))
          if (esEditable(c, registro.vigencia)) fila.set(c.columna, plantilla.valores[f.filaPlantilla - 1]?.[c.columna] ?? null);
      celdas.set(maestra, (celdas.get(maestra) ?? new Map<number, Map<number, Valor>>()).set(f.filaMaestra - 1, fila));
      devueltas.set(plantilla, (devueltas.get(plantilla) ?? new Set<number>()).add(f.filaPlantilla - 1));
    }
  return hojas.flatMap((h): Hoja[] => {
    const c = celdas.get(h);
    if (c) return [conCeldas(h, c)];
    const filas = devueltas.get(h);
    if (!filas) return [h];
    const propias = registros.flatMap((r) => (r.hoja.archivo === h.archivo ? r.registro.filas.filter((f) => f.hoja === h.nombre) : []));
    if (propias.every((f) => filas.has(f.filaPlantilla - 1))) return [];
    return [{ ...h, valores: h.valores.map((fila, r) => (filas.has(r) ? [] : fila)) }];
  });
}
