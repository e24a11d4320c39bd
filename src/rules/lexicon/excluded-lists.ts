/** lexicon/excluded-lists: whitelists and stop-word lists beside the keywords are not counted. */
import { text } from '../../model/finding.js';
import { applies } from '../support/content-safety-applies.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/excluded-lists',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'note',
  status: 'structural',
  title: text('白名单与停用词未计入关键词库', 'Whitelists and stop words not counted'),
  help: text(
    '名称含「白名单」「whitelist」「allow」的文件列出的是不应拦截的词，名称含「停用词」「stopword」的文件列出的是匹配时忽略的词：它们都不是拦截关键词，不计入关键词数量与 17 类覆盖，也不参与匹配。若某个文件其实是关键词，请改名，或在 `files` 中为它指定类别。',
    'A file whose name holds 白名单, whitelist or allow lists words not to block; one whose name holds 停用词 or stopword lists words matching ignores. Neither holds interception keywords: they count neither as keywords nor for the 17 risks, and take no part in matching. If such a file does hold keywords, rename it or give it a category under `files`.',
  ),
  example: {
    file: '内容安全/关键词库/色情白名单.txt',
    message: text(
      '白名单「色情白名单.txt」（3 条）未计入关键词与风险覆盖',
      'Whitelist "色情白名单.txt" (3 entries) is not counted as keywords or for risk coverage',
    ),
  },
  check(context) {
    const lexicon = context.evidence.lexicon;
    if (!applies(context) || !lexicon) return [];
    return lexicon.excluded.map((list) => {
      const source = lexicon.sources[list.source]!;
      const name = source.file.slice(source.file.lastIndexOf('/') + 1);
      const shown = source.sheet !== undefined ? `${name}#${source.sheet}` : name;
      return {
        file: source.file,
        message:
          list.kind === 'allow'
            ? text(
                `白名单「${shown}」（${list.entries} 条）未计入关键词与风险覆盖`,
                `Whitelist "${shown}" (${list.entries} entries) is not counted as keywords or for risk coverage`,
              )
            : text(
                `停用词表「${shown}」（${list.entries} 条）未计入关键词与风险覆盖`,
                `Stop-word list "${shown}" (${list.entries} entries) is not counted as keywords or for risk coverage`,
              ),
      };
    });
  },
};

export default rule;
