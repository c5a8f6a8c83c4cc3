/**
 * Files handed to the browser as downloads (a Blob and an <a download>): the Informe in Word from
 * the pane, and the web page's consolidated workbook and Informe (issue 14).
 */
import { documentoInforme } from "../app";
import type { Consolidacion, WorkbookPlan } from "../core";

export const TIPO_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TIPO_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function descargarArchivo(bytes: Uint8Array, nombre: string, tipo: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: tipo }));
  const a = document.createElement("a");
  a.href = url;
  a.download = nombre;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked later, not now: a browser may start reading the Blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds the Informe's .docx (the plan's charts become its tables) and downloads it. */
export async function descargarInforme(consolidacion: Consolidacion, plan: WorkbookPlan): Promise<void> {
  // docx (about 1 MB) is fetched only when asked for, never with the page's first download
  const { informeADocx } = await import(/* webpackChunkName: "informe-docx" */ "../io/docx/escritorDocx.js");
  const bytes = await documentoInforme(consolidacion, plan, informeADocx);
  descargarArchivo(bytes, `informe-seguimiento-${consolidacion.parametros.vigencia}.docx`, TIPO_DOCX);
}
