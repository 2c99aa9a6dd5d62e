import { z } from 'zod';
import { contactImportProgressSchema } from '../schemas/contact-transfer';
import { pdfExportProgressSchema } from '../schemas/pdf-export';

export const menuCommands = [
  'new-release',
  'import-release',
  'go-releases',
  'go-contacts',
  'go-settings',
  'quick-lookup',
  'export-pdf',
  'import-contacts',
  'export-contacts',
] as const;
export const menuCommandSchema = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** `status`: the app's status changed (a notice about the store's files, saving failing or back). */
export const storeScopes = ['settings', 'releases', 'contacts', 'lists', 'status'] as const;
export const storeChangeSchema = z.object({ scope: z.enum(storeScopes) });
export type StoreChange = z.infer<typeof storeChangeSchema>;

/**
 * Messages main pushes to the renderer, with the name of the `window.newsroom` method that
 * subscribes to each. Listeners receive the payload only, never Electron's event object.
 */
export const events = {
  'menu:command': { method: 'onMenuCommand', payload: menuCommandSchema },
  /** The app is about to quit: save what is pending, then call `readyToQuit`. */
  'app:quitting': { method: 'onQuitting', payload: z.null() },
  'store:changed': { method: 'onStoreChanged', payload: storeChangeSchema },
  /** A batch export to PDF finished one more release. */
  'pdf:exportProgress': { method: 'onPdfExportProgress', payload: pdfExportProgressSchema },
  /** A contact file being imported was read a little further. */
  'contacts:importProgress': { method: 'onContactImportProgress', payload: contactImportProgressSchema },
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;
