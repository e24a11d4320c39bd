/**
 * Changes that look like training but are not fine-tuning of the generative model, and unmodified
 * open weights run in-house, as users run the CLI on the registration example.
 */
import { describe, expect, it } from 'vitest';
import { cliJson } from './helpers/run.js';
import { writeFile } from './helpers/repo.js';
import { commit, driftRepo } from './helpers/drift-repo.js';

function driftFindings(report: Record<string, any>): { ruleId: string; severity: string }[] {
  return report.findings
    .filter((f: any) => f.ruleId.startsWith('drift/'))
    .map((f: any) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file }));
}

describe('drift without false alarms', () => {
  it('few-shot prompt examples and a BERT content-safety classifier are not fine-tuning', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      'prompts/instruction_fewshot.jsonl',
      '{"role": "user", "content": "写一句保温杯的推广语"}\n{"role": "assistant", "content": "一杯热茶，陪你过冬。"}\n',
    );
    writeFile(
      root,
      'safety/bert_classifier/train.py',
      [
        'from transformers import BertForSequenceClassification, Trainer, TrainingArguments',
        'model = BertForSequenceClassification.from_pretrained("bert-base-chinese", num_labels=2)',
        'args = TrainingArguments(output_dir="out", num_train_epochs=3)',
        'Trainer(model=model, args=args).train()',
        '',
      ].join('\n'),
    );
    writeFile(root, 'safety/bert_classifier/data/train.jsonl', '{"text": "你好", "label": 0}\n');
    const head = commit(root);
    const { status, report } = cliJson(['check', root, '--base', base, '--head', head]);
    expect(driftFindings(report)).toEqual([]);
    expect(status).toBe(0);
  });

  it('unmodified open weights served in-house are a warning by default, and the gate passes', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      'deploy/serve.sh',
      '#!/bin/sh\nvllm serve Qwen/Qwen2.5-7B-Instruct --port 8000\n',
    );
    const head = commit(root);
    const { status, report } = cliJson(['check', root, '--base', base, '--head', head]);
    expect(driftFindings(report)).toEqual([
      { ruleId: 'drift/self-hosted-weights', severity: 'warning', file: 'deploy/serve.sh' },
    ]);
    expect(status).toBe(0);
  });

  it('a LoRA adapter trained next to the classifier is still fine-tuning', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      'safety/bert_classifier/tune_writer.py',
      'from peft import LoraConfig\nconfig = LoraConfig(r=8, lora_alpha=16)\n',
    );
    const head = commit(root);
    const { status, report } = cliJson(['check', root, '--base', base, '--head', head]);
    expect(driftFindings(report)).toContainEqual({
      ruleId: 'drift/fine-tuning-introduced',
      severity: 'error',
      file: 'safety/bert_classifier/tune_writer.py',
    });
    expect(status).toBe(1);
  });
});
