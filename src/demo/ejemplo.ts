/** The bundled example, copied into dist/ by webpack (the product's embedded default). */
export const EJEMPLO = "ejemplos/matriz-seguimiento-ejemplo.xlsx";
