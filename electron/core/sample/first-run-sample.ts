import { z } from 'zod';
import sampleJson from '../../../resources/sample/first-run.json' with { type: 'json' };
import { uiLanguageForLocale } from '../../shared/languages';
import { contactSchema } from '../../shared/schemas/contact';
import { releaseSchema } from '../../shared/schemas/release';
import { defaultDirectoryColumns, settingsSchema, type Settings } from '../../shared/schemas/settings';

const sampleSchema = z.object({
  settings: settingsSchema,
  contacts: z.array(contactSchema),
  releases: z.array(releaseSchema),
});
export type FirstRunSample = z.infer<typeof sampleSchema>;

/**
 * What a new user finds on first start: a fictional organisation's settings, a press release with
 * its French version, and a few media contacts. The interface speaks the person's language.
 */
export function firstRunSample(locale: string): FirstRunSample {
  const sample = sampleSchema.parse(sampleJson);
  const uiLanguage = uiLanguageForLocale(locale);
  const settings: Settings = {
    ...sample.settings,
    uiLanguage,
    defaultReleaseLanguage: uiLanguage,
    pageSize: locale === 'en-US' ? 'Letter' : sample.settings.pageSize,
  };
  return { ...sample, settings };
}

/** Settings for a data folder that has lost its settings file: nothing made up, only neutral choices. */
export function neutralSettings(locale: string, timeZone: string): Settings {
  const uiLanguage = uiLanguageForLocale(locale);
  return {
    uiLanguage,
    theme: 'system',
    organisation: { name: '', address: '', website: '', email: '', phone: '' },
    logo: null,
    boilerplate: {},
    referencePattern: '{n}/{yyyy}',
    pageSize: locale === 'en-US' ? 'Letter' : 'A4',
    defaultReleaseLanguage: uiLanguage,
    defaultTimeZone: timeZone,
    defaultPressContactIds: [],
    directoryColumns: [...defaultDirectoryColumns],
  };
}
