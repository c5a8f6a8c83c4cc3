/**
 * The pane's service over the open workbook: the application's use cases (src/app) on the
 * Office ports (src/io/office). Nothing here calls Excel itself.
 */
import { ajustesDeLaCorrida, cargarAjustes, conArchivos, consolidarLibro, guardarAjustes, validarLibro } from "../../app";
import { plantillasLibro } from "../../app/plantillas";
import type { EntornoExcel } from "../../io/office/api";
import { suscribirCambiosExcel } from "../../io/office/cambios";
import { entornoOffice } from "../../io/office/entornoOffice";
import { libroOffice } from "../../io/office/libroOffice";
import type { ServicioPanel } from "./tipos";

export function crearServicioOffice(entorno: EntornoExcel = entornoOffice()): ServicioPanel {
  const libro = libroOffice(entorno);
  let propias = false;
  return {
    cargarAjustes: () => cargarAjustes(libro),
    guardarAjustes: (a) => guardarAjustes(libro, a),
    validar: (a, archivos = []) => validarLibro(conArchivos(libro, archivos), ajustesDeLaCorrida(a, archivos)),
    consolidar: async (a, o) => {
      const archivos = o.archivos ?? [];
      propias = true;
      try {
        // the report is written into the open workbook only: the added files are read, never changed
        return await consolidarLibro(conArchivos(libro, archivos, o), libro, ajustesDeLaCorrida(a, archivos), o);
      } finally {
        propias = false;
      }
    },
    plantillas: (a) => plantillasLibro(libro, a),
    seleccionarCelda: (hoja, celda) => libro.seleccionarCelda(hoja, celda),
    activarHoja: (hoja) => libro.seleccionarCelda(hoja, "A1"),
    // Our own writes fire change events too: ignore them while Consolidar runs.
    suscribirCambios: (alCambiar) => suscribirCambiosExcel(entorno, () => propias || alCambiar()),
  };
}
