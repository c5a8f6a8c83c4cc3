/**
 * From a consolidated master to one template per dependency (issue 14): its rows in the master's
 * layout (hojaPlantilla), the validations and locked columns, the instructions and the hidden
 * record that maps it back (registro, conPlantillas). Every sheet pins the master's recognition
 * as corrections: with fewer rows a column's cells could argue for another field, and the
 * template must read exactly as the master did.
 */
import type { Consolidacion } from "../calculo/tipos";
import type { Hoja, Libro } from "../grid/libro";
import { anioDeCelda } from "../matriz/formatoLargo";
import type { CorreccionHoja, HojaReconocida, MetaLeida } from "../matriz/tipos";
import { construirHojaPlantilla } from "./hojaPlantilla";
import { HOJA_INSTRUCCIONES, lineasInstrucciones } from "./instrucciones";
import { nombresArchivoPlantilla } from "./nombreArchivo";
import { HOJA_REGISTRO, registroAFilas } from "./registro";
import type { FilaRegistro, HojaPlantilla, PlanPlantilla, ResultadoPlantillas } from "./tipos";

/** The master's reading of a sheet as corrections: every column's field, the header row, the quarterly reading. */
export function correccionFija(h: HojaReconocida): CorreccionHoja {
  const columnas: Record<string, NonNullable<CorreccionHoja["columnas"]>[string]> = {};
  for (const n of h.noReconocidas) columnas[n.letra] = { campo: null };
  for (const c of h.columnas) columnas[c.letra] = { campo: c.campo, anio: c.anio, trimestre: c.trimestre, variante: c.variante, nivel: c.nivel };
  return {
    hoja: h.hoja,
    ...(h.filaEncabezado !== null ? { filaEncabezado: h.filaEncabezado } : {}),
    columnas,
    ...(h.lecturaTrimestral ? { lecturaTrimestral: h.lecturaTrimestral.lectura } : {}),
  };
}

const claveHoja = (archivo: string | null, hoja: string): string => `${archivo ?? ""}|${hoja}`;

/** 1-based rows of a meta: one, or in a long layout one per year or quarter. */
const filasDe = (m: MetaLeida): readonly number[] => m.filasLargas ?? [m.fila];

interface HojaMaestra {
  readonly hoja: Hoja;
  readonly reconocida: HojaReconocida;
  /** 0-based rows of every meta of the sheet. */
  readonly filas: ReadonlySet<number>;
  /** 0-based column of the year of each row in a long layout (SPEC §3.2); null in the wide layout. */
  readonly columnaVigencia: number | null;
}

function hojasMaestras(c: Consolidacion, libro: Libro, avisos: string[]): Map<string, HojaMaestra> {
  const filas = new Map<string, Set<number>>();
  for (const { meta } of c.metas) {
    const k = claveHoja(meta.archivo, meta.hoja);
    const deHoja = filas.get(k) ?? new Set<number>();
    for (const f of filasDe(meta)) deHoja.add(f - 1);
    filas.set(k, deHoja);
  }
  const out = new Map<string, HojaMaestra>();
  for (const reconocida of c.hojas) {
    const k = claveHoja(reconocida.archivo, reconocida.hoja);
    const deHoja = filas.get(k);
    const hoja = libro.hojas.find((h) => h.nombre === reconocida.hoja && (reconocida.archivo === null || h.archivo === reconocida.archivo));
    if (!deHoja || !hoja) continue;
    const columnaVigencia = reconocida.columnas.find((col) => col.campo === "vigencia")?.columna ?? null;
    // quarter rows without a year column cannot tell which rows the vigencia's are
    if (columnaVigencia === null && reconocida.columnas.some((col) => col.campo === "periodo")) {
      avisos.push(`La hoja «${reconocida.hoja}» tiene una fila por meta y por trimestre sin columna de año: las plantillas no la incluyen.`);
      continue;
    }
    out.set(k, { hoja, reconocida, filas: deHoja, columnaVigencia });
  }
  return out;
}

interface Opciones {
  /** The master's file name, for the record and the instructions. */
  readonly archivoMaestro: string;
}

/**
 * One template plan per dependency of the consolidation, in the order of its dependency groups.
 * @example planificarPlantillas(consolidar(libro), libro, { archivoMaestro: "plan.xlsx" }).plantillas[0].archivo // "plantilla-secretaria-de-salud.xlsx"
 */
export function planificarPlantillas(c: Consolidacion, libro: Libro, opciones: Opciones): ResultadoPlantillas {
  const avisos: string[] = [];
  const maestras = hojasMaestras(c, libro, avisos);
  const porId = new Map<string, MetaLeida>(c.metas.map((m) => [m.meta.id, m.meta]));
  const vigencia = c.parametros.vigencia;
  const modoPlan = c.parametros.planAnual ? ("anual" as const) : ("cuatrienio" as const);
  const dependencias = c.grupos.filter((g) => g.nivel === "dependencia");
  const archivos = nombresArchivoPlantilla(dependencias.map((d) => d.nombre));
  const plantillas = dependencias.flatMap((dep, i): PlanPlantilla[] => {
    const porHoja = new Map<string, MetaLeida[]>();
    for (const id of dep.metas) {
      const m = porId.get(id);
      if (!m) continue;
      const k = claveHoja(m.archivo, m.hoja);
      const lista = porHoja.get(k);
      if (lista) lista.push(m);
      else porHoja.set(k, [m]);
    }
    const hojas: HojaPlantilla[] = [];
    const editables: { hoja: string; encabezados: readonly string[]; largo: boolean }[] = [];
    const filas: FilaRegistro[] = [];
    const correcciones: CorreccionHoja[] = [];
    let cuantas = 0;
    for (const [k, metas] of porHoja) {
      const maestra = maestras.get(k);
      if (!maestra) continue;
      const suyas = new Set(metas.flatMap((m) => filasDe(m).map((f) => f - 1)));
      const ajenas = new Set([...maestra.filas].filter((r) => !suyas.has(r)));
      // a long layout's rows of other years stay, locked: the cuatrienio is computed from them
      const col = maestra.columnaVigencia;
      const propias = col === null ? suyas : new Set([...suyas].filter((r) => anioDeCelda(maestra.hoja.valores[r]?.[col]) === vigencia));
      const { hoja, filas: nuevas, encabezadosEditables } = construirHojaPlantilla(maestra.hoja, maestra.reconocida, propias, ajenas, vigencia);
      hojas.push(hoja);
      editables.push({ hoja: hoja.nombre, encabezados: encabezadosEditables, largo: col !== null });
      correcciones.push(correccionFija(maestra.reconocida));
      // every row of the dependency's metas, so that beside the master each meta-year is read once
      for (const m of metas)
        for (const f of filasDe(m)) filas.push({ hoja: hoja.nombre, filaPlantilla: (nuevas.get(f - 1) ?? 0) + 1, filaMaestra: f, codigo: m.codigo });
      cuantas += metas.length;
    }
    if (hojas.length === 0) return [];
    const registro = {
      archivoMaestro: opciones.archivoMaestro,
      vigencia,
      modoPlan,
      dependencia: dep.nombre,
      hojaInstrucciones: HOJA_INSTRUCCIONES,
      correcciones,
      filas,
    };
    return [
      {
        dependencia: dep.nombre,
        archivo: archivos[i] ?? "plantilla.xlsx",
        instrucciones: {
          nombre: HOJA_INSTRUCCIONES,
          lineas: lineasInstrucciones({ dependencia: dep.nombre, vigencia, archivoMaestro: opciones.archivoMaestro, editables, metas: cuantas }),
        },
        hojas,
        registro,
        hojaRegistro: { nombre: HOJA_REGISTRO, valores: registroAFilas(registro) },
      },
    ];
  });
  return { plantillas, avisos };
}
