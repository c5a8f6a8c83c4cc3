/**
 * "Resumen" (SPEC §6): doubtful recognition first when there is any (SPEC §3.6), then plan totals
 * with semáforo, esperado vs real, metas per semáforo level, the plan's composition (metas per top
 * level), the parameters used, the sources read and the run. The run date and duration are the only values that change between two runs on the
 * same input, one cell each.
 */
import { muestraCuatrienio, segunModoPlan } from "../calculo/modoPlan";
import type { Consolidacion, NivelSemaforo } from "../calculo/tipos";
import { direccion, rango } from "../grid/direccion";
import type { ContextoPlan } from "./contexto";
import type { HojaPlan } from "./plan";
import { COLOR_ESPERADO, COLOR_REAL, FILAS_POR_GRAFICO, graficoCantidad, graficoPorcentaje } from "./_lib/graficos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { fechaEjecucion } from "./_lib/fechaEjecucion";
import { escribirSeccion } from "./_lib/seccion";
import { colorFuentePara, colorNivel, condicionalesPorcentaje, condicionalesTexto } from "./_lib/semaforo";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { mayusculaInicial, serialExcel, textoEsperado, textoPonderacion, textoTope } from "./_lib/textos";
import { graficoDeGrupos } from "./graficosGrupos";
import { bloqueDudas, bloqueFuentes, bloqueSemaforo } from "./resumenBloques";

export const ETIQUETAS_RESUMEN = {
  pctVigencia: "% ejecución de la vigencia",
  pctCuatrienio: "% avance del cuatrienio",
  esperado: "Avance esperado a la fecha",
  cumplimiento: "Cumplimiento a la fecha",
  semaforo: "Semáforo",
  fecha: "Fecha de ejecución",
  zona: "Zona horaria de la fecha",
  duracion: "Duración (segundos)",
} as const;
const R = ETIQUETAS_RESUMEN;
/** Column D: beside the label | value sections (A:C), above the sources table. */
const COLUMNA_GRAFICOS = 3;

export function hojaResumen(c: Consolidacion, ctx: ContextoPlan, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("resumen", nombre);
  const p = c.parametros;
  const k = c.plan.conteos;
  h.titulo(0, "Informe de seguimiento al plan de desarrollo");
  subtitulo(h, 1, c);
  // Every section and chart below starts at `inicio`: nothing of the plan shows above the doubts.
  const inicio = bloqueDudas(h, 3, c);
  const totales = escribirSeccion(
    h,
    inicio,
    "Totales del plan",
    segunModoPlan(p, [
      { etiqueta: "Metas", valor: k.metas, formato: "#,##0" },
      { etiqueta: "Programadas en la vigencia", valor: k.programadas, formato: "#,##0" },
      { etiqueta: "Con reporte", valor: k.conReporte, formato: "#,##0" },
      { etiqueta: "Sin reporte", valor: k.sinReporte, formato: "#,##0" },
      { etiqueta: "No programadas", valor: k.noProgramadas, formato: "#,##0" },
      { etiqueta: "Ejecución sin programación", valor: k.ejecucionSinProgramacion, formato: "#,##0" },
      { etiqueta: "Sobreejecutadas (más de 100 %)", valor: k.sobreejecutadas, formato: "#,##0" },
      { etiqueta: "Bajo 50 %", valor: k.bajo50, formato: "#,##0" },
      { etiqueta: R.pctVigencia, valor: c.plan.pctVigencia, formato: "0.0%" },
      { etiqueta: R.pctCuatrienio, valor: c.plan.pctCuatrienio, formato: "0.0%", cuatrienio: true },
      { etiqueta: R.esperado, valor: c.plan.esperado, formato: "0.0%", cuatrienio: true },
      { etiqueta: R.cumplimiento, valor: c.plan.cumplimiento, formato: "0.0%", cuatrienio: true },
      { etiqueta: R.semaforo, valor: c.plan.semaforo },
      { etiqueta: "Estado", valor: c.plan.estadoTexto },
    ]),
  );
  // Excel compares a blank as 0: no % rule on an empty total (it would show a red 0 %).
  if (c.plan.pctVigencia !== null) condicionalesPorcentaje(direccion(totales.filaDe(R.pctVigencia), 1), p.semaforo).forEach((x) => h.condicional(x));
  condicionalesTexto(direccion(totales.filaDe(R.semaforo), 1), p.semaforo).forEach((x) => h.condicional(x));

  // a one-year plan has no cuatrienio to set against its esperado (modoPlan.ts)
  const filaSemaforo = muestraCuatrienio(p) ? esperadoFrenteAReal(h, c, totales.siguiente, inicio) : totales.siguiente;
  const sem = bloqueSemaforo(h, filaSemaforo, c);
  h.grafico(
    graficoCantidad(
      {
        id: "resumen-metas-semaforo",
        tipo: "columnas",
        titulo: `Metas por nivel de semáforo (vigencia ${p.vigencia})`,
        categorias: sem.categorias,
        tituloCategorias: "Nivel de semáforo",
        ancla: direccion(inicio, COLUMNA_GRAFICOS),
        series: [{ nombre: "Metas", valores: sem.valores, color: COLOR_REAL, coloresPuntos: sem.niveles.map((n) => colorNivel(n, p.semaforo)) }],
      },
      "Metas",
    ),
  );

  const parametros = escribirSeccion(
    h,
    sem.siguiente,
    "Parámetros utilizados",
    segunModoPlan(p, [
      { etiqueta: "Vigencia", valor: p.vigencia, formato: "0" },
      { etiqueta: "Por qué esta vigencia", valor: p.motivoVigencia },
      { etiqueta: "Corte", valor: serialExcel(p.corte.fecha), formato: "yyyy-mm-dd" },
      { etiqueta: "Trimestre de corte", valor: p.corte.trimestre === null ? null : `T${p.corte.trimestre}` },
      { etiqueta: "Cuatrienio", valor: `${p.cuatrienio[0] ?? ""}–${p.cuatrienio[p.cuatrienio.length - 1] ?? ""}`, cuatrienio: true },
      { etiqueta: "Tope", valor: textoTope(p.tope) },
      { etiqueta: "Avance esperado", valor: textoEsperado(p.esperado), cuatrienio: true },
      { etiqueta: "Ponderación", valor: textoPonderacion(p.ponderacion) },
      { etiqueta: "Preset del semáforo", valor: p.semaforo.preset },
      { etiqueta: "Redondeo del semáforo (decimales)", valor: p.semaforo.decimales, formato: "0" },
    ]),
  );
  let fila = parametros.siguiente;
  const bandas = [...p.semaforo.niveles].reverse();
  const columnasBandas: ColumnaTabla<NivelSemaforo>[] = [
    { encabezado: "Nivel del semáforo", valor: (n) => n.nombre },
    { encabezado: "Desde", valor: (n) => n.desde / 100, formato: "0.0%" },
    { encabezado: "Color", valor: (n) => n.color },
  ];
  escribirTabla(h, { fila, columna: 0, nombre: "Seg_Semaforo", semaforo: p.semaforo, filas: bandas, columnas: columnasBandas });
  // The whole band row in its colour, the hex on it readable: the colour is seen, not read off a narrow cell.
  bandas.forEach((n, i) =>
    h.estilo({ rango: rango(fila + 1 + i, 0, fila + 1 + i, columnasBandas.length - 1), relleno: n.color, colorFuente: colorFuentePara(n.color) }),
  );
  fila += bandas.length + 2;
  if (p.pesosAnio !== null && p.pesosAnio.length > 0) {
    const pesos = p.pesosAnio;
    escribirTabla(h, {
      fila,
      columna: 0,
      nombre: "Seg_Pesos_Anio",
      semaforo: p.semaforo,
      filas: p.cuatrienio.slice(0, pesos.length).map((anio, i) => ({ anio, peso: pesos[i] ?? null })),
      columnas: [
        { encabezado: "Año", valor: (x) => x.anio, formato: "0" },
        { encabezado: "Peso del año", valor: (x) => x.peso, formato: "0.0%" },
      ],
    });
    fila += pesos.length + 2;
  }
  h.ancho(0, 36);
  // Below the two charts of column D: its data in A:B like theirs, the chart in D.
  fila = graficoComposicion(h, c, Math.max(fila, inicio + 2 * FILAS_POR_GRAFICO));
  fila = bloqueFuentes(h, fila, c);
  const fecha = fechaEjecucion(ctx.fechaEjecucion);
  escribirSeccion(h, fila, "Ejecución", [
    { etiqueta: R.fecha, valor: fecha.serial, formato: "yyyy-mm-dd hh:mm" },
    { etiqueta: R.zona, valor: fecha.zona },
    { etiqueta: R.duracion, valor: ctx.duracionMs === null ? null : ctx.duracionMs / 1000, formato: "0.00" },
    { etiqueta: "Hallazgos", valor: c.hallazgos.length, formato: "#,##0" },
  ]);
  h.congelar(3, 0);
  return h.construir();
}

/**
 * The plan's composition: metas per node of its top level (per dependency when the matrix has no
 * levels), largest first. Returns the first free row.
 */
function graficoComposicion(h: HojaEnConstruccion, c: Consolidacion, fila: number): number {
  const [superior] = c.niveles;
  const nivel = superior ?? "dependencia";
  const etiqueta = mayusculaInicial(nivel);
  return graficoDeGrupos(h, fila, 0, {
    id: "resumen-composicion",
    titulo: `Composición del plan: metas por ${nivel}`,
    tituloCategorias: etiqueta,
    filas: c.grupos.filter((g) => g.nivel === nivel),
    nombre: (g) => g,
    orden: (g) => g.conteos.metas,
    medida: { tipo: "cantidad", titulo: "Metas" },
    series: [{ nombre: "Metas", valor: (g) => g.conteos.metas, color: COLOR_REAL }],
  });
}

/** The plan's esperado and real cuatrienio in two rows of A:B, with their chart in column D; returns the row for the next block. */
function esperadoFrenteAReal(h: HojaEnConstruccion, c: Consolidacion, filaEsperado: number, inicio: number): number {
  const nombre = h.nombre;
  h.bloque(filaEsperado, 0, [
    ["Esperado frente a real", "Avance"],
    ["Esperado a la fecha", c.plan.esperado],
    ["Real (cuatrienio)", c.plan.pctCuatrienio],
  ]);
  h.encabezado(`A${filaEsperado + 1}:B${filaEsperado + 1}`);
  h.formato(`B${filaEsperado + 2}:B${filaEsperado + 3}`, "0.0%");
  h.grafico(
    graficoPorcentaje(
      {
        id: "resumen-esperado-real",
        tipo: "columnas",
        titulo: "Avance del cuatrienio: esperado frente a real",
        categorias: { hoja: nombre, rango: `A${filaEsperado + 2}:A${filaEsperado + 3}` },
        tituloCategorias: null,
        series: [
          {
            nombre: "Avance",
            valores: { hoja: nombre, rango: `B${filaEsperado + 2}:B${filaEsperado + 3}` },
            color: COLOR_REAL,
            coloresPuntos: [COLOR_ESPERADO, COLOR_REAL],
          },
        ],
        ancla: direccion(inicio + FILAS_POR_GRAFICO, COLUMNA_GRAFICOS),
      },
      c.parametros.tope,
      "% de avance",
    ),
  );
  return filaEsperado + 5;
}
