/**
 * Duplicate detection for the unified victims' database, on synthetic persons
 * (common/src/names): the precision and recall of `scorePersons` on 20 000 labelled pairs, and the
 * time to block and score 20 000 and 200 000 registrations as a look-up would — each record, in
 * turn, against the earlier records that share one of its blocking keys. The ratio of the two
 * times shows how the cost grows with the register.
 */
import { performance } from 'node:perf_hooks';
import { birthKnowledge, blockingKeys, keyNeeded, type BirthKnowledge } from '../common/src/names/name-key.js';
import { mayBeSame, preparePerson, scorePersons, scorePrepared } from '../common/src/names/person-match.js';
import { measureQuality } from '../common/src/names/quality.js';
import { labelledPairs, syntheticPersons, type SyntheticPerson } from '../common/src/names/synthetic.js';

const KINDS: readonly BirthKnowledge['kind'][] = ['year', 'age', 'none'];

interface Run {
  ms: number;
  /** Distinct pairs sharing a key that the key calls to compare. */
  candidates: number;
  /** Of those, pairs `mayBeSame` let through to the full score. */
  scored: number;
  /** Pairs scored as the same person, and how many of them are. */
  same: number;
  sameTrue: number;
  /** Pairs of records of one person in the register. */
  truePairs: number;
}

/** Blocks and scores the persons in order, each against the earlier ones: the look-up's work. */
function blockAndScore(persons: SyntheticPerson[]): Run {
  const started = performance.now();
  const prepared = persons.map(preparePerson);
  // Per key, the earlier records by what they know of the birth (see keyNeeded).
  const index = new Map<string, number[][]>();
  const seen = new Int32Array(persons.length).fill(-1);
  const run: Run = { ms: 0, candidates: 0, scored: 0, same: 0, sameTrue: 0, truePairs: 0 };
  persons.forEach((person, i) => {
    const kind = KINDS.indexOf(birthKnowledge(person).kind);
    for (const key of blockingKeys(person)) {
      let members = index.get(key);
      if (members === undefined) index.set(key, (members = [[], [], []]));
      for (let other = 0; other < KINDS.length; other += 1) {
        if (!keyNeeded(key, KINDS[kind]!, KINDS[other]!)) continue;
        for (const j of members[other]!) {
          if (seen[j] === i) continue;
          seen[j] = i;
          run.candidates += 1;
          if (!mayBeSame(prepared[i]!, prepared[j]!)) continue;
          run.scored += 1;
          if (!scorePrepared(prepared[i]!, prepared[j]!).same) continue;
          run.same += 1;
          if (person.identity === persons[j]!.identity) run.sameTrue += 1;
        }
      }
      members[kind]!.push(i);
    }
  });
  run.ms = performance.now() - started;
  const records = new Map<number, number>();
  for (const p of persons) records.set(p.identity, (records.get(p.identity) ?? 0) + 1);
  for (const n of records.values()) run.truePairs += (n * (n - 1)) / 2;
  return run;
}

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * Runs the measurements, prints them, and returns the 200 000-person run for the runner with the
 * other figures (smaller sizes for a smoke run).
 */
export async function duplicatesBenchmark(sizes: { pairs?: number; counts?: readonly [number, number] } = {}) {
  const pairs = labelledPairs({ seed: 2027, persons: sizes.pairs ?? 20_000, duplicateShare: 0.4 });
  const quality = measureQuality(pairs, scorePersons);
  const duplicates = pairs.filter((p) => p.same);
  const blocked = duplicates.filter((p) => {
    const keys = new Set(blockingKeys(p.a));
    return blockingKeys(p.b).some((k) => keys.has(k));
  });
  const foundEndToEnd = blocked.filter((p) => scorePersons(p.a, p.b).same).length;
  console.log(
    `     labelled pairs: ${pairs.length.toLocaleString('en')} (${duplicates.length.toLocaleString('en')} duplicates): precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)}; ` +
      `blocking keys shared by ${percent(blocked.length / duplicates.length)} of duplicates; blocked and scored same ${percent(foundEndToEnd / duplicates.length)}`,
  );

  const runs: Run[] = [];
  const counts = sizes.counts ?? [20_000, 200_000];
  for (const count of counts) {
    const persons = syntheticPersons({ seed: 2028, count });
    if (count === counts[0]) blockAndScore(persons); // warm-up: JIT and caches, as the other benchmarks do
    const run = blockAndScore(persons);
    runs.push(run);
    console.log(
      `     ${count.toLocaleString('en')} persons: ${(run.ms / 1000).toFixed(1)} s; ${run.candidates.toLocaleString('en')} candidate pairs, ${run.scored.toLocaleString('en')} scored, ` +
        `${run.same.toLocaleString('en')} called the same person, of which ${percent(run.sameTrue / Math.max(1, run.same))} are; ${percent(run.sameTrue / Math.max(1, run.truePairs))} of the ${run.truePairs.toLocaleString('en')} true pairs found`,
    );
  }
  const [small, large] = runs as [Run, Run];
  console.log(`     ten times the persons: ${(large.ms / small.ms).toFixed(0)} times the time, ${(large.candidates / small.candidates).toFixed(0)} times the candidate pairs`);
  return {
    name: `duplicates: block and score ${counts[1].toLocaleString('en').replace(',', ' ')} synthetic persons (one run)`, runs: 1, medianMs: large.ms, p95Ms: large.ms, targetMs: 300_000,
    quality: { pairs: pairs.length, precision: quality.precision, recall: quality.recall, blockedShare: blocked.length / duplicates.length, foundEndToEnd: foundEndToEnd / duplicates.length },
    sizes: runs.map((run, i) => ({ persons: counts[i]!, ms: run.ms, candidates: run.candidates, scored: run.scored, same: run.same, sameTrue: run.sameTrue, truePairs: run.truePairs })),
  };
}
