/**
 * Exact bounds on the values of a circulation: a directed graph whose arcs carry integers, with
 * "what flows into a node flows out of it" at every node, and each arc's value within its own
 * bounds. A count table with its margins is such a graph (see `audit.ts`): the grand total flows
 * into the rows, each row total into the row's cells, each cell into its column, each column
 * total back into the grand total; a node's equation is "the total is the sum of its parts".
 *
 * The equations of a graph form a network matrix, which is totally unimodular. With integer
 * bounds the extreme values of any one arc over the real solutions are therefore integers, and
 * every integer between them is the value of that arc in some integer solution: the intervals
 * below are exactly what can be known about each arc, not an approximation.
 *
 * Method: one feasible solution by maximum flow (lower bounds moved into node excesses, a super
 * source and sink); then for arc a = (u → v) with value f, the largest value is f plus the most
 * that can flow from v back to u in the residual graph without a, and the smallest is f minus the
 * most that can flow from u to v (a cycle through a changes it; nothing else can). Dinic's
 * algorithm on integers; no floating point beyond exact integer arithmetic.
 */

export interface FlowArc {
  readonly from: number;
  readonly to: number;
  /** Lower bound (an integer, at least 0 in every use here). */
  readonly min: number;
  /** Upper bound: an integer or `Infinity`. A published value has `min === max`. */
  readonly max: number;
}

export interface ArcInterval {
  readonly min: number;
  /** `Infinity` when nothing bounds the arc from above. */
  readonly max: number;
}

class Residual {
  readonly head: Int32Array;
  readonly to: number[] = [];
  readonly next: number[] = [];
  readonly cap: number[] = [];

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  /** Adds u → v with capacity c and its reverse with 0; returns the index of the forward edge. */
  add(u: number, v: number, c: number): number {
    const e = this.to.length;
    this.to.push(v, u);
    this.cap.push(c, 0);
    this.next.push(this.head[u]!, this.head[v]!);
    this.head[u] = e;
    this.head[v] = e + 1;
    return e;
  }
}

/** Dinic's maximum flow from s to t, stopping once `limit` is reached; changes `cap`. */
function maxFlow(g: Residual, cap: number[], s: number, t: number, limit: number): number {
  if (s === t) return limit;
  const level = new Int32Array(g.nodes);
  const iter = new Int32Array(g.nodes);
  const queue = new Int32Array(g.nodes);
  let total = 0;

  const push = (v: number, amount: number): number => {
    if (v === t) return amount;
    for (; iter[v] !== -1; iter[v] = g.next[iter[v]!]!) {
      const e = iter[v]!;
      const w = g.to[e]!;
      if (cap[e]! > 0 && level[w] === level[v]! + 1) {
        const pushed = push(w, Math.min(amount, cap[e]!));
        if (pushed > 0) {
          cap[e]! -= pushed;
          cap[e ^ 1]! += pushed;
          return pushed;
        }
      }
    }
    return 0;
  };

  while (total < limit) {
    level.fill(-1);
    level[s] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = s;
    while (qh < qt) {
      const v = queue[qh++]!;
      for (let e = g.head[v]!; e !== -1; e = g.next[e]!) {
        const w = g.to[e]!;
        if (cap[e]! > 0 && level[w] === -1) {
          level[w] = level[v]! + 1;
          queue[qt++] = w;
        }
      }
    }
    if (level[t] === -1) break;
    iter.set(g.head);
    for (;;) {
      const pushed = push(s, limit - total);
      if (pushed === 0) break;
      total += pushed;
      if (total >= limit) break;
    }
  }
  return total;
}

function checkArc(arc: FlowArc, nodeCount: number, index: number): void {
  const nodeOk = (n: number) => Number.isInteger(n) && n >= 0 && n < nodeCount;
  if (!nodeOk(arc.from) || !nodeOk(arc.to)) throw new RangeError(`arc ${index}: node out of range`);
  if (!Number.isSafeInteger(arc.min) || !(Number.isSafeInteger(arc.max) || arc.max === Infinity) || arc.min > arc.max) {
    throw new RangeError(`arc ${index}: bounds must be integers with min <= max`);
  }
}

/** One integer solution within the bounds, or null when the equations have none. */
export function feasibleCirculation(nodeCount: number, arcs: readonly FlowArc[]): number[] | null {
  arcs.forEach((arc, i) => checkArc(arc, nodeCount, i));
  const source = nodeCount;
  const sink = nodeCount + 1;
  const g = new Residual(nodeCount + 2);
  const excess = new Array<number>(nodeCount).fill(0);
  for (const arc of arcs) {
    excess[arc.to]! += arc.min;
    excess[arc.from]! -= arc.min;
  }
  const demand = excess.reduce((sum, x) => (x > 0 ? sum + x : sum), 0);
  // A flow of value `demand` without cycles carries at most `demand` on any edge.
  const big = demand + 1;
  const edges = arcs.map((arc) => (arc.max > arc.min ? g.add(arc.from, arc.to, Math.min(arc.max - arc.min, big)) : -1));
  excess.forEach((x, v) => {
    if (x > 0) g.add(source, v, x);
    else if (x < 0) g.add(v, sink, -x);
  });
  const cap = g.cap.slice();
  if (maxFlow(g, cap, source, sink, demand) < demand) return null;
  return arcs.map((arc, i) => {
    const e = edges[i]!;
    return e === -1 ? arc.min : arc.min + cap[e + 1]!;
  });
}

/**
 * The exact interval of every arc in `targets` over all integer solutions. Returns null when
 * there is no solution at all (the published values contradict each other).
 */
export function arcIntervals(nodeCount: number, arcs: readonly FlowArc[], targets: readonly number[]): ArcInterval[] | null {
  const flow = feasibleCirculation(nodeCount, arcs);
  if (flow === null) return null;

  const g = new Residual(nodeCount);
  const edges: number[] = [];
  let finite = 0;
  arcs.forEach((arc, i) => {
    if (arc.max === arc.min) {
      edges.push(-1);
      return;
    }
    const f = flow[i]!;
    const e = g.add(arc.from, arc.to, arc.max - f);
    g.cap[e + 1] = f - arc.min;
    finite += g.cap[e + 1]! + (arc.max === Infinity ? 0 : arc.max - f);
    edges.push(e);
  });
  // Any finite maximum flow is below the sum of the finite capacities; reaching `big` means a
  // path of unbounded edges, that is an unbounded arc.
  const big = finite + 1;
  const base = g.cap.map((c) => (c === Infinity ? big : c));

  return targets.map((a) => {
    const arc = arcs[a];
    if (arc === undefined) throw new RangeError(`no arc ${a}`);
    const e = edges[a]!;
    const f = flow[a]!;
    if (e === -1) return { min: f, max: f };

    const without = (): number[] => {
      const cap = base.slice();
      cap[e] = 0;
      cap[e + 1] = 0;
      return cap;
    };
    const upRoom = arc.max - f;
    const up = upRoom === 0 ? 0 : maxFlow(g, without(), arc.to, arc.from, Math.min(upRoom, big));
    const max = upRoom === Infinity && up >= big ? Infinity : f + up;
    const downRoom = f - arc.min;
    const down = downRoom === 0 ? 0 : maxFlow(g, without(), arc.from, arc.to, downRoom);
    return { min: f - down, max };
  });
}
