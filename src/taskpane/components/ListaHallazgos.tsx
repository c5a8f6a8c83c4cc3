/** Findings grouped by severity, then sheet, with counts; a click lands on the cell. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, CounterBadge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Hallazgo } from "../../core/hallazgos/hallazgo";
import type { Severidad } from "../../core/hallazgos/codigos";

export interface PropsListaHallazgos {
  readonly hallazgos: readonly Hallazgo[];
  readonly onSeleccionar: (h: Hallazgo) => void;
}

const SEVERIDADES: readonly { readonly clave: Severidad; readonly titulo: string; readonly color: "danger" | "important" }[] = [
  { clave: "error", titulo: "Errores", color: "danger" },
  { clave: "advertencia", titulo: "Advertencias", color: "important" },
];

const useStyles = makeStyles({
  contador: { marginLeft: tokens.spacingHorizontalSNudge },
  hoja: { marginBottom: tokens.spacingVerticalS },
  lista: { listStyle: "none", margin: 0, padding: 0 },
  // A finding reads as a line of text that can be clicked, not as a button.
  hallazgo: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    width: "100%",
    minHeight: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
});

/**
 * Sheets in first-seen order, each with its findings; workbook-wide findings under "(libro)". With
 * several files (a finding then names its file) the dependencies' copies share sheet names, so a
 * sheet is named with its file: «salud.xlsx › PDM».
 */
export function agruparPorHoja(hs: readonly Hallazgo[]): [string, Hallazgo[]][] {
  const grupos = new Map<string, Hallazgo[]>();
  for (const h of hs) {
    const hoja = h.hoja ?? "(libro)";
    const clave = h.archivo === null ? hoja : `${h.archivo} › ${hoja}`;
    grupos.set(clave, [...(grupos.get(clave) ?? []), h]);
  }
  return [...grupos.entries()];
}

export function ListaHallazgos({ hallazgos, onSeleccionar }: PropsListaHallazgos) {
  const estilos = useStyles();
  if (hallazgos.length === 0) return <Text>No hay hallazgos: la matriz está completa y coherente.</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={["error"]}>
      {SEVERIDADES.map(({ clave, titulo, color }) => {
        const deSeveridad = hallazgos.filter((h) => h.severidad === clave);
        if (deSeveridad.length === 0) return null;
        return (
          <AccordionItem key={clave} value={clave}>
            <AccordionHeader>
              {titulo}{" "}
              <CounterBadge
                count={deSeveridad.length}
                color={color}
                overflowCount={99999}
                className={estilos.contador}
                aria-label={`${deSeveridad.length} ${titulo.toLowerCase()}`}
              />
            </AccordionHeader>
            <AccordionPanel>
              {agruparPorHoja(deSeveridad).map(([hoja, hs]) => (
                <section key={hoja} aria-label={`${titulo} en ${hoja}`} className={estilos.hoja}>
                  <Text weight="semibold">
                    {hoja} ({hs.length})
                  </Text>
                  <ul className={estilos.lista}>
                    {hs.map((h, i) => (
                      <li key={`${h.codigo}-${h.celda ?? ""}-${i}`}>
                        <Button
                          appearance="subtle"
                          size="small"
                          disabled={!h.hoja || !h.celda}
                          onClick={() => onSeleccionar(h)}
                          title={h.codigo}
                          className={estilos.hallazgo}
                        >
                          <span>
                            <strong>{h.celda ?? "—"}</strong> {h.mensaje}
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
