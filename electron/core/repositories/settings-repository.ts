import {
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../shared/schemas/settings';
import type { SettingsFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import type { StoreEvents } from '../store/store-events';

/** The organisation's and the person's preferences, in `settings.json`. */
export class SettingsRepository {
  constructor(
    private readonly document: JsonDocument<SettingsFile>,
    private readonly events: StoreEvents,
  ) {}

  get(): Settings {
    return this.document.data.settings;
  }

  /** Applies a partial change; nested objects in the patch replace the stored ones whole. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const next = settingsSchema.parse({ ...this.get(), ...settingsPatchSchema.parse(patch) });
    await this.document.update((file) => {
      file.settings = next;
    });
    this.events.emit('settings');
    return next;
  }

  /** Resolves when every write asked so far has finished. */
  whenIdle(): Promise<void> {
    return this.document.whenIdle();
  }
}
