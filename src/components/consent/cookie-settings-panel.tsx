'use client';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { useConsent } from './consent-provider';
import { GpcNotice } from './gpc-notice';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** The Cookie Policy's "settings" section (/cookies#settings): the choice in effect and a way to change it. */
export function CookieSettingsPanel() {
  const { consent, gpc, setDialogOpen } = useConsent();
  const chosen = consent.status === 'current';
  const summary = !chosen
    ? 'You have not made a choice under this version of the policy, so only strictly necessary cookies are set.'
    : consent.categories.functional
      ? 'Strictly necessary and functional cookies are allowed on this device.'
      : 'Only strictly necessary cookies are allowed on this device.';
  return (
    <section aria-labelledby="settings" className="mt-12">
      <Card className="bg-muted">
        <CardHeader>
          <CardTitle as="h2" id="settings" className="text-2xl tracking-tight">
            Cookie settings
          </CardTitle>
          <CardDescription className="text-base">{summary}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3 text-base">
          {chosen && consent.updatedAt && (
            <p className="text-sm text-muted-foreground">
              Last changed <time dateTime={consent.updatedAt}>{dateFormat.format(new Date(consent.updatedAt))} (UTC)</time>. Consent
              reference: <code className="font-mono text-[0.85em] break-all">{consent.consentId}</code>
            </p>
          )}
          {gpc && <GpcNotice />}
          <div>
            <Button aria-haspopup="dialog" onClick={() => setDialogOpen(true)}>
              Change cookie settings
            </Button>
          </div>
        </CardContent>
      </Card>
    </section>
  );
}
