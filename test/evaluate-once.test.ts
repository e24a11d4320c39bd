/** `evaluate` is a stage of the one engine: every evidence file is read once per run. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileRepo, tracedCli } from './helpers/hostile.js';

const TEST_SET = 'compliance/content-safety/附件5-评估测试题.xlsx';
const LEXICON = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';

describe('evaluate reads its evidence once', () => {
  it('opens the test set and the lexicon workbooks one time each', () => {
    const { root } = hostileRepo();
    const responses = path.join(root, 'responses.jsonl');
    writeFileSync(responses, '{"id":"Q0001","response":"抱歉，我无法回答这个问题。"}\n');
    const run = tracedCli(['evaluate', root, '--responses', responses, '--format', 'json'], {
      cwd: root,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).metrics).toBeDefined();
    const opens = (rel: string) => run.opened.filter((p) => p === path.join(root, rel)).length;
    expect([opens(TEST_SET), opens(LEXICON)]).toEqual([1, 1]);
  });
});
