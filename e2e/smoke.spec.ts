/**
 * The plumbing the journeys stand on: the browser-mode server starts on a
 * fresh data directory with the sample seeded, the printed key logs the
 * browser in, the built renderer loads and shows the sample, the API
 * answers only the logged-in browser, and the server stops cleanly.
 */
import { expect, test } from './support/shinrai-fixture';

test('browser mode serves the built app and its API to the logged-in browser only', async ({ page, server, api, shot, browser }) => {
  const rooms = await api.value('dealRooms.list', { includeArchived: true });
  expect(rooms).toHaveLength(1);
  const sample = rooms[0]!;
  expect(sample.archived).toBe(false);
  expect(sample.comparedCount).toBe(5);

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(sample.name).first()).toBeVisible();
  await shot('sample-opened');

  // A browser without the session cookie is turned away, page and API alike.
  const stranger = await browser.newContext();
  try {
    const home = await stranger.request.get(`${server.origin}/`);
    expect(home.status()).toBe(401);
    const call = await stranger.request.post(`${server.origin}/api/invoke`, {
      data: { name: 'dealRooms.list', input: {} },
    });
    expect(call.status()).toBe(401);
  } finally {
    await stranger.close();
  }

  // SIGTERM (what a service manager or Ctrl+C in a script sends) ends it cleanly.
  expect(await server.stop()).toEqual({ code: 0, signal: null });
});
