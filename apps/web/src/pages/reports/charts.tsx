import { Column } from '@ant-design/plots';

/** One bar segment: a category on the x axis, the series it belongs to (stacked), and its count. */
export type ChartDatum = { label: string; series: string; value: number };

type Props = { data: ChartDatum[]; title: string; height?: number };

/**
 * The one chart the reports draw: stacked columns. Its own module, loaded with React.lazy, so the chart library
 * (G2, a few hundred kB) reaches the browser only when a chart is on screen. The canvas is an image named by the
 * chart's title; the figures themselves are in the table beside it (ChartFigure).
 */
export function StackedColumns({ data, title, height = 260 }: Props) {
  return (
    <Column
      data={data}
      xField="label"
      yField="value"
      colorField="series"
      stack
      height={height}
      // Still while axe and screen magnifiers look at it; the table holds the same numbers.
      animate={false}
      axis={{ y: { title: false, labelFormatter: (v: number) => (Number.isInteger(v) ? String(v) : '') } }}
      containerAttributes={{ role: 'img', 'aria-label': title }}
    />
  );
}
