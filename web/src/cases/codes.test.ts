import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CODE_GROUPS } from './codes';

type Tree = { [key: string]: string | Tree };
const load = (lang: string) => JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8')) as Tree;

test('every code of a case has a label in az, ru and en', () => {
  for (const lang of ['az', 'ru', 'en']) {
    const labels = ((load(lang).cases as Tree).code as Tree) ?? {};
    const missing: string[] = [];
    for (const [group, codes] of Object.entries(CODE_GROUPS)) {
      for (const code of codes) {
        const label = (labels[group] as Tree | undefined)?.[code];
        if (typeof label !== 'string' || !label.trim()) missing.push(`${group}.${code}`);
      }
    }
    assert.deepEqual({ lang, missing }, { lang, missing: [] });
  }
});

test('labels within a group are distinct, so a picker never offers two identical choices', () => {
  for (const lang of ['az', 'ru', 'en']) {
    const labels = (load(lang).cases as Tree).code as Tree;
    for (const [group, codes] of Object.entries(CODE_GROUPS)) {
      const texts = codes.map((code) => (labels[group] as Tree)[code]);
      assert.equal(new Set(texts).size, texts.length, `${lang}: ${group}`);
    }
  }
});
