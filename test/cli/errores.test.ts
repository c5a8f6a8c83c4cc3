import { falloDe } from "../../src/cli/errores";
import { ErrorArchivo, ErrorColumnaInexistente, ErrorEscritura, ErrorHojaAjena, ErrorMapa, ErrorPaqueteInvalido, ErrorParametros } from "../../src/core/fallos";

describe("every failure is a Spanish message and an exit code of SPEC §9 (issue 10)", () => {
  test.each<[string, unknown, 1 | 2, RegExp]>([
    [
      "options the matrix cannot honour are bad usage",
      new ErrorParametros("F-VIGENCIA-AUSENTE", { vigencia: 2031, encontradas: [2024, 2025] }),
      2,
      /^error: La vigencia 2031 no está en la matriz \(vigencias encontradas: 2024, 2025\)\.\n\(use «--help»/,
    ],
    ["a bad --mapa file is bad usage", new ErrorMapa("F-MAPA-NO-EXISTE", "m.json"), 2, /^error: el archivo de correcciones «m\.json» \(--mapa\) no existe\./],
    ["an unreadable input file stops the run", new ErrorArchivo("F-ARCHIVO-CORRUPTO", "plan.xlsx"), 1, /^error: «plan\.xlsx» está dañado/],
    [
      "an output that cannot be written stops the run",
      new ErrorEscritura("F-ESCRITURA-SIN-PERMISO", "x.xlsx"),
      1,
      /^error: No se pudo escribir «x\.xlsx»: no hay permiso de escritura\.\n$/,
    ],
    [
      "a broken input package stops the run",
      new ErrorPaqueteInvalido("falta [Content_Types].xml"),
      1,
      /^error: El archivo no es un libro \.xlsx válido: falta/,
    ],
    [
      "a sheet the product does not own is never overwritten",
      new ErrorHojaAjena("Resumen"),
      1,
      /^error: no se escribió el libro consolidado\. La hoja "Resumen" no fue creada por Seguimiento.* Cambie el nombre de esa hoja/,
    ],
    // A broken contract between our own modules is a bug, whatever class says it.
    [
      "a failure of the catalogue that is a bug is an «error interno»",
      new ErrorColumnaInexistente("% vigencia"),
      1,
      /^error interno: ErrorColumnaInexistente: La tabla no tiene la columna «% vigencia»/,
    ],
  ])("%s", (_, e, codigo, mensaje) => {
    const f = falloDe(e, false);
    expect(f.codigo).toBe(codigo);
    expect(f.mensaje).toMatch(mensaje);
    expect(f.mensaje).not.toMatch(/\n\s+at /);
  });

  it("anything else is an «error interno» line, exit 1, without the stack", () => {
    const f = falloDe(new TypeError("Cannot read properties of undefined (reading 'x')"), false);
    expect(f.codigo).toBe(1);
    expect(f.mensaje).toMatch(/^error interno: TypeError: Cannot read properties of undefined/);
    expect(f.mensaje).not.toMatch(/\n\s+at /);
  });

  it("a thrown value that is not an Error is said as text", () => {
    expect(falloDe("se rompió", false).mensaje).toMatch(/^error interno: se rompió\n/);
  });

  it("SEGUIMIENTO_DEPURAR=1 adds the stack of an internal error, for whoever fixes it", () => {
    expect(falloDe(new Error("fallo"), true).mensaje).toMatch(/\n\s+at /);
  });
});
