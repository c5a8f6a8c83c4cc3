/**
 * What Consolidar produced: plan totals, each dependency with its semáforo, links to the sheets,
 * and the Informe as a Word download (issue 13).
 */
import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { muestraCuatrienio, segunModoPlan } from "../../core";
import type { Grupo, Semaforo } from "../../core/calculo/tipos";
import { mensajeError, type ResultadoConsolidar } from "../../app";
import { descargarInforme } from "../descargas";
import { colorTextoSobre, entero, GRIS_SIN_DATO, pct } from "../formato";

export interface PropsResumen {
  readonly resultado: ResultadoConsolidar;
  readonly onActivarHoja: (hoja: string) => void;
}

const useStyles = makeStyles({
  insignia: {
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  resumen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  titulo: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  cifras: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  cifra: { display: "flex", flexDirection: "column" },
  hojas: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  dependencias: { listStyle: "none", margin: 0, padding: 0 },
  dependencia: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function InsigniaSemaforo({ nivel, semaforo }: { readonly nivel: string; readonly semaforo: Semaforo }) {
  const estilos = useStyles();
  const fondo = semaforo.niveles.find((n) => n.nombre === nivel)?.color ?? GRIS_SIN_DATO;
  // The band's colour comes from the settings, so it stays inline; the rest is static.
  return (
    <span data-semaforo={nivel} className={estilos.insignia} style={{ background: fondo, color: colorTextoSobre(fondo) }}>
      {nivel}
    </span>
  );
}

function Cifra({ titulo, valor }: { readonly titulo: string; readonly valor: string }) {
  const estilos = useStyles();
  return (
    <div className={estilos.cifra}>
      <Text size={200}>{titulo}</Text>
      <Text size={400} weight="semibold">
        {valor}
      </Text>
    </div>
  );
}

function FilaDependencia({ g, semaforo, cuatrienio }: { readonly g: Grupo; readonly semaforo: Semaforo; readonly cuatrienio: boolean }) {
  const estilos = useStyles();
  return (
    <li className={estilos.dependencia}>
      <Text size={200} weight="semibold">
        {g.nombre}
      </Text>
      <InsigniaSemaforo nivel={g.semaforo} semaforo={semaforo} />
      <Text size={200}>
        Vigencia {pct(g.pctVigencia)} · {cuatrienio && `Cuatrienio ${pct(g.pctCuatrienio)} · `}
        {entero(g.conteos.metas)} metas
      </Text>
    </li>
  );
}

/**
 * The download button and what the host allows. Excel on the web and browsers download Blobs;
 * desktop Excel's WebView may drop the download without a word (always on Mac, where WKWebView
 * has no download handling: office-js issue #3), so the pane says where else to get the file.
 */
function DescargaInforme({ resultado }: { readonly resultado: ResultadoConsolidar }) {
  const [estado, setEstado] = useState<{ readonly generando: boolean; readonly error: string | null }>({ generando: false, error: null });
  const descargar = (): void => {
    setEstado({ generando: true, error: null });
    descargarInforme(resultado.consolidacion, resultado.plan).then(
      () => setEstado({ generando: false, error: null }),
      (e: unknown) => setEstado({ generando: false, error: mensajeError(e) }),
    );
  };
  return (
    <div>
      <Button disabled={estado.generando} onClick={descargar}>
        {estado.generando ? "Preparando el informe…" : "Descargar informe (.docx)"}
      </Button>
      <Text as="p" size={200}>
        El informe en Word reúne los párrafos, una tabla de metas por dependencia y los datos de los gráficos. Excel en la web permite la descarga; Excel de
        escritorio, sobre todo en Mac, puede no permitirla desde el panel: si el archivo no aparece, abra el libro en Excel en la web o use la línea de órdenes
        (seguimiento consolidar … --informe informe.docx).
      </Text>
      {estado.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{estado.error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function ResumenConsolidacion({ resultado, onActivarHoja }: PropsResumen) {
  const estilos = useStyles();
  const { consolidacion: c, plan } = resultado;
  const semaforo = c.parametros.semaforo;
  const dependencias = c.grupos.filter((g) => g.nivel === "dependencia");
  const cifras = [
    { titulo: "% vigencia", valor: pct(c.plan.pctVigencia) },
    { titulo: "% cuatrienio", valor: pct(c.plan.pctCuatrienio), cuatrienio: true },
    { titulo: "Esperado", valor: pct(c.plan.esperado), cuatrienio: true },
    { titulo: "Cumplimiento", valor: pct(c.plan.cumplimiento), cuatrienio: true },
    { titulo: "Metas", valor: entero(c.plan.conteos.metas) },
    { titulo: "Sin reporte", valor: entero(c.plan.conteos.sinReporte) },
  ];
  return (
    <section aria-label="Resumen de la consolidación" className={estilos.resumen}>
      <div className={estilos.titulo}>
        <Text weight="semibold">Plan — vigencia {c.parametros.vigencia}</Text>
        <InsigniaSemaforo nivel={c.plan.semaforo} semaforo={semaforo} />
      </div>
      <div data-testid="totales-plan" className={estilos.cifras}>
        {segunModoPlan(c.parametros, cifras).map((x) => (
          <Cifra key={x.titulo} titulo={x.titulo} valor={x.valor} />
        ))}
      </div>
      {resultado.avisos.map((a) => (
        <MessageBar key={a} intent="warning">
          <MessageBarBody>{a}</MessageBarBody>
        </MessageBar>
      ))}
      <DescargaInforme resultado={resultado} />
      <Text size={200}>Terminado en {(resultado.duracionMs / 1000).toLocaleString("es-CO", { maximumFractionDigits: 1 })} s.</Text>
      <nav aria-label="Hojas generadas">
        <Text weight="semibold">Hojas generadas</Text>
        <ul className={estilos.hojas}>
          {plan.hojas.map((h) => (
            <li key={h.nombre}>
              <Link as="button" onClick={() => onActivarHoja(h.nombre)}>
                {h.nombre}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div>
        <Text weight="semibold">Por dependencia</Text>
        <ul data-testid="lista-dependencias" className={estilos.dependencias}>
          {dependencias.map((g) => (
            <FilaDependencia key={g.clave} g={g} semaforo={semaforo} cuatrienio={muestraCuatrienio(c.parametros)} />
          ))}
        </ul>
      </div>
    </section>
  );
}
