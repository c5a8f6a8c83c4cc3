/**
 * The browser demo, and the product for offices whose Excel cannot load the add-in (issue 14): a
 * simulated Excel (the fake of the adapter's tests) on the left, the real task pane on the right, a
 * ribbon with the real "Consolidar" command and the downloads of the consolidated workbook and the
 * Informe, made from the opened files as the CLI makes them. Preloaded with the bundled example;
 * one or several .xlsx can be opened: the first is shown, the others are the pane's added files
 * (their recognition and findings in Consolidar), and the pane and the downloads consolidate the
 * same set.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { cargarAjustes, ErrorAjustesGuardados, mensajeError, type ArchivoAgregado } from "../app";
import { nombreConsolidado } from "../app/salida";
import { consolidarDesdeCinta } from "../commands/consolidarCinta";
import type { Ajustes } from "../core";
import { App } from "../taskpane/App";
import { archivoDelNavegador } from "../taskpane/archivoNavegador";
import { crearServicioOffice } from "../taskpane/services/office";
import type { ServicioPanel } from "../taskpane/services/tipos";
import { descargarArchivo, descargarInforme, TIPO_XLSX } from "../taskpane/descargas";
import { comprobarTamanoArchivo } from "../io/xlsx/_lib/limites";
import { abrirXlsx, type Anfitrion } from "./anfitrion";
import { cargarXlsx, informeConsolidado, libroConsolidado, type ArchivoAbierto } from "./consolidarEnNavegador";
import { Cuadricula } from "./Cuadricula";
import { PestanasHojas } from "./PestanasHojas";

import { EJEMPLO } from "./ejemplo";

/** What the e2e tests read through page.evaluate. */
declare global {
  interface Window {
    seguimientoDemo?: { anfitrion: Anfitrion; consolidarCinta: () => Promise<void> };
  }
}

function servicioDemo(a: Anfitrion): ServicioPanel {
  const base = crearServicioOffice(a.entorno);
  let propias = false;
  return {
    ...base,
    consolidar: async (aj, o) => {
      propias = true;
      try {
        return await base.consolidar(aj, o);
      } finally {
        propias = false;
      }
    },
    // Excel raises onChanged for the user's typing; the demo raises it from the grid editor.
    suscribirCambios: (f) => Promise.resolve(a.alEditar(() => propias || f())),
  };
}

/** The settings the pane saved in the shown workbook; damaged ones give the defaults, as in the pane. */
async function ajustesDelPanel(a: Anfitrion): Promise<Ajustes> {
  try {
    return await cargarAjustes(a.libro);
  } catch (e) {
    if (e instanceof ErrorAjustesGuardados) return {};
    throw e;
  }
}

/** The file shown, and how many more are consolidated with it. */
function nombreArchivos(primero: ArchivoAbierto | null, resto: readonly ArchivoAgregado[]): string {
  if (!primero) return "";
  return resto.length === 0 ? primero.nombre : `${primero.nombre} + ${resto.length} ${resto.length === 1 ? "archivo más" : "archivos más"}`;
}

export function DemoApp() {
  const [anfitrion, setAnfitrion] = useState<Anfitrion | null>(null);
  const [primero, setPrimero] = useState<ArchivoAbierto | null>(null);
  // the pane's added files: the ones opened with the first, then as the user adds or removes them there
  const [agregados, setAgregados] = useState<readonly ArchivoAgregado[]>([]);
  // each opening starts a fresh pane, seeded with that opening's files
  const [apertura, setApertura] = useState(0);
  const [editado, setEditado] = useState(false);
  const [ocupado, setOcupado] = useState(false);
  const [estado, setEstado] = useState("Cargando el ejemplo…");
  const [aviso, setAviso] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [activa, setActiva] = useState("");
  const repintar = useCallback(() => setVersion((v) => v + 1), []);

  const abrir = useCallback(
    async (mostrado: ArchivoAbierto, resto: readonly ArchivoAgregado[]) => {
      // a new file clears the notice the previous one left (issue 12, probe 14: a stale banner)
      setAviso(null);
      setEstado(`Abriendo ${mostrado.nombre}…`);
      try {
        const a = await abrirXlsx(mostrado.bytes, mostrado.nombre, repintar);
        setAnfitrion(a);
        setPrimero(mostrado);
        setAgregados(resto);
        setApertura((n) => n + 1);
        setEditado(false);
        setActiva(a.falso.modelo.hojas[0]?.nombre ?? "");
        setEstado("");
      } catch (e) {
        setEstado("");
        setAviso(e instanceof Error ? e.message : String(e));
      }
    },
    [repintar],
  );

  useEffect(() => {
    fetch(EJEMPLO)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`No se encontró ${EJEMPLO} (${r.status}).`))))
      .then((d) => abrir({ nombre: EJEMPLO.split("/").pop() ?? "ejemplo.xlsx", bytes: new Uint8Array(d) }, []))
      .catch((e: unknown) => (setEstado(""), setAviso(e instanceof Error ? e.message : String(e))));
  }, [abrir]);

  // Follow Excel's active sheet when the add-in selects a cell or activates a sheet.
  const seleccion = anfitrion?.falso.modelo.seleccion ?? null;
  useEffect(() => {
    if (seleccion && anfitrion?.falso.modelo.buscar(seleccion.hoja)) setActiva(seleccion.hoja);
  }, [seleccion, anfitrion, version]);

  const servicio = useMemo(() => (anfitrion ? servicioDemo(anfitrion) : null), [anfitrion]);
  const consolidarCinta = useCallback(async () => {
    if (!anfitrion) return;
    setAviso(null);
    await consolidarDesdeCinta(anfitrion.libro, (m) => Promise.resolve(setAviso(`Consolidar (cinta): ${m}`)));
  }, [anfitrion]);
  useEffect(() => {
    if (anfitrion) window.seguimientoDemo = { anfitrion, consolidarCinta };
  }, [anfitrion, consolidarCinta]);
  useEffect(() => anfitrion?.alEditar(() => setEditado(true)), [anfitrion]);

  // The CLI's path over the shown file's bytes and the pane's added files, with the settings the pane saved in the shown workbook.
  const descargar = useCallback(
    async (que: "libro" | "informe") => {
      if (!anfitrion || !primero) return;
      setAviso(null);
      setOcupado(true);
      setEstado(que === "libro" ? "Consolidando en este navegador…" : "Preparando el informe…");
      try {
        const ajustes = await ajustesDelPanel(anfitrion);
        const xlsx = await cargarXlsx();
        const r = que === "libro" ? await libroConsolidado(xlsx, primero, agregados, ajustes) : await informeConsolidado(xlsx, primero, agregados, ajustes);
        if (!r.ok) {
          setEstado("");
          setAviso(r.mensaje);
          return;
        }
        // a file left out or damaged saved corrections: said beside the download, as the CLI says them
        if (r.avisos.length > 0) setAviso(r.avisos.join(" "));
        if ("bytes" in r.valor) {
          const nombre = nombreConsolidado(primero.nombre);
          descargarArchivo(r.valor.bytes, nombre, TIPO_XLSX);
          setEstado(`Descargado ${nombre}: ${r.valor.resultado.consolidacion.metas.length} metas.`);
        } else {
          await descargarInforme(r.valor.consolidacion, r.valor.plan);
          setEstado("Informe descargado.");
        }
      } catch (e) {
        setEstado("");
        setAviso(mensajeError(e));
      } finally {
        setOcupado(false);
      }
    },
    [anfitrion, primero, agregados],
  );

  const hojas = anfitrion?.falso.modelo.hojas.filter((h) => !h.eliminada) ?? [];
  const hoja = hojas.find((h) => h.nombre === activa) ?? hojas[0];
  return (
    <FluentProvider theme={webLightTheme} lang="es-CO" style={{ height: "100%" }}>
      <div className="demo">
        <header className="cinta" role="banner">
          <strong>Excel simulado</strong>
          <span className="archivo" title={primero ? [primero, ...agregados].map((a) => a.nombre).join("\n") : ""}>
            {nombreArchivos(primero, agregados)}
          </span>
          <label className="boton-cinta">
            Abrir .xlsx…
            <input
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const lista = [...(e.target.files ?? [])];
                if (lista.length === 0) return;
                // refused by its size before the browser reads it into memory (issue 12, probe 11)
                try {
                  for (const f of lista) comprobarTamanoArchivo(f.size, f.name);
                } catch (error) {
                  setAviso(error instanceof Error ? error.message : String(error));
                  return;
                }
                const [mostrado, ...resto] = lista;
                // only the shown file is read here; the others are read once, by the pane's added files
                if (mostrado)
                  void mostrado.arrayBuffer().then((d) => abrir({ nombre: mostrado.name, bytes: new Uint8Array(d) }, resto.map(archivoDelNavegador)));
              }}
            />
          </label>
          <span className="grupo-cinta" aria-label="Pestaña Seguimiento">
            Seguimiento:
            <button type="button" className="boton-cinta" disabled={!anfitrion} onClick={() => void consolidarCinta()}>
              Consolidar
            </button>
          </span>
          <span className="grupo-cinta" aria-label="Descargas">
            Descargar:
            <button type="button" className="boton-cinta" disabled={!anfitrion || ocupado} onClick={() => void descargar("libro")}>
              Descargar libro consolidado (.xlsx)
            </button>
            <button type="button" className="boton-cinta" disabled={!anfitrion || ocupado} onClick={() => void descargar("informe")}>
              Descargar informe (.docx)
            </button>
          </span>
          <span className="privacidad">Los archivos se procesan solo en este navegador: nada se envía a ningún servidor.</span>
          {editado && <span className="privacidad">Las descargas consolidan los archivos tal como se abrieron, sin las celdas editadas aquí.</span>}
          {estado && <span role="status">{estado}</span>}
          {aviso && (
            <span role="alert" className="aviso">
              {aviso}
            </span>
          )}
        </header>
        <section className="excel" aria-label="Libro">
          {hoja && anfitrion ? (
            <Cuadricula
              hoja={hoja}
              version={version}
              seleccion={seleccion?.hoja === hoja.nombre ? seleccion.rango : null}
              onSeleccionar={(celda) => {
                anfitrion.falso.modelo.seleccion = { hoja: hoja.nombre, rango: celda };
                repintar();
              }}
              onEditar={(f, c, texto) => anfitrion.editar(hoja, f, c, texto)}
            />
          ) : (
            <div style={{ flex: 1 }} />
          )}
          <PestanasHojas
            hojas={hojas}
            activa={hoja?.nombre ?? ""}
            onActivar={(nombre) => {
              if (anfitrion) anfitrion.falso.modelo.seleccion = { hoja: nombre, rango: "A1" };
              setActiva(nombre);
            }}
          />
        </section>
        <aside className="panel" aria-label="Panel de Seguimiento">
          {servicio ? (
            <App key={apertura} servicio={servicio} archivosIniciales={agregados} onCambiarArchivos={setAgregados} />
          ) : (
            <p style={{ padding: 12 }}>Cargando…</p>
          )}
        </aside>
      </div>
    </FluentProvider>
  );
}
