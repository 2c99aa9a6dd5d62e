import { describe, expect, it } from 'vitest';
import { createSenderPolicy } from '../../../../../electron/main/security/sender-policy';

describe('createSenderPolicy', () => {
  const isTrusted = createSenderPolicy(['app://newsroom', 'http://localhost:5173']);
  const from = (frameUrl: string | null, isMainFrame = true, fromAppWindow = true) =>
    isTrusted({ frameUrl, isMainFrame, fromAppWindow });

  it('trusts the main frame of the app window on an app origin', () => {
    expect(from('app://newsroom/index.html')).toBe(true);
    expect(from('app://newsroom/')).toBe(true);
    expect(from('http://localhost:5173/')).toBe(true);
  });

  it('refuses lookalike origins, other ports and other schemes', () => {
    expect(from('app://newsroom.evil/index.html')).toBe(false);
    expect(from('app://evil/index.html')).toBe(false);
    expect(from('http://localhost:5174/')).toBe(false);
    expect(from('https://localhost:5173/')).toBe(false);
    expect(from('file:///index.html')).toBe(false);
    expect(from('about:blank')).toBe(false);
    expect(from('not a url')).toBe(false);
  });

  it('refuses subframes, other windows and frames that are gone', () => {
    expect(from('app://newsroom/index.html', false)).toBe(false);
    expect(from('app://newsroom/index.html', true, false)).toBe(false);
    expect(from(null)).toBe(false);
  });
});
