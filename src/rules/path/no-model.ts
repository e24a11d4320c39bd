/** path/no-model: a service on the registration or filing path declares the models it uses. */
import { text } from '../../model/finding.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/no-model',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('未声明模型', 'No model declared'),
  help: text(
    '登记即调用已备案的大模型，备案即为服务所用的模型备案：两条路径都须在 `models:` 中列出服务使用的每个模型（提供方、名称、来源与备案号）。`models: []` 或缺少 `models:` 时，路径判断与备案号检查都无从进行。',
    'Registration means calling a filed model and filing means filing the model the service uses: on either path, list every model the service uses under `models:` (provider, name, source, filing number). With `models: []` or no `models:`, neither the path decision nor the filing numbers can be checked.',
  ),
  source: text(
    '登记材料要求：登记适用于通过 API 调用已备案大模型的服务，协议中须写明对方模型已完成备案；《生成式人工智能服务管理暂行办法》第十七条。',
    "The registration requirements: registration covers services that call a filed model through its API, and the contract names the model's filing; Interim Measures, art. 17.",
  ),
  example: {
    file: 'compliance.yml',
    line: 8,
    column: 1,
    message: text(
      '路径为登记（registration），但没有声明任何模型（models）；登记即调用已备案的模型',
      'The path is registration but no model is declared (models); registration means calling a filed model',
    ),
  },
  check({ manifest, at, loaded }) {
    if (manifest.path === 'exempt' || (manifest.models ?? []).length > 0) return [];
    const message =
      manifest.path === 'registration'
        ? text(
            '路径为登记（registration），但没有声明任何模型（models）；登记即调用已备案的模型',
            'The path is registration but no model is declared (models); registration means calling a filed model',
          )
        : text(
            '路径为备案（filing），但没有声明任何模型（models）；须写明所备案的模型',
            'The path is filing but no model is declared (models); name the model being filed',
          );
    // `models: null` is dropped as "not given" but still has a line of its own.
    return [{ ...at(loaded.positions.has('/models') ? '/models' : '/path'), message }];
  },
};

export default rule;
