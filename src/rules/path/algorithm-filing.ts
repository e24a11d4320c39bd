/** path/algorithm-filing: the filing path declares its algorithm filing number. */
import { text } from '../../model/finding.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/algorithm-filing',
  stage: 'main',
  needs: [],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('缺少算法备案编号', 'No algorithm filing number'),
  help: text(
    '走备案路径的服务通常须先完成深度合成算法备案（网信算备……号）。在 `service.algorithm_filing_number` 中填写。',
    'A service on the filing path normally completes algorithm filing (网信算备…号) first. Put it in `service.algorithm_filing_number`.',
  ),
  source: text(
    '《互联网信息服务深度合成管理规定》《互联网信息服务算法推荐管理规定》规定的算法备案；备案实践中通常先完成算法备案（二手资料，故默认为警告）。',
    'Algorithm filing under the deep-synthesis and algorithm-recommendation provisions; in practice it precedes model filing (a secondary source, hence a warning by default).',
  ),
  example: {
    file: 'compliance.yml',
    line: 4,
    column: 1,
    message: text(
      '备案路径未填写算法备案编号（service.algorithm_filing_number）',
      'The filing path declares no algorithm filing number (service.algorithm_filing_number)',
    ),
  },
  check({ manifest, at }) {
    if (manifest.path !== 'filing' || manifest.service.algorithm_filing_number !== null) return [];
    return [
      {
        ...at('/service/algorithm_filing_number'),
        message: text(
          '备案路径未填写算法备案编号（service.algorithm_filing_number）',
          'The filing path declares no algorithm filing number (service.algorithm_filing_number)',
        ),
      },
    ];
  },
};

export default rule;
