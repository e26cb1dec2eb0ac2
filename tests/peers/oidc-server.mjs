// A real OpenID Connect provider on loopback standing in for Google (oidc-provider).
// Sign in on its built-in login form with a login of the form
//   "verified:alice@example.org"   -> email_verified true
//   "unverified:bob@example.org"   -> email_verified false
// and any password; then press "Continue" on its consent page.
import Provider from 'oidc-provider';

function claimsFor(accountId) {
  const [kind, email] = accountId.includes(':') ? accountId.split(/:(.*)/s) : ['verified', accountId];
  const local = email.split('@')[0] ?? email;
  return {
    sub: `google-${Buffer.from(email).toString('hex').slice(0, 24)}`,
    email,
    email_verified: kind === 'verified',
    name: local.replace(/[._]/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    picture: undefined,
  };
}

/**
 * @param {{ port: number, clientId: string, clientSecret: string, redirectUris: string[] }} options
 * @returns {Promise<{ issuer: string, close: () => Promise<void> }>}
 */
export async function startOidcServer({ port, clientId, clientSecret, redirectUris }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => claimsFor(id) }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'picture'] },
    // Put email and name in the ID token, as Google does (DESIGN.md, known traps).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [crypto.randomUUID()] },
  });
  provider.proxy = false;
  const server = provider.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
