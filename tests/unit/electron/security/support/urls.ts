import fc from 'fast-check';

/**
 * Whether the operating system may be asked to open `url`, judged independently of main's guard:
 * an https: page with a host and no credentials, or a mailto: address; no character that could end
 * the URL early, add an argument or disguise it.
 */
export function isSafeToOpen(url: string): boolean {
  if ([...url].some((character) => /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u.test(character))) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && !parsed.username && !parsed.password;
  return parsed.protocol === 'mailto:' && parsed.pathname.includes('@');
}

/** Schemes that launch programs, read files or run script when handed to the OS or a browser. */
const schemes = [
  'file',
  'smb',
  'javascript',
  'vbscript',
  'data',
  'blob',
  'ms-settings',
  'ms-msdt',
  'search-ms',
  'ms-officecmd',
  'ms-word',
  'ms-excel',
  'http',
  'ftp',
  'sftp',
  'ssh',
  'telnet',
  'ws',
  'wss',
  'chrome',
  'about',
  'view-source',
  'filesystem',
  'app',
  'jar',
  'mk',
  'res',
  'steam',
  'zoommtg',
  'itms-services',
  'x-apple.systempreferences',
  'vscode',
  'callto',
  'tel',
  'sms',
  'news',
  'nntp',
  'ldap',
  'gopher',
  'irc',
  'https',
  'HTTPS',
  'hTTpS',
  'mailto',
  'MAILTO',
];
const prefixes = ['', '', '', ' ', '\t', '\n', '\0', '\u202e', '\ufeff', '\u200b', 'https:', '\\\\', '//'];
const separators = ['://', ':', ':/', ':\\\\', ':////', '%3a//', '\t://', ':\n//'];
const hosts = [
  'evil.example',
  'user:secret@evil.example',
  'user@evil.example',
  'evil.example:443',
  '127.0.0.1',
  '[::1]',
  'localhost',
  'C:',
  '%2e%2e',
  'xn--80ak6aa92e.com',
  'evil.example%00.good.example',
  'evil.example\\share',
  'attacker@',
  '',
];
const paths = [
  '',
  '/',
  '/etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/payload.exe',
  '/a b',
  '/\u0000',
  '/\ud800',
  '/\u202egpj.exe',
  '?attach=/etc/passwd',
  '?subject=hi&body=x',
  '#fragment',
  `/${'a'.repeat(2_100)}`,
];

/** URLs built from dangerous schemes, disguises, hosts with credentials and odd paths. */
export const dangerousUrls: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...prefixes),
    fc.constantFrom(...schemes),
    fc.constantFrom(...separators),
    fc.constantFrom(...hosts),
    fc.constantFrom(...paths),
  )
  .map((parts) => parts.join(''));
