import { useTranslation } from 'react-i18next';
import type { ContactSelectionInput, ExportContactsInput } from '@shared/schemas/contact-transfer';
import { api } from '../../../app/api-client';
import { showError } from '../../../app/error-notifications';
import { showExportedFile } from '../../../ui/exported-file-notification';
import { fileNameOf } from '../../../ui/file-name';
import { useDirectory } from '../directory-store';
import { useContactExport } from './contact-export-store';

/** The contacts the dialog's choice names, as main selects them. */
export function selectionOf(
  scope: ReturnType<typeof useContactExport.getState>['scope'],
  listId: string | null,
  directory: Pick<ReturnType<typeof useDirectory.getState>, 'text' | 'filters' | 'sort' | 'ticked'>,
): ContactSelectionInput | null {
  switch (scope) {
    case 'all':
      return { kind: 'all' };
    case 'view':
      return {
        kind: 'query',
        query: { text: directory.text, filters: directory.filters, sort: directory.sort },
      };
    case 'ticked': {
      const ids = Object.keys(directory.ticked);
      return ids.length > 0 ? { kind: 'ids', ids } : null;
    }
    case 'list':
      return listId ? { kind: 'list', listId } : null;
  }
}

/**
 * Exports the contacts chosen in the export dialog through the save dialog, then says where they
 * went, with Open and Show in folder. Cancel in the save dialog leaves the export dialog open.
 */
export function useExportContacts() {
  const { t, i18n } = useTranslation();
  return async () => {
    const state = useContactExport.getState();
    const selection = selectionOf(state.scope, state.listId, useDirectory.getState());
    if (!selection || state.exporting) return;
    const input: ExportContactsInput = {
      selection,
      format: state.format,
      delimiter: state.delimiter ?? (i18n.language === 'fr' ? ';' : ','),
      baseName: t('contactExport.baseName'),
    };
    state.set({ exporting: true });
    try {
      const outcome = await api.exportContacts(input);
      if (outcome.kind === 'cancelled') return;
      useContactExport.getState().close();
      showExportedFile(outcome.path, {
        message: t('contactExport.exported', { count: outcome.count, file: fileNameOf(outcome.path) }),
        openLabel: t('contactExport.open'),
        showInFolderLabel: t('contactExport.showInFolder'),
        open: api.openExportedFile,
        showInFolder: api.showExportedFile,
        onError: (error) => showError(i18n, error),
        testId: 'contacts-exported',
      });
    } catch (error) {
      showError(i18n, error);
    } finally {
      useContactExport.getState().set({ exporting: false });
    }
  };
}
