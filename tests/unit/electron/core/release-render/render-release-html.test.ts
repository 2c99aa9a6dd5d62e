// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderReleaseHtml } from '../../../../../electron/core/release-render/render-release-html';
import { parseHtml, single, texts, type ParsedElement } from './parse-html';
import { camille, makeContact, makeContext, makeRelease } from './release-fixtures';

function renderArticle(...args: Parameters<typeof renderReleaseHtml>): ParsedElement {
  const body = parseHtml(renderReleaseHtml(...args));
  expect(body.children).toHaveLength(1);
  return single(body, 'article.release');
}

describe('release to HTML', () => {
  it('is one article in the release language, with what the paginator needs', () => {
    const article = renderArticle(makeRelease(), makeContext({ pageSize: 'Letter' }));
    expect(article.getAttribute('lang')).toBe('en');
    expect(article.getAttribute('data-page-size')).toBe('Letter');
    expect(article.getAttribute('data-page-label')).toBe('Page {page} of {pages}');
    expect(article.getAttribute('data-more-label')).toBe('-more-');
    expect(article.getAttribute('data-running-header')).toBe(
      'ACT 042(2026) – Coastal towns agree partnership on storm-surge warnings',
    );
  });

  it('prints the parts in press-release order', () => {
    const article = renderArticle(makeRelease(), makeContext());
    expect(
      Array.from(article.children, (child) => `${child.tagName.toLowerCase()}.${child.className}`),
    ).toEqual([
      'header.release-masthead',
      'h1.release-headline',
      'p.release-subheadline',
      'div.release-body',
      'section.release-section release-more-information',
      'p.release-end-mark',
      'section.release-section release-contacts',
      'section.release-section release-notes',
      'section.release-section release-boilerplate',
      'footer.release-footer',
    ]);
  });

  it('heads the page with letterhead, label, reference and release line', () => {
    const masthead = single(renderArticle(makeRelease(), makeContext()), '.release-masthead');
    expect(masthead.hasAttribute('data-keep-with-next')).toBe(true);
    expect(texts(masthead, '.release-letterhead .release-organisation')).toEqual([
      'Alliance for Coastal Towns',
    ]);
    expect(texts(masthead, '.release-label')).toEqual(['PRESS RELEASE']);
    expect(texts(masthead, '.release-reference')).toEqual(['ACT 042(2026)']);
    expect(single(masthead, '.release-line').className).toBe('release-line release-line-immediate');
    expect(texts(masthead, '.release-line')).toEqual(['For immediate release']);
  });

  it('prints an embargo with its time zone', () => {
    const release = makeRelease({
      releaseLine: { kind: 'embargo', date: '2027-03-28', time: '10:00', timeZone: 'America/New_York' },
    });
    const line = single(renderArticle(release, makeContext()), '.release-line');
    expect(line.className).toBe('release-line release-line-embargo');
    expect(line.textContent).toBe('Embargoed until 10:00 EDT, 28 March 2027');
  });

  it('prints headline and subheadline, the subheadline kept with the text', () => {
    const article = renderArticle(makeRelease(), makeContext());
    expect(texts(article, 'h1')).toEqual(['Coastal towns agree partnership on storm-surge warnings']);
    const subheadline = single(article, '.release-subheadline');
    expect(subheadline.textContent).toBe('Forty harbour towns to share one alert network by 2029');
    expect(subheadline.hasAttribute('data-keep-with-next')).toBe(true);
  });

  it('opens the first paragraph with the dateline, inline', () => {
    const first = single(renderArticle(makeRelease(), makeContext()), '.release-body > p:first-child');
    expect(first.innerHTML).toBe(
      '<span class="release-dateline">Bergen, 12 November 2026&nbsp;–</span> The Alliance signed an agreement.',
    );
    expect(texts(renderArticle(makeRelease(), makeContext()), '.release-body > p')).toHaveLength(2);
  });

  it('prints "More information" links with their addresses, safely', () => {
    const release = makeRelease({
      moreInformation: [
        { label: 'The project', url: 'https://www.example.org/projects/storm-surge' },
        { label: '', url: 'mailto:press@example.org' },
      ],
    });
    const section = single(renderArticle(release, makeContext()), '.release-more-information');
    expect(texts(section, 'h2')).toEqual(['More information']);
    expect(Array.from(section.querySelectorAll('li'), (item) => item.innerHTML)).toEqual([
      '<a href="https://www.example.org/projects/storm-surge" rel="noopener noreferrer">The project</a> ' +
        '<span class="release-link-url">www.example.org/projects/storm-surge</span>',
      '<a href="mailto:press@example.org" rel="noopener noreferrer">press@example.org</a> ' +
        '<span class="release-link-url">press@example.org</span>',
    ]);
  });

  it('ends the text with the end mark', () => {
    expect(texts(renderArticle(makeRelease(), makeContext()), '.release-end-mark')).toEqual(['ENDS']);
  });

  it('numbers the notes to editors and keeps their line breaks', () => {
    const release = makeRelease({ notesToEditors: ['First note.', 'Second note,\non two lines.', '  '] });
    const section = single(renderArticle(release, makeContext()), '.release-notes');
    expect(texts(section, 'h2')).toEqual(['Notes to editors']);
    expect(single(section, 'ol.release-notes-list').children).toHaveLength(2);
    expect(Array.from(section.querySelectorAll('li'), (item) => item.innerHTML)).toEqual([
      '<p>First note.</p>',
      '<p>Second note,<br>on two lines.</p>',
    ]);
  });

  it('prints each press contact with role, organisation, tel, mobile and email', () => {
    const section = single(renderArticle(makeRelease(), makeContext()), '.release-contacts');
    expect(section.hasAttribute('data-keep-together')).toBe(true);
    expect(texts(section, 'h2')).toEqual(['Press contact']);
    const contact = single(section, '.release-contact');
    expect(texts(contact, 'p')).toEqual([
      'Camille Roussel',
      'Media Officer, Alliance for Coastal Towns',
      'Tel. +33 2 98 00 41 35',
      'Mobile +33 6 08 46 01 57',
      'Email camille.roussel@example.org',
    ]);
    expect(single(contact, 'a').getAttribute('href')).toBe('mailto:camille.roussel@example.org');
    expect(single(contact, 'a').getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('prints the free-text contact block with its line breaks, and says "contacts" for several people', () => {
    const release = makeRelease({
      pressContactText: 'Press Office\nTel: +33 2 98 00 41 00\n\nOut of hours: +33 6 00 00 00 00',
    });
    const dorothee = makeContact('ff1b1938-c892-4e24-ac0f-7b81d3600535', {
      givenName: 'Dorothée',
      familyName: 'Marchal',
    });
    const section = single(
      renderArticle(release, makeContext({ pressContacts: [camille, dorothee] })),
      '.release-contacts',
    );
    expect(texts(section, 'h2')).toEqual(['Press contacts']);
    expect(texts(section, '.release-contact-name')).toEqual(['Camille Roussel', 'Dorothée Marchal']);
    expect(Array.from(section.querySelectorAll('.release-contact-text p'), (p) => p.innerHTML)).toEqual([
      'Press Office<br>Tel: +33 2 98 00 41 00',
      'Out of hours: +33 6 00 00 00 00',
    ]);
  });

  it('prints the boilerplate from the settings, or the release’s own', () => {
    const fromSettings = single(renderArticle(makeRelease(), makeContext()), '.release-boilerplate');
    expect(texts(fromSettings, 'h2')).toEqual(['About Alliance for Coastal Towns']);
    expect(texts(fromSettings, 'p')).toEqual(['The Alliance brings together 212 harbour towns.']);
    const own = single(
      renderArticle(makeRelease({ boilerplate: 'Our own words.\n\nA second paragraph.' }), makeContext()),
      '.release-boilerplate',
    );
    expect(texts(own, 'p')).toEqual(['Our own words.', 'A second paragraph.']);
    const none = renderArticle(makeRelease({ boilerplate: '' }), makeContext());
    expect(none.querySelector('.release-boilerplate')).toBeNull();
  });

  it('closes with the organisation’s address and web site', () => {
    const footer = single(renderArticle(makeRelease(), makeContext()), 'footer.release-footer');
    expect(footer.textContent).toBe(
      'Alliance for Coastal Towns · 12 quai de la Douane · 29200 Brest · France · www.example.org',
    );
    expect(single(footer, 'a').getAttribute('href')).toBe('https://www.example.org/');
    const plainSite = single(
      renderArticle(
        makeRelease(),
        makeContext({ organisation: { ...makeContext().organisation, website: 'www.example.org' } }),
      ),
      'footer',
    );
    expect(plainSite.querySelector('a')).toBeNull();
  });

  it('escapes every text it prints', () => {
    const nasty = `<script>alert("x")</script> & 'quoted'`;
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;';
    const release = makeRelease({
      reference: nasty,
      headline: nasty,
      subheadline: nasty,
      dateline: { place: nasty, date: null },
      notesToEditors: [nasty],
      pressContactText: nasty,
      boilerplate: nasty,
      moreInformation: [{ label: nasty, url: 'https://www.example.org/?q="x"&a=<b>' }],
    });
    const contact = makeContact(camille.id, { familyName: nasty, role: nasty });
    const context = makeContext({
      pressContacts: [contact],
      organisation: { ...makeContext().organisation, name: nasty, address: nasty, website: nasty },
    });
    const html = renderReleaseHtml(release, context);
    expect(html).toContain(`<h1 class="release-headline">${escaped}</h1>`);
    expect(html).toContain(`<p class="release-reference">${escaped}</p>`);
    expect(html).toContain(`<span class="release-dateline">${escaped}\u00a0–</span>`);
    expect(html).toContain('href="https://www.example.org/?q=&quot;x&quot;&amp;a=&lt;b&gt;"');
    const article = single(parseHtml(html), 'article');
    expect(article.querySelectorAll('script')).toHaveLength(0);
    expect(texts(article, 'h1')).toEqual([nasty.replace(/\s+/g, ' ')]);
    expect(texts(article, '.release-contact-name')).toEqual([nasty]);
    expect(texts(article, '.release-boilerplate h2')).toEqual([`About ${nasty}`]);
  });

  it('leaves out every part the release does not have, without empty headings', () => {
    const release = makeRelease({
      reference: '',
      headline: '',
      subheadline: ' ',
      dateline: { place: '', date: null },
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
      moreInformation: [],
      notesToEditors: [],
      boilerplate: null,
    });
    const context = makeContext({
      pressContacts: [],
      boilerplate: '',
      organisation: { name: '', address: '', website: '', email: '', phone: '' },
    });
    const article = renderArticle(release, context);
    expect(article.hasAttribute('data-running-header')).toBe(false);
    expect(article.querySelectorAll('h1, h2, h3, h4')).toHaveLength(0);
    expect(Array.from(article.querySelectorAll('*'), (element) => element.className)).toEqual([
      'release-masthead',
      'release-identity',
      'release-label',
      'release-line release-line-immediate',
      'release-end-mark',
    ]);
  });
});
