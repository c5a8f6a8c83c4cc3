/**
 * The Matriz tab: what recognition found on each sheet (SPEC §3.6) and the corrections editor
 * (SPEC §3.7). `abrir` opens sheets' items from outside (the pane's «Revisar reconocimiento»).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CorreccionHoja, HojaReconocida } from "../../core/matriz/tipos";
import { DetalleHoja } from "./DetalleHoja";
import { EditorCorreccion } from "./EditorCorreccion";

export interface PropsPanelMatriz {
  readonly hojas: readonly HojaReconocida[];
  readonly correcciones: readonly CorreccionHoja[];
  readonly onGuardar: (correcciones: CorreccionHoja[]) => void;
  /** Sheets whose items must be open; a new list opens them again. */
  readonly abrir?: readonly string[];
}

const NINGUNA: readonly string[] = [];

const useStyles = makeStyles({
  cabecera: { display: "flex", gap: tokens.spacingHorizontalSNudge, alignItems: "center", flexWrap: "wrap" },
});

export function PanelMatriz({ hojas, correcciones, onGuardar, abrir = NINGUNA }: PropsPanelMatriz) {
  const estilos = useStyles();
  const [abiertas, setAbiertas] = useState<readonly string[]>(abrir);
  const [editando, setEditando] = useState<string | null>(null);
  useEffect(() => setAbiertas((a) => [...new Set([...a, ...abrir])]), [abrir]);
  const guardarUna = (c: CorreccionHoja): void => {
    setEditando(null);
    onGuardar([...correcciones.filter((x) => x.hoja !== c.hoja), c]);
  };
  return (
    <Accordion multiple collapsible openItems={[...abiertas]} onToggle={(_, d) => setAbiertas(d.openItems.map(String))}>
      {hojas.map((h) => {
        const correccion = correcciones.find((c) => c.hoja === h.hoja);
        return (
          <AccordionItem key={h.hoja} value={h.hoja}>
            <AccordionHeader>
              <span className={estilos.cabecera}>
                <span>{h.hoja}</span>
                <Badge appearance="tint" color={h.reconocida || h.presupuesto ? "success" : "informative"}>
                  {h.reconocida ? `${h.metas} metas` : h.presupuesto ? `presupuesto: ${h.presupuesto.filas.length} filas` : "sin matriz"}
                </Badge>
                {h.dudas && h.dudas.length > 0 && (
                  <Badge appearance="tint" color="warning">
                    dudoso
                  </Badge>
                )}
                {correccion && <Badge appearance="outline">corregida</Badge>}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {editando === h.hoja ? (
                <EditorCorreccion hoja={h} correccion={correccion} onGuardar={guardarUna} onCancelar={() => setEditando(null)} />
              ) : (
                <DetalleHoja h={h} onCorregir={() => setEditando(h.hoja)} />
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
