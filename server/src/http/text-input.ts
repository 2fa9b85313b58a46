import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';

/**
 * NUL, which PostgreSQL text cannot hold; UTF-16 surrogates without their pair, which are no
 * Unicode at all; and U+FFFE and U+FFFF, noncharacters that no XML document may hold, so that one
 * in a narrative would make the Word and Excel exports unreadable.
 */
const UNSTORABLE = /\u0000|[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where in a parsed body, query or path the first unstorable text is (a value or a key), or null. */
export function unstorableTextPath(data: unknown): string[] | null {
  // Iterative: a body may be nested far deeper than the call stack goes.
  const pending: [unknown, string[]][] = [[data, []]];
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return path;
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) return [...path, key];
        pending.push([item, [...path, key]]);
      }
    }
  }
  return null;
}

/**
 * The zod validator, after a check that no text holds what the database would refuse with an
 * error: such a request is a validation failure at its field, like any other bad value.
 */
export const validatorCompiler: FastifySchemaCompiler<Parameters<typeof zodValidatorCompiler>[0]['schema']> = (route) => {
  const validate = zodValidatorCompiler(route);
  return (data) => {
    const path = unstorableTextPath(data);
    if (path === null) return validate(data);
    return { error: [{ keyword: 'custom', instancePath: `/${path.join('/')}`, schemaPath: '#', message: 'text.unstorable', params: {} }] };
  };
};
