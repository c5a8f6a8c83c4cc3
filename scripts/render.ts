/**
 * `npm run render -- <libro.xlsx> [--informe informe.docx] [--salida carpeta] [--paginas N] [--dpi N] [--todas]`
 * Renders every visible sheet of a workbook to PNG (LibreOffice headless + pdftoppm) so anyone
 * can look at what Consolidar wrote. One temporary copy per sheet with only that sheet visible
 * (edited with jszip so charts survive), all converted by one soffice run; then one PNG per page:
 * `<NN>-<hoja>-<página>.png`. With --informe, the Word Informe (issue 13) is converted to PDF in
 * the same run and its pages are `99-informe-word-<página>.png`. Not part of CI.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { atributo, leerParte } from "../src/io/xlsx/_escritor/paquete";

function falla(mensaje: string, codigo = 1): never {
  process.stderr.write(`${mensaje}\n`);
  process.exit(codigo);
}

function exigir(comando: string, paquete: string): void {
  const r = spawnSync(comando, ["-v"], { stdio: "ignore" });
  if (r.error) falla(`No se encontró "${comando}". Instálelo con: apt-get install -y ${paquete}`, 2);
}

function nombreArchivo(hoja: string): string {
  return (
    hoja
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^-|-$/g, "") || "hoja"
  );
}

interface Opciones {
  archivo: string;
  salida: string;
  paginas: number;
  /** pdftoppm's resolution: 80 shows a whole page; more to read a chart's labels. */
  dpi: number;
  todas: boolean;
  /** The `--informe` .docx, or null. */
  informe: string | null;
}

function opciones(args: string[]): Opciones {
  let archivo: string | null = null;
  let salida: string | null = null;
  let paginas = 3;
  let dpi = 80;
  let todas = false;
  let informe: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--salida") salida = args[++i] ?? falla("Falta la carpeta después de --salida", 2);
    else if (a === "--paginas") paginas = Number(args[++i]);
    else if (a === "--dpi") dpi = Number(args[++i]);
    else if (a === "--todas") todas = true;
    else if (a === "--informe") informe = args[++i] ?? falla("Falta el archivo .docx después de --informe", 2);
    else if (a === "--help" || a === "-h") {
      process.stdout.write(
        "Uso: npm run render -- <libro.xlsx> [--informe informe.docx] [--salida carpeta] [--paginas N] [--todas]\n" +
          "  Dibuja cada hoja visible del libro como PNG (una imagen por página) con LibreOffice.\n" +
          "  --informe  también el informe en Word (seguimiento consolidar … --informe), convertido a PDF y a PNG\n" +
          "  --salida   carpeta de las imágenes (por omisión <libro>.render/)\n" +
          "  --paginas  máximo de páginas por hoja (por omisión 3)\n" +
          "  --dpi      resolución de las imágenes (por omisión 80; 200 para leer las etiquetas)\n" +
          "  --todas    incluye también las hojas ocultas\n",
      );
      process.exit(0);
    } else if (a !== undefined && !a.startsWith("--") && archivo === null) archivo = a;
    else falla(`Argumento no reconocido: ${a ?? ""}`, 2);
  }
  if (archivo === null) falla("Indique el libro .xlsx: npm run render -- <libro.xlsx> [--salida carpeta]", 2);
  if (!Number.isInteger(paginas) || paginas < 1) falla("--paginas debe ser un entero positivo", 2);
  if (!Number.isInteger(dpi) || dpi < 30 || dpi > 600) falla("--dpi debe ser un entero entre 30 y 600", 2);
  return { archivo, salida: salida ?? `${archivo.replace(/\.xlsx$/i, "")}.render`, paginas, dpi, todas, informe };
}

/** A copy of the package where only sheet `indice` is visible and active. */
async function soloHoja(bytes: Buffer, indice: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await leerParte(zip, "xl/workbook.xml")) ?? falla("El archivo no es un libro .xlsx (falta xl/workbook.xml)");
  let i = -1;
  const editado = xml
    .replace(/<sheet\b[^>]*?\/?>/g, (tag) => {
      i++;
      const sin = tag.replace(/\sstate="[^"]*"/, "");
      return i === indice ? sin : sin.replace(/<sheet\b/, '<sheet state="hidden"');
    })
    // LibreOffice exports a print area even when its sheet is hidden: keep only this sheet's.
    .replace(/<definedName\b[^>]*\bname="_xlnm\.Print_(?:Area|Titles)"[^>]*>[^<]*<\/definedName>/g, (tag) =>
      atributo(tag, "localSheetId") === String(indice) ? tag : "",
    )
    .replace(/<workbookView\b[^>]*?\/?>/, (tag) =>
      tag.replace(/\s(activeTab|firstSheet)="[^"]*"/g, "").replace(/<workbookView\b/, `<workbookView activeTab="${indice}" firstSheet="${indice}"`),
    );
  // Without a workbookView the active tab is the first sheet, even hidden, and LibreOffice prints it.
  const conVista = /<workbookView\b/.test(editado)
    ? editado
    : editado.replace("<sheets>", `<bookViews><workbookView activeTab="${indice}" firstSheet="${indice}"/></bookViews><sheets>`);
  zip.file("xl/workbook.xml", conVista);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const o = opciones(process.argv.slice(2));
  exigir("soffice", "libreoffice-calc");
  exigir("pdftoppm", "poppler-utils");
  if (o.informe !== null) exigir("soffice", "libreoffice-writer");
  if (!fs.existsSync(o.archivo)) falla(`No existe el archivo: ${o.archivo}`);
  if (o.informe !== null && !fs.existsSync(o.informe)) falla(`No existe el archivo: ${o.informe}`);
  const bytes = fs.readFileSync(o.archivo);
  const zip = await JSZip.loadAsync(bytes).catch(() => falla(`No es un libro .xlsx válido: ${o.archivo}`));
  const libro = (await leerParte(zip, "xl/workbook.xml")) ?? falla("El archivo no es un libro .xlsx (falta xl/workbook.xml)");
  const hojas = [...libro.matchAll(/<sheet\b[^>]*>/g)].map((m, indice) => ({
    indice,
    nombre: atributo(m[0], "name") ?? `Hoja${indice + 1}`,
    oculta: (atributo(m[0], "state") ?? "visible") !== "visible",
  }));
  const elegidas = hojas.filter((h) => o.todas || !h.oculta);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "render-"));
  try {
    const copias: string[] = [];
    for (const h of elegidas) {
      const ruta = path.join(tmp, `${String(h.indice + 1).padStart(2, "0")}-${nombreArchivo(h.nombre)}.xlsx`);
      fs.writeFileSync(ruta, await soloHoja(bytes, h.indice));
      copias.push(ruta);
    }
    if (o.informe !== null) {
      const ruta = path.join(tmp, "99-informe-word.docx");
      fs.copyFileSync(o.informe, ruta);
      copias.push(ruta);
    }
    // A private profile: a running LibreOffice (or another render) does not block this one.
    const perfil = `-env:UserInstallation=file://${path.join(tmp, "perfil")}`;
    const r = spawnSync("soffice", [perfil, "--headless", "--convert-to", "pdf", "--outdir", tmp, ...copias], { encoding: "utf8", timeout: 600_000 });
    if (r.status !== 0) falla(`LibreOffice no pudo convertir el libro: ${r.stderr || r.stdout}`);
    fs.mkdirSync(o.salida, { recursive: true });
    for (const copia of copias) {
      const pdf = copia.replace(/\.(xlsx|docx)$/, ".pdf");
      const base = path.join(o.salida, path.basename(pdf, ".pdf"));
      if (!fs.existsSync(pdf)) falla(`LibreOffice no produjo ${path.basename(pdf)}`);
      const p = spawnSync("pdftoppm", ["-png", "-r", String(o.dpi), "-l", String(o.paginas), pdf, base], { encoding: "utf8" });
      if (p.status !== 0) falla(`pdftoppm falló con ${path.basename(pdf)}: ${p.stderr}`);
    }
    const png = fs
      .readdirSync(o.salida)
      .filter((f) => f.endsWith(".png"))
      .sort();
    process.stdout.write(`${png.length} imágenes en ${o.salida}:\n${png.map((f) => `  ${f}\n`).join("")}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => falla(`Error al dibujar el libro: ${e instanceof Error ? e.message : String(e)}`));
