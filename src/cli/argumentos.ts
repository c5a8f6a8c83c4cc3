/**
 * The command line's grammar (SPEC §9) with commander, in Spanish: help texts, section titles
 * and commander's own error messages are translated; a bad value is a usage error (exit 2).
 */
import { Command, CommanderError, Help, InvalidArgumentError } from "commander";
import {
  ayudaOpciones,
  componerAjustes,
  leerSolicitudGrafico,
  leerTexto,
  mensajeAjuste,
  mensajesAjuste,
  OPCIONES_ESPERADO,
  OPCIONES_MEDIDA_GRAFICO,
  OPCIONES_PLAN,
  OPCIONES_PONDERACION,
  OPCIONES_SEMAFORO,
  OPCIONES_TIPO_GRAFICO,
  OPCIONES_TOPE,
  POR_OMISION,
  type CampoTexto,
  type ValoresTexto,
} from "../core/ajustes";
import type { Ajustes } from "../core/calculo/tipos";
import { ErrorSalidaAnticipada } from "../core/fallos";
import { esArchivoGraficos, type EntradaGrafico } from "./graficos";
import { definirPlantillas, type OrdenPlantillas } from "./ordenPlantillas";

export interface OrdenConsolidar {
  readonly archivos: readonly string[];
  readonly ajustes: Ajustes;
  /** null = default `<archivo>.consolidado.xlsx`; false = do not write the workbook. */
  readonly salida: string | null | false;
  /** A path, "-" for stdout, or null. */
  readonly json: string | null;
  /** The `--mapa` JSON file of recognition corrections (SPEC §3.7), or null. */
  readonly mapa: string | null;
  /** The `--informe` Word file to write the Informe to (issue 13), or null. */
  readonly informe: string | null;
  /** The charts on demand of `--grafico` (issue 14), in the order given; empty = the workbook's saved ones. */
  readonly graficos?: readonly EntradaGrafico[];
}

const TITULOS: Readonly<Record<string, string>> = {
  "Usage:": "Uso:",
  "Arguments:": "Argumentos:",
  "Options:": "Opciones:",
  "Commands:": "Órdenes:",
  "Global Options:": "Opciones globales:",
};

/** commander's English errors → Spanish (the ones a user can trigger). */
const ERRORES: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+?)\?\))?/s, "error: opción desconocida «$1»"],
  [/^error: missing required argument '(.+?)'/, "error: falta el argumento obligatorio «$1»: indique al menos un archivo .xlsx"],
  [/^error: option '(.+?)' argument missing/, "error: falta el valor de la opción «$1»"],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. (.*)/s, "error: el valor «$2» de la opción «$1» no es válido: $3"],
  [/^error: required option '(.+?)' not specified/, "error: falta la opción obligatoria «$1»"],
  [/^error: unknown command '(.+?)'/, "error: orden desconocida «$1»; las órdenes disponibles son «consolidar» y «plantillas»"],
  [/^error: too many arguments.*/s, "error: sobran argumentos"],
];

export function traducirError(mensaje: string): string {
  for (const [re, es] of ERRORES) if (re.test(mensaje)) return mensaje.replace(re, es).replace(/\n*$/, "\n");
  return mensaje;
}

/** An option's text read through the settings contract; its problem becomes commander's usage error. */
function lector<K extends CampoTexto>(campo: K): (texto: string) => ValoresTexto[K] {
  return (texto) => {
    const r = leerTexto(campo, texto);
    if (!r.ok) throw new InvalidArgumentError(r.problemas.map(mensajeAjuste).join(" "));
    return r.valor;
  };
}

/** Each --grafico in turn: a request read now (a bad one is a usage error), or a JSON file read later. */
function juntarGrafico(texto: string, previas: readonly EntradaGrafico[] = []): EntradaGrafico[] {
  if (esArchivoGraficos(texto)) return [...previas, { archivo: texto.trim() }];
  const r = leerSolicitudGrafico(texto);
  if (!r.ok) throw new InvalidArgumentError(r.problemas.map(mensajeAjuste).join(" "));
  return [...previas, r.valor];
}

export interface SalidasTexto {
  readonly escribirSalida: (s: string) => void;
  readonly escribirError: (s: string) => void;
}

function programa(io: SalidasTexto, alConsolidar: (o: OrdenConsolidar) => void, alPlantillas: (o: OrdenPlantillas) => void): Command {
  const p = new Command("seguimiento")
    .description("Consolida matrices de seguimiento de planes de desarrollo (metas, % de ejecución, hallazgos).")
    .configureHelp({
      styleTitle: (s) => TITULOS[s] ?? s,
      styleUsage: (s) => s.replace("[options]", "[opciones]").replace("[command]", "[orden]"),
      subcommandTerm: (c) => new Help().subcommandTerm(c).replace("[options]", "[opciones]"),
      sortOptions: false,
    })
    .configureOutput({ writeOut: io.escribirSalida, writeErr: io.escribirError, outputError: (s, escribir) => escribir(traducirError(s)) })
    .helpOption("-h, --help", "muestra esta ayuda")
    .helpCommand("help [orden]", "muestra la ayuda de una orden")
    .version("0.1.0", "-V, --version", "muestra la versión")
    .showHelpAfterError("(use «--help» para ver la ayuda)")
    .exitOverride();
  p.command("consolidar")
    .description(
      "Lee uno o varios libros .xlsx, reconoce sus matrices, valida, calcula el % de ejecución de la vigencia y del cuatrienio, " +
        "muestra una tabla por dependencia y escribe el libro consolidado. Los archivos de entrada nunca se modifican.",
    )
    .argument("<archivos...>", "libros .xlsx con matrices de seguimiento (varios se consolidan juntos)")
    .option("--vigencia <año>", "vigencia a consolidar (por omisión: el último año con ejecución reportada)", lector("vigencia"))
    .option("--corte <fecha|trimestre>", "fecha de corte AAAA-MM-DD o trimestre T1–T4 (por omisión: fin de la vigencia)", lector("corte"))
    .option("--tope <tope>", `tope de los porcentajes agregados: ${ayudaOpciones(OPCIONES_TOPE, POR_OMISION.tope)}`, lector("tope"))
    .option("--semaforo <preset>", `semáforo: ${ayudaOpciones(OPCIONES_SEMAFORO, POR_OMISION.semaforo)}`, lector("semaforo"))
    .option(
      "--bandas <niveles>",
      'niveles propios del semáforo como Nombre:desde separados por comas, en puntos de % (p. ej. "Bajo:0,Aceptable:56,Sobresaliente:81"); ' +
        "un color #RRGGBB opcional tras otro «:»; el redondeo y el tope son los del --semaforo elegido",
      lector("bandas"),
    )
    .option("--esperado <modo>", `avance esperado: ${ayudaOpciones(OPCIONES_ESPERADO, POR_OMISION.esperado)}`, lector("esperado"))
    .option(
      "--pesos-anio <pesos>",
      "pesos de los cuatro años del cuatrienio en %, separados por comas (p. ej. 15,35,35,15); implica --esperado pesos",
      lector("pesosAnio"),
    )
    .option("--ponderacion <modo>", `ponderación de metas y grupos: ${ayudaOpciones(OPCIONES_PONDERACION, POR_OMISION.ponderacion)}`, lector("ponderacion"))
    .option(
      "--umbrales-alerta <umbrales>",
      `límites de los rangos de alerta en puntos de %, de menor a mayor, separados por comas (por omisión ${POR_OMISION.umbralesAlerta.join(",")}: ` +
        "< 50, 50–74, 75–99, ≥ 100; sobre 100 es siempre un rango aparte)",
      lector("umbralesAlerta"),
    )
    .option("--plan <modo>", `tipo de plan: ${ayudaOpciones(OPCIONES_PLAN, POR_OMISION.modoPlan)}`, lector("modoPlan"))
    .option("--salida <archivo.xlsx>", "libro consolidado a escribir (por omisión: <archivo>.consolidado.xlsx junto al primer archivo)")
    .option("--sin-salida", "no escribe el libro consolidado (solo la tabla y, si se piden, el JSON y el informe)")
    .option("--json <archivo|->", "escribe el resumen JSON en el archivo, o en la salida estándar con «-»")
    .option(
      "--informe <archivo.docx>",
      "escribe el informe en Word: los párrafos por plan, dependencia y nivel, una tabla de metas por grupo, " +
        "las metas en rezago y con sobreejecución, y los datos de cada gráfico en tablas",
    )
    .option(
      "--mapa <correcciones.json>",
      "correcciones del reconocimiento en JSON, las mismas que guarda el panel: una lista por hoja " +
        "(hoja, filaEncabezado, columnas por letra con campo/anio/trimestre, ignorar, lecturaTrimestral). " +
        "Las correcciones guardadas en el libro se aplican siempre; las del archivo ganan en las hojas que nombra",
    )
    .option(
      "--grafico <solicitud|archivo.json>",
      `agrega un gráfico en la hoja «Gráficos» (se repite para varios): medida=${OPCIONES_MEDIDA_GRAFICO.map((o) => o.claves[0]).join("|")};` +
        "por=dependencia|<nivel>|anio|trimestre[;filtro=dependencia:<nombre>|<nivel>:<nombre>]" +
        `[;tipo=${OPCIONES_TIPO_GRAFICO.map((o) => o.claves[0]).join("|")}], o un archivo .json con una lista de gráficos. ` +
        "Sin --grafico se dibujan los gráficos guardados en el libro",
      juntarGrafico,
    )
    .helpOption("-h, --help", "muestra esta ayuda")
    .configureHelp({ styleTitle: (s) => TITULOS[s] ?? s, styleUsage: (s) => s.replace("[options]", "[opciones]"), sortOptions: false })
    .addHelpText(
      "after",
      "\nEjemplos:\n" +
        "  npm run seguimiento -- consolidar ejemplos/matriz-seguimiento-ejemplo.xlsx\n" +
        "  npm run seguimiento -- consolidar salud.xlsx educacion.xlsx --vigencia 2025 --corte T3 --json resumen.json\n" +
        "  npm run seguimiento -- consolidar plan.xlsx --mapa correcciones.json\n" +
        "  npm run seguimiento -- consolidar plan.xlsx --informe informe.docx\n" +
        "  npm run seguimiento -- consolidar plan.xlsx --ponderacion matriz --esperado pesos --pesos-anio 15,35,35,15\n" +
        '  npm run seguimiento -- consolidar plan.xlsx --bandas "Bajo:0,Aceptable:56,Sobresaliente:81"\n' +
        '  npm run seguimiento -- consolidar plan.xlsx --grafico "medida=pct_cuatrienio;por=programa;filtro=dependencia:Secretaría de Salud"\n' +
        "\nEjemplo de correcciones.json (la columna F no se usa; la G es el ejecutado de 2025):\n" +
        '  [{"hoja": "PDM 2024-2027", "columnas": {"F": {"campo": null}, "G": {"campo": "ejecutado", "anio": 2025}}}]\n' +
        "\nCódigos de salida: 0 éxito · 1 la entrada impidió consolidar (archivo ilegible, ninguna matriz) · 2 uso incorrecto " +
        "(opción inválida, vigencia o corte que la matriz no tiene, archivo --mapa inválido).",
    )
    .exitOverride()
    .action(function (
      this: Command,
      archivos: string[],
      o: Partial<ValoresTexto> & {
        salida?: string;
        sinSalida?: boolean;
        json?: string;
        mapa?: string;
        informe?: string;
        grafico?: EntradaGrafico[];
        plan?: ValoresTexto["modoPlan"];
      },
    ) {
      const { salida, sinSalida, json, mapa, informe, grafico, plan, ...valores } = o;
      // Each option was read alone; together they must still make valid settings (bands over a preset).
      // commander names --plan's value «plan»; the setting is modoPlan
      const r = componerAjustes(plan === undefined ? valores : { ...valores, modoPlan: plan });
      if (!r.ok) this.error(`error: ${mensajesAjuste(r.problemas)}`, { exitCode: 2, code: "seguimiento.ajustes" });
      alConsolidar({
        archivos,
        ajustes: r.valor,
        salida: sinSalida ? false : (salida ?? null),
        json: json ?? null,
        mapa: mapa ?? null,
        informe: informe ?? null,
        graficos: grafico ?? [],
      });
    });
  definirPlantillas(p, lector("vigencia"), alPlantillas);
  return p;
}

/** Parses argv (without node and script); throws ErrorSalidaAnticipada after printing help or a usage error. */
export function leerArgumentos(argv: readonly string[], io: SalidasTexto): OrdenConsolidar | OrdenPlantillas {
  let orden: OrdenConsolidar | OrdenPlantillas | null = null;
  const p = programa(
    io,
    (o) => (orden = o),
    (o) => (orden = o),
  );
  try {
    p.parse([...argv], { from: "user" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    // Help asked for (and --version) exit 0; help shown because of a mistake, or any error, is bad usage.
    throw new ErrorSalidaAnticipada(e.exitCode === 0 ? 0 : 2);
  }
  // commander calls the action or throws: reaching here without an order is a bug.
  if (orden === null) throw new Error("commander no ejecutó ninguna orden");
  return orden;
}
