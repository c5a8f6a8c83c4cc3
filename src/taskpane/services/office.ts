/**
 * The services over the Office adapter (src/io/office): the only place the pane and the
 * ribbon command reach the workbook. Nothing here calls Excel itself.
 */
import type { Ajustes } from "../../core/calculo/tipos";
import { escribirPlanExcel, guardarAjustes, leerLibroExcel, seleccionarCelda, suscribirCambiosExcel } from "../../io/office";
import type { EntornoExcel } from "../../io/office/api";
import { consolidarLibro, validarLibro, type PuertoLibro } from "./consolidar";
import type { ServicioPanel } from "./tipos";

export interface PuertoOffice extends PuertoLibro {
  cargarAjustes(): Promise<Ajustes>;
  guardarAjustes(a: Ajustes): Promise<void>;
  seleccionarCelda(hoja: string, celda: string): Promise<void>;
}

/** The host as office.js (or the fake installed in its place) gives it. */
export function entornoOffice(): EntornoExcel {
  return {
    run: (lote) => Excel.run((ctx) => lote(ctx)),
    soporta: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}

export function crearPuertoOffice(entorno: EntornoExcel = entornoOffice()): PuertoOffice {
  let escribiendo = false;
  return {
    leer: async () => {
      const r = await leerLibroExcel(entorno);
      return { libro: r.libro, propiedad: r.propiedad, hojasExistentes: r.hojasExistentes };
    },
    escribir: async (plan, onProgress) => {
      escribiendo = true;
      try {
        await escribirPlanExcel(entorno, plan, onProgress);
      } finally {
        escribiendo = false;
      }
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
