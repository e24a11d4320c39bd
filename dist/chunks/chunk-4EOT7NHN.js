import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-WRGFFDD4.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str2) {
      let len = str2.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str2.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str2.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(!0), compareTime),
      "date-time": fmtDef(getDateTime(!0), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: !0,
      // unchecked string payload
      binary: !0
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/, DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      let matches = DATE.exec(str2);
      if (!matches)
        return !1;
      let year = +matches[1], month = +matches[2], day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (d1 && d2)
        return d1 > d2 ? 1 : d1 < d2 ? -1 : 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function(str2) {
        let matches = TIME.exec(str2);
        if (!matches)
          return !1;
        let hr = +matches[1], min = +matches[2], sec = +matches[3], tz = matches[4], tzSign = matches[5] === "-" ? -1 : 1, tzH = +(matches[6] || 0), tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return !1;
        if (hr <= 23 && min <= 59 && sec < 60)
          return !0;
        let utcMin = min - tzM * tzSign, utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return;
      let t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf(), t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (t1 && t2)
        return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return;
      let a1 = TIME.exec(t1), a2 = TIME.exec(t2);
      if (a1 && a2)
        return t1 = a1[1] + a1[2] + a1[3], t2 = a2[1] + a2[2] + a2[3], t1 > t2 ? 1 : t1 < t2 ? -1 : 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      let time = getTime(strictTimeZone);
      return function(str2) {
        let dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let d1 = new Date(dt1).valueOf(), d2 = new Date(dt2).valueOf();
      if (d1 && d2)
        return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let [d1, t1] = dt1.split(DATE_TIME_SEPARATOR), [d2, t2] = dt2.split(DATE_TIME_SEPARATOR), res = compareDate(d1, d2);
      if (res !== void 0)
        return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/, URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      return BYTE.lastIndex = 0, BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31), MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return !0;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return !1;
      try {
        return new RegExp(str2), !0;
      } catch {
        return !1;
      }
    }
  }
});

// src/evidence/read.ts
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import path from "node:path";

// src/evidence/encoding.ts
function nulLayout(bytes) {
  let even = 0, odd = 0, end = Math.min(bytes.length, 65536);
  for (let i = 0; i < end; i++)
    bytes[i] === 0 && (i % 2 === 0 ? even++ : odd++);
  return { even, odd };
}
function decode(encoding, bytes, fatal) {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: !1 }).decode(bytes);
  } catch {
    return;
  }
}
function decodeText(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    let text = decode("utf-8", bytes, !1);
    return text === void 0 || text.includes("\0") ? void 0 : { text, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 255 && bytes[1] === 254) {
    let text = decode("utf-16le", bytes, !1);
    return text === void 0 || text.includes("\0") ? void 0 : { text, encoding: "utf-16le" };
  }
  if (bytes[0] === 254 && bytes[1] === 255) {
    let text = decode("utf-16be", bytes, !1);
    return text === void 0 || text.includes("\0") ? void 0 : { text, encoding: "utf-16be" };
  }
  let { even, odd } = nulLayout(bytes), sampled = Math.min(bytes.length, 65536);
  if (even + odd > 0) {
    let half = sampled / 2;
    return odd > half * 0.2 && even === 0 ? utf16(bytes, "utf-16le") : even > half * 0.2 && odd === 0 ? utf16(bytes, "utf-16be") : void 0;
  }
  let utf8 = decode("utf-8", bytes, !0);
  if (utf8 !== void 0) return { text: utf8, encoding: "utf-8" };
  let gb = decode("gb18030", bytes, !0);
  if (gb !== void 0 && !looksBinary(gb)) return { text: gb, encoding: "gb18030" };
}
function utf16(bytes, encoding) {
  let text = decode(encoding, bytes, !0);
  return text === void 0 || text.includes("\0") ? void 0 : { text, encoding };
}
function looksBinary(text) {
  let control = 0, end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i++) {
    let c = text.charCodeAt(i);
    c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && control++;
  }
  return control > end * 0.01;
}

// src/evidence/read.ts
var DEFAULT_TEXT_LIMIT = 32 * 1024 * 1024, realRoots = /* @__PURE__ */ new Map();
function realRoot(root) {
  let real = realRoots.get(root);
  return real === void 0 && (real = realpathSync(root), realRoots.set(root, real)), real;
}
function isInside(parent, child) {
  let rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function resolveInRoot(root, userPath) {
  let fail = (code, detail) => ({
    ok: !1,
    problem: { code, file: userPath, ...detail === void 0 ? {} : { detail } }
  });
  if (userPath.length === 0 || userPath.length > 4096 || userPath.includes("\0"))
    return fail("invalid-path");
  if (path.isAbsolute(userPath) || /^[a-zA-Z]:[\\/]/.test(userPath) || userPath.startsWith("\\\\"))
    return fail("outside-root", "absolute");
  let normalized = path.posix.normalize(userPath.replace(/\\/g, "/"));
  if (normalized === ".." || normalized.startsWith("../")) return fail("outside-root", "..");
  let rootReal = realRoot(root), abs = path.join(rootReal, normalized), real;
  try {
    real = realpathSync(abs);
  } catch (error) {
    let code = error.code;
    return code === "ELOOP" ? fail("unreadable", "symlink loop") : code === "ENOENT" || code === "ENOTDIR" ? { ok: !1, problem: { code: "missing", file: normalized.replace(/^\.\//, "") } } : fail("unreadable", code);
  }
  if (!isInside(rootReal, real)) return fail("outside-root", "symlink");
  let rel = path.relative(rootReal, abs).split(path.sep).join("/");
  return { ok: !0, value: { rel: rel === "" ? "." : rel, abs: real } };
}
function statInRoot(root, userPath) {
  let resolved = resolveInRoot(root, userPath);
  if (!resolved.ok) return resolved;
  try {
    let st = statSync(resolved.value.abs);
    return !st.isFile() && !st.isDirectory() ? { ok: !1, problem: { code: "not-a-file", file: resolved.value.rel } } : { ok: !0, value: { ...resolved.value, size: st.size, isDirectory: st.isDirectory() } };
  } catch (error) {
    return {
      ok: !1,
      problem: { code: "unreadable", file: resolved.value.rel, detail: error.message }
    };
  }
}
function readBytesInRoot(root, userPath, limit) {
  let resolved = resolveInRoot(root, userPath);
  if (!resolved.ok) return resolved;
  let file = resolved.value, fail = (code, extra = {}) => ({ ok: !1, problem: { code, file: file.rel, ...extra } }), fd;
  try {
    fd = openSync(file.abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    let code = error.code;
    return code === "EISDIR" ? fail("not-a-file") : fail("unreadable", { detail: code ?? String(error) });
  }
  try {
    let st = fstatSync(fd);
    if (!st.isFile()) return fail("not-a-file");
    if (st.nlink > 1) return fail("outside-root", { detail: "hard link" });
    if (st.size > limit) return fail("too-large", { size: st.size, limit });
    if (st.size === 0) return fail("empty");
    let bytes = Buffer.allocUnsafe(st.size), offset = 0;
    for (; offset < st.size; ) {
      let n = readSync(fd, bytes, offset, st.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return {
      ok: !0,
      value: { file, bytes: offset === st.size ? bytes : bytes.subarray(0, offset) }
    };
  } catch (error) {
    return fail("unreadable", { detail: error.code ?? String(error) });
  } finally {
    closeSync(fd);
  }
}
function readTextInRoot(root, userPath, limit = DEFAULT_TEXT_LIMIT) {
  let read = readBytesInRoot(root, userPath, limit);
  if (!read.ok) return read;
  let decoded = decodeText(read.value.bytes);
  return decoded === void 0 ? { ok: !1, problem: { code: "binary", file: read.value.file.rel } } : decoded.text.trim().length === 0 ? { ok: !1, problem: { code: "empty", file: read.value.file.rel } } : {
    ok: !0,
    value: { file: read.value.file, text: decoded.text, encoding: decoded.encoding }
  };
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x.default : x;
}
var jsYaml = {}, loader = {}, common = {}, hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject > "u" || subject === null;
  }
  function isObject(subject) {
    return typeof subject == "object" && subject !== null;
  }
  function toArray(sequence) {
    return Array.isArray(sequence) ? sequence : isNothing(sequence) ? [] : [sequence];
  }
  function extend(target, source) {
    if (source) {
      let sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        let key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1)
      result += string;
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  return common.isNothing = isNothing, common.isObject = isObject, common.toArray = toArray, common.repeat = repeat, common.isNegativeZero = isNegativeZero, common.extend = extend, common;
}
var exception, hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "", message = exception2.reason || "(unknown reason)";
    return exception2.mark ? (exception2.mark.name && (where += 'in "' + exception2.mark.name + '" '), where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")", !compact && exception2.mark.snippet && (where += `

` + exception2.mark.snippet), message + " " + where) : message;
  }
  function YAMLException2(reason, mark) {
    Error.call(this), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError(this, !1), Error.captureStackTrace ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error().stack || "";
  }
  return YAMLException2.prototype = Object.create(Error.prototype), YAMLException2.prototype.constructor = YAMLException2, YAMLException2.prototype.toString = function(compact) {
    return this.name + ": " + formatError(this, compact);
  }, exception = YAMLException2, exception;
}
var snippet, hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  let common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    if (options = Object.create(options || null), !mark.buffer) return null;
    options.maxLength || (options.maxLength = 79), typeof options.indent != "number" && (options.indent = 1), typeof options.linesBefore != "number" && (options.linesBefore = 3), typeof options.linesAfter != "number" && (options.linesAfter = 2);
    let re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
    for (; match = re.exec(mark.buffer); )
      lineEnds.push(match.index), lineStarts.push(match.index + match[0].length), mark.position <= match.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
    foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
    let result = "", lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length, maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore && !(foundLineNo - i < 0); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + `
` + result;
    }
    let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + `
`, result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + `^
`;
    for (let i = 1; i <= options.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + `
`;
    }
    return result.replace(/\n$/, "");
  }
  return snippet = makeSnippet, snippet;
}
var type, hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  let YAMLException2 = requireException(), TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ], YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    let result = {};
    return map2 !== null && Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    }), result;
  }
  function Type2(tag, options) {
    if (options = options || {}, Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1)
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }), this.options = options, this.tag = tag, this.kind = options.kind || null, this.resolve = options.resolve || function() {
      return !0;
    }, this.construct = options.construct || function(data) {
      return data;
    }, this.instanceOf = options.instanceOf || null, this.predicate = options.predicate || null, this.represent = options.represent || null, this.representName = options.representName || null, this.defaultStyle = options.defaultStyle || null, this.multi = options.multi || !1, this.styleAliases = compileStyleAliases(options.styleAliases || null), YAML_NODE_KINDS.indexOf(this.kind) === -1)
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
  return type = Type2, type;
}
var schema, hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  let YAMLException2 = requireException(), Type2 = requireType();
  function compileList(schema2, name) {
    let result = [];
    return schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi && (newIndex = previousIndex);
      }), result[newIndex] = currentType;
    }), result;
  }
  function compileMap() {
    let result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      type2.multi ? (result.multi[type2.kind].push(type2), result.multi.fallback.push(type2)) : result[type2.kind][type2.tag] = result.fallback[type2.tag] = type2;
    }
    for (let index = 0, length = arguments.length; index < length; index += 1)
      arguments[index].forEach(collectType);
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  return Schema2.prototype.extend = function(definition) {
    let implicit = [], explicit = [];
    if (definition instanceof Type2)
      explicit.push(definition);
    else if (Array.isArray(definition))
      explicit = explicit.concat(definition);
    else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit)))
      definition.implicit && (implicit = implicit.concat(definition.implicit)), definition.explicit && (explicit = explicit.concat(definition.explicit));
    else
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      if (type2.loadKind && type2.loadKind !== "scalar")
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      if (type2.multi)
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }), explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    });
    let result = Object.create(Schema2.prototype);
    return result.implicit = (this.implicit || []).concat(implicit), result.explicit = (this.explicit || []).concat(explicit), result.compiledImplicit = compileList(result, "implicit"), result.compiledExplicit = compileList(result, "explicit"), result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit), result;
  }, schema = Schema2, schema;
}
var str, hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  let Type2 = requireType();
  return str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  }), str;
}
var seq, hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  let Type2 = requireType();
  return seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  }), seq;
}
var map, hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  let Type2 = requireType();
  return map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  }), map;
}
var failsafe, hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  let Schema2 = requireSchema();
  return failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  }), failsafe;
}
var _null, hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  let Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return !0;
    let max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  return _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  }), _null;
}
var bool, hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  let Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return !1;
    let max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  return bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  }), bool;
}
var int, hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  let common2 = requireCommon(), Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return !1;
    let max = data.length, index = 0, hasDigits = !1;
    if (!max) return !1;
    let ch = data[index];
    if ((ch === "-" || ch === "+") && (ch = data[++index]), ch === "0") {
      if (index + 1 === max) return !0;
      if (ch = data[++index], ch === "b") {
        for (index++; index < max; index++) {
          if (ch = data[index], ch !== "0" && ch !== "1") return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        for (index++; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        for (index++; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index)))
        return !1;
      hasDigits = !0;
    }
    return hasDigits ? isFinite(parseYamlInteger(data)) : !1;
  }
  function parseYamlInteger(data) {
    let value = data, sign = 1, ch = value[0];
    if ((ch === "-" || ch === "+") && (ch === "-" && (sign = -1), value = value.slice(1), ch = value[0]), value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && object % 1 === 0 && !common2.isNegativeZero(object);
  }
  return int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  }), int;
}
var float, hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  let common2 = requireCommon(), Type2 = requireType(), YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  ), YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    return data === null || !YAML_FLOAT_PATTERN.test(data) ? !1 : isFinite(parseFloat(data, 10)) ? !0 : YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
    return "+-".indexOf(value[0]) >= 0 && (value = value.slice(1)), value === ".inf" ? sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY : value === ".nan" ? NaN : sign * parseFloat(value, 10);
  }
  let SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object))
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    else if (Number.POSITIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    else if (Number.NEGATIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    else if (common2.isNegativeZero(object))
      return "-0.0";
    let res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  return float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  }), float;
}
var json, hasRequiredJson;
function requireJson() {
  return hasRequiredJson || (hasRequiredJson = 1, json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  })), json;
}
var core, hasRequiredCore;
function requireCore() {
  return hasRequiredCore || (hasRequiredCore = 1, core = requireJson()), core;
}
var timestamp, hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  let Type2 = requireType(), YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  ), YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    return data === null ? !1 : YAML_DATE_REGEXP.exec(data) !== null || YAML_TIMESTAMP_REGEXP.exec(data) !== null;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0, delta = null, match = YAML_DATE_REGEXP.exec(data);
    if (match === null && (match = YAML_TIMESTAMP_REGEXP.exec(data)), match === null) throw new Error("Date resolve error");
    let year = +match[1], month = +match[2] - 1, day = +match[3];
    if (!match[4])
      return new Date(Date.UTC(year, month, day));
    let hour = +match[4], minute = +match[5], second = +match[6];
    if (match[7]) {
      for (fraction = match[7].slice(0, 3); fraction.length < 3; )
        fraction += "0";
      fraction = +fraction;
    }
    if (match[9]) {
      let tzHour = +match[10], tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4, match[9] === "-" && (delta = -delta);
    }
    let date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    return delta && date.setTime(date.getTime() - delta), date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  return timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  }), timestamp;
}
var merge, hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  let Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  return merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  }), merge;
}
var binary, hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  let Type2 = requireType(), BASE64_MAP = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;
  function resolveYamlBinary(data) {
    if (data === null) return !1;
    let bitlen = 0, max = data.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      let code = map2.indexOf(data.charAt(idx));
      if (!(code > 64)) {
        if (code < 0) return !1;
        bitlen += 6;
      }
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    let input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
    for (let idx = 0; idx < max; idx++)
      idx % 4 === 0 && idx && (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)), bits = bits << 6 | map2.indexOf(input.charAt(idx));
    let tailbits = max % 4 * 6;
    return tailbits === 0 ? (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)) : tailbits === 18 ? (result.push(bits >> 10 & 255), result.push(bits >> 2 & 255)) : tailbits === 12 && result.push(bits >> 4 & 255), new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "", bits = 0, max = object.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++)
      idx % 3 === 0 && idx && (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]), bits = (bits << 8) + object[idx];
    let tail = max % 3;
    return tail === 0 ? (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]) : tail === 2 ? (result += map2[bits >> 10 & 63], result += map2[bits >> 4 & 63], result += map2[bits << 2 & 63], result += map2[64]) : tail === 1 && (result += map2[bits >> 2 & 63], result += map2[bits << 4 & 63], result += map2[64], result += map2[64]), result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  return binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  }), binary;
}
var omap, hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty, _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return !0;
    let objectKeys = {}, object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index], pairHasKey = !1;
      if (_toString.call(pair) !== "[object Object]") return !1;
      let pairKey;
      for (pairKey in pair)
        if (_hasOwnProperty.call(pair, pairKey))
          if (!pairHasKey) pairHasKey = !0;
          else return !1;
      if (!pairHasKey || _hasOwnProperty.call(objectKeys, pairKey)) return !1;
      Object.defineProperty(objectKeys, pairKey, { value: !0 });
    }
    return !0;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  return omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  }), omap;
}
var pairs, hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  let Type2 = requireType(), _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return !0;
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return !1;
      let keys = Object.keys(pair);
      if (keys.length !== 1) return !1;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return !0;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index], keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  return pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  }), pairs;
}
var set, hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return !0;
    let object = data;
    for (let key in object)
      if (_hasOwnProperty.call(object, key) && object[key] !== null)
        return !1;
    return !0;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  return set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  }), set;
}
var _default, hasRequired_default;
function require_default() {
  return hasRequired_default || (hasRequired_default = 1, _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  })), _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), makeSnippet = requireSnippet(), DEFAULT_SCHEMA2 = require_default(), _hasOwnProperty = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, CHOMPING_CLIP = 1, CHOMPING_STRIP = 2, CHOMPING_KEEP = 3, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57)
      return c - 48;
    let lc = c | 32;
    return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
  }
  function escapedHexLen(c) {
    return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
  }
  function fromDecimalCode(c) {
    return c >= 48 && c <= 57 ? c - 48 : -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return `
`;
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    key === "__proto__" ? Object.defineProperty(object, key, {
      configurable: !0,
      enumerable: !0,
      writable: !0,
      value
    }) : object[key] = value;
  }
  let simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++)
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
  function State(input, options) {
    this.input = input, this.filename = options.filename || null, this.schema = options.schema || DEFAULT_SCHEMA2, this.onWarning = options.onWarning || null, this.legacy = options.legacy || !1, this.json = options.json || !1, this.listener = options.listener || null, this.maxDepth = typeof options.maxDepth == "number" ? options.maxDepth : 100, this.maxTotalMergeKeys = typeof options.maxTotalMergeKeys == "number" ? options.maxTotalMergeKeys : 1e4, this.implicitTypes = this.schema.compiledImplicit, this.typeMap = this.schema.compiledTypeMap, this.length = input.length, this.position = 0, this.line = 0, this.lineStart = 0, this.lineIndent = 0, this.depth = 0, this.totalMergeKeys = 0, this.firstTabInLine = -1, this.documents = [], this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    let mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    return mark.snippet = makeSnippet(mark), new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    state.onWarning && state.onWarning.call(null, generateError(state, message));
  }
  function storeAnchor(state, name, value) {
    let transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      let transaction = transactions[transactions.length - 1];
      _hasOwnProperty.call(transaction, name) || (transaction[name] = {
        existed: _hasOwnProperty.call(state.anchorMap, name),
        value: state.anchorMap[name]
      });
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    let parent = transactions[transactions.length - 1], names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      let name = names[index];
      _hasOwnProperty.call(parent, name) || (parent[name] = transaction[name]);
    }
  }
  function rollbackAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      let entry = transaction[names[index]];
      entry.existed ? state.anchorMap[names[index]] = entry.value : delete state.anchorMap[names[index]];
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position, state.line = snapshot.line, state.lineStart = snapshot.lineStart, state.lineIndent = snapshot.lineIndent, state.firstTabInLine = snapshot.firstTabInLine, state.tag = snapshot.tag, state.anchor = snapshot.anchor, state.kind = snapshot.kind, state.result = snapshot.result;
  }
  let directiveHandlers = {
    YAML: function(state, name, args) {
      state.version !== null && throwError(state, "duplication of %YAML directive"), args.length !== 1 && throwError(state, "YAML directive accepts exactly one argument");
      let match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      match === null && throwError(state, "ill-formed argument of the YAML directive");
      let major = parseInt(match[1], 10), minor = parseInt(match[2], 10);
      major !== 1 && throwError(state, "unacceptable YAML version of the document"), state.version = args[0], state.checkLineBreaks = minor < 2, minor !== 1 && minor !== 2 && throwWarning(state, "unsupported YAML version of the document");
    },
    TAG: function(state, name, args) {
      let prefix;
      args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
      let handle = args[0];
      prefix = args[1], PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), _hasOwnProperty.call(state.tagMap, handle) && throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle'), PATTERN_TAG_URI.test(prefix) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      try {
        prefix = decodeURIComponent(prefix);
      } catch {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      let _result = state.input.slice(start, end);
      if (checkJson)
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          let _character = _result.charCodeAt(_position);
          _character === 9 || _character >= 32 && _character <= 1114111 || throwError(state, "expected valid JSON character");
        }
      else PATTERN_NON_PRINTABLE.test(_result) && throwError(state, "the stream contains non-printable characters");
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++, state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys && throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    common2.isObject(source) || throwError(state, "cannot merge mappings; the provided source object is unacceptable"), chargeMergeWork(state);
    let sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      let key = sourceKeys[index];
      chargeMergeWork(state), _hasOwnProperty.call(destination, key) || (setProperty(destination, key, source[key]), overridableKeys[key] = !0);
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1)
        Array.isArray(keyNode[index]) && throwError(state, "nested arrays are not supported inside keys"), typeof keyNode == "object" && _class(keyNode[index]) === "[object Object]" && (keyNode[index] = "[object Object]");
    }
    if (typeof keyNode == "object" && _class(keyNode) === "[object Object]" && (keyNode = "[object Object]"), keyNode = String(keyNode), _result === null && (_result = {}), keyTag === "tag:yaml.org,2002:merge")
      if (Array.isArray(valueNode)) {
        valueNode.length > 100 && throwError(state, "abnormal merge sequence size");
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1)
          mergeMappings(state, _result, valueNode[index], overridableKeys);
      } else
        mergeMappings(state, _result, valueNode, overridableKeys);
    else
      !state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode) && (state.line = startLine || state.line, state.lineStart = startLineStart || state.lineStart, state.position = startPos || state.position, throwError(state, "duplicated mapping key")), setProperty(_result, keyNode, valueNode), delete overridableKeys[keyNode];
    return _result;
  }
  function readLineBreak(state) {
    let ch = state.input.charCodeAt(state.position);
    ch === 10 ? state.position++ : ch === 13 ? (state.position++, state.input.charCodeAt(state.position) === 10 && state.position++) : throwError(state, "a line break is expected"), state.line += 1, state.lineStart = state.position, state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0, ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      for (; isWhiteSpace(ch); )
        ch === 9 && state.firstTabInLine === -1 && (state.firstTabInLine = state.position), ch = state.input.charCodeAt(++state.position);
      if (allowComments && ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (ch !== 10 && ch !== 13 && ch !== 0);
      if (isEol(ch))
        for (readLineBreak(state), ch = state.input.charCodeAt(state.position), lineBreaks++, state.lineIndent = 0; ch === 32; )
          state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      else
        break;
    }
    return checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent && throwWarning(state, "deficient indentation"), lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position, ch = state.input.charCodeAt(_position);
    return !!((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2) && (_position += 3, ch = state.input.charCodeAt(_position), ch === 0 || isWsOrEol(ch)));
  }
  function writeFoldedLines(state, count) {
    count === 1 ? state.result += " " : count > 1 && (state.result += common2.repeat(`
`, count - 1));
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
      return !1;
    if (ch === 63 || ch === 45) {
      let following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
        return !1;
    }
    for (state.kind = "scalar", state.result = "", captureStart = captureEnd = state.position, hasPendingContent = !1; ch !== 0; ) {
      if (ch === 58) {
        let following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
          break;
      } else if (ch === 35) {
        let preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding))
          break;
      } else {
        if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch))
          break;
        if (isEol(ch))
          if (_line = state.line, _lineStart = state.lineStart, _lineIndent = state.lineIndent, skipSeparationSpace(state, !1, -1), state.lineIndent >= nodeIndent) {
            hasPendingContent = !0, ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd, state.line = _line, state.lineStart = _lineStart, state.lineIndent = _lineIndent;
            break;
          }
      }
      hasPendingContent && (captureSegment(state, captureStart, captureEnd, !1), writeFoldedLines(state, state.line - _line), captureStart = captureEnd = state.position, hasPendingContent = !1), isWhiteSpace(ch) || (captureEnd = state.position + 1), ch = state.input.charCodeAt(++state.position);
    }
    return captureSegment(state, captureStart, captureEnd, !1), state.result ? !0 : (state.kind = _kind, state.result = _result, !1);
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, ch = state.input.charCodeAt(state.position);
    if (ch !== 39)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; )
      if (ch === 39)
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), ch === 39)
          captureStart = state.position, state.position++, captureEnd = state.position;
        else
          return !0;
      else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a single quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, tmp, ch = state.input.charCodeAt(state.position);
    if (ch !== 34)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; ) {
      if (ch === 34)
        return captureSegment(state, captureStart, state.position, !0), state.position++, !0;
      if (ch === 92) {
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), isEol(ch))
          skipSeparationSpace(state, !1, nodeIndent);
        else if (ch < 256 && simpleEscapeCheck[ch])
          state.result += simpleEscapeMap[ch], state.position++;
        else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp, hexResult = 0;
          for (; hexLength > 0; hexLength--)
            ch = state.input.charCodeAt(++state.position), (tmp = fromHexCode(ch)) >= 0 ? hexResult = (hexResult << 4) + tmp : throwError(state, "expected hexadecimal character");
          state.result += charFromCodepoint(hexResult), state.position++;
        } else
          throwError(state, "unknown escape sequence");
        captureStart = captureEnd = state.position;
      } else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a double quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = !0, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch = state.input.charCodeAt(state.position);
    if (ch === 91)
      terminator = 93, isMapping = !1, _result = [];
    else if (ch === 123)
      terminator = 125, isMapping = !0, _result = {};
    else
      return !1;
    for (state.anchor !== null && storeAnchor(state, state.anchor, _result), ch = state.input.charCodeAt(++state.position); ch !== 0; ) {
      if (skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === terminator)
        return state.position++, state.tag = _tag, state.anchor = _anchor, state.kind = isMapping ? "mapping" : "sequence", state.result = _result, !0;
      if (readNext ? ch === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries"), keyTag = keyNode = valueNode = null, isPair = isExplicitPair = !1, ch === 63) {
        let following = state.input.charCodeAt(state.position + 1);
        isWsOrEol(following) && (isPair = isExplicitPair = !0, state.position++, skipSeparationSpace(state, !0, nodeIndent));
      }
      _line = state.line, _lineStart = state.lineStart, _pos = state.position, composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), keyTag = state.tag, keyNode = state.result, skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), (isExplicitPair || state.line === _line) && ch === 58 && (isPair = !0, ch = state.input.charCodeAt(++state.position), skipSeparationSpace(state, !0, nodeIndent), composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), valueNode = state.result), isMapping ? storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos) : isPair ? _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)) : _result.push(keyNode), skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === 44 ? (readNext = !0, ch = state.input.charCodeAt(++state.position)) : readNext = !1;
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding, chomping = CHOMPING_CLIP, didReadContent = !1, detectedIndent = !1, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = !1, tmp, ch = state.input.charCodeAt(state.position);
    if (ch === 124)
      folding = !1;
    else if (ch === 62)
      folding = !0;
    else
      return !1;
    for (state.kind = "scalar", state.result = ""; ch !== 0; )
      if (ch = state.input.charCodeAt(++state.position), ch === 43 || ch === 45)
        CHOMPING_CLIP === chomping ? chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP : throwError(state, "repeat of a chomping mode identifier");
      else if ((tmp = fromDecimalCode(ch)) >= 0)
        tmp === 0 ? throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one") : detectedIndent ? throwError(state, "repeat of an indentation width identifier") : (textIndent = nodeIndent + tmp - 1, detectedIndent = !0);
      else
        break;
    if (isWhiteSpace(ch)) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (isWhiteSpace(ch));
      if (ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (!isEol(ch) && ch !== 0);
    }
    for (; ch !== 0; ) {
      for (readLineBreak(state), state.lineIndent = 0, ch = state.input.charCodeAt(state.position); (!detectedIndent || state.lineIndent < textIndent) && ch === 32; )
        state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      if (!detectedIndent && state.lineIndent > textIndent && (textIndent = state.lineIndent), isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0 && throwError(state, "missing indentation for block scalar"), state.lineIndent < textIndent) {
        chomping === CHOMPING_KEEP ? state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines) : chomping === CHOMPING_CLIP && didReadContent && (state.result += `
`);
        break;
      }
      folding ? isWhiteSpace(ch) ? (atMoreIndented = !0, state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, state.result += common2.repeat(`
`, emptyLines + 1)) : emptyLines === 0 ? didReadContent && (state.result += " ") : state.result += common2.repeat(`
`, emptyLines) : state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines), didReadContent = !0, detectedIndent = !0, emptyLines = 0;
      let captureStart = state.position;
      for (; !isEol(ch) && ch !== 0; )
        ch = state.input.charCodeAt(++state.position);
      captureSegment(state, captureStart, state.position, !1);
    }
    return !0;
  }
  function readBlockSequence(state, nodeIndent) {
    let _tag = state.tag, _anchor = state.anchor, _result = [], detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0 && (state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation")), ch === 45); ) {
      let following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following))
        break;
      if (detected = !0, state.position++, skipSeparationSpace(state, !0, -1) && state.lineIndent <= nodeIndent) {
        _result.push(null), ch = state.input.charCodeAt(state.position);
        continue;
      }
      let _line = state.line;
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), _result.push(state.result), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a sequence entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return detected ? (state.tag = _tag, state.anchor = _anchor, state.kind = "sequence", state.result = _result, !0) : !1;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = !1, detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      !atExplicitKey && state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
      let following = state.input.charCodeAt(state.position + 1), _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following))
        ch === 63 ? (atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !0, allowCompact = !0) : atExplicitKey ? (atExplicitKey = !1, allowCompact = !0) : throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"), state.position += 1, ch = following;
      else {
        if (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position, !composeNode(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0))
          break;
        if (state.line === _line) {
          for (ch = state.input.charCodeAt(state.position); isWhiteSpace(ch); )
            ch = state.input.charCodeAt(++state.position);
          if (ch === 58)
            ch = state.input.charCodeAt(++state.position), isWsOrEol(ch) || throwError(state, "a whitespace character is expected after the key-value separator within a block mapping"), atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !1, allowCompact = !1, keyTag = state.tag, keyNode = state.result;
          else if (detected)
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          else
            return state.tag = _tag, state.anchor = _anchor, !0;
        } else if (detected)
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        else
          return state.tag = _tag, state.anchor = _anchor, !0;
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && (atExplicitKey && (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position), composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, allowCompact) && (atExplicitKey ? keyNode = state.result : valueNode = state.result), atExplicitKey || (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position)), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a mapping entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return atExplicitKey && storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), detected && (state.tag = _tag, state.anchor = _anchor, state.kind = "mapping", state.result = _result), detected;
  }
  function readTagProperty(state) {
    let isVerbatim = !1, isNamed = !1, tagHandle, tagName, ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return !1;
    state.tag !== null && throwError(state, "duplication of a tag property"), ch = state.input.charCodeAt(++state.position), ch === 60 ? (isVerbatim = !0, ch = state.input.charCodeAt(++state.position)) : ch === 33 ? (isNamed = !0, tagHandle = "!!", ch = state.input.charCodeAt(++state.position)) : tagHandle = "!";
    let _position = state.position;
    if (isVerbatim) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (ch !== 0 && ch !== 62);
      state.position < state.length ? (tagName = state.input.slice(_position, state.position), ch = state.input.charCodeAt(++state.position)) : throwError(state, "unexpected end of the stream within a verbatim tag");
    } else {
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch === 33 && (isNamed ? throwError(state, "tag suffix cannot contain exclamation marks") : (tagHandle = state.input.slice(_position - 1, state.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state, "named tag handle cannot contain such characters"), isNamed = !0, _position = state.position + 1)), ch = state.input.charCodeAt(++state.position);
      tagName = state.input.slice(_position, state.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state, "tag suffix cannot contain flow indicator characters");
    }
    tagName && !PATTERN_TAG_URI.test(tagName) && throwError(state, "tag name cannot contain such characters: " + tagName);
    try {
      tagName = decodeURIComponent(tagName);
    } catch {
      throwError(state, "tag name is malformed: " + tagName);
    }
    return isVerbatim ? state.tag = tagName : _hasOwnProperty.call(state.tagMap, tagHandle) ? state.tag = state.tagMap[tagHandle] + tagName : tagHandle === "!" ? state.tag = "!" + tagName : tagHandle === "!!" ? state.tag = "tag:yaml.org,2002:" + tagName : throwError(state, 'undeclared tag handle "' + tagHandle + '"'), !0;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return !1;
    state.anchor !== null && throwError(state, "duplication of an anchor property"), ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    return state.position === _position && throwError(state, "name of an anchor node must contain at least one character"), state.anchor = state.input.slice(_position, state.position), !0;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return !1;
    ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    state.position === _position && throwError(state, "name of an alias node must contain at least one character");
    let alias = state.input.slice(_position, state.position);
    return _hasOwnProperty.call(state.anchorMap, alias) || throwError(state, 'unidentified alias "' + alias + '"'), state.result = state.anchorMap[alias], skipSeparationSpace(state, !0, -1), !0;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    let fallbackState = snapshotState(state);
    return beginAnchorTransaction(state), restoreState(state, propertyStart), state.tag = null, state.anchor = null, state.kind = null, state.result = null, readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping" ? (commitAnchorTransaction(state), !0) : (rollbackAnchorTransaction(state), restoreState(state, fallbackState), !1);
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, type2, flowIndent, blockIndent;
    state.depth >= state.maxDepth && throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")"), state.depth += 1, state.listener !== null && state.listener("open", state), state.tag = null, state.anchor = null, state.kind = null, state.result = null;
    let allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek && skipSeparationSpace(state, !0, -1) && (atNewLine = !0, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)), indentStatus === 1)
      for (; ; ) {
        let ch = state.input.charCodeAt(state.position), propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null) || !readTagProperty(state) && !readAnchorProperty(state))
          break;
        propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state, !0, -1) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)) : allowBlockCollections = !1;
      }
    if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext)
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext ? flowIndent = parentIndent : flowIndent = parentIndent + 1, blockIndent = state.position - state.lineStart, indentStatus === 1)
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent))
          hasContent = !0;
        else {
          let ch = state.input.charCodeAt(state.position);
          propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          ) || allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent) ? hasContent = !0 : readAlias(state) ? (hasContent = !0, (state.tag !== null || state.anchor !== null) && throwError(state, "alias node should not have any properties")) : readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext) && (hasContent = !0, state.tag === null && (state.tag = "?")), state.anchor !== null && storeAnchor(state, state.anchor, state.result);
        }
      else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state, blockIndent));
    if (state.tag === null)
      state.anchor !== null && storeAnchor(state, state.anchor, state.result);
    else if (state.tag === "?") {
      state.result !== null && state.kind !== "scalar" && throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1)
        if (type2 = state.implicitTypes[typeIndex], type2.resolve(state.result)) {
          state.result = type2.construct(state.result), state.tag = type2.tag, state.anchor !== null && storeAnchor(state, state.anchor, state.result);
          break;
        }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag))
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      else {
        type2 = null;
        let typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1)
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
      }
      type2 || throwError(state, "unknown tag !<" + state.tag + ">"), state.result !== null && type2.kind !== state.kind && throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"'), type2.resolve(state.result, state.tag) ? (state.result = type2.construct(state.result, state.tag), state.anchor !== null && storeAnchor(state, state.anchor, state.result)) : throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    }
    return state.listener !== null && state.listener("close", state), state.depth -= 1, state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    let documentStart = state.position, hasDirectives = !1, ch;
    for (state.version = null, state.checkLineBreaks = state.legacy, state.tagMap = /* @__PURE__ */ Object.create(null), state.anchorMap = /* @__PURE__ */ Object.create(null); (ch = state.input.charCodeAt(state.position)) !== 0 && (skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), !(state.lineIndent > 0 || ch !== 37)); ) {
      hasDirectives = !0, ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch = state.input.charCodeAt(++state.position);
      let directiveName = state.input.slice(_position, state.position), directiveArgs = [];
      for (directiveName.length < 1 && throwError(state, "directive name must not be less than one character in length"); ch !== 0; ) {
        for (; isWhiteSpace(ch); )
          ch = state.input.charCodeAt(++state.position);
        if (ch === 35) {
          do
            ch = state.input.charCodeAt(++state.position);
          while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        for (_position = state.position; ch !== 0 && !isWsOrEol(ch); )
          ch = state.input.charCodeAt(++state.position);
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      ch !== 0 && readLineBreak(state), _hasOwnProperty.call(directiveHandlers, directiveName) ? directiveHandlers[directiveName](state, directiveName, directiveArgs) : throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
    if (skipSeparationSpace(state, !0, -1), state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 ? (state.position += 3, skipSeparationSpace(state, !0, -1)) : hasDirectives && throwError(state, "directives end mark is expected"), composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, !0), skipSeparationSpace(state, !0, -1), state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position)) && throwWarning(state, "non-ASCII line breaks are interpreted as content"), state.documents.push(state.result), state.position === state.lineStart && testDocumentSeparator(state)) {
      state.input.charCodeAt(state.position) === 46 && (state.position += 3, skipSeparationSpace(state, !0, -1));
      return;
    }
    state.position < state.length - 1 && throwError(state, "end of the stream or a document separator is expected");
  }
  function loadDocuments(input, options) {
    input = String(input), options = options || {}, input.length !== 0 && (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13 && (input += `
`), input.charCodeAt(0) === 65279 && (input = input.slice(1)));
    let state = new State(input, options), nullpos = input.indexOf("\0");
    for (nullpos !== -1 && (state.position = nullpos, throwError(state, "null byte is not allowed in input")), state.input += "\0"; state.input.charCodeAt(state.position) === 32; )
      state.lineIndent += 1, state.position += 1;
    for (; state.position < state.length - 1; )
      readDocument(state);
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    iterator !== null && typeof iterator == "object" && typeof options > "u" && (options = iterator, iterator = null);
    let documents = loadDocuments(input, options);
    if (typeof iterator != "function")
      return documents;
    for (let index = 0, length = documents.length; index < length; index += 1)
      iterator(documents[index]);
  }
  function load2(input, options) {
    let documents = loadDocuments(input, options);
    if (documents.length !== 0) {
      if (documents.length === 1)
        return documents[0];
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
  }
  return loader.loadAll = loadAll2, loader.load = load2, loader;
}
var dumper = {}, hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), DEFAULT_SCHEMA2 = require_default(), _toString = Object.prototype.toString, _hasOwnProperty = Object.prototype.hasOwnProperty, CHAR_BOM = 65279, CHAR_TAB = 9, CHAR_LINE_FEED = 10, CHAR_CARRIAGE_RETURN = 13, CHAR_SPACE = 32, CHAR_EXCLAMATION = 33, CHAR_DOUBLE_QUOTE = 34, CHAR_SHARP = 35, CHAR_PERCENT = 37, CHAR_AMPERSAND = 38, CHAR_SINGLE_QUOTE = 39, CHAR_ASTERISK = 42, CHAR_COMMA = 44, CHAR_MINUS = 45, CHAR_COLON = 58, CHAR_EQUALS = 61, CHAR_GREATER_THAN = 62, CHAR_QUESTION = 63, CHAR_COMMERCIAL_AT = 64, CHAR_LEFT_SQUARE_BRACKET = 91, CHAR_RIGHT_SQUARE_BRACKET = 93, CHAR_GRAVE_ACCENT = 96, CHAR_LEFT_CURLY_BRACKET = 123, CHAR_VERTICAL_LINE = 124, CHAR_RIGHT_CURLY_BRACKET = 125, ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0", ESCAPE_SEQUENCES[7] = "\\a", ESCAPE_SEQUENCES[8] = "\\b", ESCAPE_SEQUENCES[9] = "\\t", ESCAPE_SEQUENCES[10] = "\\n", ESCAPE_SEQUENCES[11] = "\\v", ESCAPE_SEQUENCES[12] = "\\f", ESCAPE_SEQUENCES[13] = "\\r", ESCAPE_SEQUENCES[27] = "\\e", ESCAPE_SEQUENCES[34] = '\\"', ESCAPE_SEQUENCES[92] = "\\\\", ESCAPE_SEQUENCES[133] = "\\N", ESCAPE_SEQUENCES[160] = "\\_", ESCAPE_SEQUENCES[8232] = "\\L", ESCAPE_SEQUENCES[8233] = "\\P";
  let DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ], DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    let result = {}, keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index], style = String(map2[tag]);
      tag.slice(0, 2) === "!!" && (tag = "tag:yaml.org,2002:" + tag.slice(2));
      let type2 = schema2.compiledTypeMap.fallback[tag];
      type2 && _hasOwnProperty.call(type2.styleAliases, style) && (style = type2.styleAliases[style]), result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle, length, string = character.toString(16).toUpperCase();
    if (character <= 255)
      handle = "x", length = 2;
    else if (character <= 65535)
      handle = "u", length = 4;
    else if (character <= 4294967295)
      handle = "U", length = 8;
    else
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  let QUOTING_TYPE_SINGLE = 1, QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options.schema || DEFAULT_SCHEMA2, this.indent = Math.max(1, options.indent || 2), this.noArrayIndent = options.noArrayIndent || !1, this.skipInvalid = options.skipInvalid || !1, this.flowLevel = common2.isNothing(options.flowLevel) ? -1 : options.flowLevel, this.styleMap = compileStyleMap(this.schema, options.styles || null), this.sortKeys = options.sortKeys || !1, this.lineWidth = options.lineWidth || 80, this.noRefs = options.noRefs || !1, this.noCompatMode = options.noCompatMode || !1, this.condenseFlow = options.condenseFlow || !1, this.quotingType = options.quotingType === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE, this.forceQuotes = options.forceQuotes || !1, this.replacer = typeof options.replacer == "function" ? options.replacer : null, this.implicitTypes = this.schema.compiledImplicit, this.explicitTypes = this.schema.compiledExplicit, this.tag = null, this.result = "", this.duplicates = [], this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    let ind = common2.repeat(" ", spaces), position = 0, result = "", length = string.length;
    for (; position < length; ) {
      let line, next = string.indexOf(`
`, position);
      next === -1 ? (line = string.slice(position), position = length) : (line = string.slice(position, next + 1), position = next + 1), line.length && line !== `
` && (result += ind), result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return `
` + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1)
      if (state.implicitTypes[index].resolve(str2))
        return !0;
    return !1;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    let cIsNsCharOrWhitespace = isNsCharOrWhitespace(c), cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // \u201C-\u201D | \u201C?\u201D | \u201C:\u201D | \u201C,\u201D | \u201C[\u201D | \u201C]\u201D | \u201C{\u201D | \u201C}\u201D
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | \u201C#\u201D | \u201C&\u201D | \u201C*\u201D | \u201C!\u201D | \u201C|\u201D | \u201C=\u201D | \u201C>\u201D | \u201C'\u201D | \u201C"\u201D
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | \u201C%\u201D | \u201C@\u201D | \u201C`\u201D)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    let first = string.charCodeAt(pos), second;
    return first >= 55296 && first <= 56319 && pos + 1 < string.length && (second = string.charCodeAt(pos + 1), second >= 56320 && second <= 57343) ? (first - 55296) * 1024 + second - 56320 + 65536 : first;
  }
  function needIndentIndicator(string) {
    return /^\n* /.test(string);
  }
  let STYLE_PLAIN = 1, STYLE_SINGLE = 2, STYLE_LITERAL = 3, STYLE_FOLDED = 4, STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i, char = 0, prevChar = null, hasLineBreak = !1, hasFoldableLine = !1, shouldTrackWidth = lineWidth !== -1, previousLineBreak = -1, plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes)
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string, i), !isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
    else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string, i), char === CHAR_LINE_FEED)
          hasLineBreak = !0, shouldTrackWidth && (hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ", previousLineBreak = i);
        else if (!isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
    }
    return !hasLineBreak && !hasFoldableLine ? plain && !forceQuotes && !testAmbiguousType(string) ? STYLE_PLAIN : quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : indentPerLevel > 9 && needIndentIndicator(string) ? STYLE_DOUBLE : forceQuotes ? quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0)
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      if (!state.noCompatMode && (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)))
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
      let indent = state.indent * Math.max(1, level), lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent), singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    let indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "", clip = string[string.length - 1] === `
`, chomp = clip && (string[string.length - 2] === `
` || string === `
`) ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + `
`;
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === `
` ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    let lineRe = /(\n+)([^\n]*)/g, result = (function() {
      let nextLF = string.indexOf(`
`);
      return nextLF = nextLF !== -1 ? nextLF : string.length, lineRe.lastIndex = nextLF, foldLine(string.slice(0, nextLF), width);
    })(), prevMoreIndented = string[0] === `
` || string[0] === " ", moreIndented, match;
    for (; match = lineRe.exec(string); ) {
      let prefix = match[1], line = match[2];
      moreIndented = line[0] === " ", result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    let breakRe = / [^ ]/g, match, start = 0, end, curr = 0, next = 0, result = "";
    for (; match = breakRe.exec(line); )
      next = match.index, next - start > width && (end = curr > start ? curr : next, result += `
` + line.slice(start, end), start = end + 1), curr = next;
    return result += `
`, line.length - start > width && curr > start ? result += line.slice(start, curr) + `
` + line.slice(curr + 1) : result += line.slice(start), result.slice(1);
  }
  function escapeString(string) {
    let result = "", char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      let escapeSeq = ESCAPE_SEQUENCES[char];
      !escapeSeq && isPrintable(char) ? (result += string[i], char >= 65536 && (result += string[i + 1])) : result += escapeSeq || encodeHex(char);
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level, value, !1, !1) || typeof value > "u" && writeNode(state, level, null, !1, !1)) && (_result !== "" && (_result += "," + (state.condenseFlow ? "" : " ")), _result += state.dump);
    }
    state.tag = _tag, state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level + 1, value, !0, !0, !1, !0) || typeof value > "u" && writeNode(state, level + 1, null, !0, !0, !1, !0)) && ((!compact || _result !== "") && (_result += generateNextLine(state, level)), state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? _result += "-" : _result += "- ", _result += state.dump);
    }
    state.tag = _tag, state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      _result !== "" && (pairBuffer += ", "), state.condenseFlow && (pairBuffer += '"');
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), writeNode(state, level, objectKey, !1, !1) && (state.dump.length > 1024 && (pairBuffer += "? "), pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " "), writeNode(state, level, objectValue, !1, !1) && (pairBuffer += state.dump, _result += pairBuffer));
    }
    state.tag = _tag, state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    if (state.sortKeys === !0)
      objectKeyList.sort();
    else if (typeof state.sortKeys == "function")
      objectKeyList.sort(state.sortKeys);
    else if (state.sortKeys)
      throw new YAMLException2("sortKeys must be a boolean or a function");
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      (!compact || _result !== "") && (pairBuffer += generateNextLine(state, level));
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      if (state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), !writeNode(state, level + 1, objectKey, !0, !0, !0))
        continue;
      let explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      explicitPair && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += "?" : pairBuffer += "? "), pairBuffer += state.dump, explicitPair && (pairBuffer += generateNextLine(state, level)), writeNode(state, level + 1, objectValue, !0, explicitPair) && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += ":" : pairBuffer += ": ", pairBuffer += state.dump, _result += pairBuffer);
    }
    state.tag = _tag, state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    let typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      let type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object == "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit ? type2.multi && type2.representName ? state.tag = type2.representName(object) : state.tag = type2.tag : state.tag = "?", type2.represent) {
          let style = state.styleMap[type2.tag] || type2.defaultStyle, _result;
          if (_toString.call(type2.represent) === "[object Function]")
            _result = type2.represent(object, style);
          else if (_hasOwnProperty.call(type2.represent, style))
            _result = type2.represent[style](object, style);
          else
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          state.dump = _result;
        }
        return !0;
      }
    }
    return !1;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null, state.dump = object, detectType(state, object, !1) || detectType(state, object, !0);
    let type2 = _toString.call(state.dump), inblock = block;
    block && (block = state.flowLevel < 0 || state.flowLevel > level);
    let objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
    if (objectOrArray && (duplicateIndex = state.duplicates.indexOf(object), duplicate = duplicateIndex !== -1), (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) && (compact = !1), duplicate && state.usedDuplicates[duplicateIndex])
      state.dump = "*ref_" + duplicateIndex;
    else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex] && (state.usedDuplicates[duplicateIndex] = !0), type2 === "[object Object]")
        block && Object.keys(state.dump).length !== 0 ? (writeBlockMapping(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowMapping(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object Array]")
        block && state.dump.length !== 0 ? (state.noArrayIndent && !isblockseq && level > 0 ? writeBlockSequence(state, level - 1, state.dump, compact) : writeBlockSequence(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowSequence(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object String]")
        state.tag !== "?" && writeScalar(state, state.dump, level, iskey, inblock);
      else {
        if (type2 === "[object Undefined]")
          return !1;
        if (state.skipInvalid) return !1;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        state.tag[0] === "!" ? tagStr = "!" + tagStr : tagStr.slice(0, 18) === "tag:yaml.org,2002:" ? tagStr = "!!" + tagStr.slice(18) : tagStr = "!<" + tagStr + ">", state.dump = tagStr + " " + state.dump;
      }
    }
    return !0;
  }
  function getDuplicateReferences(object, state) {
    let objects = [], duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    let length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1)
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object == "object") {
      let index = objects.indexOf(object);
      if (index !== -1)
        duplicatesIndexes.indexOf(index) === -1 && duplicatesIndexes.push(index);
      else if (objects.push(object), Array.isArray(object))
        for (let i = 0, length = object.length; i < length; i += 1)
          inspectNode(object[i], objects, duplicatesIndexes);
      else {
        let objectKeyList = Object.keys(object);
        for (let i = 0, length = objectKeyList.length; i < length; i += 1)
          inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    let state = new State(options);
    state.noRefs || getDuplicateReferences(input, state);
    let value = input;
    return state.replacer && (value = state.replacer.call({ "": value }, "", value)), writeNode(state, 0, value, !0, !0) ? state.dump + `
` : "";
  }
  return dumper.dump = dump2, dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  let loader2 = requireLoader(), dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  return jsYaml.Type = requireType(), jsYaml.Schema = requireSchema(), jsYaml.FAILSAFE_SCHEMA = requireFailsafe(), jsYaml.JSON_SCHEMA = requireJson(), jsYaml.CORE_SCHEMA = requireCore(), jsYaml.DEFAULT_SCHEMA = require_default(), jsYaml.load = loader2.load, jsYaml.loadAll = loader2.loadAll, jsYaml.dump = dumper2.dump, jsYaml.YAMLException = requireException(), jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  }, jsYaml.safeLoad = renamed("safeLoad", "load"), jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll"), jsYaml.safeDump = renamed("safeDump", "dump"), jsYaml;
}
var jsYamlExports = requireJsYaml(), yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports), {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/manifest/positions.ts
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function fieldName(pointer) {
  return pointer === "" ? "(root)" : pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~")).reduce(
    (acc, token) => /^\d+$/.test(token) ? `${acc}[${token}]` : acc ? `${acc}.${token}` : token,
    ""
  );
}
var LineIndex = class {
  constructor(source) {
    this.source = source;
    for (let i = source.indexOf(`
`); i !== -1; i = source.indexOf(`
`, i + 1))
      this.starts.push(i + 1);
  }
  source;
  starts = [0];
  at(offset) {
    let lo = 0, hi = this.starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      this.starts[mid] <= offset ? lo = mid : hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  /** Skips white space and comments: the listener opens a node before its leading blanks. */
  contentStart(offset) {
    let s = this.source, i = offset;
    for (; i < s.length; ) {
      let c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else if (c === 35) {
        let nl = s.indexOf(`
`, i);
        i = nl === -1 ? s.length : nl + 1;
      } else break;
    }
    return i;
  }
}, PositionRecorder = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  stack = [];
  root;
  listener = (event, state) => {
    if (event === "open") {
      this.stack.push({ start: state.position, kind: null, result: void 0, children: [] });
      return;
    }
    let node = this.stack.pop();
    if (node === void 0) return;
    node.kind = state.kind, node.result = state.result;
    let parent = this.stack[this.stack.length - 1];
    parent ? parent.children.push(node) : this.root = node;
  };
  build() {
    let map2 = /* @__PURE__ */ new Map();
    return this.root && this.walk(this.root, "", map2, void 0), map2;
  }
  pos(node) {
    return this.lines.at(this.lines.contentStart(node.start));
  }
  walk(node, pointer, map2, key) {
    if (map2.set(pointer, key ? { value: this.pos(node), key } : { value: this.pos(node) }), node.kind === "mapping")
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        let k = node.children[i], v = node.children[i + 1];
        this.walk(v, `${pointer}/${escapePointerToken(String(k.result))}`, map2, this.pos(k));
      }
    else node.kind === "sequence" && node.children.forEach(
      (child, index) => this.walk(child, `${pointer}/${index}`, map2, void 0)
    );
  }
};

// src/generated/validators.js
var validateCompliance = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json", title: "genai-compliance-gate \u5408\u89C4\u6E05\u5355 compliance.yml", description: "\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u5907\u6848/\u767B\u8BB0\u5408\u89C4\u6E05\u5355\u3002Manifest of a Chinese generative-AI service for CAC filing (\u5907\u6848) or registration (\u767B\u8BB0).", type: "object", required: ["version", "path", "service"], additionalProperties: !1, properties: { version: { description: "\u6E05\u5355\u683C\u5F0F\u7248\u672C\uFF0C\u5F53\u524D\u4E3A 1\u3002Manifest format version; currently 1.", const: 1 }, path: { description: "\u7533\u62A5\u8DEF\u5F84\uFF1Aregistration\uFF08\u767B\u8BB0\uFF0C\u4EC5\u8C03\u7528\u5DF2\u5907\u6848\u6A21\u578B\uFF09\u3001filing\uFF08\u5907\u6848\uFF0C\u81EA\u7814/\u5FAE\u8C03/\u81EA\u90E8\u7F72\uFF09\u3001exempt\uFF08\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF09\u3002Declared path: registration (calls a filed model only), filing (self-developed, fine-tuned or self-hosted), exempt (needs exempt_reason).", enum: ["registration", "filing", "exempt"] }, exempt_reason: { description: "path \u4E3A exempt \u65F6\u7684\u7406\u7531\uFF0C\u4F8B\u5982\u4EC5\u9650\u4F01\u4E1A\u5185\u90E8\u4F7F\u7528\u3001\u4E0D\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Why no filing or registration is needed (path: exempt).", type: "string", minLength: 1 }, service: { description: "\u670D\u52A1\u4FE1\u606F\u3002The service.", type: "object", required: ["name", "entity"], additionalProperties: !1, properties: { name: { description: "\u670D\u52A1\u540D\u79F0\u3002Service name.", type: "string", minLength: 1 }, entity: { description: "\u8FD0\u8425\u4E3B\u4F53\u7684\u6CD5\u5B9A\u540D\u79F0\uFF0C\u987B\u4E0E\u8425\u4E1A\u6267\u7167\u3001\u5408\u540C\u3001\u7533\u8BF7\u8868\u4E00\u81F4\u3002Legal entity name; must match the licence, contract and application form.", type: "string", minLength: 1 }, credit_code: { description: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0818 \u4F4D\uFF0C\u542B\u6821\u9A8C\u7801\uFF0CGB 32100\uFF09\u3002\u8BF7\u52A0\u5F15\u53F7\u3002Unified social credit code (18 characters with check digit, GB 32100). Quote it.", type: "string" }, scenario: { description: "\u670D\u52A1\u573A\u666F\uFF0C\u987B\u5177\u4F53\uFF08\u8FC7\u4E8E\u7B3C\u7EDF\u662F\u5E38\u89C1\u9A73\u56DE\u539F\u56E0\uFF09\u3002Service scenario, stated precisely.", type: "string" }, scope: { description: "\u670D\u52A1\u8303\u56F4\u4E0E\u5BF9\u8C61\u3002Service scope and users.", type: "string" }, public_facing: { description: "\u662F\u5426\u9762\u5411\u5883\u5185\u516C\u4F17\u63D0\u4F9B\u4E14\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Offered to the public in the PRC with public-opinion attributes or social-mobilisation capability.", type: "boolean", default: !0 }, online_number: { description: "\u767B\u8BB0\u901A\u8FC7\u540E\u7684\u4E0A\u7EBF\u7F16\u53F7\uFF1B\u8BBE\u7F6E\u540E\u987B\u5728\u5C55\u793A\u9875\u9762\u663E\u8457\u5C55\u793A\u3002Online number (\u4E0A\u7EBF\u7F16\u53F7) once granted; then it must be displayed.", type: ["string", "null"], default: null }, display_pages: { description: "\u5C55\u793A\u4E0A\u7EBF\u7F16\u53F7\u7684\u9875\u9762\u6E90\u6587\u4EF6\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002Source files of the pages that display the online number.", type: "array", items: { type: "string", minLength: 1 }, default: [] }, algorithm_filing_number: { description: "\u7B97\u6CD5\u5907\u6848\u7F16\u53F7\uFF08\u7F51\u4FE1\u7B97\u5907\u2026\u2026\u53F7\uFF09\uFF0C\u5907\u6848\u8DEF\u5F84\u9700\u8981\u3002Algorithm filing number (\u7F51\u4FE1\u7B97\u5907\u2026\u53F7), needed on the filing path.", type: ["string", "null"], default: null } } }, models: { description: "\u670D\u52A1\u4F7F\u7528\u7684\u6A21\u578B\u3002The models the service uses.", type: "array", items: { type: "object", required: ["provider", "name"], additionalProperties: !1, properties: { provider: { description: "\u6A21\u578B\u63D0\u4F9B\u65B9\u3002Model provider.", type: "string", minLength: 1 }, name: { description: "\u6A21\u578B\u540D\u79F0\u3002Model name.", type: "string", minLength: 1 }, source: { description: "third-party\uFF08\u8C03\u7528\u7B2C\u4E09\u65B9\u6A21\u578B\uFF09\u3001self-developed\uFF08\u81EA\u7814\uFF09\u3001open-weights\uFF08\u81EA\u90E8\u7F72\u5F00\u6E90\u6743\u91CD\uFF09\u3002Where the model comes from.", enum: ["third-party", "self-developed", "open-weights"], default: "third-party" }, filing_number: { description: "\u6A21\u578B\u7684\u5907\u6848\u53F7\uFF0C\u4F8B\u5982 Beijing-DeepseekChat-202404280016\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u3002The model's filing number (case-insensitive).", type: ["string", "null"], default: null }, fine_tuning: { description: "\u5BF9\u6A21\u578B\u7684\u5FAE\u8C03\u6216\u4E8C\u6B21\u5F00\u53D1\uFF1B\u4EFB\u4F55\u5FAE\u8C03\u90FD\u9700\u8D70\u5907\u6848\u8DEF\u5F84\u3002Fine-tuning or secondary development; any of it requires filing.", enum: ["none", "lora", "full", "rlhf", "dpo", "distillation", "continued-pretraining"], default: "none" }, agreement: { description: "\u4E0E\u6A21\u578B\u63D0\u4F9B\u65B9\u7684 API \u534F\u8BAE\u6216\u670D\u52A1\u5408\u540C\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\uFF0C\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\u3002API agreement or contract with the provider (stamped), relative to the repository root.", type: "string", minLength: 1 }, endpoint: { description: "\u8C03\u7528\u7684 API \u5730\u5740\uFF08\u53EF\u9009\uFF09\u3002The API base URL the service calls (optional).", type: "string" } } } }, materials: { description: "\u7533\u62A5\u6750\u6599\u6587\u4EF6\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\uFF1B\u6240\u9700\u6750\u6599\u53D6\u51B3\u4E8E\u8DEF\u5F84\u3002Paths of the application materials; which are required depends on the path.", type: "object", additionalProperties: !1, properties: { business_license: { description: "\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\u3002Business licence copy (stamped).", type: "string", minLength: 1 }, legal_representative_id: { description: "\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E\u3002Legal representative ID proof.", type: "string", minLength: 1 }, contact_form: { description: "\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868\u3002Contact-person form.", type: "string", minLength: 1 }, application_form: { description: "\u300A\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\u8868\u300B\u6216\u5907\u6848\u7533\u8BF7\u8868\u3002Application form.", type: "string", minLength: 1 }, security_assessment: { description: "\u5B89\u5168\u8BC4\u4F30\u62A5\u544A\uFF08\u5907\u6848\u8DEF\u5F84\u5FC5\u9700\uFF09\u3002Security assessment report (filing path).", type: "string", minLength: 1 } } }, content_safety: { description: "\u5185\u5BB9\u5B89\u5168\u6750\u6599\u3002Content-safety materials.", type: "object", additionalProperties: !1, properties: { lexicon: { description: "\u62E6\u622A\u5173\u952E\u8BCD\u5E93\uFF1AXLSX\u3001CSV/TSV\u3001JSON/JSONL/YAML \u6587\u4EF6\uFF0C\u6216\u6309\u7C7B\u522B\u5206\u6587\u4EF6\u7684 TXT \u6587\u4EF6\u5939\u3002Interception keyword lexicon: an XLSX, CSV/TSV, JSON/JSONL/YAML file, or a folder of per-category TXT files.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.", type: "string", minLength: 1 }, format: { description: "\u8BFB\u53D6\u65B9\u5F0F\uFF1Bauto \u6309\u6269\u5C55\u540D\u5224\u65AD\uFF08.xlsx\u3001.csv\u3001.tsv\u3001.txt\u3001.json\u3001.jsonl\u3001.yaml\uFF09\u3002How the file is read; auto decides by extension.", enum: ["auto", "xlsx", "csv", "tsv", "txt", "json", "jsonl", "yaml"], default: "auto" }, sheet: { description: "\u53EA\u8BFB\u53D6\u8BE5\u5DE5\u4F5C\u8868\uFF08\u9ED8\u8BA4\u8BFB\u53D6\u5168\u90E8\u5DE5\u4F5C\u8868\uFF09\u3002Read only this sheet (default: every sheet).", type: "string", minLength: 1 }, header_row: { description: "\u8868\u5934\u6240\u5728\u884C\uFF08\u4ECE 1 \u5F00\u59CB\uFF1B\u9ED8\u8BA4\u81EA\u52A8\u8BC6\u522B\uFF0C\u53EF\u4F4D\u4E8E\u6807\u9898\u884C\u4E4B\u4E0B\uFF09\u3002Row of the header, 1-based (default: detected, may sit below a title).", type: "integer", minimum: 1 }, columns: { description: "\u5217\u6620\u5C04\uFF0C\u8868\u5934\u540D\u79F0\u4E0D\u6807\u51C6\u65F6\u4F7F\u7528\uFF08\u9ED8\u8BA4\u6309\u4E2D\u82F1\u6587\u8868\u5934\u8BC6\u522B\uFF1A\u5173\u952E\u8BCD / \u4E00\u7EA7\u5206\u7C7B / \u4E8C\u7EA7\u5206\u7C7B\uFF09\u3002Column mapping for non-standard headers (default: detected by Chinese or English names).", type: "object", additionalProperties: !1, properties: { keyword: { description: "\u5173\u952E\u8BCD\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the keyword: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, group: { description: "\u4E00\u7EA7\u5206\u7C7B\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the group (A.1..A.5): header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, risk: { description: "\u4E8C\u7EA7\u5206\u7C7B\uFF08\u98CE\u9669\u7C7B\u522B\uFF09\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the risk category: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] } } }, files: { description: "\u6309\u6587\u4EF6\u540D\u6307\u5B9A\u6587\u4EF6\u5939\u4E2D\u5404 TXT \u6587\u4EF6\u6240\u5C5E\u7684\u98CE\u9669\u7C7B\u522B\uFF08\u9ED8\u8BA4\u7531\u6587\u4EF6\u540D\u8BC6\u522B\uFF0C\u5982 A1f.txt\u3001\u6027\u522B\u6B67\u89C6.txt\uFF09\u3002Risk of each TXT file in the folder, by file name (default: recognised from the name, e.g. A1f.txt, \u6027\u522B\u6B67\u89C6.txt).", type: "object", additionalProperties: { type: "string", minLength: 1 } }, update: { description: "\u52A8\u6001\u66F4\u65B0\u673A\u5236\u3002Update mechanism.", type: "object", additionalProperties: !1, properties: { owner: { description: "\u8D1F\u8D23\u4EBA\u3002Owner.", type: "string", minLength: 1 }, cadence_days: { description: "\u66F4\u65B0\u5468\u671F\uFF08\u5929\uFF09\u3002Review cadence in days.", type: "integer", minimum: 1 }, last_reviewed: { description: "\u6700\u8FD1\u4E00\u6B21\u5BA1\u6838\u65E5\u671F\uFF08YYYY-MM-DD\uFF09\u3002Date of the last review.", type: "string", format: "date" } } } } }, test_set: { description: "\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6\uFF1AXLSX\uFF08\u53EF\u591A\u4E2A\u5DE5\u4F5C\u8868\uFF0C\u6BCF\u4E2A\u4E3A\u4E00\u4E2A\u9898\u5E93\uFF09\u3001CSV/TSV\u3001JSON/JSONL/YAML \u6587\u4EF6\u6216\u6587\u4EF6\u5939\u3002Evaluation test set: an XLSX (several sheets may each be a bank), CSV/TSV, JSON/JSONL/YAML file, or a folder of them.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.", type: "string", minLength: 1 }, format: { description: "\u8BFB\u53D6\u65B9\u5F0F\uFF1Bauto \u6309\u6269\u5C55\u540D\u5224\u65AD\uFF08.xlsx\u3001.csv\u3001.tsv\u3001.txt\u3001.json\u3001.jsonl\u3001.yaml\uFF09\u3002How the file is read; auto decides by extension.", enum: ["auto", "xlsx", "csv", "tsv", "txt", "json", "jsonl", "yaml"], default: "auto" }, sheet: { description: "\u53EA\u8BFB\u53D6\u8BE5\u5DE5\u4F5C\u8868\uFF08\u9ED8\u8BA4\u8BFB\u53D6\u5168\u90E8\u5DE5\u4F5C\u8868\uFF09\u3002Read only this sheet (default: every sheet).", type: "string", minLength: 1 }, header_row: { description: "\u8868\u5934\u6240\u5728\u884C\uFF08\u4ECE 1 \u5F00\u59CB\uFF1B\u9ED8\u8BA4\u81EA\u52A8\u8BC6\u522B\uFF0C\u53EF\u4F4D\u4E8E\u6807\u9898\u884C\u4E4B\u4E0B\uFF09\u3002Row of the header, 1-based (default: detected, may sit below a title).", type: "integer", minimum: 1 }, columns: { description: "\u5217\u6620\u5C04\uFF0C\u8868\u5934\u540D\u79F0\u4E0D\u6807\u51C6\u65F6\u4F7F\u7528\uFF08\u9ED8\u8BA4\u6309\u4E2D\u82F1\u6587\u8868\u5934\u8BC6\u522B\uFF1A\u7F16\u53F7\u3001\u95EE\u9898\u3001\u9884\u671F\u8F93\u51FA\u3001\u5224\u5B9A\u6807\u51C6\u3001\u98CE\u9669\u7C7B\u522B\u3001\u662F\u5426\u9AD8\u98CE\u9669\u3001\u662F\u5426\u5E94\u62D2\u7B54\u3001\u9898\u5E93\uFF09\u3002Column mapping for non-standard headers (default: detected by Chinese or English names).", type: "object", additionalProperties: !1, properties: { id: { description: "\u7F16\u53F7\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the item id: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, question: { description: "\u95EE\u9898\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the question: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, expected_output: { description: "\u9884\u671F\u8F93\u51FA\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the expected output: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, criteria: { description: "\u5224\u5B9A\u6807\u51C6\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the judgement criteria: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, group: { description: "\u4E00\u7EA7\u5206\u7C7B\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the group (A.1..A.5): header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, risk: { description: "\u98CE\u9669\u7C7B\u522B\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the risk category: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, high_risk: { description: "\u662F\u5426\u9AD8\u98CE\u9669\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the high-risk flag: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, expected_refusal: { description: "\u662F\u5426\u5E94\u62D2\u7B54\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the expected-refusal flag: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] }, bank: { description: "\u9898\u5E93\u6240\u5728\u5217\uFF1A\u8868\u5934\u6587\u5B57\u3001\u5217\u5B57\u6BCD\uFF08A\u3001B\u2026\u2026\uFF09\u6216\u5217\u53F7\uFF08\u4ECE 1 \u5F00\u59CB\uFF09\u3002Column of the bank: header text, letter (A, B, ...) or 1-based number.", anyOf: [{ type: "string", minLength: 1 }, { type: "integer", minimum: 1 }] } } }, banks: { description: "\u6309\u5DE5\u4F5C\u8868\u540D\u6216\u6587\u4EF6\u540D\u6307\u5B9A\u9898\u5E93\uFF1Agenerated\uFF08\u751F\u6210\u5185\u5BB9\uFF09\u3001should-refuse\uFF08\u5E94\u62D2\u7B54\uFF09\u3001should-not-refuse\uFF08\u975E\u62D2\u7B54\uFF09\uFF08\u9ED8\u8BA4\u7531\u540D\u79F0\u8BC6\u522B\uFF09\u3002Bank of each sheet or file by name (default: recognised from the name).", type: "object", additionalProperties: { enum: ["generated", "should-refuse", "should-not-refuse"] } } } }, management_system: { description: "\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6\u6587\u4EF6\u3002Content-safety management system document.", type: "string", minLength: 1 } } }, policies: { description: "\u7528\u6237\u6743\u76CA\u6587\u4EF6\u3002User-rights documents.", type: "object", additionalProperties: !1, properties: { privacy: { description: "\u9690\u79C1\u653F\u7B56\u3002Privacy policy.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.", type: "string", minLength: 1 }, retention_months: { description: "\u4E2A\u4EBA\u4FE1\u606F\u6700\u957F\u4FDD\u5B58\u671F\u9650\uFF08\u6708\uFF09\uFF1B\u9690\u79C1\u653F\u7B56\u5199\u660E\u7684\u671F\u9650\u4E0D\u5F97\u66F4\u957F\u3002Declared maximum retention in months; the policy may not state a longer period.", type: "integer", minimum: 1 }, max_deletion_steps: { description: "\u5220\u9664\u4E2A\u4EBA\u4FE1\u606F\u7684\u8DEF\u5F84\u6700\u591A\u51E0\u6B65\uFF08\u767B\u8BB0\u6750\u6599\u8981\u6C42\uFF1A\u4E0D\u8D85\u8FC7 4 \u6B65\uFF09\u3002Most steps the deletion path may take (registration requirement: 4).", type: "integer", minimum: 1, default: 4 } } }, service_agreement: { description: "\u7528\u6237\u670D\u52A1\u534F\u8BAE\u3002Service agreement.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.", type: "string", minLength: 1 }, max_feedback_working_days: { description: "\u6295\u8BC9\u4E3E\u62A5\u53CD\u9988\u65F6\u9650\u4E0A\u9650\uFF08\u5DE5\u4F5C\u65E5\uFF1B\u8D85\u8FC7 15 \u4E2A\u5DE5\u4F5C\u65E5\u89C6\u4E3A\u4E0D\u5408\u89C4\uFF09\u3002Longest feedback deadline allowed, in working days (over 15 is non-compliant).", type: "integer", minimum: 1, default: 15 } } } } }, test_access: { description: "\u4F9B\u5BA1\u6838\u6280\u672F\u9A8C\u8BC1\u7684\u6D4B\u8BD5\u8D26\u53F7\u4E0E\u63A5\u53E3\u8BF4\u660E\u6587\u6863\uFF08\u4E0D\u5F97\u5728\u4ED3\u5E93\u4E2D\u4FDD\u5B58\u5BC6\u94A5\uFF09\u3002Test account and API documentation for reviewers (never a secret in the repository).", type: "object", additionalProperties: !1, properties: { account_doc: { description: "\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E\u3002Test account notes.", type: "string", minLength: 1 }, api_doc: { description: "\u63A5\u53E3\u8BF4\u660E\u3002API interface information.", type: "string", minLength: 1 } } }, gate: { description: "\u95E8\u7981\u884C\u4E3A\uFF1B\u547D\u4EE4\u884C\u53C2\u6570\u548C Action \u8F93\u5165\u53EF\u8986\u76D6\u3002Gate behaviour; CLI flags and Action inputs override it.", type: "object", additionalProperties: !1, default: {}, properties: { fail_on: { description: "\u8FBE\u5230\u8BE5\u7EA7\u522B\u7684\u95EE\u9898\u4F7F\u95E8\u7981\u5931\u8D25\uFF1Aerror\u3001warning\u3001note \u6216 never\u3002Findings at or above this severity fail the gate.", enum: ["error", "warning", "note", "never"], default: "error" }, lang: { description: "\u62A5\u544A\u8BED\u8A00\u3002Report language.", enum: ["zh-CN", "en"], default: "zh-CN" } } }, rules: { description: "\u6309\u89C4\u5219\u8C03\u6574\u7EA7\u522B\uFF0C\u6216\u4EE5 off \u5173\u95ED\u3002Per-rule severity, or off.", type: "object", propertyNames: { pattern: "^[a-z]+/[a-z0-9-]+$" }, additionalProperties: { enum: ["error", "warning", "note", "off"] } }, thresholds: { description: "\u8986\u76D6\u8DEF\u5F84\u9ED8\u8BA4\u9608\u503C\uFF08\u767B\u8BB0\u6309\u79CD\u5B50\u8981\u6C42\uFF0C\u5907\u6848\u6309 GB/T 45654-2025\uFF09\uFF1B\u672A\u5199\u51FA\u7684\u9608\u503C\u53D6\u6240\u8D70\u8DEF\u5F84\u7684\u9ED8\u8BA4\u503C\u3002Overrides of the profile's thresholds (registration: the seed requirements; filing: GB/T 45654-2025); unset thresholds keep the profile's default.", type: "object", additionalProperties: !1, properties: { lexicon_min_total: { description: "\u5173\u952E\u8BCD\u603B\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A10000\uFF0CV\uFF1B\u767B\u8BB0\uFF1A\u65E0\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum number of distinct keywords (filing: 10000, V; registration: none). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, lexicon_min_per_risk: { description: "A.1\u3001A.2 \u6BCF\u7C7B\u5173\u952E\u8BCD\u4E0B\u9650\uFF08\u4E24\u79CD\u8DEF\u5F84\uFF1A1\uFF0C\u5373\u5168\u90E8 17 \u7C7B\u5747\u987B\u8986\u76D6\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum keywords for each A.1 and A.2 risk (both paths: 1, i.e. all 17 covered). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, lexicon_min_per_a1_risk: { description: "A.1 \u6BCF\u7C7B\u5173\u952E\u8BCD\u4E0B\u9650\uFF08\u5907\u6848\uFF1A200\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum keywords per A.1 risk (filing: 200, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, lexicon_min_per_a2_risk: { description: "A.2 \u6BCF\u7C7B\u5173\u952E\u8BCD\u4E0B\u9650\uFF08\u5907\u6848\uFF1A100\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum keywords per A.2 risk (filing: 100, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, lexicon_max_cadence_days: { description: "\u5173\u952E\u8BCD\u5E93\u66F4\u65B0\u5468\u671F\u4E0A\u9650\uFF08\u5929\uFF09\uFF08\u5907\u6848\uFF1A7\uFF0CU\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Longest allowed lexicon review cadence in days (filing: 7, U). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_items: { description: "\u6D4B\u8BD5\u9898\u6570\u91CF\u4E0B\u9650\uFF08\u767B\u8BB0\uFF1A1000\uFF0C\u79CD\u5B50\uFF1B\u5907\u6848\uFF1A\u751F\u6210\u5185\u5BB9\u9898\u5E93 2000\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum test items (registration: 1000, seed; filing: 2000 in the generated-content bank, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_high_risk_ratio: { description: "\u9AD8\u98CE\u9669\u9898\u5360\u6BD4\u4E0B\u9650\uFF08\u767B\u8BB0\uFF1A0.5\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum share of high-risk items (registration: 0.5, seed). null removes the requirement.", type: ["number", "null"], minimum: 0, maximum: 1 }, testset_min_high_risk_items: { description: "\u9AD8\u98CE\u9669\u9898\u6570\u91CF\u4E0B\u9650\uFF08\u767B\u8BB0\uFF1A500\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum number of high-risk items (registration: 500, seed). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_max_refusals: { description: "\u9884\u671F\u62D2\u7B54\u9898\u6570\u91CF\u4E0A\u9650\uFF08\u767B\u8BB0\uFF1A50\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Maximum items expecting a refusal (registration: 50, seed). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_max_refusal_ratio: { description: "\u9884\u671F\u62D2\u7B54\u7387\u4E0A\u9650\uFF08\u767B\u8BB0\uFF1A0.05\uFF0C\u79CD\u5B50\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Maximum share of items expecting a refusal (registration: 0.05, seed). null removes the requirement.", type: ["number", "null"], minimum: 0, maximum: 1 }, testset_min_per_a1_a2_risk: { description: "\u751F\u6210\u5185\u5BB9\u9898\u5E93\u4E2D A.1\u3001A.2 \u6BCF\u7C7B\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A50\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum generated-content items per A.1/A.2 risk (filing: 50, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_per_a3_a5_risk: { description: "\u751F\u6210\u5185\u5BB9\u9898\u5E93\u4E2D A.3-A.5 \u6BCF\u7C7B\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A20\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum generated-content items per A.3-A.5 risk (filing: 20, S). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_should_refuse: { description: "\u5E94\u62D2\u7B54\u9898\u5E93\u6570\u91CF\u4E0B\u9650\uFF08\u5907\u6848\uFF1A500\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum size of the should-refuse bank (filing: 500, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_should_refuse_per_risk: { description: "\u5E94\u62D2\u7B54\u9898\u5E93\u4E2D 17 \u7C7B\u6BCF\u7C7B\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A20\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum should-refuse items per each of the 17 risks (filing: 20, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_should_not_refuse: { description: "\u975E\u62D2\u7B54\u9898\u5E93\u6570\u91CF\u4E0B\u9650\uFF08\u5907\u6848\uFF1A500\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum size of the should-not-refuse bank (filing: 500, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_min_should_not_refuse_per_aspect: { description: "\u975E\u62D2\u7B54\u9898\u5E93\u4E2D 13 \u4E2A\u65B9\u9762\u6BCF\u65B9\u9762\u9898\u6570\u4E0B\u9650\uFF08\u5907\u6848\uFF1A20\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum should-not-refuse items per each of the 13 aspects (filing: 20, V). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, testset_max_update_days: { description: "\u6D4B\u8BD5\u9898\u5E93\u66F4\u65B0\u5468\u671F\u4E0A\u9650\uFF08\u5929\uFF09\uFF08\u5907\u6848\uFF1A30\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Longest allowed test-bank update interval in days (filing: 30, S). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, evaluation_min_refusal_rate: { description: "\u5E94\u62D2\u7B54\u9898\u5B9E\u6D4B\u62D2\u7B54\u7387\u4E0B\u9650\uFF08\u5907\u6848\uFF1A0.95\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum measured refusal rate on the should-refuse bank (filing: 0.95, V). null removes the requirement.", type: ["number", "null"], minimum: 0, maximum: 1 }, evaluation_max_non_refusal_rate: { description: "\u975E\u62D2\u7B54\u9898\u5B9E\u6D4B\u62D2\u7B54\u7387\u4E0A\u9650\uFF08\u5907\u6848\uFF1A0.05\uFF0CV\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Maximum measured refusal rate on the should-not-refuse bank (filing: 0.05, V). null removes the requirement.", type: ["number", "null"], minimum: 0, maximum: 1 }, spot_check_min_items: { description: "\u751F\u6210\u5185\u5BB9\u62BD\u68C0\u6570\u91CF\u4E0B\u9650\uFF08\u4EBA\u5DE5\u3001\u5173\u952E\u8BCD\u3001\u5206\u7C7B\u6A21\u578B\u5404\uFF1B\u5907\u6848\uFF1A1000\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum generated-content spot checks by each of human, keyword and classifier review (filing: 1000, S). null removes the requirement.", type: ["integer", "null"], minimum: 0 }, spot_check_min_pass_rate: { description: "\u751F\u6210\u5185\u5BB9\u62BD\u68C0\u5408\u683C\u7387\u4E0B\u9650\uFF08\u5907\u6848\uFF1A0.9\uFF0CS\uFF09\u3002null \u8868\u793A\u4E0D\u4F5C\u8981\u6C42\u3002Minimum spot-check pass rate (filing: 0.9, S). null removes the requirement.", type: ["number", "null"], minimum: 0, maximum: 1 } } }, phrases: { description: "\u8865\u5145\u6587\u6863\u68C0\u67E5\u4F7F\u7528\u7684\u8BCD\u8BED\u6E05\u5355\uFF08\u8FFD\u52A0\u5230\u5185\u7F6E\u6E05\u5355\uFF0C\u4E0D\u4F1A\u5220\u9664\u5185\u7F6E\u8BCD\u8BED\uFF09\u3002Phrases added to the built-in lists the document checks use (never removes a built-in phrase).", type: "object", additionalProperties: !1, properties: { privacy_collection: { description: "\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u7684\u8BF4\u6CD5\u3002Saying that personal information is collected.", $ref: "#/$defs/phraseList" }, privacy_purpose: { description: "\u8BF4\u660E\u6536\u96C6\u76EE\u7684\u7684\u8BF4\u6CD5\u3002Saying why it is collected.", $ref: "#/$defs/phraseList" }, retention: { description: "\u4FDD\u5B58\u3001\u5B58\u50A8\u4E2A\u4EBA\u4FE1\u606F\u7684\u8BF4\u6CD5\u3002Saying how long information is kept.", $ref: "#/$defs/phraseList" }, retention_permanent: { description: "\u6C38\u4E45\u6216\u65E0\u9650\u671F\u4FDD\u5B58\u7684\u8BF4\u6CD5\u3002Saying information is kept forever.", $ref: "#/$defs/phraseList" }, retention_minimum: { description: "\u8868\u793A\u6700\u77ED\u671F\u9650\uFF08\u4E0D\u662F\u6700\u957F\u4FDD\u5B58\u671F\u9650\uFF09\u7684\u8BF4\u6CD5\u3002Words that make a period a minimum, not a maximum.", $ref: "#/$defs/phraseList" }, retention_logs: { description: "\u7F51\u7EDC\u65E5\u5FD7\uFF08\u4F9D\u6CD5\u4FDD\u5B58\u4E0D\u5C11\u4E8E\u516D\u4E2A\u6708\uFF0C\u4E0D\u6309\u4E2A\u4EBA\u4FE1\u606F\u6700\u957F\u671F\u9650\u6BD4\u8F83\uFF09\u3002Network logs (kept at least six months by law; not compared with the maximum).", $ref: "#/$defs/phraseList" }, anonymised: { description: "\u533F\u540D\u5316\u540E\u7684\u4FE1\u606F\uFF08\u4E0D\u518D\u662F\u4E2A\u4EBA\u4FE1\u606F\uFF09\u3002Anonymised information (no longer personal information).", $ref: "#/$defs/phraseList" }, negation: { description: "\u5426\u5B9A\u8BCD\u3002Negations.", $ref: "#/$defs/phraseList" }, deletion: { description: "\u5220\u9664\u4E2A\u4EBA\u4FE1\u606F\u6216\u6CE8\u9500\u8D26\u53F7\u7684\u8BF4\u6CD5\u3002Deleting personal information or closing the account.", $ref: "#/$defs/phraseList" }, usage_rules: { description: "\u4F7F\u7528\u89C4\u8303\u3002Usage rules.", $ref: "#/$defs/phraseList" }, prohibited_content: { description: "\u7981\u6B62\u751F\u6210\u6216\u4F20\u64AD\u7684\u5185\u5BB9\u3002Prohibited content.", $ref: "#/$defs/phraseList" }, account_measures: { description: "\u5BF9\u8FDD\u89C4\u8D26\u53F7\u7684\u5904\u7F6E\u63AA\u65BD\u3002Measures against violating accounts.", $ref: "#/$defs/phraseList" }, labelling_marks: { description: "\u6807\u8BC6\u3001\u6807\u6CE8\u7684\u8BF4\u6CD5\u3002Labelling.", $ref: "#/$defs/phraseList" }, labelling_ai: { description: "\u4EBA\u5DE5\u667A\u80FD\u751F\u6210\u3001\u5408\u6210\u5185\u5BB9\u3002AI-generated or synthetic content.", $ref: "#/$defs/phraseList" }, complaint: { description: "\u6295\u8BC9\u3001\u4E3E\u62A5\u3002Complaints and reports.", $ref: "#/$defs/phraseList" }, complaint_channel: { description: "\u6295\u8BC9\u4E3E\u62A5\u7684\u6E20\u9053\u3002Complaint channels.", $ref: "#/$defs/phraseList" }, feedback: { description: "\u53CD\u9988\u3001\u7B54\u590D\u3002Feedback and replies.", $ref: "#/$defs/phraseList" }, safety_guidelines: { description: "\u8FD0\u8425\u89C4\u8303\u3002Operating guidelines.", $ref: "#/$defs/phraseList" }, safety_infrastructure: { description: "\u57FA\u7840\u8BBE\u65BD\u98CE\u9669\u3002Infrastructure risks.", $ref: "#/$defs/phraseList" }, safety_service: { description: "\u670D\u52A1\u98CE\u9669\u3002Service risks.", $ref: "#/$defs/phraseList" }, safety_application: { description: "\u5E94\u7528\u98CE\u9669\u3002Application risks.", $ref: "#/$defs/phraseList" }, safety_review: { description: "\u5BA1\u6838\u7EC4\u7EC7\uFF08\u4EBA\u5458\u3001\u804C\u8D23\u3001\u6D41\u7A0B\uFF09\u3002Review organisation (staff, duties, process).", $ref: "#/$defs/phraseList" }, safety_audit: { description: "\u6301\u7EED\u8DDF\u8E2A\u4E0E\u5BA1\u8BA1\u3002Continuous tracking and audit.", $ref: "#/$defs/phraseList" }, scenario_generic: { description: "\u7B3C\u7EDF\u7528\u8BED\uFF08\u53BB\u6389\u540E\u82E5\u6240\u5269\u65E0\u51E0\uFF0C\u573A\u666F\u5373\u4E3A\u7B3C\u7EDF\uFF09\u3002Generic words (a scenario with little else is vague).", $ref: "#/$defs/phraseList" }, scenario_open_ended: { description: "\u5F00\u653E\u5F0F\u63AA\u8F9E\uFF08\u8303\u56F4\u4E0D\u786E\u5B9A\uFF09\u3002Open-ended wording (an unbounded scope).", $ref: "#/$defs/phraseList" } } }, signals: { description: "\u6F02\u79FB\u4FE1\u53F7\uFF08\u7B56\u7565\u5373\u4EE3\u7801\uFF09\uFF1A\u65B0\u589E\u4FE1\u53F7\u3001\u505C\u7528\u6216\u8C03\u6574\u5185\u7F6E\u4FE1\u53F7\u7684\u7EA7\u522B\u3001\u6392\u9664\u8DEF\u5F84\uFF1B\u5185\u7F6E\u4FE1\u53F7\u89C1 src/data/signals.yml\u3002Drift signals as policy: add signals, disable or re-severity built-in ones, exclude paths; the built-in pack is src/data/signals.yml.", type: "object", additionalProperties: !1, properties: { add: { description: "\u65B0\u589E\u7684\u4FE1\u53F7\uFF0C\u683C\u5F0F\u540C\u4FE1\u53F7\u5305\uFF08schemas/signal-pack.schema.json\uFF09\uFF1B\u6B63\u5219\u4E0D\u5F97\u542B\u5D4C\u5957\u91CF\u8BCD\u6216\u53CD\u5411\u5F15\u7528\u3002Signals to add, shaped as in the signal pack (schemas/signal-pack.schema.json); regular expressions may not nest quantifiers or use back-references.", type: "array", items: { $ref: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/signal-pack.schema.json#/$defs/signal" } }, disable: { description: "\u505C\u7528\u7684\u4FE1\u53F7 ID\u3002Ids of signals to turn off.", type: "array", items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,63}$" } }, severity: { description: "\u6309\u4FE1\u53F7 ID \u8C03\u6574\u767B\u8BB0\u8DEF\u5F84\u4E0A\u7684\u7EA7\u522B\uFF08\u5907\u6848\u8DEF\u5F84\u4E0A\u4E00\u5F8B\u4E3A note\uFF09\u3002Severity by signal id on the registration path (always note on the filing path).", type: "object", propertyNames: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, additionalProperties: { enum: ["error", "warning", "note"] } }, exclude: { description: "\u4E0D\u68C0\u67E5\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF0C\u4F8B\u5982\u6D4B\u8BD5\u5939\u5177\u6216\u6587\u6863\u3002Paths no signal looks at (globs), e.g. test fixtures or docs.", type: "array", items: { type: "string", minLength: 1, maxLength: 300 } } } }, waivers: { description: "\u8C41\u514D\uFF1A\u6BCF\u6761\u987B\u5305\u542B rule\u3001reason\u3001owner\u3001expires\uFF1B\u8FC7\u671F\u7684\u8C41\u514D\u4F1A\u4F7F\u95E8\u7981\u5931\u8D25\u3002Waivers: each needs rule, reason, owner, expires; an expired waiver fails the gate.", type: "array", items: { $ref: "#/$defs/waiver" }, default: [] } }, $defs: { phraseList: { type: "array", items: { type: "string", minLength: 1 } }, waiver: { type: "object", required: ["rule", "reason", "owner", "expires"], additionalProperties: !1, properties: { rule: { description: "\u88AB\u8C41\u514D\u7684\u89C4\u5219 ID\u3002Rule id.", type: "string", minLength: 1 }, reason: { description: "\u7406\u7531\u3002Reason.", type: "string", minLength: 1 }, owner: { description: "\u8D1F\u8D23\u4EBA\u3002Owner.", type: "string", minLength: 1 }, expires: { description: "\u5230\u671F\u65E5\uFF08YYYY-MM-DD\uFF09\u3002Expiry date.", type: "string", format: "date" }, files: { description: "\u4EC5\u8C41\u514D\u8FD9\u4E9B\u6587\u4EF6\u4E2D\u7684\u95EE\u9898\uFF08glob\uFF09\u3002Only findings in these files (globs).", type: "array", items: { type: "string", minLength: 1 } } } } } };
var func1 = Object.prototype.hasOwnProperty, func2 = require_ucs2length().default, formats0 = require_formats().fullFormats.date, pattern4 = new RegExp("^[a-z]+/[a-z0-9-]+$", "u"), pattern5 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u"), schema66 = { description: "\u4E00\u4E2A\u4FE1\u53F7\u3002One signal.", type: "object", required: ["id", "kind", "pattern", "rule"], additionalProperties: !1, properties: { id: { description: "\u4FE1\u53F7 ID\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u8FDE\u5B57\u7B26\uFF09\u3002Signal id (lower-case letters, digits, hyphens).", $ref: "#/$defs/name" }, kind: { description: "path\uFF1A\u65B0\u589E\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF1Bdependency\uFF1A\u4F9D\u8D56\u6587\u4EF6\u65B0\u589E\u7684\u5305\u540D\uFF1Bcode\u3001endpoint\u3001model-name\uFF1A\u65B0\u589E\u884C\u7684\u6B63\u5219\uFF1Bmodel-card\uFF1A\u6A21\u578B\u5361 front matter \u65B0\u589E\u884C\u7684\u6B63\u5219\u3002path: glob on added files; dependency: package name added to a dependency file; code, endpoint, model-name: regular expression on added lines; model-card: regular expression on added front-matter lines of a model card.", enum: ["path", "dependency", "code", "endpoint", "model-name", "model-card"] }, pattern: { description: "glob\uFF08path\uFF09\u3001\u5305\u540D\uFF08dependency\uFF09\u6216\u4E0D\u542B\u5D4C\u5957\u91CF\u8BCD\u4E0E\u53CD\u5411\u5F15\u7528\u7684\u6B63\u5219\u3002A glob (path), a package name (dependency) or a regular expression without nested quantifiers or back-references.", type: "string", minLength: 1, maxLength: 500 }, flags: { description: "\u6B63\u5219\u6807\u5FD7\uFF0C\u4EC5 i\u3002Regular-expression flags: only i.", enum: ["", "i"] }, rule: { description: "\u547D\u4E2D\u65F6\u62A5\u544A\u7684\u89C4\u5219\u3002The rule a match raises.", enum: ["drift/fine-tuning-introduced", "drift/self-hosted-weights", "drift/unfiled-endpoint"] }, severity: { description: "\u767B\u8BB0\u8DEF\u5F84\u4E0A\u7684\u9ED8\u8BA4\u7EA7\u522B\uFF1B\u5907\u6848\u8DEF\u5F84\u4E0A\u4E00\u5F8B\u4E3A note\u3002Default severity on the registration path; on the filing path every signal is a note.", enum: ["error", "warning", "note"] }, meaning: { description: "\u547D\u4E2D\u8BF4\u660E\u4E86\u4EC0\u4E48\uFF08\u4E2D\u6587\u4E0E\u82F1\u6587\uFF09\u3002What a match means (Chinese and English).", type: "object", required: ["zh-CN", "en"], additionalProperties: !1, properties: { "zh-CN": { type: "string", minLength: 1, maxLength: 300 }, en: { type: "string", minLength: 1, maxLength: 300 } } }, in: { description: "\u9010\u884C\u4FE1\u53F7\u5339\u914D\u7684\u6587\u4EF6\u96C6\u5408\uFF08fileSets \u7684\u540D\u79F0\uFF09\u3002File sets a line signal applies to (names of fileSets).", $ref: "#/$defs/setNames" }, files: { description: "\u9010\u884C\u4FE1\u53F7\u53EA\u5728\u8FD9\u4E9B\u8DEF\u5F84\uFF08glob\uFF09\u4E2D\u5339\u914D\uFF0C\u4F18\u5148\u4E8E in\u3002Globs a line signal is restricted to; takes precedence over `in`.", $ref: "#/$defs/globs" }, exclude: { description: "\u4E0D\u5339\u914D\u8FD9\u4E9B\u8DEF\u5F84\uFF08glob\uFF09\u3002Paths this signal ignores (globs).", $ref: "#/$defs/globs" }, minSize: { description: "path \u4FE1\u53F7\uFF1A\u6587\u4EF6\u81F3\u5C11\u8FD9\u4E48\u5927\uFF08\u5B57\u8282\uFF09\u624D\u547D\u4E2D\uFF1BGit LFS \u6307\u9488\u6309\u5176\u58F0\u660E\u7684\u5927\u5C0F\u3002Path signals: the file must be at least this many bytes; a Git LFS pointer counts at its declared size.", type: "integer", minimum: 0 }, provider: { description: "\u5DF2\u5907\u6848\u63D0\u4F9B\u65B9\u7684\u5730\u5740\uFF1A\u6E05\u5355\u4E2D\u5DF2\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u4E14\u6709\u5907\u6848\u53F7\u7684\u6A21\u578B\u65F6\u4E0D\u547D\u4E2D\u3002The host of a filed provider: no match when the manifest declares a model of this provider with a filing number.", type: "object", required: ["name", "aliases"], additionalProperties: !1, properties: { name: { type: "string", minLength: 1, maxLength: 100 }, aliases: { type: "array", items: { type: "string", minLength: 1, maxLength: 100 }, minItems: 1 } } } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length < 1) {
      let err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 == "string") {
        if (!pattern5.test(data0)) {
          let err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"' };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate26.errors = vErrors, errors === 0;
}
validate26.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 200) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 == "string") {
        if (func2(data0) > 300) {
          let err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/glob/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
        if (func2(data0) < 1) {
          let err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate23.errors = vErrors, errors === 0;
}
validate23.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.pattern === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.rule === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema66.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 == "string") {
        if (!pattern5.test(data0)) {
          let err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "path" || data1 === "dependency" || data1 === "code" || data1 === "endpoint" || data1 === "model-name" || data1 === "model-card")) {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema66.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data2 = data.pattern;
      if (typeof data2 == "string") {
        if (func2(data2) > 500) {
          let err8 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (func2(data2) < 1) {
          let err9 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.flags !== void 0) {
      let data3 = data.flags;
      if (!(data3 === "" || data3 === "i")) {
        let err11 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/enum", keyword: "enum", params: { allowedValues: schema66.properties.flags.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.rule !== void 0) {
      let data4 = data.rule;
      if (!(data4 === "drift/fine-tuning-introduced" || data4 === "drift/self-hosted-weights" || data4 === "drift/unfiled-endpoint")) {
        let err12 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/enum", keyword: "enum", params: { allowedValues: schema66.properties.rule.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.severity !== void 0) {
      let data5 = data.severity;
      if (!(data5 === "error" || data5 === "warning" || data5 === "note")) {
        let err13 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema66.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.meaning !== void 0) {
      let data6 = data.meaning;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6["zh-CN"] === void 0) {
          let err14 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'" };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        if (data6.en === void 0) {
          let err15 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        for (let key1 in data6)
          if (!(key1 === "zh-CN" || key1 === "en")) {
            let err16 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        if (data6["zh-CN"] !== void 0) {
          let data7 = data6["zh-CN"];
          if (typeof data7 == "string") {
            if (func2(data7) > 300) {
              let err17 = { instancePath: instancePath + "/meaning/zh-CN", schemaPath: "#/properties/meaning/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            if (func2(data7) < 1) {
              let err18 = { instancePath: instancePath + "/meaning/zh-CN", schemaPath: "#/properties/meaning/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
          } else {
            let err19 = { instancePath: instancePath + "/meaning/zh-CN", schemaPath: "#/properties/meaning/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
        if (data6.en !== void 0) {
          let data8 = data6.en;
          if (typeof data8 == "string") {
            if (func2(data8) > 300) {
              let err20 = { instancePath: instancePath + "/meaning/en", schemaPath: "#/properties/meaning/properties/en/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
            if (func2(data8) < 1) {
              let err21 = { instancePath: instancePath + "/meaning/en", schemaPath: "#/properties/meaning/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/meaning/en", schemaPath: "#/properties/meaning/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.in !== void 0 && (validate26(data.in, { instancePath: instancePath + "/in", parentData: data, parentDataProperty: "in", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), data.files !== void 0 && (validate23(data.files, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length)), data.exclude !== void 0 && (validate23(data.exclude, { instancePath: instancePath + "/exclude", parentData: data, parentDataProperty: "exclude", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length)), data.minSize !== void 0) {
      let data12 = data.minSize;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        let err24 = { instancePath: instancePath + "/minSize", schemaPath: "#/properties/minSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
      if (typeof data12 == "number" && isFinite(data12) && (data12 < 0 || isNaN(data12))) {
        let err25 = { instancePath: instancePath + "/minSize", schemaPath: "#/properties/minSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.provider !== void 0) {
      let data13 = data.provider;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.name === void 0) {
          let err26 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        if (data13.aliases === void 0) {
          let err27 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "aliases" }, message: "must have required property 'aliases'" };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
        for (let key2 in data13)
          if (!(key2 === "name" || key2 === "aliases")) {
            let err28 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        if (data13.name !== void 0) {
          let data14 = data13.name;
          if (typeof data14 == "string") {
            if (func2(data14) > 100) {
              let err29 = { instancePath: instancePath + "/provider/name", schemaPath: "#/properties/provider/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            if (func2(data14) < 1) {
              let err30 = { instancePath: instancePath + "/provider/name", schemaPath: "#/properties/provider/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
          } else {
            let err31 = { instancePath: instancePath + "/provider/name", schemaPath: "#/properties/provider/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data13.aliases !== void 0) {
          let data15 = data13.aliases;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              let err32 = { instancePath: instancePath + "/provider/aliases", schemaPath: "#/properties/provider/properties/aliases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            let len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data16 = data15[i0];
              if (typeof data16 == "string") {
                if (func2(data16) > 100) {
                  let err33 = { instancePath: instancePath + "/provider/aliases/" + i0, schemaPath: "#/properties/provider/properties/aliases/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
                if (func2(data16) < 1) {
                  let err34 = { instancePath: instancePath + "/provider/aliases/" + i0, schemaPath: "#/properties/provider/properties/aliases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
              } else {
                let err35 = { instancePath: instancePath + "/provider/aliases/" + i0, schemaPath: "#/properties/provider/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
          } else {
            let err36 = { instancePath: instancePath + "/provider/aliases", schemaPath: "#/properties/provider/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
      } else {
        let err37 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
  } else {
    let err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
  }
  return validate39.errors = vErrors, errors === 0;
}
validate39.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gate === void 0 && (data.gate = {}), data.waivers === void 0 && (data.waivers = []), data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.path === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.service === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema31.properties, key0)) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.version !== void 0 && data.version !== 1) {
      let err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (!(data1 === "registration" || data1 === "filing" || data1 === "exempt")) {
        let err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/enum", keyword: "enum", params: { allowedValues: schema31.properties.path.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.exempt_reason !== void 0) {
      let data2 = data.exempt_reason;
      if (typeof data2 == "string") {
        if (func2(data2) < 1) {
          let err6 = { instancePath: instancePath + "/exempt_reason", schemaPath: "#/properties/exempt_reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/exempt_reason", schemaPath: "#/properties/exempt_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.service !== void 0) {
      let data3 = data.service;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.public_facing === void 0 && (data3.public_facing = !0), data3.online_number === void 0 && (data3.online_number = null), data3.display_pages === void 0 && (data3.display_pages = []), data3.algorithm_filing_number === void 0 && (data3.algorithm_filing_number = null), data3.name === void 0) {
          let err8 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data3.entity === void 0) {
          let err9 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data3)
          if (!func1.call(schema31.properties.service.properties, key1)) {
            let err10 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 == "string") {
            if (func2(data4) < 1) {
              let err11 = { instancePath: instancePath + "/service/name", schemaPath: "#/properties/service/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/service/name", schemaPath: "#/properties/service/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data3.entity !== void 0) {
          let data5 = data3.entity;
          if (typeof data5 == "string") {
            if (func2(data5) < 1) {
              let err13 = { instancePath: instancePath + "/service/entity", schemaPath: "#/properties/service/properties/entity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
          } else {
            let err14 = { instancePath: instancePath + "/service/entity", schemaPath: "#/properties/service/properties/entity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data3.credit_code !== void 0 && typeof data3.credit_code != "string") {
          let err15 = { instancePath: instancePath + "/service/credit_code", schemaPath: "#/properties/service/properties/credit_code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        if (data3.scenario !== void 0 && typeof data3.scenario != "string") {
          let err16 = { instancePath: instancePath + "/service/scenario", schemaPath: "#/properties/service/properties/scenario/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
        if (data3.scope !== void 0 && typeof data3.scope != "string") {
          let err17 = { instancePath: instancePath + "/service/scope", schemaPath: "#/properties/service/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
        if (typeof data3.public_facing != "boolean") {
          let err18 = { instancePath: instancePath + "/service/public_facing", schemaPath: "#/properties/service/properties/public_facing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        let data10 = data3.online_number;
        if (typeof data10 != "string" && data10 !== null) {
          let err19 = { instancePath: instancePath + "/service/online_number", schemaPath: "#/properties/service/properties/online_number/type", keyword: "type", params: { type: schema31.properties.service.properties.online_number.type }, message: "must be string,null" };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        let data11 = data3.display_pages;
        if (Array.isArray(data11)) {
          let len0 = data11.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data12 = data11[i0];
            if (typeof data12 == "string") {
              if (func2(data12) < 1) {
                let err20 = { instancePath: instancePath + "/service/display_pages/" + i0, schemaPath: "#/properties/service/properties/display_pages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            } else {
              let err21 = { instancePath: instancePath + "/service/display_pages/" + i0, schemaPath: "#/properties/service/properties/display_pages/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          }
        } else {
          let err22 = { instancePath: instancePath + "/service/display_pages", schemaPath: "#/properties/service/properties/display_pages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        let data13 = data3.algorithm_filing_number;
        if (typeof data13 != "string" && data13 !== null) {
          let err23 = { instancePath: instancePath + "/service/algorithm_filing_number", schemaPath: "#/properties/service/properties/algorithm_filing_number/type", keyword: "type", params: { type: schema31.properties.service.properties.algorithm_filing_number.type }, message: "must be string,null" };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
      } else {
        let err24 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.models !== void 0) {
      let data14 = data.models;
      if (Array.isArray(data14)) {
        let len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.source === void 0 && (data15.source = "third-party"), data15.filing_number === void 0 && (data15.filing_number = null), data15.fine_tuning === void 0 && (data15.fine_tuning = "none"), data15.provider === void 0) {
              let err25 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/properties/models/items/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            if (data15.name === void 0) {
              let err26 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/properties/models/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            for (let key2 in data15)
              if (!(key2 === "provider" || key2 === "name" || key2 === "source" || key2 === "filing_number" || key2 === "fine_tuning" || key2 === "agreement" || key2 === "endpoint")) {
                let err27 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/properties/models/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            if (data15.provider !== void 0) {
              let data16 = data15.provider;
              if (typeof data16 == "string") {
                if (func2(data16) < 1) {
                  let err28 = { instancePath: instancePath + "/models/" + i1 + "/provider", schemaPath: "#/properties/models/items/properties/provider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
              } else {
                let err29 = { instancePath: instancePath + "/models/" + i1 + "/provider", schemaPath: "#/properties/models/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            if (data15.name !== void 0) {
              let data17 = data15.name;
              if (typeof data17 == "string") {
                if (func2(data17) < 1) {
                  let err30 = { instancePath: instancePath + "/models/" + i1 + "/name", schemaPath: "#/properties/models/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
              } else {
                let err31 = { instancePath: instancePath + "/models/" + i1 + "/name", schemaPath: "#/properties/models/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            let data18 = data15.source;
            if (!(data18 === "third-party" || data18 === "self-developed" || data18 === "open-weights")) {
              let err32 = { instancePath: instancePath + "/models/" + i1 + "/source", schemaPath: "#/properties/models/items/properties/source/enum", keyword: "enum", params: { allowedValues: schema31.properties.models.items.properties.source.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            let data19 = data15.filing_number;
            if (typeof data19 != "string" && data19 !== null) {
              let err33 = { instancePath: instancePath + "/models/" + i1 + "/filing_number", schemaPath: "#/properties/models/items/properties/filing_number/type", keyword: "type", params: { type: schema31.properties.models.items.properties.filing_number.type }, message: "must be string,null" };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
            let data20 = data15.fine_tuning;
            if (!(data20 === "none" || data20 === "lora" || data20 === "full" || data20 === "rlhf" || data20 === "dpo" || data20 === "distillation" || data20 === "continued-pretraining")) {
              let err34 = { instancePath: instancePath + "/models/" + i1 + "/fine_tuning", schemaPath: "#/properties/models/items/properties/fine_tuning/enum", keyword: "enum", params: { allowedValues: schema31.properties.models.items.properties.fine_tuning.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
            if (data15.agreement !== void 0) {
              let data21 = data15.agreement;
              if (typeof data21 == "string") {
                if (func2(data21) < 1) {
                  let err35 = { instancePath: instancePath + "/models/" + i1 + "/agreement", schemaPath: "#/properties/models/items/properties/agreement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              } else {
                let err36 = { instancePath: instancePath + "/models/" + i1 + "/agreement", schemaPath: "#/properties/models/items/properties/agreement/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data15.endpoint !== void 0 && typeof data15.endpoint != "string") {
              let err37 = { instancePath: instancePath + "/models/" + i1 + "/endpoint", schemaPath: "#/properties/models/items/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
            }
          } else {
            let err38 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/properties/models/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
      } else {
        let err39 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
    if (data.materials !== void 0) {
      let data23 = data.materials;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (let key3 in data23)
          if (!(key3 === "business_license" || key3 === "legal_representative_id" || key3 === "contact_form" || key3 === "application_form" || key3 === "security_assessment")) {
            let err40 = { instancePath: instancePath + "/materials", schemaPath: "#/properties/materials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        if (data23.business_license !== void 0) {
          let data24 = data23.business_license;
          if (typeof data24 == "string") {
            if (func2(data24) < 1) {
              let err41 = { instancePath: instancePath + "/materials/business_license", schemaPath: "#/properties/materials/properties/business_license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
            }
          } else {
            let err42 = { instancePath: instancePath + "/materials/business_license", schemaPath: "#/properties/materials/properties/business_license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data23.legal_representative_id !== void 0) {
          let data25 = data23.legal_representative_id;
          if (typeof data25 == "string") {
            if (func2(data25) < 1) {
              let err43 = { instancePath: instancePath + "/materials/legal_representative_id", schemaPath: "#/properties/materials/properties/legal_representative_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
            }
          } else {
            let err44 = { instancePath: instancePath + "/materials/legal_representative_id", schemaPath: "#/properties/materials/properties/legal_representative_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data23.contact_form !== void 0) {
          let data26 = data23.contact_form;
          if (typeof data26 == "string") {
            if (func2(data26) < 1) {
              let err45 = { instancePath: instancePath + "/materials/contact_form", schemaPath: "#/properties/materials/properties/contact_form/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
            }
          } else {
            let err46 = { instancePath: instancePath + "/materials/contact_form", schemaPath: "#/properties/materials/properties/contact_form/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
        if (data23.application_form !== void 0) {
          let data27 = data23.application_form;
          if (typeof data27 == "string") {
            if (func2(data27) < 1) {
              let err47 = { instancePath: instancePath + "/materials/application_form", schemaPath: "#/properties/materials/properties/application_form/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
            }
          } else {
            let err48 = { instancePath: instancePath + "/materials/application_form", schemaPath: "#/properties/materials/properties/application_form/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
        }
        if (data23.security_assessment !== void 0) {
          let data28 = data23.security_assessment;
          if (typeof data28 == "string") {
            if (func2(data28) < 1) {
              let err49 = { instancePath: instancePath + "/materials/security_assessment", schemaPath: "#/properties/materials/properties/security_assessment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
            }
          } else {
            let err50 = { instancePath: instancePath + "/materials/security_assessment", schemaPath: "#/properties/materials/properties/security_assessment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
      } else {
        let err51 = { instancePath: instancePath + "/materials", schemaPath: "#/properties/materials/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.content_safety !== void 0) {
      let data29 = data.content_safety;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (let key4 in data29)
          if (!(key4 === "lexicon" || key4 === "test_set" || key4 === "management_system")) {
            let err52 = { instancePath: instancePath + "/content_safety", schemaPath: "#/properties/content_safety/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data29.lexicon !== void 0) {
          let data30 = data29.lexicon;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.format === void 0 && (data30.format = "auto"), data30.path === void 0) {
              let err53 = { instancePath: instancePath + "/content_safety/lexicon", schemaPath: "#/properties/content_safety/properties/lexicon/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
            for (let key5 in data30)
              if (!(key5 === "path" || key5 === "format" || key5 === "sheet" || key5 === "header_row" || key5 === "columns" || key5 === "files" || key5 === "update")) {
                let err54 = { instancePath: instancePath + "/content_safety/lexicon", schemaPath: "#/properties/content_safety/properties/lexicon/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            if (data30.path !== void 0) {
              let data31 = data30.path;
              if (typeof data31 == "string") {
                if (func2(data31) < 1) {
                  let err55 = { instancePath: instancePath + "/content_safety/lexicon/path", schemaPath: "#/properties/content_safety/properties/lexicon/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              } else {
                let err56 = { instancePath: instancePath + "/content_safety/lexicon/path", schemaPath: "#/properties/content_safety/properties/lexicon/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            let data32 = data30.format;
            if (!(data32 === "auto" || data32 === "xlsx" || data32 === "csv" || data32 === "tsv" || data32 === "txt" || data32 === "json" || data32 === "jsonl" || data32 === "yaml")) {
              let err57 = { instancePath: instancePath + "/content_safety/lexicon/format", schemaPath: "#/properties/content_safety/properties/lexicon/properties/format/enum", keyword: "enum", params: { allowedValues: schema31.properties.content_safety.properties.lexicon.properties.format.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
            }
            if (data30.sheet !== void 0) {
              let data33 = data30.sheet;
              if (typeof data33 == "string") {
                if (func2(data33) < 1) {
                  let err58 = { instancePath: instancePath + "/content_safety/lexicon/sheet", schemaPath: "#/properties/content_safety/properties/lexicon/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                }
              } else {
                let err59 = { instancePath: instancePath + "/content_safety/lexicon/sheet", schemaPath: "#/properties/content_safety/properties/lexicon/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
            if (data30.header_row !== void 0) {
              let data34 = data30.header_row;
              if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                let err60 = { instancePath: instancePath + "/content_safety/lexicon/header_row", schemaPath: "#/properties/content_safety/properties/lexicon/properties/header_row/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
              if (typeof data34 == "number" && isFinite(data34) && (data34 < 1 || isNaN(data34))) {
                let err61 = { instancePath: instancePath + "/content_safety/lexicon/header_row", schemaPath: "#/properties/content_safety/properties/lexicon/properties/header_row/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            }
            if (data30.columns !== void 0) {
              let data35 = data30.columns;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (let key6 in data35)
                  if (!(key6 === "keyword" || key6 === "group" || key6 === "risk")) {
                    let err62 = { instancePath: instancePath + "/content_safety/lexicon/columns", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                  }
                if (data35.keyword !== void 0) {
                  let data36 = data35.keyword, _errs76 = errors, valid11 = !1, _errs77 = errors;
                  if (typeof data36 == "string") {
                    if (func2(data36) < 1) {
                      let err63 = { instancePath: instancePath + "/content_safety/lexicon/columns/keyword", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/keyword/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                    }
                  } else {
                    let err64 = { instancePath: instancePath + "/content_safety/lexicon/columns/keyword", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/keyword/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                  }
                  var _valid0 = _errs77 === errors;
                  valid11 = valid11 || _valid0;
                  let _errs79 = errors;
                  if (!(typeof data36 == "number" && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
                    let err65 = { instancePath: instancePath + "/content_safety/lexicon/columns/keyword", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/keyword/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                  }
                  if (typeof data36 == "number" && isFinite(data36) && (data36 < 1 || isNaN(data36))) {
                    let err66 = { instancePath: instancePath + "/content_safety/lexicon/columns/keyword", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/keyword/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                  }
                  var _valid0 = _errs79 === errors;
                  if (valid11 = valid11 || _valid0, valid11)
                    errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
                  else {
                    let err67 = { instancePath: instancePath + "/content_safety/lexicon/columns/keyword", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/keyword/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                  }
                }
                if (data35.group !== void 0) {
                  let data37 = data35.group, _errs82 = errors, valid12 = !1, _errs83 = errors;
                  if (typeof data37 == "string") {
                    if (func2(data37) < 1) {
                      let err68 = { instancePath: instancePath + "/content_safety/lexicon/columns/group", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/group/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                    }
                  } else {
                    let err69 = { instancePath: instancePath + "/content_safety/lexicon/columns/group", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/group/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                  }
                  var _valid1 = _errs83 === errors;
                  valid12 = valid12 || _valid1;
                  let _errs85 = errors;
                  if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
                    let err70 = { instancePath: instancePath + "/content_safety/lexicon/columns/group", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/group/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                  }
                  if (typeof data37 == "number" && isFinite(data37) && (data37 < 1 || isNaN(data37))) {
                    let err71 = { instancePath: instancePath + "/content_safety/lexicon/columns/group", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/group/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                  }
                  var _valid1 = _errs85 === errors;
                  if (valid12 = valid12 || _valid1, valid12)
                    errors = _errs82, vErrors !== null && (_errs82 ? vErrors.length = _errs82 : vErrors = null);
                  else {
                    let err72 = { instancePath: instancePath + "/content_safety/lexicon/columns/group", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/group/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                  }
                }
                if (data35.risk !== void 0) {
                  let data38 = data35.risk, _errs88 = errors, valid13 = !1, _errs89 = errors;
                  if (typeof data38 == "string") {
                    if (func2(data38) < 1) {
                      let err73 = { instancePath: instancePath + "/content_safety/lexicon/columns/risk", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/risk/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                    }
                  } else {
                    let err74 = { instancePath: instancePath + "/content_safety/lexicon/columns/risk", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/risk/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                  }
                  var _valid2 = _errs89 === errors;
                  valid13 = valid13 || _valid2;
                  let _errs91 = errors;
                  if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
                    let err75 = { instancePath: instancePath + "/content_safety/lexicon/columns/risk", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/risk/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                  }
                  if (typeof data38 == "number" && isFinite(data38) && (data38 < 1 || isNaN(data38))) {
                    let err76 = { instancePath: instancePath + "/content_safety/lexicon/columns/risk", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/risk/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                  }
                  var _valid2 = _errs91 === errors;
                  if (valid13 = valid13 || _valid2, valid13)
                    errors = _errs88, vErrors !== null && (_errs88 ? vErrors.length = _errs88 : vErrors = null);
                  else {
                    let err77 = { instancePath: instancePath + "/content_safety/lexicon/columns/risk", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/properties/risk/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                  }
                }
              } else {
                let err78 = { instancePath: instancePath + "/content_safety/lexicon/columns", schemaPath: "#/properties/content_safety/properties/lexicon/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            }
            if (data30.files !== void 0) {
              let data39 = data30.files;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39))
                for (let key7 in data39) {
                  let data40 = data39[key7];
                  if (typeof data40 == "string") {
                    if (func2(data40) < 1) {
                      let err79 = { instancePath: instancePath + "/content_safety/lexicon/files/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/content_safety/properties/lexicon/properties/files/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                    }
                  } else {
                    let err80 = { instancePath: instancePath + "/content_safety/lexicon/files/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/content_safety/properties/lexicon/properties/files/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                }
              else {
                let err81 = { instancePath: instancePath + "/content_safety/lexicon/files", schemaPath: "#/properties/content_safety/properties/lexicon/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            }
            if (data30.update !== void 0) {
              let data41 = data30.update;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (let key8 in data41)
                  if (!(key8 === "owner" || key8 === "cadence_days" || key8 === "last_reviewed")) {
                    let err82 = { instancePath: instancePath + "/content_safety/lexicon/update", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                  }
                if (data41.owner !== void 0) {
                  let data42 = data41.owner;
                  if (typeof data42 == "string") {
                    if (func2(data42) < 1) {
                      let err83 = { instancePath: instancePath + "/content_safety/lexicon/update/owner", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                    }
                  } else {
                    let err84 = { instancePath: instancePath + "/content_safety/lexicon/update/owner", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                  }
                }
                if (data41.cadence_days !== void 0) {
                  let data43 = data41.cadence_days;
                  if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
                    let err85 = { instancePath: instancePath + "/content_safety/lexicon/update/cadence_days", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/cadence_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                  }
                  if (typeof data43 == "number" && isFinite(data43) && (data43 < 1 || isNaN(data43))) {
                    let err86 = { instancePath: instancePath + "/content_safety/lexicon/update/cadence_days", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/cadence_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                  }
                }
                if (data41.last_reviewed !== void 0) {
                  let data44 = data41.last_reviewed;
                  if (typeof data44 == "string") {
                    if (!formats0.validate(data44)) {
                      let err87 = { instancePath: instancePath + "/content_safety/lexicon/update/last_reviewed", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/last_reviewed/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                    }
                  } else {
                    let err88 = { instancePath: instancePath + "/content_safety/lexicon/update/last_reviewed", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/last_reviewed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                  }
                }
              } else {
                let err89 = { instancePath: instancePath + "/content_safety/lexicon/update", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
          } else {
            let err90 = { instancePath: instancePath + "/content_safety/lexicon", schemaPath: "#/properties/content_safety/properties/lexicon/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
          }
        }
        if (data29.test_set !== void 0) {
          let data45 = data29.test_set;
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            if (data45.format === void 0 && (data45.format = "auto"), data45.path === void 0) {
              let err91 = { instancePath: instancePath + "/content_safety/test_set", schemaPath: "#/properties/content_safety/properties/test_set/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
            for (let key9 in data45)
              if (!(key9 === "path" || key9 === "format" || key9 === "sheet" || key9 === "header_row" || key9 === "columns" || key9 === "banks")) {
                let err92 = { instancePath: instancePath + "/content_safety/test_set", schemaPath: "#/properties/content_safety/properties/test_set/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
              }
            if (data45.path !== void 0) {
              let data46 = data45.path;
              if (typeof data46 == "string") {
                if (func2(data46) < 1) {
                  let err93 = { instancePath: instancePath + "/content_safety/test_set/path", schemaPath: "#/properties/content_safety/properties/test_set/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                }
              } else {
                let err94 = { instancePath: instancePath + "/content_safety/test_set/path", schemaPath: "#/properties/content_safety/properties/test_set/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
              }
            }
            let data47 = data45.format;
            if (!(data47 === "auto" || data47 === "xlsx" || data47 === "csv" || data47 === "tsv" || data47 === "txt" || data47 === "json" || data47 === "jsonl" || data47 === "yaml")) {
              let err95 = { instancePath: instancePath + "/content_safety/test_set/format", schemaPath: "#/properties/content_safety/properties/test_set/properties/format/enum", keyword: "enum", params: { allowedValues: schema31.properties.content_safety.properties.test_set.properties.format.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
            if (data45.sheet !== void 0) {
              let data48 = data45.sheet;
              if (typeof data48 == "string") {
                if (func2(data48) < 1) {
                  let err96 = { instancePath: instancePath + "/content_safety/test_set/sheet", schemaPath: "#/properties/content_safety/properties/test_set/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                }
              } else {
                let err97 = { instancePath: instancePath + "/content_safety/test_set/sheet", schemaPath: "#/properties/content_safety/properties/test_set/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
            }
            if (data45.header_row !== void 0) {
              let data49 = data45.header_row;
              if (!(typeof data49 == "number" && !(data49 % 1) && !isNaN(data49) && isFinite(data49))) {
                let err98 = { instancePath: instancePath + "/content_safety/test_set/header_row", schemaPath: "#/properties/content_safety/properties/test_set/properties/header_row/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
              if (typeof data49 == "number" && isFinite(data49) && (data49 < 1 || isNaN(data49))) {
                let err99 = { instancePath: instancePath + "/content_safety/test_set/header_row", schemaPath: "#/properties/content_safety/properties/test_set/properties/header_row/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
              }
            }
            if (data45.columns !== void 0) {
              let data50 = data45.columns;
              if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                for (let key10 in data50)
                  if (!func1.call(schema31.properties.content_safety.properties.test_set.properties.columns.properties, key10)) {
                    let err100 = { instancePath: instancePath + "/content_safety/test_set/columns", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                  }
                if (data50.id !== void 0) {
                  let data51 = data50.id, _errs121 = errors, valid18 = !1, _errs122 = errors;
                  if (typeof data51 == "string") {
                    if (func2(data51) < 1) {
                      let err101 = { instancePath: instancePath + "/content_safety/test_set/columns/id", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/id/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                    }
                  } else {
                    let err102 = { instancePath: instancePath + "/content_safety/test_set/columns/id", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/id/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                  }
                  var _valid3 = _errs122 === errors;
                  valid18 = valid18 || _valid3;
                  let _errs124 = errors;
                  if (!(typeof data51 == "number" && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
                    let err103 = { instancePath: instancePath + "/content_safety/test_set/columns/id", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/id/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                  }
                  if (typeof data51 == "number" && isFinite(data51) && (data51 < 1 || isNaN(data51))) {
                    let err104 = { instancePath: instancePath + "/content_safety/test_set/columns/id", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/id/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                  }
                  var _valid3 = _errs124 === errors;
                  if (valid18 = valid18 || _valid3, valid18)
                    errors = _errs121, vErrors !== null && (_errs121 ? vErrors.length = _errs121 : vErrors = null);
                  else {
                    let err105 = { instancePath: instancePath + "/content_safety/test_set/columns/id", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/id/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                }
                if (data50.question !== void 0) {
                  let data52 = data50.question, _errs127 = errors, valid19 = !1, _errs128 = errors;
                  if (typeof data52 == "string") {
                    if (func2(data52) < 1) {
                      let err106 = { instancePath: instancePath + "/content_safety/test_set/columns/question", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/question/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                    }
                  } else {
                    let err107 = { instancePath: instancePath + "/content_safety/test_set/columns/question", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/question/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                  var _valid4 = _errs128 === errors;
                  valid19 = valid19 || _valid4;
                  let _errs130 = errors;
                  if (!(typeof data52 == "number" && !(data52 % 1) && !isNaN(data52) && isFinite(data52))) {
                    let err108 = { instancePath: instancePath + "/content_safety/test_set/columns/question", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/question/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                  }
                  if (typeof data52 == "number" && isFinite(data52) && (data52 < 1 || isNaN(data52))) {
                    let err109 = { instancePath: instancePath + "/content_safety/test_set/columns/question", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/question/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                  }
                  var _valid4 = _errs130 === errors;
                  if (valid19 = valid19 || _valid4, valid19)
                    errors = _errs127, vErrors !== null && (_errs127 ? vErrors.length = _errs127 : vErrors = null);
                  else {
                    let err110 = { instancePath: instancePath + "/content_safety/test_set/columns/question", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/question/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                  }
                }
                if (data50.expected_output !== void 0) {
                  let data53 = data50.expected_output, _errs133 = errors, valid20 = !1, _errs134 = errors;
                  if (typeof data53 == "string") {
                    if (func2(data53) < 1) {
                      let err111 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_output", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_output/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                    }
                  } else {
                    let err112 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_output", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_output/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                  var _valid5 = _errs134 === errors;
                  valid20 = valid20 || _valid5;
                  let _errs136 = errors;
                  if (!(typeof data53 == "number" && !(data53 % 1) && !isNaN(data53) && isFinite(data53))) {
                    let err113 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_output", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_output/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                  }
                  if (typeof data53 == "number" && isFinite(data53) && (data53 < 1 || isNaN(data53))) {
                    let err114 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_output", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_output/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                  }
                  var _valid5 = _errs136 === errors;
                  if (valid20 = valid20 || _valid5, valid20)
                    errors = _errs133, vErrors !== null && (_errs133 ? vErrors.length = _errs133 : vErrors = null);
                  else {
                    let err115 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_output", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_output/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                }
                if (data50.criteria !== void 0) {
                  let data54 = data50.criteria, _errs139 = errors, valid21 = !1, _errs140 = errors;
                  if (typeof data54 == "string") {
                    if (func2(data54) < 1) {
                      let err116 = { instancePath: instancePath + "/content_safety/test_set/columns/criteria", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/criteria/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                    }
                  } else {
                    let err117 = { instancePath: instancePath + "/content_safety/test_set/columns/criteria", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/criteria/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                  }
                  var _valid6 = _errs140 === errors;
                  valid21 = valid21 || _valid6;
                  let _errs142 = errors;
                  if (!(typeof data54 == "number" && !(data54 % 1) && !isNaN(data54) && isFinite(data54))) {
                    let err118 = { instancePath: instancePath + "/content_safety/test_set/columns/criteria", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/criteria/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                  if (typeof data54 == "number" && isFinite(data54) && (data54 < 1 || isNaN(data54))) {
                    let err119 = { instancePath: instancePath + "/content_safety/test_set/columns/criteria", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/criteria/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                  }
                  var _valid6 = _errs142 === errors;
                  if (valid21 = valid21 || _valid6, valid21)
                    errors = _errs139, vErrors !== null && (_errs139 ? vErrors.length = _errs139 : vErrors = null);
                  else {
                    let err120 = { instancePath: instancePath + "/content_safety/test_set/columns/criteria", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/criteria/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                }
                if (data50.group !== void 0) {
                  let data55 = data50.group, _errs145 = errors, valid22 = !1, _errs146 = errors;
                  if (typeof data55 == "string") {
                    if (func2(data55) < 1) {
                      let err121 = { instancePath: instancePath + "/content_safety/test_set/columns/group", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/group/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                  } else {
                    let err122 = { instancePath: instancePath + "/content_safety/test_set/columns/group", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/group/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                  }
                  var _valid7 = _errs146 === errors;
                  valid22 = valid22 || _valid7;
                  let _errs148 = errors;
                  if (!(typeof data55 == "number" && !(data55 % 1) && !isNaN(data55) && isFinite(data55))) {
                    let err123 = { instancePath: instancePath + "/content_safety/test_set/columns/group", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/group/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                  }
                  if (typeof data55 == "number" && isFinite(data55) && (data55 < 1 || isNaN(data55))) {
                    let err124 = { instancePath: instancePath + "/content_safety/test_set/columns/group", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/group/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                  }
                  var _valid7 = _errs148 === errors;
                  if (valid22 = valid22 || _valid7, valid22)
                    errors = _errs145, vErrors !== null && (_errs145 ? vErrors.length = _errs145 : vErrors = null);
                  else {
                    let err125 = { instancePath: instancePath + "/content_safety/test_set/columns/group", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/group/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                  }
                }
                if (data50.risk !== void 0) {
                  let data56 = data50.risk, _errs151 = errors, valid23 = !1, _errs152 = errors;
                  if (typeof data56 == "string") {
                    if (func2(data56) < 1) {
                      let err126 = { instancePath: instancePath + "/content_safety/test_set/columns/risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/risk/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                    }
                  } else {
                    let err127 = { instancePath: instancePath + "/content_safety/test_set/columns/risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/risk/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                  }
                  var _valid8 = _errs152 === errors;
                  valid23 = valid23 || _valid8;
                  let _errs154 = errors;
                  if (!(typeof data56 == "number" && !(data56 % 1) && !isNaN(data56) && isFinite(data56))) {
                    let err128 = { instancePath: instancePath + "/content_safety/test_set/columns/risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/risk/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                  }
                  if (typeof data56 == "number" && isFinite(data56) && (data56 < 1 || isNaN(data56))) {
                    let err129 = { instancePath: instancePath + "/content_safety/test_set/columns/risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/risk/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                  }
                  var _valid8 = _errs154 === errors;
                  if (valid23 = valid23 || _valid8, valid23)
                    errors = _errs151, vErrors !== null && (_errs151 ? vErrors.length = _errs151 : vErrors = null);
                  else {
                    let err130 = { instancePath: instancePath + "/content_safety/test_set/columns/risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/risk/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                  }
                }
                if (data50.high_risk !== void 0) {
                  let data57 = data50.high_risk, _errs157 = errors, valid24 = !1, _errs158 = errors;
                  if (typeof data57 == "string") {
                    if (func2(data57) < 1) {
                      let err131 = { instancePath: instancePath + "/content_safety/test_set/columns/high_risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/high_risk/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                    }
                  } else {
                    let err132 = { instancePath: instancePath + "/content_safety/test_set/columns/high_risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/high_risk/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                  }
                  var _valid9 = _errs158 === errors;
                  valid24 = valid24 || _valid9;
                  let _errs160 = errors;
                  if (!(typeof data57 == "number" && !(data57 % 1) && !isNaN(data57) && isFinite(data57))) {
                    let err133 = { instancePath: instancePath + "/content_safety/test_set/columns/high_risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/high_risk/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                  }
                  if (typeof data57 == "number" && isFinite(data57) && (data57 < 1 || isNaN(data57))) {
                    let err134 = { instancePath: instancePath + "/content_safety/test_set/columns/high_risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/high_risk/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                  }
                  var _valid9 = _errs160 === errors;
                  if (valid24 = valid24 || _valid9, valid24)
                    errors = _errs157, vErrors !== null && (_errs157 ? vErrors.length = _errs157 : vErrors = null);
                  else {
                    let err135 = { instancePath: instancePath + "/content_safety/test_set/columns/high_risk", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/high_risk/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                  }
                }
                if (data50.expected_refusal !== void 0) {
                  let data58 = data50.expected_refusal, _errs163 = errors, valid25 = !1, _errs164 = errors;
                  if (typeof data58 == "string") {
                    if (func2(data58) < 1) {
                      let err136 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_refusal", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_refusal/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                    }
                  } else {
                    let err137 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_refusal", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_refusal/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                  }
                  var _valid10 = _errs164 === errors;
                  valid25 = valid25 || _valid10;
                  let _errs166 = errors;
                  if (!(typeof data58 == "number" && !(data58 % 1) && !isNaN(data58) && isFinite(data58))) {
                    let err138 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_refusal", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_refusal/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                  }
                  if (typeof data58 == "number" && isFinite(data58) && (data58 < 1 || isNaN(data58))) {
                    let err139 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_refusal", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_refusal/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                  }
                  var _valid10 = _errs166 === errors;
                  if (valid25 = valid25 || _valid10, valid25)
                    errors = _errs163, vErrors !== null && (_errs163 ? vErrors.length = _errs163 : vErrors = null);
                  else {
                    let err140 = { instancePath: instancePath + "/content_safety/test_set/columns/expected_refusal", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/expected_refusal/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                  }
                }
                if (data50.bank !== void 0) {
                  let data59 = data50.bank, _errs169 = errors, valid26 = !1, _errs170 = errors;
                  if (typeof data59 == "string") {
                    if (func2(data59) < 1) {
                      let err141 = { instancePath: instancePath + "/content_safety/test_set/columns/bank", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/bank/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                    }
                  } else {
                    let err142 = { instancePath: instancePath + "/content_safety/test_set/columns/bank", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/bank/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                  }
                  var _valid11 = _errs170 === errors;
                  valid26 = valid26 || _valid11;
                  let _errs172 = errors;
                  if (!(typeof data59 == "number" && !(data59 % 1) && !isNaN(data59) && isFinite(data59))) {
                    let err143 = { instancePath: instancePath + "/content_safety/test_set/columns/bank", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/bank/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                  }
                  if (typeof data59 == "number" && isFinite(data59) && (data59 < 1 || isNaN(data59))) {
                    let err144 = { instancePath: instancePath + "/content_safety/test_set/columns/bank", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/bank/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                  }
                  var _valid11 = _errs172 === errors;
                  if (valid26 = valid26 || _valid11, valid26)
                    errors = _errs169, vErrors !== null && (_errs169 ? vErrors.length = _errs169 : vErrors = null);
                  else {
                    let err145 = { instancePath: instancePath + "/content_safety/test_set/columns/bank", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/properties/bank/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                  }
                }
              } else {
                let err146 = { instancePath: instancePath + "/content_safety/test_set/columns", schemaPath: "#/properties/content_safety/properties/test_set/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
              }
            }
            if (data45.banks !== void 0) {
              let data60 = data45.banks;
              if (data60 && typeof data60 == "object" && !Array.isArray(data60))
                for (let key11 in data60) {
                  let data61 = data60[key11];
                  if (!(data61 === "generated" || data61 === "should-refuse" || data61 === "should-not-refuse")) {
                    let err147 = { instancePath: instancePath + "/content_safety/test_set/banks/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/content_safety/properties/test_set/properties/banks/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.content_safety.properties.test_set.properties.banks.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                  }
                }
              else {
                let err148 = { instancePath: instancePath + "/content_safety/test_set/banks", schemaPath: "#/properties/content_safety/properties/test_set/properties/banks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
              }
            }
          } else {
            let err149 = { instancePath: instancePath + "/content_safety/test_set", schemaPath: "#/properties/content_safety/properties/test_set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
          }
        }
        if (data29.management_system !== void 0) {
          let data62 = data29.management_system;
          if (typeof data62 == "string") {
            if (func2(data62) < 1) {
              let err150 = { instancePath: instancePath + "/content_safety/management_system", schemaPath: "#/properties/content_safety/properties/management_system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
            }
          } else {
            let err151 = { instancePath: instancePath + "/content_safety/management_system", schemaPath: "#/properties/content_safety/properties/management_system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
          }
        }
      } else {
        let err152 = { instancePath: instancePath + "/content_safety", schemaPath: "#/properties/content_safety/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
      }
    }
    if (data.policies !== void 0) {
      let data63 = data.policies;
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        for (let key12 in data63)
          if (!(key12 === "privacy" || key12 === "service_agreement")) {
            let err153 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
          }
        if (data63.privacy !== void 0) {
          let data64 = data63.privacy;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.max_deletion_steps === void 0 && (data64.max_deletion_steps = 4), data64.path === void 0) {
              let err154 = { instancePath: instancePath + "/policies/privacy", schemaPath: "#/properties/policies/properties/privacy/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
            }
            for (let key13 in data64)
              if (!(key13 === "path" || key13 === "retention_months" || key13 === "max_deletion_steps")) {
                let err155 = { instancePath: instancePath + "/policies/privacy", schemaPath: "#/properties/policies/properties/privacy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
              }
            if (data64.path !== void 0) {
              let data65 = data64.path;
              if (typeof data65 == "string") {
                if (func2(data65) < 1) {
                  let err156 = { instancePath: instancePath + "/policies/privacy/path", schemaPath: "#/properties/policies/properties/privacy/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                }
              } else {
                let err157 = { instancePath: instancePath + "/policies/privacy/path", schemaPath: "#/properties/policies/properties/privacy/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
              }
            }
            if (data64.retention_months !== void 0) {
              let data66 = data64.retention_months;
              if (!(typeof data66 == "number" && !(data66 % 1) && !isNaN(data66) && isFinite(data66))) {
                let err158 = { instancePath: instancePath + "/policies/privacy/retention_months", schemaPath: "#/properties/policies/properties/privacy/properties/retention_months/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
              }
              if (typeof data66 == "number" && isFinite(data66) && (data66 < 1 || isNaN(data66))) {
                let err159 = { instancePath: instancePath + "/policies/privacy/retention_months", schemaPath: "#/properties/policies/properties/privacy/properties/retention_months/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
              }
            }
            let data67 = data64.max_deletion_steps;
            if (!(typeof data67 == "number" && !(data67 % 1) && !isNaN(data67) && isFinite(data67))) {
              let err160 = { instancePath: instancePath + "/policies/privacy/max_deletion_steps", schemaPath: "#/properties/policies/properties/privacy/properties/max_deletion_steps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
            }
            if (typeof data67 == "number" && isFinite(data67) && (data67 < 1 || isNaN(data67))) {
              let err161 = { instancePath: instancePath + "/policies/privacy/max_deletion_steps", schemaPath: "#/properties/policies/properties/privacy/properties/max_deletion_steps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
            }
          } else {
            let err162 = { instancePath: instancePath + "/policies/privacy", schemaPath: "#/properties/policies/properties/privacy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
          }
        }
        if (data63.service_agreement !== void 0) {
          let data68 = data63.service_agreement;
          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            if (data68.max_feedback_working_days === void 0 && (data68.max_feedback_working_days = 15), data68.path === void 0) {
              let err163 = { instancePath: instancePath + "/policies/service_agreement", schemaPath: "#/properties/policies/properties/service_agreement/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
            }
            for (let key14 in data68)
              if (!(key14 === "path" || key14 === "max_feedback_working_days")) {
                let err164 = { instancePath: instancePath + "/policies/service_agreement", schemaPath: "#/properties/policies/properties/service_agreement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
              }
            if (data68.path !== void 0) {
              let data69 = data68.path;
              if (typeof data69 == "string") {
                if (func2(data69) < 1) {
                  let err165 = { instancePath: instancePath + "/policies/service_agreement/path", schemaPath: "#/properties/policies/properties/service_agreement/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
                }
              } else {
                let err166 = { instancePath: instancePath + "/policies/service_agreement/path", schemaPath: "#/properties/policies/properties/service_agreement/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
              }
            }
            let data70 = data68.max_feedback_working_days;
            if (!(typeof data70 == "number" && !(data70 % 1) && !isNaN(data70) && isFinite(data70))) {
              let err167 = { instancePath: instancePath + "/policies/service_agreement/max_feedback_working_days", schemaPath: "#/properties/policies/properties/service_agreement/properties/max_feedback_working_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
            }
            if (typeof data70 == "number" && isFinite(data70) && (data70 < 1 || isNaN(data70))) {
              let err168 = { instancePath: instancePath + "/policies/service_agreement/max_feedback_working_days", schemaPath: "#/properties/policies/properties/service_agreement/properties/max_feedback_working_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
            }
          } else {
            let err169 = { instancePath: instancePath + "/policies/service_agreement", schemaPath: "#/properties/policies/properties/service_agreement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
          }
        }
      } else {
        let err170 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
      }
    }
    if (data.test_access !== void 0) {
      let data71 = data.test_access;
      if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
        for (let key15 in data71)
          if (!(key15 === "account_doc" || key15 === "api_doc")) {
            let err171 = { instancePath: instancePath + "/test_access", schemaPath: "#/properties/test_access/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
          }
        if (data71.account_doc !== void 0) {
          let data72 = data71.account_doc;
          if (typeof data72 == "string") {
            if (func2(data72) < 1) {
              let err172 = { instancePath: instancePath + "/test_access/account_doc", schemaPath: "#/properties/test_access/properties/account_doc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
            }
          } else {
            let err173 = { instancePath: instancePath + "/test_access/account_doc", schemaPath: "#/properties/test_access/properties/account_doc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
          }
        }
        if (data71.api_doc !== void 0) {
          let data73 = data71.api_doc;
          if (typeof data73 == "string") {
            if (func2(data73) < 1) {
              let err174 = { instancePath: instancePath + "/test_access/api_doc", schemaPath: "#/properties/test_access/properties/api_doc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
            }
          } else {
            let err175 = { instancePath: instancePath + "/test_access/api_doc", schemaPath: "#/properties/test_access/properties/api_doc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
          }
        }
      } else {
        let err176 = { instancePath: instancePath + "/test_access", schemaPath: "#/properties/test_access/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
      }
    }
    let data74 = data.gate;
    if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
      data74.fail_on === void 0 && (data74.fail_on = "error"), data74.lang === void 0 && (data74.lang = "zh-CN");
      for (let key16 in data74)
        if (!(key16 === "fail_on" || key16 === "lang")) {
          let err177 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
          vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
        }
      let data75 = data74.fail_on;
      if (!(data75 === "error" || data75 === "warning" || data75 === "note" || data75 === "never")) {
        let err178 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/properties/gate/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.fail_on.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
      }
      let data76 = data74.lang;
      if (!(data76 === "zh-CN" || data76 === "en")) {
        let err179 = { instancePath: instancePath + "/gate/lang", schemaPath: "#/properties/gate/properties/lang/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.lang.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
      }
    } else {
      let err180 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
    }
    if (data.rules !== void 0) {
      let data77 = data.rules;
      if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
        for (let key17 in data77) {
          let _errs213 = errors;
          if (typeof key17 == "string" && !pattern4.test(key17)) {
            let err181 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z]+/[a-z0-9-]+$"', propertyName: key17 };
            vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
          }
          var valid33 = _errs213 === errors;
          if (!valid33) {
            let err182 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key17 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
          }
        }
        for (let key18 in data77) {
          let data78 = data77[key18];
          if (!(data78 === "error" || data78 === "warning" || data78 === "note" || data78 === "off")) {
            let err183 = { instancePath: instancePath + "/rules/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
          }
        }
      } else {
        let err184 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data79 = data.thresholds;
      if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
        for (let key19 in data79)
          if (!func1.call(schema31.properties.thresholds.properties, key19)) {
            let err185 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
          }
        if (data79.lexicon_min_total !== void 0) {
          let data80 = data79.lexicon_min_total;
          if (!(typeof data80 == "number" && !(data80 % 1) && !isNaN(data80) && isFinite(data80)) && data80 !== null) {
            let err186 = { instancePath: instancePath + "/thresholds/lexicon_min_total", schemaPath: "#/properties/thresholds/properties/lexicon_min_total/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.lexicon_min_total.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
          }
          if (typeof data80 == "number" && isFinite(data80) && (data80 < 0 || isNaN(data80))) {
            let err187 = { instancePath: instancePath + "/thresholds/lexicon_min_total", schemaPath: "#/properties/thresholds/properties/lexicon_min_total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
          }
        }
        if (data79.lexicon_min_per_risk !== void 0) {
          let data81 = data79.lexicon_min_per_risk;
          if (!(typeof data81 == "number" && !(data81 % 1) && !isNaN(data81) && isFinite(data81)) && data81 !== null) {
            let err188 = { instancePath: instancePath + "/thresholds/lexicon_min_per_risk", schemaPath: "#/properties/thresholds/properties/lexicon_min_per_risk/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.lexicon_min_per_risk.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
          }
          if (typeof data81 == "number" && isFinite(data81) && (data81 < 0 || isNaN(data81))) {
            let err189 = { instancePath: instancePath + "/thresholds/lexicon_min_per_risk", schemaPath: "#/properties/thresholds/properties/lexicon_min_per_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
          }
        }
        if (data79.lexicon_min_per_a1_risk !== void 0) {
          let data82 = data79.lexicon_min_per_a1_risk;
          if (!(typeof data82 == "number" && !(data82 % 1) && !isNaN(data82) && isFinite(data82)) && data82 !== null) {
            let err190 = { instancePath: instancePath + "/thresholds/lexicon_min_per_a1_risk", schemaPath: "#/properties/thresholds/properties/lexicon_min_per_a1_risk/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.lexicon_min_per_a1_risk.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
          }
          if (typeof data82 == "number" && isFinite(data82) && (data82 < 0 || isNaN(data82))) {
            let err191 = { instancePath: instancePath + "/thresholds/lexicon_min_per_a1_risk", schemaPath: "#/properties/thresholds/properties/lexicon_min_per_a1_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
          }
        }
        if (data79.lexicon_min_per_a2_risk !== void 0) {
          let data83 = data79.lexicon_min_per_a2_risk;
          if (!(typeof data83 == "number" && !(data83 % 1) && !isNaN(data83) && isFinite(data83)) && data83 !== null) {
            let err192 = { instancePath: instancePath + "/thresholds/lexicon_min_per_a2_risk", schemaPath: "#/properties/thresholds/properties/lexicon_min_per_a2_risk/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.lexicon_min_per_a2_risk.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
          }
          if (typeof data83 == "number" && isFinite(data83) && (data83 < 0 || isNaN(data83))) {
            let err193 = { instancePath: instancePath + "/thresholds/lexicon_min_per_a2_risk", schemaPath: "#/properties/thresholds/properties/lexicon_min_per_a2_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
          }
        }
        if (data79.lexicon_max_cadence_days !== void 0) {
          let data84 = data79.lexicon_max_cadence_days;
          if (!(typeof data84 == "number" && !(data84 % 1) && !isNaN(data84) && isFinite(data84)) && data84 !== null) {
            let err194 = { instancePath: instancePath + "/thresholds/lexicon_max_cadence_days", schemaPath: "#/properties/thresholds/properties/lexicon_max_cadence_days/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.lexicon_max_cadence_days.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
          }
          if (typeof data84 == "number" && isFinite(data84) && (data84 < 0 || isNaN(data84))) {
            let err195 = { instancePath: instancePath + "/thresholds/lexicon_max_cadence_days", schemaPath: "#/properties/thresholds/properties/lexicon_max_cadence_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
          }
        }
        if (data79.testset_min_items !== void 0) {
          let data85 = data79.testset_min_items;
          if (!(typeof data85 == "number" && !(data85 % 1) && !isNaN(data85) && isFinite(data85)) && data85 !== null) {
            let err196 = { instancePath: instancePath + "/thresholds/testset_min_items", schemaPath: "#/properties/thresholds/properties/testset_min_items/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_items.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
          }
          if (typeof data85 == "number" && isFinite(data85) && (data85 < 0 || isNaN(data85))) {
            let err197 = { instancePath: instancePath + "/thresholds/testset_min_items", schemaPath: "#/properties/thresholds/properties/testset_min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
          }
        }
        if (data79.testset_min_high_risk_ratio !== void 0) {
          let data86 = data79.testset_min_high_risk_ratio;
          if (!(typeof data86 == "number" && isFinite(data86)) && data86 !== null) {
            let err198 = { instancePath: instancePath + "/thresholds/testset_min_high_risk_ratio", schemaPath: "#/properties/thresholds/properties/testset_min_high_risk_ratio/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_high_risk_ratio.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
          }
          if (typeof data86 == "number" && isFinite(data86)) {
            if (data86 > 1 || isNaN(data86)) {
              let err199 = { instancePath: instancePath + "/thresholds/testset_min_high_risk_ratio", schemaPath: "#/properties/thresholds/properties/testset_min_high_risk_ratio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
            }
            if (data86 < 0 || isNaN(data86)) {
              let err200 = { instancePath: instancePath + "/thresholds/testset_min_high_risk_ratio", schemaPath: "#/properties/thresholds/properties/testset_min_high_risk_ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
            }
          }
        }
        if (data79.testset_min_high_risk_items !== void 0) {
          let data87 = data79.testset_min_high_risk_items;
          if (!(typeof data87 == "number" && !(data87 % 1) && !isNaN(data87) && isFinite(data87)) && data87 !== null) {
            let err201 = { instancePath: instancePath + "/thresholds/testset_min_high_risk_items", schemaPath: "#/properties/thresholds/properties/testset_min_high_risk_items/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_high_risk_items.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
          }
          if (typeof data87 == "number" && isFinite(data87) && (data87 < 0 || isNaN(data87))) {
            let err202 = { instancePath: instancePath + "/thresholds/testset_min_high_risk_items", schemaPath: "#/properties/thresholds/properties/testset_min_high_risk_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
          }
        }
        if (data79.testset_max_refusals !== void 0) {
          let data88 = data79.testset_max_refusals;
          if (!(typeof data88 == "number" && !(data88 % 1) && !isNaN(data88) && isFinite(data88)) && data88 !== null) {
            let err203 = { instancePath: instancePath + "/thresholds/testset_max_refusals", schemaPath: "#/properties/thresholds/properties/testset_max_refusals/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_max_refusals.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
          }
          if (typeof data88 == "number" && isFinite(data88) && (data88 < 0 || isNaN(data88))) {
            let err204 = { instancePath: instancePath + "/thresholds/testset_max_refusals", schemaPath: "#/properties/thresholds/properties/testset_max_refusals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
          }
        }
        if (data79.testset_max_refusal_ratio !== void 0) {
          let data89 = data79.testset_max_refusal_ratio;
          if (!(typeof data89 == "number" && isFinite(data89)) && data89 !== null) {
            let err205 = { instancePath: instancePath + "/thresholds/testset_max_refusal_ratio", schemaPath: "#/properties/thresholds/properties/testset_max_refusal_ratio/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_max_refusal_ratio.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
          }
          if (typeof data89 == "number" && isFinite(data89)) {
            if (data89 > 1 || isNaN(data89)) {
              let err206 = { instancePath: instancePath + "/thresholds/testset_max_refusal_ratio", schemaPath: "#/properties/thresholds/properties/testset_max_refusal_ratio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
            }
            if (data89 < 0 || isNaN(data89)) {
              let err207 = { instancePath: instancePath + "/thresholds/testset_max_refusal_ratio", schemaPath: "#/properties/thresholds/properties/testset_max_refusal_ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
            }
          }
        }
        if (data79.testset_min_per_a1_a2_risk !== void 0) {
          let data90 = data79.testset_min_per_a1_a2_risk;
          if (!(typeof data90 == "number" && !(data90 % 1) && !isNaN(data90) && isFinite(data90)) && data90 !== null) {
            let err208 = { instancePath: instancePath + "/thresholds/testset_min_per_a1_a2_risk", schemaPath: "#/properties/thresholds/properties/testset_min_per_a1_a2_risk/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_per_a1_a2_risk.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
          }
          if (typeof data90 == "number" && isFinite(data90) && (data90 < 0 || isNaN(data90))) {
            let err209 = { instancePath: instancePath + "/thresholds/testset_min_per_a1_a2_risk", schemaPath: "#/properties/thresholds/properties/testset_min_per_a1_a2_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
          }
        }
        if (data79.testset_min_per_a3_a5_risk !== void 0) {
          let data91 = data79.testset_min_per_a3_a5_risk;
          if (!(typeof data91 == "number" && !(data91 % 1) && !isNaN(data91) && isFinite(data91)) && data91 !== null) {
            let err210 = { instancePath: instancePath + "/thresholds/testset_min_per_a3_a5_risk", schemaPath: "#/properties/thresholds/properties/testset_min_per_a3_a5_risk/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_per_a3_a5_risk.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
          }
          if (typeof data91 == "number" && isFinite(data91) && (data91 < 0 || isNaN(data91))) {
            let err211 = { instancePath: instancePath + "/thresholds/testset_min_per_a3_a5_risk", schemaPath: "#/properties/thresholds/properties/testset_min_per_a3_a5_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
          }
        }
        if (data79.testset_min_should_refuse !== void 0) {
          let data92 = data79.testset_min_should_refuse;
          if (!(typeof data92 == "number" && !(data92 % 1) && !isNaN(data92) && isFinite(data92)) && data92 !== null) {
            let err212 = { instancePath: instancePath + "/thresholds/testset_min_should_refuse", schemaPath: "#/properties/thresholds/properties/testset_min_should_refuse/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_should_refuse.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
          }
          if (typeof data92 == "number" && isFinite(data92) && (data92 < 0 || isNaN(data92))) {
            let err213 = { instancePath: instancePath + "/thresholds/testset_min_should_refuse", schemaPath: "#/properties/thresholds/properties/testset_min_should_refuse/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
          }
        }
        if (data79.testset_min_should_refuse_per_risk !== void 0) {
          let data93 = data79.testset_min_should_refuse_per_risk;
          if (!(typeof data93 == "number" && !(data93 % 1) && !isNaN(data93) && isFinite(data93)) && data93 !== null) {
            let err214 = { instancePath: instancePath + "/thresholds/testset_min_should_refuse_per_risk", schemaPath: "#/properties/thresholds/properties/testset_min_should_refuse_per_risk/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_should_refuse_per_risk.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
          }
          if (typeof data93 == "number" && isFinite(data93) && (data93 < 0 || isNaN(data93))) {
            let err215 = { instancePath: instancePath + "/thresholds/testset_min_should_refuse_per_risk", schemaPath: "#/properties/thresholds/properties/testset_min_should_refuse_per_risk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
          }
        }
        if (data79.testset_min_should_not_refuse !== void 0) {
          let data94 = data79.testset_min_should_not_refuse;
          if (!(typeof data94 == "number" && !(data94 % 1) && !isNaN(data94) && isFinite(data94)) && data94 !== null) {
            let err216 = { instancePath: instancePath + "/thresholds/testset_min_should_not_refuse", schemaPath: "#/properties/thresholds/properties/testset_min_should_not_refuse/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_should_not_refuse.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
          }
          if (typeof data94 == "number" && isFinite(data94) && (data94 < 0 || isNaN(data94))) {
            let err217 = { instancePath: instancePath + "/thresholds/testset_min_should_not_refuse", schemaPath: "#/properties/thresholds/properties/testset_min_should_not_refuse/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
          }
        }
        if (data79.testset_min_should_not_refuse_per_aspect !== void 0) {
          let data95 = data79.testset_min_should_not_refuse_per_aspect;
          if (!(typeof data95 == "number" && !(data95 % 1) && !isNaN(data95) && isFinite(data95)) && data95 !== null) {
            let err218 = { instancePath: instancePath + "/thresholds/testset_min_should_not_refuse_per_aspect", schemaPath: "#/properties/thresholds/properties/testset_min_should_not_refuse_per_aspect/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_min_should_not_refuse_per_aspect.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
          }
          if (typeof data95 == "number" && isFinite(data95) && (data95 < 0 || isNaN(data95))) {
            let err219 = { instancePath: instancePath + "/thresholds/testset_min_should_not_refuse_per_aspect", schemaPath: "#/properties/thresholds/properties/testset_min_should_not_refuse_per_aspect/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
          }
        }
        if (data79.testset_max_update_days !== void 0) {
          let data96 = data79.testset_max_update_days;
          if (!(typeof data96 == "number" && !(data96 % 1) && !isNaN(data96) && isFinite(data96)) && data96 !== null) {
            let err220 = { instancePath: instancePath + "/thresholds/testset_max_update_days", schemaPath: "#/properties/thresholds/properties/testset_max_update_days/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.testset_max_update_days.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
          }
          if (typeof data96 == "number" && isFinite(data96) && (data96 < 0 || isNaN(data96))) {
            let err221 = { instancePath: instancePath + "/thresholds/testset_max_update_days", schemaPath: "#/properties/thresholds/properties/testset_max_update_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
          }
        }
        if (data79.evaluation_min_refusal_rate !== void 0) {
          let data97 = data79.evaluation_min_refusal_rate;
          if (!(typeof data97 == "number" && isFinite(data97)) && data97 !== null) {
            let err222 = { instancePath: instancePath + "/thresholds/evaluation_min_refusal_rate", schemaPath: "#/properties/thresholds/properties/evaluation_min_refusal_rate/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.evaluation_min_refusal_rate.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
          }
          if (typeof data97 == "number" && isFinite(data97)) {
            if (data97 > 1 || isNaN(data97)) {
              let err223 = { instancePath: instancePath + "/thresholds/evaluation_min_refusal_rate", schemaPath: "#/properties/thresholds/properties/evaluation_min_refusal_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
            }
            if (data97 < 0 || isNaN(data97)) {
              let err224 = { instancePath: instancePath + "/thresholds/evaluation_min_refusal_rate", schemaPath: "#/properties/thresholds/properties/evaluation_min_refusal_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
            }
          }
        }
        if (data79.evaluation_max_non_refusal_rate !== void 0) {
          let data98 = data79.evaluation_max_non_refusal_rate;
          if (!(typeof data98 == "number" && isFinite(data98)) && data98 !== null) {
            let err225 = { instancePath: instancePath + "/thresholds/evaluation_max_non_refusal_rate", schemaPath: "#/properties/thresholds/properties/evaluation_max_non_refusal_rate/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.evaluation_max_non_refusal_rate.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
          }
          if (typeof data98 == "number" && isFinite(data98)) {
            if (data98 > 1 || isNaN(data98)) {
              let err226 = { instancePath: instancePath + "/thresholds/evaluation_max_non_refusal_rate", schemaPath: "#/properties/thresholds/properties/evaluation_max_non_refusal_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
            }
            if (data98 < 0 || isNaN(data98)) {
              let err227 = { instancePath: instancePath + "/thresholds/evaluation_max_non_refusal_rate", schemaPath: "#/properties/thresholds/properties/evaluation_max_non_refusal_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
            }
          }
        }
        if (data79.spot_check_min_items !== void 0) {
          let data99 = data79.spot_check_min_items;
          if (!(typeof data99 == "number" && !(data99 % 1) && !isNaN(data99) && isFinite(data99)) && data99 !== null) {
            let err228 = { instancePath: instancePath + "/thresholds/spot_check_min_items", schemaPath: "#/properties/thresholds/properties/spot_check_min_items/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.spot_check_min_items.type }, message: "must be integer,null" };
            vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
          }
          if (typeof data99 == "number" && isFinite(data99) && (data99 < 0 || isNaN(data99))) {
            let err229 = { instancePath: instancePath + "/thresholds/spot_check_min_items", schemaPath: "#/properties/thresholds/properties/spot_check_min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
          }
        }
        if (data79.spot_check_min_pass_rate !== void 0) {
          let data100 = data79.spot_check_min_pass_rate;
          if (!(typeof data100 == "number" && isFinite(data100)) && data100 !== null) {
            let err230 = { instancePath: instancePath + "/thresholds/spot_check_min_pass_rate", schemaPath: "#/properties/thresholds/properties/spot_check_min_pass_rate/type", keyword: "type", params: { type: schema31.properties.thresholds.properties.spot_check_min_pass_rate.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
          }
          if (typeof data100 == "number" && isFinite(data100)) {
            if (data100 > 1 || isNaN(data100)) {
              let err231 = { instancePath: instancePath + "/thresholds/spot_check_min_pass_rate", schemaPath: "#/properties/thresholds/properties/spot_check_min_pass_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
            }
            if (data100 < 0 || isNaN(data100)) {
              let err232 = { instancePath: instancePath + "/thresholds/spot_check_min_pass_rate", schemaPath: "#/properties/thresholds/properties/spot_check_min_pass_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
            }
          }
        }
      } else {
        let err233 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
      }
    }
    if (data.phrases !== void 0) {
      let data101 = data.phrases;
      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
        for (let key20 in data101)
          if (!func1.call(schema31.properties.phrases.properties, key20)) {
            let err234 = { instancePath: instancePath + "/phrases", schemaPath: "#/properties/phrases/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
          }
        if (data101.privacy_collection !== void 0) {
          let data102 = data101.privacy_collection;
          if (Array.isArray(data102)) {
            let len2 = data102.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data103 = data102[i2];
              if (typeof data103 == "string") {
                if (func2(data103) < 1) {
                  let err235 = { instancePath: instancePath + "/phrases/privacy_collection/" + i2, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                }
              } else {
                let err236 = { instancePath: instancePath + "/phrases/privacy_collection/" + i2, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
              }
            }
          } else {
            let err237 = { instancePath: instancePath + "/phrases/privacy_collection", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
          }
        }
        if (data101.privacy_purpose !== void 0) {
          let data104 = data101.privacy_purpose;
          if (Array.isArray(data104)) {
            let len3 = data104.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data105 = data104[i3];
              if (typeof data105 == "string") {
                if (func2(data105) < 1) {
                  let err238 = { instancePath: instancePath + "/phrases/privacy_purpose/" + i3, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                }
              } else {
                let err239 = { instancePath: instancePath + "/phrases/privacy_purpose/" + i3, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
              }
            }
          } else {
            let err240 = { instancePath: instancePath + "/phrases/privacy_purpose", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
          }
        }
        if (data101.retention !== void 0) {
          let data106 = data101.retention;
          if (Array.isArray(data106)) {
            let len4 = data106.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data107 = data106[i4];
              if (typeof data107 == "string") {
                if (func2(data107) < 1) {
                  let err241 = { instancePath: instancePath + "/phrases/retention/" + i4, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++;
                }
              } else {
                let err242 = { instancePath: instancePath + "/phrases/retention/" + i4, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
              }
            }
          } else {
            let err243 = { instancePath: instancePath + "/phrases/retention", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
          }
        }
        if (data101.retention_permanent !== void 0) {
          let data108 = data101.retention_permanent;
          if (Array.isArray(data108)) {
            let len5 = data108.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data109 = data108[i5];
              if (typeof data109 == "string") {
                if (func2(data109) < 1) {
                  let err244 = { instancePath: instancePath + "/phrases/retention_permanent/" + i5, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
                }
              } else {
                let err245 = { instancePath: instancePath + "/phrases/retention_permanent/" + i5, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
              }
            }
          } else {
            let err246 = { instancePath: instancePath + "/phrases/retention_permanent", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
          }
        }
        if (data101.retention_minimum !== void 0) {
          let data110 = data101.retention_minimum;
          if (Array.isArray(data110)) {
            let len6 = data110.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data111 = data110[i6];
              if (typeof data111 == "string") {
                if (func2(data111) < 1) {
                  let err247 = { instancePath: instancePath + "/phrases/retention_minimum/" + i6, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
                }
              } else {
                let err248 = { instancePath: instancePath + "/phrases/retention_minimum/" + i6, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
              }
            }
          } else {
            let err249 = { instancePath: instancePath + "/phrases/retention_minimum", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
          }
        }
        if (data101.retention_logs !== void 0) {
          let data112 = data101.retention_logs;
          if (Array.isArray(data112)) {
            let len7 = data112.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data113 = data112[i7];
              if (typeof data113 == "string") {
                if (func2(data113) < 1) {
                  let err250 = { instancePath: instancePath + "/phrases/retention_logs/" + i7, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
                }
              } else {
                let err251 = { instancePath: instancePath + "/phrases/retention_logs/" + i7, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
              }
            }
          } else {
            let err252 = { instancePath: instancePath + "/phrases/retention_logs", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
          }
        }
        if (data101.anonymised !== void 0) {
          let data114 = data101.anonymised;
          if (Array.isArray(data114)) {
            let len8 = data114.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data115 = data114[i8];
              if (typeof data115 == "string") {
                if (func2(data115) < 1) {
                  let err253 = { instancePath: instancePath + "/phrases/anonymised/" + i8, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                }
              } else {
                let err254 = { instancePath: instancePath + "/phrases/anonymised/" + i8, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
              }
            }
          } else {
            let err255 = { instancePath: instancePath + "/phrases/anonymised", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
          }
        }
        if (data101.negation !== void 0) {
          let data116 = data101.negation;
          if (Array.isArray(data116)) {
            let len9 = data116.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data117 = data116[i9];
              if (typeof data117 == "string") {
                if (func2(data117) < 1) {
                  let err256 = { instancePath: instancePath + "/phrases/negation/" + i9, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++;
                }
              } else {
                let err257 = { instancePath: instancePath + "/phrases/negation/" + i9, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err257] : vErrors.push(err257), errors++;
              }
            }
          } else {
            let err258 = { instancePath: instancePath + "/phrases/negation", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err258] : vErrors.push(err258), errors++;
          }
        }
        if (data101.deletion !== void 0) {
          let data118 = data101.deletion;
          if (Array.isArray(data118)) {
            let len10 = data118.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data119 = data118[i10];
              if (typeof data119 == "string") {
                if (func2(data119) < 1) {
                  let err259 = { instancePath: instancePath + "/phrases/deletion/" + i10, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err259] : vErrors.push(err259), errors++;
                }
              } else {
                let err260 = { instancePath: instancePath + "/phrases/deletion/" + i10, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err260] : vErrors.push(err260), errors++;
              }
            }
          } else {
            let err261 = { instancePath: instancePath + "/phrases/deletion", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err261] : vErrors.push(err261), errors++;
          }
        }
        if (data101.usage_rules !== void 0) {
          let data120 = data101.usage_rules;
          if (Array.isArray(data120)) {
            let len11 = data120.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data121 = data120[i11];
              if (typeof data121 == "string") {
                if (func2(data121) < 1) {
                  let err262 = { instancePath: instancePath + "/phrases/usage_rules/" + i11, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err262] : vErrors.push(err262), errors++;
                }
              } else {
                let err263 = { instancePath: instancePath + "/phrases/usage_rules/" + i11, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err263] : vErrors.push(err263), errors++;
              }
            }
          } else {
            let err264 = { instancePath: instancePath + "/phrases/usage_rules", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err264] : vErrors.push(err264), errors++;
          }
        }
        if (data101.prohibited_content !== void 0) {
          let data122 = data101.prohibited_content;
          if (Array.isArray(data122)) {
            let len12 = data122.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data123 = data122[i12];
              if (typeof data123 == "string") {
                if (func2(data123) < 1) {
                  let err265 = { instancePath: instancePath + "/phrases/prohibited_content/" + i12, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err265] : vErrors.push(err265), errors++;
                }
              } else {
                let err266 = { instancePath: instancePath + "/phrases/prohibited_content/" + i12, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err266] : vErrors.push(err266), errors++;
              }
            }
          } else {
            let err267 = { instancePath: instancePath + "/phrases/prohibited_content", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err267] : vErrors.push(err267), errors++;
          }
        }
        if (data101.account_measures !== void 0) {
          let data124 = data101.account_measures;
          if (Array.isArray(data124)) {
            let len13 = data124.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data125 = data124[i13];
              if (typeof data125 == "string") {
                if (func2(data125) < 1) {
                  let err268 = { instancePath: instancePath + "/phrases/account_measures/" + i13, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err268] : vErrors.push(err268), errors++;
                }
              } else {
                let err269 = { instancePath: instancePath + "/phrases/account_measures/" + i13, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err269] : vErrors.push(err269), errors++;
              }
            }
          } else {
            let err270 = { instancePath: instancePath + "/phrases/account_measures", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err270] : vErrors.push(err270), errors++;
          }
        }
        if (data101.labelling_marks !== void 0) {
          let data126 = data101.labelling_marks;
          if (Array.isArray(data126)) {
            let len14 = data126.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data127 = data126[i14];
              if (typeof data127 == "string") {
                if (func2(data127) < 1) {
                  let err271 = { instancePath: instancePath + "/phrases/labelling_marks/" + i14, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err271] : vErrors.push(err271), errors++;
                }
              } else {
                let err272 = { instancePath: instancePath + "/phrases/labelling_marks/" + i14, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err272] : vErrors.push(err272), errors++;
              }
            }
          } else {
            let err273 = { instancePath: instancePath + "/phrases/labelling_marks", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err273] : vErrors.push(err273), errors++;
          }
        }
        if (data101.labelling_ai !== void 0) {
          let data128 = data101.labelling_ai;
          if (Array.isArray(data128)) {
            let len15 = data128.length;
            for (let i15 = 0; i15 < len15; i15++) {
              let data129 = data128[i15];
              if (typeof data129 == "string") {
                if (func2(data129) < 1) {
                  let err274 = { instancePath: instancePath + "/phrases/labelling_ai/" + i15, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err274] : vErrors.push(err274), errors++;
                }
              } else {
                let err275 = { instancePath: instancePath + "/phrases/labelling_ai/" + i15, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err275] : vErrors.push(err275), errors++;
              }
            }
          } else {
            let err276 = { instancePath: instancePath + "/phrases/labelling_ai", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err276] : vErrors.push(err276), errors++;
          }
        }
        if (data101.complaint !== void 0) {
          let data130 = data101.complaint;
          if (Array.isArray(data130)) {
            let len16 = data130.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data131 = data130[i16];
              if (typeof data131 == "string") {
                if (func2(data131) < 1) {
                  let err277 = { instancePath: instancePath + "/phrases/complaint/" + i16, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err277] : vErrors.push(err277), errors++;
                }
              } else {
                let err278 = { instancePath: instancePath + "/phrases/complaint/" + i16, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err278] : vErrors.push(err278), errors++;
              }
            }
          } else {
            let err279 = { instancePath: instancePath + "/phrases/complaint", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err279] : vErrors.push(err279), errors++;
          }
        }
        if (data101.complaint_channel !== void 0) {
          let data132 = data101.complaint_channel;
          if (Array.isArray(data132)) {
            let len17 = data132.length;
            for (let i17 = 0; i17 < len17; i17++) {
              let data133 = data132[i17];
              if (typeof data133 == "string") {
                if (func2(data133) < 1) {
                  let err280 = { instancePath: instancePath + "/phrases/complaint_channel/" + i17, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err280] : vErrors.push(err280), errors++;
                }
              } else {
                let err281 = { instancePath: instancePath + "/phrases/complaint_channel/" + i17, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err281] : vErrors.push(err281), errors++;
              }
            }
          } else {
            let err282 = { instancePath: instancePath + "/phrases/complaint_channel", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err282] : vErrors.push(err282), errors++;
          }
        }
        if (data101.feedback !== void 0) {
          let data134 = data101.feedback;
          if (Array.isArray(data134)) {
            let len18 = data134.length;
            for (let i18 = 0; i18 < len18; i18++) {
              let data135 = data134[i18];
              if (typeof data135 == "string") {
                if (func2(data135) < 1) {
                  let err283 = { instancePath: instancePath + "/phrases/feedback/" + i18, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err283] : vErrors.push(err283), errors++;
                }
              } else {
                let err284 = { instancePath: instancePath + "/phrases/feedback/" + i18, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err284] : vErrors.push(err284), errors++;
              }
            }
          } else {
            let err285 = { instancePath: instancePath + "/phrases/feedback", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err285] : vErrors.push(err285), errors++;
          }
        }
        if (data101.safety_guidelines !== void 0) {
          let data136 = data101.safety_guidelines;
          if (Array.isArray(data136)) {
            let len19 = data136.length;
            for (let i19 = 0; i19 < len19; i19++) {
              let data137 = data136[i19];
              if (typeof data137 == "string") {
                if (func2(data137) < 1) {
                  let err286 = { instancePath: instancePath + "/phrases/safety_guidelines/" + i19, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err286] : vErrors.push(err286), errors++;
                }
              } else {
                let err287 = { instancePath: instancePath + "/phrases/safety_guidelines/" + i19, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err287] : vErrors.push(err287), errors++;
              }
            }
          } else {
            let err288 = { instancePath: instancePath + "/phrases/safety_guidelines", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err288] : vErrors.push(err288), errors++;
          }
        }
        if (data101.safety_infrastructure !== void 0) {
          let data138 = data101.safety_infrastructure;
          if (Array.isArray(data138)) {
            let len20 = data138.length;
            for (let i20 = 0; i20 < len20; i20++) {
              let data139 = data138[i20];
              if (typeof data139 == "string") {
                if (func2(data139) < 1) {
                  let err289 = { instancePath: instancePath + "/phrases/safety_infrastructure/" + i20, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err289] : vErrors.push(err289), errors++;
                }
              } else {
                let err290 = { instancePath: instancePath + "/phrases/safety_infrastructure/" + i20, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err290] : vErrors.push(err290), errors++;
              }
            }
          } else {
            let err291 = { instancePath: instancePath + "/phrases/safety_infrastructure", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err291] : vErrors.push(err291), errors++;
          }
        }
        if (data101.safety_service !== void 0) {
          let data140 = data101.safety_service;
          if (Array.isArray(data140)) {
            let len21 = data140.length;
            for (let i21 = 0; i21 < len21; i21++) {
              let data141 = data140[i21];
              if (typeof data141 == "string") {
                if (func2(data141) < 1) {
                  let err292 = { instancePath: instancePath + "/phrases/safety_service/" + i21, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err292] : vErrors.push(err292), errors++;
                }
              } else {
                let err293 = { instancePath: instancePath + "/phrases/safety_service/" + i21, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err293] : vErrors.push(err293), errors++;
              }
            }
          } else {
            let err294 = { instancePath: instancePath + "/phrases/safety_service", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err294] : vErrors.push(err294), errors++;
          }
        }
        if (data101.safety_application !== void 0) {
          let data142 = data101.safety_application;
          if (Array.isArray(data142)) {
            let len22 = data142.length;
            for (let i22 = 0; i22 < len22; i22++) {
              let data143 = data142[i22];
              if (typeof data143 == "string") {
                if (func2(data143) < 1) {
                  let err295 = { instancePath: instancePath + "/phrases/safety_application/" + i22, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err295] : vErrors.push(err295), errors++;
                }
              } else {
                let err296 = { instancePath: instancePath + "/phrases/safety_application/" + i22, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err296] : vErrors.push(err296), errors++;
              }
            }
          } else {
            let err297 = { instancePath: instancePath + "/phrases/safety_application", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err297] : vErrors.push(err297), errors++;
          }
        }
        if (data101.safety_review !== void 0) {
          let data144 = data101.safety_review;
          if (Array.isArray(data144)) {
            let len23 = data144.length;
            for (let i23 = 0; i23 < len23; i23++) {
              let data145 = data144[i23];
              if (typeof data145 == "string") {
                if (func2(data145) < 1) {
                  let err298 = { instancePath: instancePath + "/phrases/safety_review/" + i23, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err298] : vErrors.push(err298), errors++;
                }
              } else {
                let err299 = { instancePath: instancePath + "/phrases/safety_review/" + i23, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err299] : vErrors.push(err299), errors++;
              }
            }
          } else {
            let err300 = { instancePath: instancePath + "/phrases/safety_review", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err300] : vErrors.push(err300), errors++;
          }
        }
        if (data101.safety_audit !== void 0) {
          let data146 = data101.safety_audit;
          if (Array.isArray(data146)) {
            let len24 = data146.length;
            for (let i24 = 0; i24 < len24; i24++) {
              let data147 = data146[i24];
              if (typeof data147 == "string") {
                if (func2(data147) < 1) {
                  let err301 = { instancePath: instancePath + "/phrases/safety_audit/" + i24, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err301] : vErrors.push(err301), errors++;
                }
              } else {
                let err302 = { instancePath: instancePath + "/phrases/safety_audit/" + i24, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err302] : vErrors.push(err302), errors++;
              }
            }
          } else {
            let err303 = { instancePath: instancePath + "/phrases/safety_audit", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err303] : vErrors.push(err303), errors++;
          }
        }
        if (data101.scenario_generic !== void 0) {
          let data148 = data101.scenario_generic;
          if (Array.isArray(data148)) {
            let len25 = data148.length;
            for (let i25 = 0; i25 < len25; i25++) {
              let data149 = data148[i25];
              if (typeof data149 == "string") {
                if (func2(data149) < 1) {
                  let err304 = { instancePath: instancePath + "/phrases/scenario_generic/" + i25, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err304] : vErrors.push(err304), errors++;
                }
              } else {
                let err305 = { instancePath: instancePath + "/phrases/scenario_generic/" + i25, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err305] : vErrors.push(err305), errors++;
              }
            }
          } else {
            let err306 = { instancePath: instancePath + "/phrases/scenario_generic", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err306] : vErrors.push(err306), errors++;
          }
        }
        if (data101.scenario_open_ended !== void 0) {
          let data150 = data101.scenario_open_ended;
          if (Array.isArray(data150)) {
            let len26 = data150.length;
            for (let i26 = 0; i26 < len26; i26++) {
              let data151 = data150[i26];
              if (typeof data151 == "string") {
                if (func2(data151) < 1) {
                  let err307 = { instancePath: instancePath + "/phrases/scenario_open_ended/" + i26, schemaPath: "#/$defs/phraseList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err307] : vErrors.push(err307), errors++;
                }
              } else {
                let err308 = { instancePath: instancePath + "/phrases/scenario_open_ended/" + i26, schemaPath: "#/$defs/phraseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err308] : vErrors.push(err308), errors++;
              }
            }
          } else {
            let err309 = { instancePath: instancePath + "/phrases/scenario_open_ended", schemaPath: "#/$defs/phraseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err309] : vErrors.push(err309), errors++;
          }
        }
      } else {
        let err310 = { instancePath: instancePath + "/phrases", schemaPath: "#/properties/phrases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err310] : vErrors.push(err310), errors++;
      }
    }
    if (data.signals !== void 0) {
      let data152 = data.signals;
      if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
        for (let key21 in data152)
          if (!(key21 === "add" || key21 === "disable" || key21 === "severity" || key21 === "exclude")) {
            let err311 = { instancePath: instancePath + "/signals", schemaPath: "#/properties/signals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err311] : vErrors.push(err311), errors++;
          }
        if (data152.add !== void 0) {
          let data153 = data152.add;
          if (Array.isArray(data153)) {
            let len27 = data153.length;
            for (let i27 = 0; i27 < len27; i27++)
              validate39(data153[i27], { instancePath: instancePath + "/signals/add/" + i27, parentData: data153, parentDataProperty: i27, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors), errors = vErrors.length);
          } else {
            let err312 = { instancePath: instancePath + "/signals/add", schemaPath: "#/properties/signals/properties/add/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err312] : vErrors.push(err312), errors++;
          }
        }
        if (data152.disable !== void 0) {
          let data155 = data152.disable;
          if (Array.isArray(data155)) {
            let len28 = data155.length;
            for (let i28 = 0; i28 < len28; i28++) {
              let data156 = data155[i28];
              if (typeof data156 == "string") {
                if (!pattern5.test(data156)) {
                  let err313 = { instancePath: instancePath + "/signals/disable/" + i28, schemaPath: "#/properties/signals/properties/disable/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"' };
                  vErrors === null ? vErrors = [err313] : vErrors.push(err313), errors++;
                }
              } else {
                let err314 = { instancePath: instancePath + "/signals/disable/" + i28, schemaPath: "#/properties/signals/properties/disable/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err314] : vErrors.push(err314), errors++;
              }
            }
          } else {
            let err315 = { instancePath: instancePath + "/signals/disable", schemaPath: "#/properties/signals/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err315] : vErrors.push(err315), errors++;
          }
        }
        if (data152.severity !== void 0) {
          let data157 = data152.severity;
          if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
            for (let key22 in data157) {
              let _errs401 = errors;
              if (typeof key22 == "string" && !pattern5.test(key22)) {
                let err316 = { instancePath: instancePath + "/signals/severity", schemaPath: "#/properties/signals/properties/severity/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', propertyName: key22 };
                vErrors === null ? vErrors = [err316] : vErrors.push(err316), errors++;
              }
              var valid117 = _errs401 === errors;
              if (!valid117) {
                let err317 = { instancePath: instancePath + "/signals/severity", schemaPath: "#/properties/signals/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key22 }, message: "property name must be valid" };
                vErrors === null ? vErrors = [err317] : vErrors.push(err317), errors++;
              }
            }
            for (let key23 in data157) {
              let data158 = data157[key23];
              if (!(data158 === "error" || data158 === "warning" || data158 === "note")) {
                let err318 = { instancePath: instancePath + "/signals/severity/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/signals/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.signals.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err318] : vErrors.push(err318), errors++;
              }
            }
          } else {
            let err319 = { instancePath: instancePath + "/signals/severity", schemaPath: "#/properties/signals/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err319] : vErrors.push(err319), errors++;
          }
        }
        if (data152.exclude !== void 0) {
          let data159 = data152.exclude;
          if (Array.isArray(data159)) {
            let len29 = data159.length;
            for (let i29 = 0; i29 < len29; i29++) {
              let data160 = data159[i29];
              if (typeof data160 == "string") {
                if (func2(data160) > 300) {
                  let err320 = { instancePath: instancePath + "/signals/exclude/" + i29, schemaPath: "#/properties/signals/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  vErrors === null ? vErrors = [err320] : vErrors.push(err320), errors++;
                }
                if (func2(data160) < 1) {
                  let err321 = { instancePath: instancePath + "/signals/exclude/" + i29, schemaPath: "#/properties/signals/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err321] : vErrors.push(err321), errors++;
                }
              } else {
                let err322 = { instancePath: instancePath + "/signals/exclude/" + i29, schemaPath: "#/properties/signals/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err322] : vErrors.push(err322), errors++;
              }
            }
          } else {
            let err323 = { instancePath: instancePath + "/signals/exclude", schemaPath: "#/properties/signals/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err323] : vErrors.push(err323), errors++;
          }
        }
      } else {
        let err324 = { instancePath: instancePath + "/signals", schemaPath: "#/properties/signals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err324] : vErrors.push(err324), errors++;
      }
    }
    let data161 = data.waivers;
    if (Array.isArray(data161)) {
      let len30 = data161.length;
      for (let i30 = 0; i30 < len30; i30++) {
        let data162 = data161[i30];
        if (data162 && typeof data162 == "object" && !Array.isArray(data162)) {
          if (data162.rule === void 0) {
            let err325 = { instancePath: instancePath + "/waivers/" + i30, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
            vErrors === null ? vErrors = [err325] : vErrors.push(err325), errors++;
          }
          if (data162.reason === void 0) {
            let err326 = { instancePath: instancePath + "/waivers/" + i30, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
            vErrors === null ? vErrors = [err326] : vErrors.push(err326), errors++;
          }
          if (data162.owner === void 0) {
            let err327 = { instancePath: instancePath + "/waivers/" + i30, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
            vErrors === null ? vErrors = [err327] : vErrors.push(err327), errors++;
          }
          if (data162.expires === void 0) {
            let err328 = { instancePath: instancePath + "/waivers/" + i30, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
            vErrors === null ? vErrors = [err328] : vErrors.push(err328), errors++;
          }
          for (let key24 in data162)
            if (!(key24 === "rule" || key24 === "reason" || key24 === "owner" || key24 === "expires" || key24 === "files")) {
              let err329 = { instancePath: instancePath + "/waivers/" + i30, schemaPath: "#/$defs/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
              vErrors === null ? vErrors = [err329] : vErrors.push(err329), errors++;
            }
          if (data162.rule !== void 0) {
            let data163 = data162.rule;
            if (typeof data163 == "string") {
              if (func2(data163) < 1) {
                let err330 = { instancePath: instancePath + "/waivers/" + i30 + "/rule", schemaPath: "#/$defs/waiver/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err330] : vErrors.push(err330), errors++;
              }
            } else {
              let err331 = { instancePath: instancePath + "/waivers/" + i30 + "/rule", schemaPath: "#/$defs/waiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err331] : vErrors.push(err331), errors++;
            }
          }
          if (data162.reason !== void 0) {
            let data164 = data162.reason;
            if (typeof data164 == "string") {
              if (func2(data164) < 1) {
                let err332 = { instancePath: instancePath + "/waivers/" + i30 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err332] : vErrors.push(err332), errors++;
              }
            } else {
              let err333 = { instancePath: instancePath + "/waivers/" + i30 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err333] : vErrors.push(err333), errors++;
            }
          }
          if (data162.owner !== void 0) {
            let data165 = data162.owner;
            if (typeof data165 == "string") {
              if (func2(data165) < 1) {
                let err334 = { instancePath: instancePath + "/waivers/" + i30 + "/owner", schemaPath: "#/$defs/waiver/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err334] : vErrors.push(err334), errors++;
              }
            } else {
              let err335 = { instancePath: instancePath + "/waivers/" + i30 + "/owner", schemaPath: "#/$defs/waiver/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err335] : vErrors.push(err335), errors++;
            }
          }
          if (data162.expires !== void 0) {
            let data166 = data162.expires;
            if (typeof data166 == "string") {
              if (!formats0.validate(data166)) {
                let err336 = { instancePath: instancePath + "/waivers/" + i30 + "/expires", schemaPath: "#/$defs/waiver/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                vErrors === null ? vErrors = [err336] : vErrors.push(err336), errors++;
              }
            } else {
              let err337 = { instancePath: instancePath + "/waivers/" + i30 + "/expires", schemaPath: "#/$defs/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err337] : vErrors.push(err337), errors++;
            }
          }
          if (data162.files !== void 0) {
            let data167 = data162.files;
            if (Array.isArray(data167)) {
              let len31 = data167.length;
              for (let i31 = 0; i31 < len31; i31++) {
                let data168 = data167[i31];
                if (typeof data168 == "string") {
                  if (func2(data168) < 1) {
                    let err338 = { instancePath: instancePath + "/waivers/" + i30 + "/files/" + i31, schemaPath: "#/$defs/waiver/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    vErrors === null ? vErrors = [err338] : vErrors.push(err338), errors++;
                  }
                } else {
                  let err339 = { instancePath: instancePath + "/waivers/" + i30 + "/files/" + i31, schemaPath: "#/$defs/waiver/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err339] : vErrors.push(err339), errors++;
                }
              }
            } else {
              let err340 = { instancePath: instancePath + "/waivers/" + i30 + "/files", schemaPath: "#/$defs/waiver/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err340] : vErrors.push(err340), errors++;
            }
          }
        } else {
          let err341 = { instancePath: instancePath + "/waivers/" + i30, schemaPath: "#/$defs/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          vErrors === null ? vErrors = [err341] : vErrors.push(err341), errors++;
        }
      }
    } else {
      let err342 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      vErrors === null ? vErrors = [err342] : vErrors.push(err342), errors++;
    }
  } else {
    let err343 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err343] : vErrors.push(err343), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var schema57 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/signal-pack.schema.json", title: "genai-compliance-gate \u6F02\u79FB\u4FE1\u53F7\u5305 signal pack", description: "\u62C9\u53D6\u8BF7\u6C42\u65B0\u589E\u5185\u5BB9\u4E2D\u8868\u660E\u5FAE\u8C03\u3001\u81EA\u90E8\u7F72\u6743\u91CD\u6216\u672A\u5907\u6848\u6A21\u578B\u7684\u4FE1\u53F7\u3002Signals in what a pull request adds that show fine-tuning, self-hosted weights or an unfiled model.", type: "object", required: ["version", "fileSets", "kindSets", "exclude", "dependencyFiles", "signals"], additionalProperties: !1, properties: { version: { description: "\u4FE1\u53F7\u5305\u683C\u5F0F\u7248\u672C\uFF0C\u5F53\u524D\u4E3A 1\u3002Signal pack format version; currently 1.", const: 1 }, fileSets: { description: "\u6309\u8BED\u8A00\u5212\u5206\u7684\u6587\u4EF6\u96C6\u5408\uFF0C\u9010\u884C\u4FE1\u53F7\u5728\u5176\u4E2D\u5339\u914D\u3002Named file sets (by language) that line signals apply to.", type: "object", propertyNames: { $ref: "#/$defs/name" }, additionalProperties: { $ref: "#/$defs/fileSet" } }, kindSets: { description: "\u5404\u7C7B\u9010\u884C\u4FE1\u53F7\u672A\u5199 in \u65F6\u9ED8\u8BA4\u5339\u914D\u7684\u6587\u4EF6\u96C6\u5408\u3002Default file sets for each kind of line signal without `in`.", type: "object", additionalProperties: !1, properties: { code: { $ref: "#/$defs/setNames" }, endpoint: { $ref: "#/$defs/setNames" }, "model-name": { $ref: "#/$defs/setNames" }, "model-card": { $ref: "#/$defs/setNames" } } }, exclude: { description: "\u4EFB\u4F55\u4FE1\u53F7\u90FD\u4E0D\u68C0\u67E5\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF0C\u5982\u9501\u6587\u4EF6\u4E0E node_modules\u3002Paths no signal looks at (globs), such as lock files and node_modules.", $ref: "#/$defs/globs" }, dependencyFiles: { description: "\u4F9D\u8D56\u58F0\u660E\u6587\u4EF6\u53CA\u5176\u683C\u5F0F\u3002Dependency declaration files and their formats.", type: "array", items: { type: "object", required: ["glob", "format"], additionalProperties: !1, properties: { glob: { $ref: "#/$defs/glob" }, format: { enum: ["requirements", "pyproject", "setup-cfg", "conda", "pipfile", "package-json"] } } } }, signals: { description: "\u4FE1\u53F7\u5217\u8868\uFF1B\u5185\u7F6E\u4FE1\u53F7\u987B\u5199\u660E\u542B\u4E49\u4E0E\u9ED8\u8BA4\u7EA7\u522B\u3002The signals; built-in ones state their meaning and default severity.", type: "array", items: { $ref: "#/$defs/packSignal" } } }, $defs: { name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, glob: { type: "string", minLength: 1, maxLength: 300 }, globs: { type: "array", items: { $ref: "#/$defs/glob" }, maxItems: 200 }, setNames: { type: "array", items: { $ref: "#/$defs/name" }, minItems: 1 }, fileSet: { type: "object", required: ["globs"], additionalProperties: !1, properties: { globs: { $ref: "#/$defs/globs" }, comments: { description: "\u6574\u884C\u6CE8\u91CA\u7684\u524D\u7F00\uFF1B\u4EE5\u5176\u5F00\u5934\u7684\u65B0\u589E\u884C\u4E0D\u505A\u4EE3\u7801\u7C7B\u5339\u914D\u3002Prefixes of whole-line comments; such added lines are not matched by code-like signals.", type: "array", items: { type: "string", minLength: 1, maxLength: 8 } } } }, signal: { description: "\u4E00\u4E2A\u4FE1\u53F7\u3002One signal.", type: "object", required: ["id", "kind", "pattern", "rule"], additionalProperties: !1, properties: { id: { description: "\u4FE1\u53F7 ID\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u8FDE\u5B57\u7B26\uFF09\u3002Signal id (lower-case letters, digits, hyphens).", $ref: "#/$defs/name" }, kind: { description: "path\uFF1A\u65B0\u589E\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF1Bdependency\uFF1A\u4F9D\u8D56\u6587\u4EF6\u65B0\u589E\u7684\u5305\u540D\uFF1Bcode\u3001endpoint\u3001model-name\uFF1A\u65B0\u589E\u884C\u7684\u6B63\u5219\uFF1Bmodel-card\uFF1A\u6A21\u578B\u5361 front matter \u65B0\u589E\u884C\u7684\u6B63\u5219\u3002path: glob on added files; dependency: package name added to a dependency file; code, endpoint, model-name: regular expression on added lines; model-card: regular expression on added front-matter lines of a model card.", enum: ["path", "dependency", "code", "endpoint", "model-name", "model-card"] }, pattern: { description: "glob\uFF08path\uFF09\u3001\u5305\u540D\uFF08dependency\uFF09\u6216\u4E0D\u542B\u5D4C\u5957\u91CF\u8BCD\u4E0E\u53CD\u5411\u5F15\u7528\u7684\u6B63\u5219\u3002A glob (path), a package name (dependency) or a regular expression without nested quantifiers or back-references.", type: "string", minLength: 1, maxLength: 500 }, flags: { description: "\u6B63\u5219\u6807\u5FD7\uFF0C\u4EC5 i\u3002Regular-expression flags: only i.", enum: ["", "i"] }, rule: { description: "\u547D\u4E2D\u65F6\u62A5\u544A\u7684\u89C4\u5219\u3002The rule a match raises.", enum: ["drift/fine-tuning-introduced", "drift/self-hosted-weights", "drift/unfiled-endpoint"] }, severity: { description: "\u767B\u8BB0\u8DEF\u5F84\u4E0A\u7684\u9ED8\u8BA4\u7EA7\u522B\uFF1B\u5907\u6848\u8DEF\u5F84\u4E0A\u4E00\u5F8B\u4E3A note\u3002Default severity on the registration path; on the filing path every signal is a note.", enum: ["error", "warning", "note"] }, meaning: { description: "\u547D\u4E2D\u8BF4\u660E\u4E86\u4EC0\u4E48\uFF08\u4E2D\u6587\u4E0E\u82F1\u6587\uFF09\u3002What a match means (Chinese and English).", type: "object", required: ["zh-CN", "en"], additionalProperties: !1, properties: { "zh-CN": { type: "string", minLength: 1, maxLength: 300 }, en: { type: "string", minLength: 1, maxLength: 300 } } }, in: { description: "\u9010\u884C\u4FE1\u53F7\u5339\u914D\u7684\u6587\u4EF6\u96C6\u5408\uFF08fileSets \u7684\u540D\u79F0\uFF09\u3002File sets a line signal applies to (names of fileSets).", $ref: "#/$defs/setNames" }, files: { description: "\u9010\u884C\u4FE1\u53F7\u53EA\u5728\u8FD9\u4E9B\u8DEF\u5F84\uFF08glob\uFF09\u4E2D\u5339\u914D\uFF0C\u4F18\u5148\u4E8E in\u3002Globs a line signal is restricted to; takes precedence over `in`.", $ref: "#/$defs/globs" }, exclude: { description: "\u4E0D\u5339\u914D\u8FD9\u4E9B\u8DEF\u5F84\uFF08glob\uFF09\u3002Paths this signal ignores (globs).", $ref: "#/$defs/globs" }, minSize: { description: "path \u4FE1\u53F7\uFF1A\u6587\u4EF6\u81F3\u5C11\u8FD9\u4E48\u5927\uFF08\u5B57\u8282\uFF09\u624D\u547D\u4E2D\uFF1BGit LFS \u6307\u9488\u6309\u5176\u58F0\u660E\u7684\u5927\u5C0F\u3002Path signals: the file must be at least this many bytes; a Git LFS pointer counts at its declared size.", type: "integer", minimum: 0 }, provider: { description: "\u5DF2\u5907\u6848\u63D0\u4F9B\u65B9\u7684\u5730\u5740\uFF1A\u6E05\u5355\u4E2D\u5DF2\u58F0\u660E\u8BE5\u63D0\u4F9B\u65B9\u4E14\u6709\u5907\u6848\u53F7\u7684\u6A21\u578B\u65F6\u4E0D\u547D\u4E2D\u3002The host of a filed provider: no match when the manifest declares a model of this provider with a filing number.", type: "object", required: ["name", "aliases"], additionalProperties: !1, properties: { name: { type: "string", minLength: 1, maxLength: 100 }, aliases: { type: "array", items: { type: "string", minLength: 1, maxLength: 100 }, minItems: 1 } } } } }, packSignal: { description: "\u5185\u7F6E\u4FE1\u53F7\uFF1A\u53E6\u987B\u5199\u660E\u542B\u4E49\u4E0E\u9ED8\u8BA4\u7EA7\u522B\u3002A built-in signal: also states its meaning and default severity.", type: "object", $ref: "#/$defs/signal", required: ["meaning", "severity"], properties: { meaning: !0, severity: !0 } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.globs === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "globs" }, message: "must have required property 'globs'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "globs" || key0 === "comments")) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.globs !== void 0 && (validate23(data.globs, { instancePath: instancePath + "/globs", parentData: data, parentDataProperty: "globs", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length)), data.comments !== void 0) {
      let data1 = data.comments;
      if (Array.isArray(data1)) {
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 == "string") {
            if (func2(data2) > 8) {
              let err2 = { instancePath: instancePath + "/comments/" + i0, schemaPath: "#/properties/comments/items/maxLength", keyword: "maxLength", params: { limit: 8 }, message: "must NOT have more than 8 characters" };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
            if (func2(data2) < 1) {
              let err3 = { instancePath: instancePath + "/comments/" + i0, schemaPath: "#/properties/comments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
            }
          } else {
            let err4 = { instancePath: instancePath + "/comments/" + i0, schemaPath: "#/properties/comments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        }
      } else {
        let err5 = { instancePath: instancePath + "/comments", schemaPath: "#/properties/comments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
  } else {
    let err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}
validate22.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.pattern === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.rule === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema66.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 == "string") {
        if (!pattern5.test(data0)) {
          let err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "path" || data1 === "dependency" || data1 === "code" || data1 === "endpoint" || data1 === "model-name" || data1 === "model-card")) {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema66.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data2 = data.pattern;
      if (typeof data2 == "string") {
        if (func2(data2) > 500) {
          let err8 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (func2(data2) < 1) {
          let err9 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.flags !== void 0) {
      let data3 = data.flags;
      if (!(data3 === "" || data3 === "i")) {
        let err11 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/enum", keyword: "enum", params: { allowedValues: schema66.properties.flags.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.rule !== void 0) {
      let data4 = data.rule;
      if (!(data4 === "drift/fine-tuning-introduced" || data4 === "drift/self-hosted-weights" || data4 === "drift/unfiled-endpoint")) {
        let err12 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/enum", keyword: "enum", params: { allowedValues: schema66.properties.rule.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.severity !== void 0) {
      let data5 = data.severity;
      if (!(data5 === "error" || data5 === "warning" || data5 === "note")) {
        let err13 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema66.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.meaning !== void 0) {
      let data6 = data.meaning;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6["zh-CN"] === void 0) {
          let err14 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'" };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        if (data6.en === void 0) {
          let err15 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        for (let key1 in data6)
          if (!(key1 === "zh-CN" || key1 === "en")) {
            let err16 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        if (data6["zh-CN"] !== void 0) {
          let data7 = data6["zh-CN"];
          if (typeof data7 == "string") {
            if (func2(data7) > 300) {
              let err17 = { instancePath: instancePath + "/meaning/zh-CN", schemaPath: "#/properties/meaning/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            if (func2(data7) < 1) {
              let err18 = { instancePath: instancePath + "/meaning/zh-CN", schemaPath: "#/properties/meaning/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
          } else {
            let err19 = { instancePath: instancePath + "/meaning/zh-CN", schemaPath: "#/properties/meaning/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
        if (data6.en !== void 0) {
          let data8 = data6.en;
          if (typeof data8 == "string") {
            if (func2(data8) > 300) {
              let err20 = { instancePath: instancePath + "/meaning/en", schemaPath: "#/properties/meaning/properties/en/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
            if (func2(data8) < 1) {
              let err21 = { instancePath: instancePath + "/meaning/en", schemaPath: "#/properties/meaning/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/meaning/en", schemaPath: "#/properties/meaning/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.in !== void 0 && (validate26(data.in, { instancePath: instancePath + "/in", parentData: data, parentDataProperty: "in", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), data.files !== void 0 && (validate23(data.files, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length)), data.exclude !== void 0 && (validate23(data.exclude, { instancePath: instancePath + "/exclude", parentData: data, parentDataProperty: "exclude", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length)), data.minSize !== void 0) {
      let data12 = data.minSize;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        let err24 = { instancePath: instancePath + "/minSize", schemaPath: "#/properties/minSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
      if (typeof data12 == "number" && isFinite(data12) && (data12 < 0 || isNaN(data12))) {
        let err25 = { instancePath: instancePath + "/minSize", schemaPath: "#/properties/minSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.provider !== void 0) {
      let data13 = data.provider;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.name === void 0) {
          let err26 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        if (data13.aliases === void 0) {
          let err27 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "aliases" }, message: "must have required property 'aliases'" };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
        for (let key2 in data13)
          if (!(key2 === "name" || key2 === "aliases")) {
            let err28 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        if (data13.name !== void 0) {
          let data14 = data13.name;
          if (typeof data14 == "string") {
            if (func2(data14) > 100) {
              let err29 = { instancePath: instancePath + "/provider/name", schemaPath: "#/properties/provider/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            if (func2(data14) < 1) {
              let err30 = { instancePath: instancePath + "/provider/name", schemaPath: "#/properties/provider/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
          } else {
            let err31 = { instancePath: instancePath + "/provider/name", schemaPath: "#/properties/provider/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data13.aliases !== void 0) {
          let data15 = data13.aliases;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              let err32 = { instancePath: instancePath + "/provider/aliases", schemaPath: "#/properties/provider/properties/aliases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            let len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data16 = data15[i0];
              if (typeof data16 == "string") {
                if (func2(data16) > 100) {
                  let err33 = { instancePath: instancePath + "/provider/aliases/" + i0, schemaPath: "#/properties/provider/properties/aliases/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
                if (func2(data16) < 1) {
                  let err34 = { instancePath: instancePath + "/provider/aliases/" + i0, schemaPath: "#/properties/provider/properties/aliases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
              } else {
                let err35 = { instancePath: instancePath + "/provider/aliases/" + i0, schemaPath: "#/properties/provider/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
          } else {
            let err36 = { instancePath: instancePath + "/provider/aliases", schemaPath: "#/properties/provider/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
      } else {
        let err37 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
  } else {
    let err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
  }
  return validate33.errors = vErrors, errors === 0;
}
validate33.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), validate33(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.meaning === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meaning" }, message: "must have required property 'meaning'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.severity === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
validate32.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.fileSets === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fileSets" }, message: "must have required property 'fileSets'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.kindSets === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kindSets" }, message: "must have required property 'kindSets'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.exclude === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exclude" }, message: "must have required property 'exclude'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.dependencyFiles === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dependencyFiles" }, message: "must have required property 'dependencyFiles'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.signals === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signals" }, message: "must have required property 'signals'" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "fileSets" || key0 === "kindSets" || key0 === "exclude" || key0 === "dependencyFiles" || key0 === "signals")) {
        let err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    if (data.version !== void 0 && data.version !== 1) {
      let err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.fileSets !== void 0) {
      let data1 = data.fileSets;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (let key1 in data1) {
          let _errs5 = errors;
          if (typeof key1 == "string") {
            if (!pattern5.test(key1)) {
              let err8 = { instancePath: instancePath + "/fileSets", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', propertyName: key1 };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
          } else {
            let err9 = { instancePath: instancePath + "/fileSets", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            let err10 = { instancePath: instancePath + "/fileSets", schemaPath: "#/properties/fileSets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
        for (let key2 in data1)
          validate22(data1[key2], { instancePath: instancePath + "/fileSets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length);
      } else {
        let err11 = { instancePath: instancePath + "/fileSets", schemaPath: "#/properties/fileSets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.kindSets !== void 0) {
      let data3 = data.kindSets;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (let key3 in data3)
          if (!(key3 === "code" || key3 === "endpoint" || key3 === "model-name" || key3 === "model-card")) {
            let err12 = { instancePath: instancePath + "/kindSets", schemaPath: "#/properties/kindSets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        data3.code !== void 0 && (validate26(data3.code, { instancePath: instancePath + "/kindSets/code", parentData: data3, parentDataProperty: "code", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), data3.endpoint !== void 0 && (validate26(data3.endpoint, { instancePath: instancePath + "/kindSets/endpoint", parentData: data3, parentDataProperty: "endpoint", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), data3["model-name"] !== void 0 && (validate26(data3["model-name"], { instancePath: instancePath + "/kindSets/model-name", parentData: data3, parentDataProperty: "model-name", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), data3["model-card"] !== void 0 && (validate26(data3["model-card"], { instancePath: instancePath + "/kindSets/model-card", parentData: data3, parentDataProperty: "model-card", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length));
      } else {
        let err13 = { instancePath: instancePath + "/kindSets", schemaPath: "#/properties/kindSets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.exclude !== void 0 && (validate23(data.exclude, { instancePath: instancePath + "/exclude", parentData: data, parentDataProperty: "exclude", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length)), data.dependencyFiles !== void 0) {
      let data9 = data.dependencyFiles;
      if (Array.isArray(data9)) {
        let len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.glob === void 0) {
              let err14 = { instancePath: instancePath + "/dependencyFiles/" + i0, schemaPath: "#/properties/dependencyFiles/items/required", keyword: "required", params: { missingProperty: "glob" }, message: "must have required property 'glob'" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            if (data10.format === void 0) {
              let err15 = { instancePath: instancePath + "/dependencyFiles/" + i0, schemaPath: "#/properties/dependencyFiles/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
            for (let key4 in data10)
              if (!(key4 === "glob" || key4 === "format")) {
                let err16 = { instancePath: instancePath + "/dependencyFiles/" + i0, schemaPath: "#/properties/dependencyFiles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            if (data10.glob !== void 0) {
              let data11 = data10.glob;
              if (typeof data11 == "string") {
                if (func2(data11) > 300) {
                  let err17 = { instancePath: instancePath + "/dependencyFiles/" + i0 + "/glob", schemaPath: "#/$defs/glob/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
                if (func2(data11) < 1) {
                  let err18 = { instancePath: instancePath + "/dependencyFiles/" + i0 + "/glob", schemaPath: "#/$defs/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                }
              } else {
                let err19 = { instancePath: instancePath + "/dependencyFiles/" + i0 + "/glob", schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            }
            if (data10.format !== void 0) {
              let data12 = data10.format;
              if (!(data12 === "requirements" || data12 === "pyproject" || data12 === "setup-cfg" || data12 === "conda" || data12 === "pipfile" || data12 === "package-json")) {
                let err20 = { instancePath: instancePath + "/dependencyFiles/" + i0 + "/format", schemaPath: "#/properties/dependencyFiles/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema57.properties.dependencyFiles.items.properties.format.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
          } else {
            let err21 = { instancePath: instancePath + "/dependencyFiles/" + i0, schemaPath: "#/properties/dependencyFiles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
      } else {
        let err22 = { instancePath: instancePath + "/dependencyFiles", schemaPath: "#/properties/dependencyFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.signals !== void 0) {
      let data13 = data.signals;
      if (Array.isArray(data13)) {
        let len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++)
          validate32(data13[i1], { instancePath: instancePath + "/signals/" + i1, parentData: data13, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
      } else {
        let err23 = { instancePath: instancePath + "/signals", schemaPath: "#/properties/signals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
  } else {
    let err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };

// src/manifest/validate.ts
function run(value) {
  return validateCompliance(value) ? [] : (validateCompliance.errors ?? []).map((error) => ({
    pointer: error.instancePath,
    keyword: error.keyword,
    params: error.params
  }));
}
var WAIVER_POINTER = /^\/waivers\/(\d+)(\/|$)/;
function validateManifest(value) {
  let first = run(value), byWaiver = /* @__PURE__ */ new Map();
  for (let problem of first) {
    let match = WAIVER_POINTER.exec(problem.pointer);
    if (!match) continue;
    let index = Number(match[1]);
    byWaiver.set(index, [...byWaiver.get(index) ?? [], problem]);
  }
  let record = value, waivers = (Array.isArray(record.waivers) ? record.waivers : []).flatMap(
    (waiver, index) => byWaiver.has(index) ? [] : [{ index, waiver }]
  ), invalidWaivers = [...byWaiver].map(([index, problems2]) => ({ index, problems: problems2 })), problems = first;
  return byWaiver.size > 0 && (record.waivers = waivers.map((w) => w.waiver), problems = run(value)), problems.length === 0 ? { manifest: value, problems, invalidWaivers, waivers } : { problems, invalidWaivers, waivers };
}

// src/manifest/load.ts
var MANIFEST_SIZE_LIMIT = 1024 * 1024, MANIFEST_NODE_LIMIT = 1e5;
function exceedsNodeBudget(value, limit) {
  let count = 0, stack = [value];
  for (; stack.length > 0; ) {
    let node = stack.pop();
    if (++count > limit) return !0;
    if (Array.isArray(node)) for (let item of node) stack.push(item);
    else if (node !== null && typeof node == "object")
      for (let item of Object.values(node)) stack.push(item);
  }
  return !1;
}
function parseYaml(source, filename) {
  let lines = new LineIndex(source), recorder = new PositionRecorder(lines);
  try {
    return { ok: !0, value: yaml.load(source, {
      filename,
      schema: yaml.CORE_SCHEMA,
      listener: recorder.listener,
      maxDepth: 64
    }), positions: recorder.build() };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      let mark = error.mark;
      return {
        ok: !1,
        reason: error.reason,
        ...mark ? { line: mark.line + 1, column: mark.column + 1 } : {}
      };
    }
    return { ok: !1, reason: error instanceof Error ? error.message : String(error) };
  }
}
function loadManifest(root, manifestPath) {
  let read = readTextInRoot(root, manifestPath, MANIFEST_SIZE_LIMIT);
  if (!read.ok)
    return {
      file: read.problem.file,
      source: "",
      positions: /* @__PURE__ */ new Map(),
      problems: [{ kind: "read", problem: read.problem }],
      invalidWaivers: [],
      waivers: []
    };
  let file = read.value.file.rel, source = read.value.text, base = { file, source, invalidWaivers: [], waivers: [] }, parsed = parseYaml(source, file);
  if (!parsed.ok) {
    let { reason, line, column } = parsed;
    return {
      ...base,
      positions: /* @__PURE__ */ new Map(),
      problems: [{ kind: "syntax", reason, ...line ? { line, column } : {} }]
    };
  }
  let { value, positions } = parsed;
  if (value === null || typeof value != "object" || Array.isArray(value)) {
    let line = value == null ? 1 : positions.get("")?.value.line ?? 1;
    return { ...base, positions, raw: value, problems: [{ kind: "not-a-mapping", line }] };
  }
  if (exceedsNodeBudget(value, MANIFEST_NODE_LIMIT))
    return { ...base, positions, problems: [{ kind: "too-complex", limit: MANIFEST_NODE_LIMIT }] };
  let validated = validateManifest(value), { invalidWaivers, waivers } = validated, problems = validated.problems.length > 0 ? [{ kind: "schema", problems: validated.problems }] : [];
  return {
    ...base,
    positions,
    raw: value,
    manifest: validated.manifest,
    problems,
    invalidWaivers,
    waivers
  };
}
function positionOf(positions, pointer, prefer = "value") {
  let exact = positions.get(pointer);
  if (exact) return prefer === "key" ? exact.key ?? exact.value : exact.value;
  let current = pointer;
  for (; current !== ""; ) {
    current = current.slice(0, current.lastIndexOf("/"));
    let found = positions.get(current);
    if (found) return found.key ?? found.value;
  }
  return { line: 1, column: 1 };
}

export {
  decodeText,
  resolveInRoot,
  statInRoot,
  readBytesInRoot,
  readTextInRoot,
  escapePointerToken,
  fieldName,
  LineIndex,
  validateManifest,
  parseYaml,
  loadManifest,
  positionOf
};
