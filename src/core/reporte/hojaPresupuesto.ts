/**
 * "Presupuesto" (SPEC §5.9, §6): budget execution by dependency, by sector, and by the level a
 * separate budget sheet joins, with each group's share of the total, classified at/above or below
 * 70 % (over 100 % flagged), next to the physical execution; then each budget sheet's rows with the
 * group they joined ("sin correspondencia en la matriz" when none). Two charts: pesos programado vs
 * ejecutado, and % presupuestal beside % física.
 */
import { consolidarPresupuesto, nivelPrincipal, type PresupuestoNivel } from "../calculo/presupuestoHojas";
import type { Consolidacion } from "../calculo/tipos";
import { normalizar } from "../texto/normalizar";
import type { HojaPlan } from "./plan";
import { COLOR_EJECUTADO, COLOR_PROGRAMADO, COLOR_REAL } from "./_lib/graficos";
import { graficoDeGrupos } from "./graficosGrupos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { subtitulo } from "./_lib/subtitulo";
import { columnasPresupuesto, escribirTablaPresupuesto, seccion, totalDe, type FilaTabla } from "./_lib/tablaPresupuesto";
import { mayusculaInicial } from "./_lib/textos";
import { escribirHojasPresupuesto } from "./presupuestoHojas";

const FILA_ENCABEZADO = 3;
/** Charts right of the tables (A:K), one empty column between. */
const COLUMNA_GRAFICOS = 12;

export function hayPresupuesto(c: Consolidacion): boolean {
  return c.metas.some((m) => m.presupuesto !== null) || c.grupos.some((g) => g.presupuesto !== null) || c.hojas.some((h) => h.presupuesto !== undefined);
}

/** Table names kept from before budget sheets existed (Seg_Presupuesto_Dependencias, _Sectores). */
function nombreTabla(nivel: string): string {
  if (nivel === "dependencia") return "Seg_Presupuesto_Dependencias";
  if (nivel === "sector") return "Seg_Presupuesto_Sectores";
  return `Seg_Presupuesto_${normalizar(nivel).replace(/[^A-Z0-9]+/g, "_")}`;
}

export function hojaPresupuesto(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("presupuesto", nombre);
  h.titulo(0, "Ejecución presupuestal");
  subtitulo(h, 1, c);
  const p = consolidarPresupuesto(c);
  let fila = FILA_ENCABEZADO;
  p.niveles.forEach((n, i) => {
    // the first table sits right under the subtitle, frozen; the others under a heading
    if (i > 0) fila = seccion(h, fila, `Por ${n.nivel}${n.hoja ? ` (de la hoja «${n.hoja}»)` : ""}`);
    const columnas = columnasPresupuesto([{ encabezado: mayusculaInicial(n.nivel), valor: (f) => f.nombre }], false);
    const t = escribirTablaPresupuesto(h, c, fila, nombreTabla(n.nivel), columnas, filasNivel(n), totalDe(c, n.total));
    if (i === 0) h.congelar(FILA_ENCABEZADO + 1, 1);
    fila = t.filaFin + 3;
  });
  escribirHojasPresupuesto(h, c, fila, p.hojas);
  graficos(h, p.niveles);
  return h.construir();
}

function filasNivel(n: PresupuestoNivel): FilaTabla[] {
  return n.grupos.map((g) => ({ codigo: g.grupo.codigo, nombre: g.grupo.nombre, presupuesto: g.presupuesto, participacion: g.participacion, grupo: g.grupo }));
}

/** The level the charts show: the one a budget sheet joined, else sectors, else dependencies. */
function graficos(h: HojaEnConstruccion, niveles: readonly PresupuestoNivel[]): void {
  const n = nivelPrincipal(niveles);
  if (!n) return;
  const etiqueta = mayusculaInicial(n.nivel);
  const sinCodigo = (g: FilaTabla): { codigo: null; nombre: string } => ({ codigo: null, nombre: g.nombre });
  const filas = filasNivel(n);
  const fila = graficoDeGrupos(h, FILA_ENCABEZADO, COLUMNA_GRAFICOS, {
    id: "presupuesto-programado-ejecutado",
    titulo: `Presupuesto programado frente a ejecutado por ${n.nivel}`,
    tituloCategorias: etiqueta,
    filas,
    nombre: sinCodigo,
    orden: (g) => g.presupuesto?.programado ?? null,
    medida: { tipo: "pesos" },
    series: [
      { nombre: "Presupuestado", valor: (g) => g.presupuesto?.programado ?? null, color: COLOR_PROGRAMADO },
      { nombre: "Ejecutado", valor: (g) => g.presupuesto?.ejecutado ?? null, color: COLOR_EJECUTADO },
    ],
  });
  graficoDeGrupos(h, fila, COLUMNA_GRAFICOS, {
    id: "presupuesto-fisica",
    titulo: `Ejecución presupuestal frente a ejecución física por ${n.nivel}`,
    tituloCategorias: etiqueta,
    filas,
    nombre: sinCodigo,
    orden: (g) => g.presupuesto?.pct ?? null,
    // Open axis: a budget executed beyond its appropriation must show past 100 %.
    medida: { tipo: "porcentaje", tope: "ninguno", titulo: "% de ejecución" },
    series: [
      { nombre: "% ejecución presupuestal", valor: (g) => g.presupuesto?.pct ?? null, color: COLOR_PROGRAMADO },
      { nombre: "% ejecución física", valor: (g) => g.grupo?.pctVigencia ?? null, color: COLOR_REAL },
    ],
  });
}
