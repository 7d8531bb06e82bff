import type { CalendarData, ParsedNotice } from "./fuling_rules_wasm.js";
export type { CalendarData, ParsedNotice };

/**
 * What `parseNotice` resolves a supplementary notice against (2020's extension of the Spring
 * Festival runs from the day after that holiday's last day in this calendar). Without it: the
 * official calendar embedded in the package.
 */
export interface NoticeBase {
  /** The base calendar's data (what `Calendar.fromJson` read), when it is not the official calendar. */
  calendar?: CalendarData | string | null;
  /**
   * The notices already added to that calendar, in order: what `parseNotice` returned (or its
   * JSON text), or a notice's text.
   */
  notices?: (ParsedNotice | string)[] | null;
}
