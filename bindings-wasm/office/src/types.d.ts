import type {
  Agenda, ApplicationRecord, ApplicationRecordJson, CalendarData, CalendarSpec, FundView, MigrationReport,
  PortfolioProblem, Project, ProjectRecord, Role, Ruleset,
} from "./fuling_rules_wasm.js";
export type {
  Agenda, AgendaItem, ApplicationRecordJson, CalendarData, CalendarSpec, FundView, MigrationReport, PortfolioProblem,
  ProjectRecord, Ruleset,
} from "./fuling_rules_wasm.js";

/** A record given to `new Portfolio(...)`: a project or application record, its JSON text, or a
 * `Project` / `ApplicationRecord` of the main module (read through its `toJSON`). */
export type PortfolioRecord = ProjectRecord | ApplicationRecordJson | Project | ApplicationRecord | string;

/** Options of `Portfolio.agenda`: filters, calendar and ruleset. */
export interface AgendaOptions {
  /** Keep items with `working_days_left <= N` (overdue ones included), plus the undated ones. */
  withinWorkingDays?: number;
  /** Keep the items owed by this role. */
  responsible?: Role;
  /** Keep the items whose `department` is this name. */
  department?: string;
  /** The calendar: its description (`CalendarSpec`: data, notices added, provisional years) or
   * its data alone (what `Calendar.fromJson` of the main module read); the official calendar
   * when absent. A `Calendar` object of the main module cannot cross into this module (another
   * wasm instance): a `TypeError`. `notices` take notice data here (`parseNotice`'s result), not
   * a notice's text. */
  calendar?: CalendarSpec | CalendarData | string | null;
  /** One ruleset, or several: the one in force on `asOf` is used (Art 45). */
  ruleset?: Ruleset | string | (Ruleset | string)[];
}

/** Options of `Portfolio.fundView`. */
export interface FundViewOptions {
  ruleset?: Ruleset | string;
}
