/** One sheet: header, title rows, columns, then its rows as metas (SPEC §3). */
import type { Cultura, Hoja } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { buscarCabecera, type Cabecera } from "./cabecera";
import { textoCelda } from "./codigoNombre";
import { esCubierta, indexarCombinadas, type IndiceCombinadas } from "./combinadas";
import { columnaReconocida, resolverColumnas } from "./columnas";
import { dependenciaDeHoja, SIN_DEPENDENCIA, type RegistroDependencias } from "./dependencia";
import { clasificarFila, contextoFilas } from "./filas";
import { IdentidadesVistas, tieneCampoNumerico, tieneIdentidad } from "./identidadMeta";
import { contextoLectura, texto, type ContextoMeta } from "./lecturaCelda";
import { dudasDeColumnas } from "./dudas";
import { leerMetasLargas, type FilaMeta } from "./formatoLargo";
import { RutaDeClases } from "./nivelesEnFilas";
import { perfilar, type PerfilColumna } from "./perfilColumna";
import { decidirLecturaTrimestral } from "./lecturaTrimestral";
import { leerMeta } from "./metaFila";
import { planificarLectura } from "./planLectura";
import { leerTablaPresupuesto } from "./tablaPresupuesto";
import { leerTitulos, type Titulos } from "./titulos";
import type { CorreccionHoja, FuenteDependencia, HojaReconocida, MetaLeida } from "./tipos";
import { direccion } from "../grid/direccion";

export interface HojaLeida {
  readonly hoja: HojaReconocida;
  readonly metas: MetaLeida[];
  readonly hallazgos: Hallazgo[];
}

export function hojaSinMatriz(hoja: Hoja): HojaReconocida {
  return {
    hoja: hoja.nombre,
    archivo: hoja.archivo ?? null,
    reconocida: false,
    filaEncabezado: null,
    columnas: [],
    noReconocidas: [],
    fuenteDependencia: "ninguna",
    vigenciaTitulo: null,
    corteTitulo: null,
    metas: 0,
    duplicadaDe: null,
  };
}

function textosTitulo(hoja: Hoja, idx: IndiceCombinadas, hasta: number): string[] {
  const out: string[] = [];
  for (let f = 0; f < hasta; f++) {
    const fila = hoja.valores[f] ?? [];
    for (let c = 0; c < fila.length; c++) {
      const t = textoCelda(fila[c]).trim();
      if (t !== "" && !esCubierta(idx, f, c)) out.push(t);
    }
  }
  return out;
}

/**
 * The vigencia a sheet is specific to (SPEC §3.5): one year in its name ("METAS 2025", not
 * "PDT 2024-2027"), else its title rows. Headers without a year take this one, never a neighbour's.
 */
function vigenciaDeHoja(titulos: Titulos, nombreHoja: string): number | null {
  const sinRangos = nombreHoja.replace(/(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d/g, " ");
  const anios = [...sinRangos.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (anios.length === 1 && anios[0] !== undefined) return anios[0];
  if (anios.length === 0 && /(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d/.test(nombreHoja)) return null;
  return titulos.vigencia;
}

function faltante(hoja: Hoja, cab: Cabecera, texto: string): Hallazgo {
  return crearHallazgo("E-COLUMNA-FALTANTE", hoja.nombre, direccion(cab.fila, cab.columnas[0]?.columna ?? 0), null, { faltante: texto });
}

export function leerHoja(hoja: Hoja, cultura: Cultura, deps: RegistroDependencias, corr?: CorreccionHoja): HojaLeida {
  const idx = indexarCombinadas(hoja);
  const cab = buscarCabecera(hoja, idx, corr?.filaEncabezado !== undefined ? corr.filaEncabezado - 1 : undefined, corr);
  if (!cab || !cab.esMatriz) {
    const presupuesto = cab
      ? leerTablaPresupuesto(hoja, idx, cab, cultura, vigenciaDeHoja(leerTitulos(textosTitulo(hoja, idx, cab.fila)), hoja.nombre), corr)
      : null;
    if (presupuesto) return { hoja: presupuesto.hoja, metas: [], hallazgos: presupuesto.hallazgos };
    const hallazgos: Hallazgo[] = [];
    const tieneMeta = cab?.columnas.some((c) => c.clas?.campo === "meta") ?? false;
    const tienePE = cab?.columnas.some((c) => c.clas?.campo === "programado" || c.clas?.campo === "ejecutado") ?? false;
    // a header with several fields and one of the two essentials is a matrix missing the other
    if (cab && cab.campos >= 4 && (tieneMeta || tienePE)) {
      hallazgos.push(faltante(hoja, cab, tieneMeta ? "columnas de programado ni de ejecutado" : "la columna del nombre de la meta"));
    }
    return { hoja: hojaSinMatriz(hoja), metas: [], hallazgos };
  }
  const titulos = leerTitulos(textosTitulo(hoja, idx, cab.filaSuperior ?? cab.fila));
  const vigenciaHoja = vigenciaDeHoja(titulos, hoja.nombre);
  const cols = resolverColumnas(hoja, cab, vigenciaHoja, cultura, corr);
  const plan = planificarLectura(cols);
  const hallazgos: Hallazgo[] = [...cols.hallazgos];
  if (plan.meta === null && plan.indicador === null) hallazgos.push(faltante(hoja, cab, "la columna del nombre de la meta"));
  const filasCtx = contextoFilas(hoja, idx, cols, cab, plan.meta ?? plan.indicador);
  const deHoja = dependenciaDeHoja(hoja.nombre);
  let grupo: { texto: string; celda: string } | null = null;
  let usoGrupo = false;
  // below a total row, notes and signatures ("Elaboró: …") follow: only rows with a number are metas
  let trasTotal = false;
  const base: ContextoMeta = {
    ...contextoLectura(hoja, idx, plan, cultura, cols, cab.fila, hallazgos),
    reportadoEnPuntos: new Set(plan.reportados.filter((c) => enPuntos(perfilar(hoja, c.columna, cab.fila + 1, cultura))).map((c) => c.columna)),
  };

  const candidatas: FilaMeta[] = [];
  /** Indexes into candidatas of the rows without a meta name (conNombre). */
  const sinNombre: number[] = [];
  const ruta = plan.clase !== null ? new RutaDeClases(base, plan.clase) : null;
  for (let f = cab.fila + 1; f < hoja.valores.length; f++) {
    const clase = clasificarFila(filasCtx, f);
    if (clase.clase === "grupo") grupo = { texto: clase.texto, celda: direccion(f, cols.desde) };
    if (clase.clase === "total") trasTotal = true;
    if (clase.clase !== "meta" || ruta?.esNivel(f)) continue;
    const conNombreMeta = plan.meta !== null && texto(base, f, plan.meta) !== null;
    if ((!conNombreMeta && !tieneIdentidad(base, f)) || !tieneCampoNumerico(base, f, trasTotal)) continue;
    if (!conNombreMeta) sinNombre.push(candidatas.length);
    let dependencia: string;
    const enColumna = plan.dependencia !== null ? depEnColumna(base, f, plan.dependencia) : null;
    if (enColumna) dependencia = deps.nombre(enColumna.texto, hoja, () => direccion(enColumna.fila, enColumna.columna));
    else if (grupo) {
      usoGrupo = true;
      const celdaGrupo = grupo.celda;
      dependencia = deps.nombre(grupo.texto, hoja, () => celdaGrupo);
    } else if (titulos.dependencia) dependencia = deps.nombre(titulos.dependencia, hoja, () => null);
    else if (deHoja) dependencia = deps.nombre(deHoja, hoja, () => null);
    else dependencia = SIN_DEPENDENCIA;
    candidatas.push(ruta ? { fila: f, dependencia, niveles: ruta.actual() } : { fila: f, dependencia });
  }
  const dudas: string[] = [];
  const filas = conNombre(base, candidatas, sinNombre, dudas);
  const trimestral = decidirLecturaTrimestral(
    hoja,
    plan,
    filas.map((f) => f.fila),
    cultura,
    cols.usadas.filter((c) => c.campo === "ejecutado" && c.trimestre !== null).map((c) => c.encabezado),
    corr?.lecturaTrimestral,
  );
  const ctx: ContextoMeta = { ...base, trimestresALaFecha: trimestral?.lectura === "acumuladoAnio" };
  let metas: MetaLeida[];
  if (plan.vigenciaFila !== null) metas = leerMetasLargas(ctx, filas);
  else {
    metas = [];
    const vistas = new IdentidadesVistas();
    for (const filaMeta of filas) {
      const { fila: f, dependencia } = filaMeta;
      const meta = leerMeta(ctx, f, dependencia, filaMeta.niveles);
      const otra = vistas.filaAnterior(ctx, f, meta);
      if (otra !== undefined) {
        hallazgos.push(
          crearHallazgo("E-META-DUPLICADA", hoja.nombre, meta.celdaNombre, meta.codigo ?? meta.nombre, {
            clave: meta.codigo ?? meta.nombre,
            dependencia,
            otraFila: otra,
          }),
        );
      }
      metas.push(meta);
    }
  }
  dudas.push(...dudasDeColumnas(cols.usadas, plan, metas.length));
  for (const motivo of dudas) hallazgos.push(crearHallazgo("A-RECONOCIMIENTO-DUDOSO", hoja.nombre, direccion(cab.fila, cols.desde), null, { motivo }));
  const fuente: FuenteDependencia =
    plan.dependencia !== null ? "columna" : usoGrupo ? "filasGrupo" : titulos.dependencia ? "etiqueta" : deHoja ? "nombreHoja" : "ninguna";
  const reconocida: HojaReconocida = {
    hoja: hoja.nombre,
    archivo: hoja.archivo ?? null,
    reconocida: true,
    filaEncabezado: cab.fila + 1,
    columnas: cols.usadas.map(columnaReconocida),
    noReconocidas: cols.noReconocidas,
    fuenteDependencia: fuente,
    vigenciaTitulo: titulos.vigencia,
    corteTitulo: titulos.corte,
    vigenciaHoja,
    metas: metas.length,
    duplicadaDe: null,
    ...(cols.bloqueParalelo ? { bloqueParalelo: cols.bloqueParalelo } : {}),
    ...(trimestral ? { lecturaTrimestral: trimestral } : {}),
    dudas,
  };
  return { hoja: reconocida, metas, hallazgos: [...hallazgos] };
}

/**
 * A reported % column holds whole points when its numbers are mostly above 1.5 (49, 75, 100):
 * decided per column from its values (SPEC §4), so a lone 15 among fractions stays 1 500 %.
 */
function enPuntos(p: PerfilColumna): boolean {
  return p.numeros >= 0.5 && p.numeros > p.ceros && p.fracciones < 0.3;
}

/**
 * Rows with values but no meta name, in a sheet whose name column is filled almost everywhere,
 * are incomplete rows, not metas: set aside and said (SPEC §3.6), never silently consolidated.
 */
function conNombre(ctx: ContextoMeta, filas: readonly FilaMeta[], sinNombre: readonly number[], dudas: string[]): readonly FilaMeta[] {
  const col = ctx.plan.meta;
  if (col === null || sinNombre.length === 0 || filas.length - sinNombre.length < 4 * sinNombre.length) return filas;
  const sin = sinNombre.map((i) => filas[i]?.fila ?? 0);
  const lista = sin
    .slice(0, 8)
    .map((f) => f + 1)
    .join(", ");
  dudas.push(
    `${sin.length} ${sin.length === 1 ? "fila tiene" : "filas tienen"} valores sin nombre de meta en la columna ${ctx.letras[col] ?? ""} (${sin.length > 8 ? `${lista}…` : lista}) y no se consolida${sin.length === 1 ? "" : "n"}`,
  );
  const fuera = new Set(sinNombre);
  return filas.filter((_, i) => !fuera.has(i));
}

/** The dependency written on the row (or the merged area over it) and the row it is written on. */
function depEnColumna(ctx: ContextoMeta, fila: number, col: number): { texto: string; fila: number; columna: number } | null {
  const a = ctx.idx.area(fila, col);
  const f = a && a.columna === col ? a.fila : fila;
  const t = a && a.columna !== col ? "" : textoCelda(ctx.hoja.valores[f]?.[col] ?? null).trim();
  return t === "" ? null : { texto: t, fila: f, columna: col };
}
