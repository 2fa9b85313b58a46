import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../../common/src/roles.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable.js';
import { ERROR_CATALOGUE, messageFor, type ErrorCode } from './error-catalogue.js';
import { requestLocale } from './locale.js';
import { FIELD_MESSAGES, type FieldMessageKey } from './field-messages.js';

export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure with a catalogued code; everything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors: { path: string; key: FieldMessageKey; params?: Record<string, string | number> }[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

const zodLocales = { az: z.locales.az(), ru: z.locales.ru(), en: z.locales.en() };

function localiseFieldMessage(key: FieldMessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return FIELD_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function validationErrors(entries: ValidationEntry[], context: string | undefined, locale: Locale): FieldError[] {
  return entries.map((entry) => {
    const path = entry.instancePath.replace(/^\//, '').replaceAll('/', '.') || context || '';
    if (entry.keyword === 'custom' && entry.message && entry.message in FIELD_MESSAGES) {
      return { path, message: localiseFieldMessage(entry.message as FieldMessageKey, locale) };
    }
    const issue = { code: entry.keyword, path: path.split('.'), message: entry.message ?? '', ...entry.params, input: undefined };
    const text = zodLocales[locale].localeError(issue as never);
    return { path, message: typeof text === 'string' ? text : (text?.message ?? entry.message ?? '') };
  });
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  errors: FieldError[] = [],
  extra: Record<string, unknown> = {},
) {
  const locale = requestLocale(request);
  const { status } = ERROR_CATALOGUE[code];
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .header('content-language', locale)
    .send({
      type: `urn:koordinator:error:${code.toLowerCase()}`,
      title: messageFor(code, locale),
      status,
      code,
      detail: errors.length ? errors.map((e) => e.message).join('; ') : messageFor(code, locale),
      requestId: request.id,
      ...(errors.length ? { errors } : {}),
      ...extra,
    });
}

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_BAD_URL: 'MALFORMED_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'MALFORMED_REQUEST',
};

/**
 * PostgreSQL's data exceptions that only a value from the client causes: a number beyond its
 * column's integer (a revision of 2^31), a date beyond the calendar. The request is wrong, not the server.
 */
const CLIENT_DATA_EXCEPTIONS = new Set(['22003', '22008']);

/** Every failure leaves as problem+json with a stable code; stack traces stay in the log. */
export function installProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    if (error instanceof AppError) {
      const fields = error.fieldErrors.map((f) => ({ path: f.path, message: localiseFieldMessage(f.key, locale, f.params) }));
      return sendProblem(request, reply, error.code, fields, error.extra);
    }
    if (error.validation) {
      return sendProblem(request, reply, 'VALIDATION_FAILED', validationErrors(error.validation as ValidationEntry[], error.validationContext, locale));
    }
    if (error instanceof SyntaxError || (error.code && FRAMEWORK_CODES[error.code])) {
      return sendProblem(request, reply, (error.code && FRAMEWORK_CODES[error.code]) || 'MALFORMED_REQUEST');
    }
    if (error.statusCode === 429) return sendProblem(request, reply, 'RATE_LIMITED');
    if (typeof error.code === 'string' && CLIENT_DATA_EXCEPTIONS.has(error.code)) {
      request.log.warn({ err: { code: error.code, message: error.message } }, 'a value beyond what the database holds');
      return sendProblem(request, reply, 'VALIDATION_FAILED');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ err: { code: error.code, message: error.message } }, 'client error');
      return sendProblem(request, reply, 'MALFORMED_REQUEST');
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: { code: error.code, message: error.message } }, 'database unavailable');
      reply.header('retry-after', RETRY_AFTER_SECONDS);
      return sendProblem(request, reply, 'UNAVAILABLE');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'INTERNAL');
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 'ROUTE_NOT_FOUND'));
}
