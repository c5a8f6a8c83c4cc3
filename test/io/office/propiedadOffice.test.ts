import { esResto, leerRegistro, resolverPropias } from "../../../src/io/office/propiedadOffice";

const hojas = [
  { name: "Resumen", id: "{B}" },
  { name: "Mis alertas", id: "{C}" },
  { name: "PDM", id: "{A}" },
];

describe("the ownership record inside Excel (issue #12 §2)", () => {
  it("reads the record the core validates, keeping the ids beside it; a damaged one owns nothing", () => {
    expect(leerRegistro('{"hojas":{"Resumen":"resumen"},"ids":{"Resumen":"{B}"}}')).toEqual({ hojas: { Resumen: "resumen" }, ids: { Resumen: "{B}" } });
    expect(leerRegistro('{"hojas":{"Resumen":"resumen"},"ids":[1]}')).toEqual({ hojas: { Resumen: "resumen" } });
    expect(leerRegistro("{roto")).toBeNull();
    expect(leerRegistro({ hojas: { Resumen: "no-es-clave" } })).toBeNull();
  });

  it("owns by id: a renamed owned sheet keeps its key, a user sheet under a recorded name is not owned", () => {
    const registro = { hojas: { Resumen: "resumen", Alertas: "alertas", PDM: "datos" }, ids: { Resumen: "{X}", Alertas: "{C}", PDM: "{Y}" } } as const;
    const r = resolverPropias(registro, hojas);
    expect(r.propias.map((h) => h.id)).toEqual(["{C}"]);
    expect(r.propiedad).toEqual({ hojas: { "Mis alertas": "alertas" } });
  });

  it("by name when no recorded id exists any more (a reopened file) or the record has no ids", () => {
    const reabierto = resolverPropias({ hojas: { Resumen: "resumen" }, ids: { Resumen: "{viejo}" } }, hojas);
    expect(reabierto.propiedad).toEqual({ hojas: { Resumen: "resumen" } });
    expect(resolverPropias({ hojas: { resumen: "resumen" } }, hojas).propias.map((h) => h.name)).toEqual(["Resumen"]);
  });

  it("a leftover is a listed sheet with one of our generated names, nothing else", () => {
    expect(esResto("SegTmp3", ["SegTmp3"])).toBe(true);
    expect(esResto("SegTmp3", [])).toBe(false);
    expect(esResto("Resumen", ["Resumen"])).toBe(false);
  });
});
