// Types of claim-rules.js (plain JavaScript so that Node can use it too).
import type { Maintainer } from './format.js';

export interface ClaimProblem {
  /** Id of the record at fault (the organisation, a service or a location). */
  record: string;
  /** Where, from the organisation: "services[0].free". */
  path: string;
  /** What is wrong and what to do. */
  message: string;
  /** An error is a claim the elements must not show as it is. */
  severity: 'error' | 'warning';
  /** Makes the record safe to show (drops the unsupported claim, marks the press contact). */
  fix?: () => void;
  /** What fix() does, for the browser's console: "ignored", "shown as for the press only". */
  fixed?: string;
}

export declare function claimProblems(org: unknown, options?: { schemaChecked?: boolean }): ClaimProblem[];
export declare function editorialProblems(org: unknown): ClaimProblem[];
export declare function checkMaintainer(value: unknown): { maintainer?: Maintainer; problems: string[] };
