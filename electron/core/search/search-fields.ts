import type { Contact } from '../../shared/schemas/contact';
import { phoneTokens, wordTokens } from './tokenise';

/**
 * How much a match in a field counts, best first (1–255: a term keeps the best weight it earns in
 * one byte). Every typo weight is below {@link LOWEST_EXACT_OR_PREFIX}, so ranking can tell a typo
 * match from an exact or prefix one by its weight alone.
 */
export interface FieldWeights {
  readonly exact: number;
  readonly prefix: number;
  /** Weight of a one-edit typo, or 0 where typos are not looked for; two edits weigh one less. */
  readonly typo: number;
}

/** One searched part of a contact: where its text comes from, how it is cut into tokens, what it weighs. */
export interface SearchField {
  readonly name: 'name' | 'organisation' | 'role' | 'email' | 'phone' | 'city' | 'country';
  /** The contact's text for this field; several values (e-mails, phones) are joined by new lines. */
  readonly text: (contact: Contact) => string;
  readonly tokens: (text: string) => string[];
  /** Whether many contacts hold the same text (outlets, roles, places), so a build tokenises each once. */
  readonly shared: boolean;
  /** Which side of a query term the field answers: its words, or its digits. */
  readonly matches: 'words' | 'digits';
  readonly weights: FieldWeights;
}

/** The smallest weight of an exact or prefix match; every typo weighs less. */
export const LOWEST_EXACT_OR_PREFIX = 20;

function phoneTokensOfLines(text: string): string[] {
  if (!text.includes('\n')) return phoneTokens(text);
  return [...new Set(text.split('\n').flatMap(phoneTokens))];
}

/**
 * The searched fields, in ranking order: the name first (exact, then prefix), then the outlet,
 * role, e-mail, phone, city and country. Beats, tags and lists are filters (`accept`), not text.
 */
export const searchFields: readonly SearchField[] = [
  {
    name: 'name',
    shared: false,
    text: (contact) => `${contact.givenName} ${contact.familyName}`,
    tokens: wordTokens,
    matches: 'words',
    weights: { exact: 100, prefix: 90, typo: 12 },
  },
  {
    name: 'organisation',
    shared: true,
    text: (contact) => contact.organisation,
    tokens: wordTokens,
    matches: 'words',
    weights: { exact: 80, prefix: 75, typo: 10 },
  },
  {
    name: 'role',
    shared: true,
    text: (contact) => contact.role,
    tokens: wordTokens,
    matches: 'words',
    weights: { exact: 70, prefix: 65, typo: 8 },
  },
  {
    name: 'email',
    shared: false,
    text: (contact) => contact.emails.map((email) => email.address).join('\n'),
    tokens: wordTokens,
    matches: 'words',
    // Addresses are typed, not spelled: "jagland2" is not a typo of "jagland1".
    weights: { exact: 60, prefix: 55, typo: 0 },
  },
  {
    name: 'phone',
    shared: false,
    text: (contact) => contact.phones.map((phone) => phone.number).join('\n'),
    tokens: phoneTokensOfLines,
    matches: 'digits',
    weights: { exact: 50, prefix: 45, typo: 0 },
  },
  {
    name: 'city',
    shared: true,
    text: (contact) => contact.city,
    tokens: wordTokens,
    matches: 'words',
    weights: { exact: 40, prefix: 35, typo: 6 },
  },
  {
    name: 'country',
    shared: true,
    text: (contact) => contact.country,
    tokens: wordTokens,
    matches: 'words',
    weights: { exact: 30, prefix: 25, typo: 4 },
  },
];
