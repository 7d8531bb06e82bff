// Type-checked (tsc --noEmit, run by scripts/test-wasm) against the .d.ts of the optional module
// fuling-rules/notice and of the main module: every call below must type-check, and the lines
// marked to expect an error must NOT.
import init, { Calendar, type CalendarData } from "../pkg/web/fuling_rules_wasm.js";
import initNotice, { parseNotice, type CalendarSpec, type NoticeBase, type ParsedNotice } from "../pkg/web/notice.js";

export async function pasteNotice(text: string, custom: CalendarData): Promise<string[]> {
  await init();
  await initNotice(); // the notice module is loaded only by a page that reads notice texts
  const parsed: ParsedNotice = parseNotice(text);
  const cal: Calendar = Calendar.official().withNotice(parsed);
  const again: Calendar = Calendar.official().withNotice(JSON.stringify(parsed));
  const base: NoticeBase = { calendar: custom, notices: [parsed, JSON.stringify(parsed), text] };
  const supplement: ParsedNotice = parseNotice(text, base);
  // The base as the office module reads a calendar: a CalendarSpec with provisional years, or data.
  const provisional: CalendarSpec = { notices: [parsed, text], provisionalUntil: 2030 };
  parseNotice(text, provisional);
  parseNotice(text, custom);
  // @ts-expect-error: the base is an object, not a calendar's data alone in a list
  parseNotice(text, [custom]);
  // @ts-expect-error: withNotice takes notice data (or its JSON text), not a number
  cal.withNotice(2027);
  const ids: string[] = cal.loadedNotices.concat(again.loadedNotices);
  return ids.concat(supplement.holidays.map((h) => `${h.date} ${h.name} ${h.name_en ?? ""}`));
}
