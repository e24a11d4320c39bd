/** The catalogue's ids are a public contract: pinned, unique, documented, one file each. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/generated/rule-catalogue.js';
import { RULE_GROUPS, groupOf } from '../src/data/rule-groups.js';
import { RULES } from '../src/rules/index.js';
import { PROJECT_ROOT } from './helpers/repo.js';

/** Every id ever published. Add new ids here; an id never leaves this list. */
const PINNED = readFileSync(path.join(PROJECT_ROOT, 'test/rule-ids.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

describe('rule catalogue', () => {
  const ids = RULES.map((rule) => rule.id);

  it('keeps every published id, and every id is published', () => {
    expect(PINNED.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => !PINNED.includes(id))).toEqual([]);
  });

  it('has unique ids in known groups', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const groups = RULE_GROUPS.map((group) => group.id);
    expect(ids.filter((id) => !groups.includes(groupOf(id)))).toEqual([]);
  });

  it('holds each rule in the file its id names', () => {
    expect(CATALOGUE.filter(([file, rule]) => file !== rule.id).map(([file]) => file)).toEqual([]);
  });

  it('documents every rule in both languages', () => {
    for (const id of ids) {
      expect(existsSync(path.join(PROJECT_ROOT, `docs/rules/${id}.md`)), id).toBe(true);
    }
  });
});
