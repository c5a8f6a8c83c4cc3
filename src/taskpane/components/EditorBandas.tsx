/** Edits the semáforo bands; refuses overlaps and gaps (SPEC §5.8) before handing them on. */
import { Button, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { semaforoPersonalizado } from "../../core/ajustes";
import type { Semaforo } from "../../core/calculo/tipos";

const useStyles = makeStyles({
  grupo: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalSNudge },
  fila: { display: "grid", gridTemplateColumns: "16px 1fr 52px 52px", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  cabecera: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  muestra: {
    width: "14px",
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    borderTopWidth: "1px",
    borderRightWidth: "1px",
    borderBottomWidth: "1px",
    borderLeftWidth: "1px",
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
  },
  lista: { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL },
  botones: { display: "flex", gap: tokens.spacingHorizontalS },
});
import { filasDeSemaforo, validarBandas, type FilaBanda } from "../bandas";

export interface PropsEditorBandas {
  readonly semaforo: Semaforo;
  readonly onAplicar: (s: Semaforo) => void;
  readonly onCerrar: () => void;
}

export function EditorBandas({ semaforo, onAplicar, onCerrar }: PropsEditorBandas) {
  const estilos = useStyles();
  const [filas, setFilas] = useState<FilaBanda[]>(() => filasDeSemaforo(semaforo));
  const [errores, setErrores] = useState<string[]>([]);
  const cambiar = (i: number, campo: keyof FilaBanda, valor: string): void => setFilas((fs) => fs.map((f, j) => (j === i ? { ...f, [campo]: valor } : f)));

  const aplicar = (): void => {
    const r = validarBandas(filas, semaforo.decimales);
    if (!r.ok) return setErrores(r.errores);
    setErrores([]);
    onAplicar(semaforoPersonalizado(semaforo, r.niveles));
  };

  return (
    <div role="group" aria-label="Niveles del semáforo" className={estilos.grupo}>
      <Text size={200}>Porcentajes en puntos, redondeados a {semaforo.decimales} decimales. El último nivel puede quedar abierto.</Text>
      <div aria-hidden className={`${estilos.fila} ${estilos.cabecera}`}>
        <span />
        <span>Nivel</span>
        <span>Desde</span>
        <span>Hasta</span>
      </div>
      {filas.map((f, i) => (
        <div key={i} className={estilos.fila}>
          <span aria-hidden className={estilos.muestra} style={{ background: f.color }} />
          <Input size="small" aria-label={`Nombre del nivel ${i + 1}`} value={f.nombre} onChange={(_, d) => cambiar(i, "nombre", d.value)} />
          <Input size="small" aria-label={`Desde (nivel ${i + 1})`} value={f.desde} onChange={(_, d) => cambiar(i, "desde", d.value)} />
          <Input size="small" aria-label={`Hasta (nivel ${i + 1})`} value={f.hasta} placeholder="∞" onChange={(_, d) => cambiar(i, "hasta", d.value)} />
        </div>
      ))}
      {errores.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ul className={estilos.lista}>
              {errores.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={estilos.botones}>
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
