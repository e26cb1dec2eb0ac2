import type { NoteSource } from './visit-types';

/** Where a sentence came from, as a disclosure: reachable by keyboard and read by screen readers, not hover-only. */
export function SourcesDetails({ sources }: { sources: readonly NoteSource[] }) {
  return (
    <details className="text-xs text-muted-foreground">
      <summary className="cursor-pointer select-none rounded underline-offset-2 hover:underline focus-visible:outline-2">
        Sources ({sources.length})
      </summary>
      <ul className="mt-1 grid gap-1 pl-4">
        {sources.map((s, i) => (
          <li key={`${s.kind}-${s.ref}-${i}`}>
            <span className="font-medium text-foreground">{s.label}:</span> {s.excerpt}
          </li>
        ))}
      </ul>
    </details>
  );
}
