/**
 * One sheet in the Matriz tab (SPEC §3.6, §3.7): its doubts first, then what was recognised —
 * each column with its field, evidence and runner-up, the columns not consolidated and why, the
 * quarterly reading, the sheet's vigencia and the views it belongs to. Optional facts the engine
 * did not give are not shown.
 */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { ColumnaReconocida, FuenteDependencia, HojaReconocida } from "../../core/matriz/tipos";
import { describirCampo } from "../../core/matriz/descripcionCampo";
import { describirTablaPresupuesto } from "../../core/matriz/tablaPresupuesto";
import { NOMBRES_LECTURA } from "../reconocimiento";

const FUENTES: Readonly<Record<FuenteDependencia, string>> = {
  columna: "columna de dependencia",
  filasGrupo: "filas de grupo",
  etiqueta: "etiqueta sobre el encabezado",
  nombreHoja: "nombre de la hoja",
  ninguna: "sin dependencia",
};

const useStyles = makeStyles({
  detalle: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  columna: { marginBottom: tokens.spacingVerticalXXS },
  secundario: { color: tokens.colorNeutralForeground3 },
  insignia: { marginLeft: tokens.spacingHorizontalXS },
  lista: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  listaColumnas: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  boton: { alignSelf: "flex-start" },
});

function Columna({ c }: { readonly c: ColumnaReconocida }) {
  const estilos = useStyles();
  const e = c.evidencia;
  return (
    <li className={estilos.columna}>
      <strong>{c.letra}</strong> {describirCampo(c)} <span className={estilos.secundario}>({c.encabezado})</span>
      {e?.dudosa && (
        <Badge size="small" appearance="tint" color="warning" className={estilos.insignia}>
          dudosa
        </Badge>
      )}
      {e && (
        <div className={estilos.secundario}>
          {e.motivo}
          {e.alternativa && <> · 2.ª opción: {e.alternativa.descripcion}</>}
        </div>
      )}
    </li>
  );
}

function Reconocida({ h }: { readonly h: HojaReconocida }) {
  const estilos = useStyles();
  const lectura = h.lecturaTrimestral;
  return (
    <>
      {h.presupuesto ? (
        <Text size={200}>
          Encabezado en la fila {h.filaEncabezado} · {describirTablaPresupuesto(h.presupuesto)}
        </Text>
      ) : (
        <Text size={200}>
          Encabezado en la fila {h.filaEncabezado} · {h.metas} metas · dependencia: {FUENTES[h.fuenteDependencia]}
          {h.duplicadaDe ? ` · repite «${h.duplicadaDe}»` : ""}
        </Text>
      )}
      {typeof h.vigenciaHoja === "number" && <Text size={200}>Vigencia de la hoja: {h.vigenciaHoja}</Text>}
      {h.vistaDe && h.vistaDe.length > 0 && (
        <Text size={200}>Vista del mismo plan que {h.vistaDe.map((x) => `«${x}»`).join(", ")}: sus metas cuentan solo para su vigencia.</Text>
      )}
      {lectura && (
        <Text size={200}>
          Trimestres: {NOMBRES_LECTURA[lectura.lectura]} <span className={estilos.secundario}>({lectura.motivo})</span>
        </Text>
      )}
      <ul aria-label={`Columnas reconocidas de ${h.hoja}`} className={estilos.listaColumnas}>
        {h.columnas.map((c) => (
          <Columna key={c.letra} c={c} />
        ))}
      </ul>
      {h.noReconocidas.length > 0 && (
        <>
          <Text size={200}>Columnas no consolidadas:</Text>
          <ul aria-label={`Columnas no consolidadas de ${h.hoja}`} className={estilos.listaColumnas}>
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
  const estilos = useStyles();
  return (
    <div className={estilos.detalle}>
      {h.dudas && h.dudas.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Reconocimiento dudoso</MessageBarTitle>
            <ul className={estilos.lista}>
              {h.dudas.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {h.reconocida || h.presupuesto ? <Reconocida h={h} /> : <Text size={200}>Hoja sin matriz.</Text>}
      <Button size="small" onClick={onCorregir} className={estilos.boton}>
        Corregir reconocimiento
      </Button>
    </div>
  );
}
