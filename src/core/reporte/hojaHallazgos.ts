/** "Hallazgos" (SPEC §6, §7): every validation finding, linked to its cell. */
import type { Consolidacion } from "../calculo/tipos";
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { HojaPlan } from "./plan";
import { HojaEnConstruccion } from "./_lib/hoja";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { colorFuentePara } from "./_lib/semaforo";
import { destinoEnLibro, variosArchivos } from "./_lib/vinculos";

export const NOMBRE_TABLA_HALLAZGOS = "Seg_Hallazgos";
const FILA_ENCABEZADO = 3;
export const COLORES_SEVERIDAD = { error: "#F8CBAD", advertencia: "#FFE699" } as const;

export function hojaHallazgos(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("hallazgos", nombre);
  const errores = c.hallazgos.filter((x) => x.severidad === "error").length;
  h.titulo(0, "Hallazgos de validación");
  h.bloque(1, 0, [[`${c.hallazgos.length} hallazgos: ${errores} errores y ${c.hallazgos.length - errores} advertencias`]], { medirAncho: false });
  if (c.hallazgos.length === 0) {
    h.bloque(FILA_ENCABEZADO, 0, [["No hay hallazgos: la matriz pasó todas las validaciones."]]);
    return h.construir();
  }
  const columnas: readonly ColumnaTabla<Hallazgo>[] = [
    { encabezado: "Código", valor: (x) => x.codigo },
    { encabezado: "Severidad", valor: (x) => (x.severidad === "error" ? "Error" : "Advertencia") },
    // Several input files may share a sheet name (probe 7): the file says which one.
    ...(variosArchivos(c) ? [{ encabezado: "Archivo", valor: (x: Hallazgo) => x.archivo }] : []),
    { encabezado: "Hoja", valor: (x) => x.hoja },
    { encabezado: "Celda", valor: (x) => x.celda, vinculo: (x) => destinoEnLibro(c, x) },
    { encabezado: "Mensaje", valor: (x) => x.mensaje, ancho: 70 },
    { encabezado: "Valor", valor: (x) => x.valor },
  ];
  const t = escribirTabla(h, {
    fila: FILA_ENCABEZADO,
    columna: 0,
    nombre: NOMBRE_TABLA_HALLAZGOS,
    columnas,
    filas: c.hallazgos,
    semaforo: c.parametros.semaforo,
  });
  const severidad = t.rangoDe("Severidad").rango;
  for (const [igualA, relleno] of [
    ["Error", COLORES_SEVERIDAD.error],
    ["Advertencia", COLORES_SEVERIDAD.advertencia],
  ] as const) {
    h.condicional({ tipo: "texto", rango: severidad, igualA, relleno, colorFuente: colorFuentePara(relleno) });
  }
  h.congelar(FILA_ENCABEZADO + 1, 0);
  return h.construir();
}
