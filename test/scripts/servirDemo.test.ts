/**
 * The demo server on hostile paths (issue 12, probe 13): a malformed escape is a 400 and the
 * server keeps serving; an encoded "../" never reaches a sibling folder whose name starts with
 * the served one (dist → distX), nor anything else outside it.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { servir, type Servidor } from "../../scripts/servirDemo";

/** GET with the path sent exactly as written (fetch and URL would normalise it). */
function pedir(base: string, ruta: string): Promise<{ estado: number; cuerpo: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolver, rechazar) => {
    const pedido = http
      .get({ hostname, port, path: ruta, timeout: 5000 }, (res) => {
        let cuerpo = "";
        res
          .setEncoding("utf8")
          .on("data", (d: string) => (cuerpo += d))
          .on("end", () => resolver({ estado: res.statusCode ?? 0, cuerpo }));
      })
      .on("error", rechazar)
      // a server that died on the request never answers: fail instead of hanging
      .on("timeout", () => pedido.destroy(new Error(`sin respuesta a ${ruta}`)));
  });
}

describe("servir (scripts/servirDemo.ts)", () => {
  let raiz: string;
  let servidor: Servidor;
  beforeAll(async () => {
    raiz = fs.mkdtempSync(path.join(os.tmpdir(), "seguimiento-servir-"));
    fs.mkdirSync(path.join(raiz, "dist"));
    fs.mkdirSync(path.join(raiz, "distX"));
    fs.writeFileSync(path.join(raiz, "dist", "demo.html"), "<p>demo</p>");
    fs.writeFileSync(path.join(raiz, "distX", "secreto.txt"), "secreto");
    fs.writeFileSync(path.join(raiz, "fuera.txt"), "fuera");
    servidor = await servir(path.join(raiz, "dist"), 0);
  });
  afterAll(async () => {
    await servidor.cerrar();
    fs.rmSync(raiz, { recursive: true, force: true });
  });

  it("serves the page", async () => {
    expect(await pedir(servidor.url, "/")).toEqual({ estado: 200, cuerpo: "<p>demo</p>" });
  });

  it("answers a malformed escape with 400 and keeps serving", async () => {
    expect((await pedir(servidor.url, "/%E0%A4%A")).estado).toBe(400);
    expect((await pedir(servidor.url, "/demo.html")).estado).toBe(200);
  });

  it.each(["/..%2fdistX/secreto.txt", "/..%2FdistX%2Fsecreto.txt", "/%2e%2e%2fdistX/secreto.txt", "/..%2ffuera.txt", "/..%5cfuera.txt"])(
    "does not serve %s from outside the folder",
    async (ruta) => {
      const r = await pedir(servidor.url, ruta);
      expect(r.estado).toBe(404);
      expect(r.cuerpo).not.toMatch(/secreto|fuera/);
    },
  );
});
