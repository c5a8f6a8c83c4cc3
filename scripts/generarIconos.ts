/**
 * Generates the add-in's PNG icons (assets/icon-N.png: bar chart; assets/consolidar-N.png: check mark)
 * from geometry, so the repository holds no opaque binary without its source.
 * Run: npx ts-node --transpile-only scripts/generarIconos.ts
 * test/manifest.test.ts regenerates them in memory and compares byte for byte with assets/.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export const TAMANOS = [16, 32, 64, 80, 128] as const;

type Punto = readonly [number, number];
/** Coverage test in unit coordinates (0..1 on both axes, y downwards). */
type Figura = (x: number, y: number) => boolean;

const VERDE: readonly [number, number, number] = [0x21, 0x73, 0x46]; // Excel green
const BLANCO: readonly [number, number, number] = [0xff, 0xff, 0xff];
const MUESTRAS = 4; // 4×4 supersampling per pixel for smooth edges

function cuadradoRedondeado(margen: number, radio: number): Figura {
  return (x, y) => {
    const min = margen + radio;
    const max = 1 - margen - radio;
    const dx = Math.max(min - x, 0, x - max);
    const dy = Math.max(min - y, 0, y - max);
    return x >= margen && x <= 1 - margen && y >= margen && y <= 1 - margen && dx * dx + dy * dy <= radio * radio;
  };
}

function barras(): Figura {
  const lista: ReadonlyArray<readonly [number, number, number]> = [
    [0.2, 0.35, 0.56],
    [0.425, 0.575, 0.4],
    [0.65, 0.8, 0.22],
  ];
  return (x, y) => y <= 0.8 && lista.some(([x0, x1, arriba]) => x >= x0 && x <= x1 && y >= arriba);
}

function distanciaASegmento(p: Punto, a: Punto, b: Punto): number {
  const [px, py] = p;
  const [ax, ay] = a;
  const [bx, by] = b;
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

function chulo(): Figura {
  const trazo: readonly Punto[] = [
    [0.25, 0.52],
    [0.43, 0.7],
    [0.77, 0.3],
  ];
  return (x, y) => {
    for (let i = 1; i < trazo.length; i++) {
      const a = trazo[i - 1];
      const b = trazo[i];
      if (a && b && distanciaASegmento([x, y], a, b) <= 0.075) return true;
    }
    return false;
  };
}

function cobertura(figura: Figura, px: number, py: number, lado: number): number {
  let dentro = 0;
  for (let sy = 0; sy < MUESTRAS; sy++) {
    for (let sx = 0; sx < MUESTRAS; sx++) {
      if (figura((px + (sx + 0.5) / MUESTRAS) / lado, (py + (sy + 0.5) / MUESTRAS) / lado)) dentro++;
    }
  }
  return dentro / (MUESTRAS * MUESTRAS);
}

function fragmento(tipo: string, datos: Buffer): Buffer {
  const largo = Buffer.alloc(4);
  largo.writeUInt32BE(datos.length);
  const cuerpo = Buffer.concat([Buffer.from(tipo, "ascii"), datos]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(cuerpo));
  return Buffer.concat([largo, cuerpo, crc]);
}

/** Encodes straight-alpha RGBA pixels as a PNG (8-bit, colour type 6, no filtering). */
export function codificarPng(lado: number, rgba: Uint8Array): Buffer {
  const cabecera = Buffer.alloc(13);
  cabecera.writeUInt32BE(lado, 0);
  cabecera.writeUInt32BE(lado, 4);
  cabecera.set([8, 6, 0, 0, 0], 8);
  const filas = Buffer.alloc(lado * (lado * 4 + 1));
  for (let y = 0; y < lado; y++) {
    filas.set(rgba.subarray(y * lado * 4, (y + 1) * lado * 4), y * (lado * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    fragmento("IHDR", cabecera),
    fragmento("IDAT", zlib.deflateSync(filas, { level: 9 })),
    fragmento("IEND", Buffer.alloc(0)),
  ]);
}

function dibujar(lado: number, glifo: Figura): Buffer {
  const fondo = cuadradoRedondeado(lado <= 16 ? 0 : 0.04, 0.2);
  const rgba = new Uint8Array(lado * lado * 4);
  for (let py = 0; py < lado; py++) {
    for (let px = 0; px < lado; px++) {
      const alfa = cobertura(fondo, px, py, lado);
      const blanco = cobertura((x, y) => fondo(x, y) && glifo(x, y), px, py, lado) / Math.max(alfa, 1e-9);
      const i = (py * lado + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round((VERDE[c] ?? 0) * (1 - blanco) + (BLANCO[c] ?? 0) * blanco);
      }
      rgba[i + 3] = Math.round(alfa * 255);
    }
  }
  return codificarPng(lado, rgba);
}

/** Every icon file name (as in assets/) with its PNG bytes. */
export function generarIconos(): Map<string, Buffer> {
  const iconos = new Map<string, Buffer>();
  for (const lado of TAMANOS) {
    iconos.set(`icon-${lado}.png`, dibujar(lado, barras()));
    iconos.set(`consolidar-${lado}.png`, dibujar(lado, chulo()));
  }
  return iconos;
}

if (require.main === module) {
  const destino = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(destino, { recursive: true });
  for (const [nombre, png] of generarIconos()) {
    fs.writeFileSync(path.join(destino, nombre), png);
    console.log(`assets/${nombre} (${png.length} bytes)`);
  }
}
