/**
 * policy/privacy-scope: the privacy policy says which personal information is collected and what
 * for.
 */
import { text } from '../../model/finding.js';
import { placeOf, quote } from '../support/document-place.js';
import { builtInPhrases, phrases } from '../support/phrases.js';
import { absent, PRIVACY, usable } from '../support/policy-documents.js';
import { sentences, sentencesWith } from '../support/sentences.js';
import type { Rule } from '../rule.js';

const ABOUT_POLICY =
  /如何收集|怎样收集|本(?:隐私)?政策|本指引|本声明|how we collect|this (?:privacy )?policy/i;

const rule: Rule = {
  id: 'policy/privacy-scope',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '隐私政策未说明收集范围与目的',
    'Privacy policy does not state what is collected and why',
  ),
  help: text(
    '隐私政策须写明收集哪些个人信息、各自用于什么目的，例如“我们收集您的手机号码，用于实名认证”。词语清单见 `phrases.privacy_collection` / `phrases.privacy_purpose`，可在清单中补充。',
    'The privacy policy must say which personal information is collected and what for, e.g. "we collect your phone number to verify your identity". The phrase lists are `phrases.privacy_collection` / `phrases.privacy_purpose`; extend them in the manifest.',
  ),
  wording: {
    accepts: [
      { label: text('收集的说法', 'Collecting'), phrases: builtInPhrases('privacy_collection') },
      { label: text('说明目的的说法', 'Saying why'), phrases: builtInPhrases('privacy_purpose') },
    ],
    good: '为向您提供对话服务，我们会收集您输入的文本和上传的文件；手机号码用于注册登录。',
    bad: '本政策旨在向您说明我们如何收集和使用您的个人信息。我们收集您的手机号码和设备信息。',
    badWhy: text(
      '写明了收集什么，却没有说明用途；“本政策说明我们如何收集”说的是政策本身，不算说明目的。',
      'Says what is collected but not what for; "this policy explains how we collect" speaks of the policy, not of a purpose.',
    ),
  },
  example: {
    file: 'web/public/privacy.html',
    line: 8,
    message: text(
      '写明了收集个人信息，但没有说明用途：“我们收集您的手机号码和设备信息。”',
      'Says personal information is collected but not what for: "我们收集您的手机号码和设备信息。"',
    ),
  },
  check(ctx) {
    const doc = usable(ctx, PRIVACY);
    if (!doc) return [];
    const collection = phrases(ctx.manifest, 'privacy_collection');
    const purpose = phrases(ctx.manifest, 'privacy_purpose');
    // 本政策说明我们如何收集…… speaks of the policy, not of what is collected.
    const collecting = sentencesWith(doc, [collection]).filter(
      (hit) => !ABOUT_POLICY.test(hit.sentence),
    );
    if (collecting.length === 0) {
      return [
        absent(
          doc,
          text(
            '隐私政策没有说明收集哪些个人信息（收集范围）',
            'The privacy policy does not say which personal information is collected',
          ),
        ),
      ];
    }
    // The purpose may be in the same sentence, the same block, or the block right after it.
    const explained = collecting.some((hit) => {
      const i = doc.blocks.indexOf(hit.block);
      return [doc.blocks[i], doc.blocks[i + 1]].some(
        (b) =>
          b !== undefined &&
          sentences(b.text).some((x) => !ABOUT_POLICY.test(x.text) && purpose.test(x.text)),
      );
    });
    if (explained) return [];
    // Point at a statement rather than at a section title such as 一、我们收集的信息.
    const hit =
      collecting.find(
        (h) => h.block.kind !== 'heading' && /[。.；;：:]$/.test(h.sentence.trim()),
      ) ?? collecting[0]!;
    return [
      absent(
        doc,
        text(
          `写明了收集个人信息，但没有说明用途：“${quote(hit.sentence)}”`,
          `Says personal information is collected but not what for: "${quote(hit.sentence)}"`,
        ),
        placeOf(doc, hit.block, hit.offset),
      ),
    ];
  },
};

export default rule;
