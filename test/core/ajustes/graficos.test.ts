/**
 * Chart requests in the settings contract (issue 14): the CLI's text form, a JSON list, the saved
 * settings; every bad value a coded problem with a Spanish message that lists what is accepted.
 */
import { leerAjustesGuardados, leerSolicitudGrafico, leerSolicitudesGrafico, mensajesAjuste, textoSolicitudGrafico } from "../../../src/core/ajustes";
import type { Resultado } from "../../../src/core/ajustes";

function mensaje<T>(r: Resultado<T>): string {
  if (r.ok) throw new Error(`se esperaba un error y se leyó ${JSON.stringify(r.valor)}`);
  return mensajesAjuste(r.problemas);
}

describe("the text form medida=…;por=…;filtro=…;tipo=…", () => {
  it("reads the issue's example, the filter's name with its spaces and accents", () => {
    expect(leerSolicitudGrafico("medida=pct_cuatrienio;por=programa;filtro=dependencia:Secretaría de Salud")).toEqual({
      ok: true,
      valor: { medida: "pct_cuatrienio", por: "programa", filtro: "dependencia:Secretaría de Salud" },
    });
  });

  it("takes spaces around the parts, a trailing «;» and «líneas» with its accent", () => {
    expect(leerSolicitudGrafico(" medida = pct_vigencia ; por = anio ; tipo = líneas ;")).toEqual({
      ok: true,
      valor: { medida: "pct_vigencia", por: "anio", tipo: "lineas" },
    });
  });

  it("writes back the same text it reads", () => {
    const texto = "medida=semaforo;por=dependencia;filtro=eje:2 Territorio;tipo=columnas";
    const r = leerSolicitudGrafico(texto);
    expect(r.ok && textoSolicitudGrafico(r.valor)).toBe(texto);
  });
});

describe("errors in Spanish, listing the accepted values", () => {
  it("an unknown medida lists the six measures", () => {
    expect(mensaje(leerSolicitudGrafico("medida=avance;por=dependencia"))).toBe(
      "medida: «avance» no es válido; use pct_vigencia, pct_cuatrienio, esperado_real, semaforo, programado_ejecutado o presupuesto.",
    );
  });

  it("an unknown tipo lists the four types", () => {
    expect(mensaje(leerSolicitudGrafico("medida=pct_vigencia;por=eje;tipo=radar"))).toBe(
      "tipo: «radar» no es válido; use barras, columnas, lineas o circular.",
    );
  });

  it("an unknown key lists the keys", () => {
    expect(mensaje(leerSolicitudGrafico("medida=pct_vigencia;por=eje;color=rojo"))).toMatch(
      /«color» no es una propiedad de un gráfico; use medida, por, filtro o tipo/,
    );
  });

  it("a part without «=» says how to write one", () => {
    expect(mensaje(leerSolicitudGrafico("pct_vigencia;por=eje"))).toMatch(/^«pct_vigencia» no es una parte de un gráfico; escriba clave=valor/);
  });

  it("a missing por is named", () => {
    expect(mensaje(leerSolicitudGrafico("medida=pct_vigencia"))).toBe("Falta «por».");
  });

  it("a filter without «:» shows both forms", () => {
    expect(mensaje(leerSolicitudGrafico("medida=pct_vigencia;por=eje;filtro=Salud"))).toMatch(
      /«Salud» no es un filtro; escriba dependencia:<nombre> o <nivel>:<nombre>/,
    );
  });

  it("a pie only for the budget, lines only over time", () => {
    expect(mensaje(leerSolicitudGrafico("medida=pct_vigencia;por=dependencia;tipo=circular"))).toMatch(/solo sirve con medida=presupuesto/);
    expect(mensaje(leerSolicitudGrafico("medida=pct_vigencia;por=dependencia;tipo=lineas"))).toMatch(/sirven con por=anio o por=trimestre/);
    expect(leerSolicitudGrafico("medida=presupuesto;por=dependencia;tipo=circular").ok).toBe(true);
    expect(leerSolicitudGrafico("medida=pct_vigencia;por=Año;tipo=lineas").ok).toBe(true);
  });
});

describe("a JSON list (the CLI's file) and the saved settings", () => {
  it("items may be objects or text forms", () => {
    expect(leerSolicitudesGrafico([{ medida: "semaforo", por: "dependencia" }, "medida=pct_vigencia;por=anio;tipo=lineas"])).toEqual({
      ok: true,
      valor: [
        { medida: "semaforo", por: "dependencia" },
        { medida: "pct_vigencia", por: "anio", tipo: "lineas" },
      ],
    });
  });

  it("every bad item is reported with its position", () => {
    expect(mensaje(leerSolicitudesGrafico([{ medida: "semaforo", por: "dependencia" }, { medida: "x", por: "eje" }, "por=eje"]))).toBe(
      "[1].medida: «x» no es válido; use pct_vigencia, pct_cuatrienio, esperado_real, semaforo, programado_ejecutado o presupuesto. [2]: falta «medida».",
    );
  });

  it("an object instead of a list is refused", () => {
    expect(mensaje(leerSolicitudesGrafico({ medida: "semaforo" }))).toMatch(/^Debe ser una lista/);
  });

  it("saved settings keep the requests, and a damaged one is named by its path", () => {
    expect(leerAjustesGuardados('{"graficos":[{"medida":"semaforo","por":"eje"}]}')).toEqual({
      ok: true,
      valor: { graficos: [{ medida: "semaforo", por: "eje" }] },
    });
    expect(mensaje(leerAjustesGuardados('{"graficos":[{"medida":"semaforo","por":"eje","tipo":"torta"}]}'))).toMatch(
      /^graficos\[0\]\.tipo: «torta» no es válido/,
    );
  });
});
