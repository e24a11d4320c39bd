/**
 * path/online-number: the service's own number is not a model's filing number, and has the shape
 * the CAC publishes where one is known.
 */
import { text } from '../../model/finding.js';
import { filingNumberProblem } from '../support/filing-number.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/online-number',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'V',
  title: text(
    '上线编号与模型备案号混淆或格式错误',
    'Online number confused with a filing number, or malformed',
  ),
  help: text(
    '`service.online_number` 是网信办公布的本服务自己的编号，不是所调用模型的备案号：照抄公告中本服务的编号。备案路径上的编号格式为 `省份-名称-YYYYMMDD`（2024 年起另加 4 位序号）；登记的上线编号格式未公布，只能核对是否填写，故给出提示。',
    "`service.online_number` is the number the CAC published for this service, not the filing number of the model it calls: copy this service's number from the notice. On the filing path it reads `Province-Name-YYYYMMDD` (plus a 4-digit serial from 2024); the format of a registration's online number is not published, so it is only noted.",
  ),
  source: text(
    '网信办公布的生成式人工智能服务备案与登记信息：每个服务有自己的编号，与其调用模型的备案号分列。',
    "The CAC's published filings and registrations: each service has its own number, listed apart from the filing numbers of the models it calls.",
  ),
  example: {
    file: 'compliance.yml',
    line: 11,
    column: 18,
    message: text(
      '上线编号 ZheJiang-TongYiQianWen-20230901 是所调用模型 阿里云 通义千问 的备案号；须填写本服务自己的上线编号',
      'Online number ZheJiang-TongYiQianWen-20230901 is the filing number of the model 阿里云 通义千问; give this service its own online number',
    ),
  },
  check({ manifest, at, today }) {
    const value = (manifest.service.online_number ?? '').trim();
    if (value === '') return [];
    const here = at('/service/online_number');
    // A self-developed model is filed as the service itself: its number may be the service's.
    const upstream = (manifest.models ?? []).find(
      (m) =>
        m.source !== 'self-developed' &&
        (m.filing_number ?? '').trim().toLowerCase() === value.toLowerCase(),
    );
    if (upstream) {
      return [
        {
          ...here,
          message: text(
            `上线编号 ${value} 是所调用模型 ${upstream.provider} ${upstream.name} 的备案号；须填写本服务自己的上线编号`,
            `Online number ${value} is the filing number of the model ${upstream.provider} ${upstream.name}; give this service its own online number`,
          ),
        },
      ];
    }
    const drafts: Draft[] = [];
    if (manifest.path === 'filing') {
      const problem = filingNumberProblem(value, today);
      if (problem) {
        drafts.push({
          ...here,
          message: text(
            `上线编号 ${value} 无效：${problem.zh}`,
            `Online number ${value} is invalid: ${problem.en}`,
          ),
        });
      }
    } else if (manifest.path === 'registration') {
      drafts.push({
        ...here,
        severity: 'note',
        message: text(
          `登记的上线编号格式未公布，无法核验 ${value}：请核对它与网信办公告中本服务的编号一致`,
          `The format of registration online numbers is not published, so ${value} cannot be verified: check it against this service's entry in the CAC's notice`,
        ),
      });
    }
    return drafts;
  },
};

export default rule;
