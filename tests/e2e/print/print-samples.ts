import { releaseRenderContext } from '../../../electron/core/release-render/render-context';
import { renderReleaseHtml } from '../../../electron/core/release-render/render-release-html';
import { firstRunSample } from '../../../electron/core/sample/first-run-sample';
import type { Release } from '../../../electron/shared/schemas/release';
import { longRelease } from './long-release';

/** A release as the print page receives it: core's HTML, made here in the test process. */
export interface PrintSample {
  release: Release;
  html: string;
}

const sample = firstRunSample('en-GB');

/** Any release, printed with the first-run sample's organisation and contacts. */
export function printed(release: Release): PrintSample {
  return {
    release,
    html: renderReleaseHtml(release, releaseRenderContext(release, sample.settings, sample.contacts)),
  };
}

export function sampleRelease(language: 'en' | 'fr'): Release {
  const release = sample.releases.find((candidate) => candidate.language === language);
  if (!release) throw new Error(`The first-run sample has no ${language} release`);
  return release;
}

/** The first-run sample release, in English or in French. */
export function samplePrint(language: 'en' | 'fr' = 'en'): PrintSample {
  return printed(sampleRelease(language));
}

/** A release of about 3,000 words on the sample's letterhead, and its body's words in reading order. */
export function longPrint(): PrintSample & { bodyWords: string[] } {
  const { release, bodyWords } = longRelease(sampleRelease('en'));
  return { ...printed(release), bodyWords };
}

/** The French sample under embargo, with a second press contact. */
export function embargoedFrenchPrint(): PrintSample {
  const release = sampleRelease('fr');
  const second = sample.contacts.find((contact) => contact.familyName === 'Müller');
  return printed({
    ...release,
    releaseLine: { kind: 'embargo', date: '2026-11-12', time: '10:00', timeZone: 'Europe/Paris' },
    pressContactIds: [...release.pressContactIds, ...(second ? [second.id] : [])],
  });
}
