import type { ExportSource } from './controllers/export-controller.js';
import type { HintController } from './controllers/hint-controller.js';
import { localize } from './data/partner-names.js';
import type { Partner } from './data/types.js';
import type { Strings } from './i18n/strings.js';
import type { ViewModel } from './layout/view-model.js';
import { formatWindow } from './time/format-date.js';
import { isoDay } from './time/precise-date.js';
import type { TimelineModel } from './timeline-model.js';

/** What the timeline's exports read: the events in view, the view's window, filter and search, the chart and its words. */
export function exportSource(
  host: HTMLElement & { query: string },
  view: () => ViewModel | undefined,
  model: () => TimelineModel,
  strings: () => Strings,
  lang: () => string,
  hint: () => HintController,
): ExportSource {
  const window = () => view()?.window ?? model().domain;
  return {
    host,
    items: () => view()?.visible ?? [],
    view: () => ({
      start: isoDay(window()[0]),
      end: isoDay(window()[1] - 1),
      partners: [...model().chosen],
      query: host.query,
      url: location.href,
    }),
    chart: () => host.shadowRoot?.querySelector<SVGSVGElement>('.chart svg') ?? null,
    image: () => {
      const l = lang();
      const shown = new Map<string, Partner>();
      for (const item of view()?.visible ?? []) for (const p of item.partners) shown.set(p.id, p);
      const chosen = model()
        .chips.filter((c) => c.pressed)
        .map((c) => c.label);
      return {
        title: strings().chartLabel,
        subtitle: [formatWindow(...window(), l), chosen.join(', '), host.query && `“${host.query}”`]
          .filter(Boolean)
          .join(' · '),
        legend: [...shown.values()].slice(0, 12).map((p) => ({ label: localize(p.name, l).text, color: p.color })),
        attribution: strings().attribution,
      };
    },
    failed: () => hint().show(strings().exportFailed),
  };
}
