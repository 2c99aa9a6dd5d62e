import { expect, test } from './fixtures';

test('the CSP blocks an injected inline script, and normal use raises no CSP violation', async ({
  app,
  shell,
}) => {
  const page = app.page;
  await page.evaluate(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
    );
  });
  for (const section of ['Contacts', 'Settings', 'Releases']) await shell.goTo(section);
  await page.getByRole('button', { name: 'New release' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await shell.goTo('Contacts');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(app.pageErrors.filter((error) => error.includes('Content Security Policy'))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      injected: (window as unknown as { injected?: boolean }).injected ?? false,
      violations: (window as unknown as { violations: string[] }).violations,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    };
  });
  expect(ran.injected).toBe(false);
  expect(ran.violations).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
  expect(ran.bodyShown).toBe(true);
  expect(app.blockedRequests).toEqual([]);
  // The console errors of the two injections above were caused on purpose; the fixture checks the rest.
  app.pageErrors.splice(0);
});

test('the renderer cannot ask main to open unsafe links', async ({ app, shell }) => {
  const results = await app.page.evaluate(async () => {
    const api = (
      window as unknown as { newsroom: { openExternal(input: { url: string }): Promise<unknown> } }
    ).newsroom;
    return Promise.all(
      [
        'file:///etc/passwd',
        'javascript:alert(1)',
        'smb://host/share',
        '\\\\host\\share',
        'https://www.example.org/',
      ].map((url) => api.openExternal({ url })),
    );
  });
  expect(results.slice(0, 4)).toEqual(
    Array.from({ length: 4 }, () =>
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'UNSAFE_URL' }) }),
    ),
  );
  expect(results[4]).toEqual({ ok: true, value: null });
  expect(app.openedExternally).toEqual(['https://www.example.org/']);
  await expect(shell.heading).toHaveText('Press releases');
});

test('a malformed request from the page gets an error envelope and changes nothing', async ({ app }) => {
  const result = await app.page.evaluate(() =>
    (
      window as unknown as { newsroom: { updateSettings(input: unknown): Promise<unknown> } }
    ).newsroom.updateSettings({
      theme: 'neon',
      __proto__: { admin: true },
    }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const stored = await app.readStoreFile<{ settings: { theme: string } }>('settings.json');
  expect(stored.settings.theme).toBe('system');
});
