/**
 * The services over the Office adapter (src/io/office): the only place the pane and the
 * ribbon command reach the workbook. Nothing here calls Excel itself.
 */
import type { Ajustes } from "../../core/calculo/tipos";
import type { EntornoExcel } from "../../io/office/api";
import { suscribirCambiosExcel } from "../../io/office/cambios";
import { entornoOffice } from "../../io/office/entornoOffice";
import { escribirPlanExcel, guardarAjustes, leerLibroExcel, seleccionarCelda } from "../../io/office";
import { consolidarLibro, validarLibro, type PuertoLibro } from "./consolidar";
import type { ServicioPanel } from "./tipos";

export interface PuertoOffice extends PuertoLibro {
  cargarAjustes(): Promise<Ajustes>;
  guardarAjustes(a: Ajustes): Promise<void>;
  seleccionarCelda(hoja: string, celda: string): Promise<void>;
}

export function crearPuertoOffice(entorno: EntornoExcel = entornoOffice()): PuertoOffice {
  return {
    leer: async () => {
      const { libro, propiedad, avisos } = await leerLibroExcel(entorno);
      // Owned sheets are not read as input, but their names are taken (SPEC §6).
      return { libro, propiedad, avisos, hojasExistentes: [...libro.hojas.map((h) => h.nombre), ...(libro.hojasPropias ?? [])] };
    },
    escribir: async (plan, onProgress) => {
      return (await escribirPlanExcel(entorno, plan, onProgress)).avisos;
    },
    cargarAjustes: async () => (await leerLibroExcel(entorno)).ajustes ?? {},
    guardarAjustes: (a) => guardarAjustes(entorno, a),
    seleccionarCelda: (hoja, celda) => seleccionarCelda(entorno, hoja, celda),
  };
}

export function crearServicioOffice(entorno: EntornoExcel = entornoOffice()): ServicioPanel {
  const puerto = crearPuertoOffice(entorno);
  let propias = false;
  return {
    cargarAjustes: () => puerto.cargarAjustes(),
    guardarAjustes: (a) => puerto.guardarAjustes(a),
    validar: (a) => validarLibro(puerto, a),
    consolidar: async (a, o) => {
      propias = true;
      try {
        return await consolidarLibro(puerto, a, o);
      } finally {
        propias = false;
      }
    },
    seleccionarCelda: (hoja, celda) => puerto.seleccionarCelda(hoja, celda),
    activarHoja: (hoja) => puerto.seleccionarCelda(hoja, "A1"),
    // Our own writes fire change events too: ignore them while Consolidar runs.
    suscribirCambios: (alCambiar) => suscribirCambiosExcel(entorno, () => propias || alCambiar()),
  };
}
