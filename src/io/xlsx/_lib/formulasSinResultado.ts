/**
 * Formulas stored without their result (issue 12, probe item 9). Excel always saves a formula's
 * last result in `<v>`; a file written by a tool that does not calculate (openpyxl, pandas, a
 * script) has only `<f>`, and exceljs then gives no value at all — the cell would read as empty,
 * a meta "sin reporte". They are found in the sheet's XML, where "no result" (no `<v>`, or an
 * empty one on a number cell) differs from an empty text result (`t="str"` with `<v></v>`, what
 * Excel writes for `=SI(A1>0;A1;"")`).
 */
import { atributo, desescaparXml } from "../_escritor/paquete";

const FORMULA = /<c\b([^>]*)>\s*<f\b[^>]*?(?:\/>|>([^<]*)<\/f>)\s*(<v\s*\/>|<v>\s*<\/v>|<\/c>)/g;

/**
 * A1 address → formula text ("=B2*2"; "" for a shared-formula clone, whose text is in its
 * master cell) of every formula cell without a stored result, in a worksheet part written
 * with the default namespace (espaciosNombres.sinPrefijo).
 * @example formulasSinResultado('<c r="B2"><f>A2*2</f></c>') // Map { "B2" => "=A2*2" }
 */
export function formulasSinResultado(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(FORMULA)) {
    const atributos = ` ${m[1] ?? ""}`;
    const tipo = atributo(atributos, "t");
    const sinV = m[3] === "</c>";
    if (!sinV && (tipo === "str" || tipo === "inlineStr")) continue;
    const ref = atributo(atributos, "r");
    if (ref !== null) out.set(ref, m[2] === undefined ? "" : `=${desescaparXml(m[2])}`);
  }
  return out;
}
