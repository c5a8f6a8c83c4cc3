/**
 * Round trips of a whole Consolidar through the Office adapter on the fake Excel ("web" mode,
 * 5 MB limit): syncs, largest request and response, time — for 1,000, 10,000 and 50,000 metas.
 * The number of syncs may grow only with payload chunks (issue #5).
 */
import { generarLibroGrande } from "../scripts/ejemplo";
import { interpretarAjustes } from "../src/app";
import { consolidar } from "../src/core/calculo/consolidar";
import { planificar } from "../src/core/reporte/planificar";
import { ExcelFalso, type RegistroSync } from "../src/simulador";
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
    "metas    | syncs lectura | syncs escritura | total | mayor petición | mayor respuesta | datos enviados | datos recibidos | tiempo",
  ];
  for (const metas of tamanos) {
    const r = await rondasConsolidar(metas);
    const todas = [...r.lectura, ...r.escritura];
    filas.push(
      [
        n.format(metas).padEnd(8),
        String(r.lectura.length).padStart(13),
        String(r.escritura.length).padStart(15),
        String(todas.length).padStart(5),
        mb(maximo(todas, (x) => x.bytesPeticion)).padStart(14),
        mb(maximo(todas, (x) => x.bytesRespuesta)).padStart(15),
        mb(total(todas, (x) => x.bytesPeticion)).padStart(14),
        mb(total(todas, (x) => x.bytesRespuesta)).padStart(15),
        `${n.format(Math.round(r.ms))} ms`.padStart(9),
      ].join(" | "),
    );
  }
  filas.push("Syncs fijas: 3 de lectura (nombres y ajustes, rangos usados, primer bloque) y 2 de escritura (inspección, escritura + intercambio); el resto son trozos por tamaño.");
  return filas.join("\n");
}

if (require.main === module) void benchOffice().then((s) => process.stdout.write(`${s}\n`));
