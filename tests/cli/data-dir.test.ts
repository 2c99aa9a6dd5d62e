import { describe, expect, it } from 'vitest';
import { appDataDir, cliDataDir } from '../../electron/cli/data-dir';

/** Where Electron's app.getPath('userData') is for "Newsroom", plus the app's `data` folder. */
describe('the app’s data folder on each platform', () => {
  it('is under the XDG config folder on Linux', () => {
    expect(appDataDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe(
      '/home/ana/.config/Newsroom/data',
    );
    expect(appDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ana' })).toBe(
      '/cfg/Newsroom/data',
    );
  });

  it('is under Application Support on macOS', () => {
    expect(appDataDir({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Newsroom/data',
    );
  });

  it('is under %APPDATA% on Windows', () => {
    expect(
      appDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Newsroom\\data');
    expect(appDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Newsroom\\data',
    );
  });

  it('gives way to NEWSROOM_DATA_DIR, and both to --data-dir', () => {
    const platform = {
      platform: 'linux' as const,
      env: { NEWSROOM_DATA_DIR: '/srv/newsroom' },
      home: '/home/ana',
    };
    expect(cliDataDir(undefined, '/work', platform)).toBe('/srv/newsroom');
    expect(cliDataDir('data', '/work', platform)).toBe('/work/data');
    expect(cliDataDir(undefined, '/work', { ...platform, env: {} })).toBe('/home/ana/.config/Newsroom/data');
  });
});
