import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blankContactFields, type Contact } from '@shared/schemas/contact';
import type { ContactImportPage, ContactImportStep } from '@shared/schemas/contact-transfer';
import { installFakeNewsroom } from '../../fake-newsroom';
import { renderApp } from '../../render-app';

const importId = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

const contact = (id: string, givenName: string, familyName: string): Contact => ({
  ...blankContactFields(),
  id,
  givenName,
  familyName,
  organisation: 'Le Monde',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const anne = contact('1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', 'Anne', 'Dupont');
const paul = contact('2b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', 'Paul', 'Martin');

const planned: ContactImportStep = {
  kind: 'planned',
  importId,
  fileName: 'press.vcf',
  format: 'vcard',
  csv: null,
  counts: { new: 1, duplicates: 2, rejected: 0 },
  photos: 0,
};
const duplicates: ContactImportPage = {
  kind: 'duplicate',
  total: 2,
  items: [anne, paul].map((match, position) => ({
    index: position + 4,
    record: {
      ...blankContactFields(),
      givenName: match.givenName,
      familyName: match.familyName,
      hasPhoto: false,
    },
    match: { contact: match, reasons: ['name-and-outlet' as const] },
    otherMatches: 0,
    sameAsRecord: null,
  })),
};

describe('the contact import preview', () => {
  it('sends the choice for all duplicates and the ones made apart, then offers Undo', async () => {
    const api = installFakeNewsroom({ contacts: [anne, paul] });
    api.importContactsFromDisk.mockImplementation(() => ok(planned));
    api.getContactImportPage.mockImplementation(() => ok(duplicates));
    api.applyContactImport.mockImplementation(() =>
      ok({ importId, fileName: 'press.vcf', added: 1, merged: 1, skipped: 1, photos: 0 }),
    );
    api.undoContactImport.mockImplementation(() =>
      ok({ importId, removed: 1, restored: 1, editedSinceImport: [], alreadyGone: 0 }),
    );
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Contacts' }));
    await user.click(await screen.findByRole('button', { name: 'Import…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Import press.vcf' });
    const paulCard = await within(dialog).findByRole('region', { name: 'Duplicate: Paul Martin' });
    await user.click(within(paulCard).getByRole('radio', { name: 'Skip' }));
    expect(within(dialog).getByText('Adds 1, merges 1, skips 1.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(api.applyContactImport).toHaveBeenCalledWith({
      importId,
      duplicates: 'merge',
      decisions: [{ index: 5, decision: 'skip' }],
    });
    expect(await screen.findByText('Imported press.vcf: 1 added, 1 merged, 1 skipped.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo the import' }));
    expect(api.undoContactImport).toHaveBeenCalledWith({ importId });
    expect(await screen.findByText(/Import of press.vcf undone: 1 removed, 1 put back/)).toBeInTheDocument();
  });

  it('lets the plan go in main when the dialog is closed without importing', async () => {
    const api = installFakeNewsroom({ contacts: [anne] });
    api.importContactsFromDisk.mockImplementation(() => ok(planned));
    api.getContactImportPage.mockImplementation(() => ok(duplicates));
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Contacts' }));
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import press.vcf' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.discardContactImport).toHaveBeenCalledWith({ importId });
    expect(api.applyContactImport).not.toHaveBeenCalled();
  });
});
