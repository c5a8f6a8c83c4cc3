/** Hand-built engine results for the pane's tests (no engine involved). */
import { PRESETS_SEMAFORO } from "../../src/core/calculo/semaforo";
import type { Conteos, Consolidacion, Grupo } from "../../src/core/calculo/tipos";
import type { WorkbookPlan } from "../../src/core/reporte/plan";
import type { ResultadoConsolidar } from "../../src/app";

function conteos(metas: number, sinReporte: number): Conteos {
  return {
    metas,
    programadas: metas,
    conReporte: metas - sinReporte,
    sinReporte,
    noProgramadas: 0,
    ejecucionSinProgramacion: 0,
    sobreejecutadas: 0,
    bajo50: 0,
    porSemaforo: {},
  };
}

export function grupo(nivel: string, nombre: string, pctVigencia: number | null, semaforo: string, metas = 10): Grupo {
  return {
    nivel,
    nombre,
    codigo: null,
    clave: nombre.toUpperCase(),
    padre: null,
    peso: null,
    conteos: conteos(metas, 1),
    pctVigencia,
    pctCuatrienio: 0.4,
    esperado: 0.5,
    cumplimiento: 0.8,
    pctTrimestre: null,
    pctAnual: null,
    aporteAnio: null,
    semaforo,
    estadoTexto: "",
    presupuesto: null,
    metas: [],
  };
}

export function consolidacion(grupos: Grupo[]): Consolidacion {
  return {
    parametros: {
      vigencia: 2025,
      motivoVigencia: "se indicó en los ajustes",
      corte: { fecha: "2025-12-31", trimestre: null },
      tope: "100",
      semaforo: PRESETS_SEMAFORO["municipal-3"],
      esperado: "programacion",
      pesosAnio: null,
      ponderacion: "iguales",
      cuatrienio: [2024, 2025, 2026, 2027],
      umbralesAlerta: [0.5, 0.75, 1],
      planAnual: false,
      graficos: [],
    },
    hojas: [],
    metas: [],
    plan: grupo("plan", "Plan", 0.7, "Aceptable", 20),
    grupos,
    niveles: [],
    hallazgos: [],
    archivos: [],
  };
}

export function resultado(grupos: Grupo[]): ResultadoConsolidar {
  const vacia = { bloques: [], formatos: [], estilos: [], tablas: [], condicionales: [], vinculos: [], graficos: [], anchos: [], altos: [], inmovilizar: null };
  const plan: WorkbookPlan = {
    hojas: [
      { ...vacia, clave: "resumen", nombre: "Resumen" },
      { ...vacia, clave: "dependencias", nombre: "Por dependencia" },
    ],
    eliminar: [],
    propiedad: { hojas: { Resumen: "resumen", "Por dependencia": "dependencias" } },
  };
  return { consolidacion: consolidacion(grupos), plan, duracionMs: 1200, avisos: [] };
}
