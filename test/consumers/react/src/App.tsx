// A React 19 host with the bare tag: the README's import, properties from state (undefined is React's way to clear
// one), and the element's events through React 19's `on<event-name>` props on a custom element, typed by
// `mongolia-timeline/jsx` (src/env.d.ts), so `e` needs no annotation.
import { useState } from 'react';
import 'mongolia-timeline';

export function App() {
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
      <h1>React {partners ?? '(all)'}</h1>
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
      <mongolia-timeline
        partners={partners}
        query={query}
        onmt-select={(e) => heard(`mt-select ${JSON.stringify({ id: e.detail.event?.id ?? null })}`)}
        onmt-filter-change={(e) => heard(`mt-filter-change ${JSON.stringify(e.detail)}`)}
      />
    </main>
  );
}
