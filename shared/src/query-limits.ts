/**
 * The public API's limits on a query, enforced by the CMS (cms/config/api.ts, the query guard and
 * the query rules) and documented in the OpenAPI document from these same numbers.
 */
export const QUERY_LIMITS = {
  /** `pagination[pageSize]` when none is given, and the most it may be. */
  defaultPageSize: 25,
  maxPageSize: 100,
  /** The last `pagination[page]` answered. */
  maxPage: 10_000,
  /** Characters in one parameter value (a filter's operand included). */
  maxValueLength: 1000,
  /** Characters in one parameter's name. */
  maxNameLength: 100,
  /** PostgreSQL's `integer` range: larger filter values are a 400, not a driver error. */
  maxInt: 2_147_483_647,
  /**
   * Relations, components and media one query may go through, filters and sort together: each is
   * a join that multiplies the rows the database walks. The site needs two at most.
   */
  maxJoins: 3,
  /** Conditions (field comparisons) in one query's filters, whatever their nesting. */
  maxConditions: 40,
} as const;
