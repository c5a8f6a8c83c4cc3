/**
 * The real-looking mistakes planted in the example, each on a meta chosen deterministically,
 * so that the findings of SPEC §7 show up on the bundled matrix as they do on real ones.
 */
import { CUATRIENIO, VIGENCIA } from "./catalogo";
import type { MetaEjemplo } from "./metas";

export interface ErrorSembrado {
  readonly descripcion: string;
  readonly codigo: string;
  readonly dependencia: string;
}

const IV = CUATRIENIO.indexOf(VIGENCIA);

export function sembrarErrores(metas: MetaEjemplo[]): ErrorSembrado[] {
  const usadas = new Set<MetaEjemplo>();
  const sembrados: ErrorSembrado[] = [];
  const tomar = (dependencia: string, filtro: (m: MetaEjemplo) => boolean, descripcion: string): MetaEjemplo => {
    const meta = metas.find((m) => m.programa.dependencia === dependencia && !usadas.has(m) && filtro(m));
    if (!meta) throw new Error(`No hay una meta de ${dependencia} para sembrar: ${descripcion}`);
    usadas.add(meta);
    sembrados.push({ descripcion, codigo: meta.codigo, dependencia });
    return meta;
  };
  const programada = (m: MetaEjemplo): boolean => (m.programado[IV] ?? 0) > 0 && m.trimestres === null;
  const suma = (m: MetaEjemplo): boolean => m.tipo === "SUMA" && programada(m);

  tomar("Secretaría de Educación", suma, "texto en un ejecutado").ejecutado[IV] = "Meta cumplida";

  const placa = tomar("Secretaría de Infraestructura", suma, "número escrito como texto colombiano");
  Object.assign(placa, {
    nombre: "Construir 6.000 metros lineales de placa huella en vías terciarias",
    unidad: "Metros lineales",
    metaCuatrienio: 6000,
    programado: [1500, 1500, 1500, 1500],
    ejecutado: [1480, "1.234,5", 0, 0],
  });

  const div = tomar("Secretaría de Gobierno", programada, "error #DIV/0! en un ejecutado calculado");
  div.ejecutado[IV] = { error: "#DIV/0!" };
  div.formulaEjecutado = "AVERAGE(Y{fila}:Z{fila})";

  const original = tomar("Secretaría de Hacienda", () => true, "código de meta repetido (original)");
  tomar("Secretaría de Hacienda", () => true, "código de meta repetido").codigo = original.codigo;

  const nd = tomar("Secretaría de Planeación", programada, "ND sin observación");
  nd.ejecutado[IV] = "ND";
  nd.observacion = null;

  const sobre = tomar("Secretaría de Desarrollo Económico", (m) => suma(m) && (m.programado[IV] ?? 0) >= 2, "sobreejecución del 300 %");
  sobre.ejecutado[IV] = 3 * (sobre.programado[IV] ?? 0);
  sobre.observacion = null;

  for (let i = 0; i < 2; i++) tomar("Secretaría de Gobierno", () => true, "variante de escritura de la dependencia").dependencia = "Secretaria de gobierno ";

  for (const dep of ["Secretaría de Educación", "Secretaría de Infraestructura", "Secretaría de Desarrollo Económico"]) {
    tomar(dep, programada, "ejecutado en blanco con programado > 0").ejecutado[IV] = null;
  }

  const salud = tomar("Secretaría de Salud", (m) => m.tipo === "SUMA" && m.trimestres !== null && (m.programado[IV] ?? 0) > 0, "T4 ejecutado en blanco");
  if (salud.trimestres) {
    salud.trimestres.ejecutado[3] = null;
    salud.ejecutado[IV] = salud.trimestres.ejecutado.reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
  }

  const discrepante = tomar("Secretaría de Educación", (m) => suma(m) && typeof m.ejecutado[IV] === "number", "% digitado sobre la fórmula");
  const calculado = (discrepante.ejecutado[IV] as number) / (discrepante.programado[IV] ?? 1);
  discrepante.reportadoDigitado = calculado > 0.75 ? calculado - 0.25 : calculado + 0.25;

  return sembrados;
}
