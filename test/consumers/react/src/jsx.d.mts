// What a React host declares to use the element in TSX: its properties and its events as React 19 custom-element
// props (`on` + the event's name).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FilterChangeDetail, MongoliaTimeline, SelectDetail, ViewChangeDetail } from 'mongolia-timeline';

type TimelineProps = DetailedHTMLProps<HTMLAttributes<MongoliaTimeline>, MongoliaTimeline> &
  Partial<
    Pick<MongoliaTimeline, 'start' | 'end' | 'partners' | 'query' | 'selected' | 'view' | 'theme' | 'data' | 'src'>
  > & {
    'onmt-select'?: (e: CustomEvent<SelectDetail>) => void;
    'onmt-filter-change'?: (e: CustomEvent<FilterChangeDetail>) => void;
    'onmt-view-change'?: (e: CustomEvent<ViewChangeDetail>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mongolia-timeline': TimelineProps;
    }
  }
}
