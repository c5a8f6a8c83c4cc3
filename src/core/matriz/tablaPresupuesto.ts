/**
 * A separate budget sheet (SPEC §5.9, issue 13): rows of sectors, dependencies, programas or
 * projects with presupuestado and compromisos / pagos, and neither a meta nor a physical
 * programado. It is a budget table, not a matrix missing its meta column: no E-COLUMNA-FALTANTE,
 * and its rows are read for the Presupuesto sheet.
 */
import type { Cultura, Hoja } from "../grid/libro";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { normalizar } from "../texto/normalizar";
import type { Cabecera } from "./cabecera";
import { separarCodigo } from "./codigoNombre";
import type { IndiceCombinadas } from "./combinadas";
import { columnaReconocida, resolverColumnas } from "./columnas";
import { columnasDePresupuesto, principal } from "./columnasPresupuesto";
import { clasificarFila, contextoFilas } from "./filas";
import { celda, contextoLectura, texto } from "./lecturaCelda";
import { presupuestoDeFila } from "./metaFila";
import { planificarLectura } from "./planLectura";
import { nivelEn } from "./sinonimos";
import type { CorreccionHoja, FilaPresupuesto, HojaReconocida } from "./tipos";

/** What a group row's name is, until the join finds the level it names. */
const POR_GRUPO = "grupo";

export interface LecturaPresupuesto {
  readonly hoja: HojaReconocida;
  readonly hallazgos: Hallazgo[];
}

/** A group row's name, and its level when its first word names one ("SECTOR SALUD" is the sector Salud). */
function deGrupo(texto: string): { readonly por: string; readonly nombre: string } {
  const nombre = separarCodigo(texto).nombre || texto.trim();
  const m = /^(\S+)\s+(.+)$/.exec(nombre);
  const nivel = m?.[1] ? nivelEn(normalizar(m[1])) : null;
  return nivel && m?.[2] ? { por: nivel, nombre: m[2] } : { por: POR_GRUPO, nombre };
}

/**
 * The sheet read as a budget table, or null when it is not one (then it is a matrix missing a field, or no table).
 * @example leerTablaPresupuesto(hoja, idx, cab, cultura, 2024)?.hoja.presupuesto?.por // "sector"
 */
export function leerTablaPresupuesto(
  hoja: Hoja,
  idx: IndiceCombinadas,
  cab: Cabecera,
  cultura: Cultura,
  vigenciaHoja: number | null,
  corr?: CorreccionHoja,
): LecturaPresupuesto | null {
  if (!cab.columnas.some((c) => c.candidatos.some((k) => k.campo === "presupuestoProgramado"))) return null;
  const cols = resolverColumnas(hoja, cab, null, cultura, corr);
  const leidas = columnasDePresupuesto(hoja, cab, cultura, cols, vigenciaHoja);
  if (!leidas) return null;
  const { usadas, etiquetas } = leidas;
  const fila0 = principal(hoja, cab, cultura, etiquetas);
  const otras = etiquetas.filter((e) => e !== fila0);
  const plan = planificarLectura({ ...cols, usadas, secundarias: [] });
  const hallazgos: Hallazgo[] = [...cols.hallazgos];
  const ctx = contextoLectura(hoja, idx, plan, cultura, { usadas, hasta: cols.hasta }, cab.fila, hallazgos);

  // the label column is the table's name column, as the meta's is a matrix's: a lone name in it heads a group
  const filasCtx = contextoFilas(hoja, idx, { ...cols, usadas: usadas.filter((c) => c !== fila0.columna) }, cab, fila0.columna.columna);
  const codigo = usadas.find((c) => c.campo === "codigo")?.columna ?? null;
  const filas: FilaPresupuesto[] = [];
  // a row holding only a name ("SECTOR SALUD") heads the rows below it, like a matrix's group rows (SPEC §3.3)
  let grupo: { readonly por: string; readonly nombre: string } | null = null;
  for (let f = cab.fila + 1; f < hoja.valores.length; f++) {
    const clase = clasificarFila(filasCtx, f);
    if (clase.clase === "grupo") grupo = deGrupo(clase.texto);
    if (clase.clase !== "meta") continue;
    const etiqueta = texto(ctx, f, fila0.columna.columna);
    if (etiqueta === null) continue;
    const presupuesto = presupuestoDeFila(ctx, f);
    if (!presupuesto.some((p) => p.programado?.valor != null || p.ejecutado?.valor != null || p.pagos?.valor != null)) continue;
    const partes = separarCodigo(etiqueta);
    filas.push({
      fila: f + 1,
      celda: celda(ctx, f, fila0.columna.columna),
      codigo: texto(ctx, f, codigo) ?? partes.codigo,
      nombre: partes.nombre || etiqueta,
      otras: [
        ...otras.flatMap((e) => {
          const t = texto(ctx, f, e.columna.columna);
          return t === null ? [] : [{ por: e.por, nombre: separarCodigo(t).nombre || t }];
        }),
        ...(grupo ? [grupo] : []),
      ],
      presupuesto,
    });
  }
  const enUso = new Set(usadas.map((c) => c.columna));
  return {
    hoja: {
      hoja: hoja.nombre,
      archivo: hoja.archivo ?? null,
      reconocida: false,
      filaEncabezado: cab.fila + 1,
      columnas: usadas.map(columnaReconocida),
      noReconocidas: cab.columnas
        .filter((c) => !enUso.has(c.columna))
        .map((c) => ({ letra: c.letra, encabezado: c.encabezado, motivo: "no es una cifra de la tabla de presupuesto" })),
      fuenteDependencia: "ninguna",
      vigenciaTitulo: null,
      corteTitulo: null,
      metas: 0,
      duplicadaDe: null,
      presupuesto: { por: fila0.por, filas },
    },
    hallazgos,
  };
}

/**
 * How the sources list a budget sheet (Resumen, pane, terminal).
 * @example describirTablaPresupuesto({ por: "sector", filas: [a, b, c] }) // "hoja de presupuesto: 3 filas por sector"
 */
export function describirTablaPresupuesto(t: { readonly por: string; readonly filas: readonly unknown[] }): string {
  return `hoja de presupuesto: ${t.filas.length} ${t.filas.length === 1 ? "fila" : "filas"} por ${t.por}`;
}
