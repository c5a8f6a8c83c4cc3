/**
 * "Presupuesto" (SPEC §5.9, §6): budget execution by dependency, by sector, and by the level a
 * separate budget sheet joins, with each group's share of the total, classified at/above or below
 * 70 % (over 100 % flagged), next to the physical execution; then each budget sheet's rows with the
 * group they joined ("sin correspondencia en la matriz" when none). Two charts: pesos programado vs
 * ejecutado, and % presupuestal beside % física.
 */
import { consolidarPresupuesto, type FilaPresupuestoCalculada, type PresupuestoDeHoja, type PresupuestoNivel } from "../calculo/presupuestoHojas";
import type { Consolidacion, Grupo, PresupuestoCalculado } from "../calculo/tipos";
import { direccion } from "../grid/direccion";
import { normalizar } from "../texto/normalizar";
import type { HojaPlan } from "./plan";
import { COLOR_EJECUTADO, COLOR_PROGRAMADO, COLOR_REAL } from "./_lib/graficos";
import { graficoDeGrupos } from "./graficosGrupos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { TOTAL_PLAN } from "./_lib/columnasGrupo";
import { subtitulo } from "./_lib/subtitulo";
import { mayusculaInicial } from "./_lib/textos";
import { destinoEnLibro } from "./_lib/vinculos";
import { escribirTabla, type ColumnaTabla, type TablaEscrita } from "./_lib/tablaDatos";

export const UMBRAL_PRESUPUESTO = 0.7;
export const ALTA = "≥ 70 %";
export const BAJA = "< 70 %";
export const SOBRE_EJECUCION = "Supera lo presupuestado";
export const SIN_CORRESPONDENCIA = "Sin correspondencia en la matriz";
const FILA_ENCABEZADO = 3;
/** Charts right of the tables (A:K), one empty column between. */
const COLUMNA_GRAFICOS = 12;

export function hayPresupuesto(c: Consolidacion): boolean {
  return c.metas.some((m) => m.presupuesto !== null) || c.grupos.some((g) => g.presupuesto !== null) || c.hojas.some((h) => h.presupuesto !== undefined);
}

export function clasificacion(pct: number | null): string | null {
  if (pct === null) return null;
  return pct >= UMBRAL_PRESUPUESTO ? ALTA : BAJA;
}

/** Never capped (SPEC §5.9): an execution beyond the appropriation is said, not hidden. */
function alerta(pct: number | null): string | null {
  return pct !== null && pct > 1 ? SOBRE_EJECUCION : null;
}

/** One row of a budget table: a group, a budget sheet's row, or a total. */
interface FilaTabla {
  readonly codigo: string | null;
  readonly nombre: string;
  readonly presupuesto: PresupuestoCalculado | null;
  readonly participacion: number | null;
  /** The matrix group beside it (its physical execution); null for a row that joined none. */
  readonly grupo: Pick<Grupo, "nombre" | "pctVigencia"> | null;
  /** A budget sheet's row: the group it joined, as the «Grupo de la matriz» column says it. */
  readonly union?: string;
  readonly destino?: { readonly hoja: string; readonly destino: string } | null;
}

function columnasCifras(): ColumnaTabla<FilaTabla>[] {
  return [
    { encabezado: "Presupuestado", valor: (f) => f.presupuesto?.programado ?? null, formato: "#,##0" },
    { encabezado: "Ejecutado (compromisos)", valor: (f) => f.presupuesto?.ejecutado ?? null, formato: "#,##0" },
    { encabezado: "Pagos", valor: (f) => f.presupuesto?.pagos ?? null, formato: "#,##0" },
    { encabezado: "Participación", valor: (f) => f.participacion, formato: "0.0%" },
    { encabezado: "% ejecución presupuestal", valor: (f) => f.presupuesto?.pct ?? null, formato: "0.0%" },
    { encabezado: "Clasificación", valor: (f) => clasificacion(f.presupuesto?.pct ?? null) },
  ];
}

function columnasGrupo(etiqueta: string): ColumnaTabla<FilaTabla>[] {
  return [
    { encabezado: etiqueta, valor: (f) => f.nombre },
    ...columnasCifras(),
    { encabezado: "% ejecución física", valor: (f) => f.grupo?.pctVigencia ?? null, formato: "0.0%", semaforo: "porcentaje" },
    { encabezado: "Alerta", valor: (f) => alerta(f.presupuesto?.pct ?? null) },
  ];
}

function columnasHoja(etiqueta: string, conCodigo: boolean): ColumnaTabla<FilaTabla>[] {
  return [
    ...(conCodigo ? [{ encabezado: "Código", valor: (f: FilaTabla) => f.codigo }] : []),
    { encabezado: etiqueta, valor: (f) => f.nombre, vinculo: (f) => f.destino ?? null },
    ...columnasCifras(),
    { encabezado: "Grupo de la matriz", valor: (f) => f.union ?? null },
    { encabezado: "% ejecución física", valor: (f) => f.grupo?.pctVigencia ?? null, formato: "0.0%", semaforo: "porcentaje" },
    { encabezado: "Alerta", valor: (f) => alerta(f.presupuesto?.pct ?? null) },
  ];
}

/** Table names kept from before budget sheets existed (Seg_Presupuesto_Dependencias, _Sectores). */
function nombreTabla(nivel: string): string {
  if (nivel === "dependencia") return "Seg_Presupuesto_Dependencias";
  if (nivel === "sector") return "Seg_Presupuesto_Sectores";
  return `Seg_Presupuesto_${normalizar(nivel).replace(/[^A-Z0-9]+/g, "_")}`;
}

function totalDe(c: Consolidacion, total: PresupuestoCalculado | null): FilaTabla | undefined {
  return total === null ? undefined : { codigo: null, nombre: TOTAL_PLAN, presupuesto: total, participacion: null, grupo: c.plan };
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
    const t = escribir(h, c, fila, nombreTabla(n.nivel), columnasGrupo(mayusculaInicial(n.nivel)), filasNivel(n), totalDe(c, n.total));
    if (i === 0) h.congelar(FILA_ENCABEZADO + 1, 1);
    fila = t.filaFin + 3;
  });
  p.hojas.forEach((x, i) => {
    fila = seccion(h, fila, `Hoja «${x.hoja}»: filas por ${x.por}`);
    if (x.filas.length === 0) {
      // a sheet of another year: said, not shown as an empty table
      h.bloque(fila, 0, [[`Sin cifras de la vigencia ${c.parametros.vigencia} en esta hoja.`]], { medirAncho: false });
      fila += 3;
      return;
    }
    const t = escribir(
      h,
      c,
      fila,
      `Seg_Presupuesto_Hoja${i + 1}`,
      columnasHoja(
        mayusculaInicial(x.por),
        x.filas.some((f) => f.fila.codigo !== null),
      ),
      filasHoja(c, x),
      totalDe(c, x.total),
    );
    fila = listas(h, t.filaFin + 2, x);
  });
  graficos(h, p.niveles);
  return h.construir();
}

function seccion(h: HojaEnConstruccion, fila: number, titulo: string): number {
  h.bloque(fila, 0, [[titulo]], { medirAncho: false });
  h.estilo({ rango: direccion(fila, 0), negrita: true, tamano: 13 });
  return fila + 1;
}

function filasNivel(n: PresupuestoNivel): FilaTabla[] {
  return n.grupos.map((g) => ({ codigo: g.grupo.codigo, nombre: g.grupo.nombre, presupuesto: g.presupuesto, participacion: g.participacion, grupo: g.grupo }));
}

function filasHoja(c: Consolidacion, x: PresupuestoDeHoja): FilaTabla[] {
  return x.filas.map((f: FilaPresupuestoCalculada) => ({
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

/** The level the charts show: the one a budget sheet joined, else sectors, else dependencies. */
function graficos(h: HojaEnConstruccion, niveles: readonly PresupuestoNivel[]): void {
  const n = niveles.find((x) => x.hoja !== null) ?? niveles.find((x) => x.nivel === "sector") ?? niveles[0];
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

function escribir(
  h: HojaEnConstruccion,
  c: Consolidacion,
  fila: number,
  nombreTabla: string,
  columnas: readonly ColumnaTabla<FilaTabla>[],
  filas: readonly FilaTabla[],
  total: FilaTabla | undefined,
): TablaEscrita {
  const t = escribirTabla(h, { fila, columna: 0, nombre: nombreTabla, columnas, filas, semaforo: c.parametros.semaforo, ...(total ? { totales: total } : {}) });
  if (filas.length > 0) {
    const rango = t.rangoDe("Clasificación").rango;
    h.condicional({ tipo: "texto", rango, igualA: ALTA, relleno: "#C6EFCE", colorFuente: "#006100" });
    h.condicional({ tipo: "texto", rango, igualA: BAJA, relleno: "#FFC7CE", colorFuente: "#9C0006" });
    h.condicional({ tipo: "texto", rango: t.rangoDe("Alerta").rango, igualA: SOBRE_EJECUCION, relleno: "#FFC7CE", colorFuente: "#9C0006" });
  }
  return t;
}
