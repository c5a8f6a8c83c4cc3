/** The settings of SPEC §8 (vigencia, corte, tope, semáforo, esperado, weights). */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { PRESETS_SEMAFORO } from "../../core/calculo/semaforo";
import type { Ajustes, ModoEsperado, ModoPonderacion, Parametros, PresetSemaforoId, Tope } from "../../core/calculo/tipos";
import { EditorBandas } from "./EditorBandas";

export interface PropsAjustes {
  readonly ajustes: Ajustes;
  /** What the engine resolved from them (defaults shown as placeholders, bands for the editor). */
  readonly parametros: Parametros | null;
  readonly onCambiar: (a: Ajustes) => void;
}

const PRESETS: readonly { readonly id: PresetSemaforoId; readonly texto: string }[] = [
  { id: "municipal-3", texto: "Municipal (3 niveles)" },
  { id: "dnp-5", texto: "DNP (5 niveles)" },
  { id: "cuatro-niveles", texto: "Cuatro niveles" },
  { id: "segplan", texto: "SEGPLAN" },
];

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

export function AjustesConsolidar({ ajustes, parametros, onCambiar }: PropsAjustes) {
  const [editando, setEditando] = useState(false);
  const [pesos, setPesos] = useState(pesosTexto(ajustes.pesosAnio));
  const presetActual = typeof ajustes.semaforo === "object" ? ajustes.semaforo.preset : (ajustes.semaforo ?? "municipal-3");
  const semaforo = typeof ajustes.semaforo === "object" ? ajustes.semaforo : PRESETS_SEMAFORO[ajustes.semaforo ?? "municipal-3"];

  const aplicarPesos = (texto: string): void => {
    setPesos(texto);
    const valores = texto.split(/[/;\s]+/).filter(Boolean).map((t) => Number(t.replace(",", ".")) / 100);
    onCambiar(con(ajustes, "pesosAnio", valores.length > 0 && valores.every(Number.isFinite) ? valores : undefined));
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: 8, alignItems: "start" }}>
        <Field label="Vigencia">
          <Input
            type="number"
            style={{ minWidth: 0 }}
            value={ajustes.vigencia === undefined ? "" : String(ajustes.vigencia)}
            placeholder={parametros ? String(parametros.vigencia) : "automática"}
            onChange={(_, d) => onCambiar(con(ajustes, "vigencia", d.value === "" ? undefined : Number(d.value)))}
          />
        </Field>
        <Field label="Corte" hint="Fecha o T1–T4">
          <Input
            style={{ minWidth: 0 }}
            value={ajustes.corte ?? ""}
            placeholder={parametros ? (parametros.corte.trimestre ? `T${parametros.corte.trimestre}` : parametros.corte.fecha) : "fin de vigencia"}
            onChange={(_, d) => onCambiar(con(ajustes, "corte", d.value.trim() === "" ? undefined : d.value.trim()))}
          />
        </Field>
      </div>
      <Field label="Tope">
        <Select value={ajustes.tope ?? "100"} onChange={(_, d) => onCambiar(con(ajustes, "tope", d.value as Tope))}>
          <option value="100">100 % (una meta no compensa otra)</option>
          <option value="ninguno">Sin tope</option>
        </Select>
      </Field>
      <Field label="Semáforo">
        <Select
          value={presetActual}
          onChange={(_, d) => {
            setEditando(false);
            onCambiar(con(ajustes, "semaforo", d.value as PresetSemaforoId));
          }}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.texto}
            </option>
          ))}
          {presetActual === "personalizado" && <option value="personalizado">Personalizado</option>}
        </Select>
      </Field>
      {semaforo && !editando && (
        <div style={{ display: "flex", flexWrap: "wrap", gap: 4, alignItems: "center" }}>
          {semaforo.niveles.map((n) => (
            <span key={n.nombre} style={{ fontSize: 12, padding: "1px 6px", borderRadius: 4, border: `2px solid ${n.color}` }}>
              {n.nombre} ≥ {n.desde}
            </span>
          ))}
          <Button size="small" appearance="transparent" onClick={() => setEditando(true)}>
            Editar niveles
          </Button>
        </div>
      )}
      {semaforo && editando && (
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
        <Select value={ajustes.esperado ?? "programacion"} onChange={(_, d) => onCambiar(con(ajustes, "esperado", d.value as ModoEsperado))}>
          <option value="programacion">Según lo programado</option>
          <option value="anios-iguales">Años iguales (25 % por año)</option>
          <option value="pesos">Pesos por año</option>
        </Select>
      </Field>
      {ajustes.esperado === "pesos" && (
        <Field label="Pesos por año (%)" hint="Ej.: 15 / 35 / 35 / 15">
          <Input value={pesos} onChange={(_, d) => aplicarPesos(d.value)} />
        </Field>
      )}
      <Field label="Ponderación">
        <Select value={ajustes.ponderacion ?? "iguales"} onChange={(_, d) => onCambiar(con(ajustes, "ponderacion", d.value as ModoPonderacion))}>
          <option value="iguales">Iguales (promedio simple)</option>
          <option value="matriz">Ponderación de la matriz</option>
        </Select>
      </Field>
    </div>
  );
}
