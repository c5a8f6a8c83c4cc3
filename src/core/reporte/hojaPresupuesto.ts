/**
 * "Presupuesto" (SPEC §5.9, §6): budget execution by dependency and by sector when the matrix
 * has a sector level, classified at/above or below 70 %, next to the physical execution; two charts:
 * pesos programado vs ejecutado, and % presupuestal beside % física.
 */
import type { Consolidacion, Grupo } from "../calculo/tipos";
import { direccion } from "../grid/direccion";
import type { HojaPlan } from "./plan";
import { COLOR_EJECUTADO, COLOR_PROGRAMADO, COLOR_REAL } from "./_lib/graficos";
import { graficoDeGrupos } from "./graficosGrupos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { TOTAL_PLAN } from "./_lib/columnasGrupo";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla, type ColumnaTabla, type TablaEscrita } from "./_lib/tablaDatos";

export const UMBRAL_PRESUPUESTO = 0.7;
export const ALTA = "≥ 70 %";
export const BAJA = "< 70 %";
const FILA_ENCABEZADO = 3;
const NIVEL_SECTOR = "sector";

export function hayPresupuesto(c: Consolidacion): boolean {
  return c.metas.some((m) => m.presupuesto !== null) || c.grupos.some((g) => g.presupuesto !== null);
}

export function clasificacion(pct: number | null): string | null {
  if (pct === null) return null;
  return pct >= UMBRAL_PRESUPUESTO ? ALTA : BAJA;
}

function columnas(etiqueta: string): ColumnaTabla<Grupo>[] {
  return [
    { encabezado: etiqueta, valor: (g) => g.nombre },
    { encabezado: "Presupuestado", valor: (g) => g.presupuesto?.programado ?? null, formato: "#,##0" },
    { encabezado: "Ejecutado (compromisos)", valor: (g) => g.presupuesto?.ejecutado ?? null, formato: "#,##0" },
    { encabezado: "Pagos", valor: (g) => g.presupuesto?.pagos ?? null, formato: "#,##0" },
    { encabezado: "% ejecución presupuestal", valor: (g) => g.presupuesto?.pct ?? null, formato: "0.0%" },
    { encabezado: "Clasificación", valor: (g) => clasificacion(g.presupuesto?.pct ?? null) },
    { encabezado: "% ejecución física", valor: (g) => g.pctVigencia, formato: "0.0%", semaforo: "porcentaje" },
  ];
}

export function hojaPresupuesto(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("presupuesto", nombre);
  h.titulo(0, "Ejecución presupuestal");
  subtitulo(h, 1, c);
  const dependencias = c.grupos.filter((g) => g.nivel === "dependencia" && g.presupuesto !== null);
  const sectores = c.grupos.filter((g) => g.nivel === NIVEL_SECTOR && g.presupuesto !== null);
  const porDependencia = escribir(h, c, FILA_ENCABEZADO, "Dependencia", "Seg_Presupuesto_Dependencias", dependencias);
  h.congelar(FILA_ENCABEZADO + 1, 1);
  let filaSector = porDependencia.filaFin + 3;
  let porSector: TablaEscrita | null = null;
  if (sectores.length > 0) {
    h.bloque(filaSector, 0, [["Por sector"]], { medirAncho: false });
    h.estilo({ rango: direccion(filaSector, 0), negrita: true, tamano: 13 });
    filaSector += 1;
    porSector = escribir(h, c, filaSector, "Sector", "Seg_Presupuesto_Sectores", sectores);
  }
  const [grupos, etiqueta] = porSector ? [sectores, "Sector"] : [dependencias, "Dependencia"];
  const por = etiqueta.toLowerCase();
  const sinCodigo = (g: Grupo): { codigo: null; nombre: string } => ({ codigo: null, nombre: g.nombre });
  // Charts right of the tables (A:G), one below the other: pesos, then budget beside physical execution.
  const fila = graficoDeGrupos(h, FILA_ENCABEZADO, 8, {
    id: "presupuesto-programado-ejecutado",
    titulo: `Presupuesto programado frente a ejecutado por ${por}`,
    tituloCategorias: etiqueta,
    filas: grupos,
    nombre: sinCodigo,
    orden: (g) => g.presupuesto?.programado ?? null,
    medida: { tipo: "pesos" },
    series: [
      { nombre: "Presupuestado", valor: (g) => g.presupuesto?.programado ?? null, color: COLOR_PROGRAMADO },
      { nombre: "Ejecutado", valor: (g) => g.presupuesto?.ejecutado ?? null, color: COLOR_EJECUTADO },
    ],
  });
  graficoDeGrupos(h, fila, 8, {
    id: "presupuesto-fisica",
    titulo: `Ejecución presupuestal frente a ejecución física por ${por}`,
    tituloCategorias: etiqueta,
    filas: grupos,
    nombre: sinCodigo,
    orden: (g) => g.presupuesto?.pct ?? null,
    // Open axis: a budget executed beyond its appropriation must show past 100 %.
    medida: { tipo: "porcentaje", tope: "ninguno", titulo: "% de ejecución" },
    series: [
      { nombre: "% ejecución presupuestal", valor: (g) => g.presupuesto?.pct ?? null, color: COLOR_PROGRAMADO },
      { nombre: "% ejecución física", valor: (g) => g.pctVigencia, color: COLOR_REAL },
    ],
  });
  return h.construir();
}

function escribir(h: HojaEnConstruccion, c: Consolidacion, fila: number, etiqueta: string, nombreTabla: string, grupos: readonly Grupo[]): TablaEscrita {
  const totales = c.plan.presupuesto === null ? {} : { totales: { ...c.plan, nombre: TOTAL_PLAN } };
  const t = escribirTabla(h, {
    fila,
    columna: 0,
    nombre: nombreTabla,
    columnas: columnas(etiqueta),
    filas: grupos,
    semaforo: c.parametros.semaforo,
    ...totales,
  });
  if (grupos.length > 0) {
    const rango = t.rangoDe("Clasificación").rango;
    h.condicional({ tipo: "texto", rango, igualA: ALTA, relleno: "#C6EFCE", colorFuente: "#006100" });
    h.condicional({ tipo: "texto", rango, igualA: BAJA, relleno: "#FFC7CE", colorFuente: "#9C0006" });
  }
  return t;
}
