/**
 * Metamorphic property of recognition (issue 10, SPEC §3.2 "specific beats generic", §3.1): the order of
 * a matrix's columns carries no meaning, so moving them — header and cells together, merged areas
 * with them — leaves every figure, finding and recognised field unchanged. Only column letters move.
 */
import fc from "fast-check";
import { consolidar } from "../../../src/core/calculo/consolidar";
import { direccion } from "../../../src/core/grid/direccion";
import type { Hoja, Valor } from "../../../src/core/grid/libro";
import { resumenJson, type ResumenJson } from "../../../src/core/resumenJson";
import { hoja, libro } from "../../helpers/grid";

/** One column: its header (the lower row of a two-row header) and one cell per meta. */
interface Columna {
  readonly encabezado: string;
  readonly celdas: readonly Valor[];
  /** Merge runs of equal consecutive cells vertically (hierarchy columns often are). */
  readonly combinarIguales?: boolean;
}

/**
 * Columns that stay side by side: a year under one merged title ("2024" over Programado | Ejecutado),
 * or the hierarchy (eje before programa: levels read left to right are the plan's order, a
 * convention of the format rather than an accident of layout). A block moves as a whole; the
 * columns inside a titled block move among themselves.
 */
interface Bloque {
  readonly titulo: string | null;
  readonly columnas: readonly Columna[];
  readonly fijoDentro?: boolean;
}

interface Matriz {
  readonly dosFilas: boolean;
  readonly bloques: readonly Bloque[];
}

const ANIOS = [2024, 2025] as const;
const TIPOS = ["Incremento", "Mantenimiento", "Creciente", "Decreciente"] as const;

const metaArb = fc.record({
  tipo: fc.constantFrom(...TIPOS),
  lb: fc.integer({ min: 0, max: 50 }),
  m: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
  eje: fc.integer({ min: 1, max: 2 }),
  programa: fc.integer({ min: 1, max: 2 }),
  dep: fc.constantFrom("Secretaría de Salud", "Secretaría de Gobierno", "Secretaría de Educación"),
  p: fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), { minLength: 2, maxLength: 2 }),
  e: fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(null), fc.constant<Valor>("ND")), { minLength: 2, maxLength: 2 }),
  trimestres: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { minLength: 8, maxLength: 8 }),
  observacion: fc.option(fc.constantFrom("Cumplida", "En proceso"), { nil: null }),
});
type Meta = typeof metaArb extends fc.Arbitrary<infer T> ? T : never;

const sola = (encabezado: string, celdas: readonly Valor[], combinarIguales = false): Bloque => ({
  titulo: null,
  columnas: [{ encabezado, celdas, combinarIguales }],
});

function identidad(metas: readonly Meta[]): Bloque[] {
  return [
    sola(
      "Código",
      metas.map((_, i) => `${i + 1}`),
    ),
    sola(
      "Meta de producto",
      metas.map((_, i) => `Meta de producto número ${i + 1}`),
    ),
    sola(
      "Unidad de medida",
      metas.map(() => "Número"),
    ),
    sola(
      "Tipo de acumulación",
      metas.map((m) => m.tipo),
    ),
    sola(
      "Línea base",
      metas.map((m) => m.lb),
    ),
    sola(
      "Meta cuatrienio",
      metas.map((m) => m.m),
    ),
  ];
}

/** The four families of issue 10; each may also carry levels, a dependency and observaciones. */
const FAMILIAS: Readonly<Record<string, (metas: readonly Meta[]) => Matriz>> = {
  anual: (metas) => ({
    dosFilas: false,
    bloques: [
      ...identidad(metas),
      ...ANIOS.flatMap((a, k) => [
        sola(
          `Meta ${a}`,
          metas.map((m) => m.p[k] ?? null),
        ),
        sola(
          `Avance meta ${a}`,
          metas.map((m) => m.e[k] ?? null),
        ),
      ]),
    ],
  }),
  trimestral: (metas) => ({
    dosFilas: false,
    bloques: [
      ...identidad(metas),
      ...[1, 2, 3, 4].flatMap((q) => [
        sola(
          `T${q}. PLANEADO 2024`,
          metas.map((m) => m.trimestres[2 * (q - 1)] ?? null),
        ),
        sola(
          `T${q}. EJECUTADO 2024`,
          metas.map((m) => m.trimestres[2 * (q - 1) + 1] ?? null),
        ),
      ]),
      sola(
        "TOTAL PLANEADO 2024",
        metas.map((m) => m.p[0] ?? null),
      ),
      sola(
        "TOTAL EJECUTADO 2024",
        metas.map((m) => m.e[0] ?? null),
      ),
      sola(
        "VALOR ESPERADO 2025",
        metas.map((m) => m.p[1] ?? null),
      ),
      sola(
        "TOTAL EJECUTADO 2025",
        metas.map((m) => m.e[1] ?? null),
      ),
    ],
  }),
  dosFilas: (metas) => ({
    dosFilas: true,
    bloques: [
      ...identidad(metas),
      ...ANIOS.map((a, k): Bloque => ({
        titulo: String(a),
        columnas: [
          { encabezado: "Programado", celdas: metas.map((m) => m.p[k] ?? null) },
          { encabezado: "Ejecutado", celdas: metas.map((m) => m.e[k] ?? null) },
        ],
      })),
    ],
  }),
};

const opcionesArb = fc.record({ niveles: fc.boolean(), dependencia: fc.boolean(), observaciones: fc.boolean() });

function construir(familia: string, metasSinOrden: readonly Meta[], o: { niveles: boolean; dependencia: boolean; observaciones: boolean }): Matriz {
  // metas of one eje and programa together, so the hierarchy cells can be merged down
  const metas = [...metasSinOrden].sort((a, b) => a.eje - b.eje || a.programa - b.programa);
  const base = (FAMILIAS[familia] ?? FAMILIAS["anual"])?.(metas) ?? { dosFilas: false, bloques: [] };
  const extra: Bloque[] = [];
  if (o.niveles) {
    extra.push({
      titulo: null,
      fijoDentro: true,
      columnas: [
        { encabezado: "Eje", celdas: metas.map((m) => `${m.eje}. Eje ${m.eje === 1 ? "social" : "económico"}`), combinarIguales: true },
        { encabezado: "Programa", celdas: metas.map((m) => `${m.eje}.${m.programa} Programa ${m.eje}.${m.programa}`), combinarIguales: true },
      ],
    });
  }
  if (o.dependencia)
    extra.push(
      sola(
        "Dependencia",
        metas.map((m) => m.dep),
      ),
    );
  if (o.observaciones)
    extra.push(
      sola(
        "Observaciones",
        metas.map((m) => m.observacion),
      ),
    );
  return { dosFilas: base.dosFilas, bloques: [...extra, ...base.bloques] };
}

/** The grid of a matrix: headers, cells and merged areas computed from where each column sits. */
function grilla(matriz: Matriz): Hoja {
  const filaEncabezado = matriz.dosFilas ? 1 : 0;
  const columnas = matriz.bloques.flatMap((b) => b.columnas);
  const filas = columnas[0]?.celdas.length ?? 0;
  const valores: Valor[][] = Array.from({ length: filaEncabezado + 1 + filas }, () => Array<Valor>(columnas.length).fill(null));
  const combinadas: string[] = [];
  let c = 0;
  for (const b of matriz.bloques) {
    if (matriz.dosFilas && b.titulo !== null) {
      (valores[0] as Valor[])[c] = b.titulo;
      combinadas.push(`${direccion(0, c)}:${direccion(0, c + b.columnas.length - 1)}`);
    }
    for (const col of b.columnas) {
      if (matriz.dosFilas && b.titulo === null) {
        // a column without a year title: its header merged down over both header rows
        (valores[0] as Valor[])[c] = col.encabezado;
        combinadas.push(`${direccion(0, c)}:${direccion(1, c)}`);
      } else {
        (valores[filaEncabezado] as Valor[])[c] = col.encabezado;
      }
      let desde = 0;
      col.celdas.forEach((v, i) => {
        const r = filaEncabezado + 1 + i;
        const mismo = col.combinarIguales && i > desde && v === col.celdas[desde];
        if (!mismo) {
          if (col.combinarIguales && i - 1 > desde) combinadas.push(`${direccion(filaEncabezado + 1 + desde, c)}:${direccion(r - 1, c)}`);
          desde = i;
          (valores[r] as Valor[])[c] = v;
        }
      });
      if (col.combinarIguales && filas - 1 > desde) combinadas.push(`${direccion(filaEncabezado + 1 + desde, c)}:${direccion(filaEncabezado + filas, c)}`);
      c++;
    }
  }
  return hoja("PDM", valores, { combinadas });
}

/** The blocks in the order of `claves`, and inside titled blocks the columns in the order of `internas`. */
function permutar(matriz: Matriz, claves: readonly number[], internas: readonly number[]): Matriz {
  const orden = matriz.bloques.map((b, i) => ({ b, k: claves[i % claves.length] ?? 0, i })).sort((x, y) => x.k - y.k || x.i - y.i);
  return {
    dosFilas: matriz.dosFilas,
    bloques: orden.map(({ b }, n) => {
      if (b.fijoDentro || b.columnas.length < 2 || (internas[n % internas.length] ?? 0) === 0) return b;
      return { ...b, columnas: [...b.columnas].reverse() };
    }),
  };
}

const orden = (a: unknown, b: unknown): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** "la columna H", "(primera: AR)", "D7" → "·": messages may name where a column sits. */
const sinLetras = (mensaje: string): string =>
  mensaje
    .replace(/\b[A-Z]{1,3}\d+\b/g, "·")
    .replace(/\b(columnas?|primera:?) [A-Z]{1,3}\b/g, "$1 ·")
    .replace(/\(([A-Z]{1,3})\)/g, "(·)");

/** The summary with column letters and cell addresses taken out; lists whose order follows columns sorted. */
function sinDirecciones(r: ResumenJson) {
  return {
    ...r,
    hallazgos: r.hallazgos.map(({ celda: _celda, mensaje, ...h }) => ({ ...h, mensaje: sinLetras(mensaje) })).sort(orden),
    hojas: r.hojas.map((h) => ({ ...h, columnas: h.columnas.map(({ columna: _columna, ...c }) => c).sort(orden) })),
  };
}

describe("propiedad metamórfica: el orden de las columnas no cambia ninguna cifra (issue 10, SPEC §3.2)", () => {
  it("permutar las columnas (encabezado, celdas y áreas combinadas juntos) deja igual el resumen", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(FAMILIAS)),
        fc.array(metaArb, { minLength: 2, maxLength: 8 }),
        opcionesArb,
        fc.array(fc.nat(50), { minLength: 30, maxLength: 30 }),
        fc.array(fc.nat(1), { minLength: 30, maxLength: 30 }),
        fc.constantFrom<{ vigencia?: number }>({}, { vigencia: 2024 }, { vigencia: 2025 }),
        (familia, metas, opciones, claves, internas, ajustes) => {
          const original = construir(familia, metas, opciones);
          const antes = resumenJson(consolidar(libro([grilla(original)]), ajustes));
          // every row is a meta (SPEC §3.4): the property is not about an empty reading
          expect(antes.metas).toHaveLength(metas.length);
          const despues = resumenJson(consolidar(libro([grilla(permutar(original, claves, internas))]), ajustes));
          expect(sinDirecciones(despues)).toEqual(sinDirecciones(antes));
        },
      ),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
