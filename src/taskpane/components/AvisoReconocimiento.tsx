/**
 * The warning shown before any figure when recognition is unsure (SPEC §3.6): each doubtful sheet
 * with its reason, and the way to the Matriz view where the user checks and corrects it.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { DudaReconocimiento } from "../../core/reporte/resumenBloques";

export interface PropsAvisoReconocimiento {
  readonly dudas: readonly DudaReconocimiento[];
  readonly onRevisar: () => void;
}

const useStyles = makeStyles({
  lista: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function AvisoReconocimiento({ dudas, onRevisar }: PropsAvisoReconocimiento) {
  const estilos = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Reconocimiento dudoso">
      <MessageBarBody>
        <MessageBarTitle>Reconocimiento dudoso</MessageBarTitle>
        Revise estas hojas antes de usar sus cifras:
        <ul className={estilos.lista}>
          {dudas.map((d, i) => (
            <li key={`${d.hoja}-${i}`}>
              <strong>{d.hoja}</strong>: {d.motivo}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRevisar}>
          Revisar reconocimiento
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
