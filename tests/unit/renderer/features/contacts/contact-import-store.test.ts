import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactImportStep, CsvSetup } from '@shared/schemas/contact-transfer';
import {
  importOutcome,
  mapsIdentity,
  useContactImport,
  type ContactImportView,
} from '../../../../../renderer/src/features/contacts/import/contact-import-store';
import {
  RECOGNISED_KEY,
  standardTargets,
  targetKey,
} from '../../../../../renderer/src/features/contacts/import/column-targets';

const importId = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const csv: CsvSetup = {
  headers: ['Name', 'Paper', 'E-mail 1 - Value'],
  rows: [['Anne Dupont', 'Le Monde', 'anne@lemonde.example']],
  delimiter: ',',
  layout: 'google',
  targets: [{ field: 'fullName' }, { field: 'ignore' }, { field: 'email', label: 'other', slot: 'email 1' }],
};
const planned: Extract<ContactImportStep, { kind: 'planned' }> = {
  kind: 'planned',
  importId,
  fileName: 'press.csv',
  format: 'csv',
  csv,
  counts: { new: 10, duplicates: 4, rejected: 2 },
  photos: 0,
};

const view = () => useContactImport.getState().view;
const preview = (): Extract<ContactImportView, { name: 'preview' }> => {
  const current = view();
  if (current.name !== 'preview') throw new Error(`The dialog is at ${current.name}`);
  return current;
};

beforeEach(() => useContactImport.getState().close());

describe('the contact import dialog state', () => {
  it('goes from reading to the preview, merging duplicates unless told otherwise', () => {
    const state = useContactImport.getState();
    state.startReading(null);
    state.progress({ phase: 'reading', recordsRead: 1_000, totalRecords: 5_000 });
    expect(view()).toEqual({
      name: 'reading',
      fileName: null,
      progress: { phase: 'reading', recordsRead: 1_000, totalRecords: 5_000 },
      cancelling: false,
    });
    state.received(planned);
    expect(preview()).toMatchObject({ duplicates: 'merge', decisions: {}, applying: false });
    expect(importOutcome(preview())).toEqual({ added: 10, merged: 4, skipped: 0 });
  });

  it('counts what applying will do from the choice for all and the ones made apart', () => {
    const state = useContactImport.getState();
    state.received(planned);
    state.decide(11, 'skip');
    state.decide(12, 'keep-both');
    expect(importOutcome(preview())).toEqual({ added: 11, merged: 2, skipped: 1 });
    // "Apply to all" forgets the choices made one by one.
    state.decideAll('skip');
    expect(preview().decisions).toEqual({});
    expect(importOutcome(preview())).toEqual({ added: 10, merged: 0, skipped: 4 });
  });

  it('goes to the columns of a planned CSV file and back without losing the preview', () => {
    const state = useContactImport.getState();
    state.received(planned);
    state.decide(11, 'skip');
    state.editMapping();
    expect(view()).toMatchObject({ name: 'mapping', targets: csv.targets });
    state.setTarget(1, standardTargets.organisation);
    state.setTarget(7, standardTargets.role);
    expect(view()).toMatchObject({
      targets: [{ field: 'fullName' }, { field: 'organisation' }, csv.targets[2]],
    });
    // The step's own targets are untouched: going back shows the preview as it was read.
    expect(planned.csv?.targets[1]).toEqual({ field: 'ignore' });
    state.backToPreview();
    expect(preview().step).toBe(planned);
  });

  it('ignores actions that do not belong to the step on screen', () => {
    const state = useContactImport.getState();
    state.progress({ phase: 'checking', recordsRead: 1, totalRecords: 1 });
    state.decide(1, 'skip');
    state.editMapping();
    expect(view()).toEqual({ name: 'idle' });
    state.received({ ...planned, format: 'vcard', csv: null });
    state.editMapping();
    expect(view().name).toBe('preview');
    state.received({ kind: 'cancelled' });
    expect(view()).toEqual({ name: 'idle' });
  });

  it('needs a column with a name or an organisation before a file can be read', () => {
    expect(mapsIdentity([standardTargets['email:work'], standardTargets.ignore])).toBe(false);
    expect(mapsIdentity([standardTargets['email:work'], standardTargets.organisation])).toBe(true);
  });
});

describe('the column choices', () => {
  it('name a standard target by its key and any other as recognised', () => {
    expect(targetKey({ field: 'email', label: 'home' })).toBe('email:home');
    expect(targetKey({ field: 'tags', style: 'semicolons' })).toBe('tags');
    expect(targetKey({ field: 'tags', style: 'google-labels' })).toBe(RECOGNISED_KEY);
    expect(targetKey({ field: 'email', label: 'other', slot: 'email 1' })).toBe(RECOGNISED_KEY);
    for (const [key, target] of Object.entries(standardTargets)) expect(targetKey(target)).toBe(key);
  });
});
