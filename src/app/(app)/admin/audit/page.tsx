import type { Metadata } from 'next';
import { AuditFilterForm, type AuditFilterValues } from '@/components/audit/audit-filter-form';
import { AuditTable } from '@/components/audit/audit-table';
import { PageHeader } from '@/components/layout/page-header';
import { DownloadLink } from '@/components/privacy/download-link';
import { Button } from '@/components/ui/button';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { auditPageOf } from '@/server/audit/audit-page';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireRolePage('clinic_admin', '/admin/audit');
  const { values, page, errors, query } = await auditPageOf(principal, await searchParams);
  const clinicName = accountSummaryOf(principal).active?.clinicName ?? undefined;
  const next = page.nextCursor ? `/admin/audit?${new URLSearchParams({ ...query, cursor: page.nextCursor })}` : null;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={clinicName}
        title="Audit log"
        description="Every access to patient records, every change and every refusal in this clinic. Records cannot be edited or deleted."
        actions={<DownloadLink href={`/api/v1/audit/export?${new URLSearchParams(query)}`}>Export CSV</DownloadLink>}
      />
      <AuditFilterForm values={values as AuditFilterValues} actors={page.actors} errors={errors} />
      <section aria-labelledby="audit-results" className="flex flex-col gap-3">
        <h2 id="audit-results" className="text-xl font-semibold">Events</h2>
        <p role="status" className="text-sm text-muted-foreground">
          {page.entries.length === 0 ? 'No events.' : `Showing ${page.entries.length} event${page.entries.length === 1 ? '' : 's'}, newest first.`}
        </p>
        <AuditTable entries={page.entries} timeZone={page.timeZone} />
        <div className="flex gap-2">
          {values.cursor && (
            <Button asChild variant="outline">
              <a href={`/admin/audit?${new URLSearchParams(query)}`}>Newest</a>
            </Button>
          )}
          {next && (
            <Button asChild variant="outline">
              <a href={next}>Older events</a>
            </Button>
          )}
        </div>
      </section>
    </div>
  );
}
