import { toCsv, toJson, type ExportContext } from './data/export-data.js';
import { localize } from './data/partner-names.js';
import type { Partner } from './data/types.js';
import type { Strings } from './i18n/strings.js';
import type { ViewModel } from './layout/view-model.js';
import { chartImage, svgToPng, type ImageContext } from './render/export-image.js';
import { formatWindow } from './time/format-date.js';
import { isoDay } from './time/precise-date.js';
import type { TimelineModel } from './timeline-model.js';

/** The formats the timeline exports: the events of the view as CSV or JSON, the view itself as SVG or PNG. */
export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'svg', 'png'];

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** A format name as `exportAs` takes it (any case), or `null` for anything else. */
export function parseExportFormat(value: unknown): ExportFormat | null {
  const f = typeof value === 'string' ? value.toLowerCase() : '';
  return (EXPORT_FORMATS as readonly string[]).includes(f) ? (f as ExportFormat) : null;
}

/** What an export reads from the element at the moment it runs. */
export interface ExportInput {
  host: Element;
  view: ViewModel | undefined;
  model: TimelineModel;
  strings: Strings;
  lang: string;
  query: string;
  /** The chart's `<svg>`, for the images. */
  chart: SVGSVGElement | null;
}

/** The window, filter and search an export came from. */
function context(o: ExportInput): ExportContext {
  const window = o.view?.window ?? o.model.domain;
  return {
    start: isoDay(window[0]),
    end: isoDay(window[1] - 1),
    partners: [...o.model.chosen],
    query: o.query,
    url: location.href,
  };
}

/** The title, period, legend and attribution drawn around an exported image. */
function imageContext(o: ExportInput): ImageContext {
  const window = o.view?.window ?? o.model.domain;
  const shown = new Map<string, Partner>();
  for (const item of o.view?.visible ?? []) for (const p of item.partners) shown.set(p.id, p);
  const chosen = o.model.chips.filter((c) => c.pressed).map((c) => c.label);
  return {
    title: o.strings.chartLabel,
    subtitle: [formatWindow(...window, o.lang), chosen.join(', '), o.query && `“${o.query}”`]
      .filter(Boolean)
      .join(' · '),
    legend: [...shown.values()].slice(0, 12).map((p) => ({ label: localize(p.name, o.lang).text, color: p.color })),
    attribution: o.strings.attribution,
  };
}

/** The events of the view as CSV or JSON, or the view as an SVG or PNG image. */
export async function exportBlob(format: ExportFormat, o: ExportInput): Promise<Blob> {
  const items = o.view?.visible ?? [];
  if (format === 'csv') return new Blob([toCsv(items)], { type: TYPES.csv });
  if (format === 'json') return new Blob([toJson(items, context(o))], { type: TYPES.json });
  if (!o.chart) throw new Error('<mongolia-timeline>: no chart to export yet');
  const svgText = chartImage(o.chart, o.host, imageContext(o));
  return format === 'svg' ? new Blob([svgText], { type: TYPES.svg }) : svgToPng(svgText);
}

/** Downloads an export as `mongolia-timeline-<start>-<end>.<format>`; `failed` is called when it cannot be made. */
export async function downloadExport(format: ExportFormat, o: ExportInput, failed: () => void): Promise<void> {
  const { start, end } = context(o);
  try {
    const url = URL.createObjectURL(await exportBlob(format, o));
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `mongolia-timeline-${start}-${end}.${format}`,
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch {
    failed();
  }
}
