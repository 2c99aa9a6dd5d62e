// The global Web Crypto (Node 20 and browsers), so that renderer tests can use these generators too.
import { blankContactFields, type Contact } from '../../electron/shared/schemas/contact';
import type { Release } from '../../electron/shared/schemas/release';

/** A small seeded PRNG (mulberry32), so that generated data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const givenNames = [
  'Thorbjørn',
  'Dorothée',
  'Łukasz',
  'Jürgen',
  'Siobhán',
  'Søren',
  'Ana Lúcia',
  'Zoë',
  'Ægir',
  'Œdipe',
  'Đorđe',
  'Þóra',
  'François',
  'Małgorzata',
  'Björn',
  'Inès',
  'Chloé',
  'José',
  'Anna',
  'Mehmet',
  'Ewa',
  'Pål',
  'Ines',
  'Grégoire',
  'Jiří',
  'Leïla',
  'Ørjan',
  'Renée',
  'Zsófia',
  'Nuño',
];
const familyNames = [
  'Jagland',
  'Belz',
  'Wiśniewski',
  'Müller',
  'Ní Bhriain',
  'Ægidius',
  'Gonçalves',
  'Kowalski',
  'Łęcka',
  'Straße',
  'Håland',
  'Dubois',
  'Petrović',
  'Þórsdóttir',
  'O’Connor',
  'Lefèvre',
  'Nowak',
  'García',
  'Rossi',
  'Schäfer',
  'Novák',
  'Öztürk',
  'Fernández',
  'Martin',
  'Bernard',
  'Larsen',
  'Jensen',
  'Sørensen',
  'Virtanen',
  'Papadopoulos',
];
const outlets = [
  'Nordisk Dagblad',
  'La Gazette du Littoral',
  'Gazeta Bałtycka',
  'Hamburger Küstenblatt',
  'Atlantic Wire',
  'Diário da Costa',
  'Le Courrier européen',
  'Reuters',
  'Agence France-Presse',
  'Süddeutsche Rundschau',
  'El Diario del Norte',
  'Il Corriere del Porto',
  'BBC News',
  'Radio Brest',
  'Øresund Tidende',
];
const cities = [
  'Oslo',
  'Brest',
  'Brussels',
  'Hamburg',
  'Galway',
  'Porto',
  'Strasbourg',
  'Kraków',
  'Zürich',
  'Malmö',
  'Reykjavík',
  'Genève',
  'Bergen',
  'Gdańsk',
  'Lyon',
];
const roles = [
  'Europe correspondent',
  'Environment editor',
  'Journaliste',
  'Redakteur',
  'Freelance reporter',
  'News editor',
  'Chef de rubrique',
  'Correspondente',
  'Producer',
  'Political editor',
];
const beats = [
  'EU affairs',
  'environment',
  'energy',
  'maritime',
  'climate',
  'politics',
  'regions',
  'science',
  'shipping',
  'human rights',
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A French-style number such as "+33 3 88 41 25 60", varied by index. */
function phoneNumber(index: number, random: () => number): string {
  const pair = (value: number) => String(value % 100).padStart(2, '0');
  return `+33 3 88 ${pair(index)} ${pair(Math.floor(random() * 100))} ${pair(index % 97)}`;
}

/** `count` contacts with varied, accented names, outlets, cities and phone numbers. */
export function generateContacts(count: number, seed = 1): Contact[] {
  const random = seededRandom(seed);
  const now = new Date('2026-11-01T09:00:00Z').toISOString();
  return Array.from({ length: count }, (_, index) => {
    const givenName = pick(random, givenNames);
    const familyName = pick(random, familyNames);
    const local = `${givenName}.${familyName}`.toLowerCase().replace(/[^a-z]/g, '') || 'contact';
    return {
      ...blankContactFields(),
      id: crypto.randomUUID(),
      givenName,
      familyName,
      role: pick(random, roles),
      organisation: pick(random, outlets),
      beats: [pick(random, beats), pick(random, beats)],
      languages: ['en'],
      city: pick(random, cities),
      emails: [{ address: `${local}${index}@example.org`, label: 'work' }],
      phones: [{ number: phoneNumber(index, random), kind: 'tel' }],
      doNotContact: random() < 0.02,
      consent: { basis: 'legitimate-interest', date: null },
      source: 'generated',
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** A release of about `paragraphs` × 60 words. */
export function generateRelease(index: number, paragraphs = 6): Release {
  const random = seededRandom(index + 1);
  const words = [
    'coastal',
    'towns',
    'agreement',
    'storm',
    'warning',
    'council',
    'partnership',
    'Strasbourg',
    'Müller',
    'réseau',
    'côtière',
    'protection',
    'citizens',
    'minister',
    'said',
  ];
  const sentence = () => Array.from({ length: 12 }, () => pick(random, words)).join(' ');
  const at = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString();
  return {
    id: crypto.randomUUID(),
    reference: `ACT ${index + 1}(2026)`,
    language: index % 3 === 0 ? 'fr' : 'en',
    translationOf: null,
    releaseLine: { kind: 'immediate' },
    headline: `Release ${index + 1}: ${sentence()}`,
    subheadline: sentence(),
    dateline: { place: pick(random, cities), date: '2026-11-12' },
    body: {
      type: 'doc',
      content: Array.from({ length: paragraphs }, () => ({
        type: 'paragraph',
        content: [{ type: 'text', text: Array.from({ length: 5 }, sentence).join('. ') }],
      })),
    },
    moreInformation: [],
    notesToEditors: [sentence()],
    boilerplate: null,
    pressContactIds: [],
    pressContactText: '',
    status: 'draft',
    tags: [pick(random, beats)],
    archived: false,
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
    deletedAt: null,
  };
}
