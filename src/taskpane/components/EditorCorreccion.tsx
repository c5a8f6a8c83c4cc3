/**
 * Corrects one sheet's recognition in one step (SPEC §3.7): header row; any column of the header —
 * recognised or not — set to any field with its nivel, year, quarter and variant, or left unused;
 * the quarterly reading (SPEC §4); or ignore the sheet. Saving hands on one CorreccionHoja.
 */
import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Campo, CorreccionHoja, HojaReconocida, LecturaTrimestral, Trimestre, Variante } from "../../core/matriz/tipos";
import { NOMBRES_CAMPO, NOMBRES_LECTURA, NOMBRES_VARIANTE } from "../reconocimiento";

type Columnas = NonNullable<CorreccionHoja["columnas"]>;
type ColumnaEditada = Columnas[string];

interface ColumnaCabecera {
  readonly letra: string;
  readonly encabezado: string;
  readonly campo: Campo | null;
  readonly anio: number | null;
  readonly trimestre: Trimestre | null;
  readonly variante: Variante | null;
  readonly nivel: string | null;
}

export interface PropsEditorCorreccion {
  readonly hoja: HojaReconocida;
  readonly correccion: CorreccionHoja | undefined;
  readonly onGuardar: (c: CorreccionHoja) => void;
  readonly onCancelar: () => void;
}

const TRIMESTRES: readonly Trimestre[] = [1, 2, 3, 4];
const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalSNudge },
  fila: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  numeroFila: { width: "80px" },
  columnas: { listStyle: "none", margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  columna: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  encabezado: { flexBasis: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  nivel: { minWidth: 0, width: "96px" },
  estrecho: { minWidth: 0, width: "72px" },
  acciones: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Every column of the header in sheet order: "B" before "AA". */
function columnasDeCabecera(h: HojaReconocida): ColumnaCabecera[] {
  const sinCampo = { campo: null, anio: null, trimestre: null, variante: null, nivel: null };
  return [...h.columnas, ...h.noReconocidas.map((c) => ({ ...sinCampo, letra: c.letra, encabezado: c.encabezado }))].sort(
    (a, b) => a.letra.length - b.letra.length || a.letra.localeCompare(b.letra),
  );
}

/** A level's name is asked for its columns and their weights (PONDERADOR EJE is the eje's). */
const conNivel = (campo: Campo | null): boolean => campo === "nivel" || campo === "ponderacion";

/** Levels are named in lower case ("eje", "línea estratégica"); a blank one is no level. */
function conNivelesNormalizados(cs: Record<string, ColumnaEditada>): Columnas {
  return Object.fromEntries(
    Object.entries(cs).map(([letra, c]) => [letra, c.nivel === undefined ? c : { ...c, nivel: c.nivel?.trim().toLowerCase() || null }]),
  );
}

export function EditorCorreccion({ hoja, correccion, onGuardar, onCancelar }: PropsEditorCorreccion) {
  const estilos = useStyles();
  const [fila, setFila] = useState(String(correccion?.filaEncabezado ?? hoja.filaEncabezado ?? ""));
  const [ignorar, setIgnorar] = useState(correccion?.ignorar ?? false);
  const [columnas, setColumnas] = useState<Record<string, ColumnaEditada>>({ ...(correccion?.columnas ?? {}) });
  const [lectura, setLectura] = useState<LecturaTrimestral | "">(correccion?.lecturaTrimestral ?? "");

  // The first change of a column pins its field and year as recognised; other parameters are
  // stored only when touched, so the engine keeps reading the rest from the header.
  const editar = (c: ColumnaCabecera, cambio: Partial<ColumnaEditada>): void =>
    setColumnas((cs) => ({ ...cs, [c.letra]: { campo: c.campo, anio: c.anio, ...cs[c.letra], ...cambio } }));

  const guardar = (): void => {
    const n = Number(fila);
    onGuardar({
      hoja: hoja.hoja,
      ...(Number.isInteger(n) && n > 0 && n !== hoja.filaEncabezado ? { filaEncabezado: n } : {}),
      ...(Object.keys(columnas).length > 0 ? { columnas: conNivelesNormalizados(columnas) } : {}),
      ...(ignorar ? { ignorar: true } : {}),
      ...(lectura !== "" ? { lecturaTrimestral: lectura } : {}),
    });
  };

  const detectada = hoja.lecturaTrimestral ? `detectada: ${NOMBRES_LECTURA[hoja.lecturaTrimestral.lectura]}` : "según los valores";
  return (
    <div className={estilos.editor}>
      <div className={estilos.fila}>
        <Field label="Fila de encabezado">
          <Input type="number" size="small" value={fila} onChange={(_, d) => setFila(d.value)} className={estilos.numeroFila} />
        </Field>
        <Checkbox label="No leer esta hoja" checked={ignorar} onChange={(_, d) => setIgnorar(d.checked === true)} />
      </div>
      <Field label="Lectura de los trimestres">
        <Select size="small" value={lectura} onChange={(_, d) => setLectura(d.value as LecturaTrimestral | "")}>
          <option value="">Automática ({detectada})</option>
          {(Object.keys(NOMBRES_LECTURA) as LecturaTrimestral[]).map((k) => (
            <option key={k} value={k}>
              {NOMBRES_LECTURA[k]}
            </option>
          ))}
        </Select>
      </Field>
      <ul aria-label="Columnas del encabezado" className={estilos.columnas}>
        {columnasDeCabecera(hoja).map((f) => {
          const e = columnas[f.letra];
          const valor = <K extends keyof ColumnaCabecera & keyof ColumnaEditada>(k: K) => (e && e[k] !== undefined ? e[k] : f[k]);
          const campo = valor("campo");
          const anio = valor("anio");
          return (
            <li key={f.letra} className={estilos.columna}>
              <div title={f.encabezado} className={estilos.encabezado}>
                <strong>{f.letra}</strong> {f.encabezado || "(sin encabezado)"}
              </div>
              <Select
                size="small"
                aria-label={`Campo de la columna ${f.letra}`}
                value={campo ?? ""}
                onChange={(_, d) => editar(f, { campo: d.value === "" ? null : (d.value as Campo) })}
              >
                <option value="">(no usar)</option>
                {(Object.keys(NOMBRES_CAMPO) as Campo[]).map((k) => (
                  <option key={k} value={k}>
                    {NOMBRES_CAMPO[k]}
                  </option>
                ))}
              </Select>
              {conNivel(campo) && (
                <Input
                  size="small"
                  aria-label={`Nivel de la columna ${f.letra}`}
                  placeholder="eje, programa…"
                  value={valor("nivel") ?? ""}
                  onChange={(_, d) => editar(f, { nivel: d.value === "" ? null : d.value })}
                  className={estilos.nivel}
                />
              )}
              <Input
                size="small"
                aria-label={`Año de la columna ${f.letra}`}
                placeholder="año"
                value={anio === null ? "" : String(anio)}
                onChange={(_, d) => editar(f, { anio: d.value === "" ? null : Number(d.value) })}
                className={estilos.estrecho}
              />
              <Select
                size="small"
                aria-label={`Trimestre de la columna ${f.letra}`}
                value={String(valor("trimestre") ?? "")}
                onChange={(_, d) => editar(f, { trimestre: d.value === "" ? null : (Number(d.value) as Trimestre) })}
                className={estilos.estrecho}
              >
                <option value="">sin trim.</option>
                {TRIMESTRES.map((t) => (
                  <option key={t} value={t}>
                    T{t}
                  </option>
                ))}
              </Select>
              <Select
                size="small"
                aria-label={`Variante de la columna ${f.letra}`}
                value={valor("variante") ?? ""}
                onChange={(_, d) => editar(f, { variante: d.value === "" ? null : (d.value as Variante) })}
              >
                <option value="">según el encabezado</option>
                {(Object.keys(NOMBRES_VARIANTE) as Variante[]).map((k) => (
                  <option key={k} value={k}>
                    {NOMBRES_VARIANTE[k]}
                  </option>
                ))}
              </Select>
            </li>
          );
        })}
      </ul>
      <div className={estilos.acciones}>
        <Button size="small" appearance="primary" onClick={guardar}>
          Guardar corrección
        </Button>
        <Button size="small" onClick={onCancelar}>
          Cancelar
        </Button>
      </div>
    </div>
  );
}
