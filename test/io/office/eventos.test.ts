/** Change events on the fake (worksheets.onChanged 1.9 / worksheet.onChanged 1.7) and the adapter pausing them. */
import { ExcelFalso, instalarGlobales } from "../../../src/simulador";
import { escribirPlanExcel } from "../../../src/io/office";
import { suscribirCambiosExcel } from "../../../src/io/office/cambios";
import { falsoDelEjemplo, planDelFalso } from "./_ayuda";

const esperar = () => new Promise((r) => setTimeout(r, 5));

describe.each(["1.9", "1.7"])("change events with ExcelApi %s", (versionApi) => {
  it("a user edit reaches the subscriber; after unsubscribing it does not", async () => {
    const f = new ExcelFalso({ versionApi });
    f.agregarHoja("PDM", [
      ["Meta", "P"],
      ["Vías", 10],
    ]);
    instalarGlobales(f);
    let avisos = 0;
    const quitar = await suscribirCambiosExcel(f.entorno, () => avisos++);
    f.editarCelda("PDM", "B2", 12);
    await esperar();
    expect(avisos).toBe(1);
    quitar();
    await esperar();
    f.editarCelda("PDM", "B2", 13);
    await esperar();
    expect(avisos).toBe(1);
  });
});

it("Consolidar pauses events (runtime.enableEvents, ExcelApi 1.8): its own writes raise none", async () => {
  const f = await falsoDelEjemplo();
  const plan = await planDelFalso(f);
  const vistos: string[] = [];
  f.suscripciones.push({ hoja: null, manejador: (a) => Promise.resolve(vistos.push(a.address)), activa: true });
  await escribirPlanExcel(f.entorno, plan);
  await esperar();
  expect(vistos).toEqual([]);
  expect(f.eventos).toBe(true);
  f.editarCelda("PDM 2024-2027", "A1", "x");
  await esperar();
  expect(vistos).toEqual(["A1"]);
});
