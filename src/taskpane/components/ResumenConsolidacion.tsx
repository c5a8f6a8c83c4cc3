/** What Consolidar produced: plan totals, each dependency with its semáforo, links to the sheets. */
import { Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Grupo, Semaforo } from "../../core/calculo/tipos";
import type { ResultadoConsolidar } from "../../app";
import { colorTextoSobre, entero, GRIS_SIN_DATO, pct } from "../formato";

export interface PropsResumen {
  readonly resultado: ResultadoConsolidar;
  readonly onActivarHoja: (hoja: string) => void;
}

export function InsigniaSemaforo({ nivel, semaforo }: { readonly nivel: string; readonly semaforo: Semaforo }) {
  const fondo = semaforo.niveles.find((n) => n.nombre === nivel)?.color ?? GRIS_SIN_DATO;
  return (
    <span
      data-semaforo={nivel}
      style={{ background: fondo, color: colorTextoSobre(fondo), borderRadius: 10, padding: "0 8px", fontSize: 12, whiteSpace: "nowrap" }}
    >
      {nivel}
    </span>
  );
}

function Cifra({ titulo, valor }: { readonly titulo: string; readonly valor: string }) {
  return (
    <div style={{ display: "flex", flexDirection: "column" }}>
      <Text size={200}>{titulo}</Text>
      <Text size={400} weight="semibold">
        {valor}
      </Text>
    </div>
  );
}

function FilaDependencia({ g, semaforo }: { readonly g: Grupo; readonly semaforo: Semaforo }) {
  return (
    <li style={{ display: "grid", gridTemplateColumns: "1fr auto", gap: 4, padding: "4px 0", borderBottom: "1px solid #e0e0e0" }}>
      <Text size={200} weight="semibold">
        {g.nombre}
      </Text>
      <InsigniaSemaforo nivel={g.semaforo} semaforo={semaforo} />
      <Text size={200}>
        Vigencia {pct(g.pctVigencia)} · Cuatrienio {pct(g.pctCuatrienio)} · {entero(g.conteos.metas)} metas
      </Text>
    </li>
  );
}

export function ResumenConsolidacion({ resultado, onActivarHoja }: PropsResumen) {
  const { consolidacion: c, plan } = resultado;
  const semaforo = c.parametros.semaforo;
  const dependencias = c.grupos.filter((g) => g.nivel === "dependencia");
  return (
    <section aria-label="Resumen de la consolidación" style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
        <Text weight="semibold">Plan — vigencia {c.parametros.vigencia}</Text>
        <InsigniaSemaforo nivel={c.plan.semaforo} semaforo={semaforo} />
      </div>
      <div data-testid="totales-plan" style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 8 }}>
        <Cifra titulo="% vigencia" valor={pct(c.plan.pctVigencia)} />
        <Cifra titulo="% cuatrienio" valor={pct(c.plan.pctCuatrienio)} />
        <Cifra titulo="Esperado" valor={pct(c.plan.esperado)} />
        <Cifra titulo="Cumplimiento" valor={pct(c.plan.cumplimiento)} />
        <Cifra titulo="Metas" valor={entero(c.plan.conteos.metas)} />
        <Cifra titulo="Sin reporte" valor={entero(c.plan.conteos.sinReporte)} />
      </div>
      {resultado.avisos.map((a) => (
        <MessageBar key={a} intent="warning">
          <MessageBarBody>{a}</MessageBarBody>
        </MessageBar>
      ))}
      <Text size={200}>Terminado en {(resultado.duracionMs / 1000).toLocaleString("es-CO", { maximumFractionDigits: 1 })} s.</Text>
      <nav aria-label="Hojas generadas">
        <Text weight="semibold">Hojas generadas</Text>
        <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
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
        <ul data-testid="lista-dependencias" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {dependencias.map((g) => (
            <FilaDependencia key={g.clave} g={g} semaforo={semaforo} />
          ))}
        </ul>
      </div>
    </section>
  );
}
