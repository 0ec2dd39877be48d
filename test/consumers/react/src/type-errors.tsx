// Type-checked only (tsc -p react/tsconfig.json), never built: each line under `@ts-expect-error` must fail to
// compile against the package's typings, and tsc fails if one compiles (an unused directive is an error).
import 'mongolia-timeline';
import { MongoliaTimeline } from 'mongolia-timeline/react';

export const typeErrors = (
  <>
    {/* @ts-expect-error partners is a string of ids, not a number */}
    <mongolia-timeline partners={123} />
    {/* @ts-expect-error view is "timeline" or "list" */}
    <mongolia-timeline view="grid" />
    {/* @ts-expect-error mt-select's detail is {event}, not {id} */}
    <mongolia-timeline onmt-select={(e) => e.detail.id} />
    {/* @ts-expect-error mt-filter-change's detail has no `partner` */}
    <mongolia-timeline onmt-filter-change={(e) => e.detail.partner} />
    {/* @ts-expect-error the wrapper's partners is a string too */}
    <MongoliaTimeline partners={['ru']} />
    {/* @ts-expect-error onSelect's detail is {event} */}
    <MongoliaTimeline onSelect={(e) => e.detail.partners} />
  </>
);
