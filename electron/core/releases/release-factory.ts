import { randomUUID } from 'node:crypto';
import type { ReleaseLanguage } from '../../shared/languages';
import { emptyRichTextDoc } from '../../shared/schemas/rich-text';
import type { NewReleaseInput, Release } from '../../shared/schemas/release';
import type { Settings } from '../../shared/schemas/settings';
import { calendarDateIn } from '../time/calendar-date';

/** A new draft with the organisation's defaults: its press contacts, today's date in its time zone. */
export function newDraft(input: NewReleaseInput, settings: Settings, now: Date): Release {
  return {
    id: randomUUID(),
    reference: '',
    language: input.language,
    translationOf: null,
    releaseLine: { kind: 'immediate' },
    headline: input.headline,
    subheadline: '',
    dateline: { place: '', date: calendarDateIn(now, settings.defaultTimeZone) },
    body: emptyRichTextDoc(),
    moreInformation: [],
    notesToEditors: [],
    boilerplate: null,
    pressContactIds: [...settings.defaultPressContactIds],
    pressContactText: '',
    status: 'draft',
    tags: [],
    archived: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    publishedAt: null,
    deletedAt: null,
  };
}

/** A copy to start a new release from: a fresh draft, not numbered, not linked to any version. */
export function duplicateOf(release: Release, now: Date): Release {
  return {
    ...structuredClone(release),
    id: randomUUID(),
    reference: '',
    translationOf: null,
    status: 'draft',
    archived: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    publishedAt: null,
    deletedAt: null,
  };
}

/**
 * A language version of `original`, to translate: every field copied, the same reference number,
 * linked to the original as it is now so that later changes to it show the version is out of date.
 * The boilerplate goes back to the organisation's text for the new language.
 */
export function translationOf(original: Release, language: ReleaseLanguage, now: Date): Release {
  return {
    ...structuredClone(original),
    id: randomUUID(),
    language,
    translationOf: { releaseId: original.id, syncedAt: original.updatedAt },
    boilerplate: null,
    status: 'draft',
    archived: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    publishedAt: null,
    deletedAt: null,
  };
}
