/** What a drift signal that requires filing means on the declared path. */
import { text, type Bilingual } from '../../model/finding.js';
import type { RuleContext } from '../rule.js';

export function filingConsequence(context: RuleContext, en: string, zh: string): Bilingual {
  if (context.manifest.path === 'registration') {
    return text(
      `${zh}清单声明为登记（registration），须在同一变更中改为备案（path: filing）并提供备案材料，或移除该内容。`,
      `${en}The manifest declares registration: switch to \`path: filing\` with the filing materials in the same change, or remove it.`,
    );
  }
  return text(
    '已声明备案路径，请确认备案材料涵盖此项。',
    'The filing path is declared; make sure the filing materials cover it.',
  );
}
