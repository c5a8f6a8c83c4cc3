/**
 * The run's date in the runner's zone (issue 12, probe 14): Resumen showed UTC, an hour of the
 * night for a Bogotá run in the evening. The clock writes RFC 9557; Resumen shows the local time
 * and names the zone.
 */
import { fechaIsoLocal, zonaDelSistema } from "../../src/app/reloj";
import { fechaEjecucion } from "../../src/core/reporte/_lib/fechaEjecucion";
import { planificar } from "../../src/core/reporte/planificar";
import { construirConsolidacion, HOJA } from "../core/reporte/_consolidacion";
import { hoja, valorJuntoA } from "../core/reporte/_plan";

const INSTANTE = new Date("2026-01-31T03:30:00Z");

describe("fechaIsoLocal: local date-time, offset and IANA zone", () => {
  it.each([
    // Bogotá has no daylight saving: always UTC−5, so 03:30 UTC is 22:30 of the day before.
    ["America/Bogota", "2026-01-30T22:30:00-05:00[America/Bogota]"],
    ["UTC", "2026-01-31T03:30:00+00:00[UTC]"],
    // A zone with a half-hour offset: India is UTC+5:30.
    ["Asia/Kolkata", "2026-01-31T09:00:00+05:30[Asia/Kolkata]"],
  ])("%s → %s", (zona, esperado) => {
    expect(fechaIsoLocal(INSTANTE, zona)).toBe(esperado);
  });

  it("Madrid in July keeps its summer offset (UTC+2)", () => {
    expect(fechaIsoLocal(new Date("2026-07-01T12:00:00Z"), "Europe/Madrid")).toBe("2026-07-01T14:00:00+02:00[Europe/Madrid]");
  });

  it("without a zone it uses the host's", () => {
    expect(fechaIsoLocal(INSTANTE)).toMatch(new RegExp(`\\[${zonaDelSistema().replace(/[+/]/g, "\\$&")}\\]$`));
  });
});

describe("fechaEjecucion: what Resumen writes", () => {
  it("the local wall-clock time as the Excel serial, and the zone by name and offset", () => {
    const f = fechaEjecucion("2026-01-30T22:30:00-05:00[America/Bogota]");
    // 2026-01-30 is serial 46052; 22:30 is 22.5 / 24 of a day.
    expect(f.serial).toBeCloseTo(46052 + 22.5 / 24, 9);
    expect(f.zona).toBe("America/Bogota (UTC\u221205:00)");
  });

  it.each([
    ["2026-01-31T10:30:00Z", "UTC", 46053 + 10.5 / 24],
    ["2026-01-31T10:30:00+00:00[UTC]", "UTC", 46053 + 10.5 / 24],
    ["2026-01-31T16:00:00+05:30", "UTC+05:30", 46053 + 16 / 24],
    ["2026-01-31", "no indicada", 46053],
  ])("%s → zone %s", (iso, zona, serial) => {
    const f = fechaEjecucion(iso);
    expect(f.zona).toBe(zona);
    expect(f.serial).toBeCloseTo(serial, 9);
  });

  it("a text that is no date gives no serial", () => {
    expect(fechaEjecucion("ayer").serial).toBeNull();
  });
});

describe("Resumen: «Fecha de ejecución» in local time and «Zona horaria de la fecha»", () => {
  it("a Bogotá run at 22:30 shows 22:30 of its day and names the zone", () => {
    const plan = planificar(construirConsolidacion(), {
      hojasExistentes: [HOJA],
      propiedadPrevia: null,
      fechaEjecucion: fechaIsoLocal(INSTANTE, "America/Bogota"),
      duracionMs: 10,
    });
    const h = hoja(plan, "resumen");
    expect(valorJuntoA(h, "Fecha de ejecución").valor).toBeCloseTo(46052 + 22.5 / 24, 9);
    expect(valorJuntoA(h, "Zona horaria de la fecha").valor).toBe("America/Bogota (UTC\u221205:00)");
  });
});
