// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RELEASE_LABELS } from '../../../../../electron/core/release-render/labels';
import { renderReleaseHtml } from '../../../../../electron/core/release-render/render-release-html';
import { releaseLanguages, type ReleaseLanguage } from '../../../../../electron/shared/languages';
import { parseHtml, single, texts } from './parse-html';
import { camille, makeContext, makeRelease } from './release-fixtures';

interface Expected {
  label: string;
  immediate: string;
  dateline: string;
  moreInformation: string;
  endMark: string;
  pressContact: string;
  notes: string;
  about: string;
  page: string;
  more: string;
}

const EXPECTED: Record<ReleaseLanguage, Expected> = {
  en: {
    label: 'PRESS RELEASE',
    immediate: 'For immediate release',
    dateline: 'Bergen, 12 November 2026\u00a0–',
    moreInformation: 'More information',
    endMark: 'ENDS',
    pressContact: 'Press contact',
    notes: 'Notes to editors',
    about: 'About Alliance for Coastal Towns',
    page: 'Page {page} of {pages}',
    more: '-more-',
  },
  fr: {
    label: 'COMMUNIQUÉ DE PRESSE',
    immediate: 'Pour diffusion immédiate',
    dateline: 'Bergen, 12 novembre 2026\u00a0–',
    moreInformation: 'Pour en savoir plus',
    endMark: 'Fin',
    pressContact: 'Contact presse',
    notes: 'Notes aux rédactions',
    about: 'À propos d’Alliance for Coastal Towns',
    page: 'Page {page} sur {pages}',
    more: '…/…',
  },
  de: {
    label: 'PRESSEMITTEILUNG',
    immediate: 'Zur sofortigen Veröffentlichung',
    dateline: 'Bergen, 12. November 2026\u00a0–',
    moreInformation: 'Weitere Informationen',
    endMark: 'Ende',
    pressContact: 'Pressekontakt',
    notes: 'Hinweise für die Redaktion',
    about: 'Über Alliance for Coastal Towns',
    page: 'Seite {page} von {pages}',
    more: '-mehr-',
  },
  es: {
    label: 'COMUNICADO DE PRENSA',
    immediate: 'Para difusión inmediata',
    dateline: 'Bergen, 12 de noviembre de 2026\u00a0–',
    moreInformation: 'Más información',
    endMark: 'Fin',
    pressContact: 'Contacto de prensa',
    notes: 'Notas para los editores',
    about: 'Acerca de Alliance for Coastal Towns',
    page: 'Página {page} de {pages}',
    more: '-más-',
  },
  it: {
    label: 'COMUNICATO STAMPA',
    immediate: 'Per la diffusione immediata',
    dateline: 'Bergen, 12 novembre 2026\u00a0–',
    moreInformation: 'Per saperne di più',
    endMark: 'Fine',
    pressContact: 'Contatto stampa',
    notes: 'Note per le redazioni',
    about: 'Informazioni su Alliance for Coastal Towns',
    page: 'Pagina {page} di {pages}',
    more: '-segue-',
  },
};

describe('printed labels follow the release’s language', () => {
  it.each(releaseLanguages.map((language) => [language, EXPECTED[language]] as const))(
    '%s',
    (language, expected) => {
      const release = makeRelease({ language });
      const article = single(parseHtml(renderReleaseHtml(release, makeContext())), 'article');
      expect(article.getAttribute('lang')).toBe(language);
      expect(texts(article, '.release-label')).toEqual([expected.label]);
      expect(texts(article, '.release-line')).toEqual([expected.immediate]);
      expect(single(article, '.release-dateline').textContent).toBe(expected.dateline);
      expect(texts(article, '.release-section-title')).toEqual([
        expected.moreInformation,
        expected.pressContact,
        expected.notes,
        expected.about,
      ]);
      expect(texts(article, '.release-end-mark')).toEqual([expected.endMark]);
      expect(article.getAttribute('data-page-label')).toBe(expected.page);
      expect(article.getAttribute('data-more-label')).toBe(expected.more);
    },
  );

  it('labels contact details in the release’s language', () => {
    const labelsOf = (language: ReleaseLanguage) => {
      const html = renderReleaseHtml(makeRelease({ language }), makeContext({ pressContacts: [camille] }));
      return texts(parseHtml(html), '.release-contact-label');
    };
    expect(labelsOf('en')).toEqual(['Tel.', 'Mobile', 'Email']);
    expect(labelsOf('fr')).toEqual(['Tél.', 'Portable', 'Courriel']);
    expect(labelsOf('de')).toEqual(['Tel.', 'Mobil', 'E-Mail']);
    expect(labelsOf('es')).toEqual(['Tel.', 'Móvil', 'Correo']);
    expect(labelsOf('it')).toEqual(['Tel.', 'Cell.', 'E-mail']);
  });

  it('elides and contracts "À propos de" as French does', () => {
    expect(RELEASE_LABELS.fr.about('Oxfam France')).toBe('À propos d’Oxfam France');
    expect(RELEASE_LABELS.fr.about('Le Conseil de l’Europe')).toBe('À propos du Conseil de l’Europe');
    expect(RELEASE_LABELS.fr.about('Les Amis de la Terre')).toBe('À propos des Amis de la Terre');
    expect(RELEASE_LABELS.fr.about('Greenpeace')).toBe('À propos de Greenpeace');
  });
});
