// Date patterns written out for English and Mongolian. English never needs Intl (whose first use costs a page
// tens of milliseconds of locale loading); Mongolian is the fallback for browsers whose Intl lacks `mn` (Chromium
// ships without it; Firefox has it). Both follow CLDR: "18 March 1921", "1921 оны гуравдугаар сарын 18".

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// CLDR's British abbreviations: "Sept", not "Sep".
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const MN_MONTHS = [
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

function parts(time: number): [number, number, number] {
  const d = new Date(time);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/** Formats a UTC time in British English for the option sets the timeline uses, as `en-GB` would. */
export function formatEnglish(time: number, o: Intl.DateTimeFormatOptions): string {
  const [y, m, day] = parts(time);
  const month = o.month === 'long' ? EN_MONTHS[m] : EN_SHORT[m];
  if (!o.month) return String(y);
  if (!o.year && !o.day) return month;
  if (!o.day) return `${month} ${y}`;
  if (!o.year) return `${day} ${month}`;
  return `${day} ${month} ${y}`;
}

/** Formats a UTC time in Mongolian for the option sets the timeline uses. */
export function formatMongolian(time: number, o: Intl.DateTimeFormatOptions): string {
  const [y, m, day] = parts(time);
  const month = o.month === 'long' ? `${MN_MONTHS[m]} сар` : `${m + 1}-р сар`;
  if (!o.month) return String(y);
  if (!o.year && !o.day) return month;
  if (!o.day) return `${y} оны ${month}`;
  if (!o.year) return `${month}ын ${day}`;
  return `${y} оны ${month}ын ${day}`;
}
