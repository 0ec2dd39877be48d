'use client';
// The bare tag with React 19's own `onmt-*` props, hydrated from the server HTML. React attaches these listeners
// only at the element's next render (react#35446), so the reader's first click after hydration goes unheard;
// scripts/test-consumers.mjs checks that this is still so, since the docs say it.
import 'mongolia-timeline';
import { useState } from 'react';
import { useCommitCount } from '../commit-count';

export function BareTimeline() {
  const [last, setLast] = useState('');
  const [count, setCount] = useState(0);
  const heard = (text: string) => {
    setLast(text);
    setCount((n) => n + 1);
  };
  useCommitCount();

  return (
    <main>
      <h1>Next.js with the bare tag</h1>
      <output id="last-event">{last}</output> <output id="event-count">{count}</output>
      <mongolia-timeline
        onmt-select={(e) => heard(`mt-select ${JSON.stringify({ id: e.detail.event?.id ?? null })}`)}
        onmt-filter-change={(e) => heard(`mt-filter-change ${JSON.stringify(e.detail)}`)}
      />
    </main>
  );
}
