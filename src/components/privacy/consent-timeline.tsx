import { LocalTime } from '@/components/auth/local-time';
import { Badge } from '@/components/ui/badge';
import type { ConsentCategories, ConsentHistoryEntry } from '@/lib/consent-history-entry';

const actionLabel: Record<ConsentHistoryEntry['action'], string> = {
  given: 'Choice made',
  changed: 'Choice changed',
  withdrawn: 'Consent withdrawn',
  linked: 'Device choice linked to your account',
};
const surfaceLabel: Record<ConsentHistoryEntry['surface'], string> = { banner: 'cookie banner', settings: 'cookie settings', sign_in: 'sign-in' };

function describeCategories(categories: ConsentCategories): string {
  const optional = [categories.functional && 'functional', categories.analytics && 'analytics'].filter(Boolean);
  return optional.length > 0 ? `necessary, ${optional.join(', ')}` : 'necessary only';
}

/** The person's cookie choices, newest first, as an ordered list so assistive technology announces the count. */
export function ConsentTimeline({ entries }: { entries: ConsentHistoryEntry[] }) {
  if (entries.length === 0) {
    return (
      <p className="text-muted-foreground">
        No cookie choice is linked to your account yet. When you choose in the cookie banner or cookie settings while
        signed in, or sign in on a device where you chose, it appears here.
      </p>
    );
  }
  return (
    <ol className="flex flex-col gap-4 border-l-2 border-border pl-5" aria-label="Consent history, newest first">
      {entries.map((entry) => (
        <li key={entry.seq} className="relative flex flex-col gap-1">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.72rem] size-3 rounded-full bg-primary" />
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{actionLabel[entry.action]}</span>
            <span className="text-muted-foreground"><LocalTime iso={entry.at} /></span>
            {entry.gpc && <Badge variant="secondary">GPC</Badge>}
          </p>
          <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
            {entry.categoriesBefore && (
              <>
                <dt className="text-muted-foreground">Before</dt>
                <dd>{describeCategories(entry.categoriesBefore)}</dd>
              </>
            )}
            <dt className="text-muted-foreground">{entry.categoriesBefore ? 'After' : 'Allowed'}</dt>
            <dd>{describeCategories(entry.categoriesAfter)}</dd>
            <dt className="text-muted-foreground">Where</dt>
            <dd>{surfaceLabel[entry.surface]}</dd>
            <dt className="text-muted-foreground">Privacy signal</dt>
            <dd>{entry.gpc ? 'Global Privacy Control was on' : 'none'}</dd>
            <dt className="text-muted-foreground">Policy version</dt>
            <dd><code className="font-mono">{entry.policyVersion}</code></dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
