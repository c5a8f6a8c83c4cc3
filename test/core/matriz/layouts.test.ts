import { leerLibro } from "../../../src/core/matriz/leerLibro";
import { MARCA_HOJA_PROPIA } from "../../../src/core/reporte/plan";
import { confirmarPropiedad } from "../../../src/core/reporte/propiedad";
import type { Lectura } from "../../../src/core/matriz/tipos";
import { hoja, libro } from "../../helpers/grid";
import { valoresDelAnio } from "../../../src/core/matriz/anioDeMeta";

const codigos = (l: Lectura) => l.hallazgos.map((h) => `${h.codigo}@${h.hoja ?? ""}!${h.celda ?? ""}`);

describe("Recognition on layouts that differ the way real ones do (SPEC §3)", () => {
  it("a dependency column: each meta takes its row's dependency (SPEC §3.3 source 1)", () => {
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Código", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
          ["1", "Vacunar niños", "Secretaría de Salud", 100, 80],
          ["2", "Pavimentar vías", "Secretaría de Obras", 10, 5],
        ]),
      ]),
    );
    expect(l.hojas[0]).toMatchObject({ reconocida: true, filaEncabezado: 1, fuenteDependencia: "columna", metas: 2 });
    expect(l.metas.map((m) => [m.codigo, m.dependencia, valoresDelAnio(m, 2024)?.programado.valor, valoresDelAnio(m, 2024)?.ejecutado.valor])).toEqual([
      ["1", "Secretaría de Salud", 100, 80],
      ["2", "Secretaría de Obras", 10, 5],
    ]);
  });

  it("group rows under a title and a VIGENCIA row: metas belong to the group above (SPEC §3.3 source 2)", () => {
    const l = leerLibro(
      libro([
        hoja("Informe", [
          ["INFORME DE EJECUCION PLAN DE DESARROLLO 2020-2023"],
          ["VIGENCIA 2020"],
          [],
          ["Meta de producto", "Programado", "Ejecutado"],
          ["SECRETARIA DE SALUD"],
          ["Vacunar niños", 100, 90],
          ["Atender adultos", 50, 50],
          ["SECRETARIA DE EDUCACION"],
          ["Dotar colegios", 4, 1],
          ["TOTAL", 154, 141],
          ["Fuente: Oficina de Planeación"],
        ]),
      ]),
    );
    expect(l.hojas[0]).toMatchObject({ filaEncabezado: 4, fuenteDependencia: "filasGrupo", vigenciaTitulo: 2020, metas: 3 });
    expect(l.metas.map((m) => [m.nombre, m.dependencia, valoresDelAnio(m, 2020)?.ejecutado.valor])).toEqual([
      ["Vacunar niños", "SECRETARIA DE SALUD", 90],
      ["Atender adultos", "SECRETARIA DE SALUD", 50],
      ["Dotar colegios", "SECRETARIA DE EDUCACION", 1],
    ]);
    expect(l.anios).toEqual([2020]);
  });

  it("one sheet per dependency with a 'Dependencia:' label above the header (SPEC §3.3 source 3)", () => {
    const l = leerLibro(libro([hoja("Hoja1", [["Dependencia: Secretaría de Hacienda"], ["Meta", "Meta 2025", "Logro 2025"], ["Recaudar predial", 100, 95]])]));
    expect(l.hojas[0]?.fuenteDependencia).toBe("etiqueta");
    expect(l.metas[0]?.dependencia).toBe("Secretaría de Hacienda");
  });

  it("the sheet name names the dependency when nothing else does (SPEC §3.3 source 4), else Sin dependencia", () => {
    const filas = [
      ["Meta de producto", "Meta 2025", "Avance meta 2025"],
      ["Campañas", 2, 1],
    ];
    const l = leerLibro(
      libro([
        hoja("SEC. GOBIERNO", filas),
        hoja("Matriz", [
          ["Meta de producto", "Meta 2025", "Avance meta 2025"],
          ["Otra meta", 2, 1],
        ]),
      ]),
    );
    expect(l.metas.map((m) => m.dependencia)).toEqual(["SEC. GOBIERNO", "Sin dependencia"]);
    expect(l.hojas.map((h) => h.fuenteDependencia)).toEqual(["nombreHoja", "ninguna"]);
  });

  it("quarterly T1–T4 planeado/ejecutado blocks in a two-row header: SUMA sums, CONSTANTE takes the last quarter", () => {
    const l = leerLibro(
      libro([
        hoja(
          "Trimestral",
          [
            ["SEGUIMIENTO PLAN DE ACCIÓN 2024"],
            ["Meta", "Tipo", "T1", null, "T2", null, "T3", null, "T4", null],
            [null, null, "Planeado", "Ejecutado", "Planeado", "Ejecutado", "Planeado", "Ejecutado", "Planeado", "Ejecutado"],
            ["Campañas", "Incremento", 1, 1, 2, 1, 3, null, 4, null],
            ["Cupos PAE", "Mantenimiento", 884, 884, 884, 919, 884, null, 884, null],
          ],
          { combinadas: ["C2:D2", "E2:F2", "G2:H2", "I2:J2", "A2:A3", "B2:B3"] },
        ),
      ]),
    );
    expect(l.hojas[0]).toMatchObject({ filaEncabezado: 3, vigenciaTitulo: 2024 });
    const [suma, constante] = l.metas;
    expect(valoresDelAnio(suma, 2024)?.programado.valor).toBe(10);
    expect(valoresDelAnio(suma, 2024)?.ejecutado.valor).toBe(2);
    expect(constante?.tipo).toBe("CONSTANTE");
    expect(valoresDelAnio(constante, 2024)?.programado.valor).toBe(884);
    expect(valoresDelAnio(constante, 2024)?.ejecutado.valor).toBe(919);
  });

  it("a merged year over Programado | Ejecutado (two-row header, SPEC §3.1)", () => {
    const l = leerLibro(
      libro([
        hoja(
          "Plan",
          [
            ["Meta de producto", "2024", null, "2025", null],
            [null, "Programado", "Ejecutado", "Programado", "Ejecutado"],
            ["Meta A", 5, 4, 6, null],
          ],
          { combinadas: ["B1:C1", "D1:E1", "A1:A2"] },
        ),
      ]),
    );
    expect(l.anios).toEqual([2024, 2025]);
    expect(valoresDelAnio(l.metas[0], 2025)?.programado.valor).toBe(6);
    expect(valoresDelAnio(l.metas[0], 2025)?.ejecutado.estado).toBe("vacio");
  });

  it("a 'Programación al corte / Magnitud ejecutada al corte' table keeps the corte values (SPEC §5.3 example)", () => {
    const l = leerLibro(
      libro([
        hoja("Sectorial", [
          ["SEGUIMIENTO PRIMER TRIMESTRE 2024"],
          ["Meta sectorial", "Programación 2024", "Programación al corte", "Magnitud ejecutada al corte"],
          ["Atender familias", "4.000.000", "2.400.000", "540.000"],
        ]),
      ]),
    );
    const a = valoresDelAnio(l.metas[0], 2024);
    expect(a?.programado.valor).toBe(4000000);
    expect(a?.programadoCorte?.valor).toBe(2400000);
    expect(a?.ejecutadoCorte?.valor).toBe(540000);
    expect(l.hojas[0]?.corteTitulo).toEqual({ fecha: "2024-03-31", trimestre: 1 });
  });

  it("numbers typed as Colombian text are read; other text is E-NO-NUMERICO at its exact cell (SPEC §4)", () => {
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Meta de producto", "Meta 2024", "Avance meta 2024"],
          ["Meta A", "1.234,5", "50%"],
          ["Meta B", "10", "Meta cumplida"],
          ["Meta C", { error: "#DIV/0!" }, "ND"],
        ]),
      ]),
    );
    expect(l.metas.map((m) => valoresDelAnio(m, 2024)?.programado.valor)).toEqual([1234.5, 10, null]);
    expect(valoresDelAnio(l.metas[0], 2024)?.ejecutado.valor).toBe(0.5);
    expect(valoresDelAnio(l.metas[2], 2024)?.ejecutado.estado).toBe("ND");
    expect(l.hallazgos.map((h) => [h.codigo, h.celda, h.valor])).toEqual([
      ["E-NO-NUMERICO", "C3", "Meta cumplida"],
      ["E-NO-NUMERICO", "B4", "#DIV/0!"],
    ]);
  });

  it("merged hierarchy and dependency cells apply to every row they span (SPEC §3.4)", () => {
    const l = leerLibro(
      libro([
        hoja(
          "Plan",
          [
            ["Programa", "Responsable", "Meta de producto", "Meta 2024", "Avance meta 2024"],
            ["1.2 Salud pública", "Secretaría de Salud", "Vacunar", 1, 1],
            [null, null, "Fumigar", 2, 1],
          ],
          { combinadas: ["A2:A3", "B2:B3"] },
        ),
      ]),
    );
    expect(l.metas.map((m) => [m.dependencia, m.niveles[0]])).toEqual([
      ["Secretaría de Salud", { nivel: "programa", codigo: "1.2", nombre: "Salud pública", peso: null }],
      ["Secretaría de Salud", { nivel: "programa", codigo: "1.2", nombre: "Salud pública", peso: null }],
    ]);
  });

  it("skips empty rows, repeated headers, TOTAL/SUBTOTAL/PROMEDIO/CONSOLIDADO rows and a side table after an empty column", () => {
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Meta de producto", "Meta 2024", "Avance meta 2024", null, "Resumen", "Valor"],
          ["Meta A", 1, 1, null, "Metas", 3],
          [],
          ["Meta de producto", "Meta 2024", "Avance meta 2024"],
          ["Meta B", 2, 1],
          ["SUBTOTAL", 3, 2],
          ["PROMEDIO", 1.5, 1],
          ["CONSOLIDADO", 3, 2],
          ["Total general", 3, 2],
          [],
          ["Elaboró:", "Juan Pérez"],
          ["Meta tardía", 4, 4],
        ]),
      ]),
    );
    expect(l.metas.map((m) => m.nombre)).toEqual(["Meta A", "Meta B", "Meta tardía"]);
    expect(l.hojas[0]?.columnas.map((c) => c.letra)).toEqual(["A", "B", "C"]);
  });

  it("tipo registry: unknown → SUMA and A-TIPO-DESCONOCIDO; no tipo column → SUMA silently (SPEC §5.1)", () => {
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Meta de producto", "Tipo de acumulación", "Meta 2024", "Avance meta 2024"],
          ["A", "M", 1, 1],
          ["B", "Hectareas", 1, 1],
          ["C", null, 1, 1],
        ]),
      ]),
    );
    expect(l.metas.map((m) => m.tipo)).toEqual(["CONSTANTE", "SUMA", "SUMA"]);
    expect(codigos(l)).toEqual(["A-TIPO-DESCONOCIDO@PDT!B3"]);
  });

  it("findings of §7: E-META-DUPLICADA, A-COLUMNA-DUPLICADA (first kept), A-TOTAL-INCONSISTENTE, A-NOMBRE-DEPENDENCIA", () => {
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Código", "Meta de producto", "Dependencia", "T1 Planeado 2024", "T2 Planeado 2024", "Total planeado 2024", "Avance meta 2024", "Avance meta 2024"],
          ["7", "A", "Secretaría de Salud", 1, 1, 2, 1, 9],
          ["7", "A bis", "SECRETARIA DE  SALUD ", 1, 1, 5, 1, 9],
        ]),
      ]),
    );
    expect(codigos(l)).toEqual(["A-COLUMNA-DUPLICADA@PDT!H1", "A-TOTAL-INCONSISTENTE@PDT!F3", "E-META-DUPLICADA@PDT!B3", "A-NOMBRE-DEPENDENCIA@PDT!C3"]);
    expect(l.metas.map((m) => [m.dependencia, valoresDelAnio(m, 2024)?.programado.valor, valoresDelAnio(m, 2024)?.ejecutado.valor])).toEqual([
      ["Secretaría de Salud", 2, 1],
      ["Secretaría de Salud", 5, 1],
    ]);
  });

  // identity = dependencia + path of niveles + código (or nombre and indicador): rows 2..n after the header
  it.each<[string, (string | number)[][], string[]]>([
    [
      "same code, same dependency and programa, not adjacent",
      [
        ["P1", "7", "A", "Salud"],
        ["P1", "8", "B", "Salud"],
        ["P1", "7", "A bis", "Salud"],
      ],
      ["C4"],
    ],
    [
      "same code in another dependency",
      [
        ["P1", "7", "A", "Salud"],
        ["P1", "7", "A", "Obras"],
      ],
      [],
    ],
    [
      "same code under another programa",
      [
        ["P1", "7", "A", "Salud"],
        ["P2", "7", "A", "Salud"],
      ],
      [],
    ],
    [
      "same code back under the first programa after another one",
      [
        ["P1", "7", "A", "Salud"],
        ["P2", "7", "A", "Salud"],
        ["P1", "7", "A", "Salud"],
      ],
      ["C4"],
    ],
    [
      "no code: same name",
      [
        ["P1", "", "Vacunar", "Salud"],
        ["P1", "", "Vacunar", "Salud"],
      ],
      ["C3"],
    ],
    [
      "no code: different names",
      [
        ["P1", "", "Vacunar", "Salud"],
        ["P1", "", "Desparasitar", "Salud"],
      ],
      [],
    ],
  ])("E-META-DUPLICADA (SPEC §7): %s", (_caso, filas, celdas) => {
    const l = leerLibro(
      libro([hoja("PDT", [["Programa", "Código", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"], ...filas.map((f) => [...f, 10, 5])])]),
    );
    expect(l.hallazgos.filter((h) => h.codigo === "E-META-DUPLICADA").map((h) => h.celda)).toEqual(celdas);
  });

  it("E-SIN-MATRIZ when no sheet holds a matrix; E-COLUMNA-FALTANTE when a header lacks the meta name", () => {
    expect(codigos(leerLibro(libro([hoja("Notas", [["Hola"]])])))).toEqual(["E-SIN-MATRIZ@!"]);
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Código", "Unidad de medida", "Meta 2024", "Avance meta 2024", "Línea base"],
          ["1", "Número", 1, 1, 0],
        ]),
      ]),
    );
    expect(codigos(l)).toEqual(["E-SIN-MATRIZ@!", "E-COLUMNA-FALTANTE@PDT!A1"]);
  });

  it("A-HOJA-DUPLICADA: a 'Copia de …' sheet is reported and its metas counted once", () => {
    const filas = [
      ["Meta de producto", "Meta 2024", "Avance meta 2024"],
      ["A", 1, 1],
      ["B", 2, 0],
    ];
    const l = leerLibro(libro([hoja("Copia de SEC. SALUD", filas), hoja("SEC. SALUD", filas)]));
    expect(l.metas.map((m) => m.hoja)).toEqual(["SEC. SALUD", "SEC. SALUD"]);
    expect(l.hojas[0]?.duplicadaDe).toBe("SEC. SALUD");
    expect(codigos(l)).toEqual(["A-HOJA-DUPLICADA@Copia de SEC. SALUD!A2"]);
  });

  it("owned sheets (with the product's marker) are never read, hidden helper sheets are skipped, corrections override the recognition (SPEC §3.5, §6)", () => {
    const filas = [
      ["Meta de producto", "Meta 2024", "Avance meta 2024"],
      ["A", 1, 1],
    ];
    const propia = [[...(filas[0] ?? []), null, MARCA_HOJA_PROPIA], ...filas.slice(1)];
    const l = leerLibro(
      libro([hoja("Resumen", propia), hoja("Oculta", filas, { visible: false }), hoja("PDT", [["x"], ["Nombre", "Valor", "Otro"], ["A", 4, 3]])], {
        hojasPropias: ["Resumen"],
      }),
      [
        {
          hoja: "PDT",
          filaEncabezado: 2,
          columnas: {
            A: { campo: "meta" },
            B: { campo: "programado", anio: 2024, variante: "anual" },
            C: { campo: "ejecutado", anio: 2024, variante: "anual" },
          },
        },
      ],
    );
    expect(l.hojas.map((h) => [h.hoja, h.reconocida])).toEqual([
      ["Oculta", false],
      ["PDT", true],
    ]);
    expect(l.metas.map((m) => [m.hoja, valoresDelAnio(m, 2024)?.programado.valor])).toEqual([["PDT", 4]]);
    expect(leerLibro(libro([hoja("PDT", filas)]), [{ hoja: "PDT", ignorar: true }]).metas).toEqual([]);
  });

  it("a sheet the ownership record names but without the product's marker is the user's own, and is read (issue 12, probe 2)", () => {
    const filas = [
      ["Meta de producto", "Meta 2024", "Avance meta 2024"],
      ["Mi meta", 10, 5],
    ];
    const l = leerLibro(libro([hoja("Alertas", filas)], { hojasPropias: ["Alertas"] }));
    expect(l.metas.map((m) => [m.hoja, m.nombre])).toEqual([["Alertas", "Mi meta"]]);
    expect(confirmarPropiedad({ hojas: { Alertas: "alertas", Resumen: "resumen" } }, [hoja("Alertas", filas)])).toEqual({ hojas: { Resumen: "resumen" } });
    expect(confirmarPropiedad({ hojas: { Alertas: "alertas" } }, [hoja("Alertas", [[MARCA_HOJA_PROPIA]])])).toEqual({ hojas: { Alertas: "alertas" } });
  });

  it("a parallel block repeating the hierarchy after the values is not read as more columns of the same metas", () => {
    const l = leerLibro(
      libro([
        hoja("Sec. Turismo", [
          ["Programa", "Actividades programadas", "Meta 2026", "Avance de meta P.A. 2026", "Programa", "Código de producto", "Meta 2026", "Avance meta 2026"],
          ["030101 Zócalos", "Alianzas", 2, 0, "030101 Zócalos", 350209400, 1, 0],
        ]),
      ]),
    );
    expect(l.hojas[0]?.bloqueParalelo).toEqual({ desde: "E", hasta: "H" });
    expect(l.hallazgos).toEqual([]);
    expect(l.metas[0]?.codigo).toBeNull();
  });

  it("an indicator column after the values is not a parallel block: the columns after it are still read", () => {
    const l = leerLibro(
      libro([
        hoja("PDT", [
          ["Meta de producto", "Meta 2024", "Avance meta 2024", "Indicador de producto", "Observaciones"],
          ["Vías", 10, 4, "Km construidos", "Retraso por lluvias"],
        ]),
      ]),
    );
    expect(l.hojas[0]?.bloqueParalelo).toBeUndefined();
    expect(l.metas[0]?.observacion).toBe("Retraso por lluvias");
  });
});
