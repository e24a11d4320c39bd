import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  scrub
} from "./chunks/chunk-3MONQ2RI.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-RIC42SSL.js";
import {
  formatJson
} from "./chunks/chunk-KULOCZ5T.js";
import {
  formatText
} from "./chunks/chunk-EQ4Q6UMP.js";
import {
  labels
} from "./chunks/chunk-2XKDTK24.js";
import {
  formatSarif
} from "./chunks/chunk-RA3TMWS5.js";
import {
  SUMMARY_LIMIT_BYTES,
  formatMarkdown
} from "./chunks/chunk-AV7L2XHW.js";
import "./chunks/chunk-PH5XKWJV.js";
import {
  withCommandsStopped
} from "./chunks/chunk-ICF4LVS4.js";
import {
  run
} from "./chunks/chunk-46VYRSW6.js";
import "./chunks/chunk-US5LUY4S.js";
import "./chunks/chunk-4EOT7NHN.js";
import "./chunks/chunk-RJYBDDMZ.js";
import {
  text
} from "./chunks/chunk-SBHQMLNT.js";
import {
  FAIL_ON_VALUES,
  LANG_VALUES,
  createContext
} from "./chunks/chunk-MNVSDFJN.js";
import "./chunks/chunk-QGBFSLVQ.js";
import {
  ruleHelpUri
} from "./chunks/chunk-NT54SZBG.js";
import "./chunks/chunk-6OZ242V4.js";
import "./chunks/chunk-TPRCU3ZD.js";
import "./chunks/chunk-VRLQ5ZPO.js";
import "./chunks/chunk-MICBKUUQ.js";
import {
  __toESM
} from "./chunks/chunk-WRGFFDD4.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  return input == null ? "" : typeof input == "string" || input instanceof String ? input : JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  return Object.keys(annotationProperties).length ? {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  let cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::", Command = class {
  constructor(command, properties, message) {
    command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = !0;
      for (let key in this.properties)
        if (this.properties.hasOwnProperty(key)) {
          let val = this.properties[key];
          val && (first ? first = !1 : cmdStr += ",", cmdStr += `${key}=${escapeProperty(val)}`);
        }
    }
    return cmdStr += `${CMD_STRING}${escapeData(this.message)}`, cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  let filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  let delimiter = `ghadelimiter_${crypto.randomUUID()}`, convertedValue = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1), import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2.OK = 200] = "OK", HttpCodes2[HttpCodes2.MultipleChoices = 300] = "MultipleChoices", HttpCodes2[HttpCodes2.MovedPermanently = 301] = "MovedPermanently", HttpCodes2[HttpCodes2.ResourceMoved = 302] = "ResourceMoved", HttpCodes2[HttpCodes2.SeeOther = 303] = "SeeOther", HttpCodes2[HttpCodes2.NotModified = 304] = "NotModified", HttpCodes2[HttpCodes2.UseProxy = 305] = "UseProxy", HttpCodes2[HttpCodes2.SwitchProxy = 306] = "SwitchProxy", HttpCodes2[HttpCodes2.TemporaryRedirect = 307] = "TemporaryRedirect", HttpCodes2[HttpCodes2.PermanentRedirect = 308] = "PermanentRedirect", HttpCodes2[HttpCodes2.BadRequest = 400] = "BadRequest", HttpCodes2[HttpCodes2.Unauthorized = 401] = "Unauthorized", HttpCodes2[HttpCodes2.PaymentRequired = 402] = "PaymentRequired", HttpCodes2[HttpCodes2.Forbidden = 403] = "Forbidden", HttpCodes2[HttpCodes2.NotFound = 404] = "NotFound", HttpCodes2[HttpCodes2.MethodNotAllowed = 405] = "MethodNotAllowed", HttpCodes2[HttpCodes2.NotAcceptable = 406] = "NotAcceptable", HttpCodes2[HttpCodes2.ProxyAuthenticationRequired = 407] = "ProxyAuthenticationRequired", HttpCodes2[HttpCodes2.RequestTimeout = 408] = "RequestTimeout", HttpCodes2[HttpCodes2.Conflict = 409] = "Conflict", HttpCodes2[HttpCodes2.Gone = 410] = "Gone", HttpCodes2[HttpCodes2.TooManyRequests = 429] = "TooManyRequests", HttpCodes2[HttpCodes2.InternalServerError = 500] = "InternalServerError", HttpCodes2[HttpCodes2.NotImplemented = 501] = "NotImplemented", HttpCodes2[HttpCodes2.BadGateway = 502] = "BadGateway", HttpCodes2[HttpCodes2.ServiceUnavailable = 503] = "ServiceUnavailable", HttpCodes2[HttpCodes2.GatewayTimeout = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2.Accept = "accept", Headers2.ContentType = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2.ApplicationJson = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
], HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, { access, appendFile, writeFile } = promises, SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv)
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = pathFromEnv, this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    let htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      let overwrite = !!options?.overwrite, filePath = yield this.filePath();
      return yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = !1) {
    return this._buffer += text2, addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    let attrs = Object.assign({}, lang && { lang }), element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = !1) {
    let tag = ordered ? "ol" : "ul", listItems = items.map((item) => this.wrap("li", item)).join(""), element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    let tableBody = rows.map((row) => {
      let cells = row.map((cell) => {
        if (typeof cell == "string")
          return this.wrap("td", cell);
        let { header, data, colspan, rowspan } = cell, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join(""), element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    let element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    let { width, height } = options || {}, attrs = Object.assign(Object.assign({}, width && { width }), height && { height }), element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    let tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    let attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    let element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
}, _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises, IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform(), arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2.Success = 0] = "Success", ExitCode2[ExitCode2.Failure = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  let val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val)
    throw new Error(`Input required and not supplied: ${name}`);
  return options && options.trimWhitespace === !1 ? val : val.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT || "")
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os4.EOL), issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure, error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/main.ts
import { appendFileSync as appendFileSync2, mkdirSync, writeFileSync } from "node:fs";
import os5 from "node:os";
import path5 from "node:path";

// src/github/pull-request.ts
import { readFileSync } from "node:fs";
function pullRequestTarget(env = process.env) {
  let eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return;
  let payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch {
    return;
  }
  if (payload === null || typeof payload != "object") return;
  let number = payload.pull_request?.number ?? (payload.issue?.pull_request !== void 0 ? payload.issue.number : void 0);
  if (typeof number != "number" || !Number.isInteger(number) || number < 1) return;
  let fullName = env.GITHUB_REPOSITORY ?? (typeof payload.repository?.full_name == "string" ? payload.repository.full_name : ""), [owner, repo, extra] = fullName.split("/");
  if (!owner || !repo || extra !== void 0) return;
  let headSha = payload.pull_request?.head?.sha;
  return { owner, repo, number, ...typeof headSha == "string" ? { headSha } : {} };
}

// src/report/annotations.ts
import path from "node:path";
var ANNOTATION_CAP = 10, ORDER = ["error", "warning", "note"];
function repoPath(file, root, workspace) {
  let rel = path.relative(workspace, path.join(root, file)).split(path.sep).join("/");
  return rel.startsWith("../") || rel === ".." || path.isAbsolute(rel) ? void 0 : rel;
}
function onChange(finding, change) {
  return change !== void 0 && finding.ruleId.startsWith("drift/");
}
function toAnnotation(finding, lang, root, workspace) {
  let file = finding.file === void 0 ? void 0 : repoPath(finding.file, root, workspace), docs = lang === "en" ? "Docs" : "\u6587\u6863";
  return {
    severity: finding.severity,
    message: `${finding.message[lang]}
${docs}: ${ruleHelpUri(finding.ruleId)}`,
    properties: {
      title: finding.ruleId,
      ...file !== void 0 ? { file } : {},
      ...file !== void 0 && finding.line !== void 0 ? { startLine: finding.line, endLine: finding.endLine ?? finding.line } : {},
      ...file !== void 0 && finding.column !== void 0 ? { startColumn: finding.column } : {}
    }
  };
}
function planAnnotations(report, workspace, cap = ANNOTATION_CAP) {
  let omitted = { error: 0, warning: 0, note: 0 }, annotations = [];
  for (let severity of ORDER) {
    let same = report.findings.filter((f) => f.severity === severity), first = same.filter((f) => onChange(f, report.change)), rest = same.filter((f) => !onChange(f, report.change)), chosen = [...first, ...rest].slice(0, cap);
    omitted[severity] = same.length - chosen.length;
    for (let f of chosen) annotations.push(toAnnotation(f, report.lang, report.root, workspace));
  }
  return { annotations, omitted };
}
function omittedText(omitted, lang) {
  let parts = ORDER.filter((s) => omitted[s] > 0);
  if (parts.length === 0) return;
  let total = parts.reduce((sum, s) => sum + omitted[s], 0);
  if (lang === "en") {
    let names2 = { error: "error(s)", warning: "warning(s)", note: "note(s)" }, list2 = parts.map((s) => `${omitted[s]} ${names2[s]}`).join(", ");
    return `${total} finding(s) were not annotated (${list2}): GitHub shows at most ${ANNOTATION_CAP} annotations of each severity per step. All findings are in the job summary and the JSON report.`;
  }
  let names = { error: "\u4E2A\u9519\u8BEF", warning: "\u4E2A\u8B66\u544A", note: "\u4E2A\u63D0\u793A" }, list = parts.map((s) => `${omitted[s]} ${names[s]}`).join("\uFF0C");
  return `\u53E6\u6709 ${total} \u6761\u53D1\u73B0\u672A\u6807\u6CE8\uFF08${list}\uFF09\uFF1AGitHub \u6BCF\u4E2A\u6B65\u9AA4\u6BCF\u79CD\u7EA7\u522B\u6700\u591A\u663E\u793A ${ANNOTATION_CAP} \u6761\u6807\u6CE8\u3002\u5168\u90E8\u53D1\u73B0\u89C1\u4F5C\u4E1A\u6458\u8981\u548C JSON \u62A5\u544A\u3002`;
}

// src/action/comment-step.ts
async function commentStep(options) {
  let { report, mode, token, target, log } = options;
  if (mode === "never" || target === void 0) return { action: "skipped" };
  if (!token)
    return {
      action: "failed",
      problem: report.lang === "en" ? "No token: the pull-request comment was not written (input `token`)." : "\u672A\u63D0\u4F9B\u4EE4\u724C\uFF0C\u672A\u5199\u5165\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\uFF08\u8F93\u5165 `token`\uFF09\u3002"
    };
  let { COMMENT_LIMIT, commentMarker, publishComment } = await import("./chunks/comment-VUGIJ6UN.js"), marker = commentMarker(options.markerKey), body = formatMarkdown(report, {
    ...options.markdown,
    limit: { max: COMMENT_LIMIT - marker.length - 1, unit: "chars" }
  });
  return publishComment({
    token,
    target,
    marker,
    body,
    mode,
    passed: report.passed,
    lang: report.lang,
    log
  });
}

// src/action/evaluate-mode.ts
import path2 from "node:path";
async function evaluationReport(inputs, context, secrets2) {
  let { evaluate } = await import("./chunks/run-O3PTR4SR.js"), { LIVE_DEFAULTS } = await import("./chunks/client-MTEKMDBI.js");
  if (inputs.responses === void 0 == (inputs.endpoint === void 0))
    throw new Error(
      "mode 'evaluate' needs either input 'responses' or inputs 'endpoint' and 'model'"
    );
  if (inputs.responses !== void 0)
    return evaluate({
      context,
      source: { kind: "responses", file: path2.resolve(context.root, inputs.responses) }
    });
  if (inputs.model === void 0) throw new Error("input 'endpoint' needs input 'model'");
  let keyEnv = inputs.apiKeyEnv ?? LIVE_DEFAULTS.apiKeyEnv, apiKey = process.env[keyEnv];
  if (!apiKey) throw new Error(`environment variable ${keyEnv} (the API key) is not set`);
  return setSecret(apiKey), secrets2.push(apiKey), evaluate({
    context,
    source: {
      kind: "endpoint",
      concurrency: LIVE_DEFAULTS.concurrency,
      client: {
        endpoint: inputs.endpoint,
        model: inputs.model,
        apiKey,
        timeoutMs: LIVE_DEFAULTS.timeoutSeconds * 1e3,
        retries: LIVE_DEFAULTS.retries,
        backoffMs: LIVE_DEFAULTS.backoffMs
      }
    }
  });
}

// src/action/event.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import path3 from "node:path";
var ZERO = /^0{40}(?:0{24})?$/, EVENT_LIMIT = 25 * 1024 * 1024;
function sha(value) {
  return typeof value == "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value) ? value : void 0;
}
function fullAudit(event) {
  return text(
    `${event} \u4E8B\u4EF6\u6CA1\u6709\u53EF\u6BD4\u8F83\u7684\u53D8\u66F4\uFF1A\u6267\u884C\u5B8C\u6574\u5BA1\u67E5\uFF0C\u8DF3\u8FC7\u6F02\u79FB\u89C4\u5219`,
    `The ${event} event has no change to compare: full audit, drift rules skipped`
  );
}
function changeFromPayload(event, payload) {
  switch (event) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review":
    case "pull_request_review_comment": {
      let base2 = sha(payload.pull_request?.base?.sha), head = sha(payload.pull_request?.head?.sha);
      if (base2 && head) return { base: base2, head };
      break;
    }
    case "merge_group": {
      let base2 = sha(payload.merge_group?.base_sha), head = sha(payload.merge_group?.head_sha);
      if (base2 && head) return { base: base2, head };
      break;
    }
    case "push": {
      let head = sha(payload.after);
      if (!head || ZERO.test(String(payload.after)))
        return {
          changeNote: text(
            "\u63A8\u9001\u5220\u9664\u4E86\u5206\u652F\uFF0C\u6CA1\u6709\u53EF\u6BD4\u8F83\u7684\u53D8\u66F4\uFF0C\u8DF3\u8FC7\u6F02\u79FB\u89C4\u5219",
            "The push deleted a branch: no change to compare, drift rules skipped"
          )
        };
      let before = sha(payload.before);
      if (before && !ZERO.test(before)) return { base: before, head };
      let branch = payload.repository?.default_branch, ref = typeof payload.ref == "string" ? payload.ref : "";
      return typeof branch == "string" && branch !== "" && ref !== `refs/heads/${branch}` ? { base: `refs/remotes/origin/${branch}`, head } : {
        changeNote: text(
          "\u65B0\u5206\u652F\u7684\u9996\u6B21\u63A8\u9001\u4E14\u65E0\u9ED8\u8BA4\u5206\u652F\u53EF\u6BD4\u8F83\uFF1A\u6267\u884C\u5B8C\u6574\u5BA1\u67E5\uFF0C\u8DF3\u8FC7\u6F02\u79FB\u89C4\u5219",
          "First push of a branch with no default branch to compare with: full audit, drift rules skipped"
        )
      };
    }
    default:
      return { changeNote: fullAudit(event || "this") };
  }
  return { changeNote: fullAudit(event) };
}
function readPayload(file) {
  if (!file) return {};
  try {
    if (statSync(file).size > EVENT_LIMIT) return {};
    let value = JSON.parse(readFileSync2(file, "utf8"));
    return value !== null && typeof value == "object" ? value : {};
  } catch {
    return {};
  }
}
function eventChange(inputs, env = process.env) {
  if (inputs.baseRef && inputs.headRef)
    return { base: inputs.baseRef, head: inputs.headRef, deepen: !0 };
  let event = env.GITHUB_EVENT_NAME ?? "", payload = readPayload(env.GITHUB_EVENT_PATH), found = changeFromPayload(event, payload), change = { ...found, deepen: !0 }, pr = payload.pull_request, [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (found.base && found.head && typeof pr?.number == "number" && inputs.token && owner && repo) {
    let relative = path3.relative(inputs.workspace, inputs.workingDirectory).split(path3.sep).join("/"), prefix = relative === "" ? "" : `${relative}/`, { token } = inputs, number = pr.number, changedFiles = typeof pr.changed_files == "number" ? pr.changed_files : void 0, [base2, head] = [found.base, found.head];
    change.changeFallback = async (manifestPath) => {
      let { pullRequestChange } = await import("./chunks/pull-files-TKNS4IYC.js");
      return pullRequestChange(
        {
          token,
          owner,
          repo,
          number,
          base: base2,
          head,
          prefix,
          ...changedFiles !== void 0 ? { changedFiles } : {},
          log: { info: () => {
          }, warning: () => {
          } }
        },
        manifestPath
      );
    };
  }
  return change;
}

// src/action/inputs.ts
import path4 from "node:path";
function optional(name) {
  let value = getInput(name).trim();
  return value === "" ? void 0 : value;
}
function choice(name, allowed) {
  let value = optional(name);
  if (value !== void 0) {
    if (!allowed.includes(value))
      throw new Error(`input '${name}' must be one of ${allowed.join(", ")} (got '${value}')`);
    return value;
  }
}
function readInputs(env = process.env) {
  let workspace = path4.resolve(env.GITHUB_WORKSPACE ?? process.cwd()), workingDirectory = path4.resolve(workspace, optional("working-directory") ?? "."), token = optional("token");
  return token && setSecret(token), {
    workspace,
    workingDirectory,
    manifest: optional("manifest"),
    failOn: choice("fail-on", FAIL_ON_VALUES),
    lang: choice("lang", LANG_VALUES),
    token,
    comment: choice("comment", ["always", "on-failure", "never"]) ?? "on-failure",
    sarif: optional("sarif"),
    baseRef: optional("base-ref"),
    headRef: optional("head-ref"),
    mode: choice("mode", ["check", "evaluate"]) ?? "check",
    responses: optional("responses"),
    endpoint: optional("endpoint"),
    model: optional("model"),
    apiKeyEnv: optional("api-key-env")
  };
}

// src/action/links.ts
function base(env) {
  let server = env.GITHUB_SERVER_URL?.replace(/\/+$/, ""), repo = env.GITHUB_REPOSITORY;
  return server && repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? `${server}/${repo}` : void 0;
}
function fileLinker(repoPath2, pullRequest, env = process.env) {
  let repoUrl = base(env), sha2 = pullRequest?.headSha ?? env.GITHUB_SHA;
  if (!(!repoUrl || !sha2 || !/^[0-9a-f]{7,64}$/i.test(sha2)))
    return (file, line) => {
      let rel = repoPath2(file);
      if (rel === void 0) return;
      let encoded = rel.split("/").map(encodeURIComponent).join("/");
      return `${repoUrl}/blob/${sha2}/${encoded}${line !== void 0 ? `#L${line}` : ""}`;
    };
}
function runUrl(env = process.env) {
  let repoUrl = base(env), id = env.GITHUB_RUN_ID;
  if (!repoUrl || !id || !/^\d+$/.test(id)) return;
  let attempt = env.GITHUB_RUN_ATTEMPT;
  return `${repoUrl}/actions/runs/${id}${attempt && /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ""}`;
}

// src/action/main.ts
var secrets = [];
function reportPath() {
  let dir = path5.join(process.env.RUNNER_TEMP ?? os5.tmpdir(), "genai-compliance-gate");
  return mkdirSync(dir, { recursive: !0 }), path5.join(dir, "report.json");
}
function annotate(report, workspace) {
  let plan = planAnnotations(report, workspace), budget = { error: ANNOTATION_CAP, warning: ANNOTATION_CAP, note: ANNOTATION_CAP };
  for (let annotation of plan.annotations)
    (annotation.severity === "error" ? error : annotation.severity === "warning" ? warning : notice)(annotation.message, annotation.properties), budget[annotation.severity]--;
  let omitted = omittedText(plan.omitted, report.lang);
  return omitted && info(omitted), { budget, notes: omitted ? [omitted] : [] };
}
function writeSarif(report, inputs, uriPrefix) {
  if (!inputs.sarif) return;
  let file = path5.resolve(inputs.workspace, inputs.sarif);
  mkdirSync(path5.dirname(file), { recursive: !0 }), writeFileSync(file, formatSarif(report, { uriPrefix })), info(`SARIF: ${file}`);
}
async function main() {
  let inputs = readInputs();
  inputs.token && secrets.push(inputs.token);
  let context = createContext({
    dir: inputs.workingDirectory,
    manifest: inputs.manifest,
    ...eventChange(inputs),
    lang: inputs.lang,
    failOn: inputs.failOn
  }), report = inputs.mode === "evaluate" ? await evaluationReport(inputs, context, secrets) : await run(context);
  process.stdout.write(withCommandsStopped(formatText(report)));
  let { budget, notes } = annotate(report, inputs.workspace), uriPrefix = repoPath(".", report.root, inputs.workspace) ?? "", jsonPath = reportPath();
  writeFileSync(jsonPath, formatJson(report)), writeSarif(report, inputs, uriPrefix), setOutput("result", report.passed ? "passed" : "failed"), setOutput("declared-path", report.path.declared ?? ""), setOutput("required-path", report.path.required ?? ""), setOutput("errors", String(report.counts.error)), setOutput("warnings", String(report.counts.warning)), setOutput("report", jsonPath);
  let target = pullRequestTarget(), markdown = {
    fileLink: fileLinker((file) => repoPath(file, report.root, inputs.workspace), target),
    fullReportUrl: runUrl()
  }, outcome = await commentStep({
    report,
    mode: inputs.comment,
    token: inputs.token,
    target,
    markerKey: `${path5.relative(inputs.workspace, report.root).split(path5.sep).join("/") || "."}:${context.manifest}`,
    markdown,
    log: {
      info: (message) => info(scrub(message, secrets)),
      warning: (message) => info(scrub(message, secrets))
    }
  });
  if (outcome.action === "failed" && outcome.problem) {
    let problem = scrub(outcome.problem, secrets);
    budget.warning > 0 ? (warning(problem), budget.warning--) : info(problem), notes.push(problem);
  } else outcome.action !== "skipped" && info(`Pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ""}`);
  let summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile)
    try {
      appendFileSync2(
        summaryFile,
        formatMarkdown(report, {
          ...markdown,
          notes,
          limit: { max: SUMMARY_LIMIT_BYTES, unit: "bytes" }
        })
      );
    } catch (error2) {
      info(
        `Job summary not written: ${error2 instanceof Error ? error2.message : String(error2)}`
      );
    }
  if (!report.passed) {
    let l = labels(report.lang), verdict = `genai-compliance-gate: ${l.failed} \u2014 ${l.summary(report.counts)}`;
    budget.error > 0 ? setFailed(verdict) : (info(verdict), process.exitCode = 1);
  }
}
main().catch((error2) => {
  let message = error2 instanceof Error ? error2.message : String(error2);
  setFailed(`genai-compliance-gate could not run: ${scrub(message, secrets)}`);
});
