import type { Principal } from '@/server/access/principal';
import { unreadState } from './notifications.repo';

/** How often the stream looks for news: one indexed count per open tab. */
const POLL_MS = 3_000;
/** A stream ends after this; the browser's EventSource reconnects, which re-checks the session. */
const STREAM_MS = 5 * 60_000;

/**
 * Server-sent events with the person's unread count. Fan-out goes through the database: every instance polls
 * the cheap unread query for its own open streams, so a notice written by any instance (or worker) reaches
 * the browser within a few seconds. PGlite is one process, so the same polling serves it too.
 */
export function notificationStream(principal: Principal, signal: AbortSignal, options: { once?: boolean } = {}): Response {
  const encoder = new TextEncoder();
  let timer: NodeJS.Timeout | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let last = -1;
      const startedAt = Date.now();
      const stop = () => {
        clearInterval(timer);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const tick = async () => {
        if (signal.aborted || Date.now() - startedAt > STREAM_MS) return stop();
        try {
          const { unread } = await unreadState(principal.userId);
          if (unread !== last) controller.enqueue(encoder.encode(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`));
          else controller.enqueue(encoder.encode(': keep-alive\n\n'));
          last = unread;
        } catch {
          stop();
        }
      };
      signal.addEventListener('abort', stop);
      controller.enqueue(encoder.encode('retry: 5000\n\n'));
      await tick();
      // once: a single event, then the end (probes and scripts that cannot hold a stream open).
      if (options.once) return stop();
      timer = setInterval(() => void tick(), POLL_MS);
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
}
