/**
 * Real workbooks (../shared/fixtures/real, never copied into the repo): read through the adapter
 * they give the same plan as through the xlsx reader, and Consolidar writes it with every sync
 * under the web limit.
 */
import fs from "node:fs";
import { consolidar } from "../../../src/core/calculo/consolidar";
import { planificar } from "../../../src/core/reporte/planificar";
import { ExcelFalso, LIMITE_PAYLOAD } from "../../../src/simulador";
import { escribirPlanExcel } from "../../../src/io/office";
import { leerXlsx } from "../../../src/io/xlsx/lector";
import { describeReal, librosReales, rutaReal } from "../../helpers/fixturesReales";
import { FECHA, planDelFalso } from "./_ayuda";

const archivos = librosReales();

describeReal(archivos, "real workbooks through the Office adapter", () => {
  it.each(archivos)(
    "%s: same plan as the xlsx path; written with every sync under 5 MB",
    async (archivo) => {
      const datos = new Uint8Array(fs.readFileSync(rutaReal(archivo)));
      const libro = await leerXlsx(datos, archivo);
      const f = new ExcelFalso({ modo: "web" }).cargarLibro(libro);
      const plan = await planDelFalso(f);
      const esperado = planificar(consolidar(libro, {}), {
        hojasExistentes: libro.hojas.map((h) => h.nombre),
        propiedadPrevia: null,
        fechaEjecucion: FECHA,
        duracionMs: null,
      });
      expect(plan).toEqual(esperado);
      await escribirPlanExcel(f.entorno, plan);
      for (const s of f.registro) {
        expect(s.bytesPeticion).toBeLessThan(LIMITE_PAYLOAD);
        expect(s.bytesRespuesta).toBeLessThan(LIMITE_PAYLOAD);
      }
      expect(f.instantanea().hojas.map((h) => h.nombre)).toEqual([...libro.hojas.map((h) => h.nombre), ...plan.hojas.map((h) => h.nombre)]);
    },
    120_000,
  );
});
