/** Every case of the corpus, in family order; corpus.test.ts checks that no module of this folder is missing here. */
import type { Caso } from "./caso";
import { caso as c01 } from "./01-anual-ancho";
import { caso as c02 } from "./02-anio-combinado-dos-filas";
import { caso as c03 } from "./03-trimestral-total-valor-esperado";
import { caso as c04 } from "./04-resultado-trimestral-a-la-fecha";
import { caso as c05 } from "./05-largo-por-anio";
import { caso as c06 } from "./06-largo-por-trimestre";
import { caso as c07 } from "./07-encabezados-identificadores";
import { caso as c08 } from "./08-palabras-genericas";
import { caso as c09 } from "./09-peso-en-el-cuatrienio";
import { caso as c10 } from "./10-indicador-codigo-meta-texto";
import { caso as c11 } from "./11-nombre-de-dependencia";
import { caso as c12 } from "./12-tipo-de-acumulacion";
import { caso as c13 } from "./13-filas-de-grupo";
import { caso as c14 } from "./14-niveles-por-columna-de-tipo";
import { caso as c15 } from "./15-niveles-por-celdas-llenas";
import { caso as c16 } from "./16-codigos-en-nombres";
import { caso as c17a } from "./17a-hojas-por-anio-vigencia-2025";
import { caso as c17b } from "./17b-hojas-por-anio-vigencia-2024";
import { caso as c18a } from "./18a-hoja-anual-y-plan-completo-2025";
import { caso as c18b } from "./18b-hoja-anual-y-plan-completo-2024";
import { caso as c19 } from "./19-copia-de-hoja";
import { caso as c20 } from "./20-hojas-sin-matriz";
import { caso as c20b } from "./20b-hoja-de-instrucciones";
import { caso as c21 } from "./21-encabezado-sin-anio";
import { caso as c22 } from "./22-reportado-en-puntos";
import { caso as c22b } from "./22b-reportado-en-fraccion";
import { caso as c23 } from "./23-sin-columna-de-ejecutado";
import { caso as c24 } from "./24-tabla-lateral-notas-total";
import { caso as c25 } from "./25-columna-n-desplazada";
import { caso as c26 } from "./26-tipos-dnp";
import { caso as c27a } from "./27a-ejecucion-presupuestal";
import { caso as c27b } from "./27b-compromisos";
import { caso as c28 } from "./28-columnas-barajadas";

export const CASOS: readonly Caso[] = [
  c01,
  c02,
  c03,
  c04,
  c05,
  c06,
  c07,
  c08,
  c09,
  c10,
  c11,
  c12,
  c13,
  c14,
  c15,
  c16,
  c17a,
  c17b,
  c18a,
  c18b,
  c19,
  c20,
  c20b,
  c21,
  c22,
  c22b,
  c23,
  c24,
  c25,
  c26,
  c27a,
  c27b,
  c28,
];
