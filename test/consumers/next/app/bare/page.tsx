// The bare tag in the same server page, to show what the wrapper is for (see app/bare/bare-timeline.tsx).
import { BareTimeline } from './bare-timeline';

export default function Page() {
  return <BareTimeline />;
}
