import { describe, expect, it } from 'vitest';
import { toSafeExternalUrl } from '../../../../../electron/main/security/external-url';

describe('toSafeExternalUrl', () => {
  it.each([
    'https://www.example.org/projects?id=3#top',
    'https://例え.jp/',
    'mailto:press@example.org',
    'mailto:thorbjørn@example.no?subject=Interview',
  ])('lets %s through', (url) => {
    expect(toSafeExternalUrl(url)).not.toBeNull();
  });

  it.each([
    ['a file: URL', 'file:///etc/passwd'],
    ['a Windows file: URL', 'file://C:/Windows/System32/calc.exe'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['smb:', 'smb://attacker.example/share/payload.exe'],
    ['a UNC path', '\\\\attacker.example\\share\\payload.exe'],
    ['a forward-slash UNC path', '//attacker.example/share'],
    ['plain http:', 'http://example.org'],
    ['an OS settings handler', 'ms-settings:privacy'],
    ['a custom protocol handler', 'vscode://file/etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['credentials in the URL', 'https://user:secret@example.org/'],
    ['a leading space', ' https://example.org'],
    ['a newline', 'https://example.org/\nfile:///etc/passwd'],
    ['a NUL byte', 'https://example.org/\u0000'],
    ['a right-to-left override', 'https://example.org/\u202Eexe.pdf'],
    ['a mailto without an address', 'mailto:?subject=hi'],
    ['an empty string', ''],
    ['a relative path', '../../etc/passwd'],
    ['an absurdly long URL', `https://example.org/${'a'.repeat(3_000)}`],
  ])('refuses %s', (_label, url) => {
    expect(toSafeExternalUrl(url)).toBeNull();
  });

  it('keeps only the fields of a mail: a link cannot make the mail program attach a file', () => {
    expect(
      toSafeExternalUrl(
        'mailto:press@example.org?subject=Storm%20warnings&attach=/home/u/.ssh/id_rsa&Body=Hi',
      ),
    ).toBe('mailto:press@example.org?subject=Storm%20warnings&Body=Hi');
    expect(toSafeExternalUrl('mailto:press@example.org?ATTACHMENT=C:%5Csecret.txt')).toBe(
      'mailto:press@example.org',
    );
  });

  it('returns the normalised URL that will be opened', () => {
    expect(toSafeExternalUrl('HTTPS://Example.ORG/a b'.replace(' ', '%20'))).toBe(
      'https://example.org/a%20b',
    );
  });
});
