/** path/filing-number-format: model and algorithm filing numbers are well formed. */
import { text } from '../../model/finding.js';
import { ALGORITHM_FILING_NUMBER } from '../../data/number-formats.js';
import { filingNumberProblem } from '../support/filing-number.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/filing-number-format',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'V',
  title: text('备案号格式错误', 'Malformed filing number'),
  help: text(
    '模型备案号格式为 `省份-名称-YYYYMMDD`，2024 年起日期后另有 4 位序号，例如 `Beijing-WenXinYiYan-20230821`、`Beijing-DeepseekChat-202404280016`（不区分大小写）。算法备案编号为“网信算备”+21 位数字+“号”。照抄网信办公布的编号。',
    'Model filing numbers read `Province-Name-YYYYMMDD`, with a 4-digit serial after the date from 2024: `Beijing-WenXinYiYan-20230821`, `Beijing-DeepseekChat-202404280016` (case-insensitive). Algorithm filing numbers are 网信算备 + 21 digits + 号. Copy the number the CAC published.',
  ),
  source: text(
    '网信办公布的生成式人工智能服务备案信息（备案号如 Beijing-WenXinYiYan-20230821，2024 年起如 Beijing-DeepseekChat-202404280016）与互联网信息服务算法备案系统的编号格式（网信算备+21 位数字+号）。',
    "The CAC's published filings (numbers such as Beijing-WenXinYiYan-20230821 and, from 2024, Beijing-DeepseekChat-202404280016) and the algorithm filing system's number format (网信算备 + 21 digits + 号).",
  ),
  example: {
    file: 'compliance.yml',
    line: 17,
    column: 20,
    message: text(
      '备案号 Beijing-DeepseekChat-2024 无效：格式应为 省份-名称-YYYYMMDD（2024 年起另加 4 位序号），例如 Beijing-DeepseekChat-202404280016',
      'Filing number Beijing-DeepseekChat-2024 is invalid: expected Province-Name-YYYYMMDD (plus a 4-digit serial from 2024), e.g. Beijing-DeepseekChat-202404280016',
    ),
  },
  check({ manifest, at, today }) {
    const drafts: Draft[] = [];
    (manifest.models ?? []).forEach((model, i) => {
      const value = model.filing_number;
      if (value === null || value.trim() === '') return;
      const problem = filingNumberProblem(value, today);
      if (problem) {
        drafts.push({
          ...at(`/models/${i}/filing_number`),
          message: text(
            `备案号 ${value} 无效：${problem.zh}`,
            `Filing number ${value} is invalid: ${problem.en}`,
          ),
        });
      }
    });
    const algorithm = manifest.service.algorithm_filing_number;
    if (algorithm !== null && !ALGORITHM_FILING_NUMBER.test(algorithm.trim())) {
      drafts.push({
        ...at('/service/algorithm_filing_number'),
        message: text(
          `算法备案编号 ${algorithm} 无效：应为“网信算备”+21 位数字+“号”`,
          `Algorithm filing number ${algorithm} is invalid: expected 网信算备 + 21 digits + 号`,
        ),
      });
    }
    return drafts;
  },
};

export default rule;
