/**
 * Values for a route's JSON Schema (as @fastify/swagger publishes it from the zod schemas), and
 * the same values mutated: the generator of the schema-driven fuzzing.
 */
import fc from 'fast-check';
import { BAD_DATES, EDGE_NUMBERS, FORMULAS, HOSTILE_STRINGS, MARKUP, PROTOTYPE_KEYS, SQL, UNICODE, UNSTORABLE } from './hostile-values.js';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Ids that exist, by the name of the property or parameter that carries them, so that valid values reach past "not found". */
export type IdPool = (name: string) => string[];

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** Text a person might type into a form: words of the country, and the hostile strings that are still valid text. */
const typedText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Mətn', 'Tədbir haqqında qeyd', 'Bakı şəhəri', 'Гянджа', 'Seminar keçirilib', 'Aysel Məmmədova', 'x') },
  { weight: 2, arbitrary: fc.constantFrom(...SQL, ...MARKUP, ...FORMULAS, ...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

const isoDate = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function fits(text: string, schema: JsonSchema): boolean {
  const length = [...text].length;
  return length >= (schema.minLength ?? 0) && length <= (schema.maxLength ?? Infinity) && text.trim().length >= Math.min(1, schema.minLength ?? 0);
}

function stringArbitrary(schema: JsonSchema, name: string, ids: IdPool): fc.Arbitrary<string> {
  if (schema.format === 'uuid') {
    const known = ids(name);
    return known.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
  }
  if (schema.format === 'email') return fc.stringMatching(/^[a-z]{1,12}(\.[a-z]{1,8})?$/).map((local) => `${local}@example.gov.az`);
  if (schema.format === 'uri') return fc.webUrl();
  // Real days mostly; the pattern's other strings (30 February, month 13, year 0) and the edges of the calendar now and then.
  if (schema.pattern === DATE) return fc.oneof({ weight: 4, arbitrary: isoDate }, { weight: 1, arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }, { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '2023-02-29', '0000-01-01', '1900-02-29') });
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => fits(s, { ...schema, minLength: 0 }));
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 200, 200);
  return fc.oneof(typedText, fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(max, 60)) })).filter((s) => fits(s, schema));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : schema.minimum;
  const high = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : schema.maximum;
  if (integer) {
    const min = Math.max(low ?? -1_000_000, Number.MIN_SAFE_INTEGER);
    const max = Math.min(high ?? 1_000_000, Number.MAX_SAFE_INTEGER);
    // Small values mostly, any value sometimes, and the edges: the schema's and the database's 32-bit integer.
    const edges = [min, max, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1].filter((n) => n >= min && n <= max).map(Math.trunc);
    return fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 1000)) }) },
      { weight: 2, arbitrary: fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) },
      { weight: 1, arbitrary: fc.constantFrom(...edges) },
    );
  }
  return fc.double({ min: low ?? -1e9, max: high ?? 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
}

/** Valid values of a schema (as far as JSON Schema can say what zod accepts). */
export function validValue(schema: JsonSchema, ids: IdPool, name = '', depth = 0): fc.Arbitrary<Json> {
  const base = baseValue(schema, ids, name, depth);
  return schema.nullable ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function baseValue(schema: JsonSchema, ids: IdPool, name: string, depth: number): fc.Arbitrary<Json> {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => validValue(s, ids, name, depth)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf) as JsonSchema, ids, name, depth);
  if (schema.enum?.length) return fc.constantFrom(...(schema.enum as Json[]));
  if (schema.const !== undefined) return fc.constant(schema.const as Json);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, name, ids);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const small = depth > 1 ? 2 : 4;
      const minLength = schema.minItems ?? 0;
      return fc.array(validValue(schema.items ?? {}, ids, name, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? small, small)) });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      if (!Object.keys(properties).length) {
        const values = typeof schema.additionalProperties === 'object' ? validValue(schema.additionalProperties, ids, name, depth + 1) : fc.constantFrom<Json>('x', 1, true);
        return fc.dictionary(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }), values, { maxKeys: 3 });
      }
      const model = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, validValue(s, ids, key, depth + 1)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) }) as fc.Arbitrary<Json>;
    }
    default:
      return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
  }
}

/** A value nested deeper than any parser or walker should recurse. */
const deeplyNested = (depth: number): Json => {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** An object whose own key is "__proto__" (as JSON.parse makes it), and friends. */
const pollution = (key: string): Json => JSON.parse(`{"${key}": {"polluted": true, "isAdmin": true}}`) as Json;

/** What a field gets instead of its value. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Json>(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom<Json>(...UNSTORABLE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom<Json>(...EDGE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<Json>(...BAD_DATES) },
  { weight: 3, arbitrary: fc.constantFrom<Json>(null, true, false, '', ' ', [], {}, [null], '1', '1e3', '-1', '0x10', 'true') },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 100_000).map((n) => 'A'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS).map(pollution) },
  { weight: 1, arbitrary: fc.constantFrom(50, 1_000).map(deeplyNested) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
);

type Path = (string | number)[];

function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

function clone(value: Json): Json {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as Json);
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (!path.length) return value === undefined ? null : value;
  const copy = clone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

export interface Mutation {
  value: Json;
  /** How the valid value was broken, for the report. */
  how: string;
}

/** A valid value broken in one place: a field replaced, removed or added, or the whole of it replaced. */
export function mutated(valid: fc.Arbitrary<Json>): fc.Arbitrary<Mutation> {
  return fc.tuple(valid, fc.nat(), hostileValue, fc.nat(5), fc.constantFrom('polluted', ...PROTOTYPE_KEYS, 'unknownField', '')).map(([value, pick, hostile, kind, extraKey]) => {
    const paths = pathsOf(value);
    const path = paths[pick % paths.length]!;
    const where = path.join('.') || '(root)';
    switch (kind) {
      case 0:
      case 1:
        return { value: setAt(value, path, hostile), how: `${where} := hostile` };
      case 2: {
        // Something of the field's own kind, just wrong: an impossible day for a day, an edge number for a number.
        const current = path.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, value);
        const near = typeof current === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(current) ? BAD_DATES[pick % BAD_DATES.length]! : typeof current === 'number' ? EDGE_NUMBERS[pick % EDGE_NUMBERS.length]! : hostile;
        return { value: setAt(value, path, near), how: `${where} := near miss` };
      }
      case 3:
        return path.length ? { value: setAt(value, path, undefined), how: `${where} removed` } : { value: hostile, how: 'root := hostile' };
      case 4: {
        const target = paths.filter((p) => { const node = p.reduce<Json>((n, k) => (n as Record<string, Json>)[k]!, value); return node !== null && typeof node === 'object' && !Array.isArray(node); });
        const parent = target[pick % Math.max(1, target.length)] ?? [];
        return { value: target.length ? setAt(value, [...parent, extraKey], hostile) : hostile, how: `${[...parent, extraKey].join('.')} added` };
      }
      default:
        return { value: hostile, how: 'root := hostile' };
    }
  });
}
