import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalculatorWorkbench } from '@/components/decision-support/calculator-workbench';
import { InteractionChecker } from '@/components/decision-support/interaction-checker';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { canUseDecisionSupport } from '@/server/decision-support/decision-support.policy';
import { calculatorCatalogue } from '@/server/decision-support/list-calculators';

export const metadata: Metadata = { title: 'Decision support' };

export default async function CalculatorsPage() {
  const principal = await requireRolePage('clinician', '/clinician/calculators');
  if (!canUseDecisionSupport(principal)) notFound();
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Decision support" description="Validated calculators and drug interaction and allergy checks. Every result names its source; the decision stays yours." />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Calculators</CardTitle>
          <CardDescription>Pick a calculator; the result, its category and its citation update as you type.</CardDescription>
        </CardHeader>
        <CalculatorWorkbench calculators={calculatorCatalogue()} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Interaction and allergy checker</CardTitle>
          <CardDescription>
            The 15 ONC high-priority interactions stop prescribing until overridden; the 33 non-interruptive class pairs are shown without blocking.
          </CardDescription>
        </CardHeader>
        <InteractionChecker />
      </Card>
    </div>
  );
}
