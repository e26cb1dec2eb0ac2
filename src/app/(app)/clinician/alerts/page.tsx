import type { Metadata } from 'next';
import { AcknowledgeAlertButton } from '@/components/encounters/acknowledge-alert-button';
import { AlertsTable } from '@/components/encounters/alerts-table';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { acknowledgeIntakeAlertAction } from '@/server/encounters/intake-alerts.actions';
import { listIntakeAlerts } from '@/server/encounters/intake-alerts';
import { notFoundPage } from '@/server/encounters/not-found-page';

export const metadata: Metadata = { title: 'Intake alerts' };

export default async function IntakeAlertsPage() {
  const principal = await requireRolePage('clinician', '/clinician/alerts');
  const alerts = await notFoundPage(() => listIntakeAlerts(principal));
  const open = alerts.open.length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Intake alerts"
        description={`${open === 0 ? 'No open red flags.' : `${open} open ${open === 1 ? 'red flag' : 'red flags'} from patients' pre-visit intakes, emergencies first.`} Times are on the clinic's calendar (${alerts.timeZone}).`}
      />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Open</CardTitle>
        </CardHeader>
        <CardContent>
          <AlertsTable
            items={alerts.open}
            timeZone={alerts.timeZone}
            caption="Open red-flag alerts, emergencies first, newest first"
            empty="No open alerts. When a patient's intake raises a red flag, it appears here for the clinic's clinicians."
            action={(alert) => <AcknowledgeAlertButton patientName={alert.patient.name} rule={alert.rule} acknowledge={acknowledgeIntakeAlertAction.bind(null, alert.id)} />}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Acknowledged in the last 14 days</CardTitle>
        </CardHeader>
        <CardContent>
          <AlertsTable items={alerts.acknowledged} timeZone={alerts.timeZone} caption="Acknowledged red-flag alerts, most recent first" empty="None acknowledged in the last 14 days." />
        </CardContent>
      </Card>
    </div>
  );
}
