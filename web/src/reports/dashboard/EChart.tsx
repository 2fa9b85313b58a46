import { Skeleton, Text } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ChartInstance = ReturnType<typeof import('./echarts').init>;

let loading: Promise<typeof import('./echarts')> | undefined;
/** ECharts is fetched the first time a chart is shown, once. */
const loadECharts = () => (loading ??= import('./echarts'));

interface EChartProps {
  option: EChartsOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
}

/** One ECharts chart: initialised on a div, redrawn when the option changes, resized with its box, disposed on unmount. */
export function EChart({ option, label, height = 320 }: EChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let gone = false;
    let observer: ResizeObserver | undefined;
    loadECharts().then(
      (echarts) => {
        if (gone || !box.current) return;
        const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
        instance.setOption(latest.current);
        chart.current = instance;
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
        setState('ready');
      },
      () => {
        if (!gone) setState('failed');
      },
    );
    return () => {
      gone = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div style={{ position: 'relative', width: '100%', height }}>
      <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
      {state === 'loading' && <Skeleton pos="absolute" inset={0} aria-hidden />}
      {state === 'failed' && (
        <Text pos="absolute" top={0} size="sm" c="red.8" role="alert">
          {t('reports.dashboard.chartFailed')}
        </Text>
      )}
    </div>
  );
}
