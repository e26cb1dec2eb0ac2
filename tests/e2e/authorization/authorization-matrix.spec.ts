import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import { roles, type Role } from '../../../src/config/roles';
import { expect, test } from '../support/fixtures';
import { credentialsSignIn, demoPassword } from '../support/credentials';
import { cookieHeader } from '../support/set-cookie';
import { actionAccess, apiAccess, pageAccess, roleAccounts, type Access } from './route-classes';
import { apiRoutes, pageRoutes, serverActions } from './route-inventory';

/**
 * Every page, API route and server action of the application, for anonymous and for each role:
 * allowed or denied as route-classes.ts says. Denials look like "not there": anonymous is sent to
 * sign-in (pages) or gets 401 (API); a signed-in person in another role gets 404.
 */
type Identity = 'anonymous' | Role;
const identities: Identity[] = ['anonymous', ...roles];

const sessionCookies = new Map<Identity, string>();

test.beforeAll(async ({ baseURL }) => {
  sessionCookies.set('anonymous', '');
  for (const role of roles) {
    const { cookies } = await credentialsSignIn(baseURL!, { email: roleAccounts[role], password: demoPassword() });
    sessionCookies.set(role, cookieHeader(cookies.filter((c) => c.name === 'authjs.session-token')));
  }
});

const allows = (access: Access, who: Identity) =>
  access === 'public' ||
  (who !== 'anonymous' && (access === 'signed-in' || access === who || (Array.isArray(access) && access.includes(who))));

async function withContext<T>(run: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await playwrightRequest.newContext();
  try {
    return await run(api);
  } finally {
    await api.dispose();
  }
}

const describe = (response: APIResponse) => `${response.status()} ${response.headers().location ?? ''}`;

test('every page, API route and server action is classified, and nothing classified is gone', () => {
  const pages = pageRoutes().map((r) => r.template);
  expect(pages.filter((t) => !(t in pageAccess)), 'unclassified pages').toEqual([]);
  expect(Object.keys(pageAccess).filter((t) => !pages.includes(t)), 'classified pages that no longer exist').toEqual([]);

  const apis = apiRoutes();
  const unclassifiedApi = apis.flatMap((r) => r.methods.filter((m) => !apiAccess[r.template]?.methods[m]).map((m) => `${m} ${r.template}`));
  expect(unclassifiedApi, 'unclassified API routes').toEqual([]);
  const staleApi = Object.entries(apiAccess).flatMap(([t, spec]) =>
    Object.keys(spec.methods).filter((m) => !apis.find((r) => r.template === t)?.methods.includes(m)).map((m) => `${m} ${t}`),
  );
  expect(staleApi, 'classified API routes that no longer exist').toEqual([]);

  const actions = serverActions().map((a) => a.key);
  expect(actions.filter((k) => !(k in actionAccess)), 'unclassified server actions').toEqual([]);
  expect(Object.keys(actionAccess).filter((k) => !actions.includes(k)), 'classified actions that no longer exist').toEqual([]);
});

for (const who of identities) {
  test(`pages as ${who}`, async ({ baseURL }) => {
    await withContext(async (api) => {
      for (const { template } of pageRoutes()) {
        const spec = pageAccess[template];
        if (!spec) continue; // reported by the classification test
        const response = await api.get(`${baseURL}${spec.sample ?? template}`, { headers: { cookie: sessionCookies.get(who)! }, maxRedirects: 0 });
        const location = response.headers().location ?? '';
        if (allows(spec.access, who)) {
          expect(response.status() < 400 && !location.includes('/sign-in'), `${who} may open ${template}: got ${describe(response)}`).toBe(true);
        } else if (who === 'anonymous') {
          expect(response.status() >= 300 && response.status() < 400 && location.includes('/sign-in'), `anonymous is sent to sign-in from ${template}: got ${describe(response)}`).toBe(true);
        } else {
          expect(response.status(), `${who} gets 404 on ${template}`).toBe(404);
        }
      }
    });
  });

  test(`API routes as ${who}`, async ({ baseURL }) => {
    await withContext(async (api) => {
      for (const route of apiRoutes()) {
        const spec = apiAccess[route.template];
        for (const method of route.methods) {
          const access = spec?.methods[method];
          if (!access) continue;
          const response = await api.fetch(`${baseURL}${spec.sample ?? route.template}`, {
            method,
            headers: { cookie: sessionCookies.get(who)!, origin: baseURL!, 'content-type': 'application/json' },
            data: method === 'GET' || method === 'HEAD' ? undefined : '{}',
            maxRedirects: 0,
          });
          const denied = [401, 403, 404].includes(response.status());
          if (allows(access, who)) expect(denied, `${who} may call ${method} ${route.template}: got ${response.status()}`).toBe(false);
          else expect(response.status(), `${who} is refused ${method} ${route.template}`).toBe(who === 'anonymous' ? 401 : 404);
        }
      }
    });
  });
}

test('server actions that need a session refuse an anonymous caller', async ({ baseURL }) => {
  await withContext(async (api) => {
    for (const action of serverActions().filter((a) => actionAccess[a.key] === 'signed-in')) {
      // A made-up session cookie gets past proxy.ts's optimistic redirect: the action itself must refuse.
      const response = await api.post(`${baseURL}${action.pagePath}`, {
        headers: { 'next-action': action.id, origin: baseURL!, 'content-type': 'text/plain;charset=UTF-8', cookie: 'authjs.session-token=forged' },
        data: '[]',
        maxRedirects: 0,
      });
      expect(response.status(), `${action.key} as anonymous`).toBeGreaterThanOrEqual(400);
      expect(response.headers()['x-action-redirect'] ?? '', `${action.key} must not complete`).toBe('');
    }
  });
});
