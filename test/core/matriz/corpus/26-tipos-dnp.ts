import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "26-tipos-dnp",
  familia: "26 · DNP tipo words: Acumulativo, No acumulativo, Flujo, Capacidad (SPEC §5.1, §5.3, §5.4)",
  descripcion:
    "Acumulativo = SUMA, No acumulativo = CONSTANTE, Flujo = CONSTANTE, Capacidad = CRECIENTE (net of the línea base). " +
    "The cuatrienio figures follow SPEC §5.4's worked examples.",
  libro: libro([
    hoja("PDT", [
      [
        "Código",
        "Meta de producto",
        "Dependencia",
        "Tipo de acumulación",
        "Línea base",
        "Meta cuatrienio",
        "Meta 2024",
        "Avance meta 2024",
        "Meta 2025",
        "Avance meta 2025",
      ],
      ["1", "Jornadas de vacunación", "Secretaría de Salud", "Acumulativo", 0, 10, 5, 2, 5, 2],
      ["2", "Cupos PAE mantenidos", "Secretaría de Educación", "No acumulativo", 800, 884, 884, 884, 884, 919],
      ["3", "Tasa de permanencia escolar", "Secretaría de Educación", "Flujo", 0.5, 1, 1, 0.53, 1, 0.98],
      ["4", "Cobertura de acueducto", "Secretaría de Infraestructura", "Capacidad", 60, 80, 65, 64, 70, 69],
    ]),
  ]),
  ajustes: { vigencia: 2025 },
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "codigo",
          B: "meta",
          C: "dependencia",
          D: "tipo",
          E: "lineaBase",
          F: "metaCuatrienio",
          G: "programado 2024",
          H: "ejecutado 2024",
          I: "programado 2025",
          J: "ejecutado 2025",
        },
      },
    },
    vigencia: 2025,
    metas: 4,
    pctVigencia: {
      "Jornadas de vacunación": 2 / 5,
      "Cupos PAE mantenidos": 919 / 884,
      "Tasa de permanencia escolar": 0.98 / 1,
      // CRECIENTE: (E − LB) / (P − LB)
      "Cobertura de acueducto": (69 - 60) / (70 - 60),
    },
    pctCuatrienio: {
      // SUMA: M = 10, E2024 = 2, E2025 = 2 → 40 %
      "Jornadas de vacunación": (2 + 2) / 10,
      // CONSTANTE: last level over M, never (884 + 919) / 884
      "Cupos PAE mantenidos": 919 / 884,
      "Tasa de permanencia escolar": 0.98 / 1,
      // CRECIENTE: LB = 60, M = 80, E_last = 69 → 45 %
      "Cobertura de acueducto": (69 - 60) / (80 - 60),
    },
    tipos: {
      "Jornadas de vacunación": "SUMA",
      "Cupos PAE mantenidos": "CONSTANTE",
      "Tasa de permanencia escolar": "CONSTANTE",
      "Cobertura de acueducto": "CRECIENTE",
    },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Educación": 2, "Secretaría de Infraestructura": 1 },
    // 919/884 is capped at 1
    planPctVigencia: (0.4 + 1 + 0.98 + 0.9) / 4,
    hallazgos: { ausentes: ["A-TIPO-DESCONOCIDO"] },
  },
};
