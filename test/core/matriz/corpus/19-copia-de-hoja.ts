import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

const filas = [
  ["Meta de producto", "Meta 2024", "Avance meta 2024"],
  ["Vacunar niños", 100, 90],
  ["Fumigar barrios", 10, 4],
];

const matriz = { reconocida: true, filaEncabezado: 1, columnas: { A: "meta", B: "programado 2024", C: "ejecutado 2024" } };

export const caso: Caso = {
  nombre: "19-copia-de-hoja",
  familia: "19 · «Copia de …» with the same values (SPEC §3.5, §7 A-HOJA-DUPLICADA)",
  descripcion: "Guatapé: a copy of a secretaría's sheet with the same metas and values is reported and read once; the sheet name is the dependency.",
  libro: libro([hoja("Sec. Salud", filas), hoja("Copia de Sec. Salud", filas)]),
  esperado: {
    hojas: { "Sec. Salud": { ...matriz, fuenteDependencia: "nombreHoja" }, "Copia de Sec. Salud": matriz },
    vigencia: 2024,
    metas: 2,
    pctVigencia: { "Vacunar niños": 90 / 100, "Fumigar barrios": 4 / 10 },
    origen: { "Vacunar niños": "Sec. Salud", "Fumigar barrios": "Sec. Salud" },
    dependencias: { "Sec. Salud": 2 },
    planPctVigencia: (0.9 + 0.4) / 2,
    hallazgos: { presentes: ["A-HOJA-DUPLICADA@Copia de Sec. Salud"], ausentes: ["A-HOJA-DUPLICADA@Sec. Salud", "E-META-DUPLICADA"] },
  },
};
