'use client';

import { useEffect } from 'react';

/**
 * Marks the page as interactive (`<html data-hydrated>`) once React has hydrated it. Until then a select or a
 * field changed by a quick hand (or a test) is not in React's state and is reset on the next render; the
 * end-to-end suite waits for this mark after each page load before it acts, as a person waits for the page.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
