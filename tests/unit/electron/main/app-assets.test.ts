import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAppAsset, resolveAppAssetPath } from '../../../../electron/main/app-assets';
import { makeTempDir, removeTempDir } from '../../../support/temp-dir';

let base: string;
let root: string;
const origin = 'app://newsroom';

beforeAll(async () => {
  base = await makeTempDir();
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Newsroom</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
});
afterAll(() => removeTempDir(base));

describe('resolveAppAssetPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppAssetPath(root, 'app://newsroom/', origin)).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://newsroom/assets/app.js?v=1', origin)).toBe(
      join(root, 'assets', 'app.js'),
    );
  });

  it.each([
    // The URL parser folds these dot segments away, so they land inside the folder (and 404 there).
    'app://newsroom/../secret.txt',
    'app://newsroom/assets/../../secret.txt',
    'app://newsroom/%2e%2e/secret.txt',
  ])('keeps %s inside the renderer folder', (url) => {
    expect(resolveAppAssetPath(root, url, origin)).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'app://newsroom/%2e%2e%2fsecret.txt',
    'app://newsroom/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://newsroom/..%5csecret.txt',
    'app://newsroom/index.html%00.js',
    'app://newsroom/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppAssetPath(root, url, origin)).toBeNull();
  });
});

describe('readAppAsset', () => {
  it('serves a file with its type and the app’s Content-Security-Policy', async () => {
    const response = await readAppAsset(root, { url: 'app://newsroom/assets/app.js', method: 'GET' }, origin);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('console.log(1)');
    expect(response.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(response.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(response.headers['Content-Security-Policy']).toContain("default-src 'none'");
  });

  it('answers 404 for a path outside the renderer folder, and 405 for anything but GET', async () => {
    const escape = await readAppAsset(
      root,
      { url: 'app://newsroom/%2e%2e/secret.txt', method: 'GET' },
      origin,
    );
    expect(escape.status).toBe(404);
    expect(escape.body.toString()).not.toContain('outside');
    expect(
      (await readAppAsset(root, { url: 'app://newsroom/missing.js', method: 'GET' }, origin)).status,
    ).toBe(404);
    expect((await readAppAsset(root, { url: 'app://newsroom/', method: 'POST' }, origin)).status).toBe(405);
  });
});
