import { z } from 'zod';

/** Identifiers are random UUIDs, made by core when a record is created. */
export const idSchema = z.uuid();

/** An instant, stored as an ISO 8601 string in UTC (what `Date.prototype.toISOString` writes). */
export const instantSchema = z.iso.datetime({ offset: true });

/** A calendar date without time zone, `YYYY-MM-DD`. */
export const calendarDateSchema = z.iso.date();

/** A wall-clock time, `HH:MM`. */
export const wallTimeSchema = z.iso.time({ precision: -1 });

/** Free text typed by a person: bounded so that a paste accident cannot bloat the store. */
export const shortTextSchema = z.string().max(500);
export const longTextSchema = z.string().max(20_000);
export const tagSchema = z.string().trim().min(1).max(60);

/** Email addresses may hold non-ASCII characters (`thorbjørn@example.no`). */
export const emailAddressSchema = z.email({ pattern: z.regexes.unicodeEmail }).max(320);
