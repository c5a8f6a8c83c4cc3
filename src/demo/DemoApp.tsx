/**
 * The browser demo: a simulated Excel (the fake of the adapter's tests) on the left, the real
 * task pane on the right, a ribbon with the real "Consolidar" command. Preloaded with the
 * bundled example; any .xlsx can be opened.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { consolidarDesdeCinta } from "../commands/consolidarCinta";
import { App } from "../taskpane/App";
import { crearServicioOffice } from "../taskpane/services/office";
import type { ServicioPanel } from "../taskpane/services/tipos";
import { comprobarTamanoArchivo } from "../io/xlsx/_lib/limites";
import { abrirXlsx, type Anfitrion } from "./anfitrion";
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

export function DemoApp() {
  const [anfitrion, setAnfitrion] = useState<Anfitrion | null>(null);
  const [archivo, setArchivo] = useState(EJEMPLO.split("/").pop() ?? "");
  const [estado, setEstado] = useState("Cargando el ejemplo…");
  const [aviso, setAviso] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [activa, setActiva] = useState("");
  const repintar = useCallback(() => setVersion((v) => v + 1), []);

  const abrir = useCallback(
    async (datos: ArrayBuffer, nombre: string) => {
      // a new file clears the notice the previous one left (issue 12, probe 14: a stale banner)
      setAviso(null);
      setEstado(`Abriendo ${nombre}…`);
      try {
        const a = await abrirXlsx(datos, nombre, repintar);
        setAnfitrion(a);
        setArchivo(nombre);
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
      .then((d) => abrir(d, EJEMPLO.split("/").pop() ?? "ejemplo.xlsx"))
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

  const hojas = anfitrion?.falso.modelo.hojas.filter((h) => !h.eliminada) ?? [];
  const hoja = hojas.find((h) => h.nombre === activa) ?? hojas[0];
  return (
    <FluentProvider theme={webLightTheme} lang="es-CO" style={{ height: "100%" }}>
      <div className="demo">
        <header className="cinta" role="banner">
          <strong>Excel simulado</strong>
          <span className="archivo">{archivo}</span>
          <label className="boton-cinta">
            Abrir .xlsx…
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (!f) return;
                // refused by its size before the browser reads it into memory (issue 12, probe 11)
                try {
                  comprobarTamanoArchivo(f.size, f.name);
                } catch (error) {
                  setAviso(error instanceof Error ? error.message : String(error));
                  return;
                }
                void f.arrayBuffer().then((d) => abrir(d, f.name));
              }}
            />
          </label>
          <span className="grupo-cinta" aria-label="Pestaña Seguimiento">
            Seguimiento:
            <button type="button" className="boton-cinta" disabled={!anfitrion} onClick={() => void consolidarCinta()}>
              Consolidar
            </button>
          </span>
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
          {servicio ? <App key={archivo + String(anfitrion !== null)} servicio={servicio} /> : <p style={{ padding: 12 }}>Cargando…</p>}
        </aside>
      </div>
    </FluentProvider>
  );
}
