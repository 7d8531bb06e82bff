import type { CalendarData, CalendarSpec, ParsedNotice } from "./fuling_rules_wasm.js";
export type { CalendarData, CalendarSpec, ParsedNotice };

/**
 * What `parseNotice` resolves a supplementary notice against (2020's extension of the Spring
 * Festival runs from the day after that holiday's last day in this calendar): a `CalendarSpec`
 * (here `notices` may also hold a notice's text, read against the calendar built so far), or
 * calendar data (an object with `format`, or its JSON text). Without it: the official calendar
 * embedded in the package.
 */
export type NoticeBase = CalendarSpec | CalendarData | string;
