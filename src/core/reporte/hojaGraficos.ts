/**
 * "Gráficos" (issue 14): the charts on demand saved in the settings, one below the other, each with
 * its title, the request that reproduces it (`--grafico "…"`), and its small source table with the
 * native chart beside it, as the summary charts are drawn (graficoDeGrupos).
 */
import { textoSolicitudGrafico } from "../ajustes/graficos";
import type { Consolidacion } from "../calculo/tipos";
import { seriesGrafico } from "../graficos/seriesGrafico";
import { direccion } from "../grid/direccion";
import type { HojaPlan } from "./plan";
import { graficoDeGrupos } from "./graficosGrupos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { subtitulo } from "./_lib/subtitulo";

const GRIS = "#595959";
const ROJO_AVISO = "#9C0006";

/** Chart ids on this sheet: "grafico-1", "grafico-2"… in the order of the requests. */
export function idGrafico(i: number): string {
  return `grafico-${i + 1}`;
}

export function hojaGraficos(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("graficos", nombre);
  h.titulo(0, "Gráficos");
  subtitulo(h, 1, c);
  let fila = 3;
  c.parametros.graficos.forEach((s, i) => {
    const r = seriesGrafico(c, s);
    const texto = textoSolicitudGrafico(s);
    h.titulo(fila, r.ok ? r.grafico.titulo : `Gráfico ${i + 1}`, 13);
    h.bloque(fila + 1, 0, [[`Solicitud: ${texto}`]], { medirAncho: false });
    h.estilo({ rango: direccion(fila + 1, 0), colorFuente: GRIS });
    if (!r.ok) {
      h.bloque(fila + 2, 0, [[`No se dibujó: ${r.aviso}`]], { medirAncho: false });
      h.estilo({ rango: direccion(fila + 2, 0), colorFuente: ROJO_AVISO });
      fila += 5;
      return;
    }
    const g = r.grafico;
    let inicio = fila + 3;
    if (g.nota !== null) {
      h.bloque(fila + 2, 0, [[g.nota]], { medirAncho: false });
      h.estilo({ rango: direccion(fila + 2, 0), colorFuente: GRIS });
      inicio += 1;
    }
    fila = graficoDeGrupos(h, inicio, 0, {
      id: idGrafico(i),
      titulo: g.titulo,
      tituloCategorias: g.tituloCategorias,
      filas: g.filas,
      nombre: (f) => ({ codigo: f.codigo, nombre: f.nombre }),
      series: g.series,
      medida: g.medida,
      tipo: g.tipo,
      ...(g.orden ? { orden: g.orden } : {}),
    });
  });
  return h.construir();
}
