/**
 * Grafts the owned sheets, written by exceljs into a package of their own, into the input
 * package: worksheet parts and their tables are copied under free names, styles merged
 * (fusionEstilos), shared strings inlined, and the sheets appended to the workbook. No other
 * part of the input changes, so input sheets keep every byte (names, links, comments, images).
 */
import type JSZip from "jszip";
import { fusionarEstilos, type MapaEstilos } from "./fusionEstilos";
import { agregarHoja, hojasDelPaquete } from "./libroXml";
import { agregarRelacion, asegurarTipoContenido, atributo, leerParte, NS_REL, PaqueteInvalidoError, resolverDestino, rutaRels, siguienteNombre } from "./paquete";

const TIPO_HOJA = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TIPO_TABLA = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TIPO_ESTILOS = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const ESTILOS_VACIOS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

async function rutaEstilos(zip: JSZip): Promise<string | null> {
  const rels = (await leerParte(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const tag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => /relationships\/styles"/.test(t));
  return tag === undefined ? null : resolverDestino("xl/workbook.xml", atributo(tag, "Target") ?? "");
}

async function cadenasCompartidas(zip: JSZip): Promise<string[]> {
  const xml = (await leerParte(zip, "xl/sharedStrings.xml")) ?? "";
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

/** The owned sheet's XML in the input's terms: inline strings, merged style indexes, no tab selection. */
function traducirHoja(xml: string, cadenas: readonly string[], mapa: MapaEstilos): string {
  return xml
    .replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_t, a: string, b: string, i: string) => `<c${a} t="inlineStr"${b}><is>${cadenas[Number(i)] ?? "<t></t>"}</is></c>`)
    .replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)(")/g, (_t, a: string, i: string, b: string) => `${a}${mapa.xf[Number(i)] ?? 0}${b}`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)(")/g, (_t, a: string, i: string, b: string) => `${a}${mapa.xf[Number(i)] ?? 0}${b}`)
    .replace(/(<cfRule\b[^>]*?\sdxfId=")(\d+)(")/g, (_t, a: string, i: string, b: string) => `${a}${mapa.dxf[Number(i)] ?? 0}${b}`)
    .replace(/\stabSelected="1"/g, "");
}

async function tablasExistentes(zip: JSZip): Promise<{ ids: Set<number>; nombres: Set<string> }> {
  const ids = new Set<number>();
  const nombres = new Set<string>();
  for (const f of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const tag = /<table\b[^>]*>/.exec(await f.async("string"))?.[0] ?? "";
    ids.add(Number(atributo(tag, "id")));
    nombres.add((atributo(tag, "name") ?? "").toLowerCase());
  }
  return { ids, nombres };
}

/** Copies the owned sheets of `origen` (in its tab order) into `destino`; returns name → part. */
export async function injertarHojas(destino: JSZip, origen: JSZip): Promise<Map<string, string>> {
  const estilosOrigen = await leerParte(origen, "xl/styles.xml");
  if (estilosOrigen === null) throw new PaqueteInvalidoError("exceljs no escribió xl/styles.xml");
  const rutaDestinoEstilos = await rutaEstilos(destino);
  // A package without styles (some generators write none): ours are merged into an empty sheet.
  const estilosDestino = rutaDestinoEstilos === null ? ESTILOS_VACIOS : ((await leerParte(destino, rutaDestinoEstilos)) ?? ESTILOS_VACIOS);
  const { xml: estilos, mapa } = fusionarEstilos(estilosDestino, estilosOrigen);
  destino.file(rutaDestinoEstilos ?? "xl/styles.xml", estilos);
  if (rutaDestinoEstilos === null) {
    await asegurarTipoContenido(destino, "xl/styles.xml", TIPO_ESTILOS);
    await agregarRelacion(destino, "xl/_rels/workbook.xml.rels", `${NS_REL}/styles`, "styles.xml");
  }
  const cadenas = await cadenasCompartidas(origen);
  const tablas = await tablasExistentes(destino);
  const usados = new Set<string>();
  const rutas = new Map<string, string>();
  for (const hoja of await hojasDelPaquete(origen)) {
    const xml = await leerParte(origen, hoja.ruta);
    if (xml === null) throw new PaqueteInvalidoError(`exceljs no escribió ${hoja.ruta}`);
    const ruta = siguienteNombre(destino, "xl/worksheets/sheet", usados);
    destino.file(ruta, traducirHoja(xml, cadenas, mapa));
    await asegurarTipoContenido(destino, ruta, TIPO_HOJA);
    const rels = await leerParte(origen, rutaRels(hoja.ruta));
    if (rels !== null) {
      let relsNuevos = rels;
      for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
        if (!/relationships\/table"/.test(m[0])) continue;
        const rutaTabla = resolverDestino(hoja.ruta, atributo(m[0], "Target") ?? "");
        const nueva = siguienteNombre(destino, "xl/tables/table", usados);
        let id = 1;
        while (tablas.ids.has(id)) id++;
        tablas.ids.add(id);
        const original = (await leerParte(origen, rutaTabla)) ?? "";
        // A user table may already use the plan's name: names are workbook-wide, ours gets a suffix.
        const base = atributo(/<table\b[^>]*>/.exec(original)?.[0] ?? "", "name") ?? "Tabla";
        let nombre = base;
        for (let k = 2; tablas.nombres.has(nombre.toLowerCase()); k++) nombre = `${base}_${k}`;
        tablas.nombres.add(nombre.toLowerCase());
        const tabla = original
          .replace(/(<table\b[^>]*?\sid=")(\d+)(")/, `$1${id}$3`)
          .replace(/(<table\b[^>]*?\sname=")[^"]*(")/, `$1${nombre}$2`)
          .replace(/(<table\b[^>]*?\sdisplayName=")[^"]*(")/, `$1${nombre}$2`);
        destino.file(nueva, tabla);
        await asegurarTipoContenido(destino, nueva, TIPO_TABLA);
        relsNuevos = relsNuevos.replace(m[0], m[0].replace(/Target="[^"]*"/, `Target="../tables/${nueva.split("/").pop() ?? ""}"`));
      }
      destino.file(rutaRels(ruta), relsNuevos);
    }
    await agregarHoja(destino, hoja.nombre, ruta);
    rutas.set(hoja.nombre, ruta);
  }
  return rutas;
}
