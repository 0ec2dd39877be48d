// Mongolian dates for browsers whose Intl lacks the `mn` locale (Chromium ships without it; Firefox has it).
// The patterns follow CLDR's, as Firefox prints them: "1921 оны гуравдугаар сарын 18".

const MONTHS = [
  'нэгдүгээр',
  'хоёрдугаар',
  'гуравдугаар',
  'дөрөвдүгээр',
  'тавдугаар',
  'зургаадугаар',
  'долоодугаар',
  'наймдугаар',
  'есдүгээр',
  'аравдугаар',
  'арван нэгдүгээр',
  'арван хоёрдугаар',
];

/** Formats a UTC time in Mongolian for the option sets the timeline uses. */
export function formatMongolian(time: number, o: Intl.DateTimeFormatOptions): string {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const month = o.month === 'long' ? `${MONTHS[m]} сар` : `${m + 1}-р сар`;
  if (!o.month) return String(y);
  if (!o.day) return `${y} оны ${month}`;
  if (!o.year) return `${month}ын ${day}`;
  return `${y} оны ${month}ын ${day}`;
}
