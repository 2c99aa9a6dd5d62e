import { describe, expect, it } from 'vitest';
import { checkRelease, MAX_HEADLINE_LENGTH } from '../../../../../electron/core/releases/release-checks';
import { blankContactFields, type Contact } from '../../../../../electron/shared/schemas/contact';
import type { Release } from '../../../../../electron/shared/schemas/release';
import { generateRelease } from '../../../../support/generate';

const now = new Date('2026-11-28T12:00:00Z');
const journalist: Contact = {
  ...blankContactFields(),
  id: '3f1d9c3e-8a34-4a8e-9a7c-1b2c3d4e5f60',
  givenName: 'Camille',
  familyName: 'Roussel',
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
};
const refusing: Contact = {
  ...journalist,
  id: '4f1d9c3e-8a34-4a8e-9a7c-1b2c3d4e5f61',
  givenName: 'Søren',
  familyName: 'Ægidius',
  doNotContact: true,
};
const contactOf = (id: string) => [journalist, refusing].find((contact) => contact.id === id);

/** A release with nothing to fix, to break one thing at a time. */
function ready(): Release {
  return {
    ...generateRelease(1),
    headline: 'Coastal towns sign storm-warning pact',
    dateline: { place: 'Bergen', date: '2026-11-12' },
    pressContactIds: [journalist.id],
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The towns agreed.' }] }],
    },
    notesToEditors: [],
  };
}
const codes = (release: Release) => checkRelease(release, { now, contactOf }).map((check) => check.code);

describe('checkRelease', () => {
  it('finds nothing to fix in a complete release', () => {
    expect(codes(ready())).toEqual([]);
  });

  it('asks for a press contact, from the directory or typed', () => {
    expect(codes({ ...ready(), pressContactIds: [] })).toEqual(['no-press-contact']);
    expect(
      codes({ ...ready(), pressContactIds: [], pressContactText: 'Press office, +33 2 98 00 41 00' }),
    ).toEqual([]);
  });

  it('names a press contact who asked not to be contacted', () => {
    const checks = checkRelease(
      { ...ready(), pressContactIds: [journalist.id, refusing.id] },
      { now, contactOf },
    );
    expect(checks).toEqual([
      { code: 'do-not-contact', field: 'pressContacts', values: { name: 'Søren Ægidius' } },
    ]);
  });

  it('asks for a dateline place and date', () => {
    expect(codes({ ...ready(), dateline: { place: '', date: '2026-11-12' } })).toEqual(['no-dateline']);
    expect(codes({ ...ready(), dateline: { place: 'Bergen', date: null } })).toEqual(['no-dateline']);
  });

  it('flags an embargo that has already lifted, in the embargo’s own time zone', () => {
    const embargo = (date: string, time: string, timeZone: string): Release => ({
      ...ready(),
      releaseLine: { kind: 'embargo', date, time, timeZone },
    });
    // 12:00 UTC is 07:00 in New York: an embargo at 08:00 there is still ahead.
    expect(codes(embargo('2026-11-28', '08:00', 'America/New_York'))).toEqual([]);
    expect(codes(embargo('2026-11-28', '12:30', 'Europe/Paris'))).toEqual(['embargo-past']);
    expect(codes(embargo('2026-11-29', '00:30', 'Europe/Paris'))).toEqual([]);
  });

  it('flags an embargo time that does not exist because the clocks go forward', () => {
    const checks = checkRelease(
      {
        ...ready(),
        releaseLine: { kind: 'embargo', date: '2027-03-28', time: '02:30', timeZone: 'Europe/Oslo' },
      },
      { now, contactOf },
    );
    expect(checks).toEqual([
      {
        code: 'embargo-time-does-not-exist',
        field: 'releaseLine',
        values: { time: '02:30', timeZone: 'Europe/Oslo' },
      },
    ]);
  });

  it('flags an immediate release whose text speaks of an embargo', () => {
    const body = {
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Under embargo until Friday.' }] }],
    };
    expect(codes({ ...ready(), body })).toEqual(['immediate-with-embargo-note']);
    expect(codes({ ...ready(), notesToEditors: ['Sperrfrist: 10 Uhr'] })).toEqual([
      'immediate-with-embargo-note',
    ]);
  });

  it('flags a headline over the limit with its length', () => {
    const checks = checkRelease(
      { ...ready(), headline: 'x'.repeat(MAX_HEADLINE_LENGTH + 1) },
      { now, contactOf },
    );
    expect(checks).toEqual([
      { code: 'headline-too-long', field: 'headline', values: { length: 121, max: 120 } },
    ]);
    expect(codes({ ...ready(), headline: 'x'.repeat(MAX_HEADLINE_LENGTH) })).toEqual([]);
  });

  it('flags every link that is not https or mailto', () => {
    const link = (href: string) => ({
      type: 'text',
      text: 'here',
      marks: [{ type: 'link', attrs: { href } }],
    });
    const body = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [
            link('http://example.org'),
            link('https://example.org'),
            link('mailto:a@example.org'),
            link('file:///etc/passwd'),
          ],
        },
      ],
    };
    expect(checkRelease({ ...ready(), body }, { now, contactOf }).map((check) => check.values.href)).toEqual([
      'http://example.org',
      'file:///etc/passwd',
    ]);
  });
});
