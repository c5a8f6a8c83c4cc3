/**
 * The core's front door: what the application layer, the adapters (io/xlsx, io/office), the CLI
 * and the pane use. Everything here is pure TypeScript (no DOM, Node or Office). Modules not
 * listed are the core's own business; `_lib` folders are private to their folder.
 */

// The grid snapshot read in one bulk pass, and A1 addresses and ranges.
export * from "./grid/libro";
export * from "./grid/direccion";
export * from "./grid/rango";
export { unirLibros } from "./grid/unirLibros";

// Recognition of the matrix (SPEC §3, §4) and the corrections the user makes to it.
export * from "./matriz/tipos";
export { describirCampo } from "./matriz/descripcionCampo";
export { describirTablaPresupuesto } from "./matriz/tablaPresupuesto";

// Computation (SPEC §5, §8).
export * from "./calculo/tipos";
export { consolidar } from "./calculo/consolidar";
export { muestraCuatrienio, segunModoPlan, type MarcaCuatrienio } from "./calculo/modoPlan";
export { PRESETS_SEMAFORO, nivelSemaforo } from "./calculo/semaforo";

// Settings contract, failure catalogue, numbers typed as text.
export * from "./ajustes";
export * from "./fallos";
// Both grid/libro (a cell's error value, a type) and fallos (the Office failure class) say
// a failure of Excel; an error value in a cell (#REF!) is grid/libro's ValorError.
export { ErrorExcel } from "./fallos";
export * from "./valores";

// Findings as data (SPEC §7).
export { CODIGOS, SEVERIDAD_POR_CODIGO, type CodigoHallazgo, type Severidad } from "./hallazgos/codigos";
export type { Hallazgo, ParamsHallazgo } from "./hallazgos/hallazgo";
export { MENSAJES } from "./hallazgos/mensajes";

// The WorkbookPlan writers interpret, and the JSON summary.
export * from "./reporte/plan";
export { planificar } from "./reporte/planificar";
export { dudasDeReconocimiento } from "./reporte/resumenBloques";
export { confirmarPropiedad, leerPropiedad, llevaMarca, type LecturaPropiedad } from "./reporte/propiedad";
export * from "./resumenJson";
// The Informe the planning office hands in (issue 13): plain data for the sheet and the Word export.
export * from "./informe";
// Templates for dependencies (issue 14): each one's workbook plan, and reading filled ones back.
export * from "./plantillas";
