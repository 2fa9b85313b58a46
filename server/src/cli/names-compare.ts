/**
 * `npm run koordinator -- names compare "<name 1>" "<name 2>" [--json]`: how alike two person
 * names are, in any script and word order (the name engine of the victims' register). Prints
 * `{ "score": 0..1, "same": true|false }` with --json, a line otherwise. Exit 0; 2 with a message
 * on stderr when the arguments are not two names.
 */
import { parseArgs } from 'node:util';
import { compareNames, sameName } from '../../../common/src/names/compare.js';

const USAGE = `Usage: npm run koordinator -- names compare "<name 1>" "<name 2>" [--json]

  Compares two person names in any script (Latin Azerbaijani, Cyrillic, passport Latin) and
  word order, with or without patronymic; writes nothing.
  --json   print { "score": 0..1, "same": true|false }`;

function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch {
    return null;
  }
}

/** Runs the command; the result is the exit code. */
export function namesCompareCommand(args: string[]): number {
  const parsed = parse(args);
  const names = parsed?.positionals ?? [];
  if (parsed === null || names.length !== 2 || names.some((n) => n.trim() === '')) {
    console.error(USAGE);
    return 2;
  }
  const [first, second] = names as [string, string];
  const exact = compareNames(first, second);
  const score = Math.round(exact * 1000) / 1000;
  const same = sameName(exact);
  if (parsed.values.json) console.log(JSON.stringify({ score, same }));
  else console.log(`${score.toFixed(3)} ${same ? 'same name' : 'different names'}: ${first} / ${second}`);
  return 0;
}
