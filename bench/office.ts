/**
 * Round trips of a whole Consolidar through the Office adapter on the fake Excel ("web" mode,
 * 5 MB limit): syncs, operations, largest request and response, time — for 1,000, 10,000 and
 * 50,000 metas, next to the payload floor (write bytes ÷ 5 MB, rounded up). Targets of issue #12
 * at 50,000 metas: write operations ≤ 20,000 and write syncs ≤ 1,5 × floor + 5. Request bytes
 * are the fake's estimate of what Office.js sends (simulador/opciones BYTES_POR_ACCION).
 */
import { generarLibroGrande } from "../scripts/ejemplo";
import { interpretarAjustes } from "../src/app";
import { consolidar } from "../src/core/calculo/consolidar";
import { planificar } from "../src/core/reporte/planificar";
import { ExcelFalso, LIMITE_PAYLOAD, type RegistroSync } from "../src/simulador";
import { escribirPlanExcel, leerLibroExcel } from "../src/io/office";

export interface RondasConsolidar {
  readonly metas: number;
  readonly lectura: readonly RegistroSync[];
  readonly escritura: readonly RegistroSync[];
  readonly ms: number;
}

/** One Consolidar (read → consolidar → planificar → write) on a fake seeded with `metas` metas. */
export async function rondasConsolidar(metas: number): Promise<RondasConsolidar> {
  const falso = new ExcelFalso({ modo: "web" }).cargarLibro(generarLibroGrande(metas));
  const t0 = performance.now();
  const l = await leerLibroExcel(falso.entorno);
  const leidas = falso.totalSyncs;
  const plan = planificar(consolidar(l.libro, interpretarAjustes(l.ajustesGuardados[0]?.texto ?? null)), {
    hojasExistentes: l.hojasExistentes,
    propiedadPrevia: l.propiedad,
    fechaEjecucion: "2026-01-31T10:00:00Z",
    duracionMs: null,
  });
  await escribirPlanExcel(falso.entorno, plan);
  const ms = performance.now() - t0;
  return { metas, lectura: falso.registro.slice(0, leidas), escritura: falso.registro.slice(leidas), ms };
}

const mb = (b: number): string => `${(b / 1_048_576).toFixed(2).replace(".", ",")} MB`;
const maximo = (rs: readonly RegistroSync[], f: (r: RegistroSync) => number): number => rs.reduce((m, r) => Math.max(m, f(r)), 0);
const total = (rs: readonly RegistroSync[], f: (r: RegistroSync) => number): number => rs.reduce((s, r) => s + f(r), 0);

export async function benchOffice(tamanos: readonly number[] = [1_000, 10_000, 50_000]): Promise<string> {
  const n = new Intl.NumberFormat("es-CO");
  const filas = [
    "Adaptador de Office sobre el Excel simulado (modo web, límite 5 MB por envío)",
    "metas    | syncs lectura | syncs escritura | piso | operaciones escritura | mayor petición | mayor respuesta | datos enviados | datos recibidos | tiempo",
  ];
  for (const metas of tamanos) {
    const r = await rondasConsolidar(metas);
    const todas = [...r.lectura, ...r.escritura];
    filas.push(
      [
        n.format(metas).padEnd(8),
        String(r.lectura.length).padStart(13),
        String(r.escritura.length).padStart(15),
        String(Math.ceil(total(r.escritura, (x) => x.bytesPeticion) / LIMITE_PAYLOAD)).padStart(4),
        n.format(total(r.escritura, (x) => x.operaciones)).padStart(21),
        mb(maximo(todas, (x) => x.bytesPeticion)).padStart(14),
        mb(maximo(todas, (x) => x.bytesRespuesta)).padStart(15),
        mb(total(todas, (x) => x.bytesPeticion)).padStart(14),
        mb(total(todas, (x) => x.bytesRespuesta)).padStart(15),
        `${n.format(Math.round(r.ms))} ms`.padStart(9),
      ].join(" | "),
    );
  }
  filas.push(
    "Syncs fijas: 3 de lectura (nombres y ajustes, rangos usados, primer bloque) y 4 de escritura (inspección, intercambio, borrado de las copias, detalles de formato); el resto son trozos por tamaño. Piso: bytes enviados al escribir ÷ 5 MB, redondeado hacia arriba.",
    "Antes (issue #12, con el medidor anterior): 1.000 metas 2 syncs de escritura y 13.781 operaciones; 10.000: 11 y 125.336; 50.000: 53 y 621.899 (206.787 de ellas vínculos).",
  );
  return filas.join("\n");
}

if (require.main === module) void benchOffice().then((s) => process.stdout.write(`${s}\n`));
