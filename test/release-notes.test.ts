/** Release notes come from CHANGELOG.md, which keeps the keep-a-changelog form the release reads. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseNotes as notes } from '../scripts/release-notes.mjs';
import { PROJECT_ROOT } from './helpers/repo.js';

const SAMPLE = `# Changelog

## [Unreleased]

## [1.2.0] - 2027-01-05

### Added

- A rule.

## [1.1.10] - 2026-12-20

### Fixed

- A crash.

[1.2.0]: https://example.invalid/compare/v1.1.10...v1.2.0
`;

describe('release notes', () => {
  it("are the version's section, without its heading, up to the next version", () => {
    expect(notes(SAMPLE, '1.2.0')).toBe('### Added\n\n- A rule.');
    expect(notes(SAMPLE, '1.1.10')).toBe('### Fixed\n\n- A crash.');
  });

  it('are missing for a version without a section or with an empty one', () => {
    expect(notes(SAMPLE, '1.1.1')).toBeUndefined();
    expect(notes(SAMPLE, '1.1')).toBeUndefined();
    expect(notes(SAMPLE, 'Unreleased')).toBeUndefined();
  });

  it('stop the release when the changelog has no section for the tag', () => {
    const run = spawnSync(process.execPath, ['scripts/release-notes.mjs', '99.0.0'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no notes for version 99.0.0');
  });

  it('CHANGELOG.md has an Unreleased section and dated version sections', () => {
    const changelog = readFileSync(path.join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
    const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const heading of headings.slice(1)) {
      expect(heading).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    }
  });
});
