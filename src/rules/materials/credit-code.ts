/** materials/credit-code: the unified social credit code in the manifest is valid. */
import { text } from '../../model/finding.js';
import { creditCodeProblem, isResidentIdNumber } from '../support/credit-code.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'materials/credit-code',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'V',
  title: text('统一社会信用代码无效', 'Invalid unified social credit code'),
  help: text(
    '统一社会信用代码为 18 位（GB 32100-2015），末位为校验码。照抄营业执照上的代码，并在 YAML 中加引号。法定代表人的居民身份证号码也是 18 位，偶尔也能通过该校验；结构上是身份证号码（出生日期与身份证校验码）的值同样报告。',
    "The unified social credit code has 18 characters (GB 32100-2015), the last a check character. Copy it from the business licence and quote it in YAML. A legal representative's resident identity number also has 18 characters and now and then passes that check too; a value built like an identity number (a birth date and its own check character) is reported as well.",
  ),
  source: text(
    'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》：18 位代码，第 3-8 位为登记管理机关行政区划码，末位为按加权模 31 计算的校验码。',
    'GB 32100-2015, the coding rules for the unified social credit code: 18 characters, characters 3-8 the administrative division code, the last a weighted mod-31 check character.',
  ),
  example: {
    file: 'compliance.yml',
    line: 7,
    column: 16,
    message: text(
      '统一社会信用代码 91330106MA2H4K7L38 无效：校验码应为 9，实际为 8',
      'Credit code 91330106MA2H4K7L38 is invalid: check character should be 9, not 8',
    ),
  },
  check({ manifest, at }) {
    const code = manifest.service.credit_code;
    if (code === undefined) return [];
    const problem = creditCodeProblem(code);
    if (!problem && isResidentIdNumber(code)) {
      return [
        {
          ...at('/service/credit_code'),
          message: text(
            `${code} 的结构是居民身份证号码（第 7-14 位为出生日期，末位为身份证校验码），不是统一社会信用代码；请填写营业执照上的 18 位代码`,
            `${code} is built like a resident identity number (a birth date in characters 7-14 and an identity-number check character), not a unified social credit code; copy the 18-character code from the business licence`,
          ),
        },
      ];
    }
    if (!problem) return [];
    return [
      {
        ...at('/service/credit_code'),
        message: text(
          `统一社会信用代码 ${code} 无效：${problem.zh}`,
          `Credit code ${code} is invalid: ${problem.en}`,
        ),
      },
    ];
  },
};

export default rule;
