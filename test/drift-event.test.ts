/**
 * Base and head from real GitHub event payloads (@octokit/webhooks-examples), and the Action
 * bundle comparing a pull request's change from its event.
 */
import { describe, expect, it } from 'vitest';
import { changeFromPayload, eventChange } from '../src/action/event.js';
import { runAction } from './helpers/action.js';
import { webhookExample } from './helpers/github-api.js';
import { commit, driftRepo } from './helpers/drift-repo.js';
import { tempDir, writeFile } from './helpers/repo.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

describe('base and head from the event', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: the pull request base and head', (name) => {
    const payload = webhookExample(
      name === 'pull_request' ? 'pull_request' : 'pull_request',
      'opened',
    );
    payload.pull_request.base.sha = BASE;
    payload.pull_request.head.sha = HEAD;
    expect(changeFromPayload(name, payload)).toEqual({ base: BASE, head: HEAD });
  });

  it('merge_group: base_sha and head_sha', () => {
    const payload = webhookExample('merge_group', 'checks_requested');
    payload.merge_group.base_sha = BASE;
    payload.merge_group.head_sha = HEAD;
    expect(changeFromPayload('merge_group', payload)).toEqual({ base: BASE, head: HEAD });
  });

  it('push: before and after', () => {
    const payload = webhookExample('push');
    payload.before = BASE;
    payload.after = HEAD;
    expect(changeFromPayload('push', payload)).toEqual({ base: BASE, head: HEAD });
  });

  it('push of a new branch (all-zero before) compares with the default branch', () => {
    const payload = webhookExample('push');
    payload.before = ZERO;
    payload.after = HEAD;
    payload.ref = 'refs/heads/feature/lora';
    payload.repository.default_branch = 'main';
    expect(changeFromPayload('push', payload)).toEqual({
      base: 'refs/remotes/origin/main',
      head: HEAD,
    });
  });

  it('the first push of the default branch itself is a full audit', () => {
    const payload = webhookExample('push');
    payload.before = ZERO;
    payload.after = HEAD;
    payload.ref = 'refs/heads/main';
    payload.repository.default_branch = 'main';
    const found = changeFromPayload('push', payload);
    expect(found.base).toBeUndefined();
    expect(found.changeNote?.en).toMatch(/full audit/);
  });

  it('a push deleting a branch has nothing to compare', () => {
    const payload = webhookExample('push');
    payload.before = HEAD;
    payload.after = ZERO;
    expect(changeFromPayload('push', payload).changeNote?.en).toMatch(/deleted a branch/);
  });

  it.each(['workflow_dispatch', 'schedule'])(
    '%s: full audit, drift skipped with a note',
    (name) => {
      const found = changeFromPayload(name, {});
      expect(found.base).toBeUndefined();
      expect(found.changeNote?.en).toMatch(
        new RegExp(`${name} event .*full audit, drift rules skipped`),
      );
    },
  );

  it('inputs base-ref/head-ref win over the event; a pull request gets the REST fallback', () => {
    const dir = tempDir('gcg-event-');
    const payload = webhookExample('pull_request', 'opened');
    payload.pull_request.base.sha = BASE;
    payload.pull_request.head.sha = HEAD;
    const file = writeFile(dir, 'event.json', JSON.stringify(payload));
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
    };
    const where = { workspace: dir, workingDirectory: dir };
    expect(eventChange({ ...where, baseRef: 'v1', headRef: 'v2' }, env)).toEqual({
      base: 'v1',
      head: 'v2',
      deepen: true,
    });
    const fromEvent = eventChange({ ...where, token: 'ghs_x' }, env);
    expect(fromEvent).toMatchObject({ base: BASE, head: HEAD, deepen: true });
    expect(typeof fromEvent.changeFallback).toBe('function');
    expect(eventChange(where, env).changeFallback).toBeUndefined();
  });
});

describe('the Action on a pull request', () => {
  it('compares the pull request from its event and annotates the added line', () => {
    const { root, base } = driftRepo();
    writeFile(root, 'requirements.txt', 'openai==1.51.0\npeft==0.13\n');
    const head = commit(root);
    const payload = webhookExample('pull_request', 'opened');
    payload.pull_request.base.sha = base;
    payload.pull_request.head.sha = head;
    const eventFile = writeFile(tempDir('gcg-event-'), 'event.json', JSON.stringify(payload));
    const result = runAction({
      workspace: root,
      inputs: { lang: 'en', comment: 'never' },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=drift\/fine-tuning-introduced,file=requirements\.txt,line=2,endLine=2,col=1::Added in this change: depends on peft/,
    );
  });
});
