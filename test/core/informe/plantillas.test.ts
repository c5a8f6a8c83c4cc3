/** The Informe's catalogue (issue 13): slots, agreement and the es-CO figures. */
import { textoCifra } from "../../../src/core/informe";
import { PLANTILLAS, rellenar, type ClavePlantilla } from "../../../src/core/informe/plantillas";

const uno = { cifra: 1, formato: "entero", origen: "plan#conteos.metas" } as const;
const doce = { cifra: 12, formato: "entero", origen: "plan#conteos.metas" } as const;

describe("rellenar", () => {
  it("a singular figure takes the singular form, any other the plural", () => {
    const texto = (n: typeof uno | typeof doce) =>
      rellenar("alertas", { bajo50: n, parteRezago: "", sobreejecutadas: doce })
        .map((f) => ("texto" in f ? f.texto : textoCifra(f)))
        .join("");
    expect(texto(uno)).toContain("se encuentra 1 meta;");
    expect(texto(doce)).toContain("se encuentran 12 metas;");
  });

  it("keeps figures as typed slots and merges the texts around them", () => {
    const f = rellenar("peso", { peso: { cifra: 0.462, formato: "pct", origen: "grupo:eje/1#peso" } });
    expect(f).toEqual([{ texto: "Su peso dentro del plan es del " }, { cifra: 0.462, formato: "pct", origen: "grupo:eje/1#peso" }, { texto: "." }]);
  });

  it("throws when a slot has no value (a broken catalogue entry is a bug)", () => {
    expect(() => rellenar("peso")).toThrow(RangeError);
  });

  it("throws when a plural agrees with a text instead of a figure", () => {
    expect(() => rellenar("alertas", { bajo50: "dos", sobreejecutadas: doce })).toThrow(RangeError);
  });

  it.each(Object.keys(PLANTILLAS) as ClavePlantilla[])("«%s» holds no figure of its own: every number comes through a slot", (clave) => {
    // slot names ("bajo50") are not text
    expect(PLANTILLAS[clave].replace(/\{\w+\}|\[\w+:/g, "")).not.toMatch(/\d/);
  });
});

describe("textoCifra (es-CO)", () => {
  it.each([
    [0.934, "pct", "93,4 %"],
    [0.18788, "pct", "18,8 %"],
    [1.6, "pct", "160 %"],
    [1234, "entero", "1.234"],
    [12.5, "decimal", "12,5"],
    [1_234_567, "moneda", "$ 1.234.567"],
    [2021, "anio", "2021"],
  ] as const)("%d as %s → %s", (cifra, formato, esperado) => {
    expect(textoCifra({ cifra, formato, origen: "x#y" })).toBe(esperado);
  });
});
