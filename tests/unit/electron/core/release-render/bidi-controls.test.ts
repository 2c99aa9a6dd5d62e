import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../../electron/core/release-render/html';

describe('printed text', () => {
  it('drops bidirectional overrides and isolates, so that nothing prints reversed', () => {
    expect(escapeHtml('Read the report\u202Efdp.exe')).toBe('Read the reportfdp.exe');
    expect(escapeHtml('\u2066isolated\u2069 \u202Aembedded\u202C')).toBe('isolated embedded');
    expect(escapeHtml('Zoë & <Jürgen>')).toBe('Zoë &amp; &lt;Jürgen&gt;');
  });
});
