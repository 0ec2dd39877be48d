// A Server Component page, prerendered by `next build`, that renders the Client Component holding the element.
import { Timeline } from './timeline';

export default function Page() {
  return <Timeline />;
}
