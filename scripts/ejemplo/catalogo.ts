/**
 * The fictional municipality's plan: ejes, programas, the dependency in charge of each programa
 * and templates of metas de producto written the way real PDM matrices word them.
 */
import type { TipoAcumulacion } from "../../src/core/matriz/tipos";

export const MUNICIPIO = "ALCALDÍA MUNICIPAL DE SAN ANTONIO DE LAS PALMAS";
export const PLAN = "PLAN DE DESARROLLO MUNICIPAL 2024-2027 «UNIDOS POR EL TERRITORIO»";
export const CUATRIENIO = [2024, 2025, 2026, 2027] as const;
/** The vigencia with the latest reported ejecutado; later years carry placeholder zeros. */
export const VIGENCIA = 2025;

export const SALUD = "Secretaría de Salud";
export const DEPENDENCIAS = [
  SALUD,
  "Secretaría de Educación",
  "Secretaría de Gobierno",
  "Secretaría de Infraestructura",
  "Secretaría de Hacienda",
  "Secretaría de Planeación",
  "Secretaría de Desarrollo Económico",
] as const;

export interface PlantillaMeta {
  /** `{n}` is replaced by the meta cuatrienio (SUMA) or the level (CONSTANTE). */
  readonly texto: string;
  readonly unidad: string;
  readonly tipo: TipoAcumulacion;
  /** SUMA/CONSTANTE: range of the meta; CRECIENTE/DECRECIENTE: [línea base, meta cuatrienio]. */
  readonly rango: readonly [number, number];
}

export interface ProgramaEjemplo {
  readonly codigo: string;
  readonly nombre: string;
  /** MGA-like prefix of its product codes ("2201" → "2201007"). */
  readonly prefijo: string;
  readonly dependencia: (typeof DEPENDENCIAS)[number];
  readonly plantillas: readonly PlantillaMeta[];
}

export interface EjeEjemplo {
  readonly codigo: string;
  readonly nombre: string;
  /** PONDERADOR EJE: weight within the plan, fractions summing to 1. */
  readonly peso: number;
  readonly programas: readonly ProgramaEjemplo[];
}

const p = (texto: string, unidad: string, tipo: TipoAcumulacion, a: number, b: number): PlantillaMeta => ({ texto, unidad, tipo, rango: [a, b] });

export const EJES: readonly EjeEjemplo[] = [
  {
    codigo: "1",
    nombre: "Eje 1. Bienestar social e inclusión",
    peso: 0.4,
    programas: [
      {
        codigo: "1.1",
        nombre: "Salud pública y aseguramiento",
        prefijo: "1905",
        dependencia: SALUD,
        plantillas: [
          p("Realizar {n} jornadas de vacunación extramural", "Número", "SUMA", 8, 40),
          p("Mantener la cobertura de vacunación con DPT en menores de un año", "Porcentaje", "CONSTANTE", 90, 98),
          p("Reducir la tasa de mortalidad infantil", "Tasa por 1.000 nacidos vivos", "DECRECIENTE", 14, 10),
          p("Aumentar la afiliación al régimen subsidiado", "Porcentaje", "CRECIENTE", 86, 95),
          p("Realizar {n} visitas de inspección sanitaria a establecimientos abiertos al público", "Número", "SUMA", 120, 600),
        ],
      },
      {
        codigo: "1.2",
        nombre: "Salud mental y convivencia social",
        prefijo: "1903",
        dependencia: SALUD,
        plantillas: [
          p("Implementar {n} estrategias comunitarias de salud mental", "Número", "SUMA", 4, 12),
          p("Reducir la tasa de intento de suicidio", "Tasa por 100.000 habitantes", "DECRECIENTE", 60, 45),
          p("Mantener {n} grupos de apoyo a familias", "Número", "CONSTANTE", 3, 10),
        ],
      },
      {
        codigo: "1.3",
        nombre: "Educación de calidad para todos",
        prefijo: "2201",
        dependencia: "Secretaría de Educación",
        plantillas: [
          p("Dotar {n} sedes educativas con mobiliario escolar", "Sedes", "SUMA", 6, 30),
          p("Mantener el Programa de Alimentación Escolar en {n} sedes", "Sedes", "CONSTANTE", 18, 42),
          p("Aumentar la cobertura neta en educación media", "Porcentaje", "CRECIENTE", 48, 60),
          p("Reducir la tasa de deserción escolar", "Porcentaje", "DECRECIENTE", 5, 3),
          p("Beneficiar {n} estudiantes con transporte escolar", "Estudiantes", "CONSTANTE", 300, 1200),
          p("Otorgar {n} becas para educación superior", "Becas", "SUMA", 20, 120),
        ],
      },
      {
        codigo: "1.4",
        nombre: "Cultura y deporte para la vida",
        prefijo: "3301",
        dependencia: "Secretaría de Educación",
        plantillas: [
          p("Realizar {n} eventos culturales y artísticos", "Eventos", "SUMA", 12, 48),
          p("Mantener {n} escuelas de formación deportiva", "Escuelas", "CONSTANTE", 6, 14),
          p("Adecuar {n} escenarios deportivos", "Escenarios", "SUMA", 2, 10),
        ],
      },
    ],
  },
  {
    codigo: "2",
    nombre: "Eje 2. Desarrollo económico y rural",
    peso: 0.2,
    programas: [
      {
        codigo: "2.1",
        nombre: "Productividad agropecuaria",
        prefijo: "1702",
        dependencia: "Secretaría de Desarrollo Económico",
        plantillas: [
          p("Brindar asistencia técnica agropecuaria a {n} productores", "Productores", "SUMA", 200, 900),
          p("Entregar {n} kits de insumos agrícolas", "Kits", "SUMA", 100, 500),
          p("Aumentar las hectáreas con cultivos tecnificados", "Hectáreas", "CRECIENTE", 320, 450),
        ],
      },
      {
        codigo: "2.2",
        nombre: "Empleo, emprendimiento y turismo",
        prefijo: "3502",
        dependencia: "Secretaría de Desarrollo Económico",
        plantillas: [
          p("Apoyar {n} unidades productivas con capital semilla", "Emprendimientos", "SUMA", 20, 80),
          p("Realizar {n} ferias de empleo y emprendimiento", "Ferias", "SUMA", 4, 12),
          p("Reducir la tasa de desempleo juvenil", "Porcentaje", "DECRECIENTE", 18, 14),
        ],
      },
    ],
  },
  {
    codigo: "3",
    nombre: "Eje 3. Territorio e infraestructura",
    peso: 0.25,
    programas: [
      {
        codigo: "3.1",
        nombre: "Vías y movilidad",
        prefijo: "2402",
        dependencia: "Secretaría de Infraestructura",
        plantillas: [
          p("Construir {n} metros lineales de placa huella en vías terciarias", "Metros lineales", "SUMA", 2000, 8000),
          p("Mantener {n} kilómetros de vías terciarias", "Kilómetros", "CONSTANTE", 40, 120),
          p("Construir {n} obras de drenaje", "Obras", "SUMA", 10, 40),
        ],
      },
      {
        codigo: "3.2",
        nombre: "Agua potable y saneamiento básico",
        prefijo: "4003",
        dependencia: "Secretaría de Infraestructura",
        plantillas: [
          p("Aumentar la cobertura de acueducto rural", "Porcentaje", "CRECIENTE", 62, 75),
          p("Construir {n} unidades sanitarias rurales", "Unidades", "SUMA", 30, 120),
          p("Mantener la continuidad del servicio de acueducto urbano", "Horas al día", "CONSTANTE", 20, 24),
        ],
      },
      {
        codigo: "3.3",
        nombre: "Ordenamiento territorial",
        prefijo: "4002",
        dependencia: "Secretaría de Planeación",
        plantillas: [
          p("Actualizar {n} instrumentos de ordenamiento territorial", "Documentos", "SUMA", 1, 4),
          p("Legalizar {n} predios urbanos", "Predios", "SUMA", 50, 300),
          p("Reducir los asentamientos en zona de riesgo", "Viviendas", "DECRECIENTE", 140, 90),
        ],
      },
    ],
  },
  {
    codigo: "4",
    nombre: "Eje 4. Buen gobierno y convivencia",
    peso: 0.15,
    programas: [
      {
        codigo: "4.1",
        nombre: "Seguridad y convivencia ciudadana",
        prefijo: "4501",
        dependencia: "Secretaría de Gobierno",
        plantillas: [
          p("Instalar {n} cámaras de videovigilancia", "Cámaras", "SUMA", 10, 60),
          p("Realizar {n} consejos de seguridad", "Consejos", "SUMA", 12, 48),
          p("Reducir la tasa de hurto a personas", "Tasa por 100.000 habitantes", "DECRECIENTE", 320, 250),
        ],
      },
      {
        codigo: "4.2",
        nombre: "Participación ciudadana",
        prefijo: "4502",
        dependencia: "Secretaría de Gobierno",
        plantillas: [
          p("Fortalecer {n} juntas de acción comunal", "Juntas", "SUMA", 20, 60),
          p("Mantener {n} espacios de rendición de cuentas al año", "Espacios", "CONSTANTE", 2, 4),
        ],
      },
      {
        codigo: "4.3",
        nombre: "Finanzas públicas sanas",
        prefijo: "4599",
        dependencia: "Secretaría de Hacienda",
        plantillas: [
          p("Aumentar el recaudo de impuesto predial", "Porcentaje", "CRECIENTE", 64, 80),
          p("Realizar {n} campañas de cultura tributaria", "Campañas", "SUMA", 4, 16),
          p("Mantener el indicador de desempeño fiscal", "Puntos", "CONSTANTE", 70, 80),
        ],
      },
      {
        codigo: "4.4",
        nombre: "Gestión pública eficiente",
        prefijo: "4598",
        dependencia: "Secretaría de Planeación",
        plantillas: [
          p("Realizar {n} informes de seguimiento al plan de desarrollo", "Informes", "SUMA", 8, 16),
          p("Mantener actualizado el banco de programas y proyectos", "Porcentaje", "CONSTANTE", 100, 100),
          p("Implementar {n} políticas del MIPG", "Políticas", "SUMA", 4, 17),
        ],
      },
    ],
  },
];

export const TIPO_TEXTOS: Readonly<Record<TipoAcumulacion, readonly string[]>> = {
  SUMA: ["Incremento", "Incremento", "Incremento", "SUMA"],
  CONSTANTE: ["Mantenimiento", "Mantenimiento", "CONSTANTE"],
  CRECIENTE: ["Creciente"],
  DECRECIENTE: ["Decreciente", "DECRECIENTE"],
};

export const OBSERVACIONES = [
  "Se ejecutó en convenio con la Gobernación.",
  "Contrato en ejecución; se reporta avance parcial.",
  "Evidencias en carpeta compartida de la dependencia.",
  "Actividad reprogramada para el segundo semestre.",
  "Cumplida con recursos del Sistema General de Participaciones.",
];
