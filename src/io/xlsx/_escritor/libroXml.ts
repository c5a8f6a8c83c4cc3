/**
 * The sheet list of a package (xl/workbook.xml + its rels) and the two edits the writer makes
 * to it: removing an owned sheet with the parts that hang from it, and appending a sheet.
 * Defined names local to a sheet (localSheetId) and the active tab follow the sheets' new positions.
 */
import type JSZip from "jszip";
import { atributo, escaparXml, leerParte, NS_REL, PaqueteInvalidoError, resolverDestino, rutaRels } from "./paquete";

const LIBRO = "xl/workbook.xml";
const RELS_LIBRO = "xl/_rels/workbook.xml.rels";

export interface HojaPaquete {
  readonly nombre: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly ruta: string;
}

async function leerLibro(zip: JSZip): Promise<{ libro: string; rels: string }> {
  const libro = await leerParte(zip, LIBRO);
  const rels = await leerParte(zip, RELS_LIBRO);
  if (libro === null || rels === null) throw new PaqueteInvalidoError("falta xl/workbook.xml o sus relaciones");
  return { libro, rels };
}

function relaciones(rels: string, parte: string): { id: string; ruta: string; externa: boolean; tag: string }[] {
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: atributo(m[0], "Id") ?? "",
    ruta: resolverDestino(parte, atributo(m[0], "Target") ?? ""),
    externa: atributo(m[0], "TargetMode") === "External",
    tag: m[0],
  }));
}

export async function hojasDelPaquete(zip: JSZip): Promise<HojaPaquete[]> {
  const { libro, rels } = await leerLibro(zip);
  const rutas = new Map(relaciones(rels, LIBRO).map((r) => [r.id, r.ruta]));
  return [...libro.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const rId = atributo(m[0], "r:id") ?? "";
    return { nombre: atributo(m[0], "name") ?? "", sheetId: Number(atributo(m[0], "sheetId")), rId, ruta: rutas.get(rId) ?? "" };
  });
}

/** Deletes a part, its rels and (recursively) the internal parts only it points to. */
async function borrarParte(zip: JSZip, ruta: string, tipos: string[]): Promise<void> {
  const relsRuta = rutaRels(ruta);
  const rels = await leerParte(zip, relsRuta);
  zip.remove(ruta);
  tipos.push(ruta);
  if (rels === null) return;
  zip.remove(relsRuta);
  // Media may be shared with other drawings: an orphan image is harmless, a missing one is not.
  for (const r of relaciones(rels, ruta)) {
    if (!r.externa && !r.ruta.startsWith("xl/media/") && zip.file(r.ruta) !== null) await borrarParte(zip, r.ruta, tipos);
  }
}

/** Index remapping after removing sheets: old position → new position (or null when removed). */
function remapear(xml: string, posicion: (vieja: number) => number | null): string {
  return xml
    .replace(/<definedName\b[^>]*\slocalSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (todo, i: string) => {
      const nueva = posicion(Number(i));
      return nueva === null ? "" : todo.replace(/localSheetId="\d+"/, `localSheetId="${nueva}"`);
    })
    .replace(/<definedNames>\s*<\/definedNames>/, "")
    .replace(/<workbookView\b[^>]*>/g, (tag) =>
      tag.replace(/(\s(?:activeTab|firstSheet)=")(\d+)(")/g, (_t, a: string, i: string, b: string) => `${a}${posicion(Number(i)) ?? 0}${b}`),
    );
}

export async function quitarHojas(zip: JSZip, nombres: ReadonlySet<string>): Promise<void> {
  const hojas = await hojasDelPaquete(zip);
  const quitar = hojas.filter((h) => nombres.has(h.nombre));
  if (quitar.length === 0) return;
  let { libro, rels } = await leerLibro(zip);
  const borradas: string[] = [];
  for (const h of quitar) {
    await borrarParte(zip, h.ruta, borradas);
    libro = libro.replace(/<sheet\b[^>]*>/g, (tag) => (atributo(tag, "r:id") === h.rId ? "" : tag));
    rels = rels.replace(/<Relationship\b[^>]*>/g, (tag) => (atributo(tag, "Id") === h.rId ? "" : tag));
  }
  // The calculation chain is a cache Excel rebuilds; an entry for a removed sheet would make Excel repair the file.
  const cadena = await leerParte(zip, "xl/calcChain.xml");
  if (cadena !== null && quitar.some((h) => cadena.includes(`i="${h.sheetId}"`))) {
    zip.remove("xl/calcChain.xml");
    borradas.push("xl/calcChain.xml");
    rels = rels.replace(/<Relationship\b[^>]*>/g, (tag) => (/relationships\/calcChain"/.test(tag) ? "" : tag));
  }
  const nuevas = new Map<number, number>();
  hojas.filter((h) => !nombres.has(h.nombre)).forEach((h) => nuevas.set(hojas.indexOf(h), nuevas.size));
  zip.file(LIBRO, remapear(libro, (v) => nuevas.get(v) ?? null));
  zip.file(RELS_LIBRO, rels);
  const tipos = await leerParte(zip, "[Content_Types].xml");
  if (tipos !== null) {
    const fuera = new Set(borradas.map((b) => `/${b}`));
    zip.file("[Content_Types].xml", tipos.replace(/<Override\b[^>]*>/g, (tag) => (fuera.has(atributo(tag, "PartName") ?? "") ? "" : tag)));
  }
}

/** Appends a sheet entry (after the existing tabs) pointing at an already written part. */
export async function agregarHoja(zip: JSZip, nombre: string, ruta: string): Promise<void> {
  let { libro, rels } = await leerLibro(zip);
  const hojas = await hojasDelPaquete(zip);
  const sheetId = Math.max(0, ...hojas.map((h) => h.sheetId)) + 1;
  const usados = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (usados.has(`rId${n}`)) n++;
  const rId = `rId${n}`;
  rels = rels.replace("</Relationships>", `<Relationship Id="${rId}" Type="${NS_REL}/worksheet" Target="/${ruta}"/></Relationships>`);
  const entrada = `<sheet name="${escaparXml(nombre)}" sheetId="${sheetId}" r:id="${rId}"/>`;
  libro = /<sheets\s*\/>/.test(libro) ? libro.replace(/<sheets\s*\/>/, `<sheets>${entrada}</sheets>`) : libro.replace("</sheets>", `${entrada}</sheets>`);
  zip.file(LIBRO, libro);
  zip.file(RELS_LIBRO, rels);
}
