/**
 * drift/invalid-signal: the manifest's `signals:` add, disable or re-rate signals that cannot be
 * used.
 */
import { text, type Bilingual } from '../../model/finding.js';
import {
  BRACE_EXPANSION_LIMIT,
  GLOB_LENGTH_LIMIT,
  type GlobProblem,
} from '../../change/glob-expansion.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

function signalPointer(context: RuleContext, id: string, index: number, field: string): string {
  if (index >= 0) return `/signals/add/${index}/${field}`;
  const disabled = context.manifest.signals?.disable?.indexOf(id) ?? -1;
  return disabled >= 0 ? `/signals/disable/${disabled}` : `/signals/severity/${id}`;
}

const REGEX_PROBLEMS: Record<string, Bilingual> = {
  syntax: text('不是有效的正则表达式', 'is not a valid regular expression'),
  'too-long': text('过长（上限 500 字符）', 'is too long (500 characters at most)'),
  'back-reference': text('含反向引用', 'uses a back-reference'),
  'nested-quantifier': text(
    '含嵌套量词（可能灾难性回溯）',
    'nests quantifiers (catastrophic backtracking)',
  ),
  'too-many-wildcards': text('含两个以上通配重复', 'chains more than two wildcard repetitions'),
  'empty-match': text('能匹配空行', 'matches an empty line'),
  slow: text(
    '在恶意构造的长行上匹配过慢（回溯风险）',
    'is too slow on a hostile long line (backtracking risk)',
  ),
  'out-of-time': text(
    '在变更的行上超出运行时限（回溯过慢），其余变更行未经此信号检查',
    'ran out of time on a changed line (slow backtracking), so the remaining changed lines were not checked by it',
  ),
};

const GLOB_PROBLEMS: Record<GlobProblem, Bilingual> = {
  'too-many-expansions': text(
    `经花括号展开后超过 ${BRACE_EXPANSION_LIMIT} 个模式`,
    `expands to more than ${BRACE_EXPANSION_LIMIT} patterns through its braces`,
  ),
  'too-long': text(
    `过长（上限 ${GLOB_LENGTH_LIMIT} 字符）`,
    `is too long (${GLOB_LENGTH_LIMIT} characters at most)`,
  ),
  invalid: text('不是有效的通配符', 'is not a valid glob'),
};

function shortGlob(glob: string): string {
  return glob.length > 80 ? `${glob.slice(0, 77)}...` : glob;
}

const rule: Rule = {
  id: 'drift/invalid-signal',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('清单中的信号无效', 'Invalid signal in the manifest'),
  help: text(
    '`signals.add` 中的正则须有效、不含嵌套量词与反向引用（以免恶意输入造成灾难性回溯），`in` 须是信号包中的文件集合，ID 不得与已有信号重复；`disable` 与 `severity` 只能引用已有信号。通配符（`pattern`、`files`、`exclude`）经花括号展开后不得超过 256 个模式。每个正则在单行和全部变更行上都有运行时限，超时的正则在此报告，未检查的行不视为无问题。',
    'Regular expressions under `signals.add` must be valid, without nested quantifiers or back-references (hostile input must not cause catastrophic backtracking); `in` must name file sets of the pack, and ids must be new; `disable` and `severity` may only name existing signals. Globs (`pattern`, `files`, `exclude`) may expand to 256 patterns at most through their braces. Each pattern has a time limit per line and over all changed lines; a pattern that runs out of it is reported here, and the lines it did not check are not taken as clean.',
  ),
  check(context) {
    const pack = context.signals;
    if (!pack) return [];
    return pack.problems.map((problem): Draft => {
      switch (problem.kind) {
        case 'regex': {
          const why = REGEX_PROBLEMS[problem.problem]!;
          return {
            ...context.at(signalPointer(context, problem.id, problem.index, 'pattern')),
            message: text(
              `信号 ${problem.id} 的正则${why['zh-CN']}，已忽略`,
              `The pattern of signal ${problem.id} ${why.en}; ignored`,
            ),
          };
        }
        case 'unknown-set':
          return {
            ...context.at(signalPointer(context, problem.id, problem.index, 'in')),
            message: text(
              `信号 ${problem.id} 引用了不存在的文件集合 ${problem.set}，已忽略`,
              `Signal ${problem.id} names an unknown file set ${problem.set}; ignored`,
            ),
          };
        case 'duplicate-id':
          return {
            ...context.at(signalPointer(context, problem.id, problem.index, 'id')),
            message: text(
              `信号 ID ${problem.id} 已存在，已忽略`,
              `Signal id ${problem.id} already exists; ignored`,
            ),
          };
        case 'glob': {
          const why = GLOB_PROBLEMS[problem.problem];
          const glob = shortGlob(problem.glob);
          return {
            ...context.at(problem.pointer),
            message: problem.id
              ? text(
                  `信号 ${problem.id} 的通配符 ${glob} ${why['zh-CN']}，已忽略`,
                  `The glob ${glob} of signal ${problem.id} ${why.en}; ignored`,
                )
              : text(
                  `排除通配符 ${glob} ${why['zh-CN']}，已忽略`,
                  `The exclude glob ${glob} ${why.en}; ignored`,
                ),
          };
        }
        case 'unknown-signal':
          return {
            ...context.at(signalPointer(context, problem.id, -1, '')),
            message: text(`没有 ID 为 ${problem.id} 的信号`, `There is no signal ${problem.id}`),
          };
      }
    });
  },
};

export default rule;
