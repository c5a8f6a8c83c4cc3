import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "07-encabezados-identificadores",
  familia: "7 · identifier headers: snake_case, CamelCase, two-digit years (SPEC §3.2)",
  descripcion: "A database export: codigo_meta, nombre_meta, MetaCuatrienio, meta_programada_2024, ejecutado_2024, Prog25, Ejec25.",
  libro: libro([
    hoja("export", [
      ["codigo_meta", "nombre_meta", "dependencia", "MetaCuatrienio", "meta_programada_2024", "ejecutado_2024", "Prog25", "Ejec25"],
      ["M01", "Vacunar niños", "Secretaría de Salud", 400, 100, 80, 100, 90],
      ["M02", "Pavimentar vías", "Secretaría de Obras", 20, 5, 5, 5, 2],
    ]),
  ]),
  esperado: {
    hojas: {
      export: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "codigo",
          B: "meta",
          C: "dependencia",
          D: "metaCuatrienio",
          E: "programado 2024",
          F: "ejecutado 2024",
          G: "programado 2025",
          H: "ejecutado 2025",
        },
      },
    },
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Vacunar niños": 90 / 100, "Pavimentar vías": 2 / 5 },
    pctCuatrienio: { "Vacunar niños": (80 + 90) / 400, "Pavimentar vías": (5 + 2) / 20 },
    codigos: { "Vacunar niños": "M01", "Pavimentar vías": "M02" },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.9 + 0.4) / 2,
  },
};
