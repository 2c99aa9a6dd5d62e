import { describe, expect, it } from 'vitest';
import { ContactSearchIndex } from '../../../../../electron/core/search/contact-search-index';
import type { Contact } from '../../../../../electron/shared/schemas/contact';
import { contact, withPhone } from './contact-fixture';

const page = { limit: 50 };

/** Builds an index over `contacts` and returns a function listing the family names a query finds. */
async function searchOver(contacts: readonly Contact[]) {
  const index = await ContactSearchIndex.build(contacts);
  const byId = new Map(contacts.map((entry) => [entry.id, entry]));
  const names = (query: string) => index.search(query, page).ids.map((id) => byId.get(id)!.familyName);
  return { index, names };
}

describe('ContactSearchIndex: folding and prefixes', () => {
  const people = [
    contact({ givenName: 'Thorbjørn', familyName: 'Jagland' }),
    contact({ givenName: 'Dorothée', familyName: 'Belz' }),
    contact({ givenName: 'Łukasz', familyName: 'Wiśniewski' }),
    contact({ givenName: 'Søren', familyName: 'Kierkegaard' }),
    contact({ givenName: 'Jürgen', familyName: 'Müller' }),
    contact({ givenName: 'Ingrid', familyName: 'Håland' }),
    contact({ givenName: 'Sinéad', familyName: 'O’Connor' }),
    contact({ givenName: 'Karl', familyName: 'Mueller' }),
  ];

  it.each([
    ['jagland', ['Jagland']],
    ['thor', ['Jagland']],
    ['THORBJORN', ['Jagland']],
    ['dorothee', ['Belz']],
    ['lukasz', ['Wiśniewski']],
    ['wisniewski', ['Wiśniewski']],
    ['soren', ['Kierkegaard']],
    ['soeren', ['Kierkegaard']],
    ['haaland', ['Håland']],
    ['connor', ['O’Connor']],
    ["o'connor", ['O’Connor']],
    ['oconnor', ['O’Connor']],
  ])('%s finds %s', async (query, expected) => {
    const { names } = await searchOver(people);
    expect(names(query)).toEqual(expected);
  });

  it('finds Müller as muller and mueller, and müller finds both spellings', async () => {
    const { names } = await searchOver(people);
    // Mueller is one letter away from muller: found, but as a typo.
    expect(names('muller')).toEqual(['Müller', 'Mueller']);
    expect(names('mueller')).toEqual(['Mueller', 'Müller']);
    expect(names('müller')).toEqual(['Mueller', 'Müller']);
  });

  it('matches one letter by prefix', async () => {
    const { names } = await searchOver(people);
    expect(names('w')).toEqual(['Wiśniewski']);
    expect(names('j').sort()).toEqual(['Jagland', 'Müller']);
  });

  it('returns nothing for a blank query: the caller lists the directory instead', async () => {
    const { index } = await searchOver(people);
    expect(index.search('', page)).toEqual({ total: 0, ids: [] });
    expect(index.search('  ,; ', page)).toEqual({ total: 0, ids: [] });
  });
});

describe('ContactSearchIndex: typos', () => {
  const people = [
    contact({ givenName: 'Thorbjørn', familyName: 'Jagland' }),
    contact({ givenName: 'Dorothée', familyName: 'Belz' }),
    contact({ givenName: 'Ewa', familyName: 'Kowalski' }),
    contact({ familyName: 'Smith', organisation: 'Reuters' }),
  ];

  it.each([
    ['jaglnd', 'Jagland'],
    ['dorthee', 'Belz'],
    ['kowalsky', 'Kowalski'],
    ['reuetrs', 'Smith'],
    ['thorbjrn', 'Jagland'],
  ])('%s finds %s', async (query, expected) => {
    const { names } = await searchOver(people);
    expect(names(query)).toEqual([expected]);
  });

  it('looks for no typo in words under 4 letters', async () => {
    const { names } = await searchOver([contact({ familyName: 'Ewa' })]);
    expect(names('eva')).toEqual([]);
    expect(names('ewaa')).toEqual(['Ewa']);
  });

  it('allows two edits from 10 letters only', async () => {
    const { names } = await searchOver([
      contact({ familyName: 'Papadopoulos' }),
      contact({ familyName: 'Jagland' }),
    ]);
    expect(names('papadopolus')).toEqual(['Papadopoulos']);
    expect(names('jgalnd')).toEqual([]);
  });

  it('looks for no typo in e-mail addresses or phone numbers', async () => {
    const { names } = await searchOver([
      contact({ familyName: 'A', emails: [{ address: 'desk@nrk.no', label: 'work' }] }),
      withPhone('+47 22 33 44 55', { familyName: 'B' }),
    ]);
    expect(names('dosk')).toEqual([]);
    expect(names('desk')).toEqual(['A']);
    expect(names('022334456')).toEqual([]);
  });
});

describe('ContactSearchIndex: ranking', () => {
  it('ranks a contact named Oslo above one whose city is Oslo', async () => {
    const { names } = await searchOver([
      contact({ givenName: 'Kari', familyName: 'Berg', city: 'Oslo' }),
      contact({ givenName: 'Per', familyName: 'Oslo', city: 'Bergen' }),
    ]);
    expect(names('oslo')).toEqual(['Oslo', 'Berg']);
  });

  it('ranks exact name, name prefix, outlet, role, e-mail, city, country, then typos', async () => {
    const people = [
      contact({ familyName: 'Typo', givenName: 'Nort' }),
      contact({ familyName: 'Country', country: 'Nordland' }),
      contact({ familyName: 'City', city: 'Nordhorn' }),
      contact({ familyName: 'Email', emails: [{ address: 'nord@example.org', label: 'work' }] }),
      contact({ familyName: 'Role', role: 'Nord desk' }),
      contact({ familyName: 'Outlet', organisation: 'Nord Éclair' }),
      contact({ familyName: 'Prefix', givenName: 'Nordahl' }),
      contact({ familyName: 'Exact', givenName: 'Nord' }),
    ];
    const { names } = await searchOver(people);
    expect(names('nord')).toEqual(['Exact', 'Prefix', 'Outlet', 'Role', 'Email', 'City', 'Country', 'Typo']);
  });

  it('ranks a phone match below an e-mail match and above a city match', async () => {
    const { names } = await searchOver([
      contact({ familyName: 'City', city: '2024 Town' }),
      withPhone('2024 55 66', { familyName: 'Phone' }),
      contact({ familyName: 'Email', emails: [{ address: '2024@example.org', label: 'work' }] }),
    ]);
    expect(names('2024')).toEqual(['Email', 'Phone', 'City']);
  });

  it('ranks exact above prefix above typo', async () => {
    const { names } = await searchOver([
      contact({ givenName: 'Ana', familyName: 'Typo' }),
      contact({ givenName: 'Annabel', familyName: 'Prefix' }),
      contact({ givenName: 'Anna', familyName: 'Exact' }),
    ]);
    expect(names('anna')).toEqual(['Exact', 'Prefix', 'Typo']);
  });

  it('ranks every contact that needed no typo above those that needed one, whatever the fields', async () => {
    const { names } = await searchOver([
      contact({ givenName: 'Ana', familyName: 'Typo', organisation: 'Oslo' }),
      contact({ givenName: 'Per', familyName: 'Weak', role: 'Annan', country: 'Oslo' }),
    ]);
    // The typo contact has the heavier fields (name, outlet) but one typo; the other has none.
    expect(names('anna oslo')).toEqual(['Weak', 'Typo']);
  });

  it('orders equals by family name, given name (accents and case aside), then id', async () => {
    const first = contact({ givenName: 'Émile', familyName: 'bernard', city: 'Brest' });
    const second = contact({ givenName: 'Émile', familyName: 'Bernard', city: 'Brest' });
    const people = [
      contact({ givenName: 'Zoë', familyName: 'Adam', city: 'Brest' }),
      second,
      contact({ givenName: 'Anne', familyName: 'Bernard', city: 'Brest' }),
      first,
      contact({ givenName: 'Aaron', familyName: 'Øvergaard', city: 'Brest' }),
      contact({ givenName: 'Abel', familyName: 'Ozanne', city: 'Brest' }),
    ];
    const { index } = await searchOver(people);
    const byId = new Map(people.map((entry) => [entry.id, `${entry.givenName} ${entry.familyName}`]));
    expect(index.search('brest', page).ids.map((id) => byId.get(id))).toEqual([
      'Zoë Adam',
      'Anne Bernard',
      'Émile bernard',
      'Émile Bernard',
      'Aaron Øvergaard',
      'Abel Ozanne',
    ]);
    expect(first.id < second.id).toBe(true);
  });

  it('gives the same results whatever order the contacts were indexed in', async () => {
    const people = ['Anna', 'Anne', 'Annie', 'Ana', 'Annabel'].flatMap((givenName) =>
      ['Oslo', 'Bergen'].map((city) => contact({ givenName, familyName: 'Larsen', city })),
    );
    const forwards = await ContactSearchIndex.build(people);
    const backwards = await ContactSearchIndex.build([...people].reverse());
    const built = await ContactSearchIndex.build([]);
    for (const entry of people) built.add(entry);
    for (const query of ['ann', 'anna', 'anna oslo', 'larsen', 'l']) {
      const expected = forwards.search(query, page);
      expect(expected.total).toBeGreaterThan(0);
      expect(backwards.search(query, page)).toEqual(expected);
      expect(built.search(query, page)).toEqual(expected);
    }
  });
});

describe('ContactSearchIndex: phones', () => {
  const number = '+33 (0)3 88 41 25 60';

  it.each([
    ['+33 3 88'],
    ['+33 3 88 41'],
    ['+33 (0)3 88 41'],
    ['33388412560'],
    ['0033 3 88 41'],
    ['03 88 41 25 60'],
    ['03.88.41'],
    ['03-88-41-25'],
    ['0388'],
    ['88 41 25'],
    ['41 25 60'],
  ])('%s finds %s', async (query) => {
    const { names } = await searchOver([
      withPhone(number, { familyName: 'Found' }),
      withPhone('+33 2 98 00 41 35'),
    ]);
    expect(names(query)).toEqual(['Found']);
  });

  it('finds a number stored without its (0) by a query that has one', async () => {
    const { names } = await searchOver([withPhone('+33 3 88 41 25 60', { familyName: 'Found' })]);
    expect(names('+33 (0)3 88 41')).toEqual(['Found']);
  });

  it('does not find other numbers', async () => {
    const { names } = await searchOver([withPhone(number, { familyName: 'Found' })]);
    expect(names('+33 3 89')).toEqual([]);
    expect(names('+44 3 88')).toEqual([]);
    expect(names('25 61')).toEqual([]);
  });

  it('searches every phone of a contact', async () => {
    const { names } = await searchOver([
      contact({
        familyName: 'Two',
        phones: [
          { number: '+47 22 33 44 55', kind: 'tel' },
          { number: '+47 912 34 567', kind: 'mobile' },
        ],
      }),
    ]);
    expect(names('912 34')).toEqual(['Two']);
    expect(names('22 33 44')).toEqual(['Two']);
  });

  it('matches digits in a mixed query against phones, with the words', async () => {
    const { names } = await searchOver([
      withPhone(number, { givenName: 'Anna', familyName: 'Right' }),
      withPhone('+33 2 98 00 41 35', { givenName: 'Anna', familyName: 'Wrong' }),
      withPhone(number, { givenName: 'Per', familyName: 'Other' }),
    ]);
    expect(names('anna 03 88')).toEqual(['Right']);
    expect(names('anna 0388')).toEqual(['Right']);
  });

  it('matches a lone number against words too ("20 minutes")', async () => {
    const { names } = await searchOver([
      contact({ familyName: 'Paper', organisation: '20 Minutes' }),
      contact({ familyName: 'Other', organisation: 'Minutes Hebdo' }),
    ]);
    expect(names('20 minutes')).toEqual(['Paper']);
  });
});

describe('ContactSearchIndex: several words', () => {
  const people = [
    contact({ givenName: 'Anna', familyName: 'Larsen', city: 'Oslo' }),
    contact({ givenName: 'Anna', familyName: 'Berg', city: 'Bergen' }),
    contact({ givenName: 'Per', familyName: 'Hansen', city: 'Oslo' }),
    contact({ givenName: 'Kari', familyName: 'Nilsen', organisation: 'Oslo Radio', role: 'Anna desk' }),
    contact({ givenName: 'Thorbjørn', familyName: 'Jagland', city: 'Strasbourg' }),
  ];

  it('needs every word to match some field of the same contact', async () => {
    const { names } = await searchOver(people);
    expect(names('anna oslo').sort()).toEqual(['Larsen', 'Nilsen']);
    expect(names('oslo anna').sort()).toEqual(['Larsen', 'Nilsen']);
  });

  it('lets several words match the same field', async () => {
    const { names } = await searchOver(people);
    expect(names('thorbjorn jagland')).toEqual(['Jagland']);
    expect(names('jag thor')).toEqual(['Jagland']);
    expect(names('thorbjorn hansen')).toEqual([]);
  });

  it('matches every word by prefix, the last one too', async () => {
    const { names } = await searchOver(people);
    expect(names('anna os').sort()).toEqual(['Larsen', 'Nilsen']);
    expect(names('an o').sort()).toEqual(['Larsen', 'Nilsen']);
  });
});

describe('ContactSearchIndex: pages and filters', () => {
  const people = Array.from({ length: 12 }, (_, index) =>
    contact({ givenName: 'Anna', familyName: `Larsen ${String(index).padStart(2, '0')}`, city: 'Oslo' }),
  );

  it('counts every match in total and returns one page of them', async () => {
    const { index } = await searchOver(people);
    const all = index.search('anna', { limit: 100 });
    expect(all.total).toBe(12);
    expect(index.search('anna', { limit: 5 })).toEqual({ total: 12, ids: all.ids.slice(0, 5) });
    expect(index.search('anna', { limit: 5, offset: 5 })).toEqual({ total: 12, ids: all.ids.slice(5, 10) });
    expect(index.search('anna', { limit: 5, offset: 10 })).toEqual({ total: 12, ids: all.ids.slice(10) });
    expect(index.search('anna', { limit: 5, offset: 20 })).toEqual({ total: 12, ids: [] });
  });

  it('keeps only what accept lets through, and counts only those', async () => {
    const { index } = await searchOver(people);
    const even = new Set(people.filter((_, position) => position % 2 === 0).map((entry) => entry.id));
    const result = index.search('anna', { limit: 4, accept: (id) => even.has(id) });
    expect(result.total).toBe(6);
    expect(result.ids).toHaveLength(4);
    expect(result.ids.every((id) => even.has(id))).toBe(true);
    const rest = index.search('anna', { limit: 4, offset: 4, accept: (id) => even.has(id) });
    expect(new Set([...result.ids, ...rest.ids])).toEqual(even);
  });

  it('asks accept only about contacts that match', async () => {
    const { index } = await searchOver([...people, contact({ givenName: 'Per', city: 'Bergen' })]);
    const asked: string[] = [];
    index.search('anna', { limit: 1, accept: (id) => asked.push(id) > 0 });
    expect(asked.sort()).toEqual(people.map((entry) => entry.id).sort());
  });
});

describe('ContactSearchIndex: changes', () => {
  it('finds an added contact', async () => {
    const { index } = await searchOver([contact({ familyName: 'Berg' })]);
    const added = contact({ givenName: 'Søren', familyName: 'Kierkegaard' });
    index.add(added);
    expect(index.search('soren', page).ids).toEqual([added.id]);
    expect(index.size).toBe(2);
  });

  it('finds an updated contact by its new values only', async () => {
    const original = contact({
      familyName: 'Berg',
      city: 'Oslo',
      phones: [{ number: '+47 22 33 44 55', kind: 'tel' }],
    });
    const { index } = await searchOver([original, contact({ familyName: 'Other', city: 'Oslo' })]);
    index.update({
      ...original,
      familyName: 'Bergström',
      city: 'Malmö',
      phones: [{ number: '+46 40 11 22 33', kind: 'tel' }],
    });
    expect(index.search('oslo', page).total).toBe(1);
    expect(index.search('22 33 44', page).ids).toEqual([]);
    expect(index.search('malmo', page).ids).toEqual([original.id]);
    expect(index.search('bergstrom', page).ids).toEqual([original.id]);
    expect(index.search('+46 40', page).ids).toEqual([original.id]);
    expect(index.size).toBe(2);
  });

  it('forgets the old values even when the caller changed the contact object in place', async () => {
    const edited = contact({ familyName: 'Berg', city: 'Oslo' });
    const { index } = await searchOver([edited]);
    edited.city = 'Bergen';
    index.update(edited);
    expect(index.search('oslo', page).ids).toEqual([]);
    expect(index.search('bergen', page).ids).toEqual([edited.id]);
  });

  it('treats adding a known id as an update', async () => {
    const original = contact({ familyName: 'Berg' });
    const { index } = await searchOver([original]);
    index.add({ ...original, familyName: 'Dahl' });
    expect(index.search('berg', page).ids).toEqual([]);
    expect(index.search('dahl', page).ids).toEqual([original.id]);
    expect(index.size).toBe(1);
  });

  it('no longer finds a removed contact', async () => {
    const removed = contact({ givenName: 'Anna', familyName: 'Berg' });
    const kept = contact({ givenName: 'Anna', familyName: 'Dahl' });
    const { index } = await searchOver([removed, kept]);
    expect(index.remove(removed.id)).toBe(true);
    expect(index.search('anna', page)).toEqual({ total: 1, ids: [kept.id] });
    expect(index.search('berg', page).ids).toEqual([]);
    expect(index.remove(removed.id)).toBe(false);
    expect(index.size).toBe(1);
  });

  it('keeps prefixes, typos and order right through many new words and removals', async () => {
    const { index } = await searchOver([contact({ familyName: 'Seed' })]);
    const added = Array.from({ length: 2_500 }, (_, n) =>
      contact({
        familyName: `Name${String(n).padStart(4, '0')}x`,
        city: 'Trondheim',
        emails: [{ address: `desk${n}@outlet${n}.org`, label: 'work' }],
      }),
    );
    for (const entry of added) index.add(entry);
    for (const entry of added.slice(0, 1_000)) index.remove(entry.id);
    expect(index.search('name', { limit: 3 })).toEqual({
      total: 1_500,
      ids: added.slice(1_000, 1_003).map((e) => e.id),
    });
    expect(index.search('outlet2499', page).ids).toEqual([added[2_499]!.id]);
    expect(index.search('outlet0999', page).ids).toEqual([]);
    expect(index.search('name2000', page).total).toBe(1);
    expect(index.search('trondhiem', page).total).toBe(1_500);
    expect(index.search('seed', page).total).toBe(1);
  });
});

describe('ContactSearchIndex.build', () => {
  const many = Array.from({ length: 3_000 }, (_, n) => contact({ familyName: `Larsen${n}`, city: 'Oslo' }));

  it('yields to the event loop while it builds', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 0);
    const index = await ContactSearchIndex.build(many, { yieldEveryMs: 0 });
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0);
    expect(index.search('oslo', page).total).toBe(3_000);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const building = ContactSearchIndex.build(many, { yieldEveryMs: 0, signal: controller.signal });
    controller.abort(new Error('contacts reloaded'));
    await expect(building).rejects.toThrow('contacts reloaded');
  });

  it('keeps the last of two contacts with the same id', async () => {
    const first = contact({ familyName: 'Berg' });
    const index = await ContactSearchIndex.build([first, { ...first, familyName: 'Dahl' }]);
    expect(index.size).toBe(1);
    expect(index.search('berg', page).total).toBe(0);
    expect(index.search('dahl', page).ids).toEqual([first.id]);
  });
});
