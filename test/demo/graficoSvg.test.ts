/**
 * @jest-environment jsdom
 *
 * The demo's SVG charts honour the chart properties the plan carries (issue 13), so the demo
 * shows what Excel shows: horizontal bars top-down in the plan's order when it reverses the
 * categories (Excel draws them bottom-up otherwise), clustered series, every label whole,
 * a value axis in the plan's format, and a height from the plan or from the categories.
 */
import { render } from "@testing-library/react";
import { createElement } from "react";
import { datosGrafico, type DatosGrafico } from "../../src/demo/datosGrafico";
import { envolver, GraficoSvg } from "../../src/demo/GraficoSvg";
import { HojaModelo, type GraficoModelo } from "../../src/simulador/modelo";

const BASE: DatosGrafico = {
  tipo: "barras",
  titulo: "Avance esperado frente a avance real por dependencia",
  categorias: ["Secretaría de Salud", "Secretaría de Educación", "Secretaría de Planeación"],
  series: [{ nombre: "Real", valores: [0.9, 0.6, 0.3], color: "#4472C4", coloresPuntos: [] }],
  formato: "0%",
  minimo: 0,
  maximo: 1,
  etiquetas: true,
  leyenda: true,
  ordenInverso: true,
  saltoEtiquetas: 1,
  tamanoEtiquetas: 9,
  separacion: 60,
  ancho: null,
  alto: null,
};

function dibujar(d: Partial<DatosGrafico>): SVGSVGElement {
  const { container } = render(createElement(GraficoSvg, { d: { ...BASE, ...d } }));
  const svg = container.querySelector("svg");
  if (!svg) throw new Error("sin svg");
  return svg;
}

const barras = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll("rect[data-serie]")].map((r) => ({
    serie: r.getAttribute("data-serie"),
    categoria: Number(r.getAttribute("data-categoria")),
    y: Number(r.getAttribute("y")),
  }));

/** Category indexes from the top of the chart down. */
const deArribaAAbajo = (svg: SVGSVGElement): number[] => [
  ...new Set(
    barras(svg)
      .sort((a, b) => a.y - b.y)
      .map((b) => b.categoria),
  ),
];

const etiquetas = (svg: SVGSVGElement): string[] =>
  [...svg.querySelectorAll("text[data-categoria]")].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "));

describe("bar order as Excel draws it", () => {
  it("reversed categories (the plan's «first on top»): the plan's sorted order top-down", () => {
    expect(deArribaAAbajo(dibujar({ ordenInverso: true }))).toEqual([0, 1, 2]);
  });

  it("without it Excel draws the first category at the bottom, and so does the demo", () => {
    expect(deArribaAAbajo(dibujar({ ordenInverso: false }))).toEqual([2, 1, 0]);
  });

  it("columns run left to right in the plan's order", () => {
    const svg = dibujar({ tipo: "columnas", ordenInverso: false });
    const x = [...svg.querySelectorAll("rect[data-serie]")].map((r) => Number(r.getAttribute("x")));
    expect(x).toEqual([...x].sort((a, b) => a - b));
  });
});

describe("clustered series", () => {
  const d: Partial<DatosGrafico> = {
    series: [
      { nombre: "Esperado", valores: [0.5, 0.5, 0.5], color: "#A5A5A5", coloresPuntos: [] },
      { nombre: "Real", valores: [0.9, 0.6, 0.3], color: "#4472C4", coloresPuntos: [] },
    ],
  };

  it("each category has one bar per series, side by side, Esperado above Real (the plan's series order, first on top)", () => {
    const b = barras(dibujar(d));
    expect(b).toHaveLength(6);
    for (const i of [0, 1, 2]) {
      const [esperado, real] = ["Esperado", "Real"].map((s) => b.find((x) => x.categoria === i && x.serie === s)!);
      expect(esperado!.y).toBeLessThan(real!.y);
    }
  });

  it("the legend lists the series in the plan's order", () => {
    const svg = dibujar(d);
    expect([...svg.querySelectorAll("[data-leyenda] text")].map((t) => t.textContent)).toEqual(["Esperado", "Real"]);
  });
});

describe("every label shown, wrapped whole", () => {
  const largas = Array.from({ length: 30 }, (_, i) => `${i + 1}. Fortalecimiento institucional de la gestión pública número ${i + 1}`);
  const muchas: Partial<DatosGrafico> = {
    categorias: largas,
    series: [{ nombre: "Real", valores: largas.map((_, i) => 1 - i / 30), color: "#4472C4", coloresPuntos: [] }],
  };

  it("all 30 long labels are present in full (no «…», none skipped)", () => {
    expect(etiquetas(dibujar(muchas))).toEqual(largas);
  });

  it("a long label is wrapped onto several lines", () => {
    const svg = dibujar(muchas);
    expect(svg.querySelector("text[data-categoria='0']")!.querySelectorAll("tspan").length).toBeGreaterThan(1);
  });

  it("the plan's label interval is honoured when it asks for one", () => {
    expect(etiquetas(dibujar({ ...muchas, saltoEtiquetas: 3 }))).toEqual(largas.filter((_, i) => i % 3 === 0));
  });

  it("envolver cuts between words and keeps a longer word whole", () => {
    expect(envolver("Secretaría de Salud", 12)).toEqual(["Secretaría", "de Salud"]);
    expect(envolver("Infraestructura vial", 6)).toEqual(["Infraestructura", "vial"]);
  });
});

describe("value axis and size", () => {
  it("the value axis is written in the plan's % format, 0 % to 100 %", () => {
    const ticks = [...dibujar({}).querySelectorAll("text[data-eje='valores']")].map((t) => t.textContent);
    expect(ticks).toEqual(["0 %", "25 %", "50 %", "75 %", "100 %"]);
  });

  it("the plan's height (points) is the chart's: 300 pt → 400 px", () => {
    expect(dibujar({ alto: 300, ancho: 480 }).getAttribute("height")).toBe("400");
  });

  it("without one, the height grows with the categories", () => {
    const alto = (n: number) =>
      Number(
        dibujar({
          categorias: Array.from({ length: n }, (_, i) => `Dependencia ${i}`),
          series: [{ nombre: "Real", valores: Array.from({ length: n }, () => 0.5), color: "#4472C4", coloresPuntos: [] }],
        }).getAttribute("height"),
      );
    expect(alto(40)).toBeGreaterThan(alto(20));
  });
});

describe("a plan chart of type «lineas» is drawn as lines (charts on demand)", () => {
  const lineas: Partial<DatosGrafico> = {
    tipo: "lineas",
    ordenInverso: false,
    categorias: ["2024", "2025", "2026", "2027"],
    series: [
      { nombre: "Esperado", valores: [0.25, 0.5, 0.75, 1], color: "#A5A5A5", coloresPuntos: [] },
      { nombre: "Real", valores: [0.2, 0.9, null, 0.4], color: "#4472C4", coloresPuntos: [] },
    ],
  };
  const puntos = (svg: SVGSVGElement, serie: string): { x: number; y: number }[] =>
    (svg.querySelector(`polyline[data-serie='${serie}']`)?.getAttribute("points") ?? "")
      .split(" ")
      .filter(Boolean)
      .map((p) => {
        const [x, y] = p.split(",").map(Number);
        return { x: x ?? NaN, y: y ?? NaN };
      });

  it("one line per series, no bars", () => {
    const svg = dibujar(lineas);
    expect([...svg.querySelectorAll("polyline[data-serie]")].map((l) => l.getAttribute("data-serie"))).toEqual(["Esperado", "Real"]);
    expect(svg.querySelectorAll("rect[data-serie]")).toHaveLength(0);
  });

  it("a point per category with a value, left to right in the categories' order (a category without one is skipped)", () => {
    const svg = dibujar(lineas);
    const esperado = puntos(svg, "Esperado");
    expect(esperado).toHaveLength(4);
    expect(esperado.map((p) => p.x)).toEqual([...esperado.map((p) => p.x)].sort((a, b) => a - b));
    expect(puntos(svg, "Real")).toHaveLength(3);
  });

  it("a higher value is drawn higher: Esperado rises 25 % → 100 %, Real's 90 % is above its 20 % and 40 %", () => {
    const svg = dibujar(lineas);
    const esperado = puntos(svg, "Esperado").map((p) => p.y);
    expect(esperado).toEqual([...esperado].sort((a, b) => b - a));
    const [r20, r90, r40] = puntos(svg, "Real").map((p) => p.y);
    expect(r90).toBeLessThan(r40!);
    expect(r40).toBeLessThan(r20!);
  });

  it("the categories on the x axis, the value axis in the plan's % format, the legend with the series", () => {
    const svg = dibujar(lineas);
    expect(etiquetas(svg)).toEqual(["2024", "2025", "2026", "2027"]);
    expect([...svg.querySelectorAll("text[data-eje='valores']")].map((t) => t.textContent)).toEqual(["0 %", "25 %", "50 %", "75 %", "100 %"]);
    expect([...svg.querySelectorAll("[data-leyenda] text")].map((t) => t.textContent)).toEqual(["Esperado", "Real"]);
  });

  it("datosGrafico reads Excel's «Line» chart as lines", () => {
    const hoja = new HojaModelo("Gráficos");
    hoja.valores = [
      ["Año", "Real"],
      ["2024", 0.2],
      ["2025", 0.9],
    ];
    const g: GraficoModelo = {
      nombre: "g",
      tipo: "Line",
      origen: { hoja, rango: "A1:B3" },
      titulo: "t",
      series: [{ nombre: "Real", valores: { hoja, rango: "B2:B3" }, categorias: { hoja, rango: "A2:A3" }, color: "#4472C4", coloresPuntos: {} }],
      ejeValores: { formato: "0%", minimo: 0, maximo: 1, titulo: null, unidad: null },
      ejeCategorias: { titulo: null, saltoEtiquetas: 1, ordenInverso: false, tamanoEtiquetas: null, cruce: "Automatic" },
      separacion: null,
      etiquetas: false,
      leyenda: true,
      ancla: "D4",
      ancho: null,
      alto: null,
    };
    expect(datosGrafico(g)).toEqual(expect.objectContaining({ tipo: "lineas", categorias: ["2024", "2025"] }));
  });
});

describe("datosGrafico reads the properties from the fake Excel's chart", () => {
  it("order, label interval and size, gap, legend", () => {
    const hoja = new HojaModelo("Por dependencia");
    hoja.valores = [
      ["Dependencia", "Real"],
      ["Salud", 0.9],
      ["Educación", 0.6],
    ];
    const g: GraficoModelo = {
      nombre: "g",
      tipo: "BarClustered",
      origen: { hoja, rango: "A1:B3" },
      titulo: "t",
      series: [{ nombre: "Real", valores: { hoja, rango: "B2:B3" }, categorias: { hoja, rango: "A2:A3" }, color: "#4472C4", coloresPuntos: {} }],
      ejeValores: { formato: "0%", minimo: 0, maximo: 1, titulo: null, unidad: null },
      ejeCategorias: { titulo: null, saltoEtiquetas: 1, ordenInverso: true, tamanoEtiquetas: 9, cruce: "Maximum" },
      separacion: 60,
      etiquetas: true,
      leyenda: false,
      ancla: "D4",
      ancho: 480,
      alto: 120,
    };
    expect(datosGrafico(g)).toEqual(
      expect.objectContaining({
        tipo: "barras",
        categorias: ["Salud", "Educación"],
        ordenInverso: true,
        saltoEtiquetas: 1,
        tamanoEtiquetas: 9,
        separacion: 60,
        leyenda: false,
        ancho: 480,
        alto: 120,
      }),
    );
  });
});
