/** policy/privacy-missing: the privacy policy is declared and can be read. */
import { text } from '../../model/finding.js';
import { documentState, PRIVACY } from '../support/policy-documents.js';
import type { Rule } from '../rule.js';

const PRIVACY_NAME = text('隐私政策', 'privacy policy');

const rule: Rule = {
  id: 'policy/privacy-missing',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少隐私政策或无法读取', 'Privacy policy missing or unreadable'),
  help: text(
    '登记与备案都要求提交隐私政策（收集范围、以月计的保存期限、不超过 4 步的删除路径，符合《个人信息保护法》）。在 `policies.privacy.path` 中写明仓库内的文件（Markdown、TXT、HTML、DOCX 或带文字层的 PDF）。扫描件无法核验，会得到一条说明无法核验内容的提示。',
    'Registration and filing both need a privacy policy (collection scope, a retention period in months, a deletion path of at most 4 steps, PIPL-conformant). Name a file in the repository under `policies.privacy.path` (Markdown, TXT, HTML, DOCX or a PDF with a text layer). A scan cannot be verified: it gets a note saying what could not be checked.',
  ),
  source: text(
    '登记材料要求：用户权益材料中的隐私政策（收集范围、保存期限、删除路径不超过 4 步，符合《个人信息保护法》）。',
    'The registration requirements: a privacy policy among the user-rights materials (collection scope, retention period, deletion in at most 4 steps, PIPL-conformant).',
  ),
  example: {
    file: 'web/public/privacy.pdf',
    message: text(
      'web/public/privacy.pdf 设有打开密码，无法读取；审核人员同样无法打开。请提交未加密的版本',
      'web/public/privacy.pdf is password-protected and cannot be read; reviewers cannot open it either. Submit an unencrypted copy',
    ),
  },
  check(ctx) {
    return documentState(
      ctx,
      PRIVACY,
      '/policies/privacy',
      PRIVACY_NAME,
      text(
        '收集范围、保存期限与删除路径',
        'the collection scope, retention period and deletion path',
      ),
    );
  },
};

export default rule;
