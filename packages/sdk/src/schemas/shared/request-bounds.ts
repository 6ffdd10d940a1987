import { z } from 'zod';

/**
 * The maxima of what a client may send. Every request string and array has one, so no request
 * can make a server store megabytes: the client refuses longer values before sending, the
 * OpenAPI document states them, and the mock server answers 422.
 */
/** Ids, keys, roles and other identifiers. */
export const MAX_ID_LENGTH = 200;
/** Names and labels. */
export const MAX_NAME_LENGTH = 500;
/** Free text: notes, descriptions, reasons, bodies, signatures. */
export const MAX_TEXT_LENGTH = 10_000;
/** Opaque pagination cursors (a cursor encodes a timestamp and an id). */
export const MAX_CURSOR_LENGTH = 1_000;
/** Items of any request list (ids, stages, attachments, labels). */
export const MAX_LIST_ITEMS = 200;

/** A non-empty identifier in a request (path parameter, query filter or body reference). */
export const RequestIdSchema = z.string().min(1).max(MAX_ID_LENGTH);

/** An opaque cursor as a client sends it back. */
export const RequestCursorSchema = z.string().min(1).max(MAX_CURSOR_LENGTH);

/** A `true`/`false` query flag (also `1`/`0`, `yes`/`no`), or a boolean from code. */
export const RequestFlagSchema = z.union([z.boolean(), z.string().max(8).pipe(z.stringbool())]);
