/**
 * One sheet in the Matriz tab (SPEC §3.6, §3.7): its doubts first, then what was recognised —
 * each column with its field, evidence and runner-up, the columns not consolidated and why, the
 * quarterly reading, the sheet's vigencia and the views it belongs to. Optional facts the engine
 * did not give are not shown.
 */
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { ColumnaReconocida, FuenteDependencia, HojaReconocida } from "../../core/matriz/tipos";
import { describirCampo } from "../../core/matriz/descripcionCampo";
import { NOMBRES_LECTURA } from "../reconocimiento";

const FUENTES: Readonly<Record<FuenteDependencia, string>> = {
  columna: "columna de dependencia",
  filasGrupo: "filas de grupo",
  etiqueta: "etiqueta sobre el encabezado",
  nombreHoja: "nombre de la hoja",
  ninguna: "sin dependencia",
};

const GRIS = "#616161";

function Columna({ c }: { readonly c: ColumnaReconocida }) {
  const e = c.evidencia;
  return (
    <li style={{ marginBottom: 2 }}>
      <strong>{c.letra}</strong> {describirCampo(c)} <span style={{ color: GRIS }}>({c.encabezado})</span>
      {e?.dudosa && (
        <Badge size="small" appearance="tint" color="warning" style={{ marginLeft: 4 }}>
          dudosa
        </Badge>
      )}
      {e && (
        <div style={{ color: GRIS }}>
          {e.motivo}
          {e.alternativa && <> · 2.ª opción: {e.alternativa.descripcion}</>}
        </div>
      )}
    </li>
  );
}

function Reconocida({ h }: { readonly h: HojaReconocida }) {
  const lectura = h.lecturaTrimestral;
  return (
    <>
      <Text size={200}>
        Encabezado en la fila {h.filaEncabezado} · {h.metas} metas · dependencia: {FUENTES[h.fuenteDependencia]}
        {h.duplicadaDe ? ` · repite «${h.duplicadaDe}»` : ""}
      </Text>
      {typeof h.vigenciaHoja === "number" && <Text size={200}>Vigencia de la hoja: {h.vigenciaHoja}</Text>}
      {h.vistaDe && h.vistaDe.length > 0 && (
        <Text size={200}>
          Vista del mismo plan que {h.vistaDe.map((x) => `«${x}»`).join(", ")}: sus metas cuentan solo para su vigencia.
        </Text>
      )}
      {lectura && (
        <Text size={200}>
          Trimestres: {NOMBRES_LECTURA[lectura.lectura]} <span style={{ color: GRIS }}>({lectura.motivo})</span>
        </Text>
      )}
      <ul aria-label={`Columnas reconocidas de ${h.hoja}`} style={{ margin: 0, paddingLeft: 16, fontSize: 12 }}>
        {h.columnas.map((c) => (
          <Columna key={c.letra} c={c} />
        ))}
      </ul>
      {h.noReconocidas.length > 0 && (
        <>
          <Text size={200}>Columnas no consolidadas:</Text>
          <ul aria-label={`Columnas no consolidadas de ${h.hoja}`} style={{ margin: 0, paddingLeft: 16, fontSize: 12 }}>
            {h.noReconocidas.map((c) => (
              <li key={c.letra}>
                <strong>{c.letra}</strong> ({c.encabezado}){c.motivo ? `: ${c.motivo}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export interface PropsDetalleHoja {
  readonly h: HojaReconocida;
  readonly onCorregir: () => void;
}

export function DetalleHoja({ h, onCorregir }: PropsDetalleHoja) {
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {h.dudas && h.dudas.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Reconocimiento dudoso</MessageBarTitle>
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {h.dudas.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {h.reconocida ? <Reconocida h={h} /> : <Text size={200}>Hoja sin matriz.</Text>}
      <Button size="small" onClick={onCorregir} style={{ alignSelf: "flex-start" }}>
        Corregir reconocimiento
      </Button>
    </div>
  );
}
