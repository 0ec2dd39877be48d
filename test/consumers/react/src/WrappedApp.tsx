// The same React 19 host with the package's React wrapper (`mongolia-timeline/react`, made by @lit/react): typed
// `onSelect` / `onFilterChange` props whose listeners the wrapper adds itself, which also holds after hydration.
import { useState } from 'react';
import { MongoliaTimeline } from 'mongolia-timeline/react';

export function WrappedApp() {
  const [partners, setPartners] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [last, setLast] = useState('');
  const [count, setCount] = useState(0);
  const heard = (text: string) => {
    setLast(text);
    setCount((n) => n + 1);
  };

  return (
    <main>
      <h1>React wrapper {partners ?? '(all)'}</h1>
      <p>
        <button id="clear" onClick={() => setPartners(undefined)}>
          All partners
        </button>
        <button id="set-ru" onClick={() => setPartners('ru')}>
          Russia
        </button>
        <button id="query-border" onClick={() => setQuery('border')}>
          Search "border"
        </button>
        <button id="clear-query" onClick={() => setQuery(undefined)}>
          Clear search
        </button>
      </p>
      <output id="last-event">{last}</output> <output id="event-count">{count}</output>
      <MongoliaTimeline
        partners={partners}
        query={query}
        onSelect={(e) => heard(`mt-select ${JSON.stringify({ id: e.detail.event?.id ?? null })}`)}
        onFilterChange={(e) => heard(`mt-filter-change ${JSON.stringify(e.detail)}`)}
      />
    </main>
  );
}
