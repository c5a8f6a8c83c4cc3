/**
 * Honest reach (issue #12 §6): on Internet Explorer 11 (Trident) and EdgeHTML — the webviews of
 * Office 2016/2019 — the built pages show the Spanish message of their inline ES5 check instead
 * of a blank pane; on Chromium they do not. The production manifest names no development URL.
 */
import fs from "node:fs";
import path from "node:path";
import { DIST } from "../../scripts/servirDemo";
import { abrirEntorno, captura, cerrarEntorno, type Entorno } from "./navegador";

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";
const EDGEHTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763";
const MENSAJE = /Esta versión de Excel no puede cargar el complemento; use la página web de Excel/;

let entorno: Entorno | undefined;
beforeAll(async () => {
  entorno = await abrirEntorno();
});
afterAll(() => cerrarEntorno(entorno));

async function textoDe(pagina: string, userAgent: string | undefined): Promise<string> {
  if (!entorno) throw new Error("sin navegador");
  const contexto = await entorno.navegador.newContext({ viewport: { width: 320, height: 600 }, ...(userAgent ? { userAgent } : {}) });
  const p = await contexto.newPage();
  // No network: office.js is not needed to see what the page says before it loads.
  await p.route("https://appsforoffice.microsoft.com/**", (r) => r.fulfill({ contentType: "text/javascript", body: "" }));
  await p.goto(`${entorno.servidor.url}${pagina}`);
  await p.waitForLoadState("domcontentloaded");
  if (userAgent === TRIDENT) await p.screenshot({ path: captura(`alcance-${pagina.replace(".html", "")}-trident`) });
  const texto = await p.evaluate(() => document.body.innerText);
  await contexto.close();
  return texto;
}

describe.each(["taskpane.html", "commands.html"])("%s on an old Office webview", (pagina) => {
  it("shows the Spanish message on Trident (Internet Explorer 11)", async () => {
    expect(await textoDe(pagina, TRIDENT)).toMatch(MENSAJE);
  });
  it("shows the Spanish message on EdgeHTML", async () => {
    expect(await textoDe(pagina, EDGEHTML)).toMatch(MENSAJE);
  });
  it("does not show it on Chromium (WebView2, browsers)", async () => {
    expect(await textoDe(pagina, undefined)).not.toMatch(MENSAJE);
  });
});

describe("production manifest (webpack --mode production)", () => {
  it("points AppDomain, SupportUrl and LearnMoreUrl at the production site, never at localhost", () => {
    const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toMatch(/<AppDomain>https:\/\/[^<]+[^/]<\/AppDomain>/);
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/[^"]+\/ayuda\.html"\/>/);
    expect(xml).toMatch(/id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/[^"]+\/ayuda\.html"/);
    expect(fs.existsSync(path.join(DIST, "ayuda.html"))).toBe(true);
  });
});
