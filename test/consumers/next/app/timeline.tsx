'use client';
// A Next.js App Router host with the React wrapper (`mongolia-timeline/react`): a Client Component, rendered by the
// server page app/page.tsx. The wrapper adds its `onSelect` / `onFilterChange` listeners itself, after hydration
// too, so the reader's first click is heard with no other render in between.
import { MongoliaTimeline } from 'mongolia-timeline/react';
import { useState } from 'react';
import { useCommitCount } from './commit-count';

export function Timeline() {
  const [last, setLast] = useState('');
  const [count, setCount] = useState(0);
  const heard = (text: string) => {
    setLast(text);
    setCount((n) => n + 1);
  };
  useCommitCount();

  return (
    <main>
      <h1>Next.js with the React wrapper</h1>
      <output id="last-event">{last}</output> <output id="event-count">{count}</output>
      <MongoliaTimeline
        onSelect={(e) => heard(`mt-select ${JSON.stringify({ id: e.detail.event?.id ?? null })}`)}
        onFilterChange={(e) => heard(`mt-filter-change ${JSON.stringify(e.detail)}`)}
      />
    </main>
  );
}
