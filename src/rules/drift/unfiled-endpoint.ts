/**
 * drift/unfiled-endpoint: the change calls a model that is not filed, or keeps a switched model's
 * filing number.
 */
import { text, type Bilingual } from '../../model/finding.js';
import { signalDrafts } from '../support/signal-drafts.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

function unfiledConsequence(context: RuleContext): Bilingual {
  if (context.manifest.path === 'registration') {
    return text(
      '面向公众的服务只能调用已在境内备案的模型：改用已备案模型，或在清单 `models:` 中声明该模型及其备案号与协议。',
      'A public service may only call models filed in China: use a filed model, or declare this one under `models:` with its filing number and agreement.',
    );
  }
  return text(
    '请确认该模型已在境内备案并在清单中声明。',
    'Make sure this model is filed in China and declared in the manifest.',
  );
}

/** A model whose provider or name changed while it kept the old model's filing number. */
function switchedModels(context: RuleContext): Draft[] {
  const base = context.baseManifest?.manifest;
  if (!base) return [];
  const drafts: Draft[] = [];
  (context.manifest.models ?? []).forEach((model, i) => {
    const number = (model.filing_number ?? '').trim().toLowerCase();
    if (number === '' || model.source !== 'third-party') return;
    const before = (base.models ?? []).find(
      (m) => (m.filing_number ?? '').trim().toLowerCase() === number,
    );
    if (!before || (before.provider === model.provider && before.name === model.name)) return;
    const stillThere = (context.manifest.models ?? []).some(
      (m) => m.provider === before.provider && m.name === before.name,
    );
    if (stillThere) return;
    drafts.push({
      ...context.at(`/models/${i}/filing_number`),
      ...(context.manifest.path === 'registration' ? {} : { severity: 'note' as const }),
      message: text(
        `模型由 ${before.provider} ${before.name} 换成了 ${model.provider} ${model.name}，但备案号 ${model.filing_number} 仍是原模型的；填写新模型的备案号`,
        `The model changed from ${before.provider} ${before.name} to ${model.provider} ${model.name} but kept the old model's filing number ${model.filing_number}; give the new model's filing number`,
      ),
    });
  });
  return drafts;
}

const rule: Rule = {
  id: 'drift/unfiled-endpoint',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'V',
  title: text('变更调用了未备案的模型', 'The change calls a model that is not filed'),
  help: text(
    '面向境内公众的服务只能调用已备案的模型。变更新增了境外模型接口或模型名（OpenAI、Anthropic、Gemini、Mistral、OpenRouter、gpt-*、claude-*、gemini-* 等），或调用了已备案提供方但清单中未声明该模型及其备案号，或换了模型却沿用原备案号。改用已备案模型，或在 `models:` 中声明新模型及其备案号与协议。',
    'A service for the public in China may only call filed models. The change adds a foreign model API or model name (OpenAI, Anthropic, Gemini, Mistral, OpenRouter, gpt-*, claude-*, gemini-* and others), calls a filed provider the manifest does not declare with a filing number, or switches models while keeping the old filing number. Use a filed model, or declare the new one under `models:` with its filing number and agreement.',
  ),
  check: (context) => [
    ...signalDrafts(context, 'drift/unfiled-endpoint', unfiledConsequence),
    ...switchedModels(context),
  ],
};

export default rule;
