/** Corrects one sheet's recognition (SPEC §3.5): header row, each column's field and year, or ignore the sheet. */
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { Campo, CorreccionHoja, HojaReconocida } from "../../core/matriz/tipos";

export const NOMBRES_CAMPO: Readonly<Record<Campo, string>> = {
  meta: "Meta (nombre)",
  codigo: "Código",
  unidad: "Unidad",
  tipo: "Tipo de acumulación",
  lineaBase: "Línea base",
  metaCuatrienio: "Meta cuatrienio",
  programado: "Programado",
  ejecutado: "Ejecutado",
  reportado: "% reportado",
  dependencia: "Dependencia",
  nivel: "Nivel",
  ponderacion: "Ponderación",
  presupuestoProgramado: "Presupuesto programado",
  presupuestoEjecutado: "Presupuesto ejecutado",
  presupuestoPagos: "Pagos",
  observaciones: "Observaciones",
  acumuladoAnterior: "Acumulado vigencias anteriores",
  vigencia: "Año de la fila",
  periodo: "Trimestre de la fila",
  clase: "Clase de fila (nivel)",
};

type Columnas = NonNullable<CorreccionHoja["columnas"]>;
type ColumnaEditada = Columnas[string];

export interface PropsEditorCorreccion {
  readonly hoja: HojaReconocida;
  readonly correccion: CorreccionHoja | undefined;
  readonly onGuardar: (c: CorreccionHoja) => void;
}

export function EditorCorreccion({ hoja, correccion, onGuardar }: PropsEditorCorreccion) {
  const [fila, setFila] = useState(String(correccion?.filaEncabezado ?? hoja.filaEncabezado ?? ""));
  const [ignorar, setIgnorar] = useState(correccion?.ignorar ?? false);
  const [columnas, setColumnas] = useState<Record<string, ColumnaEditada>>({ ...(correccion?.columnas ?? {}) });
  const filas: { letra: string; encabezado: string; campo: Campo | null; anio: number | null }[] = [
    ...hoja.columnas.map((c) => ({ letra: c.letra, encabezado: c.encabezado, campo: c.campo, anio: c.anio })),
    ...hoja.noReconocidas.map((c) => ({ letra: c.letra, encabezado: c.encabezado, campo: null, anio: null })),
  ];

  const editar = (letra: string, cambio: Partial<ColumnaEditada>, base: ColumnaEditada): void =>
    setColumnas((cs) => ({ ...cs, [letra]: { ...base, ...cs[letra], ...cambio } }));

  const guardar = (): void => {
    const n = Number(fila);
    onGuardar({
      hoja: hoja.hoja,
      ...(Number.isInteger(n) && n > 0 && n !== hoja.filaEncabezado ? { filaEncabezado: n } : {}),
      ...(Object.keys(columnas).length > 0 ? { columnas } : {}),
      ...(ignorar ? { ignorar: true } : {}),
    });
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "end" }}>
        <Field label="Fila de encabezado">
          <Input type="number" size="small" value={fila} onChange={(_, d) => setFila(d.value)} style={{ width: 80 }} />
        </Field>
        <Checkbox label="No leer esta hoja" checked={ignorar} onChange={(_, d) => setIgnorar(d.checked === true)} />
      </div>
      <table style={{ width: "100%", fontSize: 12, borderCollapse: "collapse" }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: "left" }}>Col.</th>
            <th scope="col" style={{ textAlign: "left" }}>Encabezado → campo</th>
            <th scope="col" style={{ textAlign: "left" }}>Año</th>
          </tr>
        </thead>
        <tbody>
          {filas.map((f) => {
            const editada = columnas[f.letra];
            const campo = editada ? editada.campo : f.campo;
            const anio = editada?.anio !== undefined ? editada.anio : f.anio;
            const base: ColumnaEditada = { campo: f.campo, anio: f.anio };
            return (
              <tr key={f.letra} style={{ borderTop: "1px solid #e0e0e0", verticalAlign: "top" }}>
                <td>{f.letra}</td>
                <td>
                  <div title={f.encabezado} style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: 180 }}>
                    {f.encabezado || "(sin encabezado)"}
                  </div>
                  <Select
                    size="small"
                    aria-label={`Campo de la columna ${f.letra}`}
                    value={campo ?? ""}
                    onChange={(_, d) => editar(f.letra, { campo: d.value === "" ? null : (d.value as Campo) }, base)}
                  >
                    <option value="">(no usar)</option>
                    {(Object.keys(NOMBRES_CAMPO) as Campo[]).map((k) => (
                      <option key={k} value={k}>
                        {NOMBRES_CAMPO[k]}
                      </option>
                    ))}
                  </Select>
                </td>
                <td>
                  <Input
                    size="small"
                    aria-label={`Año de la columna ${f.letra}`}
                    value={anio === null || anio === undefined ? "" : String(anio)}
                    onChange={(_, d) => editar(f.letra, { anio: d.value === "" ? null : Number(d.value) }, base)}
                    style={{ width: 64 }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button size="small" appearance="primary" onClick={guardar} style={{ alignSelf: "flex-start" }}>
        Guardar corrección
      </Button>
    </div>
  );
}
