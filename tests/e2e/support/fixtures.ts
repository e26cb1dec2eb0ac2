import { test as base, expect, type Page, type Request, type Response } from '@playwright/test';

/**
 * Every spec imports `test` from here. An automatic fixture records each request the pages of
 * the test make and fails the test if any goes to a host other than the app's own: nothing from
 * a third party may load on our pages (DESIGN.md §2 and §7: no Google or Stripe scripts,
 * no analytics, no fonts or images from CDNs).
 *
 * A spec that follows a redirect to another site on purpose (Google sign-in's own pages, played
 * here by a local OpenID Connect server) names that host in `redirectHosts`; requests made while
 * the browser is on that site are its own business, never our pages'.
 */
export const test = base.extend<{ onlyOwnHost: void; redirectHosts: string[] }>({
  redirectHosts: [[], { option: true }],
  page: async ({ page, baseURL }, provide) => {
    waitForHydrationAfterLoads(page, new URL(baseURL ?? 'http://127.0.0.1').host);
    await provide(page);
  },
  onlyOwnHost: [
    async ({ context, baseURL, redirectHosts }, use) => {
      const ownHost = new URL(baseURL ?? 'http://127.0.0.1').host;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        // data:, blob: and similar never leave the browser.
        if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
        if (url.host === ownHost || redirectHosts.includes(url.host)) return;
        if (redirectHosts.includes(hostOfFrame(request))) return; // that site's own page, not ours
        foreign.push(`${request.method()} ${url.origin}${url.pathname}`);
      });
      await use();
      expect(foreign, `requests to hosts other than ${ownHost}`).toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * After `page.goto` or `page.reload` lands on one of our HTML pages, waits until React has hydrated it
 * (`<html data-hydrated>`, set by the root layout's HydrationMarker) before the test acts, as a person waits for
 * a page to respond. Acting earlier changes the DOM behind React's back: on a loaded machine a select picked
 * before hydration was reset on the next render. Downloads, JSON and other hosts' pages are returned as they are.
 */
function waitForHydrationAfterLoads(page: Page, ownHost: string): void {
  const settle = async (response: Response | null) => {
    if (!response || response.request().method() !== 'GET') return response;
    const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
    if (html && new URL(page.url()).host === ownHost) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => settle(await goto(url, options));
  page.reload = async (options) => settle(await reload(options));
}

function hostOfFrame(request: Request): string {
  try {
    return new URL(request.frame().url()).host;
  } catch {
    return ''; // no frame (a service worker) or no URL yet
  }
}

export { expect };
