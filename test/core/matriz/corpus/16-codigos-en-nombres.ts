import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "16-codigos-en-nombres",
  familia: "16 · codes inside names: «1.1.1 Meta …», «Eje 1. …», «030101\\nPrograma» (SPEC §3.4)",
  descripcion: "Codes written inside the name cells are split off and kept as codes, for the metas and for every level.",
  libro: libro([
    hoja("PDT", [
      ["Eje", "Programa", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
      ["Eje 1. Desarrollo social", "1.1 Salud para todos", "1.1.1 Vacunar niños", "Secretaría de Salud", 100, 80],
      ["Eje 1. Desarrollo social", "1.1 Salud para todos", "1.1.2 Fumigar barrios", "Secretaría de Salud", 10, 10],
      ["Eje 2. Desarrollo económico", "2.1 Empleo", "2.1.1 Formar emprendedores", "Secretaría de Desarrollo Económico", 50, 25],
      ["Eje 3. Cultura", "030101\nZócalos culturales", "Realizar festivales", "Secretaría de Cultura", 2, 1],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "nivel eje", B: "nivel programa", C: "meta", D: "dependencia", E: "programado 2024", F: "ejecutado 2024" },
      },
    },
    vigencia: 2024,
    metas: 4,
    pctVigencia: { "Vacunar niños": 80 / 100, "Fumigar barrios": 10 / 10, "Formar emprendedores": 25 / 50, "Realizar festivales": 1 / 2 },
    codigos: { "Vacunar niños": "1.1.1", "Fumigar barrios": "1.1.2", "Formar emprendedores": "2.1.1", "Realizar festivales": null },
    niveles: [
      "eje [1] Desarrollo social",
      "programa [1.1] Salud para todos",
      "eje [2] Desarrollo económico",
      "programa [2.1] Empleo",
      "eje [3] Cultura",
      "programa [030101] Zócalos culturales",
    ],
    dependencias: { "Secretaría de Salud": 2, "Secretaría de Desarrollo Económico": 1, "Secretaría de Cultura": 1 },
    planPctVigencia: (0.8 + 1 + 0.5 + 0.5) / 4,
  },
};
