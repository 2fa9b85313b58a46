/**
 * The "executing bodies" cell of a measure: executors, parties involved "… cəlb etməklə", and
 * generic entries ("digər aidiyyəti dövlət orqanları"), each matched to the dictionary. The
 * splitting rules themselves live in common/src/org-names.ts, shared with the web client.
 */
import {
  matchOrganisation,
  normalizeOrgName,
  separateInvolvedParties,
  splitExecutorList,
  type MatchableOrganisation,
} from '../../../../common/src/org-names.js';
import type { ParsedExecutor, PlanDictionary } from './parsed-plan.js';
import { tidyLine } from './text-repair.js';

interface Identified {
  organisationId: string | null;
  genericKey?: string;
  score: number;
}

/** The dictionary prepared once per document for matching many names. */
export interface ExecutorMatcher {
  knownNames: readonly string[];
  identify(name: string): Identified | null;
}

const compactKey = (name: string): string => normalizeOrgName(name).replace(/ /g, '');

/**
 * matchOrganisation with an index in front, for speed on long documents: an exact (normalised)
 * name is looked up, and a name whose length is more than two letters away from every candidate,
 * or that is too short for any tolerance, cannot match (see allowedEdits) and is not compared.
 * The answers are those matchOrganisation gives.
 */
function indexedMatcher(orgs: readonly MatchableOrganisation[]): (name: string) => { id: string; score: number } | null {
  const exact = new Map<string, Set<string>>();
  const lengths = new Set<number>();
  for (const org of orgs) {
    for (const candidate of [org.nameAz, org.shortName, ...org.aliases]) {
      const key = compactKey(candidate);
      if (key === '') continue;
      exact.set(key, (exact.get(key) ?? new Set()).add(org.id));
      lengths.add(key.length);
    }
  }
  return (name) => {
    const key = compactKey(name);
    const ids = exact.get(key);
    if (ids !== undefined) return ids.size === 1 ? { id: [...ids][0] ?? '', score: 1 } : null;
    const reachable = key.length > 6 && [-2, -1, 0, 1, 2].some((d) => lengths.has(key.length + d));
    return reachable ? matchOrganisation(name, orgs) : null;
  };
}

/**
 * Names splitExecutorList needs to settle comma-containing names: those written with a comma
 * and the short ones (≤ 2 words) that could be taken for the start of such a name.
 */
const commaRelevant = (name: string): boolean => name.includes(',') || name.trim().split(/\s+/).length <= 2;

export function createExecutorMatcher(dictionary: PlanDictionary): ExecutorMatcher {
  const generic: MatchableOrganisation[] = dictionary.generic.map((g) => ({
    id: g.key,
    nameAz: g.nameAz,
    shortName: '',
    aliases: g.aliases,
  }));
  const matchOrganisationOf = indexedMatcher(dictionary.organisations);
  const matchGenericOf = indexedMatcher(generic);
  const knownNames = [...dictionary.organisations, ...generic]
    .flatMap((o) => [o.nameAz, o.shortName, ...o.aliases])
    .filter((n) => n !== '' && commaRelevant(n));
  const cache = new Map<string, Identified | null>();
  const lookUp = (name: string): Identified | null => {
    const mapped = dictionary.mappings[normalizeOrgName(name)];
    if (mapped !== undefined) return { organisationId: mapped, score: 1 };
    const organisation = matchOrganisationOf(name);
    const category = matchGenericOf(name);
    if (category !== null && (organisation === null || category.score > organisation.score)) {
      return { organisationId: null, genericKey: category.id, score: category.score };
    }
    return organisation === null ? null : { organisationId: organisation.id, score: organisation.score };
  };
  const identify = (name: string): Identified | null => {
    if (!cache.has(name)) cache.set(name, lookUp(name));
    return cache.get(name) ?? null;
  };
  return { knownNames, identify };
}

/** Bullets, dashes and trailing punctuation around a name; quotes that open a name stay. */
const cleanName = (name: string): string =>
  name
    .replace(/^[\s\-–—•·*]+/, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();

/**
 * Involved parties are accusative phrases joined by commas and "və" ("ali təhsil müəssisələrini
 * və ixtisaslaşmış qeyri-hökumət təşkilatlarını"). A phrase the dictionary knows as a whole is
 * kept whole, since names contain "və" too ("Gənclər və İdman Nazirliyini").
 */
function splitInvolved(text: string, matcher: ExecutorMatcher): string[] {
  return text
    .split(/[,;\n]/)
    .map(cleanName)
    .filter((s) => s !== '')
    .flatMap((phrase) => (matcher.identify(phrase) !== null ? [phrase] : phrase.split(/\s+və\s+/u).map(cleanName)))
    .filter((s) => s !== '');
}

function toExecutor(name: string, involved: boolean, matcher: ExecutorMatcher): ParsedExecutor {
  const found = matcher.identify(name);
  if (found === null) return { name, organisationId: null, role: involved ? 'involved' : 'executor' };
  const role = involved ? 'involved' : found.genericKey !== undefined ? 'generic' : 'executor';
  return {
    name,
    organisationId: found.organisationId,
    role,
    ...(found.genericKey !== undefined ? { genericKey: found.genericKey } : {}),
    matchScore: Math.round(found.score * 1000) / 1000,
  };
}

/**
 * Reads an executing-bodies cell. Line breaks in `cell` separate names (a cell with one body per
 * paragraph); pass soft-wrapped text already joined. Nothing is dropped: an unknown name is kept
 * with organisationId null. Involved parties that are categories keep role 'involved' and carry
 * the category in genericKey.
 */
export function readExecutors(cell: string, matcher: ExecutorMatcher): ParsedExecutor[] {
  const tidy = cell
    .split('\n')
    .map((line) => tidyLine(line).text)
    .join('\n');
  const { executors, involved } = separateInvolvedParties(tidy);
  const names = splitExecutorList(executors, { knownNames: matcher.knownNames }).map(cleanName).filter((n) => n !== '');
  const all = [
    ...names.map((n) => toExecutor(n, false, matcher)),
    ...splitInvolved(involved, matcher).map((n) => toExecutor(n, true, matcher)),
  ];
  const seen = new Set<string>();
  return all.filter((e) => {
    const key = `${e.role}|${e.organisationId ?? e.genericKey ?? normalizeOrgName(e.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An executor the dictionary knows neither as an organisation nor as a category. */
export const isUnrecognised = (e: ParsedExecutor): boolean => e.organisationId === null && e.genericKey === undefined;
