import type { WindowStateFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';

export type WindowState = Omit<WindowStateFile, 'schemaVersion'>;

/** Where the main window was and how big, so that it reopens the same way. */
export class WindowStateRepository {
  constructor(private readonly document: JsonDocument<WindowStateFile>) {}

  get(): WindowState {
    const { bounds, maximized } = this.document.data;
    return { bounds, maximized };
  }

  async save(state: WindowState): Promise<void> {
    if (this.document.readOnly) return;
    await this.document.update((file) => {
      file.bounds = state.bounds;
      file.maximized = state.maximized;
    });
  }

  /** Resolves when every write asked so far has finished. */
  whenIdle(): Promise<void> {
    return this.document.whenIdle();
  }
}
