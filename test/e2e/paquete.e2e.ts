/**
 * Bundle budget (issue 6): exceljs (~1 MB) is loaded only when a file is opened, and docx (~1 MB,
 * issue 13) only when the Informe is downloaded, never with the task pane or the ribbon command.
 * Checked on the built dist/ that the other e2e files serve.
 */
import fs from "node:fs";
import path from "node:path";
import { DIST } from "../../scripts/servirDemo";

/** Scripts an HTML page of dist/ loads at start (minified HTML may drop the quotes). */
function scriptsIniciales(pagina: string): string[] {
  const html = fs.readFileSync(path.join(DIST, pagina), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? "").filter((s) => !/^https?:/.test(s));
}

describe("initial JavaScript of the add-in pages", () => {
  it.each([
    ["taskpane.html", "taskpane.js"],
    ["commands.html", "commands.js"],
    ["demo.html", "demo.js"],
    // the web page without the add-in is the demo at the folder's address (issue 14)
    ["index.html", "demo.js"],
  ])("%s loads its own entry only (%s), without exceljs or docx", (pagina, entrada) => {
    const scripts = scriptsIniciales(pagina);
    expect(scripts).toEqual([entrada]);
    // w:tblGrid is WordprocessingML that only docx writes (exceljs writes SpreadsheetML)
    for (const s of scripts) expect(fs.readFileSync(path.join(DIST, s), "utf8")).not.toMatch(/ExcelJS|exceljs|w:tblGrid/);
  });

  it("builds docx into a chunk loaded on demand, which no page loads at start", () => {
    const iniciales = new Set(["taskpane.html", "commands.html", "demo.html", "index.html"].flatMap(scriptsIniciales));
    const conDocx = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && fs.readFileSync(path.join(DIST, f), "utf8").includes("w:tblGrid"));
    expect(conDocx.length).toBeGreaterThan(0);
    expect(conDocx.filter((f) => iniciales.has(f))).toEqual([]);
  });
});
