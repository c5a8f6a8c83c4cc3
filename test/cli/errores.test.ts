import { ErrorEscritura } from "../../src/cli/archivos";
import { falloDe } from "../../src/cli/errores";
import { ErrorMapa } from "../../src/cli/mapa";
import { ErrorParametros } from "../../src/core/calculo/errores";
import { PaqueteInvalidoError } from "../../src/io/xlsx/_escritor/paquete";
import { HojaAjenaError } from "../../src/io/xlsx/escritor";
import { ErrorArchivo } from "../../src/io/xlsx/leerArchivo";

describe("every failure is a Spanish message and an exit code of SPEC §9 (issue 10)", () => {
  test.each<[string, unknown, 1 | 2, RegExp]>([
    ["options the matrix cannot honour are bad usage", new ErrorParametros("La vigencia 2031 no está en la matriz (vigencias encontradas: 2024, 2025)."), 2, /^error: La vigencia 2031 no está en la matriz/],
    ["a bad --mapa file is bad usage", new ErrorMapa("el archivo de correcciones «m.json» (--mapa) no existe."), 2, /^error: el archivo de correcciones «m\.json»/],
    ["an unreadable input file stops the run", new ErrorArchivo("CORRUPTO", "plan.xlsx"), 1, /^error: «plan\.xlsx» está dañado/],
    ["an output that cannot be written stops the run", new ErrorEscritura("No se pudo escribir «x.xlsx»: no hay permiso de escritura."), 1, /^error: No se pudo escribir/],
    ["a broken input package stops the run", new PaqueteInvalidoError("falta [Content_Types].xml"), 1, /^error: El archivo no es un libro \.xlsx válido: falta/],
    ["a sheet the product does not own is never overwritten", new HojaAjenaError("Resumen"), 1, /^error: no se escribió el libro consolidado\. La hoja "Resumen" no fue creada por Seguimiento/],
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
