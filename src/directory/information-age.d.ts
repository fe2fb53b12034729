// Types of information-age.js (plain JavaScript so that Node can use it too).
export declare const DEFAULT_STALE_YEARS: number;
export declare function periodEnd(date: unknown): number;
export declare function newestSourceDate(records: Iterable<{ provenance?: unknown } | undefined>): string | undefined;
export declare function informationDate(records: Iterable<{ provenance?: unknown; assured_date?: unknown } | undefined>): { date: string; checked: boolean } | undefined;
export declare function isOlderThan(date: string, years: number, now: Date | number): boolean;
export declare function endedOver(end: number, years: number, now: Date | number): boolean;
