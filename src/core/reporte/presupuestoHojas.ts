/**
 * Each separate budget sheet's rows on the Presupuesto sheet (SPEC §5.9, issue 13): its figures,
 * its share, the group it joined ("Sin correspondencia en la matriz" when none) with that group's
 * physical %, a link to its cell, and the ≥ 70 % / < 70 % lists.
 */
import type { FilaPresupuestoCalculada, PresupuestoDeHoja } from "../calculo/presupuestoHojas";
import type { Consolidacion } from "../calculo/tipos";
import type { HojaEnConstruccion } from "./_lib/hoja";
import { ALTA, BAJA, clasificacion, columnasPresupuesto, escribirTablaPresupuesto, seccion, totalDe, type FilaTabla } from "./_lib/tablaPresupuesto";
import type { ColumnaTabla } from "./_lib/tablaDatos";
import { mayusculaInicial } from "./_lib/textos";
import { destinoEnLibro } from "./_lib/vinculos";

export const SIN_CORRESPONDENCIA = "Sin correspondencia en la matriz";

function etiquetas(x: PresupuestoDeHoja): ColumnaTabla<FilaTabla>[] {
  const codigo: ColumnaTabla<FilaTabla> = { encabezado: "Código", valor: (f) => f.codigo };
  return [
    // no empty Código column when no row has a code
    ...(x.filas.some((f) => f.fila.codigo !== null) ? [codigo] : []),
    { encabezado: mayusculaInicial(x.por), valor: (f) => f.nombre, vinculo: (f) => f.destino ?? null },
  ];
}

function filasHoja(c: Consolidacion, x: PresupuestoDeHoja): FilaTabla[] {
  return x.filas.map((f) => ({
    codigo: f.fila.codigo,
    nombre: f.fila.nombre,
    presupuesto: f.presupuesto,
    participacion: f.participacion,
    grupo: f.grupo,
    union: f.grupo?.nombre ?? SIN_CORRESPONDENCIA,
    destino: destinoEnLibro(c, { archivo: x.archivo, hoja: x.hoja, celda: f.fila.celda }),
  }));
}

/** SPEC §5.9's lists: the rows at or above 70 % and below it, and those the matrix has no group for. */
function listas(h: HojaEnConstruccion, fila: number, x: PresupuestoDeHoja): number {
  const nombres = (pred: (f: FilaPresupuestoCalculada) => boolean): string =>
    x.filas
      .filter(pred)
      .map((f) => f.fila.nombre)
      .join("; ") || "ninguna";
  // one cell per line: the names spill right over the empty cells
  const renglones = [
    [`Ejecución ${ALTA}: ${nombres((f) => clasificacion(f.presupuesto.pct) === ALTA)}`],
    [`Ejecución ${BAJA}: ${nombres((f) => clasificacion(f.presupuesto.pct) === BAJA)}`],
    [`${SIN_CORRESPONDENCIA}: ${nombres((f) => f.grupo === null)}`],
  ];
  h.bloque(fila, 0, renglones, { medirAncho: false });
  return fila + renglones.length + 2;
}

/** Writes every budget sheet from `fila` down; returns the next free row. */
export function escribirHojasPresupuesto(h: HojaEnConstruccion, c: Consolidacion, fila: number, hojas: readonly PresupuestoDeHoja[]): number {
  let siguiente = fila;
  hojas.forEach((x, i) => {
    siguiente = seccion(h, siguiente, `Hoja «${x.hoja}»: filas por ${x.por}`);
    if (x.filas.length === 0) {
      // a sheet of another year: said, not shown as an empty table
      h.bloque(siguiente, 0, [[`Sin cifras de la vigencia ${c.parametros.vigencia} en esta hoja.`]], { medirAncho: false });
      siguiente += 3;
      return;
    }
    const columnas = columnasPresupuesto(etiquetas(x), true);
    const t = escribirTablaPresupuesto(h, c, siguiente, `Seg_Presupuesto_Hoja${i + 1}`, columnas, filasHoja(c, x), totalDe(c, x.total));
    siguiente = listas(h, t.filaFin + 2, x);
  });
  return siguiente;
}
