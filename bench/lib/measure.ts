/**
 * Timing on a shared, noisy machine: a measured piece of work and its reference run in turns
 * (ABAB…), so both see the same load, and the result is their ratio. Absolute times are kept
 * alongside for reading, never judged alone.
 */
import { performance } from 'node:perf_hooks';

export function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

export async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export interface Paired {
  /** Median milliseconds of the work and of its reference, and the ratio of the two medians. */
  ms: number;
  referenceMs: number;
  ratio: number;
  runs: number;
}

/** Runs work and reference alternately (after one warm-up each) `runs` times. */
export async function paired(runs: number, work: () => Promise<unknown> | unknown, reference: () => Promise<unknown> | unknown): Promise<Paired> {
  await work();
  await reference();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      a.push(await time(work));
      b.push(await time(reference));
    } else {
      b.push(await time(reference));
      a.push(await time(work));
    }
  }
  const ms = median(a);
  const referenceMs = median(b);
  return { ms, referenceMs, ratio: ms / Math.max(referenceMs, 1e-6), runs };
}

/** One line of the results: a figure, its reference, the ratio, and the target the ratio (or value) is held to. */
export interface Figure {
  /** benchmark/name, stable across runs: the key in results files. */
  id: string;
  label: string;
  database?: 'embedded' | 'server';
  value: number;
  unit: string;
  reference?: { label: string; value: number; unit: string };
  /** value ÷ reference (or reference ÷ value for throughput, so that more is better where said). */
  ratio?: number;
  ratioMeaning?: string;
  /** The result is judged on this (ratio when there is one, else value). */
  target?: { max?: number; min?: number; on: 'ratio' | 'value' };
  extra?: Record<string, unknown>;
}

export function meetsTarget(figure: Figure): boolean | null {
  if (!figure.target) return null;
  const judged = figure.target.on === 'ratio' ? figure.ratio : figure.value;
  if (judged === undefined || !Number.isFinite(judged)) return false;
  if (figure.target.max !== undefined && judged > figure.target.max) return false;
  if (figure.target.min !== undefined && judged < figure.target.min) return false;
  return true;
}

export function formatNumber(value: number, unit = ''): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const text = abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : abs >= 0.01 || abs === 0 ? value.toFixed(abs >= 1 ? 2 : 3) : value.toPrecision(2);
  return `${text}${unit ? ` ${unit}` : ''}`;
}
