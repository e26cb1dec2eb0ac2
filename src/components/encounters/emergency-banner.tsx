import { TriangleAlert } from 'lucide-react';
import type { IntakeRedFlag } from './intake-types';

/**
 * Plain emergency guidance for a red flag in the patient's own words. Announced at once (role="alert"), shown above
 * the form, and never a diagnosis.
 */
export function EmergencyBanner({ flags, emergencyNumber }: { flags: readonly IntakeRedFlag[]; emergencyNumber: string }) {
  const serious = flags.filter((f) => f.urgency !== 'routine' || f.routeToPerson);
  if (!serious.length) return null;
  const emergency = serious.some((f) => f.urgency === 'emergency');
  return (
    <div role="alert" className="rounded-lg border-2 border-destructive bg-card p-4 text-foreground" data-testid="emergency-guidance">
      <p className="flex items-center gap-2 text-lg font-semibold text-destructive">
        <TriangleAlert aria-hidden className="size-5" />
        {emergency ? `Call ${emergencyNumber} now` : 'Please get help today'}
      </p>
      <ul className="mt-2 grid gap-2 text-sm">
        {serious.map((f) => (
          <li key={f.id}>{f.guidance}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        {emergency ? `If you are in danger or this is happening now, call ${emergencyNumber}. ` : ''}We have told the clinic’s staff. This is not a diagnosis.
      </p>
    </div>
  );
}
