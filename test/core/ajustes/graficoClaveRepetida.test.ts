/**
 * A chart request's text form names each key once (issue 14): «medida=pct_vigencia;medida=semaforo»
 * used to draw the last one silently, so the user got a chart they may not have meant.
 */
import { leerSolicitudGrafico, mensajesAjuste } from "../../../src/core/ajustes";

describe("a key written twice in a chart request is a usage error", () => {
  it("«medida» twice: not read, and the Spanish message names the key and the request", () => {
    const r = leerSolicitudGrafico("medida=pct_vigencia;medida=semaforo;por=eje");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(mensajesAjuste(r.problemas)).toBe(
      "«medida» aparece más de una vez en «medida=pct_vigencia;medida=semaforo;por=eje»; escriba cada clave una sola vez.",
    );
  });

  it("keys differing only in case are the same key («Por» and «por»)", () => {
    expect(leerSolicitudGrafico("medida=semaforo;Por=eje;por=dependencia").ok).toBe(false);
  });

  it("each key once is read as before", () => {
    expect(leerSolicitudGrafico("medida=semaforo;por=eje")).toEqual({ ok: true, valor: { medida: "semaforo", por: "eje" } });
  });
});
