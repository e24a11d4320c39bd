/**
 * drift/manifest-fine-tuning: the manifest newly declares fine-tuning while the path stays
 * registration.
 */
import { text } from '../../model/finding.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'drift/manifest-fine-tuning',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '清单在登记路径上新声明了微调',
    'The manifest newly declares fine-tuning on the registration path',
  ),
  help: text(
    '变更把某个模型的 `fine_tuning` 从 none 改成了微调方式，而 `path` 仍为 registration。微调须走备案：在同一变更中改为 `path: filing` 并补齐备案材料。',
    "The change sets a model's `fine_tuning` from none to a fine-tuning method while `path` is still registration. Fine-tuning requires filing: switch to `path: filing` with the filing materials in the same change.",
  ),
  check(context) {
    const { change, manifest, baseManifest } = context;
    if (!change || manifest.path !== 'registration') return [];
    const baseModels = baseManifest?.manifest?.models ?? [];
    const drafts: Draft[] = [];
    (manifest.models ?? []).forEach((model, i) => {
      if (model.fine_tuning === 'none') return;
      const before =
        baseModels.find((m) => m.provider === model.provider && m.name === model.name) ??
        baseModels[i];
      if (before && before.fine_tuning === model.fine_tuning) return;
      drafts.push({
        ...context.at(`/models/${i}/fine_tuning`),
        message: text(
          `变更为模型 ${model.provider} ${model.name} 声明了微调 ${model.fine_tuning}，但清单仍走登记路径；改为 path: filing`,
          `The change declares fine-tuning ${model.fine_tuning} for ${model.provider} ${model.name} while the path is still registration; switch to path: filing`,
        ),
      });
    });
    return drafts;
  },
};

export default rule;
