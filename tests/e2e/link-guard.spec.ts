import { expect, test } from './fixtures';

/**
 * Any link that ends up in the window (a release body, an imported page, an injected element) is
 * followed in the person's browser, never in the app: HTML links, image-map areas and SVG links.
 */
test('no kind of link navigates the window; web links open outside', async ({ app }) => {
  const page = app.page;
  const appUrl = page.url();
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.id = 'injected-links';
    holder.innerHTML = `
      <a id="html-link" href="https://evil.example/html">html</a>
      <img usemap="#m" alt="map" width="40" height="40"
        src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">
      <map name="m"><area id="area-link" shape="rect" coords="0,0,40,40" href="https://evil.example/area" alt="area"></map>
      <svg width="60" height="40"><a id="svg-link" href="https://evil.example/svg"><rect width="60" height="20"/></a>
        <a id="svg-xlink" xlink:href="javascript:alert(1)"><rect y="20" width="60" height="20"/></a></svg>`;
    document.body.prepend(holder);
  });
  await page.locator('#html-link').click();
  await page.locator('img[usemap]').click({ position: { x: 5, y: 5 } });
  await page.locator('#svg-link rect').click();
  await page.locator('#svg-xlink rect').click();
  await page.locator('#html-link').click({ button: 'middle' });

  expect(page.url()).toBe(appUrl);
  expect(app.blockedRequests).toEqual([]);
  expect(app.openedExternally).toEqual([
    'https://evil.example/html',
    'https://evil.example/area',
    'https://evil.example/svg',
    'https://evil.example/html',
  ]);
});
