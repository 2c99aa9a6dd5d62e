import { blankContactFields, type Contact } from '../../../../../../electron/shared/schemas/contact';

/** One contact with every field filled, and the characters that writers must escape. */
export const sampleContact: Contact = {
  ...blankContactFields(),
  id: '0d9b8f6e-3c1a-4e2b-9a7d-5f4e3c2b1a09',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  givenName: 'Zoë',
  familyName: 'Ní Bhriain, Jr.',
  role: 'Editor; politics',
  organisation: 'Raidió Sampla; Nuacht',
  beats: ['politics', 'EU, trade'],
  languages: ['ga', 'en'],
  city: 'Lyon',
  country: 'France',
  emails: [
    { address: 'zoe@example.com', label: 'work' },
    { address: 'z@example.org', label: 'other' },
  ],
  phones: [
    { number: '+353 1 000 0000', kind: 'tel' },
    { number: '+353 87 000 0000', kind: 'mobile' },
    { number: '+353 1 000 0001', kind: 'fax' },
  ],
  address: {
    street: '1 Sráid na hEaglaise\nAonad 4',
    postalCode: 'D02 XY45',
    city: 'Baile Átha Cliath',
    region: '',
    country: 'Éire',
  },
  website: 'https://example.com/zoe',
  social: [{ network: 'mastodon', handle: '@zoe@social.example.org' }],
  tags: ['radio'],
  notes: `Back\\slash, comma; semicolon\nand a long tail: ${'é'.repeat(40)}`,
  pitchingPreferences: '=Email first.',
  doNotContact: true,
  consent: { basis: 'consent', date: '2024-02-01' },
  source: 'Trade fair',
  lastVerified: '2024-06-01',
};
