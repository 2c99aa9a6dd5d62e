import { describe, expect, it } from 'vitest';
import { releaseRenderContext } from '../../../../../electron/core/release-render/render-context';
import { camille, makeContact, makeContext, makeRelease } from './release-fixtures';

describe('render context', () => {
  const other = makeContact('ff1b1938-c892-4e24-ac0f-7b81d3600535', { familyName: 'Marchal' });
  const settings = {
    organisation: makeContext().organisation,
    boilerplate: { en: 'English boilerplate.', fr: 'Texte de présentation.' },
    pageSize: 'Letter' as const,
  };

  it('looks up the press contacts in the release’s order and skips those no longer there', () => {
    const release = makeRelease({
      pressContactIds: [other.id, '00000000-0000-4000-8000-000000000000', camille.id],
    });
    const context = releaseRenderContext(release, settings, [camille, other]);
    expect(context.pressContacts.map((contact) => contact.id)).toEqual([other.id, camille.id]);
    expect(context.pageSize).toBe('Letter');
    expect(context.organisation).toBe(settings.organisation);
  });

  it('takes the boilerplate in the release’s language, or none', () => {
    expect(releaseRenderContext(makeRelease({ language: 'fr' }), settings, []).boilerplate).toBe(
      'Texte de présentation.',
    );
    expect(releaseRenderContext(makeRelease({ language: 'de' }), settings, []).boilerplate).toBe('');
  });
});
