import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "15-niveles-por-celdas-llenas",
  familia: "15 · levels written as rows, told apart by which cells are filled (SPEC §3.4)",
  descripcion:
    "An eje row fills only the Eje column, a programa row only the Programa column; metas fill the rest and inherit both. " +
    "A lone text in the first column here is a level (its column is «Eje»), not a group row naming a dependency.",
  libro: libro([
    hoja("PDT", [
      ["Eje", "Programa", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
      ["Desarrollo social"],
      [null, "Salud para todos"],
      [null, null, "Vacunar niños", "Secretaría de Salud", 100, 80],
      [null, null, "Fumigar barrios", "Secretaría de Salud", 10, 10],
      [null, "Educación de calidad"],
      [null, null, "Dotar colegios", "Secretaría de Educación", 4, 2],
      ["Desarrollo económico"],
      [null, "Empleo"],
      [null, null, "Formar emprendedores", "Secretaría de Desarrollo Económico", 50, 50],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "nivel eje", B: "nivel programa", C: "meta", D: "dependencia", E: "programado 2024", F: "ejecutado 2024" },
        fuenteDependencia: "columna",
      },
    },
    vigencia: 2024,
    metas: 4,
    pctVigencia: { "Vacunar niños": 80 / 100, "Fumigar barrios": 10 / 10, "Dotar colegios": 2 / 4, "Formar emprendedores": 50 / 50 },
    grupoDeMeta: {
      "Vacunar niños": { dependencia: "Secretaría de Salud", eje: "Desarrollo social", programa: "Salud para todos" },
      "Fumigar barrios": { dependencia: "Secretaría de Salud", eje: "Desarrollo social", programa: "Salud para todos" },
      "Dotar colegios": { dependencia: "Secretaría de Educación", eje: "Desarrollo social", programa: "Educación de calidad" },
      "Formar emprendedores": { dependencia: "Secretaría de Desarrollo Económico", eje: "Desarrollo económico", programa: "Empleo" },
    },
    niveles: ["eje Desarrollo social", "programa Salud para todos", "programa Educación de calidad", "eje Desarrollo económico", "programa Empleo"],
    dependencias: { "Secretaría de Salud": 2, "Secretaría de Educación": 1, "Secretaría de Desarrollo Económico": 1 },
    planPctVigencia: (0.8 + 1 + 0.5 + 1) / 4,
  },
};
