import { ShieldCheck } from 'lucide-react';

/** The wording the GPC specification's implementers use, so people recognise that their signal was seen. */
export function GpcNotice() {
  return (
    <p className="flex items-start gap-2 text-sm font-medium text-foreground">
      <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
      <span>
        Opt-out preference signal honored.{' '}
        <span className="font-normal text-muted-foreground">
          Your browser sends Global Privacy Control, so analytics and any sale or sharing stay off.
        </span>
      </span>
    </p>
  );
}

/** The "what changed" note when a choice was made under an earlier version of the Cookie Policy. */
export function PolicyChanges({ changes }: { changes: readonly string[] }) {
  if (changes.length === 0) return null;
  return (
    <div className="rounded-md border-l-4 border-primary bg-accent px-3 py-2 text-sm text-accent-foreground">
      <p className="font-semibold">Our Cookie Policy has changed since your last choice:</p>
      <ul className="mt-1 list-disc pl-5">
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </div>
  );
}
