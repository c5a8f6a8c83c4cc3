import { aA1, cajaDeRango, cajaDeRect, contiene, parseRango, rangoColumna, rectDeCaja } from "../../../src/core/grid/rango";

describe("parseRango", () => {
  test.each([
    ["A1:D10", { fila1: 0, columna1: 0, fila2: 9, columna2: 3 }],
    ["B3", { fila1: 2, columna1: 1, fila2: 2, columna2: 1 }],
    ["$B$3:$C$4", { fila1: 2, columna1: 1, fila2: 3, columna2: 2 }],
    // corners given in any order are the same rectangle, as Excel reads "D10:A1"
    ["D10:A1", { fila1: 0, columna1: 0, fila2: 9, columna2: 3 }],
    // Office's range.address carries the sheet, quoted when it has spaces or "!"
    ["'Por dependencia'!AA2:AB3", { fila1: 1, columna1: 26, fila2: 2, columna2: 27 }],
    ["'a!b'!C1", { fila1: 0, columna1: 2, fila2: 0, columna2: 2 }],
  ])("reads %s", (a1, rect) => {
    expect(parseRango(a1)).toEqual(rect);
  });

  test.each(["", "A", "1", "A1:B2:C3", "A1:", "ZZZZ1"])("throws RangeError on %p", (a1) => {
    expect(() => parseRango(a1)).toThrow(RangeError);
  });
});

describe("aA1", () => {
  it("writes a single cell without a colon and a rectangle by its corners", () => {
    expect(aA1({ fila1: 2, columna1: 1, fila2: 2, columna2: 1 })).toBe("B3");
    expect(aA1({ fila1: 0, columna1: 0, fila2: 9, columna2: 3 })).toBe("A1:D10");
    expect(rangoColumna(2, 4, 11)).toBe("C5:C12");
  });

  it("is the inverse of parseRango on normalised text", () => {
    for (const a1 of ["A1", "A1:D10", "AA100:AZ200", "C5:C12"]) expect(aA1(parseRango(a1))).toBe(a1);
  });
});

describe("cajas", () => {
  it("B2:D10 is 9 rows × 3 columns from (1, 1), the arguments of getRangeByIndexes", () => {
    expect(cajaDeRango("B2:D10")).toEqual({ fila: 1, columna: 1, filas: 9, columnas: 3 });
    expect(cajaDeRango("C7")).toEqual({ fila: 6, columna: 2, filas: 1, columnas: 1 });
  });

  it("a box and its rect convert both ways", () => {
    const r = parseRango("E3:H20");
    expect(rectDeCaja(cajaDeRect(r))).toEqual(r);
  });
});

describe("contiene", () => {
  it("holds for a rectangle inside, its own edges included, and fails when one side sticks out", () => {
    const fuera = parseRango("B2:D10");
    expect(contiene(fuera, parseRango("B2"))).toBe(true);
    expect(contiene(fuera, parseRango("B2:D10"))).toBe(true);
    expect(contiene(fuera, parseRango("A2:B3"))).toBe(false);
    expect(contiene(fuera, parseRango("C9:C11"))).toBe(false);
  });
});
