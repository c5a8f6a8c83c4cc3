/**
 * Offline checks of manifest.xml (../shared/reference/office-addin-notes.md §8.1): the XSD through xmllint when it is
 * installed, and with a parser what the XSD cannot see — resource ids that resolve, locale coverage,
 * the ribbon the issue asks for, https URLs, icons present in assets/ and matching the generator.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { generarIconos, TAMANOS } from "../scripts/generarIconos";
import { describeCompartido, rutaCompartida } from "./helpers/fixturesReales";

const RAIZ = path.resolve(__dirname, "..");
const MANIFIESTO = path.join(RAIZ, "manifest.xml");
const XSD_RELATIVO = "manifest-xsd/OfficeAppManifestV1_1.xsd";
const XSD = rutaCompartida(XSD_RELATIVO);

interface Elemento {
  readonly nombre: string;
  readonly atributos: Readonly<Record<string, string>>;
  readonly hijos: readonly Elemento[];
  readonly texto: string;
}

function esRegistro(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Turns fast-xml-parser's preserveOrder output into a small typed tree. */
function aElementos(nodos: unknown): Elemento[] {
  if (!Array.isArray(nodos)) return [];
  const salida: Elemento[] = [];
  for (const nodo of nodos) {
    if (!esRegistro(nodo)) continue;
    const nombre = Object.keys(nodo).find((k) => k !== ":@" && k !== "#text" && !k.startsWith("?"));
    if (nombre === undefined) continue;
    const crudos = nodo[":@"];
    const atributos: Record<string, string> = {};
    if (esRegistro(crudos)) for (const [k, v] of Object.entries(crudos)) atributos[k] = String(v);
    const contenido = nodo[nombre];
    const texto = Array.isArray(contenido) ? contenido.map((c) => (esRegistro(c) && "#text" in c ? String(c["#text"]) : "")).join("") : "";
    salida.push({ nombre, atributos, hijos: aElementos(contenido), texto });
  }
  return salida;
}

function descendientes(e: Elemento, nombre: string): Elemento[] {
  return e.hijos.flatMap((h) => [...(h.nombre === nombre ? [h] : []), ...descendientes(h, nombre)]);
}

function residUsados(e: Elemento): string[] {
  const propio = e.atributos["resid"];
  return [...(propio === undefined ? [] : [propio]), ...e.hijos.flatMap(residUsados)];
}

function hijo(e: Elemento, nombre: string): Elemento {
  const h = e.hijos.find((x) => x.nombre === nombre);
  if (h === undefined) throw new Error(`<${e.nombre}> no tiene <${nombre}>`);
  return h;
}

function atributo(e: Elemento, nombre: string): string {
  const v = e.atributos[nombre];
  if (v === undefined) throw new Error(`<${e.nombre}> no tiene el atributo ${nombre}`);
  return v;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});
const raiz = ((): Elemento => {
  const [oficina] = aElementos(parser.parse(fs.readFileSync(MANIFIESTO, "utf8")));
  if (oficina === undefined) throw new Error("manifest.xml vacío");
  return oficina;
})();
const recursos = hijo(hijo(raiz, "VersionOverrides"), "Resources");

/** Resources of one kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) by id. */
function recursosDe(tipo: string): Map<string, Elemento> {
  return new Map(hijo(recursos, tipo).hijos.map((r) => [atributo(r, "id"), r]));
}
const imagenes = recursosDe("bt:Images");
const urls = recursosDe("bt:Urls");
const cortas = recursosDe("bt:ShortStrings");
const largas = recursosDe("bt:LongStrings");

/** es-CO value and en-US override of a localised string resource. */
function textos(id: string): { esCO: string; enUS: string | undefined } {
  const r = cortas.get(id) ?? largas.get(id);
  if (r === undefined) throw new Error(`recurso ${id} inexistente`);
  const en = r.hijos.find((o) => o.nombre === "bt:Override" && o.atributos["Locale"] === "en-US");
  return { esCO: atributo(r, "DefaultValue"), enUS: en?.atributos["Value"] };
}

const xmllint = ((): boolean => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
// Under CI=true a missing xmllint is not skipped: .ci/run installs it, so its absence is a defect.
const conXmllint = xmllint || process.env["CI"] === "true";
if (!conXmllint) console.log("xmllint no disponible — validación XSD del manifiesto omitida");

describeCompartido([XSD_RELATIVO], "manifest.xml against the Office XSD (../shared/reference/office-addin-notes.md §8.1)", () => {
  (conXmllint ? it : it.skip)("validates with xmllint against ../shared/manifest-xsd/OfficeAppManifestV1_1.xsd", () => {
    // execFileSync throws on a non-zero exit (3 = invalid, 5 = schema did not compile).
    const salida = execFileSync("xmllint", ["--noout", "--schema", XSD, MANIFIESTO], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(salida).toBe("");
  });
});

describe("manifest.xml: identity and requirements (issue #3, item 1)", () => {
  it("office-addin-manifest info (Microsoft's own parser, offline) reads it as the Seguimiento Excel task pane", () => {
    // The CLI, not the library: the library pulls an ESM-only dependency that jest cannot load.
    const cli = path.join(RAIZ, "node_modules", ".bin", "office-addin-manifest");
    const salida = execFileSync(cli, ["info", MANIFIESTO], { encoding: "utf8", timeout: 30_000 });
    const campos = new Map(
      salida.split("\n").flatMap((l) => {
        const m = /^\s*([^:]+):\s*(.*)$/.exec(l);
        return m?.[1] !== undefined && m[2] !== undefined ? [[m[1].trim(), m[2].trim()] as const] : [];
      }),
    );
    expect(["Id", "Name", "Type", "Hosts", "Default Locale", "Permissions"].map((k) => campos.get(k))).toEqual([
      hijo(raiz, "Id").texto,
      "Seguimiento",
      "TaskPaneApp",
      "Workbook",
      "es-CO",
      "ReadWriteDocument",
    ]);
  });

  it("is an Excel task pane add-in with read/write permission", () => {
    expect(raiz.nombre).toBe("OfficeApp");
    expect(atributo(raiz, "xsi:type")).toBe("TaskPaneApp");
    expect(descendientes(hijo(raiz, "Hosts"), "Host").map((h) => atributo(h, "Name"))).toEqual(["Workbook"]);
    expect(hijo(raiz, "Permissions").texto).toBe("ReadWriteDocument");
  });

  it("has a GUID Id and an n.n.n.n Version", () => {
    expect(hijo(raiz, "Id").texto).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(hijo(raiz, "Version").texto).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("requires ExcelApi 1.7 and nothing else (../shared/reference/office-addin-notes.md §1)", () => {
    const sets = hijo(hijo(raiz, "Requirements"), "Sets");
    expect(atributo(sets, "DefaultMinVersion")).toBe("1.1");
    expect(sets.hijos.map((s) => [atributo(s, "Name"), atributo(s, "MinVersion")])).toEqual([["ExcelApi", "1.7"]]);
  });

  it.each(["DisplayName", "Description"])("%s defaults to es-CO text with an en-US override", (nombre) => {
    expect(hijo(raiz, "DefaultLocale").texto).toBe("es-CO");
    const e = hijo(raiz, nombre);
    expect(atributo(e, "DefaultValue").length).toBeGreaterThan(0);
    const overrides = e.hijos.filter((o) => o.nombre === "Override");
    expect(overrides.map((o) => atributo(o, "Locale"))).toEqual(["en-US"]);
    expect(atributo(overrides[0] as Elemento, "Value")).not.toBe(atributo(e, "DefaultValue"));
  });

  it("DisplayName is Seguimiento", () => {
    expect(atributo(hijo(raiz, "DisplayName"), "DefaultValue")).toBe("Seguimiento");
  });
});

describe("manifest.xml: the Seguimiento ribbon tab (issue #3, item 1; SPEC §6)", () => {
  const host = hijo(hijo(hijo(raiz, "VersionOverrides"), "Hosts"), "Host");
  const pestanas = descendientes(host, "CustomTab");
  const controles = descendientes(host, "Control");

  function etiqueta(e: Elemento): string {
    return textos(atributo(hijo(e, "Label"), "resid")).esCO;
  }

  it("has one custom tab labelled Seguimiento (Monitoring in en-US)", () => {
    expect(pestanas).toHaveLength(1);
    const pestana = pestanas[0] as Elemento;
    expect(textos(atributo(hijo(pestana, "Label"), "resid"))).toEqual({ esCO: "Seguimiento", enUS: "Monitoring" });
    expect(descendientes(pestana, "Group")).toHaveLength(1);
  });

  it("has exactly the buttons Abrir panel and Consolidar", () => {
    expect(controles.map((c) => [atributo(c, "xsi:type"), etiqueta(c)])).toEqual([
      ["Button", "Abrir panel"],
      ["Button", "Consolidar"],
    ]);
  });

  it("Abrir panel shows the task pane taskpane.html with TaskpaneId ButtonId1", () => {
    const accion = hijo(controles.find((c) => etiqueta(c) === "Abrir panel") as Elemento, "Action");
    expect(atributo(accion, "xsi:type")).toBe("ShowTaskpane");
    expect(hijo(accion, "TaskpaneId").texto).toBe("ButtonId1");
    const url = urls.get(atributo(hijo(accion, "SourceLocation"), "resid"));
    expect(url && atributo(url, "DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  it('Consolidar runs FunctionName "consolidar" from the function file commands.html', () => {
    const accion = hijo(controles.find((c) => etiqueta(c) === "Consolidar") as Elemento, "Action");
    expect(atributo(accion, "xsi:type")).toBe("ExecuteFunction");
    expect(hijo(accion, "FunctionName").texto).toBe("consolidar");
    const archivo = urls.get(atributo(descendientes(host, "FunctionFile")[0] as Elemento, "resid"));
    expect(archivo && atributo(archivo, "DefaultValue")).toBe("https://localhost:3000/commands.html");
  });

  it("every FunctionName is registered with Office.actions.associate in src/commands/", () => {
    const dir = path.join(RAIZ, "src", "commands");
    const fuentes = fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true, encoding: "utf8" })
          .filter((f) => /\.tsx?$/.test(f))
          .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
          .join("\n")
      : "";
    // The name may sit in a constant next to the call, so look for both rather than one pattern.
    expect(fuentes).toMatch(/Office\.actions\.associate\(/);
    for (const fn of descendientes(host, "FunctionName").map((f) => f.texto)) {
      expect(fuentes).toMatch(new RegExp(`["'\`]${fn}["'\`]`));
    }
  });
});

describe("manifest.xml: resources (../shared/reference/office-addin-notes.md §4, §8.1)", () => {
  const referencias = (nombre: string): string[] =>
    descendientes(hijo(raiz, "VersionOverrides"), nombre)
      .filter((e) => e.atributos["resid"] !== undefined)
      .map((e) => atributo(e, "resid"));

  it.each([
    ["bt:Image", imagenes],
    ["Label", cortas],
    ["Title", cortas],
    ["Description", largas],
    ["SourceLocation", urls],
    ["FunctionFile", urls],
    ["LearnMoreUrl", urls],
  ] as const)("every resid of <%s> names an existing resource of the right kind", (nombre, tabla) => {
    const ids = referencias(nombre);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect([id, tabla.has(id)]).toEqual([id, true]);
  });

  it("every resource is referenced, and ids are at most 32 characters", () => {
    const usados = new Set(residUsados(hijo(raiz, "VersionOverrides")));
    for (const id of [...imagenes.keys(), ...urls.keys(), ...cortas.keys(), ...largas.keys()]) {
      expect([id, usados.has(id), id.length <= 32]).toEqual([id, true, true]);
    }
  });

  it("every ribbon string has an en-US override that differs from es-CO, within the length limits", () => {
    for (const [tabla, limite] of [
      [cortas, 125],
      [largas, 250],
    ] as const) {
      for (const id of tabla.keys()) {
        const { esCO, enUS } = textos(id);
        expect([id, typeof enUS, enUS !== esCO]).toEqual([id, "string", true]);
        expect(esCO.length).toBeLessThanOrEqual(limite);
        expect((enUS ?? "").length).toBeLessThanOrEqual(limite);
      }
    }
  });

  it("every URL is https on localhost:3000 (webpack rewrites it for production)", () => {
    const valores = [
      ...[...imagenes.values(), ...urls.values()].map((r) => atributo(r, "DefaultValue")),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) => atributo(hijo(raiz, n), "DefaultValue")),
      atributo(hijo(hijo(raiz, "DefaultSettings"), "SourceLocation"), "DefaultValue"),
      ...descendientes(raiz, "AppDomain").map((d) => d.texto),
    ];
    for (const v of valores) expect(v).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("every icon URL points at a PNG in assets/ whose size matches its name", () => {
    const iconos = [
      ...[...imagenes.values()].map((r) => atributo(r, "DefaultValue")),
      atributo(hijo(raiz, "IconUrl"), "DefaultValue"),
      atributo(hijo(raiz, "HighResolutionIconUrl"), "DefaultValue"),
    ];
    for (const url of iconos) {
      const relativo = new URL(url).pathname.replace(/^\//, "");
      const archivo = path.join(RAIZ, relativo);
      expect([relativo, fs.existsSync(archivo)]).toEqual([relativo, true]);
      const png = fs.readFileSync(archivo);
      const lado = Number(/-(\d+)\.png$/.exec(relativo)?.[1]);
      expect([relativo, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([relativo, lado, lado]);
    }
  });

  it("the ribbon icons declared size N use the N-pixel file", () => {
    for (const img of descendientes(hijo(raiz, "VersionOverrides"), "bt:Image").filter((e) => e.atributos["size"])) {
      const recurso = imagenes.get(atributo(img, "resid")) as Elemento;
      expect(atributo(recurso, "DefaultValue")).toMatch(new RegExp(`-${atributo(img, "size")}\\.png$`));
    }
  });
});

describe("assets/ icons", () => {
  const generados = generarIconos();
  it.each(TAMANOS.flatMap((n) => [`icon-${n}.png`, `consolidar-${n}.png`]))("%s is committed and equals scripts/generarIconos.ts output", (nombre) => {
    const esperado = generados.get(nombre);
    expect(esperado).toBeDefined();
    expect(fs.readFileSync(path.join(RAIZ, "assets", nombre)).equals(esperado as Buffer)).toBe(true);
  });
});
