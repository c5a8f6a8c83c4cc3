/** Builds dist/ once before the e2e files run (skipped when it is newer than the sources). */
import { construirSiHaceFalta } from "../../scripts/servirDemo";

export default function construir(): void {
  construirSiHaceFalta();
}
