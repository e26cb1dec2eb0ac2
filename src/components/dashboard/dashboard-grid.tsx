'use client';

import { ArrowDown, ArrowUp, Eye, EyeOff } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useUiPreferences } from '@/components/consent/use-ui-preferences';
import { Button } from '@/components/ui/button';
import { decodeLayout, encodeLayout, moveWidget, normalizeLayout, toggleWidget, type DashboardLayout } from '@/lib/dashboard-layout';
import { saveDashboardLayoutAction } from '@/server/dashboards/dashboard.actions';
import type { DashboardRole } from '@/config/dashboard-widgets';

export type WidgetSlot = { id: string; label: string; content: ReactNode };

/**
 * A dashboard's widgets in the person's order, without the hidden ones. "Customise" moves and hides widgets; each
 * change is saved with the account and, only with functional consent, remembered on this device in clinixai-ui
 * (which then wins on this device). Without consent nothing is written to the browser.
 */
export function DashboardGrid({ role, widgets, accountLayout }: { role: DashboardRole; widgets: WidgetSlot[]; accountLayout: DashboardLayout }) {
  const { preferences, update, remembered } = useUiPreferences();
  const deviceLayout = remembered ? decodeLayout(role, preferences.dashboard?.[role]) : null;
  const [changed, setChanged] = useState<DashboardLayout | null>(null);
  const layout = changed ?? deviceLayout ?? { order: accountLayout.order, hidden: accountLayout.hidden };
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function apply(next: DashboardLayout) {
    setStatus(null);
    setChanged(next);
    if (remembered) update({ dashboard: { ...preferences.dashboard, [role]: encodeLayout(next) } });
    const result = await saveDashboardLayoutAction({ order: next.order, hidden: next.hidden });
    setStatus(result.ok ? `Layout saved${remembered ? ' and remembered on this device' : ' with your account'}.` : result.error.message);
  }

  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  const visible = layout.order.filter((id) => !layout.hidden.includes(id) && byId.has(id));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" size="sm" aria-expanded={editing} aria-controls="dashboard-customise" onClick={() => setEditing((value) => !value)}>
          {editing ? 'Done' : 'Customise dashboard'}
        </Button>
        {editing && (
          <Button variant="ghost" size="sm" onClick={() => void apply(normalizeLayout(role, null))}>
            Reset to default
          </Button>
        )}
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground">{status}</p>
      </div>
      {editing && (
        <ol id="dashboard-customise" aria-label="Dashboard widgets" className="flex flex-col gap-1 rounded-md border p-3">
          {layout.order.map((id, index) => {
            const widget = byId.get(id);
            if (!widget) return null;
            const hidden = layout.hidden.includes(id);
            return (
              <li key={id} className="flex items-center gap-2 text-sm" data-widget-setting={id}>
                <span className={hidden ? 'flex-1 text-muted-foreground line-through' : 'flex-1'}>{widget.label}</span>
                <Button variant="ghost" size="icon" aria-label={`Move ${widget.label} up`} disabled={index === 0} onClick={() => void apply(moveWidget(layout, id, -1))}>
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button variant="ghost" size="icon" aria-label={`Move ${widget.label} down`} disabled={index === layout.order.length - 1} onClick={() => void apply(moveWidget(layout, id, 1))}>
                  <ArrowDown aria-hidden="true" />
                </Button>
                <Button variant="ghost" size="icon" aria-label={`${hidden ? 'Show' : 'Hide'} ${widget.label}`} aria-pressed={hidden} onClick={() => void apply(toggleWidget(layout, id))}>
                  {hidden ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {visible.map((id) => (
          <section key={id} aria-labelledby={`widget-${id}`} data-widget={id} className="flex min-w-0 flex-col gap-3 rounded-lg border bg-card p-5">
            <h2 id={`widget-${id}`} className="text-lg font-semibold">{byId.get(id)!.label}</h2>
            {byId.get(id)!.content}
          </section>
        ))}
        {visible.length === 0 && <p className="text-sm text-muted-foreground">All widgets are hidden. Use “Customise dashboard” to show some.</p>}
      </div>
    </div>
  );
}
