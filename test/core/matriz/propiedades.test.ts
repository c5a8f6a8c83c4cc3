/**
 * Property tests (issue 3): random messy grids — blank rows, merged areas, text and error values
 * in numeric columns, stray titles, side tables — never throw, and every non-numeric cell in a
 * numeric field of a meta row yields E-NO-NUMERICO with its exact address.
 */
import fc from "fast-check";
import { direccion } from "../../../src/core/grid/direccion";
import type { Valor } from "../../../src/core/grid/libro";
import { leerLibro } from "../../../src/core/matriz/leerLibro";
import { hoja, libro } from "../../helpers/grid";

const ENCABEZADO = ["Código", "Meta de producto", "Meta 2024", "Avance meta 2024", "Meta 2025", "Avance meta 2025"];
const NUMERICAS = [2, 3, 4, 5];

const basura = fc.constantFrom<Valor>("Meta cumplida", "N/A", "pendiente", { error: "#REF!" }, { error: "#DIV/0!" }, "12abc", true);
const numero = fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.constantFrom<Valor>("1.234,5", "50%", " 7 ", null, "ND", "NA"));

interface Fila {
  readonly tipo: "meta" | "vacia" | "nota";
  readonly valores: readonly Valor[];
  readonly basura: readonly boolean[];
}

const filaMeta = fc
  .tuple(fc.array(fc.oneof(numero, basura), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1000 }))
  .map(([vals, seguro, n]): Fila => {
    // at least one numeric field holds a number, so the row is a meta (SPEC §3.4)
    const v = vals.map((x, i) => (i === seguro ? n : x));
    return {
      tipo: "meta",
      valores: [`C${n}`, `Meta ${n}`, ...v],
      basura: v.map(
        (x) => typeof x === "boolean" || (typeof x === "object" && x !== null) || (typeof x === "string" && /[a-z]/i.test(x) && !/^(ND|NA)$/.test(x)),
      ),
    };
  });
const filaRara = fc.constantFrom<Fila>({ tipo: "vacia", valores: [], basura: [] }, { tipo: "nota", valores: ["TOTAL", null, 5, 5], basura: [] });

const grilla = fc.record({
  titulos: fc.array(fc.constantFrom<Valor[]>(["INFORME 2020-2023"], ["VIGENCIA 2024"], [null, "SEGUIMIENTO PRIMER TRIMESTRE 2024"], []), { maxLength: 4 }),
  filas: fc.array(fc.oneof({ weight: 4, arbitrary: filaMeta }, { weight: 1, arbitrary: filaRara }), { minLength: 1, maxLength: 25 }),
  lateral: fc.boolean(),
  combinarTitulo: fc.boolean(),
  combinarCodigos: fc.boolean(),
});

describe("Random messy grids (issue 3 property tests)", () => {
  it("never throw, and every non-numeric cell of a numeric field is E-NO-NUMERICO at its exact address", () => {
    fc.assert(
      fc.property(grilla, ({ titulos, filas, lateral, combinarTitulo, combinarCodigos }) => {
        const inicio = titulos.length;
        const valores: Valor[][] = [...titulos.map((t) => [...t]), [...ENCABEZADO, ...(lateral ? [null, "Resumen", "Total"] : [])]];
        const esperadas = new Set<string>();
        filas.forEach((f, i) => {
          const r = inicio + 1 + i;
          const fila = [...f.valores, ...Array<Valor>(ENCABEZADO.length - f.valores.length).fill(null)];
          valores.push([...fila, ...(lateral ? [null, "x", "Meta cumplida"] : [])]);
          if (f.tipo === "meta") f.basura.forEach((b, k) => b && esperadas.add(direccion(r, NUMERICAS[k] ?? 0)));
        });
        const combinadas = combinarTitulo && inicio > 0 ? [`A1:C1`] : [];
        // a code merged down over two consecutive metas (hierarchy columns are often merged)
        if (combinarCodigos) {
          for (let i = 0; i + 1 < filas.length; i += 2) {
            if (filas[i]?.tipo !== "meta" || filas[i + 1]?.tipo !== "meta") continue;
            const r = inicio + 1 + i;
            (valores[r + 1] as Valor[])[0] = null;
            combinadas.push(`${direccion(r, 0)}:${direccion(r + 1, 0)}`);
          }
        }
        const l = leerLibro(libro([hoja("PDT", valores, { combinadas })]));
        const encontradas = new Set(l.hallazgos.filter((h) => h.codigo === "E-NO-NUMERICO").map((h) => h.celda ?? ""));
        expect(encontradas).toEqual(esperadas);
        expect(l.metas).toHaveLength(filas.filter((f) => f.tipo === "meta").length);
      }),
      { numRuns: 300, seed: 20241124 },
    );
  });

  it("arbitrary grids of any values and merged areas never throw", () => {
    const valor = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom<Valor>(...ENCABEZADO, "TOTAL", "Dependencia: X", { error: "#N/A" }),
    );
    const area = fc.record({ fila: fc.nat(12), columna: fc.nat(8), filas: fc.integer({ min: 1, max: 4 }), columnas: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(fc.array(valor, { maxLength: 9 }), { maxLength: 15 }), fc.array(area, { maxLength: 4 }), (valores, combinadas) => {
        expect(() => leerLibro({ hojas: [{ nombre: "H", valores, combinadas }], cultura: { nombre: "es-CO", decimal: ",", miles: "." } })).not.toThrow();
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
