/** Edits the semáforo bands; refuses overlaps and gaps (SPEC §5.8) before handing them on. */
import { Button, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import { semaforoPersonalizado } from "../../core/ajustes";
import type { Semaforo } from "../../core/calculo/tipos";
import { filasDeSemaforo, validarBandas, type FilaBanda } from "../bandas";

export interface PropsEditorBandas {
  readonly semaforo: Semaforo;
  readonly onAplicar: (s: Semaforo) => void;
  readonly onCerrar: () => void;
}

export function EditorBandas({ semaforo, onAplicar, onCerrar }: PropsEditorBandas) {
  const [filas, setFilas] = useState<FilaBanda[]>(() => filasDeSemaforo(semaforo));
  const [errores, setErrores] = useState<string[]>([]);
  const cambiar = (i: number, campo: keyof FilaBanda, valor: string): void =>
    setFilas((fs) => fs.map((f, j) => (j === i ? { ...f, [campo]: valor } : f)));

  const aplicar = (): void => {
    const r = validarBandas(filas, semaforo.decimales);
    if (!r.ok) return setErrores(r.errores);
    setErrores([]);
    onAplicar(semaforoPersonalizado(semaforo, r.niveles));
  };

  return (
    <div role="group" aria-label="Niveles del semáforo" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Text size={200}>Porcentajes en puntos, redondeados a {semaforo.decimales} decimales. El último nivel puede quedar abierto.</Text>
      <div aria-hidden style={{ display: "grid", gridTemplateColumns: "16px 1fr 52px 52px", gap: 4, fontSize: 12, color: "#616161" }}>
        <span />
        <span>Nivel</span>
        <span>Desde</span>
        <span>Hasta</span>
      </div>
      {filas.map((f, i) => (
        <div key={i} style={{ display: "grid", gridTemplateColumns: "16px 1fr 52px 52px", gap: 4, alignItems: "center" }}>
          <span aria-hidden style={{ width: 14, height: 14, borderRadius: 3, background: f.color, border: "1px solid #8a8a8a" }} />
          <Input size="small" aria-label={`Nombre del nivel ${i + 1}`} value={f.nombre} onChange={(_, d) => cambiar(i, "nombre", d.value)} />
          <Input size="small" aria-label={`Desde (nivel ${i + 1})`} value={f.desde} onChange={(_, d) => cambiar(i, "desde", d.value)} />
          <Input size="small" aria-label={`Hasta (nivel ${i + 1})`} value={f.hasta} placeholder="∞" onChange={(_, d) => cambiar(i, "hasta", d.value)} />
        </div>
      ))}
      {errores.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {errores.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: "flex", gap: 8 }}>
        <Button size="small" appearance="primary" onClick={aplicar}>
          Aplicar niveles
        </Button>
        <Button size="small" onClick={onCerrar}>
          Cancelar
        </Button>
      </div>
    </div>
  );
}
