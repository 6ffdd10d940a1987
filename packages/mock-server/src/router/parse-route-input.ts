import type { DomainErrorCode, EndpointDefinition } from '@govkit/sdk';
import { domainErrorCodeFor } from '@govkit/sdk/schemas';
import type { z } from 'zod';
import { searchParamsToObject } from './query-object';
import { readRequestBody } from './read-request-body';
import {
  jsonDecodeDetail,
  type RequestLocation,
  toValidationDetail,
  type ValidationDetailItem,
} from './validation-detail';

/** The request's path params, query and body, each parsed by the endpoint's schema. */
export interface ParsedRouteInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** Parsed input, a validation failure (FastAPI detail), an oversized or a non-JSON body. */
export type RouteInputResult =
  | { ok: true; input: ParsedRouteInput }
  | {
      ok: false;
      reason: 'invalid';
      detail: ValidationDetailItem[];
      /**
       * The domain error the refusal is, when a schema message is one of the contract's exact
       * details (a missing override lineage is `lineage_required`, not just "Field required").
       */
      code: DomainErrorCode | undefined;
    }
  | { ok: false; reason: 'too_large'; limit: number }
  | { ok: false; reason: 'unsupported_media_type' };

/** `application/json` or a `+json` type, with any parameters (`; charset=utf-8`). */
export function isJsonContentType(value: string): boolean {
  const type = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Parse everything a route needs before its handler runs. Like FastAPI, all problems of path,
 * query and body are collected into one `detail` array rather than stopping at the first.
 * Nothing here touches the store, which is why a rejected request can never change state.
 */
export async function parseRouteInput(
  endpoint: EndpointDefinition,
  request: Request,
  url: URL,
  rawParams: Record<string, string>,
  maxBodyBytes: number,
): Promise<RouteInputResult> {
  const detail: ValidationDetailItem[] = [];
  const messages: string[] = [];

  const decoded: Record<string, string> = {};
  for (const [name, raw] of Object.entries(rawParams)) {
    try {
      decoded[name] = decodeURIComponent(raw);
    } catch {
      detail.push({ loc: ['path', name], msg: 'Invalid percent-encoding', type: 'value_error' });
    }
  }
  const params = parsePart(endpoint.pathParams, decoded, 'path', detail, messages);
  const query = parsePart(
    endpoint.query,
    searchParamsToObject(url.searchParams, endpoint.query),
    'query',
    detail,
    messages,
  );

  let body: unknown;
  // Every body is JSON. Refusing other types (form posts, text/plain) also means a browser can
  // only send a body here after a CORS preflight: those types are the ones that skip it.
  const contentType = request.headers.get('content-type');
  if (contentType !== null && !isJsonContentType(contentType)) {
    return { ok: false, reason: 'unsupported_media_type' };
  }
  const read = await readRequestBody(request, maxBodyBytes);
  if (!read.ok && read.reason === 'too_large') return read;
  if (read.ok && contentType === null && read.text.trim() !== '') {
    return { ok: false, reason: 'unsupported_media_type' };
  }
  if (endpoint.body) {
    if (!read.ok) {
      detail.push(jsonDecodeDetail(new Error('Body is not valid UTF-8')));
    } else {
      let json: unknown;
      let decodedJson = true;
      try {
        json = read.text.trim() === '' ? undefined : JSON.parse(read.text);
      } catch (error) {
        decodedJson = false;
        detail.push(jsonDecodeDetail(error));
      }
      if (decodedJson) {
        // Mirror the SDK client: an omitted body of an all-optional body schema means `{}`.
        if (json === undefined && !endpoint.body.safeParse(undefined).success) json = {};
        body = parsePart(endpoint.body, json, 'body', detail, messages);
      }
    }
  }

  if (detail.length > 0) {
    const code = domainErrorCodeFor(endpoint.invalidParamsStatus, messages);
    return { ok: false, reason: 'invalid', detail, code };
  }
  return { ok: true, input: { params, query, body } };
}

function parsePart(
  schema: z.ZodType | undefined,
  value: unknown,
  location: RequestLocation,
  detail: ValidationDetailItem[],
  messages: string[],
): unknown {
  if (!schema) return undefined;
  // `reportInput` tells a missing field (input undefined) from a wrong one in the detail.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  detail.push(...toValidationDetail(location, result.error.issues));
  // The schema's own messages, before the detail turns a missing field into "Field required".
  messages.push(...result.error.issues.map((issue) => issue.message));
  return undefined;
}
