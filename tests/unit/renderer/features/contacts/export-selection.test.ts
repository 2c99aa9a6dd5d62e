import { describe, expect, it } from 'vitest';
import { noFilters } from '../../../../../renderer/src/features/contacts/directory-store';
import { selectionOf } from '../../../../../renderer/src/features/contacts/export/use-export-contacts';

const directory = {
  text: 'müller',
  filters: { ...noFilters, countries: ['Germany'] },
  sort: { column: 'name' as const, direction: 'desc' as const },
  ticked: { 'a1b2c3d4-0000-4000-8000-000000000001': true as const },
};

describe('what the export dialog asks main to export', () => {
  it('names all contacts, the current view with its order, the ticked rows or a list', () => {
    expect(selectionOf('all', null, directory)).toEqual({ kind: 'all' });
    expect(selectionOf('view', null, directory)).toEqual({
      kind: 'query',
      query: { text: 'müller', filters: directory.filters, sort: directory.sort },
    });
    expect(selectionOf('ticked', null, directory)).toEqual({
      kind: 'ids',
      ids: ['a1b2c3d4-0000-4000-8000-000000000001'],
    });
    expect(selectionOf('list', 'b1b2c3d4-0000-4000-8000-000000000002', directory)).toEqual({
      kind: 'list',
      listId: 'b1b2c3d4-0000-4000-8000-000000000002',
    });
  });

  it('names nothing when no row is ticked or no list is chosen', () => {
    expect(selectionOf('ticked', null, { ...directory, ticked: {} })).toBeNull();
    expect(selectionOf('list', null, directory)).toBeNull();
  });
});
