/**
 * The styles of the owned sheets as a styles.xml of their own: one cellXfs entry per distinct
 * cell style, one dxf per conditional format colour pair. fusionEstilos then merges it into
 * the input workbook's styles.xml.
 */
import { escaparXml } from "./paquete";

export interface EstiloCelda {
  readonly formato?: string;
  readonly negrita?: boolean;
  readonly tamano?: number;
  readonly colorFuente?: string;
  readonly subrayado?: boolean;
  readonly relleno?: string;
  readonly ajustarTexto?: boolean;
  readonly horizontal?: "left" | "center" | "right";
}

/** Built-in number formats Excel knows by id (ECMA-376 §18.8.30); others get ids from 164. */
const FORMATOS_INTEGRADOS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/** "#RRGGBB" → "FFRRGGBB". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

export class CatalogoEstilos {
  private readonly formatos = new Map<string, number>();
  private readonly fuentes = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'];
  private readonly rellenos = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly dxfs: string[] = [];
  private readonly indices = new Map<string, number>();

  /** The lists stay short (a few dozen entries), so a linear search is enough. */
  private indice(lista: string[], xml: string): number {
    const i = lista.indexOf(xml);
    if (i >= 0) return i;
    lista.push(xml);
    return lista.length - 1;
  }

  private formato(codigo: string): number {
    const integrado = FORMATOS_INTEGRADOS[codigo];
    if (integrado !== undefined) return integrado;
    let id = this.formatos.get(codigo);
    if (id === undefined) {
      id = 164 + this.formatos.size;
      this.formatos.set(codigo, id);
    }
    return id;
  }

  /** cellXfs index of a cell style (0 = the default style). */
  xf(e: EstiloCelda): number {
    const clave = JSON.stringify(e);
    const previo = this.indices.get(clave);
    if (previo !== undefined) return previo;
    const numFmtId = e.formato === undefined ? 0 : this.formato(e.formato);
    const conFuente = e.negrita !== undefined || e.tamano !== undefined || e.colorFuente !== undefined || e.subrayado !== undefined;
    const fontId = conFuente
      ? this.indice(
          this.fuentes,
          `<font>${e.negrita ? "<b/>" : ""}${e.subrayado ? "<u/>" : ""}<sz val="${e.tamano ?? 11}"/>` +
            `${e.colorFuente === undefined ? '<color theme="1"/>' : `<color rgb="${argb(e.colorFuente)}"/>`}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
        )
      : 0;
    const fillId =
      e.relleno === undefined
        ? 0
        : this.indice(this.rellenos, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(e.relleno)}"/><bgColor indexed="64"/></patternFill></fill>`);
    const alineado = e.ajustarTexto !== undefined || e.horizontal !== undefined;
    const alineacion = alineado
      ? `<alignment${e.horizontal ? ` horizontal="${e.horizontal}"` : ""} vertical="top"${e.ajustarTexto ? ' wrapText="1"' : ""}/>`
      : "";
    const aplica =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (alineado ? ' applyAlignment="1"' : "");
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${aplica}${alineacion ? `>${alineacion}</xf>` : "/>"}`;
    const i = this.indice(this.xfs, xf);
    this.indices.set(clave, i);
    return i;
  }

  /** dxfs index of a conditional format's font colour and fill. */
  dxf(relleno: string, colorFuente: string): number {
    return this.indice(
      this.dxfs,
      `<dxf><font><color rgb="${argb(colorFuente)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(relleno)}"/></patternFill></fill></dxf>`,
    );
  }

  xml(): string {
    const seccion = (nombre: string, hijos: readonly string[]): string => `<${nombre} count="${hijos.length}">${hijos.join("")}</${nombre}>`;
    const formatos = [...this.formatos].map(([codigo, id]) => `<numFmt numFmtId="${id}" formatCode="${escaparXml(codigo)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (formatos.length > 0 ? seccion("numFmts", formatos) : "") +
      seccion("fonts", this.fuentes) +
      seccion("fills", this.rellenos) +
      seccion("borders", ["<border><left/><right/><top/><bottom/><diagonal/></border>"]) +
      seccion("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      seccion("cellXfs", this.xfs) +
      seccion("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      seccion("dxfs", this.dxfs) +
      `</styleSheet>`
    );
  }
}
