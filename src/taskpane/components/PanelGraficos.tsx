/**
 * The Gráficos tab (issue 14): pick a measure, a grouping among those the last validation found,
 * an optional filter and a chart type; «Insertar gráfico» saves the request in the settings and runs
 * the same Consolidar, so the owned sheet «Gráficos» is planned with the rest and every later
 * Consolidar (pane, ribbon, CLI) draws it again with fresh figures. Saved requests can be removed.
 */
import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { mensajeError, type OpcionesConsolidar, type Progreso, type ResultadoConsolidar } from "../../app";
import {
  leerSolicitudesGrafico,
  mensajesAjuste,
  OPCIONES_MEDIDA_GRAFICO,
  OPCIONES_TIPO_GRAFICO,
  POR_DEPENDENCIA,
  POR_TIEMPO,
  textoSolicitudGrafico,
} from "../../core/ajustes";
import type { Ajustes, Consolidacion, MedidaGrafico, SolicitudGrafico, TipoGrafico } from "../../core/calculo/tipos";

export interface PropsPanelGraficos {
  readonly ajustes: Ajustes;
  /** The last validation: the levels and the elements a request may group or filter by. */
  readonly consolidacion: Consolidacion | null;
  readonly onCambiarAjustes: (a: Ajustes) => void;
  readonly consolidar: (a: Ajustes, o: OpcionesConsolidar) => Promise<ResultadoConsolidar>;
  readonly activarHoja: (hoja: string) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  sinAncho: { minWidth: 0 },
  // long element names must not widen the 320 px pane
  lista: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  guardado: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  texto: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  sinMargen: { marginTop: 0, marginBottom: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const ETIQUETA_TIEMPO: Readonly<Record<(typeof POR_TIEMPO)[number], string>> = { anio: "Año", trimestre: "Trimestre" };
const AUTOMATICO = "";

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The groupings this matrix offers: dependencia, its levels top-down, then time. */
function agrupaciones(c: Consolidacion | null): { valor: string; etiqueta: string }[] {
  return [
    { valor: POR_DEPENDENCIA, etiqueta: "Dependencia" },
    ...(c?.niveles ?? []).map((n) => ({ valor: n, etiqueta: mayuscula(n) })),
    ...POR_TIEMPO.map((t) => ({ valor: t, etiqueta: ETIQUETA_TIEMPO[t] })),
  ];
}

/** One dependencia or level element, as the filter's text and its label. */
function filtros(c: Consolidacion | null): { valor: string; etiqueta: string }[] {
  return (c?.grupos ?? []).map((g) => ({
    valor: `${g.nivel}:${g.nombre}`,
    etiqueta: `${mayuscula(g.nivel)}: ${g.codigo === null ? "" : `${g.codigo} `}${g.nombre}`,
  }));
}

/** The types that make sense here (a pie for the budget, lines over time), as the contract says. */
function tiposPara(medida: MedidaGrafico, por: string): TipoGrafico[] {
  return OPCIONES_TIPO_GRAFICO.map((o) => o.valor).filter(
    (t) => (t !== "circular" || medida === "presupuesto") && (t !== "lineas" || (POR_TIEMPO as readonly string[]).includes(por)),
  );
}

/** A request as the user reads it: «% de avance del cuatrienio por programa (dependencia: Secretaría de Salud)». */
function descripcion(s: SolicitudGrafico): string {
  const medida = OPCIONES_MEDIDA_GRAFICO.find((o) => o.valor === s.medida)?.etiqueta ?? s.medida;
  const tipo = OPCIONES_TIPO_GRAFICO.find((o) => o.valor === s.tipo)?.etiqueta.toLowerCase();
  return `${medida} por ${ETIQUETA_TIEMPO[s.por as keyof typeof ETIQUETA_TIEMPO]?.toLowerCase() ?? s.por}${s.filtro ? ` (${s.filtro.replace(":", ": ")})` : ""}${tipo ? `, ${tipo}` : ""}`;
}

/** A labelled drop-down list of choices. */
function Eleccion(p: { etiqueta: string; valor: string; opciones: readonly { valor: string; etiqueta: string }[]; onCambiar: (v: string) => void }) {
  const estilos = useStyles();
  return (
    <Field label={p.etiqueta} className={estilos.sinAncho}>
      <Select className={estilos.lista} value={p.valor} onChange={(_, d) => p.onCambiar(d.value)}>
        {p.opciones.map((o) => (
          <option key={o.valor} value={o.valor}>
            {o.etiqueta}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function PanelGraficos(p: PropsPanelGraficos) {
  const estilos = useStyles();
  const [medida, setMedida] = useState<MedidaGrafico>("pct_vigencia");
  const [por, setPor] = useState<string>(POR_DEPENDENCIA);
  const [filtro, setFiltro] = useState("");
  const [tipo, setTipo] = useState<string>(AUTOMATICO);
  const [progreso, setProgreso] = useState<Progreso | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hecho, setHecho] = useState<string | null>(null);
  const guardadas = p.ajustes.graficos ?? [];
  const tipos = tiposPara(medida, por);
  // a type the new measure or grouping does not allow falls back to the automatic one
  const tipoValido = tipos.includes(tipo as TipoGrafico) ? tipo : AUTOMATICO;

  const insertar = async (): Promise<void> => {
    const pedida = { medida, por, ...(filtro ? { filtro } : {}), ...(tipoValido ? { tipo: tipoValido } : {}) };
    const r = leerSolicitudesGrafico([...guardadas, pedida]);
    setHecho(null);
    if (!r.ok) return setError(mensajesAjuste(r.problemas));
    const ajustes: Ajustes = { ...p.ajustes, graficos: r.valor };
    p.onCambiarAjustes(ajustes);
    setError(null);
    setProgreso({ etapa: "leer", fraccion: 0, texto: "Empezando…" });
    try {
      const resultado = await p.consolidar(ajustes, { onProgress: setProgreso });
      const hoja = resultado.plan.hojas.find((h) => h.clave === "graficos")?.nombre;
      setHecho(`Gráfico insertado en la hoja «${hoja ?? "Gráficos"}».`);
      if (hoja) p.activarHoja(hoja);
    } catch (e) {
      setError(mensajeError(e));
    } finally {
      setProgreso(null);
    }
  };

  const quitar = (i: number): void => {
    const resto = guardadas.filter((_, j) => j !== i);
    const { graficos: _quitados, ...sin } = p.ajustes;
    p.onCambiarAjustes(resto.length > 0 ? { ...sin, graficos: resto } : sin);
    setHecho("Se quitará de la hoja «Gráficos» en la próxima consolidación.");
  };

  return (
    <div className={estilos.panel}>
      <Eleccion etiqueta="Medida" valor={medida} opciones={OPCIONES_MEDIDA_GRAFICO} onCambiar={(v) => setMedida(v as MedidaGrafico)} />
      <Eleccion etiqueta="Agrupar por" valor={por} opciones={agrupaciones(p.consolidacion)} onCambiar={setPor} />
      <Eleccion etiqueta="Filtro" valor={filtro} opciones={[{ valor: "", etiqueta: "Todas las metas" }, ...filtros(p.consolidacion)]} onCambiar={setFiltro} />
      <Eleccion
        etiqueta="Tipo de gráfico"
        valor={tipoValido}
        opciones={[
          { valor: AUTOMATICO, etiqueta: "Automático (barras; columnas por año o trimestre)" },
          ...OPCIONES_TIPO_GRAFICO.filter((o) => tipos.includes(o.valor)),
        ]}
        onCambiar={setTipo}
      />
      <Button appearance="primary" disabled={progreso !== null} onClick={() => void insertar()}>
        Insertar gráfico
      </Button>
      {progreso && (
        <Field validationMessage={progreso.texto} validationState="none">
          <ProgressBar value={progreso.fraccion} max={1} aria-label="Progreso de la inserción" />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {hecho && !progreso && (
        <MessageBar intent="success">
          <MessageBarBody>{hecho}</MessageBarBody>
        </MessageBar>
      )}
      <Text as="h2" size={300} weight="semibold">
        Gráficos guardados ({guardadas.length})
      </Text>
      {guardadas.length === 0 ? (
        <Text size={200}>Ninguno: cada gráfico insertado se guarda en el libro y se vuelve a dibujar en cada consolidación.</Text>
      ) : (
        <ul className={estilos.sinMargen} aria-label="Gráficos guardados">
          {guardadas.map((s, i) => (
            <li key={`${i}-${textoSolicitudGrafico(s)}`} className={estilos.guardado}>
              <Text size={200} className={estilos.texto} title={textoSolicitudGrafico(s)}>
                {descripcion(s)}
              </Text>
              <Button size="small" onClick={() => quitar(i)} aria-label={`Quitar ${descripcion(s)}`}>
                Quitar
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
