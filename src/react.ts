'use client';
/**
 * `mongolia-timeline/react`: `<mongolia-timeline>` as a React component, made by `@lit/react`. Its properties are
 * props, and its events are typed callback props (`onSelect`, `onFilterChange`, `onViewChange`, `onError`,
 * `onLoad`) that the wrapper adds as listeners itself, so they work after a server render and hydration too (Next.js),
 * where React 19's own `onmt-select` props on the bare tag stay silent until some later render.
 *
 * ```tsx
 * import { MongoliaTimeline } from 'mongolia-timeline/react';
 *
 * <MongoliaTimeline partners="ru,cn" onSelect={(e) => console.log(e.detail.event?.id)} />;
 * ```
 *
 * `react` is an optional peer dependency of the package: only this module imports it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MongoliaTimeline as MongoliaTimelineElement } from './mongolia-timeline.js';
import type { MongoliaTimelineEventMap } from './events.js';

/** The wrapper's event props and the element event each one listens to. */
const events = {
  onViewChange: 'mt-view-change' as EventName<MongoliaTimelineEventMap['mt-view-change']>,
  onFilterChange: 'mt-filter-change' as EventName<MongoliaTimelineEventMap['mt-filter-change']>,
  onSelect: 'mt-select' as EventName<MongoliaTimelineEventMap['mt-select']>,
  onError: 'mt-error' as EventName<MongoliaTimelineEventMap['mt-error']>,
  onLoad: 'mt-load' as EventName<MongoliaTimelineEventMap['mt-load']>,
};

/** The component @lit/react makes: it sets element properties and adds event listeners in a layout effect. */
const LitComponent = createComponent({
  react: React,
  tagName: 'mongolia-timeline',
  elementClass: MongoliaTimelineElement,
  events,
  displayName: 'LitMongoliaTimeline',
});

/** The props of the `MongoliaTimeline` React component: the element's properties and `on<Event>` callbacks. */
export type MongoliaTimelineProps = React.ComponentPropsWithoutRef<typeof LitComponent>;

/** Props React keeps for itself, which @lit/react never sets on the element. */
const REACT_PROPS = new Set(['children', 'ref', 'style', 'className', 'localName']);
const isElementProperty = (key: string) =>
  !(key in events) && !REACT_PROPS.has(key) && key in MongoliaTimelineElement.prototype;

/**
 * `<mongolia-timeline>` for React: element properties as props, `on<Event>` props for its `mt-*` events.
 *
 * @lit/react sets every element property again on every render. The reader changes some of them (a chip sets
 * `partners`, the search box `query`, a zoom `start` and `end`), so that would undo the reader's choice whenever the
 * app re-renders with a prop it has not changed. Like React's own props, a prop here reaches the element only when
 * its value differs from the one this component gave last: an unchanged prop passes the element's current value,
 * which the element ignores.
 */
export const MongoliaTimeline = React.forwardRef<MongoliaTimelineElement, MongoliaTimelineProps>(
  function MongoliaTimeline(props, ref) {
    const element = React.useRef<MongoliaTimelineElement | null>(null);
    const given = React.useRef(new Map<string, unknown>());
    const passed: Record<string, unknown> = { ...props };
    const current = element.current as unknown as Record<string, unknown> | null;
    if (current) {
      for (const [key, value] of Object.entries(props)) {
        if (isElementProperty(key) && given.current.has(key) && Object.is(given.current.get(key), value)) {
          passed[key] = current[key];
        }
      }
    }
    React.useLayoutEffect(() => {
      given.current = new Map(Object.entries(props).filter(([key]) => isElementProperty(key)));
    });
    const setRef = React.useCallback(
      (node: MongoliaTimelineElement | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    return React.createElement(LitComponent, { ...(passed as MongoliaTimelineProps), ref: setRef });
  },
);
MongoliaTimeline.displayName = 'MongoliaTimeline';

export default MongoliaTimeline;
