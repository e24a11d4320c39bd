/** drift/self-hosted-weights: the change adds open weights or an inference server run in-house. */
import { text } from '../../model/finding.js';
import { filingConsequence } from '../support/filing-consequence.js';
import { signalDrafts } from '../support/signal-drafts.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'drift/self-hosted-weights',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('变更引入了自部署模型权重', 'The change introduces self-hosted weights'),
  help: text(
    '自行部署开源权重（GGUF、safetensors、检查点、vLLM/llama.cpp/Ollama 等推理服务）意味着你就是模型服务提供者，须走**备案**。在同一变更中改为 `path: filing` 并补齐备案材料，或改为调用已备案模型的 API。大文件只按大小判断，不会被整体读取。依据为单一二手来源与审核实践（S），默认给出警告；确定要阻断合并时在 `rules:` 中设为 `error`。',
    'Running open weights yourself (GGUF, safetensors, checkpoints, inference servers such as vLLM, llama.cpp, Ollama) makes you the model provider, which requires **filing**. Switch to `path: filing` with the filing materials in the same change, or call a filed model through its API instead. Big files are judged by size and never read whole. The basis is a single secondary source and reviewing practice (S), so the default is a warning; set it to `error` under `rules:` to block the merge.',
  ),
  check: (context) =>
    signalDrafts(context, 'drift/self-hosted-weights', (c) =>
      filingConsequence(c, 'Self-hosted weights require filing. ', '自部署权重须走备案。'),
    ),
};

export default rule;
