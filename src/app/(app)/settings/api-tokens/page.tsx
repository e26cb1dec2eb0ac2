import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiTokensTable } from '@/components/admin/api-tokens-table';
import { CreateApiTokenForm } from '@/components/admin/create-api-token-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { roleLabels } from '@/config/roles';
import { requireSignedIn } from '@/server/access/page-guards';
import { createApiTokenAction, revokeApiTokenAction } from '@/server/access/api-tokens.actions';
import { listApiTokens } from '@/server/access/list-api-tokens';

export const metadata: Metadata = { title: 'API tokens' };

const acting = (clinicName: string | null, role: keyof typeof roleLabels) => (clinicName ? `${roleLabels[role]}, ${clinicName}` : roleLabels[role]);

export default async function ApiTokensPage() {
  const principal = await requireSignedIn('/settings/api-tokens');
  const tokens = await listApiTokens(principal);
  const memberships = principal.memberships.map((m) => ({ value: `${m.clinicId ?? ''}:${m.role}`, label: acting(m.clinicName, m.role) }));

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="API tokens"
        description="Personal tokens for the JSON API. A token acts as you, in one of your roles, with the same permissions as the screens."
        eyebrow={<Link href="/settings" className="underline hover:no-underline">Settings</Link>}
      />
      <div className="grid max-w-prose-wide gap-6">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Create a token</CardTitle>
            <CardDescription>At most 90 days. Only a hash is stored: the token is shown once.</CardDescription>
          </CardHeader>
          <CardContent>
            {memberships.length === 0 ? (
              <p className="text-sm text-muted-foreground">You hold no role yet, so a token could not act as anything.</p>
            ) : (
              <CreateApiTokenForm memberships={memberships} action={createApiTokenAction} />
            )}
          </CardContent>
        </Card>
        <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
          <h2 id="tokens-heading" className="text-xl font-semibold">Your tokens</h2>
          <ApiTokensTable
            tokens={tokens.map((t) => ({ id: t.id, name: t.name, acting: acting(t.clinicName, t.role), createdAt: t.createdAt, expiresAt: t.expiresAt, lastUsedAt: t.lastUsedAt, status: t.status }))}
            revoke={revokeApiTokenAction}
          />
        </section>
      </div>
    </div>
  );
}
