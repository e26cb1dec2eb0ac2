import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

/**
 * The target of every "Cookie settings" link (/cookies#settings). It states what is true today: only
 * strictly necessary cookies exist, so there is no choice to make yet. The consent work replaces this
 * with the real settings.
 */
export function CookieSettingsNotice() {
  return (
    <section aria-labelledby="settings" className="mt-12">
      <Card className="bg-muted">
        <CardHeader>
          <CardTitle as="h2" id="settings" className="text-2xl tracking-tight">
            Cookie settings
          </CardTitle>
          <CardDescription className="text-base">
            ClinixAI currently sets only the strictly necessary cookies listed in section 2.1. No functional or
            analytics cookies are set, so there is nothing to switch on or off. Before any functional cookie is
            used, you will be asked, and you will be able to change your choice here at any time.
          </CardDescription>
        </CardHeader>
      </Card>
    </section>
  );
}
