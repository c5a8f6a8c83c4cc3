/**
 * The settings of SPEC §8 (vigencia, corte, tope, semáforo, esperado, weights). Every field is
 * read through the settings contract (core/ajustes), the same as the CLI's options: a text it
 * refuses is said under the field and the settings keep their last valid value.
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  leerTexto,
  mensajesAjuste,
  OPCIONES_ESPERADO,
  OPCIONES_PLAN,
  OPCIONES_PONDERACION,
  OPCIONES_SEMAFORO,
  OPCIONES_TOPE,
  POR_OMISION,
  type CampoTexto,
  type Opcion,
} from "../../core/ajustes";
import { PRESETS_SEMAFORO } from "../../core/calculo/semaforo";

const useStyles = makeStyles({
  columna: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  pareja: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, alignItems: "start" },
  sinAncho: { minWidth: 0 },
  // a long option label ("Automático (anual si …)") must not widen the 320 px pane
  lista: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  niveles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  nivel: {
    fontSize: tokens.fontSizeBase200,
    paddingTop: "1px",
    paddingBottom: "1px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    borderTopWidth: "2px",
    borderRightWidth: "2px",
    borderBottomWidth: "2px",
    borderLeftWidth: "2px",
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
  },
});
import type { Ajustes, Parametros } from "../../core/calculo/tipos";
import { EditorBandas } from "./EditorBandas";

export interface PropsAjustes {
  readonly ajustes: Ajustes;
  /** What the engine resolved from them (defaults shown as placeholders, bands for the editor). */
  readonly parametros: Parametros | null;
  readonly onCambiar: (a: Ajustes) => void;
}

/** Drops a key instead of storing `undefined` (exactOptionalPropertyTypes). */
function con<K extends keyof Ajustes>(a: Ajustes, k: K, v: Ajustes[K] | undefined): Ajustes {
  const copia: Record<string, unknown> = { ...a };
  if (v === undefined) delete copia[k];
  else copia[k] = v;
  return copia;
}

function pesosTexto(p: readonly number[] | undefined): string {
  return p ? p.map((x) => String(Math.round(x * 1000) / 10)).join(" / ") : "";
}

type CampoEscrito = "vigencia" | "corte" | "pesosAnio" | "umbralesAlerta";

function opciones<T extends string>(lista: readonly Opcion<T>[]) {
  return lista.map((o) => (
    <option key={o.valor} value={o.valor}>
      {o.etiqueta}
    </option>
  ));
}

export function AjustesConsolidar({ ajustes, parametros, onCambiar }: PropsAjustes) {
  const estilos = useStyles();
  const [editando, setEditando] = useState(false);
  const [textos, setTextos] = useState<Record<CampoEscrito, string>>({
    vigencia: ajustes.vigencia === undefined ? "" : String(ajustes.vigencia),
    corte: ajustes.corte ?? "",
    pesosAnio: pesosTexto(ajustes.pesosAnio),
    umbralesAlerta: ajustes.umbralesAlerta?.join(" / ") ?? "",
  });
  const [problemas, setProblemas] = useState<Partial<Record<CampoTexto, string>>>({});
  const semaforo = typeof ajustes.semaforo === "object" ? ajustes.semaforo : PRESETS_SEMAFORO[ajustes.semaforo ?? POR_OMISION.semaforo];
  const presetActual = semaforo.preset;

  /** A field's text through the contract: empty clears the setting, a refused text is said and not applied. */
  const aplicar = <K extends CampoTexto & keyof Ajustes>(campo: K, texto: string): void => {
    if (campo === "vigencia" || campo === "corte" || campo === "pesosAnio" || campo === "umbralesAlerta") setTextos((t) => ({ ...t, [campo]: texto }));
    if (texto.trim() === "") {
      setProblemas((p) => ({ ...p, [campo]: undefined }));
      return onCambiar(con(ajustes, campo, undefined));
    }
    const r = leerTexto(campo, texto);
    setProblemas((p) => ({ ...p, [campo]: r.ok ? undefined : mensajesAjuste(r.problemas) }));
    if (r.ok) onCambiar(con(ajustes, campo, r.valor as Ajustes[K]));
  };
  const error = (campo: CampoTexto) => (problemas[campo] ? { validationState: "error" as const, validationMessage: problemas[campo] } : {});

  return (
    <div className={estilos.columna}>
      <div className={estilos.pareja}>
        <Field label="Vigencia" {...error("vigencia")}>
          <Input
            className={estilos.sinAncho}
            inputMode="numeric"
            value={textos.vigencia}
            placeholder={parametros ? String(parametros.vigencia) : "automática"}
            onChange={(_, d) => aplicar("vigencia", d.value)}
          />
        </Field>
        <Field label="Corte" hint="Fecha o T1–T4" {...error("corte")}>
          <Input
            className={estilos.sinAncho}
            value={textos.corte}
            placeholder={parametros ? (parametros.corte.trimestre ? `T${parametros.corte.trimestre}` : parametros.corte.fecha) : "fin de vigencia"}
            onChange={(_, d) => aplicar("corte", d.value)}
          />
        </Field>
      </div>
      <Field label="Tope">
        <Select className={estilos.lista} value={ajustes.tope ?? POR_OMISION.tope} onChange={(_, d) => aplicar("tope", d.value)}>
          {opciones(OPCIONES_TOPE)}
        </Select>
      </Field>
      <Field label="Semáforo">
        <Select
          className={estilos.lista}
          value={presetActual}
          onChange={(_, d) => {
            setEditando(false);
            aplicar("semaforo", d.value);
          }}
        >
          {opciones(OPCIONES_SEMAFORO)}
          {presetActual === "personalizado" && <option value="personalizado">Personalizado</option>}
        </Select>
      </Field>
      {!editando && (
        <div className={estilos.niveles}>
          {semaforo.niveles.map((n) => (
            <span key={n.nombre} className={estilos.nivel} style={{ borderColor: n.color }}>
              {n.nombre} ≥ {n.desde}
            </span>
          ))}
          <Button size="small" appearance="transparent" onClick={() => setEditando(true)}>
            Editar niveles
          </Button>
        </div>
      )}
      {editando && (
        <EditorBandas
          semaforo={semaforo}
          onCerrar={() => setEditando(false)}
          onAplicar={(s) => {
            setEditando(false);
            onCambiar(con(ajustes, "semaforo", s));
          }}
        />
      )}
      <Field label="Avance esperado">
        <Select className={estilos.lista} value={ajustes.esperado ?? POR_OMISION.esperado} onChange={(_, d) => aplicar("esperado", d.value)}>
          {opciones(OPCIONES_ESPERADO)}
        </Select>
      </Field>
      {ajustes.esperado === "pesos" && (
        <Field label="Pesos por año (%)" hint="Ej.: 15 / 35 / 35 / 15" {...error("pesosAnio")}>
          <Input value={textos.pesosAnio} onChange={(_, d) => aplicar("pesosAnio", d.value)} />
        </Field>
      )}
      <Field label="Ponderación">
        <Select className={estilos.lista} value={ajustes.ponderacion ?? POR_OMISION.ponderacion} onChange={(_, d) => aplicar("ponderacion", d.value)}>
          {opciones(OPCIONES_PONDERACION)}
        </Select>
      </Field>
      <Field label="Umbrales de alerta (%)" hint="Ej.: 50 / 75 / 100 (sobre 100 es siempre aparte)" {...error("umbralesAlerta")}>
        <Input value={textos.umbralesAlerta} placeholder={POR_OMISION.umbralesAlerta.join(" / ")} onChange={(_, d) => aplicar("umbralesAlerta", d.value)} />
      </Field>
      <Field label="Tipo de plan">
        <Select className={estilos.lista} value={ajustes.modoPlan ?? POR_OMISION.modoPlan} onChange={(_, d) => aplicar("modoPlan", d.value)}>
          {opciones(OPCIONES_PLAN)}
        </Select>
      </Field>
    </div>
  );
}
