import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { BrushComponent, GridComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { HistogramBucket } from "../../api/types";
import { formatCount, formatTimestamp } from "../../lib/format";

echarts.use([BarChart, BrushComponent, GridComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  buckets: HistogramBucket[];
  /** Called with the first and last bucket index a brush covered. */
  onBrush: (first: number, last: number) => void;
}

/** Flows per bucket as bars; dragging across them brushes a time range, a click takes one bucket. */
export function HistogramChart({ buckets, onBrush }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const brushed = useRef(onBrush);
  brushed.current = onBrush;

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("brushEnd", (event) => {
      const area = (event as { areas?: { coordRange?: number[] }[] }).areas?.[0];
      if (area?.coordRange) brushed.current(Math.round(area.coordRange[0]), Math.round(area.coordRange[1]));
    });
    instance.on("click", (event) => brushed.current(event.dataIndex, event.dataIndex));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(
      {
        animation: false,
        grid: { left: 48, right: 12, top: 8, bottom: 22 },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: unknown) => formatCount(Number(v)) },
        brush: { xAxisIndex: 0, brushType: "lineX", brushMode: "single", transformable: false, throttleType: "debounce", brushStyle: { color: "rgba(0,107,184,0.15)", borderColor: "#006bb8" } },
        xAxis: {
          type: "category",
          data: buckets.map((b) => formatTimestamp(b.start).replace(/\.0+$/, "").replace(/ 00:00:00$/, "")),
          axisLabel: { hideOverlap: true, color: "#555" },
          axisTick: { alignWithLabel: true },
        },
        yAxis: { type: "value", minInterval: 1, splitNumber: 3, axisLabel: { color: "#555" } },
        series: [{ type: "bar", name: "Flows", data: buckets.map((b) => b.count), itemStyle: { color: "#3a7ebf" }, barCategoryGap: "10%" }],
      },
      true,
    );
    instance.dispatchAction({ type: "takeGlobalCursor", key: "brush", brushOption: { brushType: "lineX", brushMode: "single" } });
  }, [buckets]);

  return <div ref={element} className="histogram-chart" aria-label="Flows over time: drag across the bars to narrow the time range" role="img" />;
}
