import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

type Tree = { [key: string]: string | Tree };

function load(lang: string): Tree {
  return JSON.parse(readFileSync(new URL(`./${lang}.json`, import.meta.url), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const languages = ['az', 'ru', 'en'] as const;
const flat = Object.fromEntries(languages.map((lang) => [lang, flatten(load(lang))]));

test('az, ru and en have identical key sets', () => {
  const reference = [...flat.az!.keys()].sort();
  for (const lang of ['ru', 'en'] as const) {
    const keys = [...flat[lang]!.keys()].sort();
    const missing = reference.filter((k) => !flat[lang]!.has(k));
    const extra = keys.filter((k) => !flat.az!.has(k));
    assert.deepEqual({ lang, missing, extra }, { lang, missing: [], extra: [] });
  }
});

test('no translation is empty', () => {
  for (const lang of languages) {
    const empty = [...flat[lang]!].filter(([, v]) => v.trim() === '').map(([k]) => k);
    assert.deepEqual({ lang, empty }, { lang, empty: [] });
  }
});

test('placeholders match across languages', () => {
  const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');
  for (const [key, value] of flat.az!) {
    for (const lang of ['ru', 'en'] as const) {
      assert.equal(vars(flat[lang]!.get(key) ?? ''), vars(value), `${lang}: ${key}`);
    }
  }
});
