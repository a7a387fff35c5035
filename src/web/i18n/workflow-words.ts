/** The signed-in part's words in a language. */
import type { Lang } from '../../catalogue/index.ts';
import { type WorkflowWords, workflowDa } from './workflow-da.ts';
import { workflowEn } from './workflow-en.ts';

export type { WorkflowWords };

/** `workflowDa` or `workflowEn`. */
export function workflowWords(lang: Lang): WorkflowWords {
  return lang === 'da' ? workflowDa : workflowEn;
}
