import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  createClient
} from "./chunk-FO2DWTLX.js";
import {
  describeError,
  statusOf
} from "./chunk-3MONQ2RI.js";
import "./chunk-WRGFFDD4.js";

// src/github/pull-files.ts
var PULL_FILES_CAP = 3e3;
async function pullRequestChange(request, manifestPath) {
  let client = await createClient(request.token, request.log), listed = [];
  try {
    for await (let page of client.paginate.iterator(client.rest.pulls.listFiles, {
      owner: request.owner,
      repo: request.repo,
      pull_number: request.number,
      per_page: 100
    })) {
      for (let file of page.data)
        listed.push({
          filename: file.filename,
          status: file.status,
          additions: file.additions,
          ...file.previous_filename ? { previous_filename: file.previous_filename } : {},
          ...file.patch !== void 0 ? { patch: file.patch } : {}
        });
      if (listed.length >= PULL_FILES_CAP) break;
    }
  } catch (error) {
    throw new Error(
      `listing the pull request's files failed: ${describeError(error, [request.token])}`,
      { cause: error }
    );
  }
  let { prefix } = request, files = listed.filter((f) => f.filename.startsWith(prefix)).map((f) => ({
    ...f,
    filename: f.filename.slice(prefix.length),
    ...f.previous_filename?.startsWith(prefix) ? { previous_filename: f.previous_filename.slice(prefix.length) } : {}
  })), truncated = listed.length >= PULL_FILES_CAP || request.changedFiles !== void 0 && request.changedFiles > listed.length, baseManifest;
  try {
    let { data } = await client.rest.repos.getContent({
      owner: request.owner,
      repo: request.repo,
      path: `${prefix}${manifestPath}`,
      ref: request.base
    });
    baseManifest = !Array.isArray(data) && data.type === "file" && typeof data.content == "string" ? Buffer.from(data.content, "base64") : void 0;
  } catch (error) {
    baseManifest = statusOf(error) === 404 ? null : void 0;
  }
  return { base: request.base, head: request.head, files, truncated, baseManifest };
}
export {
  PULL_FILES_CAP,
  pullRequestChange
};
