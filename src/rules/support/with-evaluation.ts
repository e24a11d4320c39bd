/** The evaluate rules judge an evaluation; in `check` there is none and they find nothing. */
import type { Evaluation } from '../../model/evaluation.js';
import type { Draft, RuleContext } from '../rule.js';

export function withEvaluation(
  check: (evaluation: Evaluation, context: RuleContext) => Draft[],
): (context: RuleContext) => Draft[] {
  return (context) => (context.evaluation ? check(context.evaluation, context) : []);
}
