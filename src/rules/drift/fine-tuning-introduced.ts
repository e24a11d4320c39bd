/**
 * drift/fine-tuning-introduced: the change adds fine-tuning (adapters, training, peft/trl,
 * fine-tuning APIs).
 */
import { text } from '../../model/finding.js';
import { filingConsequence } from '../support/filing-consequence.js';
import { signalDrafts } from '../support/signal-drafts.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'drift/fine-tuning-introduced',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('变更引入了微调', 'The change introduces fine-tuning'),
  help: text(
    '登记只适用于“调用已备案模型、不做任何改动”的服务；微调、二次开发或优化（LoRA 适配器、训练脚本与配置、peft/trl 等依赖、微调接口调用、微调后的模型 ID、模型卡中的 `base_model_relation`）都须走**备案**。在同一变更中把 `path` 改为 `filing` 并补齐备案材料（含安全评估报告），或移除这些内容。信号见 `src/data/signals.yml`，可在清单 `signals:` 中调整。',
    'Registration covers only calling a filed model unchanged; fine-tuning, secondary development or optimisation (LoRA adapters, training scripts and configs, peft/trl dependencies, fine-tuning API calls, fine-tuned model ids, `base_model_relation` in a model card) requires **filing**. Switch `path` to `filing` with the filing materials (security assessment included) in the same change, or remove them. Signals live in `src/data/signals.yml` and can be tuned under `signals:` in the manifest.',
  ),
  check: (context) =>
    signalDrafts(context, 'drift/fine-tuning-introduced', (c) =>
      filingConsequence(c, 'Fine-tuning requires filing. ', '微调须走备案。'),
    ),
};

export default rule;
