/** The Matriz tab: what recognition found on each sheet, and the corrections editor. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { CorreccionHoja, FuenteDependencia, HojaReconocida } from "../../core/matriz/tipos";
import { EditorCorreccion, NOMBRES_CAMPO } from "./EditorCorreccion";

export interface PropsPanelMatriz {
  readonly hojas: readonly HojaReconocida[];
  readonly correcciones: readonly CorreccionHoja[];
  readonly onGuardar: (correcciones: CorreccionHoja[]) => void;
}

const FUENTES: Readonly<Record<FuenteDependencia, string>> = {
  columna: "columna de dependencia",
  filasGrupo: "filas de grupo",
  etiqueta: "etiqueta sobre el encabezado",
  nombreHoja: "nombre de la hoja",
  ninguna: "sin dependencia",
};

function describirColumna(c: HojaReconocida["columnas"][number]): string {
  const partes = [NOMBRES_CAMPO[c.campo]];
  if (c.nivel) partes.push(c.nivel);
  if (c.anio !== null) partes.push(String(c.anio));
  if (c.trimestre !== null) partes.push(`T${c.trimestre}`);
  if (c.variante === "total") partes.push("total");
  if (c.variante === "corte") partes.push("al corte");
  return partes.join(" · ");
}

function DetalleHoja({ h, correccion, onGuardar }: { h: HojaReconocida; correccion: CorreccionHoja | undefined; onGuardar: (c: CorreccionHoja) => void }) {
  const [editando, setEditando] = useState(false);
  if (editando) return <EditorCorreccion hoja={h} correccion={correccion} onGuardar={(c) => (setEditando(false), onGuardar(c))} />;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {h.reconocida ? (
        <>
          <Text size={200}>
            Encabezado en la fila {h.filaEncabezado} · {h.metas} metas · dependencia: {FUENTES[h.fuenteDependencia]}
            {h.duplicadaDe ? ` · repite «${h.duplicadaDe}»` : ""}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 16, fontSize: 12 }}>
            {h.columnas.map((c) => (
              <li key={c.letra}>
                <strong>{c.letra}</strong> {describirColumna(c)} <span style={{ color: "#616161" }}>({c.encabezado})</span>
              </li>
            ))}
          </ul>
          {h.noReconocidas.length > 0 && (
            <Text size={200}>Columnas no reconocidas: {h.noReconocidas.map((c) => `${c.letra} (${c.encabezado})`).join(", ")}</Text>
          )}
        </>
      ) : (
        <Text size={200}>Hoja sin matriz.</Text>
      )}
      <Button size="small" onClick={() => setEditando(true)} style={{ alignSelf: "flex-start" }}>
        Corregir reconocimiento
      </Button>
    </div>
  );
}

export function PanelMatriz({ hojas, correcciones, onGuardar }: PropsPanelMatriz) {
  const guardarUna = (c: CorreccionHoja): void => onGuardar([...correcciones.filter((x) => x.hoja !== c.hoja), c]);
  return (
    <Accordion multiple collapsible>
      {hojas.map((h) => {
        const correccion = correcciones.find((c) => c.hoja === h.hoja);
        return (
          <AccordionItem key={h.hoja} value={h.hoja}>
            <AccordionHeader>
              <span style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
                <span>{h.hoja}</span>
                <Badge appearance="tint" color={h.reconocida ? "success" : "informative"}>
                  {h.reconocida ? `${h.metas} metas` : "sin matriz"}
                </Badge>
                {correccion && <Badge appearance="outline">corregida</Badge>}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <DetalleHoja h={h} correccion={correccion} onGuardar={guardarUna} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
