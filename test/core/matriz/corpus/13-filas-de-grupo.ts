import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "13-filas-de-grupo",
  familia: "13 · group rows of dependencies (SPEC §3.3 source 2, §3.4)",
  descripcion:
    "A row whose only cell is a text in the meta column names the dependency of the metas below it until the next one; " +
    "group rows and the TOTAL row are never metas.",
  libro: libro([
    hoja("Plan de acción", [
      ["Meta de producto", "Meta 2024", "Avance meta 2024"],
      ["SECRETARÍA DE SALUD"],
      ["Vacunar niños", 100, 90],
      ["Fumigar barrios", 10, 5],
      ["SECRETARÍA DE EDUCACIÓN"],
      ["Dotar colegios", 4, 4],
      ["TOTAL", 114, 99],
    ]),
  ]),
  esperado: {
    hojas: {
      "Plan de acción": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "programado 2024", C: "ejecutado 2024" },
        fuenteDependencia: "filasGrupo",
      },
    },
    vigencia: 2024,
    metas: 3,
    pctVigencia: { "Vacunar niños": 90 / 100, "Fumigar barrios": 5 / 10, "Dotar colegios": 4 / 4 },
    dependencias: { "SECRETARÍA DE SALUD": 2, "SECRETARÍA DE EDUCACIÓN": 1 },
    planPctVigencia: (0.9 + 0.5 + 1) / 3,
  },
};
