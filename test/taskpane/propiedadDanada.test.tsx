/**
 * Issue 11 must show, in the pane: a damaged ownership record in the workbook's settings never
 * reaches the user as a raw SyntaxError. Consolidar either proceeds (the record read by the
 * core's leerPropiedad) or fails with a Spanish message (mensajeError, what the pane shows).
 */
import { mensajeError } from "../../src/app";
import { CLAVE_AJUSTE_PROPIEDAD } from "../../src/core/reporte/plan";
import { ExcelFalso } from "../../src/simulador";
import { crearServicioOffice } from "../../src/taskpane/services/office";
import { hoja, libro } from "../helpers/grid";

const MATRIZ = libro([
  hoja("PDM", [
    ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025"],
    ["Secretaría de Salud", "1001", "Vacunar niños y niñas", 40, 10, 5],
    ["Secretaría de Gobierno", "2001", "Capacitar líderes comunales", 100, 20, 10],
  ]),
]);

describe("a damaged ownership record in Excel (SPEC §6)", () => {
  test.each([
    ["not JSON", "{roto"],
    ["another shape", "[1,2]"],
  ])("%s: Consolidar proceeds or says why in Spanish", async (_caso, texto) => {
    const falso = new ExcelFalso().cargarLibro(MATRIZ);
    await falso.entorno.run(async (ctx) => {
      ctx.workbook.settings.add(CLAVE_AJUSTE_PROPIEDAD, texto);
      await ctx.sync();
    });
    const servicio = crearServicioOffice(falso.entorno);
    const resultado = await servicio.consolidar({}, {}).then(
      (r) => ({ ok: true as const, metas: r.consolidacion.metas.length }),
      (e: unknown) => ({ ok: false as const, mensaje: mensajeError(e) }),
    );
    if (resultado.ok) expect(resultado.metas).toBe(2);
    else {
      expect(resultado.mensaje).not.toMatch(/SyntaxError|Unexpected token|JSON at position|is not valid JSON/);
      expect(resultado.mensaje).toMatch(/[áéíóúñ]|\b(el|la|de|no)\b/);
    }
  });

  it("mensajeError says a failure outside the catalogue in Spanish, as an internal error", () => {
    expect(mensajeError(new SyntaxError("Unexpected token r in JSON"))).toMatch(/^Error interno de Seguimiento \(no de su libro\)/);
  });
});
