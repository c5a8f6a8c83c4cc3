/**
 * The sheet list of a package (xl/workbook.xml + its rels) and the two edits the writer makes
 * to it: removing an owned sheet with the parts that hang from it, and appending a sheet.
 * Defined names local to a sheet (localSheetId) and the active tab follow the sheets' new positions.
 */
import type JSZip from "jszip";
import { ErrorPaqueteInvalido } from "../../../core/fallos";
import { prefijosDe, raizDeclara, sinPrefijo } from "../_lib/espaciosNombres";
import { atributo, escaparXml, leerParte, NS_REL, resolverDestino, rutaRels } from "./paquete";

export const LIBRO = "xl/workbook.xml";
const RELS_LIBRO = "xl/_rels/workbook.xml.rels";

export interface HojaPaquete {
  readonly nombre: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly ruta: string;
}

/** The workbook and its rels in Excel's namespace form (espaciosNombres): `<sheet>`, never `<x:sheet>`. */
export async function leerLibro(zip: JSZip): Promise<{ libro: string; rels: string }> {
  const libro = await leerParte(zip, LIBRO);
  const rels = await leerParte(zip, RELS_LIBRO);
  if (libro === null || rels === null) throw new ErrorPaqueteInvalido("falta xl/workbook.xml o sus relaciones");
  return { libro: sinPrefijo(libro), rels: sinPrefijo(rels) };
}

export function relaciones(rels: string, parte: string): { id: string; ruta: string; externa: boolean; tag: string }[] {
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: atributo(m[0], "Id") ?? "",
    ruta: resolverDestino(parte, atributo(m[0], "Target") ?? ""),
    externa: atributo(m[0], "TargetMode") === "External",
    tag: m[0],
  }));
}

/** The relationship id of a `<sheet>`, whatever prefix the file binds to the relationships namespace. */
function idDeHoja(etiqueta: string, prefijos: readonly string[]): string {
  for (const p of prefijos) {
    const id = atributo(etiqueta, `${p}:id`);
    if (id !== null) return id;
  }
  return "";
}

/**
 * The sheets listed by a workbook part (namespaces in Excel's form) and its rels.
 * @example hojasDe(libroXml, relsXml) // [{ nombre: "PDT", sheetId: 1, rId: "rId1", ruta: "xl/worksheets/sheet1.xml" }]
 */
export function hojasDe(libro: string, rels: string): HojaPaquete[] {
  const rutas = new Map(relaciones(rels, LIBRO).map((r) => [r.id, r.ruta]));
  const prefijos = prefijosDe(libro, NS_REL, "r");
  return [...libro.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const rId = idDeHoja(m[0], prefijos);
    return { nombre: atributo(m[0], "name") ?? "", sheetId: Number(atributo(m[0], "sheetId")), rId, ruta: rutas.get(rId) ?? "" };
  });
}

export async function hojasDelPaquete(zip: JSZip): Promise<HojaPaquete[]> {
  const { libro, rels } = await leerLibro(zip);
  return hojasDe(libro, rels);
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
export function remapear(xml: string, posicion: (vieja: number) => number | null): string {
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
  const prefijos = prefijosDe(libro, NS_REL, "r");
  const borradas: string[] = [];
  for (const h of quitar) {
    await borrarParte(zip, h.ruta, borradas);
    libro = libro.replace(/<sheet\b[^>]*>/g, (tag) => (idDeHoja(tag, prefijos) === h.rId ? "" : tag));
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
  zip.file(
    LIBRO,
    remapear(libro, (v) => nuevas.get(v) ?? null),
  );
  zip.file(RELS_LIBRO, rels);
  const tipos = await leerParte(zip, "[Content_Types].xml");
  if (tipos !== null) {
    const fuera = new Set(borradas.map((b) => `/${b}`));
    zip.file(
      "[Content_Types].xml",
      tipos.replace(/<Override\b[^>]*>/g, (tag) => (fuera.has(atributo(tag, "PartName") ?? "") ? "" : tag)),
    );
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
  // openpyxl binds `r` on each <sheet>, not on the root: the entry then declares it itself.
  const declarar = raizDeclara(libro, "r", NS_REL) ? "" : ` xmlns:r="${NS_REL}"`;
  const entrada = `<sheet${declarar} name="${escaparXml(nombre)}" sheetId="${sheetId}" r:id="${rId}"/>`;
  if (/<sheets\s*\/>/.test(libro)) libro = libro.replace(/<sheets\s*\/>/, `<sheets>${entrada}</sheets>`);
  else if (libro.includes("</sheets>")) libro = libro.replace("</sheets>", `${entrada}</sheets>`);
  // A namespace form sinPrefijo leaves as is: refuse rather than write a sheet no list names.
  else throw new ErrorPaqueteInvalido("xl/workbook.xml sin lista de hojas <sheets>");
  zip.file(LIBRO, libro);
  zip.file(RELS_LIBRO, rels);
}
