/**
 * The two states a Consolidar may leave (issue #12 "all or nothing"): the workbook as before, or
 * the new report in place. Sheet ids change on every first creation, so the record is compared
 * without them; cosmetics (widths, frozen panes, chart colours) and backups whose deletion failed
 * are warnings, not a third state, so `contenido` leaves them out.
 */
import type { Instantanea } from "../../../src/simulador";

const REGISTRO = "seguimiento.hojasPropias";

export function sinIds(i: Instantanea): Instantanea {
  const ajustes = { ...i.ajustes };
  const r = ajustes[REGISTRO];
  if (r !== undefined) {
    const { ids: _ids, ...resto } = JSON.parse(r) as { ids?: unknown };
    ajustes[REGISTRO] = JSON.stringify(resto);
  }
  return { ...i, ajustes };
}

/** What the user reads: sheets (backups and temporaries left by a failed cleanup aside: listed, the next run removes them), values, formulas, tables, links. */
export function contenido(i: Instantanea): unknown {
  return {
    registro: sinIds(i).ajustes[REGISTRO] ?? null,
    hojas: i.hojas
      .filter((h) => !/^Seg(Res|Tmp)\d+$/.test(h.nombre))
      .map((h) => ({
        nombre: h.nombre,
        valores: h.valores,
        formulas: h.formulas,
        formatos: h.formatos,
        tablas: h.tablas,
        vinculos: h.vinculos,
        condicionales: h.condicionales,
      })),
  };
}
