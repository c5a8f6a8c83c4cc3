/**
 * The workbook's shared strings table, extended with the owned sheets' texts. Existing entries
 * keep their indexes (input cells point at them); a text already present is reused, so a rerun
 * finds the first run's entries and writes the same indexes. Stored as Excel writes them
 * (`<t>` with xml:space only when needed) so that entries Excel re-saved still match.
 */
import type JSZip from "jszip";
import { sinPrefijo } from "../_lib/espaciosNombres";
import { agregarRelacion, asegurarTipoContenido, atributo, escaparXml, leerParte, NS_REL, resolverDestino } from "./paquete";

const TIPO = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export function xmlCadena(texto: string): string {
  const preservar = /^\s|\s$|\n/.test(texto) ? ' xml:space="preserve"' : "";
  return `<si><t${preservar}>${escaparXml(texto)}</t></si>`;
}

export class CadenasCompartidas {
  private readonly indices = new Map<string, number>();
  private readonly nuevas: string[] = [];
  private total: number;

  private constructor(
    private readonly ruta: string | null,
    private readonly xml: string | null,
    existentes: readonly string[],
  ) {
    // A table may repeat an entry: the first index wins, and new ones go after all entries.
    existentes.forEach((si, i) => {
      if (!this.indices.has(si)) this.indices.set(si, i);
    });
    this.total = existentes.length;
  }

  static async leer(zip: JSZip): Promise<CadenasCompartidas> {
    const rels = sinPrefijo((await leerParte(zip, "xl/_rels/workbook.xml.rels")) ?? "");
    const tag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => /relationships\/sharedStrings"/.test(t));
    const ruta = tag === undefined ? null : resolverDestino("xl/workbook.xml", atributo(tag, "Target") ?? "");
    const leido = ruta === null ? null : await leerParte(zip, ruta);
    // `<x:si>` of an Open XML SDK file counted as `<si>`: existing cells keep their indexes.
    const xml = leido === null ? null : sinPrefijo(leido);
    const existentes = xml === null ? [] : [...xml.matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g)].map((m) => m[0]);
    return new CadenasCompartidas(ruta, xml, existentes);
  }

  indice(texto: string): number {
    const si = xmlCadena(texto);
    let i = this.indices.get(si);
    if (i === undefined) {
      i = this.total++;
      this.indices.set(si, i);
      this.nuevas.push(si);
    }
    return i;
  }

  async guardar(zip: JSZip): Promise<void> {
    if (this.nuevas.length === 0) return;
    const total = this.total;
    if (this.ruta === null || this.xml === null) {
      zip.file(
        "xl/sharedStrings.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${total}" uniqueCount="${total}">${this.nuevas.join("")}</sst>`,
      );
      await asegurarTipoContenido(zip, "xl/sharedStrings.xml", TIPO);
      await agregarRelacion(zip, "xl/_rels/workbook.xml.rels", `${NS_REL}/sharedStrings`, "sharedStrings.xml");
      return;
    }
    // `count` (references) is informational; uniqueCount must match the entries.
    const abierto = this.xml.replace(/<sst\b([^>]*)\/>/, "<sst$1></sst>");
    const conCuenta = abierto.replace(/<sst\b[^>]*>/, (tag) =>
      /\suniqueCount="/.test(tag) ? tag.replace(/\suniqueCount="\d*"/, ` uniqueCount="${total}"`) : tag.replace(/<sst\b/, `<sst uniqueCount="${total}"`),
    );
    zip.file(this.ruta, new TextEncoder().encode(conCuenta.replace("</sst>", `${this.nuevas.join("")}</sst>`)));
  }
}
