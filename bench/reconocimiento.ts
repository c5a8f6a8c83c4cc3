/**
 * Recognition alone (leerLibro: header, columns by evidence, rows, values) on a generated grid of
 * 1,000 columns × 1,000 rows, next to JSON.parse of the same grid serialised (issue 10). The headers
 * are the kinds real matrices mix: years, quarters, totals, levels, budget, % and free text.
 */
import { CULTURA_ES_CO, type Libro, type Valor } from "../src/core/grid/libro";
import { leerLibro } from "../src/core/matriz/leerLibro";
import { crearAzar, type Azar } from "../scripts/ejemplo/azar";
import { DEPENDENCIAS } from "../scripts/ejemplo/catalogo";
import { kb, linea, medirAlternando, razon, tiempo } from "./medir";

/** A column: its header and how one row's cell is drawn. */
interface ColumnaBanco {
  readonly encabezado: string;
  readonly celda: (fila: number, azar: Azar) => Valor;
}

const cantidad =
  (max: number) =>
  (_f: number, azar: Azar): Valor =>
    azar.si(0.1) ? null : azar.entero(0, max);
const texto =
  (prefijo: string) =>
  (f: number, azar: Azar): Valor =>
    azar.si(0.3) ? null : `${prefijo} ${f} ${azar.elegir(["cumplida", "en ejecución", "sin avance", "reprogramada"])}`;

const IDENTIDAD: readonly ColumnaBanco[] = [
  { encabezado: "Eje", celda: (f) => `${Math.floor(f / 200) + 1}. Eje estratégico ${Math.floor(f / 200) + 1}` },
  { encabezado: "Programa", celda: (f) => `${Math.floor(f / 200) + 1}.${(Math.floor(f / 40) % 5) + 1} Programa ${Math.floor(f / 40) + 1}` },
  { encabezado: "Subprograma", celda: (f) => `Subprograma ${Math.floor(f / 10) + 1}` },
  { encabezado: "Código", celda: (f) => `${f + 1}` },
  { encabezado: "Meta de producto", celda: (f) => `Meta de producto número ${f + 1} del plan` },
  { encabezado: "Indicador de producto", celda: (f) => `Número de acciones de la meta ${f + 1}` },
  { encabezado: "Unidad de medida", celda: (_f, azar) => azar.elegir(["Número", "Porcentaje", "Km", "Personas"]) },
  { encabezado: "Tipo de acumulación", celda: (_f, azar) => azar.elegir(["Incremento", "Mantenimiento", "Creciente", "Reducción"]) },
  { encabezado: "Línea base", celda: cantidad(100) },
  { encabezado: "Meta cuatrienio", celda: cantidad(400) },
  { encabezado: "Dependencia", celda: (_f, azar) => azar.elegir(DEPENDENCIAS) },
  { encabezado: "Ponderación", celda: () => 0.001 },
];

function columnasAnio(anio: number): ColumnaBanco[] {
  const trimestres = [1, 2, 3, 4].flatMap((q) => [
    { encabezado: `T${q}. PLANEADO ${anio}`, celda: cantidad(30) },
    { encabezado: `T${q}. EJECUTADO ${anio}`, celda: cantidad(30) },
  ]);
  return [
    { encabezado: `Meta ${anio}`, celda: cantidad(100) },
    ...trimestres,
    { encabezado: `TOTAL PLANEADO ${anio}`, celda: cantidad(100) },
    { encabezado: `TOTAL EJECUTADO ${anio}`, celda: cantidad(100) },
    { encabezado: `% Ejec. ${anio}`, celda: (_f, azar) => azar.entero(0, 120) / 100 },
    { encabezado: `Apropiación definitiva ${anio}`, celda: cantidad(900_000_000) },
    { encabezado: `Compromisos ${anio}`, celda: cantidad(900_000_000) },
    { encabezado: `Pagos ${anio}`, celda: cantidad(900_000_000) },
    { encabezado: `Observaciones ${anio}`, celda: texto("Observación de la fila") },
    { encabezado: `Soportes de cumplimiento ${anio}`, celda: texto("https://evidencias.gov.co/fila") },
  ];
}

/** `columnas` × `filas` (header row included): the identity columns, year blocks back from 2027, then free text. */
export function generarGrillaAncha(columnas: number, filas: number, semilla = 11): Libro {
  const azar = crearAzar(semilla);
  const banco: ColumnaBanco[] = [...IDENTIDAD];
  for (let anio = 2027; banco.length + 17 <= columnas; anio--) banco.push(...columnasAnio(anio));
  while (banco.length < columnas) banco.push({ encabezado: `Campo libre ${banco.length + 1}`, celda: texto("Nota") });
  const valores: Valor[][] = [banco.map((c) => c.encabezado)];
  for (let f = 0; f < filas - 1; f++) valores.push(banco.map((c) => c.celda(f, azar)));
  return { hojas: [{ nombre: "PDM", valores, combinadas: [] }], cultura: CULTURA_ES_CO };
}

export async function benchReconocimiento(columnas: number, filas: number, veces: number): Promise<string[]> {
  const libro = generarGrillaAncha(columnas, filas);
  const textoJson = JSON.stringify(libro);
  const [lectura, parse] = await medirAlternando(veces, [() => leerLibro(libro), () => JSON.parse(textoJson) as Libro]);
  if (!lectura || !parse) throw new Error("medirAlternando devuelve una medida por función");
  const n = new Intl.NumberFormat("es-CO");
  const tamano = `${n.format(columnas)} columnas × ${n.format(filas)} filas`;
  const metas = leerLibro(libro).metas.length;
  return [
    `Reconocimiento (${tamano}: años, trimestres, totales, niveles, presupuesto, texto; ${n.format(metas)} metas leídas)`,
    linea(`reconocimiento solo, ${tamano}`, tiempo(lectura)),
    linea(`JSON.parse de la misma grilla serializada (${kb(textoJson.length)})`, tiempo(parse)),
    linea("razón reconocimiento / JSON.parse", razon(lectura.ms / parse.ms)),
  ];
}
