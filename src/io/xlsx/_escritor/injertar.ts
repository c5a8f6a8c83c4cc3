/**
 * Adds the owned sheets to the input package: worksheet and table parts under free names,
 * their styles merged into the workbook's styles.xml (fusionEstilos) and their texts into the
 * shared strings (cadenas), the sheets appended to
 * the workbook. No other part of the input changes, so input sheets keep every byte
 * (names, links, comments, images, validations).
 */
import type JSZip from "jszip";
import type { HojaPlan } from "../../../core/reporte/plan";
import { sinPrefijo } from "../_lib/espaciosNombres";
import { CadenasCompartidas } from "./cadenas";
import { CatalogoEstilos } from "./catalogoEstilos";
import { fusionarEstilos } from "./fusionEstilos";
import { prepararHoja, xmlHoja } from "./hojaXml";
import { agregarHoja } from "./libroXml";
import { agregarRelacion, asegurarTipoContenido, atributo, leerParte, NS_REL, resolverDestino, rutaRels, siguienteNombre } from "./paquete";
import { xmlTabla } from "./tablaXml";

const TIPO_HOJA = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TIPO_TABLA = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TIPO_ESTILOS = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const ESTILOS_VACIOS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

async function rutaEstilos(zip: JSZip): Promise<string | null> {
  const rels = sinPrefijo((await leerParte(zip, "xl/_rels/workbook.xml.rels")) ?? "");
  const tag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => /relationships\/styles"/.test(t));
  return tag === undefined ? null : resolverDestino("xl/workbook.xml", atributo(tag, "Target") ?? "");
}

async function tablasExistentes(zip: JSZip): Promise<{ ids: Set<number>; nombres: Set<string> }> {
  const ids = new Set<number>();
  const nombres = new Set<string>();
  for (const f of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const tag = /<table\b[^>]*>/.exec(sinPrefijo(await f.async("string")))?.[0] ?? "";
    ids.add(Number(atributo(tag, "id")));
    nombres.add((atributo(tag, "name") ?? "").toLowerCase());
  }
  return { ids, nombres };
}

/** Writes the plan's sheets after the existing tabs; returns sheet name → part path. */
export async function injertarHojas(destino: JSZip, hojas: readonly HojaPlan[]): Promise<Map<string, string>> {
  const catalogo = new CatalogoEstilos();
  const preparadas = hojas.map((h) => prepararHoja(h, catalogo));

  const rutaDestinoEstilos = await rutaEstilos(destino);
  // A package without styles (some generators write none): ours are merged into an empty sheet.
  const estilosDestino = rutaDestinoEstilos === null ? ESTILOS_VACIOS : sinPrefijo((await leerParte(destino, rutaDestinoEstilos)) ?? ESTILOS_VACIOS);
  const { xml: estilos, mapa } = fusionarEstilos(estilosDestino, catalogo.xml());
  destino.file(rutaDestinoEstilos ?? "xl/styles.xml", estilos);
  if (rutaDestinoEstilos === null) {
    await asegurarTipoContenido(destino, "xl/styles.xml", TIPO_ESTILOS);
    await agregarRelacion(destino, "xl/_rels/workbook.xml.rels", `${NS_REL}/styles`, "styles.xml");
  }

  const tablas = await tablasExistentes(destino);
  const cadenas = await CadenasCompartidas.leer(destino);
  const usados = new Set<string>();
  const rutas = new Map<string, string>();
  for (const p of preparadas) {
    const ruta = siguienteNombre(destino, "xl/worksheets/sheet", usados);
    const rels: string[] = [];
    for (const t of p.tablas) {
      let id = 1;
      while (tablas.ids.has(id)) id++;
      tablas.ids.add(id);
      // Table names are workbook-wide: a user table may already use the plan's name.
      let nombre = t.plan.nombre;
      for (let k = 2; tablas.nombres.has(nombre.toLowerCase()); k++) nombre = `${t.plan.nombre}_${k}`;
      tablas.nombres.add(nombre.toLowerCase());
      const rutaTabla = siguienteNombre(destino, "xl/tables/table", usados);
      destino.file(rutaTabla, xmlTabla(t, id, nombre));
      await asegurarTipoContenido(destino, rutaTabla, TIPO_TABLA);
      rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${NS_REL}/table" Target="../tables/${rutaTabla.split("/").pop() ?? ""}"/>`);
    }
    // Encoded here: jszip's own string-to-UTF-8 conversion is several times slower on a 20 MB part.
    destino.file(
      ruta,
      new TextEncoder().encode(
        xmlHoja(
          p,
          mapa,
          cadenas,
          rels.map((_, i) => `rId${i + 1}`),
        ),
      ),
    );
    await asegurarTipoContenido(destino, ruta, TIPO_HOJA);
    if (rels.length > 0) {
      destino.file(
        rutaRels(ruta),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
      );
    }
    await agregarHoja(destino, p.plan.nombre, ruta);
    rutas.set(p.plan.nombre, ruta);
  }
  await cadenas.guardar(destino);
  return rutas;
}
