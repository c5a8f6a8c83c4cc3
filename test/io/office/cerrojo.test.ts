/**
 * One lock shared by the pane and the ribbon (issue #12 §7): while one runtime writes, the other
 * neither validates nor writes; the lock is released at the end, also after a failure, and a
 * lock older than VIGENCIA_CERROJO_MS (a runtime killed mid-run) no longer stops anyone.
 */
import { generarLibroGrande } from "../../../scripts/ejemplo";
import { ExcelFalso } from "../../../src/simulador";
import { ErrorExcel, escribirPlanExcel, leerLibroExcel, libroOffice } from "../../../src/io/office";
import { CLAVE_AJUSTE_EJECUCION, VIGENCIA_CERROJO_MS } from "../../../src/io/office/cerrojo";
import { LIMITE_METAS_CINTA, consolidarDesdeCinta } from "../../../src/commands/consolidarCinta";
import { falsoDelEjemplo, planDelFalso } from "./_ayuda";

const AHORA = Date.UTC(2026, 0, 31, 10, 0, 0);
const bloqueo = (quien: string, hace: number): string => JSON.stringify({ quien, desde: AHORA - hace });

async function error(p: Promise<unknown>): Promise<ErrorExcel | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ErrorExcel) return e;
    throw e;
  }
}

describe("the workbook lock of a run in progress", () => {
  it("while the ribbon writes, the pane neither reads (validates) nor writes; nothing changes", async () => {
    const f = await falsoDelEjemplo();
    const plan = await planDelFalso(f);
    f.modelo.ajustes.set(CLAVE_AJUSTE_EJECUCION, bloqueo("cinta", 60_000));
    const antes = f.instantanea();
    const lectura = await error(leerLibroExcel(f.entorno, { ahoraMs: () => AHORA }));
    expect(lectura?.codigo).toBe("F-EXCEL-EN-CURSO");
    expect(lectura?.message).toMatch(/consolidación en curso.*cinta hace 1 min/);
    const escritura = await error(escribirPlanExcel(f.entorno, plan, undefined, { ahoraMs: () => AHORA }));
    expect(escritura?.message).toMatch(/en curso.*No se escribió nada/);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a stale lock (a runtime killed mid-run) expires: the run goes on and releases it", async () => {
    const f = await falsoDelEjemplo();
    const plan = await planDelFalso(f);
    f.modelo.ajustes.set(CLAVE_AJUSTE_EJECUCION, bloqueo("cinta", VIGENCIA_CERROJO_MS + 1));
    await leerLibroExcel(f.entorno, { ahoraMs: () => AHORA });
    await escribirPlanExcel(f.entorno, plan, undefined, { ahoraMs: () => AHORA });
    expect(f.modelo.ajustes.has(CLAVE_AJUSTE_EJECUCION)).toBe(false);
  });

  it("is held during the write (seen by the other runtime between two syncs) and released after it and after a failure", async () => {
    const f = await falsoDelEjemplo();
    const plan = await planDelFalso(f);
    const vistos: (string | undefined)[] = [];
    f.opciones.entreSyncs = () => void vistos.push(f.modelo.ajustes.get(CLAVE_AJUSTE_EJECUCION));
    await escribirPlanExcel(f.entorno, plan, undefined, { quien: "cinta", ahoraMs: () => AHORA });
    expect(vistos.filter((v) => v !== undefined)).toContain(JSON.stringify({ quien: "cinta", desde: AHORA }));
    expect(f.modelo.ajustes.has(CLAVE_AJUSTE_EJECUCION)).toBe(false);
    f.opciones.entreSyncs = null;
    const otro = await planDelFalso(f);
    f.opciones.fallarEnSync = { n: f.totalSyncs + 3, codigo: "GeneralException" };
    expect(await error(escribirPlanExcel(f.entorno, otro))).not.toBeNull();
    expect(f.modelo.ajustes.has(CLAVE_AJUSTE_EJECUCION)).toBe(false);
  });
});

describe("the ribbon's size limit (Excel closes a function command after 5 minutes)", () => {
  it(`above ${LIMITE_METAS_CINTA} metas it writes nothing and sends the user to the pane, in Spanish`, async () => {
    const f = new ExcelFalso({ modo: "web" }).cargarLibro(generarLibroGrande(LIMITE_METAS_CINTA + 500));
    const antes = f.totalSyncs;
    const mensajes: string[] = [];
    await consolidarDesdeCinta(libroOffice(f.entorno, "cinta"), (m) => Promise.resolve(void mensajes.push(m)));
    expect(mensajes).toHaveLength(1);
    expect(mensajes[0]).toMatch(/15\.500 metas.*5 minutos.*No se escribió nada.*Abrir panel/);
    // Only the reads happened: no write sync, no sheet added.
    expect(f.syncsDesde(antes).length).toBeLessThanOrEqual(20);
    expect(f.modelo.hojas.some((h) => /^(Resumen|SegTmp)/.test(h.nombre))).toBe(false);
    expect(f.modelo.ajustes.size).toBe(0);
  }, 60_000);
});
