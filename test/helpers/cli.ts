/** The command line run in-process, its output collected (tests of src/cli). */
import { main } from "../../src/cli";

export interface Corrida {
  readonly codigo: number;
  readonly out: string;
  readonly err: string;
}

/** `seguimiento …argv` at a fixed clock (2026-01-31T10:00:00Z), stderr not a terminal. */
export async function correrCli(...argv: string[]): Promise<Corrida> {
  let out = "";
  let err = "";
  const codigo = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    ahora: () => new Date("2026-01-31T10:00:00Z"),
  });
  return { codigo, out, err };
}
