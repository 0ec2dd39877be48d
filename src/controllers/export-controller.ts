import { toCsv, toJson, type ExportContext } from '../data/export-data.js';
import type { TimelineItem } from '../data/timeline-items.js';
import { chartImage, svgToPng, type ImageContext } from '../render/export-image.js';

/** The formats the timeline exports: the events of the view as CSV or JSON, the view itself as SVG or PNG. */
export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'svg', 'png'];

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** What an export reads from the host at the moment it runs. */
export interface ExportSource {
  items: () => readonly TimelineItem[];
  view: () => ExportContext;
  chart: () => SVGSVGElement | null;
  image: () => ImageContext;
  host: Element;
  /** Said when an export could not be made (a PNG under a strict CSP). */
  failed: () => void;
}

/** Makes the exports, and downloads one when the reader picks it from the menu. */
export class ExportController {
  constructor(private readonly source: ExportSource) {}

  async blob(format: ExportFormat): Promise<Blob> {
    const s = this.source;
    if (format === 'csv') return new Blob([toCsv(s.items())], { type: TYPES.csv });
    if (format === 'json') return new Blob([toJson(s.items(), s.view())], { type: TYPES.json });
    const chart = s.chart();
    if (!chart) throw new Error('<mongolia-timeline>: no chart to export yet');
    const svgText = chartImage(chart, s.host, s.image());
    return format === 'svg' ? new Blob([svgText], { type: TYPES.svg }) : svgToPng(svgText);
  }

  /** A format button of the menu: downloads `mongolia-timeline-<start>-<end>.<format>`. */
  readonly onPick = async (e: Event): Promise<void> => {
    const format = (e.currentTarget as HTMLElement).dataset.format as ExportFormat;
    const { start, end } = this.source.view();
    try {
      const url = URL.createObjectURL(await this.blob(format));
      const a = Object.assign(document.createElement('a'), {
        href: url,
        download: `mongolia-timeline-${start}-${end}.${format}`,
      });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      this.source.failed();
    }
  };
}
