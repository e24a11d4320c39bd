/**
 * Phrases materials/call-legality looks for in a model agreement (docs/domain.md, the proof of
 * lawful calling): that the provider's model is filed, and that the applicant may call it.
 */

/** A sentence stating that the model is filed. */
export const FILED = [
  '已完成生成式人工智能服务备案',
  '已完成备案',
  '完成了备案',
  '已通过备案',
  '已依法备案',
  '已办理备案',
  '已备案',
  '备案号',
  '备案编号',
  '上线备案',
  'has been filed',
  'have been filed',
  'filing number',
  'is filed',
];

/** Words that turn a filing statement into its opposite or leave it open. */
export const FILED_NEGATION = [
  '未备案',
  '未完成',
  '尚未',
  '未通过',
  '正在办理',
  '办理中',
  '申请中',
  '不保证',
  '不承诺',
  'not filed',
  'not been filed',
  'not yet',
  'pending',
];

/** The act of calling the model. */
export const CALL = ['调用', '使用', '接入', '访问', 'call', 'calls', 'access', 'use'];

/** A right to do it. */
export const GRANT = [
  '权限',
  '授权',
  '许可',
  '有权',
  '权利',
  '授予',
  'right',
  'rights',
  'licence',
  'license',
  'licensed',
  'authorised',
  'authorized',
  'permission',
  'entitled',
];

/** Words that make a sentence about calling a restriction, not a grant. */
export const GRANT_NEGATION = [
  '不得',
  '无权',
  '不授予',
  '未授予',
  '不享有',
  '不包括',
  '禁止',
  '撤销',
  '终止',
  'not',
  'no right',
  'shall not',
  'may not',
];
