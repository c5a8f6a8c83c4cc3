/** The instructions sheet of a template (issue 14), in Spanish. */

export const HOJA_INSTRUCCIONES = "Instrucciones plantilla";

interface DatosInstrucciones {
  readonly dependencia: string;
  readonly vigencia: number;
  readonly archivoMaestro: string;
  /** "PDM": the header texts of the columns to fill; `largo`: one row per meta and year or quarter (SPEC §3.2). */
  readonly editables: readonly { readonly hoja: string; readonly encabezados: readonly string[]; readonly largo: boolean }[];
  readonly metas: number;
}

/**
 * The lines of the sheet, one per row.
 * @example lineasInstrucciones(d)[0] // "Plantilla de seguimiento — Secretaría de Salud — vigencia 2025"
 */
export function lineasInstrucciones(d: DatosInstrucciones): string[] {
  return [
    `Plantilla de seguimiento — ${d.dependencia} — vigencia ${d.vigencia}`,
    "",
    `Esta plantilla trae solo las ${d.metas} metas de ${d.dependencia}, copiadas de «${d.archivoMaestro}» con las mismas columnas y encabezados.`,
    "Qué diligenciar (celdas en amarillo, las únicas desbloqueadas):",
    ...d.editables.map(
      (e) =>
        `• Hoja «${e.hoja}»: ${e.encabezados.join("; ")}.` +
        (e.largo
          ? ` Hay una fila por meta y por año o trimestre: solo se diligencian las de la vigencia ${d.vigencia}; las de otros años están bloqueadas.`
          : ""),
    ),
    "El ejecutado es un número mayor o igual a 0 (sin %, sin texto). Si no hay dato escriba ND y explíquelo en Observaciones; si la meta no aplica, NA.",
    "Cada celda dice qué admite al seleccionarla; un valor no admitido se rechaza con un mensaje.",
    "",
    "Las demás columnas (meta, programado, línea base, metas del cuatrienio, años anteriores) están bloqueadas: las cambia la oficina de planeación en la matriz.",
    "La protección de las hojas no tiene contraseña (Revisar › Desproteger hoja): sirve para evitar cambios por error, no para impedirlos.",
    "No cambie el nombre de las hojas, no inserte ni borre filas o columnas y no borre la hoja oculta «Registro de la plantilla»:",
    "con ella la oficina de planeación consolida este archivo como las filas de la matriz original.",
    "",
    "Devuelva el archivo a la oficina de planeación; allí se consolida con «Consolidar» (o seguimiento consolidar archivo1.xlsx archivo2.xlsx …).",
  ];
}
