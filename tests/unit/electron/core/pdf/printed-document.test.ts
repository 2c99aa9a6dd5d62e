import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  cachedReader,
  laidOutRelease,
  printedDocument,
  type LaidOutRelease,
} from '../../../../../electron/core/pdf/printed-document';

const CSS =
  '@font-face{font-family:Noto Serif;src:url(./serif-latin.woff2)format("woff2"),url(./serif-latin.woff)format("woff")}' +
  '@font-face{font-family:Noto Serif;src:url(./serif-greek.woff2)format("woff2")}.page{color:#111}';
const files: Record<string, Buffer> = {
  '/assets/print.css': Buffer.from(CSS),
  '/assets/serif-latin.woff2': Buffer.from('latin font bytes'),
  '/assets/serif-greek.woff2': Buffer.from('greek font bytes'),
};
const read = (path: string) => {
  const file = files[path];
  return file ? Promise.resolve(file) : Promise.reject(new Error(`no ${path}`));
};

function laidOut(overrides: Partial<LaidOutRelease> = {}): LaidOutRelease {
  return {
    lang: 'fr',
    className: 'paper-a4',
    title: 'Titre',
    body: '<body><main id="pages"><p>Texte</p></main></body>',
    stylesheets: ['/assets/print.css'],
    fonts: ['/assets/serif-latin.woff2'],
    ...overrides,
  };
}

describe('printedDocument', () => {
  it('inlines the stylesheet and only the fonts the layout used, and allows that stylesheet alone', async () => {
    const { html, headers } = await printedDocument(laidOut(), read);
    const css = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).toContain(
      `url(data:font/woff2;base64,${Buffer.from('latin font bytes').toString('base64')})`,
    );
    // A face the layout never used keeps its address, which the policy does not let load.
    expect(css).toContain('url(./serif-greek.woff2)');
    const hash = createHash('sha256').update(css).digest('base64');
    expect(headers['Content-Security-Policy']).toBe(
      `default-src 'none'; script-src 'none'; style-src 'sha256-${hash}'; font-src data:; img-src data:; ` +
        "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr" class="paper-a4"><head><meta charset="utf-8">/);
    expect(html).toContain('<main id="pages"><p>Texte</p></main>');
  });

  it('escapes what the page reported about itself', async () => {
    const { html } = await printedDocument(
      laidOut({ lang: 'en"><script>x()</script>', title: '</title><script>y()</script>' }),
      read,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;y()&lt;/script&gt;</title>');
  });

  it('fails when a stylesheet or a used font cannot be read', async () => {
    await expect(printedDocument(laidOut({ stylesheets: ['/assets/missing.css'] }), read)).rejects.toThrow(
      'no /assets/missing.css',
    );
  });
});

describe('laidOutRelease', () => {
  it('accepts what the print page gives back and refuses anything else', () => {
    expect(laidOutRelease(laidOut())).toEqual(laidOut());
    for (const broken of [
      null,
      'html',
      { ...laidOut(), body: 1 },
      { ...laidOut(), fonts: ['relative.woff2'] },
    ]) {
      expect(() => laidOutRelease(broken)).toThrow('did not give back the laid-out release');
    }
  });
});

describe('cachedReader', () => {
  it('reads each file once, and tries again after a failure', async () => {
    const inner = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(Buffer.from('x'));
    const reader = cachedReader(inner);
    await expect(reader('/a')).rejects.toThrow('busy');
    await reader('/a');
    await reader('/a');
    expect(inner).toHaveBeenCalledTimes(2);
  });
});
