/**
 * Engine time (consolidar = recognise + validate + compute) on a generated 50,000-meta × 4-year
 * grid, next to JSON.parse of the same grid serialised (issue 3).
 */
import { consolidar } from "../src/core/calculo/consolidar";
import type { Libro } from "../src/core/grid/libro";
import { generarLibroGrande } from "../scripts/ejemplo";
import { kb, linea, medirAlternando, razon, tiempo } from "./medir";

export async function benchMotor(metas: number, veces: number): Promise<string[]> {
  const libro = generarLibroGrande(metas);
  const texto = JSON.stringify(libro);
  const [motor, parse] = await medirAlternando(veces, [() => consolidar(libro), () => JSON.parse(texto) as Libro]);
  if (!motor || !parse) throw new Error("medirAlternando devuelve una medida por función");
  const r = motor.ms / parse.ms;
  const n = new Intl.NumberFormat("es-CO").format(metas);
  return [
    `Motor (${n} metas × 4 años)`,
    linea("consolidar: reconocer + validar + calcular", tiempo(motor), { texto: "≤ 1.500 ms", cumple: motor.ms <= 1500 }),
    linea(`JSON.parse de la misma grilla serializada (${kb(texto.length)})`, tiempo(parse)),
    linea("razón motor / JSON.parse", razon(r), { texto: "≤ 10", cumple: r <= 10 }),
  ];
}
