/**
 * The task pane: Matriz, Validación and Consolidar over one injected service. Doubtful recognition
 * is said first, above every figure (SPEC §3.6).
 */
import { makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Ajustes } from "../core/calculo/tipos";
import type { CorreccionHoja } from "../core/matriz/tipos";
import { dudasDeReconocimiento } from "../core/reporte/resumenBloques";
import { AvisoReconocimiento } from "./components/AvisoReconocimiento";
import { PanelConsolidar } from "./components/PanelConsolidar";
import { PanelGraficos } from "./components/PanelGraficos";
import { PanelMatriz } from "./components/PanelMatriz";
import { PanelValidacion } from "./components/PanelValidacion";
import { PlantillasDependencias } from "./components/PlantillasDependencias";
import { conCorrecciones, mensajeError, type ArchivoAgregado } from "../app";
import type { ServicioPanel } from "./services/tipos";
import { useRetrasado } from "./useRetrasado";

const useStyles = makeStyles({
  panel: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalMNudge,
    paddingRight: tokens.spacingHorizontalMNudge,
    boxSizing: "border-box",
    maxWidth: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  cabecera: { display: "flex", flexDirection: "column" },
  sinMargen: { marginTop: 0, marginBottom: 0 },
});
import { ESPERA_REVALIDAR_MS, useValidacion } from "./useValidacion";

type Pestana = "matriz" | "validacion" | "consolidar" | "graficos";

export interface PropsApp {
  readonly servicio: ServicioPanel;
  /** Files added before the pane opens: the web page hands over the files opened after the first (issue 14). */
  readonly archivosIniciales?: readonly ArchivoAgregado[];
  /** Told when the added files change, so the web page's downloads consolidate the pane's set. */
  readonly onCambiarArchivos?: (archivos: readonly ArchivoAgregado[]) => void;
}

export function App({ servicio, archivosIniciales = [], onCambiarArchivos }: PropsApp) {
  const estilos = useStyles();
  const [pestana, setPestana] = useState<Pestana>("consolidar");
  const [ajustes, setAjustes] = useState<Ajustes | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const [abrirHojas, setAbrirHojas] = useState<readonly string[]>([]);
  // the dependencies' files added in Consolidar are validated with the workbook too (issue 14)
  const [archivos, setArchivos] = useState<readonly ArchivoAgregado[]>(archivosIniciales);
  const cambiarArchivos = (a: readonly ArchivoAgregado[]): void => {
    setArchivos(a);
    onCambiarArchivos?.(a);
  };
  // Settings typed in the form validate and save once the typing pauses.
  const ajustesQuietos = useRetrasado(ajustes, ESPERA_REVALIDAR_MS);
  const validacion = useValidacion(servicio, ajustesQuietos, archivos);
  const c = validacion.consolidacion;

  useEffect(() => {
    servicio.cargarAjustes().then(setAjustes, (e: unknown) => (setAviso(mensajeError(e)), setAjustes({})));
  }, [servicio]);

  const fallo = (e: unknown): void => setAviso(mensajeError(e));
  const [cambiados, setCambiados] = useState(false);
  useEffect(() => {
    if (cambiados && ajustesQuietos) servicio.guardarAjustes(ajustesQuietos).catch((e: unknown) => setAviso(mensajeError(e)));
  }, [servicio, ajustesQuietos, cambiados]);
  const cambiarAjustes = (a: Ajustes): void => {
    setAjustes(a);
    setCambiados(true);
  };
  const guardarCorrecciones = (correcciones: CorreccionHoja[]): void => cambiarAjustes(conCorrecciones(ajustes ?? {}, correcciones));

  const errores = c?.hallazgos.filter((h) => h.severidad === "error").length ?? 0;
  // Corrections are saved in this workbook, by sheet name: Matriz corrects this workbook's sheets;
  // an added file's recognition is listed in Consolidar (issue 14), its own corrections come with it.
  const hojasDelLibro = c?.hojas.filter((h) => h.archivo === null || h.archivo === c.archivos[0]) ?? [];
  // Consolidar reads the same workbook with the same settings as the last validation, so the
  // validation's findings are those of the consolidation too.
  const dudas = c ? dudasDeReconocimiento(c.hallazgos) : [];
  const revisar = (): void => {
    setAbrirHojas([...new Set(dudas.map((d) => d.hoja))]);
    setPestana("matriz");
  };
  return (
    <main className={estilos.panel}>
      {dudas.length > 0 && <AvisoReconocimiento dudas={dudas} onRevisar={revisar} />}
      <header className={estilos.cabecera}>
        <Text as="h1" size={500} weight="semibold" className={estilos.sinMargen}>
          Seguimiento
        </Text>
        <Text as="p" size={200} className={estilos.sinMargen} data-testid="estado-libro">
          {c ? `${c.plan.conteos.metas} metas en ${c.hojas.filter((h) => h.reconocida).length} hojas · ${errores} errores` : "Leyendo la matriz…"}
        </Text>
      </header>
      {(aviso ?? validacion.error) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{aviso ?? validacion.error}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={pestana} onTabSelect={(_, d) => setPestana(d.value as Pestana)} size="small">
        <Tab value="matriz">Matriz</Tab>
        <Tab value="validacion">Validación</Tab>
        <Tab value="consolidar">Consolidar</Tab>
        <Tab value="graficos">Gráficos</Tab>
      </TabList>
      <div role="tabpanel" aria-label={pestana}>
        {pestana === "matriz" && (
          <PanelMatriz hojas={hojasDelLibro} correcciones={ajustes?.correcciones ?? []} onGuardar={guardarCorrecciones} abrir={abrirHojas} />
        )}
        {pestana === "validacion" && (
          <PanelValidacion
            hallazgos={c?.hallazgos ?? null}
            cargando={validacion.cargando}
            sinEventos={validacion.sinEventos}
            onRevalidar={validacion.revalidar}
            // a cell of an added file is not in this workbook: there is nowhere to go
            onSeleccionar={(h) =>
              h.hoja && h.celda && (h.archivo === null || h.archivo === c?.archivos[0]) && servicio.seleccionarCelda(h.hoja, h.celda).catch(fallo)
            }
          />
        )}
        {pestana === "consolidar" && ajustes && (
          <PanelConsolidar
            ajustes={ajustes}
            parametros={c?.parametros ?? null}
            archivos={archivos}
            onCambiarArchivos={cambiarArchivos}
            onCambiarAjustes={cambiarAjustes}
            consolidar={(a, o) => servicio.consolidar(a, o)}
            activarHoja={(hoja) => void servicio.activarHoja(hoja).catch(fallo)}
          />
        )}
        {pestana === "graficos" && ajustes && (
          <PanelGraficos
            ajustes={ajustes}
            consolidacion={c}
            onCambiarAjustes={cambiarAjustes}
            // the same files as the Consolidar tab: a chart rolls up the metas its consolidation holds
            consolidar={(a, o) => servicio.consolidar(a, { ...o, archivos })}
            activarHoja={(hoja) => void servicio.activarHoja(hoja).catch(fallo)}
          />
        )}
        {pestana === "consolidar" && ajustes && servicio.plantillas && <PlantillasDependencias generar={() => servicio.plantillas!(ajustes)} />}
      </div>
    </main>
  );
}
