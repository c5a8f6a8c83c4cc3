/**
 * Seeded messy workbooks for the fuzz run (issue 12, deliverable 10), written part by part with
 * JSZip so the package's XML forms vary as real producers' do: Excel's (namespaces on the root),
 * openpyxl's (`xmlns:r` on each `<sheet>`) and `x:`-prefixed SpreadsheetML. Layouts vary too:
 * title rows, header synonyms in any order, merged dependency cells, hidden and note sheets,
 * shared or inline strings, and cell values a matrix really holds (numbers typed as es-CO text,
 * ND, errors, dates, formulas without a stored result, bidi controls, long texts).
 */
import JSZip from "jszip";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export type FormaXml = "excel" | "openpyxl" | "prefijo";

/** mulberry32: small, fast and the same sequence on every machine for a seed. */
export class Azar {
  private estado: number;
  constructor(semilla: number) {
    this.estado = semilla >>> 0;
  }
  siguiente(): number {
    this.estado = (this.estado + 0x6d2b79f5) >>> 0;
    let t = this.estado;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  entero(desde: number, hasta: number): number {
    return desde + Math.floor(this.siguiente() * (hasta - desde + 1));
  }
  uno<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.siguiente() * xs.length)];
    if (x === undefined) throw new RangeError("Azar.uno: lista vacía");
    return x;
  }
  si(p: number): boolean {
    return this.siguiente() < p;
  }
}

/** A cell as the generator writes it: a number (optionally date-formatted), text, an error, a boolean or a formula without result. */
type CeldaFuzz = { n: number; fecha?: boolean } | { t: string } | { e: string } | { b: boolean } | { f: string } | null;

const ENCABEZADOS: Readonly<Record<string, readonly string[]>> = {
  codigo: ["Código", "Cod. meta", "No.", "ID"],
  meta: ["Meta", "Meta de producto", "Descripción de la meta", "Indicador de producto"],
  dependencia: ["Dependencia", "Secretaría responsable", "Responsable"],
  tipo: ["Tipo de acumulación", "Tipo", "Acumulación"],
  lineaBase: ["Línea base", "LB", "Linea base 2023"],
  metaCuatrienio: ["Meta cuatrienio", "Meta 2024-2027", "Meta del cuatrienio"],
  observaciones: ["Observaciones", "Comentarios"],
};
const TEXTOS = [
  "ND",
  "N/A",
  "-",
  "NA",
  "Meta cumplida",
  "1.234,5",
  "12,5 %",
  "=SUMA(A1)",
  "+57 300",
  "\u202Eevil",
  "_x0007_",
  "(15)",
  "$ 1.500",
  "10:30",
  "x".repeat(40_000),
];
const DEPENDENCIAS = ["Secretaría de Salud", "SECRETARIA DE SALUD", "Secretaría de Gobierno", "Oficina de Planeación", ""];
const TIPOS = ["SUMA", "CRECIENTE", "DECRECIENTE", "CONSTANTE", "Suma", "acumulada", "???"];
const ERRORES = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!"];

function valorNumerico(az: Azar): CeldaFuzz {
  const r = az.siguiente();
  if (r < 0.55) return { n: az.si(0.5) ? az.entero(0, 100) : Math.round(az.siguiente() * 10_000) / 100 };
  if (r < 0.62) return null;
  if (r < 0.75) return { t: az.uno(TEXTOS.slice(0, 14)) };
  if (r < 0.8) return { n: az.entero(44_000, 46_500), fecha: true };
  if (r < 0.84) return { e: az.uno(ERRORES) };
  if (r < 0.88) return { f: "B2*2" };
  if (r < 0.9) return { b: az.si(0.5) };
  return { n: az.uno([-5, 0, 1e308, -1e308, 1e-300, 5e15, 0.125]) };
}

interface HojaFuzz {
  readonly nombre: string;
  readonly filas: CeldaFuzz[][];
  readonly combinadas: string[];
  readonly oculta: boolean;
}

const letra = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letra(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

function matriz(az: Azar, nombre: string): HojaFuzz {
  const anios = az.uno([[2024], [2024, 2025], [2024, 2025, 2026, 2027], [2020, 2021, 2022, 2023]]);
  const campos = Object.keys(ENCABEZADOS).filter((k) => k === "meta" || az.si(0.75));
  const columnas: { encabezado: string; valor: (fila: number) => CeldaFuzz }[] = campos.map((k) => ({
    encabezado: az.uno(ENCABEZADOS[k] ?? [k]),
    valor: (fila: number): CeldaFuzz => {
      if (k === "codigo") return az.si(0.9) ? { t: `${az.entero(1, 9)}.${fila}` } : null;
      if (k === "meta") return az.si(0.95) ? { t: `Meta ${fila} ${az.uno(["de salud", "vial", "educativa", "\u202E", ""])}` } : null;
      if (k === "dependencia") return { t: az.uno(DEPENDENCIAS) };
      if (k === "tipo") return { t: az.uno(TIPOS) };
      if (k === "observaciones") return az.si(0.3) ? { t: az.uno(TEXTOS) } : null;
      return valorNumerico(az);
    },
  }));
  for (const anio of anios) {
    const [p, e] = az.uno([
      ["Programado", "Ejecutado"],
      ["Meta", "Avance"],
      ["Prog.", "Ejec."],
    ]);
    columnas.push({ encabezado: `${p} ${anio}`, valor: () => valorNumerico(az) }, { encabezado: `${e} ${anio}`, valor: () => valorNumerico(az) });
    if (az.si(0.2)) columnas.push({ encabezado: `% avance ${anio}`, valor: () => valorNumerico(az) });
  }
  if (az.si(0.3)) columnas.sort(() => az.siguiente() - 0.5);
  const filas: CeldaFuzz[][] = [];
  const combinadas: string[] = [];
  for (let i = az.entero(0, 3); i > 0; i--) filas.push([{ t: az.uno(["PLAN DE DESARROLLO", "Seguimiento 2025", "Alcaldía de Ejemplo"]) }]);
  if (filas.length > 0 && az.si(0.5)) combinadas.push(`A1:${letra(Math.min(columnas.length, 6) - 1)}1`);
  filas.push(columnas.map((c) => ({ t: c.encabezado })));
  const primera = filas.length;
  const n = az.entero(0, 25);
  for (let i = 0; i < n; i++) filas.push(columnas.map((c) => c.valor(i + 1)));
  const dep = columnas.findIndex((c) => ENCABEZADOS.dependencia?.includes(c.encabezado));
  if (dep >= 0 && n > 3 && az.si(0.5)) combinadas.push(`${letra(dep)}${primera + 1}:${letra(dep)}${primera + 3}`);
  return { nombre, filas, combinadas, oculta: false };
}

function escapar(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function xmlHoja(h: HojaFuzz, x: string, compartidas: string[] | null): string {
  const filas = h.filas
    .map((fila, i) => {
      const celdas = fila
        .map((c, j) => {
          if (c === null) return "";
          const r = `${letra(j)}${i + 1}`;
          if ("n" in c) return `<${x}c r="${r}"${c.fecha ? ' s="1"' : ""}><${x}v>${c.n}</${x}v></${x}c>`;
          if ("e" in c) return `<${x}c r="${r}" t="e"><${x}v>${c.e}</${x}v></${x}c>`;
          if ("b" in c) return `<${x}c r="${r}" t="b"><${x}v>${c.b ? 1 : 0}</${x}v></${x}c>`;
          if ("f" in c) return `<${x}c r="${r}"><${x}f>${c.f}</${x}f></${x}c>`;
          if (compartidas === null) return `<${x}c r="${r}" t="inlineStr"><${x}is><${x}t xml:space="preserve">${escapar(c.t)}</${x}t></${x}is></${x}c>`;
          compartidas.push(c.t);
          return `<${x}c r="${r}" t="s"><${x}v>${compartidas.length - 1}</${x}v></${x}c>`;
        })
        .join("");
      return `<${x}row r="${i + 1}">${celdas}</${x}row>`;
    })
    .join("");
  const merges =
    h.combinadas.length === 0
      ? ""
      : `<${x}mergeCells count="${h.combinadas.length}">${h.combinadas.map((m) => `<${x}mergeCell ref="${m}"/>`).join("")}</${x}mergeCells>`;
  const raiz = x === "" ? `worksheet xmlns="${NS_MAIN}"` : `${x}worksheet xmlns:x="${NS_MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${raiz}><${x}sheetData>${filas}</${x}sheetData>${merges}</${x}worksheet>`;
}

const ESTILOS = (x: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x === "" ? `styleSheet xmlns="${NS_MAIN}"` : `${x}styleSheet xmlns:x="${NS_MAIN}"`}>` +
  `<${x}fonts count="1"><${x}font><${x}sz val="11"/><${x}name val="Calibri"/></${x}font></${x}fonts><${x}fills count="1"><${x}fill><${x}patternFill patternType="none"/></${x}fill></${x}fills>` +
  `<${x}borders count="1"><${x}border/></${x}borders><${x}cellStyleXfs count="1"><${x}xf/></${x}cellStyleXfs>` +
  `<${x}cellXfs count="2"><${x}xf numFmtId="0"/><${x}xf numFmtId="14" applyNumberFormat="1"/></${x}cellXfs></${x}styleSheet>`;

/** One workbook of the run: the same `semilla` always gives the same bytes' content. */
export async function libroFuzz(semilla: number): Promise<{ datos: Uint8Array; forma: FormaXml }> {
  const az = new Azar(semilla);
  const forma = az.uno<FormaXml>(["excel", "openpyxl", "prefijo"]);
  const x = forma === "prefijo" ? "x:" : "";
  const hojas: HojaFuzz[] = [];
  for (let i = az.entero(1, 3); i > 0; i--)
    hojas.push(
      matriz(az, az.uno(["PDM", "Seguimiento", "SEC. SALUD", "Plan indicativo", "Hoja1", "Resumen"]) + (hojas.length > 0 ? ` ${hojas.length + 1}` : "")),
    );
  if (az.si(0.3)) hojas.push({ nombre: "Notas", filas: [[{ t: "Instrucciones" }], [{ t: az.uno(TEXTOS) }]], combinadas: [], oculta: false });
  if (az.si(0.2)) hojas.push({ ...matriz(az, "Pesos"), oculta: true });
  const compartidas = az.si(0.5) ? ([] as string[]) : null;
  const estilos = az.si(0.85);
  const zip = new JSZip();
  const tipos = hojas.map(
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  hojas.forEach((h, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xmlHoja(h, x, compartidas)));
  const rels = hojas.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (estilos) {
    zip.file("xl/styles.xml", ESTILOS(x));
    rels.push(`<Relationship Id="rIdE" Type="${NS_REL}/styles" Target="styles.xml"/>`);
    tipos.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  }
  if (compartidas !== null) {
    const sst = compartidas.map((t) => `<${x}si><${x}t xml:space="preserve">${escapar(t)}</${x}t></${x}si>`).join("");
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x === "" ? `sst xmlns="${NS_MAIN}"` : `${x}sst xmlns:x="${NS_MAIN}"`} count="${compartidas.length}" uniqueCount="${compartidas.length}">${sst}</${x}sst>`,
    );
    rels.push(`<Relationship Id="rIdS" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    tipos.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  }
  const declararR = forma === "openpyxl" ? ` xmlns:r="${NS_REL}"` : "";
  const entradas = hojas
    .map((h, i) => `<${x}sheet${declararR} name="${escapar(h.nombre)}" sheetId="${i + 1}"${h.oculta ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const raiz =
    forma === "prefijo"
      ? `x:workbook xmlns:x="${NS_MAIN}" xmlns:r="${NS_REL}"`
      : forma === "openpyxl"
        ? `workbook xmlns="${NS_MAIN}"`
        : `workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"`;
  zip.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${raiz}><${x}sheets>${entradas}</${x}sheets></${x}workbook>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG}">${rels.join("")}</Relationships>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${tipos.join("")}</Types>`,
  );
  return { datos: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), forma };
}
