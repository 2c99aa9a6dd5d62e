import { create } from 'zustand';
import type { ContactExportFormat } from '@shared/schemas/contact-transfer';

/** Which contacts the export dialog exports: the whole directory, what the directory shows now, the ticked rows, a list. */
export type ExportScope = 'all' | 'view' | 'ticked' | 'list';

interface ContactExportState {
  opened: boolean;
  scope: ExportScope;
  listId: string | null;
  format: ContactExportFormat;
  /** For CSV; null follows the interface's language (`;` in French, as Excel there expects). */
  delimiter: ',' | ';' | null;
  exporting: boolean;
  /** Opens the dialog on a scope; a list stays chosen from the last time. */
  open: (scope?: ExportScope) => void;
  set: (
    patch: Partial<Pick<ContactExportState, 'scope' | 'listId' | 'format' | 'delimiter' | 'exporting'>>,
  ) => void;
  close: () => void;
}

/** The export dialog's choices, kept between exports: a press officer exports the same way each week. */
export const useContactExport = create<ContactExportState>()((set) => ({
  opened: false,
  scope: 'all',
  listId: null,
  format: 'vcard4',
  delimiter: null,
  exporting: false,
  open: (scope) => set((state) => ({ opened: true, scope: scope ?? state.scope, exporting: false })),
  set: (patch) => set(patch),
  close: () => set({ opened: false, exporting: false }),
}));
