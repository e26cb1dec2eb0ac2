import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` from here. An automatic fixture records each request the pages of
 * the test make and fails the test if any goes to a host other than the app's own: nothing from
 * a third party may load on our pages (DESIGN.md §2 and §7: no Google or Stripe scripts,
 * no analytics, no fonts or images from CDNs).
 */
export const test = base.extend<{ onlyOwnHost: void }>({
  onlyOwnHost: [
    async ({ context, baseURL }, use) => {
      const ownHost = new URL(baseURL ?? 'http://127.0.0.1').host;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        // data:, blob: and similar never leave the browser.
        if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
        if (url.host !== ownHost) foreign.push(`${request.method()} ${url.origin}${url.pathname}`);
      });
      await use();
      expect(foreign, `requests to hosts other than ${ownHost}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
