import { PassThrough } from "node:stream";
import { crearProgreso } from "../../src/cli/progreso";

/** A stream that says it is a terminal, with the cursor methods cli-progress calls. */
function terminal(): { flujo: PassThrough & { isTTY: boolean }; texto: () => string } {
  let texto = "";
  const flujo = Object.assign(new PassThrough(), {
    isTTY: true,
    columns: 100,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  flujo.on("data", (d: Buffer) => (texto += d.toString()));
  return { flujo, texto: () => texto };
}

describe("progress bar when reading several files (issue 3)", () => {
  it("shows on a terminal with each file read", async () => {
    const t = terminal();
    const p = crearProgreso(2, t.flujo, true);
    p.avanzar("salud.xlsx");
    p.avanzar("educacion.xlsx");
    p.terminar();
    await new Promise((r) => setImmediate(r));
    expect(t.texto()).toMatch(/Leyendo archivos \|.*\| 2\/2 educacion\.xlsx/);
  });

  test.each([
    ["stderr is not a terminal", 2, false, true],
    ["only one file", 1, true, true],
    ["JSON goes to stdout", 2, true, false],
  ])("stays silent when %s", async (_, total, tty, habilitado) => {
    const t = terminal();
    t.flujo.isTTY = tty;
    const p = crearProgreso(total, t.flujo, habilitado);
    p.avanzar("a.xlsx");
    p.terminar();
    await new Promise((r) => setImmediate(r));
    expect(t.texto()).toBe("");
  });
});
