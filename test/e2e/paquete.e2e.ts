/**
 * Bundle budget (issue 6): exceljs (~1 MB) is loaded only when a file is opened, never with the
 * task pane or the ribbon command. Checked on the built dist/ that the other e2e files serve.
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
  it.each(["taskpane.html", "commands.html", "demo.html"])("%s loads its own entry only, without exceljs", (pagina) => {
    const scripts = scriptsIniciales(pagina);
    expect(scripts).toEqual([pagina.replace(".html", ".js")]);
    for (const s of scripts) expect(fs.readFileSync(path.join(DIST, s), "utf8")).not.toMatch(/ExcelJS|exceljs/);
  });
});
