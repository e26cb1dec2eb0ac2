import { currentPrincipal } from '@/server/access/principal';
import { consentRoute } from '@/server/consent/consent-route';
import { isHttpsRequest } from '@/server/consent/cookie-writes';
import { saveConsentInputSchema } from '@/server/consent/consent.schemas';
import { readConsent } from '@/server/consent/read-consent';
import { recordConsent } from '@/server/consent/record-consent';

export const dynamic = 'force-dynamic';

/** The visitor's consent as the server sees it (the banner and dialog render the same view). */
export const GET = consentRoute({
  route: '/api/v1/consent',
  run: async ({ consent }) => ({ body: { consent: readConsent(consent).view } }),
});

/** A choice from the banner or the settings dialog: logged, then stored in clinixai-cookie-consent. */
export const POST = consentRoute({
  route: '/api/v1/consent',
  input: saveConsentInputSchema,
  run: async ({ input, request, consent }) => {
    const principal = await currentPrincipal();
    const { view, cookies } = await recordConsent(input, { request: consent, https: isHttpsRequest(request.headers), userId: principal?.userId ?? null });
    return { body: { consent: view }, cookies };
  },
});
