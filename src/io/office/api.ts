/**
 * The subset of the Excel JavaScript API the adapter uses, as structural interfaces.
 * `Excel.RequestContext` (from @types/office-js) is checked below to satisfy them, so the
 * adapter runs on real Excel, and the fake Excel (src/simulador) implements them.
 *
 * API set of every call used (ExcelApi x.y, from excel.d.ts annotations):
 * | call                                                        | set  | use                         |
 * |-------------------------------------------------------------|------|-----------------------------|
 * | context.sync, load                                          | 1.1  | everywhere                  |
 * | worksheets.items/add/getItem, worksheet.name/id/delete      | 1.1  | temp sheets, swap, ownership|
 * | workbook.names items/name, table.delete                      | 1.1  | swap name checks, leftovers |
 * | worksheet.visibility (read, set), protection.protected       | 1.2  | read, preflight, swap       |
 * | worksheets.getItemOrNullObject, getUsedRangeOrNullObject     | 1.4  | read                        |
 * | workbook.settings add/getItemOrNullObject                    | 1.4  | ownership record, ajustes   |
 * | worksheet.getRange, getRangeByIndexes                        | 1.1 / 1.7 | blocks                 |
 * | range.values/valueTypes/numberFormat/address/rowIndex…       | 1.1  | read / write                |
 * | range.getMergedAreasOrNullObject → areas.items               | 1.13 | optional (isSetSupported)   |
 * | range.format.fill/font/columnWidth/wrapText/horizontalAlign. | 1.1  | styles, widths              |
 * | range.hyperlink { documentReference, screenTip }             | 1.7  | links                       |
 * | range.select, worksheet.activate                             | 1.1  | seleccionarCelda            |
 * | worksheet.freezePanes.freezeRows/freezeColumns/freezeAt/unfreeze | 1.7 | frozen header          |
 * | worksheet.copy                                               | 1.7  | backup of a refreshed sheet |
 * | range.clear, charts items/getItem/delete                     | 1.1  | refresh in place            |
 * | range.copyFrom                                               | 1.9  | refresh in place (optional) |
 * | worksheet.tables.add(Range, true), name/style/showTotals     | 1.3 (Range arg) / 1.1 | tables     |
 * | worksheet.tables items/name                                  | 1.1  | table name collisions       |
 * | range.conditionalFormats.add("CellValue"), cellValue.rule    | 1.6  | semáforo fills              |
 * | charts.add(type, Range, "Columns"), name, title, legend,     | 1.1  | charts                      |
 * |   dataLabels.showValue, setPosition, width/height,          |      |                             |
 * |   axes min/max/title, series fill, points.getItemAt         |      |                             |
 * | series.add, setValues, setXAxisValues                        | 1.7  | per-sheet chart ranges      |
 * | category axis tickLabelSpacing/reversePlotOrder/format.font, | 1.7 | every label, sorted bars    |
 * |   value axis majorUnit, series gapWidth                     |      | (cosmetic step)             |
 * | chart axis numberFormat, category axis position             | 1.8  | optional (isSetSupported)   |
 * | application.suspendApiCalculationUntilNextSync               | 1.6  | writes                      |
 * | context.runtime.enableEvents                                 | 1.8  | optional (isSetSupported)   |
 * | application.cultureInfo.numberFormat separators              | 1.11 | optional, default es-CO     |
 * | workbook.protection.protected, workbook.name                 | 1.7  | preflight, sources          |
 * Manifest minimum: ExcelApi 1.7 (getRangeByIndexes, hyperlink, series.add/setValues, freezePanes).
 */

/** Values as Excel reads and writes them through `range.values`. */
export type ValorRango = number | string | boolean | null;

export interface CargableExcel {
  readonly isNullObject: boolean;
}

export interface RellenoExcel {
  color: string;
}
export interface FuenteExcel {
  color: string;
  bold: boolean;
  size: number;
}
export interface FormatoRangoExcel {
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: string;
  readonly fill: RellenoExcel;
  readonly font: FuenteExcel;
}

export interface VinculoExcel {
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
  address?: string;
}

export interface FormatoCondicionalRangoExcel {
  readonly fill: RellenoExcel;
  readonly font: { color: string };
}
export interface ReglaValorExcel {
  formula1: string;
  formula2?: string;
  operator: string;
}
export interface CondicionalValorExcel {
  readonly format: FormatoCondicionalRangoExcel;
  rule: ReglaValorExcel;
}
export interface FormatoCondicionalExcel {
  readonly cellValue: CondicionalValorExcel;
}
export interface ColeccionCondicionalesExcel {
  add(type: "CellValue"): FormatoCondicionalExcel;
}

export interface AreasExcel extends CargableExcel {
  readonly areas: { readonly items: RangoExcel[]; load(propiedades: string): unknown };
  load(propiedades: string): AreasExcel;
}

export interface RangoExcel extends CargableExcel {
  values: ValorRango[][];
  numberFormat: (string | null)[][];
  readonly valueTypes: string[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  hyperlink: VinculoExcel;
  readonly format: FormatoRangoExcel;
  readonly conditionalFormats: ColeccionCondicionalesExcel;
  getMergedAreasOrNullObject(): AreasExcel;
  /** Values, formats, conditional formats and hyperlinks of the range (ExcelApi 1.1). */
  clear(aplicarA?: "All"): void;
  /** Paste the range at `origen` ("'Hoja'!A1:D9") here, values and formats (ExcelApi 1.9). */
  copyFrom(origen: string, tipo?: "All"): void;
  select(): void;
  load(propiedades: string): RangoExcel;
}

export interface TablaExcel {
  name: string;
  delete(): void;
  style: string;
  showTotals: boolean;
  load(propiedades: string): TablaExcel;
}

export interface ColeccionTablasHojaExcel {
  readonly items: TablaExcel[];
  add(rango: RangoExcel | string, hasHeaders: boolean): TablaExcel;
  load(propiedades: string): ColeccionTablasHojaExcel;
}

export interface TituloExcel {
  text: string;
}
export interface EjeExcel {
  minimum: number | string;
  maximum: number | string;
  majorUnit: number | string;
  numberFormat: string;
  readonly title: TituloExcel;
}
export interface EjeCategoriasExcel {
  readonly title: TituloExcel;
  tickLabelSpacing: number | string;
  reversePlotOrder: boolean;
  /** Where the value axis crosses: "Maximum" keeps it below reversed bars. */
  position: "Automatic" | "Maximum" | "Minimum" | "Custom";
  readonly format: { readonly font: { size: number } };
}
export interface RellenoGraficoExcel {
  setSolidColor(color: string): void;
}
export interface PuntoExcel {
  readonly format: { readonly fill: RellenoGraficoExcel };
}
export interface SerieExcel {
  name: string;
  setValues(origen: RangoExcel): void;
  setXAxisValues(origen: RangoExcel): void;
  readonly format: { readonly fill: RellenoGraficoExcel };
  readonly points: { getItemAt(indice: number): PuntoExcel };
  /** Shared by the series' chart group in Excel. */
  gapWidth: number;
}
export interface GraficoExcel {
  name: string;
  width: number;
  height: number;
  readonly title: TituloExcel;
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly axes: { readonly valueAxis: EjeExcel; readonly categoryAxis: EjeCategoriasExcel };
  readonly series: { getItemAt(indice: number): SerieExcel; add(nombre?: string): SerieExcel };
  setPosition(inicio: RangoExcel | string, fin?: RangoExcel | string): void;
}
export interface ColeccionGraficosExcel {
  readonly items: { readonly name: string }[];
  add(type: "BarClustered" | "ColumnClustered" | "Line" | "Pie", origen: RangoExcel, seriesBy: "Columns"): GraficoExcel;
  getItem(nombre: string): { delete(): void };
  load(propiedades: string): unknown;
}

export interface HojaExcel extends CargableExcel {
  name: string;
  /** Stable across renames within a session; may change when the file is reopened. */
  readonly id: string;
  readonly position: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly protection: { readonly protected: boolean; load(propiedades: string): unknown };
  readonly freezePanes: {
    freezeRows(filas?: number): void;
    freezeColumns(columnas?: number): void;
    freezeAt(rango: RangoExcel | string): void;
    unfreeze(): void;
  };
  readonly tables: ColeccionTablasHojaExcel;
  readonly charts: ColeccionGraficosExcel;
  getRange(direccion?: string): RangoExcel;
  getRangeByIndexes(fila: number, columna: number, filas: number, columnas: number): RangoExcel;
  getUsedRangeOrNullObject(soloValores?: boolean): RangoExcel;
  activate(): void;
  delete(): void;
  /** A full copy at the end of the workbook, named "Name (2)" (ExcelApi 1.7). */
  copy(posicion?: "End"): HojaExcel;
  load(propiedades: string): HojaExcel;
}

export interface ColeccionHojasExcel {
  readonly items: HojaExcel[];
  add(nombre?: string): HojaExcel;
  /** `clave`: a sheet's name or its id. */
  getItem(clave: string): HojaExcel;
  getItemOrNullObject(clave: string): HojaExcel;
  load(propiedades: string): ColeccionHojasExcel;
}

export interface AjusteExcel extends CargableExcel {
  readonly value: unknown;
  delete(): void;
  load(propiedades: string): AjusteExcel;
}
export interface AjustesExcel {
  add(clave: string, valor: string): AjusteExcel;
  getItemOrNullObject(clave: string): AjusteExcel;
}

export interface CulturaExcel {
  readonly name: string;
  readonly numberFormat: { readonly numberDecimalSeparator: string; readonly numberGroupSeparator: string };
  load(propiedades: string): CulturaExcel;
}

export interface AplicacionExcel {
  suspendApiCalculationUntilNextSync(): void;
  readonly cultureInfo: CulturaExcel;
}

/** Workbook-scoped defined names: they share one namespace with table names. */
export interface ColeccionNombresExcel {
  readonly items: { readonly name: string }[];
  load(propiedades: string): ColeccionNombresExcel;
}

export interface LibroExcel {
  /** The file name (ExcelApi 1.7). */
  readonly name: string;
  load(propiedades: string): LibroExcel;
  readonly worksheets: ColeccionHojasExcel;
  readonly names: ColeccionNombresExcel;
  readonly settings: AjustesExcel;
  readonly application: AplicacionExcel;
  readonly protection: { readonly protected: boolean; load(propiedades: string): unknown };
}

export interface ContextoExcel {
  readonly workbook: LibroExcel;
  readonly runtime: { enableEvents: boolean };
  sync(): Promise<unknown>;
}

/** `Excel.run`-compatible: real Excel passes `Excel.run`, tests pass the fake's `run`. */
export type Ejecutor = <T>(lote: (ctx: ContextoExcel) => Promise<T>) => Promise<T>;

/** What the adapter needs from the host: a run function and requirement-set detection. */
export interface EntornoExcel {
  readonly run: Ejecutor;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  readonly soporta: (version: string) => boolean;
}

/** Compile-time proof that the real API satisfies the subset (never called). */
export function contextoReal(c: Excel.RequestContext): ContextoExcel {
  return c;
}
