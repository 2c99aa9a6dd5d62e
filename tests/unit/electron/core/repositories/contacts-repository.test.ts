import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import type { NewContactInput } from '../../../../../electron/shared/schemas/contact';
import { contactQuerySchema, type ContactQuery } from '../../../../../electron/shared/schemas/contact-query';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { openTestStore } from '../../../../support/open-test-store';

let dataDir: string;
let store: NewsroomStore;

beforeEach(async () => {
  dataDir = await makeTempDir();
  store = await openTestStore(dataDir);
  await store.contactIndexReady;
});
afterEach(async () => {
  await store.close();
  await removeTempDir(dataDir);
});

const add = (input: NewContactInput) => store.contacts.create(input);
const names = (query: ContactQuery) =>
  store.contacts
    .query(contactQuerySchema.parse(query), 'fr')
    .items.map((contact) => contact.familyName || contact.organisation);

async function seed() {
  const jagland = await add({
    givenName: 'Thorbjørn',
    familyName: 'Jagland',
    organisation: 'Nordisk Dagblad',
    city: 'Oslo',
    country: 'Norway',
    beats: ['politics'],
    emails: [{ address: 'tj@example.no', label: 'work' }],
    phones: [{ number: '+33 (0)3 88 41 25 60', kind: 'tel' }],
  });
  const belz = await add({
    givenName: 'Dorothée',
    familyName: 'Belz',
    organisation: 'Le Courrier',
    city: 'Strasbourg',
    country: 'France',
    beats: ['law'],
  });
  const muller = await add({
    givenName: 'Jürgen',
    familyName: 'Müller',
    organisation: 'Hamburger Blatt',
    city: 'Hamburg',
    country: 'Germany',
    beats: ['politics'],
  });
  const desk = await add({ organisation: 'Agence Ørsted', city: 'Copenhagen', country: 'Denmark' });
  return { jagland, belz, muller, desk };
}

describe('the directory query', () => {
  it('finds by accent-free text, typo and phone fragment, through the index kept up to date', async () => {
    await seed();
    expect(names({ text: 'jagland', limit: 10 })).toEqual(['Jagland']);
    expect(names({ text: 'dorothee', limit: 10 })).toEqual(['Belz']);
    expect(names({ text: 'mueller', limit: 10 })).toEqual(['Müller']);
    expect(names({ text: 'jaglnd', limit: 10 })).toEqual(['Jagland']);
    expect(names({ text: '+33 3 88 41', limit: 10 })).toEqual(['Jagland']);
    expect(names({ text: 'orsted', limit: 10 })).toEqual(['Agence Ørsted']);
  });

  it('lists everyone in name order with locale collation, and sorts by any column both ways', async () => {
    await seed();
    expect(names({ limit: 10 })).toEqual(['Agence Ørsted', 'Belz', 'Jagland', 'Müller']);
    expect(names({ limit: 10, sort: { column: 'city', direction: 'asc' } })).toEqual([
      'Agence Ørsted',
      'Müller',
      'Jagland',
      'Belz',
    ]);
    expect(names({ limit: 10, sort: { column: 'city', direction: 'desc' } })).toEqual([
      'Belz',
      'Jagland',
      'Müller',
      'Agence Ørsted',
    ]);
    expect(names({ text: 'j', limit: 10, sort: { column: 'name', direction: 'desc' } })).toEqual([
      'Müller',
      'Jagland',
    ]);
  });

  it('combines filters with the text: any value within a facet, every facet', async () => {
    const { jagland } = await seed();
    expect(names({ limit: 10, filters: { beats: ['politics'] } })).toEqual(['Jagland', 'Müller']);
    expect(names({ limit: 10, filters: { beats: ['politics'], countries: ['Norway'] } })).toEqual([
      'Jagland',
    ]);
    expect(names({ limit: 10, filters: { countries: ['Norway', 'France'] } })).toEqual(['Belz', 'Jagland']);
    expect(names({ text: 'hamburg', limit: 10, filters: { beats: ['law'] } })).toEqual([]);
    const list = await store.contactLists.create('Brussels press');
    await store.contactLists.add(list.id, [jagland.id]);
    expect(names({ limit: 10, filters: { listIds: [list.id] } })).toEqual(['Jagland']);
    expect(store.contacts.query(contactQuerySchema.parse({ limit: 1, offset: 1 }), 'fr')).toMatchObject({
      total: 4,
      offset: 1,
    });
  });

  it('counts the values of each facet', async () => {
    await seed();
    const facets = store.contacts.facets('en');
    expect(facets.beats).toEqual([
      { value: 'politics', count: 2 },
      { value: 'law', count: 1 },
    ]);
    expect(facets.countries.map((entry) => entry.value)).toEqual(['Denmark', 'France', 'Germany', 'Norway']);
  });
});

describe('changing contacts', () => {
  it('refuses a contact without a name or an organisation', async () => {
    await expect(add({ role: 'Editor' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('finds what was edited by its new values only', async () => {
    const { belz } = await seed();
    await store.contacts.update({ ...belz, familyName: 'Marchal' });
    expect(names({ text: 'belz', limit: 10 })).toEqual([]);
    expect(names({ text: 'marchal', limit: 10 })).toEqual(['Marchal']);
    expect(store.contacts.get(belz.id).createdAt).toBe(belz.createdAt);
  });

  it('deletes a contact from the lists it was on, and undoes both', async () => {
    const { jagland } = await seed();
    const list = await store.contactLists.create('Nordic desk');
    await store.contactLists.add(list.id, [jagland.id]);
    const deleted = await store.contacts.delete(jagland.id);
    expect(deleted.listIds).toEqual([list.id]);
    expect(names({ text: 'jagland', limit: 10 })).toEqual([]);
    expect(store.contactLists.list('en')[0]?.size).toBe(0);

    await store.contacts.restore(deleted.contact, deleted.listIds);
    expect(names({ text: 'jagland', limit: 10 })).toEqual(['Jagland']);
    expect(store.contactLists.listsOf(jagland.id)).toEqual([list.id]);
    await store.close();
    store = await openTestStore(dataDir);
    expect(store.contacts.get(jagland.id)).toEqual(jagland);
  });

  it('spots a duplicate by email, whatever the case, or by phone, whatever the formatting', async () => {
    const { jagland } = await seed();
    expect(store.contacts.findDuplicates(['TJ@Example.NO'], []).map((contact) => contact.id)).toEqual([
      jagland.id,
    ]);
    expect(store.contacts.findDuplicates([], ['+33 3 88 41 25 60']).map((contact) => contact.id)).toEqual([
      jagland.id,
    ]);
    expect(store.contacts.findDuplicates([], ['+33 3 88 41 25 61'])).toEqual([]);
    expect(store.contacts.findDuplicates(['tj@example.no'], [], jagland.id)).toEqual([]);
  });
});
