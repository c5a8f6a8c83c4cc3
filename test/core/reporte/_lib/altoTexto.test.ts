/** Rows of wrapped text get the height their lines need (issue 13: the Informe's paragraphs must not overlap). */
import { altoAjustado, lineasAjustadas, PUNTOS_POR_LINEA } from "../../../../src/core/reporte/_lib/altoTexto";

describe("lineasAjustadas: words wrapped greedily at the column's width", () => {
  it.each([
    ["", 10, 1],
    ["corto", 10, 1],
    // "abcd efgh" is 9 characters: one line of 10; "abcd efgh ij" needs 12
    ["abcd efgh", 10, 1],
    ["abcd efgh ij", 10, 2],
    // exactly the width fits
    ["abcde abcd", 10, 1],
    // three words of 4: "aaaa bbbb" | "cccc"
    ["aaaa bbbb cccc", 9, 2],
    // a 25-character word in a 10-character column breaks twice: 10 | 10 | 5, then "xy" joins the 5
    ["abcdefghijklmnopqrstuvwxy xy", 10, 3],
    // after a long word's last piece, a word that does not fit starts a new line: 10 | 10 | 9 | "zz"
    ["abcdefghijklmnopqrstuvwxyzabc zz", 10, 4],
    // repeated spaces and a newline are one separator
    ["a   b\nc", 5, 1],
  ])("«%s» at %i characters → %i lines", (texto, ancho, lineas) => {
    expect(lineasAjustadas(texto, ancho)).toBe(lineas);
  });
});

describe("altoAjustado: a height only for rows taller than one line", () => {
  it("one line keeps the default height (null); n lines take n × 15 points", () => {
    expect(altoAjustado("una línea", 70)).toBeNull();
    expect(altoAjustado("palabra ".repeat(30).trim(), 70)).toBe(4 * PUNTOS_POR_LINEA); // 239 characters of 8-character words: 8 per line of 70
  });
});
