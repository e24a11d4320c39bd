/** A risk as messages name it: its id and its standard name. */
import { RISK_BY_ID } from '../../data/risks.js';

export function riskName(id: string): { zh: string; en: string } {
  const risk = RISK_BY_ID.get(id);
  return risk ? { zh: `${id} ${risk.zh}`, en: `${id} ${risk.en}` } : { zh: id, en: id };
}
