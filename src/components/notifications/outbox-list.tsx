import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

interface OutboxProps {
  outbox: { messages: { id: string; to: string; subject: string; text: string; createdAt: string }[]; jobs: { status: string; count: number }[] };
}

/** The platform's unsent mail, newest first, and how many delivery jobs are in each state. */
export function OutboxList({ outbox }: OutboxProps) {
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading" className="mb-2 text-lg font-semibold">Delivery jobs</h2>
        {outbox.jobs.length === 0 ? (
          <p className="text-sm text-muted-foreground">No delivery jobs yet.</p>
        ) : (
          <dl className="flex flex-wrap gap-4">
            {outbox.jobs.map((job) => (
              <div key={job.status} className="rounded-md border px-4 py-2">
                <dt className="text-sm text-muted-foreground capitalize">{job.status}</dt>
                <dd className="text-xl font-semibold">{job.count}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="mail-heading" className="flex flex-col gap-3">
        <h2 id="mail-heading" className="text-lg font-semibold">Latest mail</h2>
        {outbox.messages.length === 0 && <p className="text-sm text-muted-foreground">The outbox is empty.</p>}
        {outbox.messages.map((message) => (
          <Card key={message.id}>
            <CardHeader>
              <CardTitle className="text-base">{message.subject}</CardTitle>
              <p className="text-sm text-muted-foreground">
                To {message.to} · <time dateTime={message.createdAt}>{new Date(message.createdAt).toUTCString()}</time>
              </p>
            </CardHeader>
            <CardContent>
              <pre className="text-sm whitespace-pre-wrap">{message.text}</pre>
            </CardContent>
          </Card>
        ))}
      </section>
    </div>
  );
}
