import type { ReleaseRenderContext } from '../../../../../electron/core/release-render/render-release-html';
import { blankContactFields, type Contact } from '../../../../../electron/shared/schemas/contact';
import type { Release } from '../../../../../electron/shared/schemas/release';

const NOW = '2026-11-12T07:40:00.000Z';

/** A complete release in English; tests override what they look at. */
export function makeRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: '85b4b361-b231-4a06-9668-b2f10085f8a1',
    reference: 'ACT 042(2026)',
    language: 'en',
    translationOf: null,
    releaseLine: { kind: 'immediate' },
    headline: 'Coastal towns agree partnership on storm-surge warnings',
    subheadline: 'Forty harbour towns to share one alert network by 2029',
    dateline: { place: 'Bergen', date: '2026-11-12' },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The Alliance signed an agreement.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'A second paragraph.' }] },
      ],
    },
    moreInformation: [{ label: 'The project', url: 'https://www.example.org/projects/storm-surge' }],
    notesToEditors: ['The forum runs from 8 to 10 December.', 'Photographs are available on request.'],
    boilerplate: null,
    pressContactIds: [],
    pressContactText: '',
    status: 'approved',
    tags: [],
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
    publishedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

export function makeContact(id: string, overrides: Partial<Contact> = {}): Contact {
  return { ...blankContactFields(), id, createdAt: NOW, updatedAt: NOW, ...overrides };
}

export const camille = makeContact('103cc66e-e9f6-477f-b78d-8faf7038f818', {
  givenName: 'Camille',
  familyName: 'Roussel',
  role: 'Media Officer',
  organisation: 'Alliance for Coastal Towns',
  phones: [
    { number: '+33 6 08 46 01 57', kind: 'mobile' },
    { number: '+33 2 98 00 41 35', kind: 'tel' },
    { number: '+33 2 98 00 41 99', kind: 'fax' },
  ],
  emails: [{ address: 'camille.roussel@example.org', label: 'work' }],
});

export function makeContext(overrides: Partial<ReleaseRenderContext> = {}): ReleaseRenderContext {
  return {
    organisation: {
      name: 'Alliance for Coastal Towns',
      address: '12 quai de la Douane\n29200 Brest\nFrance',
      website: 'https://www.example.org/',
      email: 'press@example.org',
      phone: '+33 2 98 00 41 00',
    },
    pressContacts: [camille],
    boilerplate: 'The Alliance brings together 212 harbour towns.',
    pageSize: 'A4',
    logoDataUri: null,
    ...overrides,
  };
}
