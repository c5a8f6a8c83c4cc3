import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "14-niveles-por-columna-de-tipo",
  familia: "14 · levels written as rows, told apart by a type column E / P / M (SPEC §3.4)",
  descripcion:
    "One name column holds ejes, programas and metas; the NIVEL column (E eje, P programa, M meta) tells them apart. " +
    "Level rows have a code and a name and blank values — by the bare rule of §3.4 they would pass for metas — but they " +
    "are levels: every following meta belongs to them. The type column is the field «clase» of the contract (tipos.ts).",
  libro: libro([
    hoja("PDT", [
      ["NIVEL", "Código", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
      ["E", "1", "Desarrollo social", null, null, null],
      ["P", "1.1", "Salud para todos", null, null, null],
      ["M", "1.1.1", "Vacunar niños", "Secretaría de Salud", 100, 80],
      ["M", "1.1.2", "Fumigar barrios", "Secretaría de Salud", 10, 10],
      ["P", "1.2", "Educación de calidad", null, null, null],
      ["M", "1.2.1", "Dotar colegios", "Secretaría de Educación", 4, 2],
      ["E", "2", "Desarrollo económico", null, null, null],
      ["P", "2.1", "Empleo", null, null, null],
      ["M", "2.1.1", "Formar emprendedores", "Secretaría de Desarrollo Económico", 50, 50],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "clase", B: "codigo", C: "meta", D: "dependencia", E: "programado 2024", F: "ejecutado 2024" },
      },
    },
    vigencia: 2024,
    metas: 4,
    pctVigencia: { "Vacunar niños": 80 / 100, "Fumigar barrios": 10 / 10, "Dotar colegios": 2 / 4, "Formar emprendedores": 50 / 50 },
    codigos: { "Vacunar niños": "1.1.1", "Fumigar barrios": "1.1.2", "Dotar colegios": "1.2.1", "Formar emprendedores": "2.1.1" },
    grupoDeMeta: {
      "Vacunar niños": { dependencia: "Secretaría de Salud", eje: "Desarrollo social", programa: "Salud para todos" },
      "Fumigar barrios": { dependencia: "Secretaría de Salud", eje: "Desarrollo social", programa: "Salud para todos" },
      "Dotar colegios": { dependencia: "Secretaría de Educación", eje: "Desarrollo social", programa: "Educación de calidad" },
      "Formar emprendedores": { dependencia: "Secretaría de Desarrollo Económico", eje: "Desarrollo económico", programa: "Empleo" },
    },
    niveles: [
      "eje [1] Desarrollo social",
      "programa [1.1] Salud para todos",
      "programa [1.2] Educación de calidad",
      "eje [2] Desarrollo económico",
      "programa [2.1] Empleo",
    ],
    dependencias: { "Secretaría de Salud": 2, "Secretaría de Educación": 1, "Secretaría de Desarrollo Económico": 1 },
    planPctVigencia: (0.8 + 1 + 0.5 + 1) / 4,
    hallazgos: { ausentes: ["E-SIN-META-CUATRIENIO", "E-META-DUPLICADA"] },
  },
};
