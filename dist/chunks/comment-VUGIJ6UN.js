import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  createClient
} from "./chunk-FO2DWTLX.js";
import {
  describeError,
  statusOf
} from "./chunk-3MONQ2RI.js";
import "./chunk-WRGFFDD4.js";

// src/github/comment.ts
var COMMENT_LIMIT = 65536, FALLBACK_LOGIN = "github-actions[bot]";
function commentMarker(key) {
  return `<!-- genai-compliance-gate: ${key.replace(/-{2,}/g, "-").replace(/[<>\r\n]/g, "")} -->`;
}
function t(lang, zh, en) {
  return lang === "en" ? en : zh;
}
async function ownLogin(client, log, lang, secrets) {
  try {
    let { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    let status = statusOf(error);
    if (status === void 0 || status >= 500 || status === 429) throw error;
    return log.info(
      t(
        lang,
        `GET /user \u5931\u8D25\uFF08${describeError(error, secrets)}\uFF09\uFF1B\u6309 ${FALLBACK_LOGIN} \u67E5\u627E\u5DF2\u6709\u8BC4\u8BBA\u3002`,
        `GET /user failed (${describeError(error, secrets)}); looking for comments by ${FALLBACK_LOGIN}.`
      )
    ), FALLBACK_LOGIN;
  }
}
async function findComment(client, target, marker, login) {
  let pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  });
  for await (let page of pages)
    for (let comment of page.data)
      if (comment.user?.login === login && comment.body?.includes(marker))
        return { id: comment.id, body: comment.body };
}
function problemText(error, lang, secrets) {
  let status = statusOf(error), detail = describeError(error, secrets);
  return status === 403 ? t(
    lang,
    `\u65E0\u6CD5\u5199\u5165\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\uFF08${detail}\uFF09\uFF1A\u6765\u81EA fork \u7684\u62C9\u53D6\u8BF7\u6C42\u53EA\u6709\u53EA\u8BFB\u4EE4\u724C\uFF0C\u6216\u5DE5\u4F5C\u6D41\u7F3A\u5C11 \`permissions: pull-requests: write\`\u3002\u95E8\u7981\u7ED3\u8BBA\u4E0D\u53D7\u5F71\u54CD\uFF0C\u5B8C\u6574\u62A5\u544A\u89C1\u4F5C\u4E1A\u6458\u8981\u3002`,
    `Could not write the pull-request comment (${detail}): a fork's pull request gets a read-only token, or the workflow lacks \`permissions: pull-requests: write\`. The gate's verdict is unchanged; the full report is in the job summary.`
  ) : status === 404 ? t(
    lang,
    `\u65E0\u6CD5\u5199\u5165\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\uFF08${detail}\uFF09\uFF1A\u4EE4\u724C\u65E0\u6743\u8BBF\u95EE\u8BE5\u4ED3\u5E93\u6216\u62C9\u53D6\u8BF7\u6C42\u3002\u95E8\u7981\u7ED3\u8BBA\u4E0D\u53D7\u5F71\u54CD\u3002`,
    `Could not write the pull-request comment (${detail}): the token cannot see this repository or pull request. The gate's verdict is unchanged.`
  ) : t(
    lang,
    `\u65E0\u6CD5\u5199\u5165\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\uFF08${detail}\uFF09\uFF0C\u91CD\u8BD5\u540E\u4ECD\u5931\u8D25\u3002\u95E8\u7981\u7ED3\u8BBA\u4E0D\u53D7\u5F71\u54CD\u3002`,
    `Could not write the pull-request comment (${detail}), even after retrying. The gate's verdict is unchanged.`
  );
}
async function publishComment(options) {
  let { target, marker, lang, log } = options, secrets = [options.token], body = `${marker}
${options.body}`, createIfMissing = options.mode === "always" || !options.passed;
  try {
    let client = await createClient(options.token, log, options.client), login = await ownLogin(client, log, lang, secrets), existing = await findComment(client, target, marker, login);
    if (existing) {
      if (existing.body === body) return { action: "unchanged" };
      let { data: data2 } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body
      });
      return { action: "updated", url: data2.html_url };
    }
    if (!createIfMissing) return { action: "skipped" };
    let { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body
    });
    return { action: "created", url: data.html_url };
  } catch (error) {
    return { action: "failed", problem: problemText(error, lang, secrets) };
  }
}
export {
  COMMENT_LIMIT,
  FALLBACK_LOGIN,
  commentMarker,
  ownLogin,
  publishComment
};
