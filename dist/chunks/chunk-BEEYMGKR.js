import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

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

// src/context.ts
import path from "node:path";

// schemas/compliance.schema.json
var compliance_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json",
  title: "genai-compliance-gate \u5408\u89C4\u6E05\u5355 compliance.yml",
  description: "\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u5907\u6848/\u767B\u8BB0\u5408\u89C4\u6E05\u5355\u3002Manifest of a Chinese generative-AI service for CAC filing (\u5907\u6848) or registration (\u767B\u8BB0).",
  type: "object",
  required: ["version", "path", "service"],
  additionalProperties: !1,
  properties: {
    version: {
      description: "\u6E05\u5355\u683C\u5F0F\u7248\u672C\uFF0C\u5F53\u524D\u4E3A 1\u3002Manifest format version; currently 1.",
      const: 1
    },
    path: {
      description: "\u7533\u62A5\u8DEF\u5F84\uFF1Aregistration\uFF08\u767B\u8BB0\uFF0C\u4EC5\u8C03\u7528\u5DF2\u5907\u6848\u6A21\u578B\uFF09\u3001filing\uFF08\u5907\u6848\uFF0C\u81EA\u7814/\u5FAE\u8C03/\u81EA\u90E8\u7F72\uFF09\u3001exempt\uFF08\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF09\u3002Declared path: registration (calls a filed model only), filing (self-developed, fine-tuned or self-hosted), exempt (needs exempt_reason).",
      enum: ["registration", "filing", "exempt"]
    },
    exempt_reason: {
      description: "path \u4E3A exempt \u65F6\u7684\u7406\u7531\uFF0C\u4F8B\u5982\u4EC5\u9650\u4F01\u4E1A\u5185\u90E8\u4F7F\u7528\u3001\u4E0D\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Why no filing or registration is needed (path: exempt).",
      type: "string",
      minLength: 1
    },
    service: {
      description: "\u670D\u52A1\u4FE1\u606F\u3002The service.",
      type: "object",
      required: ["name", "entity"],
      additionalProperties: !1,
      properties: {
        name: {
          description: "\u670D\u52A1\u540D\u79F0\u3002Service name.",
          type: "string",
          minLength: 1
        },
        entity: {
          description: "\u8FD0\u8425\u4E3B\u4F53\u7684\u6CD5\u5B9A\u540D\u79F0\uFF0C\u987B\u4E0E\u8425\u4E1A\u6267\u7167\u3001\u5408\u540C\u3001\u7533\u8BF7\u8868\u4E00\u81F4\u3002Legal entity name; must match the licence, contract and application form.",
          type: "string",
          minLength: 1
        },
        credit_code: {
          description: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0818 \u4F4D\uFF0C\u542B\u6821\u9A8C\u7801\uFF0CGB 32100\uFF09\u3002\u8BF7\u52A0\u5F15\u53F7\u3002Unified social credit code (18 characters with check digit, GB 32100). Quote it.",
          type: "string"
        },
        scenario: {
          description: "\u670D\u52A1\u573A\u666F\uFF0C\u987B\u5177\u4F53\uFF08\u8FC7\u4E8E\u7B3C\u7EDF\u662F\u5E38\u89C1\u9A73\u56DE\u539F\u56E0\uFF09\u3002Service scenario, stated precisely.",
          type: "string"
        },
        scope: {
          description: "\u670D\u52A1\u8303\u56F4\u4E0E\u5BF9\u8C61\u3002Service scope and users.",
          type: "string"
        },
        public_facing: {
          description: "\u662F\u5426\u9762\u5411\u5883\u5185\u516C\u4F17\u63D0\u4F9B\u4E14\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Offered to the public in the PRC with public-opinion attributes or social-mobilisation capability.",
          type: "boolean",
          default: !0
        },
        online_number: {
          description: "\u767B\u8BB0\u901A\u8FC7\u540E\u7684\u4E0A\u7EBF\u7F16\u53F7\uFF1B\u8BBE\u7F6E\u540E\u987B\u5728\u5C55\u793A\u9875\u9762\u663E\u8457\u5C55\u793A\u3002Online number (\u4E0A\u7EBF\u7F16\u53F7) once granted; then it must be displayed.",
          type: ["string", "null"],
          default: null
        },
        display_pages: {
          description: "\u5C55\u793A\u4E0A\u7EBF\u7F16\u53F7\u7684\u9875\u9762\u6E90\u6587\u4EF6\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002Source files of the pages that display the online number.",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          default: []
        },
        algorithm_filing_number: {
          description: "\u7B97\u6CD5\u5907\u6848\u7F16\u53F7\uFF08\u7F51\u4FE1\u7B97\u5907\u2026\u2026\u53F7\uFF09\uFF0C\u5907\u6848\u8DEF\u5F84\u9700\u8981\u3002Algorithm filing number (\u7F51\u4FE1\u7B97\u5907\u2026\u53F7), needed on the filing path.",
          type: ["string", "null"],
          default: null
        }
      }
    },
    models: {
      description: "\u670D\u52A1\u4F7F\u7528\u7684\u6A21\u578B\u3002The models the service uses.",
      type: "array",
      items: {
        type: "object",
        required: ["provider", "name"],
        additionalProperties: !1,
        properties: {
          provider: {
            description: "\u6A21\u578B\u63D0\u4F9B\u65B9\u3002Model provider.",
            type: "string",
            minLength: 1
          },
          name: {
            description: "\u6A21\u578B\u540D\u79F0\u3002Model name.",
            type: "string",
            minLength: 1
          },
          source: {
            description: "third-party\uFF08\u8C03\u7528\u7B2C\u4E09\u65B9\u6A21\u578B\uFF09\u3001self-developed\uFF08\u81EA\u7814\uFF09\u3001open-weights\uFF08\u81EA\u90E8\u7F72\u5F00\u6E90\u6743\u91CD\uFF09\u3002Where the model comes from.",
            enum: ["third-party", "self-developed", "open-weights"],
            default: "third-party"
          },
          filing_number: {
            description: "\u6A21\u578B\u7684\u5907\u6848\u53F7\uFF0C\u4F8B\u5982 Beijing-DeepseekChat-202404280016\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u3002The model's filing number (case-insensitive).",
            type: ["string", "null"],
            default: null
          },
          fine_tuning: {
            description: "\u5BF9\u6A21\u578B\u7684\u5FAE\u8C03\u6216\u4E8C\u6B21\u5F00\u53D1\uFF1B\u4EFB\u4F55\u5FAE\u8C03\u90FD\u9700\u8D70\u5907\u6848\u8DEF\u5F84\u3002Fine-tuning or secondary development; any of it requires filing.",
            enum: [
              "none",
              "lora",
              "full",
              "rlhf",
              "dpo",
              "distillation",
              "continued-pretraining"
            ],
            default: "none"
          },
          agreement: {
            description: "\u4E0E\u6A21\u578B\u63D0\u4F9B\u65B9\u7684 API \u534F\u8BAE\u6216\u670D\u52A1\u5408\u540C\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\uFF0C\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\u3002API agreement or contract with the provider (stamped), relative to the repository root.",
            type: "string",
            minLength: 1
          },
          endpoint: {
            description: "\u8C03\u7528\u7684 API \u5730\u5740\uFF08\u53EF\u9009\uFF09\u3002The API base URL the service calls (optional).",
            type: "string"
          }
        }
      }
    },
    materials: {
      description: "\u7533\u62A5\u6750\u6599\u6587\u4EF6\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\uFF1B\u6240\u9700\u6750\u6599\u53D6\u51B3\u4E8E\u8DEF\u5F84\u3002Paths of the application materials; which are required depends on the path.",
      type: "object",
      additionalProperties: !1,
      properties: {
        business_license: {
          description: "\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\u3002Business licence copy (stamped).",
          type: "string",
          minLength: 1
        },
        legal_representative_id: {
          description: "\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E\u3002Legal representative ID proof.",
          type: "string",
          minLength: 1
        },
        contact_form: {
          description: "\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868\u3002Contact-person form.",
          type: "string",
          minLength: 1
        },
        application_form: {
          description: "\u300A\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\u8868\u300B\u6216\u5907\u6848\u7533\u8BF7\u8868\u3002Application form.",
          type: "string",
          minLength: 1
        },
        security_assessment: {
          description: "\u5B89\u5168\u8BC4\u4F30\u62A5\u544A\uFF08\u5907\u6848\u8DEF\u5F84\u5FC5\u9700\uFF09\u3002Security assessment report (filing path).",
          type: "string",
          minLength: 1
        }
      }
    },
    content_safety: {
      description: "\u5185\u5BB9\u5B89\u5168\u6750\u6599\u3002Content-safety materials.",
      type: "object",
      additionalProperties: !1,
      properties: {
        lexicon: {
          description: "\u62E6\u622A\u5173\u952E\u8BCD\u5E93\u3002Interception keyword lexicon.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.",
              type: "string",
              minLength: 1
            },
            update: {
              description: "\u52A8\u6001\u66F4\u65B0\u673A\u5236\u3002Update mechanism.",
              type: "object",
              additionalProperties: !1,
              properties: {
                owner: {
                  description: "\u8D1F\u8D23\u4EBA\u3002Owner.",
                  type: "string",
                  minLength: 1
                },
                cadence_days: {
                  description: "\u66F4\u65B0\u5468\u671F\uFF08\u5929\uFF09\u3002Review cadence in days.",
                  type: "integer",
                  minimum: 1
                },
                last_reviewed: {
                  description: "\u6700\u8FD1\u4E00\u6B21\u5BA1\u6838\u65E5\u671F\uFF08YYYY-MM-DD\uFF09\u3002Date of the last review.",
                  type: "string",
                  format: "date"
                }
              }
            }
          }
        },
        test_set: {
          description: "\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6\u3002Evaluation test set.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.",
              type: "string",
              minLength: 1
            }
          }
        },
        management_system: {
          description: "\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6\u6587\u4EF6\u3002Content-safety management system document.",
          type: "string",
          minLength: 1
        }
      }
    },
    policies: {
      description: "\u7528\u6237\u6743\u76CA\u6587\u4EF6\u3002User-rights documents.",
      type: "object",
      additionalProperties: !1,
      properties: {
        privacy: {
          description: "\u9690\u79C1\u653F\u7B56\u3002Privacy policy.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.",
              type: "string",
              minLength: 1
            },
            retention_months: {
              description: "\u4E2A\u4EBA\u4FE1\u606F\u6700\u957F\u4FDD\u5B58\u671F\u9650\uFF08\u6708\uFF09\u3002Declared maximum retention in months.",
              type: "integer",
              minimum: 1
            }
          }
        },
        service_agreement: {
          description: "\u7528\u6237\u670D\u52A1\u534F\u8BAE\u3002Service agreement.",
          type: "object",
          required: ["path"],
          additionalProperties: !1,
          properties: {
            path: {
              description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.",
              type: "string",
              minLength: 1
            }
          }
        }
      }
    },
    test_access: {
      description: "\u4F9B\u5BA1\u6838\u6280\u672F\u9A8C\u8BC1\u7684\u6D4B\u8BD5\u8D26\u53F7\u4E0E\u63A5\u53E3\u8BF4\u660E\u6587\u6863\uFF08\u4E0D\u5F97\u5728\u4ED3\u5E93\u4E2D\u4FDD\u5B58\u5BC6\u94A5\uFF09\u3002Test account and API documentation for reviewers (never a secret in the repository).",
      type: "object",
      additionalProperties: !1,
      properties: {
        account_doc: {
          description: "\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E\u3002Test account notes.",
          type: "string",
          minLength: 1
        },
        api_doc: {
          description: "\u63A5\u53E3\u8BF4\u660E\u3002API interface information.",
          type: "string",
          minLength: 1
        }
      }
    },
    gate: {
      description: "\u95E8\u7981\u884C\u4E3A\uFF1B\u547D\u4EE4\u884C\u53C2\u6570\u548C Action \u8F93\u5165\u53EF\u8986\u76D6\u3002Gate behaviour; CLI flags and Action inputs override it.",
      type: "object",
      additionalProperties: !1,
      default: {},
      properties: {
        fail_on: {
          description: "\u8FBE\u5230\u8BE5\u7EA7\u522B\u7684\u95EE\u9898\u4F7F\u95E8\u7981\u5931\u8D25\uFF1Aerror\u3001warning\u3001note \u6216 never\u3002Findings at or above this severity fail the gate.",
          enum: ["error", "warning", "note", "never"],
          default: "error"
        },
        lang: {
          description: "\u62A5\u544A\u8BED\u8A00\u3002Report language.",
          enum: ["zh-CN", "en"],
          default: "zh-CN"
        }
      }
    },
    rules: {
      description: "\u6309\u89C4\u5219\u8C03\u6574\u7EA7\u522B\uFF0C\u6216\u4EE5 off \u5173\u95ED\u3002Per-rule severity, or off.",
      type: "object",
      propertyNames: {
        pattern: "^[a-z]+/[a-z0-9-]+$"
      },
      additionalProperties: {
        enum: ["error", "warning", "note", "off"]
      }
    },
    waivers: {
      description: "\u8C41\u514D\uFF1A\u6BCF\u6761\u987B\u5305\u542B rule\u3001reason\u3001owner\u3001expires\uFF1B\u8FC7\u671F\u7684\u8C41\u514D\u4F1A\u4F7F\u95E8\u7981\u5931\u8D25\u3002Waivers: each needs rule, reason, owner, expires; an expired waiver fails the gate.",
      type: "array",
      items: {
        $ref: "#/$defs/waiver"
      },
      default: []
    }
  },
  $defs: {
    waiver: {
      type: "object",
      required: ["rule", "reason", "owner", "expires"],
      additionalProperties: !1,
      properties: {
        rule: {
          description: "\u88AB\u8C41\u514D\u7684\u89C4\u5219 ID\u3002Rule id.",
          type: "string",
          minLength: 1
        },
        reason: {
          description: "\u7406\u7531\u3002Reason.",
          type: "string",
          minLength: 1
        },
        owner: {
          description: "\u8D1F\u8D23\u4EBA\u3002Owner.",
          type: "string",
          minLength: 1
        },
        expires: {
          description: "\u5230\u671F\u65E5\uFF08YYYY-MM-DD\uFF09\u3002Expiry date.",
          type: "string",
          format: "date"
        },
        files: {
          description: "\u4EC5\u8C41\u514D\u8FD9\u4E9B\u6587\u4EF6\u4E2D\u7684\u95EE\u9898\uFF08glob\uFF09\u3002Only findings in these files (globs).",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      }
    }
  }
};

// src/context.ts
var DEFAULT_MANIFEST = "compliance.yml", DEFAULT_FAIL_ON = compliance_schema_default.properties.gate.properties.fail_on.default, DEFAULT_LANG = compliance_schema_default.properties.gate.properties.lang.default, FAIL_ON_VALUES = ["error", "warning", "note", "never"], LANG_VALUES = ["zh-CN", "en"];
function todayInChina(now = /* @__PURE__ */ new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}
function createContext(options) {
  return {
    root: path.resolve(options.dir ?? "."),
    manifest: options.manifest ?? DEFAULT_MANIFEST,
    ...options.base ? { base: options.base } : {},
    ...options.head ? { head: options.head } : {},
    ...options.lang ? { lang: options.lang } : {},
    ...options.failOn ? { failOn: options.failOn } : {},
    today: options.today ?? todayInChina()
  };
}

// src/data/project.ts
var TOOL_NAME = "genai-compliance-gate", TOOL_VERSION = "0.1.0", REPOSITORY_URL = "https://github.com/genai-compliance-gate/genai-compliance-gate", DOCS_URL = `${REPOSITORY_URL}/blob/main/docs`;
function ruleHelpUri(ruleId) {
  return `${DOCS_URL}/rules/${ruleId}.md`;
}

// src/finding.ts
function text(zh2, en2) {
  return { "zh-CN": zh2, en: en2 };
}
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
function atLeast(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function compareFindings(a, b) {
  let fa = a.file ?? "", fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  let la = a.line ?? 0, lb = b.line ?? 0;
  return la !== lb ? la - lb : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

// src/data/profiles.ts
var PROFILES = {
  registration: { name: "registration" },
  filing: { name: "filing" }
};
function profileFor(path4) {
  return path4 === "filing" ? PROFILES.filing : PROFILES.registration;
}

// src/data/path-decision.ts
function modelRequiresFiling(model) {
  if (model.source === "self-developed") return "self-developed";
  if (model.source === "open-weights") return "open-weights";
  if (model.fine_tuning !== "none") return "fine-tuning";
}
function requiredPath(manifest) {
  if (!manifest.service.public_facing) return { path: "exempt", reasons: [{ why: "not-public" }] };
  let reasons = [];
  return (manifest.models ?? []).forEach((model, index) => {
    let why = modelRequiresFiling(model);
    why && reasons.push({ model: index, why });
  }), reasons.length > 0 ? { path: "filing", reasons } : { path: "registration", reasons: [{ why: "third-party-api" }] };
}

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
import path2 from "node:path";

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
    let text2 = decode("utf-8", bytes, !1);
    return text2 === void 0 || text2.includes("\0") ? void 0 : { text: text2, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 255 && bytes[1] === 254) {
    let text2 = decode("utf-16le", bytes, !1);
    return text2 === void 0 || text2.includes("\0") ? void 0 : { text: text2, encoding: "utf-16le" };
  }
  if (bytes[0] === 254 && bytes[1] === 255) {
    let text2 = decode("utf-16be", bytes, !1);
    return text2 === void 0 || text2.includes("\0") ? void 0 : { text: text2, encoding: "utf-16be" };
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
  let text2 = decode(encoding, bytes, !0);
  return text2 === void 0 || text2.includes("\0") ? void 0 : { text: text2, encoding };
}
function looksBinary(text2) {
  let control = 0, end = Math.min(text2.length, 65536);
  for (let i = 0; i < end; i++) {
    let c = text2.charCodeAt(i);
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
  let rel = path2.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
function resolveInRoot(root, userPath) {
  let fail = (code, detail) => ({
    ok: !1,
    problem: { code, file: userPath, ...detail === void 0 ? {} : { detail } }
  });
  if (userPath.length === 0 || userPath.length > 4096 || userPath.includes("\0"))
    return fail("invalid-path");
  if (path2.isAbsolute(userPath) || /^[a-zA-Z]:[\\/]/.test(userPath) || userPath.startsWith("\\\\"))
    return fail("outside-root", "absolute");
  let normalized = path2.posix.normalize(userPath.replace(/\\/g, "/"));
  if (normalized === ".." || normalized.startsWith("../")) return fail("outside-root", "..");
  let rootReal = realRoot(root), abs = path2.join(rootReal, normalized), real;
  try {
    real = realpathSync(abs);
  } catch (error) {
    let code = error.code;
    return code === "ELOOP" ? fail("unreadable", "symlink loop") : code === "ENOENT" || code === "ENOTDIR" ? { ok: !1, problem: { code: "missing", file: normalized.replace(/^\.\//, "") } } : fail("unreadable", code);
  }
  if (!isInside(rootReal, real)) return fail("outside-root", "symlink");
  let rel = path2.relative(rootReal, abs).split(path2.sep).join("/");
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

// src/evidence/files.ts
function namedPaths(manifest) {
  let out = [], add = (pointer, value) => {
    typeof value == "string" && out.push({ pointer, path: value });
  };
  for (let [key, value] of Object.entries(manifest.materials ?? {}))
    add(`/materials/${key}`, value);
  return (manifest.models ?? []).forEach((model, i) => add(`/models/${i}/agreement`, model.agreement)), add("/test_access/account_doc", manifest.test_access?.account_doc), add("/test_access/api_doc", manifest.test_access?.api_doc), add("/content_safety/lexicon/path", manifest.content_safety?.lexicon?.path), add("/content_safety/test_set/path", manifest.content_safety?.test_set?.path), add("/content_safety/management_system", manifest.content_safety?.management_system), add("/policies/privacy/path", manifest.policies?.privacy?.path), add("/policies/service_agreement/path", manifest.policies?.service_agreement?.path), manifest.service.display_pages.forEach((page, i) => add(`/service/display_pages/${i}`, page)), out;
}
function checkNamedPaths(root, manifest) {
  let checks = /* @__PURE__ */ new Map();
  for (let { pointer, path: path4 } of namedPaths(manifest)) checks.set(pointer, statInRoot(root, path4));
  return checks;
}

// src/evidence/gather.ts
async function gatherEvidence(root, manifest) {
  return { files: checkNamedPaths(root, manifest) };
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
    let re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match2, foundLineNo = -1;
    for (; match2 = re.exec(mark.buffer); )
      lineEnds.push(match2.index), lineStarts.push(match2.index + match2[0].length), mark.position <= match2.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
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
    let fraction = 0, delta = null, match2 = YAML_DATE_REGEXP.exec(data);
    if (match2 === null && (match2 = YAML_TIMESTAMP_REGEXP.exec(data)), match2 === null) throw new Error("Date resolve error");
    let year = +match2[1], month = +match2[2] - 1, day = +match2[3];
    if (!match2[4])
      return new Date(Date.UTC(year, month, day));
    let hour = +match2[4], minute = +match2[5], second = +match2[6];
    if (match2[7]) {
      for (fraction = match2[7].slice(0, 3); fraction.length < 3; )
        fraction += "0";
      fraction = +fraction;
    }
    if (match2[9]) {
      let tzHour = +match2[10], tzMinute = +(match2[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4, match2[9] === "-" && (delta = -delta);
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
      let pair2 = object[index], pairHasKey = !1;
      if (_toString.call(pair2) !== "[object Object]") return !1;
      let pairKey;
      for (pairKey in pair2)
        if (_hasOwnProperty.call(pair2, pairKey))
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
      let pair2 = object[index];
      if (_toString.call(pair2) !== "[object Object]") return !1;
      let keys = Object.keys(pair2);
      if (keys.length !== 1) return !1;
      result[index] = [keys[0], pair2[keys[0]]];
    }
    return !0;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair2 = object[index], keys = Object.keys(pair2);
      result[index] = [keys[0], pair2[keys[0]]];
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
  function State2(input, options) {
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
      let match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      match2 === null && throwError(state, "ill-formed argument of the YAML directive");
      let major = parseInt(match2[1], 10), minor = parseInt(match2[2], 10);
      major !== 1 && throwError(state, "unacceptable YAML version of the document"), state.version = args[0], state.checkLineBreaks = minor < 2, minor !== 1 && minor !== 2 && throwWarning(state, "unsupported YAML version of the document");
    },
    TAG: function(state, name, args) {
      let prefix2;
      args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
      let handle = args[0];
      prefix2 = args[1], PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), _hasOwnProperty.call(state.tagMap, handle) && throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle'), PATTERN_TAG_URI.test(prefix2) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      try {
        prefix2 = decodeURIComponent(prefix2);
      } catch {
        throwError(state, "tag prefix is malformed: " + prefix2);
      }
      state.tagMap[handle] = prefix2;
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
    let state = new State2(input, options), nullpos = input.indexOf("\0");
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
  function State2(options) {
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
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
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
` || string[0] === " ", moreIndented, match2;
    for (; match2 = lineRe.exec(string); ) {
      let prefix2 = match2[1], line = match2[2];
      moreIndented = line[0] === " ", result += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    let breakRe = / [^ ]/g, match2, start = 0, end, curr = 0, next = 0, result = "";
    for (; match2 = breakRe.exec(line); )
      next = match2.index, next - start > width && (end = curr > start ? curr : next, result += `
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
    let state = new State2(options);
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
var validateCompliance = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json", title: "genai-compliance-gate \u5408\u89C4\u6E05\u5355 compliance.yml", description: "\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u5907\u6848/\u767B\u8BB0\u5408\u89C4\u6E05\u5355\u3002Manifest of a Chinese generative-AI service for CAC filing (\u5907\u6848) or registration (\u767B\u8BB0).", type: "object", required: ["version", "path", "service"], additionalProperties: !1, properties: { version: { description: "\u6E05\u5355\u683C\u5F0F\u7248\u672C\uFF0C\u5F53\u524D\u4E3A 1\u3002Manifest format version; currently 1.", const: 1 }, path: { description: "\u7533\u62A5\u8DEF\u5F84\uFF1Aregistration\uFF08\u767B\u8BB0\uFF0C\u4EC5\u8C03\u7528\u5DF2\u5907\u6848\u6A21\u578B\uFF09\u3001filing\uFF08\u5907\u6848\uFF0C\u81EA\u7814/\u5FAE\u8C03/\u81EA\u90E8\u7F72\uFF09\u3001exempt\uFF08\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF09\u3002Declared path: registration (calls a filed model only), filing (self-developed, fine-tuned or self-hosted), exempt (needs exempt_reason).", enum: ["registration", "filing", "exempt"] }, exempt_reason: { description: "path \u4E3A exempt \u65F6\u7684\u7406\u7531\uFF0C\u4F8B\u5982\u4EC5\u9650\u4F01\u4E1A\u5185\u90E8\u4F7F\u7528\u3001\u4E0D\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Why no filing or registration is needed (path: exempt).", type: "string", minLength: 1 }, service: { description: "\u670D\u52A1\u4FE1\u606F\u3002The service.", type: "object", required: ["name", "entity"], additionalProperties: !1, properties: { name: { description: "\u670D\u52A1\u540D\u79F0\u3002Service name.", type: "string", minLength: 1 }, entity: { description: "\u8FD0\u8425\u4E3B\u4F53\u7684\u6CD5\u5B9A\u540D\u79F0\uFF0C\u987B\u4E0E\u8425\u4E1A\u6267\u7167\u3001\u5408\u540C\u3001\u7533\u8BF7\u8868\u4E00\u81F4\u3002Legal entity name; must match the licence, contract and application form.", type: "string", minLength: 1 }, credit_code: { description: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0818 \u4F4D\uFF0C\u542B\u6821\u9A8C\u7801\uFF0CGB 32100\uFF09\u3002\u8BF7\u52A0\u5F15\u53F7\u3002Unified social credit code (18 characters with check digit, GB 32100). Quote it.", type: "string" }, scenario: { description: "\u670D\u52A1\u573A\u666F\uFF0C\u987B\u5177\u4F53\uFF08\u8FC7\u4E8E\u7B3C\u7EDF\u662F\u5E38\u89C1\u9A73\u56DE\u539F\u56E0\uFF09\u3002Service scenario, stated precisely.", type: "string" }, scope: { description: "\u670D\u52A1\u8303\u56F4\u4E0E\u5BF9\u8C61\u3002Service scope and users.", type: "string" }, public_facing: { description: "\u662F\u5426\u9762\u5411\u5883\u5185\u516C\u4F17\u63D0\u4F9B\u4E14\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u3002Offered to the public in the PRC with public-opinion attributes or social-mobilisation capability.", type: "boolean", default: !0 }, online_number: { description: "\u767B\u8BB0\u901A\u8FC7\u540E\u7684\u4E0A\u7EBF\u7F16\u53F7\uFF1B\u8BBE\u7F6E\u540E\u987B\u5728\u5C55\u793A\u9875\u9762\u663E\u8457\u5C55\u793A\u3002Online number (\u4E0A\u7EBF\u7F16\u53F7) once granted; then it must be displayed.", type: ["string", "null"], default: null }, display_pages: { description: "\u5C55\u793A\u4E0A\u7EBF\u7F16\u53F7\u7684\u9875\u9762\u6E90\u6587\u4EF6\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002Source files of the pages that display the online number.", type: "array", items: { type: "string", minLength: 1 }, default: [] }, algorithm_filing_number: { description: "\u7B97\u6CD5\u5907\u6848\u7F16\u53F7\uFF08\u7F51\u4FE1\u7B97\u5907\u2026\u2026\u53F7\uFF09\uFF0C\u5907\u6848\u8DEF\u5F84\u9700\u8981\u3002Algorithm filing number (\u7F51\u4FE1\u7B97\u5907\u2026\u53F7), needed on the filing path.", type: ["string", "null"], default: null } } }, models: { description: "\u670D\u52A1\u4F7F\u7528\u7684\u6A21\u578B\u3002The models the service uses.", type: "array", items: { type: "object", required: ["provider", "name"], additionalProperties: !1, properties: { provider: { description: "\u6A21\u578B\u63D0\u4F9B\u65B9\u3002Model provider.", type: "string", minLength: 1 }, name: { description: "\u6A21\u578B\u540D\u79F0\u3002Model name.", type: "string", minLength: 1 }, source: { description: "third-party\uFF08\u8C03\u7528\u7B2C\u4E09\u65B9\u6A21\u578B\uFF09\u3001self-developed\uFF08\u81EA\u7814\uFF09\u3001open-weights\uFF08\u81EA\u90E8\u7F72\u5F00\u6E90\u6743\u91CD\uFF09\u3002Where the model comes from.", enum: ["third-party", "self-developed", "open-weights"], default: "third-party" }, filing_number: { description: "\u6A21\u578B\u7684\u5907\u6848\u53F7\uFF0C\u4F8B\u5982 Beijing-DeepseekChat-202404280016\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u3002The model's filing number (case-insensitive).", type: ["string", "null"], default: null }, fine_tuning: { description: "\u5BF9\u6A21\u578B\u7684\u5FAE\u8C03\u6216\u4E8C\u6B21\u5F00\u53D1\uFF1B\u4EFB\u4F55\u5FAE\u8C03\u90FD\u9700\u8D70\u5907\u6848\u8DEF\u5F84\u3002Fine-tuning or secondary development; any of it requires filing.", enum: ["none", "lora", "full", "rlhf", "dpo", "distillation", "continued-pretraining"], default: "none" }, agreement: { description: "\u4E0E\u6A21\u578B\u63D0\u4F9B\u65B9\u7684 API \u534F\u8BAE\u6216\u670D\u52A1\u5408\u540C\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\uFF0C\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\u3002API agreement or contract with the provider (stamped), relative to the repository root.", type: "string", minLength: 1 }, endpoint: { description: "\u8C03\u7528\u7684 API \u5730\u5740\uFF08\u53EF\u9009\uFF09\u3002The API base URL the service calls (optional).", type: "string" } } } }, materials: { description: "\u7533\u62A5\u6750\u6599\u6587\u4EF6\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\uFF1B\u6240\u9700\u6750\u6599\u53D6\u51B3\u4E8E\u8DEF\u5F84\u3002Paths of the application materials; which are required depends on the path.", type: "object", additionalProperties: !1, properties: { business_license: { description: "\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\u3002Business licence copy (stamped).", type: "string", minLength: 1 }, legal_representative_id: { description: "\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E\u3002Legal representative ID proof.", type: "string", minLength: 1 }, contact_form: { description: "\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868\u3002Contact-person form.", type: "string", minLength: 1 }, application_form: { description: "\u300A\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\u8868\u300B\u6216\u5907\u6848\u7533\u8BF7\u8868\u3002Application form.", type: "string", minLength: 1 }, security_assessment: { description: "\u5B89\u5168\u8BC4\u4F30\u62A5\u544A\uFF08\u5907\u6848\u8DEF\u5F84\u5FC5\u9700\uFF09\u3002Security assessment report (filing path).", type: "string", minLength: 1 } } }, content_safety: { description: "\u5185\u5BB9\u5B89\u5168\u6750\u6599\u3002Content-safety materials.", type: "object", additionalProperties: !1, properties: { lexicon: { description: "\u62E6\u622A\u5173\u952E\u8BCD\u5E93\u3002Interception keyword lexicon.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.", type: "string", minLength: 1 }, update: { description: "\u52A8\u6001\u66F4\u65B0\u673A\u5236\u3002Update mechanism.", type: "object", additionalProperties: !1, properties: { owner: { description: "\u8D1F\u8D23\u4EBA\u3002Owner.", type: "string", minLength: 1 }, cadence_days: { description: "\u66F4\u65B0\u5468\u671F\uFF08\u5929\uFF09\u3002Review cadence in days.", type: "integer", minimum: 1 }, last_reviewed: { description: "\u6700\u8FD1\u4E00\u6B21\u5BA1\u6838\u65E5\u671F\uFF08YYYY-MM-DD\uFF09\u3002Date of the last review.", type: "string", format: "date" } } } } }, test_set: { description: "\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6\u3002Evaluation test set.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u8DEF\u5F84\u3002File or folder path.", type: "string", minLength: 1 } } }, management_system: { description: "\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6\u6587\u4EF6\u3002Content-safety management system document.", type: "string", minLength: 1 } } }, policies: { description: "\u7528\u6237\u6743\u76CA\u6587\u4EF6\u3002User-rights documents.", type: "object", additionalProperties: !1, properties: { privacy: { description: "\u9690\u79C1\u653F\u7B56\u3002Privacy policy.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.", type: "string", minLength: 1 }, retention_months: { description: "\u4E2A\u4EBA\u4FE1\u606F\u6700\u957F\u4FDD\u5B58\u671F\u9650\uFF08\u6708\uFF09\u3002Declared maximum retention in months.", type: "integer", minimum: 1 } } }, service_agreement: { description: "\u7528\u6237\u670D\u52A1\u534F\u8BAE\u3002Service agreement.", type: "object", required: ["path"], additionalProperties: !1, properties: { path: { description: "\u6587\u4EF6\u8DEF\u5F84\u3002File path.", type: "string", minLength: 1 } } } } }, test_access: { description: "\u4F9B\u5BA1\u6838\u6280\u672F\u9A8C\u8BC1\u7684\u6D4B\u8BD5\u8D26\u53F7\u4E0E\u63A5\u53E3\u8BF4\u660E\u6587\u6863\uFF08\u4E0D\u5F97\u5728\u4ED3\u5E93\u4E2D\u4FDD\u5B58\u5BC6\u94A5\uFF09\u3002Test account and API documentation for reviewers (never a secret in the repository).", type: "object", additionalProperties: !1, properties: { account_doc: { description: "\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E\u3002Test account notes.", type: "string", minLength: 1 }, api_doc: { description: "\u63A5\u53E3\u8BF4\u660E\u3002API interface information.", type: "string", minLength: 1 } } }, gate: { description: "\u95E8\u7981\u884C\u4E3A\uFF1B\u547D\u4EE4\u884C\u53C2\u6570\u548C Action \u8F93\u5165\u53EF\u8986\u76D6\u3002Gate behaviour; CLI flags and Action inputs override it.", type: "object", additionalProperties: !1, default: {}, properties: { fail_on: { description: "\u8FBE\u5230\u8BE5\u7EA7\u522B\u7684\u95EE\u9898\u4F7F\u95E8\u7981\u5931\u8D25\uFF1Aerror\u3001warning\u3001note \u6216 never\u3002Findings at or above this severity fail the gate.", enum: ["error", "warning", "note", "never"], default: "error" }, lang: { description: "\u62A5\u544A\u8BED\u8A00\u3002Report language.", enum: ["zh-CN", "en"], default: "zh-CN" } } }, rules: { description: "\u6309\u89C4\u5219\u8C03\u6574\u7EA7\u522B\uFF0C\u6216\u4EE5 off \u5173\u95ED\u3002Per-rule severity, or off.", type: "object", propertyNames: { pattern: "^[a-z]+/[a-z0-9-]+$" }, additionalProperties: { enum: ["error", "warning", "note", "off"] } }, waivers: { description: "\u8C41\u514D\uFF1A\u6BCF\u6761\u987B\u5305\u542B rule\u3001reason\u3001owner\u3001expires\uFF1B\u8FC7\u671F\u7684\u8C41\u514D\u4F1A\u4F7F\u95E8\u7981\u5931\u8D25\u3002Waivers: each needs rule, reason, owner, expires; an expired waiver fails the gate.", type: "array", items: { $ref: "#/$defs/waiver" }, default: [] } }, $defs: { waiver: { type: "object", required: ["rule", "reason", "owner", "expires"], additionalProperties: !1, properties: { rule: { description: "\u88AB\u8C41\u514D\u7684\u89C4\u5219 ID\u3002Rule id.", type: "string", minLength: 1 }, reason: { description: "\u7406\u7531\u3002Reason.", type: "string", minLength: 1 }, owner: { description: "\u8D1F\u8D23\u4EBA\u3002Owner.", type: "string", minLength: 1 }, expires: { description: "\u5230\u671F\u65E5\uFF08YYYY-MM-DD\uFF09\u3002Expiry date.", type: "string", format: "date" }, files: { description: "\u4EC5\u8C41\u514D\u8FD9\u4E9B\u6587\u4EF6\u4E2D\u7684\u95EE\u9898\uFF08glob\uFF09\u3002Only findings in these files (globs).", type: "array", items: { type: "string", minLength: 1 } } } } } };
var func1 = Object.prototype.hasOwnProperty, func2 = require_ucs2length().default, formats0 = require_formats().fullFormats.date, pattern4 = new RegExp("^[a-z]+/[a-z0-9-]+$", "u");
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
            if (data30.path === void 0) {
              let err53 = { instancePath: instancePath + "/content_safety/lexicon", schemaPath: "#/properties/content_safety/properties/lexicon/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
            for (let key5 in data30)
              if (!(key5 === "path" || key5 === "update")) {
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
            if (data30.update !== void 0) {
              let data32 = data30.update;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                for (let key6 in data32)
                  if (!(key6 === "owner" || key6 === "cadence_days" || key6 === "last_reviewed")) {
                    let err57 = { instancePath: instancePath + "/content_safety/lexicon/update", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                  }
                if (data32.owner !== void 0) {
                  let data33 = data32.owner;
                  if (typeof data33 == "string") {
                    if (func2(data33) < 1) {
                      let err58 = { instancePath: instancePath + "/content_safety/lexicon/update/owner", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                    }
                  } else {
                    let err59 = { instancePath: instancePath + "/content_safety/lexicon/update/owner", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                  }
                }
                if (data32.cadence_days !== void 0) {
                  let data34 = data32.cadence_days;
                  if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                    let err60 = { instancePath: instancePath + "/content_safety/lexicon/update/cadence_days", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/cadence_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34) && (data34 < 1 || isNaN(data34))) {
                    let err61 = { instancePath: instancePath + "/content_safety/lexicon/update/cadence_days", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/cadence_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                  }
                }
                if (data32.last_reviewed !== void 0) {
                  let data35 = data32.last_reviewed;
                  if (typeof data35 == "string") {
                    if (!formats0.validate(data35)) {
                      let err62 = { instancePath: instancePath + "/content_safety/lexicon/update/last_reviewed", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/last_reviewed/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                    }
                  } else {
                    let err63 = { instancePath: instancePath + "/content_safety/lexicon/update/last_reviewed", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/properties/last_reviewed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                }
              } else {
                let err64 = { instancePath: instancePath + "/content_safety/lexicon/update", schemaPath: "#/properties/content_safety/properties/lexicon/properties/update/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            }
          } else {
            let err65 = { instancePath: instancePath + "/content_safety/lexicon", schemaPath: "#/properties/content_safety/properties/lexicon/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        }
        if (data29.test_set !== void 0) {
          let data36 = data29.test_set;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.path === void 0) {
              let err66 = { instancePath: instancePath + "/content_safety/test_set", schemaPath: "#/properties/content_safety/properties/test_set/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
            for (let key7 in data36)
              if (key7 !== "path") {
                let err67 = { instancePath: instancePath + "/content_safety/test_set", schemaPath: "#/properties/content_safety/properties/test_set/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
            if (data36.path !== void 0) {
              let data37 = data36.path;
              if (typeof data37 == "string") {
                if (func2(data37) < 1) {
                  let err68 = { instancePath: instancePath + "/content_safety/test_set/path", schemaPath: "#/properties/content_safety/properties/test_set/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                }
              } else {
                let err69 = { instancePath: instancePath + "/content_safety/test_set/path", schemaPath: "#/properties/content_safety/properties/test_set/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
            }
          } else {
            let err70 = { instancePath: instancePath + "/content_safety/test_set", schemaPath: "#/properties/content_safety/properties/test_set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        }
        if (data29.management_system !== void 0) {
          let data38 = data29.management_system;
          if (typeof data38 == "string") {
            if (func2(data38) < 1) {
              let err71 = { instancePath: instancePath + "/content_safety/management_system", schemaPath: "#/properties/content_safety/properties/management_system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
            }
          } else {
            let err72 = { instancePath: instancePath + "/content_safety/management_system", schemaPath: "#/properties/content_safety/properties/management_system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
          }
        }
      } else {
        let err73 = { instancePath: instancePath + "/content_safety", schemaPath: "#/properties/content_safety/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
      }
    }
    if (data.policies !== void 0) {
      let data39 = data.policies;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (let key8 in data39)
          if (!(key8 === "privacy" || key8 === "service_agreement")) {
            let err74 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
        if (data39.privacy !== void 0) {
          let data40 = data39.privacy;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.path === void 0) {
              let err75 = { instancePath: instancePath + "/policies/privacy", schemaPath: "#/properties/policies/properties/privacy/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
            }
            for (let key9 in data40)
              if (!(key9 === "path" || key9 === "retention_months")) {
                let err76 = { instancePath: instancePath + "/policies/privacy", schemaPath: "#/properties/policies/properties/privacy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            if (data40.path !== void 0) {
              let data41 = data40.path;
              if (typeof data41 == "string") {
                if (func2(data41) < 1) {
                  let err77 = { instancePath: instancePath + "/policies/privacy/path", schemaPath: "#/properties/policies/properties/privacy/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
              } else {
                let err78 = { instancePath: instancePath + "/policies/privacy/path", schemaPath: "#/properties/policies/properties/privacy/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            }
            if (data40.retention_months !== void 0) {
              let data42 = data40.retention_months;
              if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                let err79 = { instancePath: instancePath + "/policies/privacy/retention_months", schemaPath: "#/properties/policies/properties/privacy/properties/retention_months/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
              if (typeof data42 == "number" && isFinite(data42) && (data42 < 1 || isNaN(data42))) {
                let err80 = { instancePath: instancePath + "/policies/privacy/retention_months", schemaPath: "#/properties/policies/properties/privacy/properties/retention_months/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
            }
          } else {
            let err81 = { instancePath: instancePath + "/policies/privacy", schemaPath: "#/properties/policies/properties/privacy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
        }
        if (data39.service_agreement !== void 0) {
          let data43 = data39.service_agreement;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            if (data43.path === void 0) {
              let err82 = { instancePath: instancePath + "/policies/service_agreement", schemaPath: "#/properties/policies/properties/service_agreement/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
            }
            for (let key10 in data43)
              if (key10 !== "path") {
                let err83 = { instancePath: instancePath + "/policies/service_agreement", schemaPath: "#/properties/policies/properties/service_agreement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            if (data43.path !== void 0) {
              let data44 = data43.path;
              if (typeof data44 == "string") {
                if (func2(data44) < 1) {
                  let err84 = { instancePath: instancePath + "/policies/service_agreement/path", schemaPath: "#/properties/policies/properties/service_agreement/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                }
              } else {
                let err85 = { instancePath: instancePath + "/policies/service_agreement/path", schemaPath: "#/properties/policies/properties/service_agreement/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
              }
            }
          } else {
            let err86 = { instancePath: instancePath + "/policies/service_agreement", schemaPath: "#/properties/policies/properties/service_agreement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
          }
        }
      } else {
        let err87 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
      }
    }
    if (data.test_access !== void 0) {
      let data45 = data.test_access;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (let key11 in data45)
          if (!(key11 === "account_doc" || key11 === "api_doc")) {
            let err88 = { instancePath: instancePath + "/test_access", schemaPath: "#/properties/test_access/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
          }
        if (data45.account_doc !== void 0) {
          let data46 = data45.account_doc;
          if (typeof data46 == "string") {
            if (func2(data46) < 1) {
              let err89 = { instancePath: instancePath + "/test_access/account_doc", schemaPath: "#/properties/test_access/properties/account_doc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
          } else {
            let err90 = { instancePath: instancePath + "/test_access/account_doc", schemaPath: "#/properties/test_access/properties/account_doc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
          }
        }
        if (data45.api_doc !== void 0) {
          let data47 = data45.api_doc;
          if (typeof data47 == "string") {
            if (func2(data47) < 1) {
              let err91 = { instancePath: instancePath + "/test_access/api_doc", schemaPath: "#/properties/test_access/properties/api_doc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
          } else {
            let err92 = { instancePath: instancePath + "/test_access/api_doc", schemaPath: "#/properties/test_access/properties/api_doc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
        }
      } else {
        let err93 = { instancePath: instancePath + "/test_access", schemaPath: "#/properties/test_access/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
      }
    }
    let data48 = data.gate;
    if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
      data48.fail_on === void 0 && (data48.fail_on = "error"), data48.lang === void 0 && (data48.lang = "zh-CN");
      for (let key12 in data48)
        if (!(key12 === "fail_on" || key12 === "lang")) {
          let err94 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
          vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
        }
      let data49 = data48.fail_on;
      if (!(data49 === "error" || data49 === "warning" || data49 === "note" || data49 === "never")) {
        let err95 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/properties/gate/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.fail_on.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
      }
      let data50 = data48.lang;
      if (!(data50 === "zh-CN" || data50 === "en")) {
        let err96 = { instancePath: instancePath + "/gate/lang", schemaPath: "#/properties/gate/properties/lang/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.lang.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
      }
    } else {
      let err97 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
    }
    if (data.rules !== void 0) {
      let data51 = data.rules;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (let key13 in data51) {
          let _errs112 = errors;
          if (typeof key13 == "string" && !pattern4.test(key13)) {
            let err98 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z]+/[a-z0-9-]+$"', propertyName: key13 };
            vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
          }
          var valid17 = _errs112 === errors;
          if (!valid17) {
            let err99 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key13 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
          }
        }
        for (let key14 in data51) {
          let data52 = data51[key14];
          if (!(data52 === "error" || data52 === "warning" || data52 === "note" || data52 === "off")) {
            let err100 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
          }
        }
      } else {
        let err101 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
      }
    }
    let data53 = data.waivers;
    if (Array.isArray(data53)) {
      let len2 = data53.length;
      for (let i2 = 0; i2 < len2; i2++) {
        let data54 = data53[i2];
        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
          if (data54.rule === void 0) {
            let err102 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
            vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
          }
          if (data54.reason === void 0) {
            let err103 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
            vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
          }
          if (data54.owner === void 0) {
            let err104 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
          }
          if (data54.expires === void 0) {
            let err105 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
            vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
          }
          for (let key15 in data54)
            if (!(key15 === "rule" || key15 === "reason" || key15 === "owner" || key15 === "expires" || key15 === "files")) {
              let err106 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/$defs/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
              vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
            }
          if (data54.rule !== void 0) {
            let data55 = data54.rule;
            if (typeof data55 == "string") {
              if (func2(data55) < 1) {
                let err107 = { instancePath: instancePath + "/waivers/" + i2 + "/rule", schemaPath: "#/$defs/waiver/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
              }
            } else {
              let err108 = { instancePath: instancePath + "/waivers/" + i2 + "/rule", schemaPath: "#/$defs/waiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
            }
          }
          if (data54.reason !== void 0) {
            let data56 = data54.reason;
            if (typeof data56 == "string") {
              if (func2(data56) < 1) {
                let err109 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
              }
            } else {
              let err110 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
            }
          }
          if (data54.owner !== void 0) {
            let data57 = data54.owner;
            if (typeof data57 == "string") {
              if (func2(data57) < 1) {
                let err111 = { instancePath: instancePath + "/waivers/" + i2 + "/owner", schemaPath: "#/$defs/waiver/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
            } else {
              let err112 = { instancePath: instancePath + "/waivers/" + i2 + "/owner", schemaPath: "#/$defs/waiver/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
            }
          }
          if (data54.expires !== void 0) {
            let data58 = data54.expires;
            if (typeof data58 == "string") {
              if (!formats0.validate(data58)) {
                let err113 = { instancePath: instancePath + "/waivers/" + i2 + "/expires", schemaPath: "#/$defs/waiver/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
              }
            } else {
              let err114 = { instancePath: instancePath + "/waivers/" + i2 + "/expires", schemaPath: "#/$defs/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
            }
          }
          if (data54.files !== void 0) {
            let data59 = data54.files;
            if (Array.isArray(data59)) {
              let len3 = data59.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data60 = data59[i3];
                if (typeof data60 == "string") {
                  if (func2(data60) < 1) {
                    let err115 = { instancePath: instancePath + "/waivers/" + i2 + "/files/" + i3, schemaPath: "#/$defs/waiver/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                } else {
                  let err116 = { instancePath: instancePath + "/waivers/" + i2 + "/files/" + i3, schemaPath: "#/$defs/waiver/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                }
              }
            } else {
              let err117 = { instancePath: instancePath + "/waivers/" + i2 + "/files", schemaPath: "#/$defs/waiver/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
            }
          }
        } else {
          let err118 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/$defs/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
        }
      }
    } else {
      let err119 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
    }
  } else {
    let err120 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };

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
    let match2 = WAIVER_POINTER.exec(problem.pointer);
    if (!match2) continue;
    let index = Number(match2[1]);
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

// src/rules/read-problem-text.ts
function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function readProblemText(problem) {
  let f = problem.file;
  switch (problem.code) {
    case "missing":
      return text(`\u6587\u4EF6\u4E0D\u5B58\u5728\uFF1A${f}`, `File not found: ${f}`);
    case "outside-root":
      return text(
        `\u8DEF\u5F84 ${f} \u6307\u5411\u4ED3\u5E93\u4E4B\u5916\uFF1B\u6750\u6599\u5FC5\u987B\u662F\u4ED3\u5E93\u5185\u7684\u6587\u4EF6`,
        `Path ${f} points outside the repository; materials must be files inside it`
      );
    case "invalid-path":
      return text(`\u8DEF\u5F84\u65E0\u6548\uFF1A${JSON.stringify(f)}`, `Invalid path: ${JSON.stringify(f)}`);
    case "not-a-file":
      return text(`${f} \u4E0D\u662F\u666E\u901A\u6587\u4EF6`, `${f} is not a regular file`);
    case "not-a-directory":
      return text(`${f} \u4E0D\u662F\u6587\u4EF6\u5939`, `${f} is not a folder`);
    case "too-large":
      return text(
        `${f} \u8FC7\u5927\uFF08${mib(problem.size ?? 0)}\uFF0C\u4E0A\u9650 ${mib(problem.limit ?? 0)}\uFF09\uFF0C\u672A\u8BFB\u53D6`,
        `${f} is too large (${mib(problem.size ?? 0)}, limit ${mib(problem.limit ?? 0)}); not read`
      );
    case "empty":
      return text(`${f} \u662F\u7A7A\u6587\u4EF6`, `${f} is empty`);
    case "binary":
      return text(
        `${f} \u4E0D\u662F\u6587\u672C\u6587\u4EF6\uFF08\u65E0\u6CD5\u8BC6\u522B\u4E3A UTF-8\u3001UTF-16 \u6216 GB18030\uFF09`,
        `${f} is not a text file (not UTF-8, UTF-16 or GB18030)`
      );
    case "unreadable":
      return text(
        `\u65E0\u6CD5\u8BFB\u53D6 ${f}\uFF08${problem.detail ?? ""}\uFF09`,
        `Cannot read ${f} (${problem.detail ?? ""})`
      );
  }
}

// src/rules/schema-problem-text.ts
function collectPropertyNames(node, into) {
  if (node && typeof node == "object") {
    let props = node.properties;
    if (props) for (let name of Object.keys(props)) into.add(name);
    for (let child of Object.values(node)) collectPropertyNames(child, into);
  }
  return into;
}
var KNOWN_FIELDS = [...collectPropertyNames(compliance_schema_default, /* @__PURE__ */ new Set())];
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = current;
    }
  }
  return row[b.length];
}
function suggestion(name) {
  let best, bestDistance = Math.max(3, Math.ceil(name.length * 0.4) + 1);
  for (let known of KNOWN_FIELDS) {
    let d = distance(name.toLowerCase(), known);
    d < bestDistance && (best = known, bestDistance = d);
  }
  return best;
}
var TYPE_NAMES = {
  string: ["\u5B57\u7B26\u4E32", "a string"],
  integer: ["\u6574\u6570", "an integer"],
  number: ["\u6570\u5B57", "a number"],
  boolean: ["\u5E03\u5C14\u503C\uFF08true / false\uFF09", "a boolean (true / false)"],
  array: ["\u5217\u8868", "a list"],
  object: ["\u6620\u5C04\uFF08\u952E: \u503C\uFF09", "a mapping (key: value)"],
  null: ["null", "null"]
};
function typeText(type2) {
  let types2 = String(type2).split(","), zh2 = types2.map((t) => TYPE_NAMES[t]?.[0] ?? t).join(" \u6216 "), en2 = types2.map((t) => TYPE_NAMES[t]?.[1] ?? t).join(" or ");
  return [zh2, en2];
}
function describeSchemaProblem(problem) {
  let { pointer, params } = problem, field = fieldName(pointer);
  switch (problem.keyword) {
    case "required": {
      let missing = String(params.missingProperty), full = fieldName(`${pointer}/${escapePointerToken(missing)}`);
      return {
        pointer,
        preferKey: !0,
        message: text(`\u7F3A\u5C11\u5FC5\u586B\u5B57\u6BB5 \`${full}\``, `Required field \`${full}\` is missing`)
      };
    }
    case "additionalProperties": {
      let extra = String(params.additionalProperty), hint = suggestion(extra), full = fieldName(`${pointer}/${escapePointerToken(extra)}`);
      return {
        pointer: `${pointer}/${escapePointerToken(extra)}`,
        preferKey: !0,
        message: text(
          `\u672A\u77E5\u5B57\u6BB5 \`${full}\`${hint ? `\uFF0C\u662F\u5426\u5E94\u4E3A \`${hint}\`\uFF1F` : ""}`,
          `Unknown field \`${full}\`${hint ? `; did you mean \`${hint}\`?` : ""}`
        )
      };
    }
    case "enum": {
      let allowed = params.allowedValues.map(String).join(" | ");
      return {
        pointer,
        preferKey: !1,
        message: text(
          `\`${field}\` \u7684\u53D6\u503C\u65E0\u6548\uFF0C\u53EF\u9009\uFF1A${allowed}`,
          `\`${field}\` has an invalid value; allowed: ${allowed}`
        )
      };
    }
    case "const":
      return {
        pointer,
        preferKey: !1,
        message: text(
          `\`${field}\` \u5E94\u4E3A ${String(params.allowedValue)}`,
          `\`${field}\` must be ${String(params.allowedValue)}`
        )
      };
    case "type": {
      let [zh2, en2] = typeText(params.type), quoteHint = /credit_code|online_number|filing_number/.test(field);
      return {
        pointer,
        preferKey: !1,
        message: text(
          `\`${field}\` \u5E94\u4E3A${zh2}${quoteHint ? "\uFF08\u7F16\u53F7\u8BF7\u52A0\u5F15\u53F7\uFF09" : ""}`,
          `\`${field}\` must be ${en2}${quoteHint ? " (quote numbers like this one)" : ""}`
        )
      };
    }
    case "minLength":
      return {
        pointer,
        preferKey: !1,
        message: text(`\`${field}\` \u4E0D\u80FD\u4E3A\u7A7A`, `\`${field}\` must not be empty`)
      };
    case "minimum":
      return {
        pointer,
        preferKey: !1,
        message: text(
          `\`${field}\` \u4E0D\u80FD\u5C0F\u4E8E ${String(params.limit)}`,
          `\`${field}\` must be at least ${String(params.limit)}`
        )
      };
    case "minItems":
      return {
        pointer,
        preferKey: !1,
        message: text(
          `\`${field}\` \u81F3\u5C11\u9700\u8981 ${String(params.limit)} \u9879`,
          `\`${field}\` needs at least ${String(params.limit)} item(s)`
        )
      };
    case "format":
      return {
        pointer,
        preferKey: !1,
        message: params.format === "date" ? text(
          `\`${field}\` \u5E94\u4E3A\u65E5\u671F\uFF0C\u683C\u5F0F YYYY-MM-DD`,
          `\`${field}\` must be a date, YYYY-MM-DD`
        ) : text(
          `\`${field}\` \u683C\u5F0F\u65E0\u6548\uFF08${String(params.format)}\uFF09`,
          `\`${field}\` is not a valid ${String(params.format)}`
        )
      };
    case "propertyNames":
      return {
        pointer: `${pointer}/${escapePointerToken(String(params.propertyName))}`,
        preferKey: !0,
        message: text(
          `\`${field}\` \u4E2D\u7684\u952E \`${String(params.propertyName)}\` \u4E0D\u662F\u89C4\u5219 ID\uFF08\u5F62\u5982 group/name\uFF09`,
          `Key \`${String(params.propertyName)}\` in \`${field}\` is not a rule id (group/name)`
        )
      };
    default:
      return {
        pointer,
        preferKey: !1,
        message: text(
          `\`${field}\` \u4E0D\u7B26\u5408\u8981\u6C42\uFF08${problem.keyword}\uFF09`,
          `\`${field}\` is invalid (${problem.keyword})`
        )
      };
  }
}

// src/rules/manifest.ts
function readProblemDraft(loaded, problem) {
  return { file: loaded.file, line: 1, column: 1, message: readProblemText(problem) };
}
var manifestMissing = {
  id: "manifest/missing",
  stage: "manifest",
  defaultSeverity: "error",
  status: "structural",
  title: text("\u7F3A\u5C11\u5408\u89C4\u6E05\u5355", "No manifest"),
  help: text(
    "\u4ED3\u5E93\u6839\u76EE\u5F55\u4E0B\u5E94\u6709 `compliance.yml`\uFF08\u6216\u7528 `--manifest` / Action \u8F93\u5165 `manifest` \u6307\u5B9A\uFF09\u3002\u8FD0\u884C `genai-compliance-gate init` \u751F\u6210\u4E00\u4EFD\u3002",
    "The repository needs `compliance.yml` at its root (or name it with `--manifest` / the `manifest` input). Run `genai-compliance-gate init` to create one."
  ),
  check(loaded) {
    return loaded.problems.flatMap(
      (p) => p.kind === "read" && p.problem.code === "missing" ? [{ file: loaded.file, message: readProblemText(p.problem) }] : []
    );
  }
}, manifestParse = {
  id: "manifest/parse",
  stage: "manifest",
  defaultSeverity: "error",
  status: "structural",
  title: text("\u5408\u89C4\u6E05\u5355\u65E0\u6CD5\u89E3\u6790", "Manifest cannot be parsed"),
  help: text(
    "`compliance.yml` \u5FC5\u987B\u662F\u5408\u6CD5\u7684 YAML\uFF08UTF-8 \u7F16\u7801\uFF0C\u4E0D\u8D85\u8FC7 1 MiB\uFF0C\u4E0D\u542B\u4F1A\u6307\u6570\u5C55\u5F00\u7684\u951A\u70B9\u522B\u540D\uFF09\u3002\u6309\u63D0\u793A\u7684\u884C\u5217\u4FEE\u6B63\u8BED\u6CD5\u3002",
    "`compliance.yml` must be valid YAML (UTF-8, at most 1 MiB, no anchors that expand exponentially). Fix the syntax at the reported line and column."
  ),
  check(loaded) {
    let drafts = [];
    for (let p of loaded.problems)
      p.kind === "read" && p.problem.code !== "missing" && p.problem.code !== "empty" ? drafts.push(readProblemDraft(loaded, p.problem)) : p.kind === "syntax" ? drafts.push({
        file: loaded.file,
        line: p.line ?? 1,
        column: p.column ?? 1,
        message: text(`YAML \u8BED\u6CD5\u9519\u8BEF\uFF1A${p.reason}`, `YAML syntax error: ${p.reason}`)
      }) : p.kind === "too-complex" && drafts.push({
        file: loaded.file,
        line: 1,
        column: 1,
        message: text(
          `\u6E05\u5355\u5C55\u5F00\u540E\u8D85\u8FC7 ${p.limit} \u4E2A\u8282\u70B9\uFF08\u951A\u70B9/\u522B\u540D\u5D4C\u5957\u8FC7\u6DF1\uFF09\uFF0C\u5DF2\u62D2\u7EDD\u5904\u7406`,
          `The manifest expands to more than ${p.limit} nodes (nested anchors and aliases); refused`
        )
      });
    return drafts;
  }
};
function schemaDrafts(loaded, problems) {
  let seen = /* @__PURE__ */ new Set(), drafts = [], namesChecked = new Set(
    problems.filter((p) => p.keyword === "propertyNames").map((p) => p.pointer)
  );
  for (let problem of problems) {
    if (problem.keyword === "pattern" && namesChecked.has(problem.pointer)) continue;
    let { pointer, message, preferKey } = describeSchemaProblem(problem), key = `${pointer}|${message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let position = positionOf(loaded.positions, pointer, preferKey ? "key" : "value");
    drafts.push({ file: loaded.file, line: position.line, column: position.column, message });
  }
  return drafts;
}
var notAMapping = text(
  "\u5408\u89C4\u6E05\u5355\u5E94\u4E3A\u4E00\u4E2A\u6620\u5C04\uFF08\u5305\u542B version\u3001path\u3001service \u7B49\u5B57\u6BB5\uFF09\uFF0C\u800C\u4E0D\u662F\u7A7A\u6587\u4EF6\u3001\u5217\u8868\u6216\u5355\u4E2A\u503C",
  "The manifest must be a mapping (with version, path, service, ...), not an empty file, a list or a single value"
), manifestSchema = {
  id: "manifest/schema",
  stage: "manifest",
  defaultSeverity: "error",
  status: "structural",
  title: text("\u5408\u89C4\u6E05\u5355\u4E0D\u7B26\u5408\u683C\u5F0F", "Manifest does not match the schema"),
  help: text(
    "\u5B57\u6BB5\u540D\u3001\u53D6\u503C\u548C\u7C7B\u578B\u987B\u7B26\u5408 `schemas/compliance.schema.json`\u3002\u5728\u7F16\u8F91\u5668\u4E2D\u52A0\u5165 `# yaml-language-server: $schema=\u2026` \u53EF\u83B7\u5F97\u8865\u5168\u4E0E\u5373\u65F6\u68C0\u67E5\u3002",
    "Field names, values and types must match `schemas/compliance.schema.json`. Add `# yaml-language-server: $schema=\u2026` for completion and live checks in editors."
  ),
  check(loaded, { ruleIds }) {
    return Object.keys(loaded.manifest?.rules ?? {}).filter((id) => !ruleIds.has(id)).map((id) => {
      let position = positionOf(loaded.positions, `/rules/${escapePointerToken(id)}`, "key");
      return {
        file: loaded.file,
        ...position,
        message: text(
          `\`rules\` \u4E2D\u7684\u89C4\u5219 ${id} \u4E0D\u5B58\u5728`,
          `Rule ${id} in \`rules\` does not exist`
        )
      };
    }).concat(
      loaded.problems.flatMap((p) => p.kind === "schema" ? schemaDrafts(loaded, p.problems) : p.kind === "not-a-mapping" ? [{ file: loaded.file, line: p.line, column: 1, message: notAMapping }] : p.kind === "read" && p.problem.code === "empty" ? [{ file: loaded.file, line: 1, column: 1, message: notAMapping }] : [])
    );
  }
};

// src/data/paths.ts
var PATH_ORDER = { exempt: 0, registration: 1, filing: 2 }, PATH_NAMES = {
  registration: { "zh-CN": "\u767B\u8BB0", en: "registration" },
  filing: { "zh-CN": "\u5907\u6848", en: "filing" },
  exempt: { "zh-CN": "\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0", en: "exempt" }
}, REQUIRED_MATERIALS = {
  registration: ["business_license", "legal_representative_id", "contact_form", "application_form"],
  filing: [
    "business_license",
    "legal_representative_id",
    "contact_form",
    "application_form",
    "security_assessment"
  ],
  exempt: []
}, MATERIAL_NAMES = {
  business_license: { "zh-CN": "\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6", en: "business licence copy" },
  legal_representative_id: { "zh-CN": "\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E", en: "legal representative ID proof" },
  contact_form: { "zh-CN": "\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868", en: "contact-person form" },
  application_form: { "zh-CN": "\u4E0A\u7EBF\u5907\u6848\u7533\u8BF7\u8868", en: "application form" },
  security_assessment: { "zh-CN": "\u5B89\u5168\u8BC4\u4F30\u62A5\u544A", en: "security assessment report" }
}, TEST_ACCESS_DOCS = {
  account_doc: { "zh-CN": "\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E", en: "test account notes" },
  api_doc: { "zh-CN": "\u63A5\u53E3\u8BF4\u660E", en: "API interface information" }
};

// src/data/number-formats.ts
var FILING_PROVINCES = /* @__PURE__ */ new Set([
  "beijing",
  "tianjin",
  "hebei",
  "shanxi",
  "neimenggu",
  "innermongolia",
  "liaoning",
  "jilin",
  "heilongjiang",
  "shanghai",
  "jiangsu",
  "zhejiang",
  "anhui",
  "fujian",
  "jiangxi",
  "shandong",
  "henan",
  "hubei",
  "hunan",
  "guangdong",
  "guangxi",
  "hainan",
  "chongqing",
  "sichuan",
  "guizhou",
  "yunnan",
  "xizang",
  "tibet",
  "shaanxi",
  "gansu",
  "qinghai",
  "ningxia",
  "xinjiang"
]), FILING_NUMBER = /^([A-Za-z]+)-([A-Za-z0-9][A-Za-z0-9._]*)-(\d{8})(\d{4})?$/, ALGORITHM_FILING_NUMBER = /^网信算备\s*(\d\s*){21}号$/, CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY", CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28], EARLIEST_FILING_DATE = "20230601";

// src/rules/path.ts
function reasonText(manifest, reason, context) {
  let model = reason.model === void 0 ? void 0 : manifest.models?.[reason.model], where = reason.model === void 0 ? "" : `\uFF08\u7B2C ${context.at(`/models/${reason.model}`).line} \u884C\uFF09`, whereEn = reason.model === void 0 ? "" : ` (line ${context.at(`/models/${reason.model}`).line})`, name = model ? `${model.provider} ${model.name}` : "";
  switch (reason.why) {
    case "self-developed":
      return { zh: `\u6A21\u578B ${name} \u4E3A\u81EA\u7814${where}`, en: `model ${name} is self-developed${whereEn}` };
    case "open-weights":
      return {
        zh: `\u6A21\u578B ${name} \u4E3A\u81EA\u90E8\u7F72\u5F00\u6E90\u6743\u91CD${where}`,
        en: `model ${name} runs self-hosted open weights${whereEn}`
      };
    case "fine-tuning":
      return {
        zh: `\u6A21\u578B ${name} \u58F0\u660E\u4E86\u5FAE\u8C03 ${model?.fine_tuning ?? ""}${where}`,
        en: `model ${name} declares fine-tuning ${model?.fine_tuning ?? ""}${whereEn}`
      };
    case "not-public":
      return { zh: "\u670D\u52A1\u4E0D\u9762\u5411\u516C\u4F17", en: "the service is not public-facing" };
    case "third-party-api":
      return {
        zh: "\u670D\u52A1\u9762\u5411\u516C\u4F17\u5E76\u8C03\u7528\u7B2C\u4E09\u65B9\u6A21\u578B",
        en: "the service is public and calls third-party models"
      };
  }
}
var pathRequired = {
  id: "path/required",
  stage: "main",
  defaultSeverity: "error",
  status: "seed",
  title: text("\u7533\u62A5\u8DEF\u5F84\u4E0E\u5B9E\u9645\u60C5\u51B5\u4E0D\u7B26", "Declared path differs from the required path"),
  help: text(
    "\u81EA\u7814\u6A21\u578B\u3001\u81EA\u90E8\u7F72\u5F00\u6E90\u6743\u91CD\u6216\u4EFB\u4F55\u5FAE\u8C03\uFF08\u5FAE\u8C03\u3001\u4E8C\u6B21\u5F00\u53D1\u3001\u4F18\u5316\uFF09\u90FD\u987B\u8D70**\u5907\u6848**\uFF1B\u4EC5\u901A\u8FC7 API \u8C03\u7528\u5DF2\u5907\u6848\u7684\u7B2C\u4E09\u65B9\u6A21\u578B\u4E14\u4E0D\u505A\u4EFB\u4F55\u6539\u52A8\uFF0C\u624D\u53EF\u8D70**\u767B\u8BB0**\uFF1B\u4E0D\u9762\u5411\u516C\u4F17\u3001\u4E0D\u5177\u6709\u8206\u8BBA\u5C5E\u6027\u6216\u793E\u4F1A\u52A8\u5458\u80FD\u529B\u7684\u670D\u52A1\u53EF\u58F0\u660E `exempt` \u5E76\u8BF4\u660E\u7406\u7531\u3002\u4FEE\u6B63 `path:`\uFF0C\u6216\u79FB\u9664\u5BFC\u81F4\u5907\u6848\u8981\u6C42\u7684\u6A21\u578B\u6539\u52A8\u3002",
    "Self-developed models, self-hosted open weights and any fine-tuning (fine-tuning, secondary development, optimisation) require **filing**; only calling a filed third-party model through its API, unchanged, allows **registration**; a service without public-opinion attributes may declare `exempt` with a reason. Fix `path:` or remove what requires filing."
  ),
  check(context) {
    let { manifest } = context, required = requiredPath(manifest);
    if (manifest.path === "exempt" ? required.path === "exempt" : PATH_ORDER[manifest.path] >= PATH_ORDER[required.path])
      return [];
    let reasons = required.reasons.map((r) => reasonText(manifest, r, context)), declared = PATH_NAMES[manifest.path], needed = PATH_NAMES[required.path];
    return [
      {
        ...context.at("/path"),
        message: text(
          `\u58F0\u660E\u7684\u8DEF\u5F84\u4E3A${declared["zh-CN"]}\uFF08${manifest.path}\uFF09\uFF0C\u4F46\u987B\u8D70${needed["zh-CN"]}\uFF08${required.path}\uFF09\uFF1A${reasons.map((r) => r.zh).join("\uFF1B")}`,
          `Declared path is ${declared.en} but ${needed.en} is required: ${reasons.map((r) => r.en).join("; ")}`
        ),
        data: { declared: manifest.path, required: required.path }
      }
    ];
  }
}, pathUnfiledModel = {
  id: "path/unfiled-model",
  stage: "main",
  defaultSeverity: "error",
  status: "V",
  title: text("\u7B2C\u4E09\u65B9\u6A21\u578B\u672A\u5907\u6848", "Third-party model without a filing number"),
  help: text(
    "\u9762\u5411\u516C\u4F17\u7684\u670D\u52A1\u53EA\u80FD\u8C03\u7528\u5DF2\u5728\u5883\u5185\u5907\u6848\u7684\u6A21\u578B\u3002\u4E3A\u6BCF\u4E2A\u7B2C\u4E09\u65B9\u6A21\u578B\u586B\u5199 `filing_number`\uFF08\u53EF\u5728\u7F51\u4FE1\u529E\u516C\u5E03\u7684\u5907\u6848\u6E05\u5355\u4E2D\u67E5\u5230\uFF09\uFF1B\u8C03\u7528\u672A\u5907\u6848\u6A21\u578B\uFF08\u4F8B\u5982\u5883\u5916 API\uFF09\u7684\u670D\u52A1\u65E2\u4E0D\u80FD\u767B\u8BB0\u4E5F\u4E0D\u80FD\u5907\u6848\u3002",
    "A public service may only call models filed in China. Give every third-party model its `filing_number` (listed in the CAC's published filings); a service calling an unfiled model (a foreign API, say) can be neither registered nor filed."
  ),
  check({ manifest, at: at2 }) {
    return manifest.path === "exempt" ? [] : (manifest.models ?? []).flatMap((model, i) => model.source !== "third-party" || (model.filing_number ?? "").trim() !== "" ? [] : [
      {
        ...at2(`/models/${i}/filing_number`),
        message: text(
          `\u7B2C\u4E09\u65B9\u6A21\u578B ${model.provider} ${model.name} \u6CA1\u6709\u5907\u6848\u53F7\uFF1B\u53EA\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u7684\u6A21\u578B`,
          `Third-party model ${model.provider} ${model.name} has no filing number; only filed models may be called`
        )
      }
    ]);
  }
};
function isRealDate(yyyymmdd) {
  let y = Number(yyyymmdd.slice(0, 4)), m = Number(yyyymmdd.slice(4, 6)), d = Number(yyyymmdd.slice(6, 8)), date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function filingNumberProblem(value, today) {
  let match2 = FILING_NUMBER.exec(value.trim());
  if (!match2)
    return {
      zh: "\u683C\u5F0F\u5E94\u4E3A \u7701\u4EFD-\u540D\u79F0-YYYYMMDD\uFF082024 \u5E74\u8D77\u53E6\u52A0 4 \u4F4D\u5E8F\u53F7\uFF09\uFF0C\u4F8B\u5982 Beijing-DeepseekChat-202404280016",
      en: "expected Province-Name-YYYYMMDD (plus a 4-digit serial from 2024), e.g. Beijing-DeepseekChat-202404280016"
    };
  let [, province = "", , date = ""] = match2;
  if (!FILING_PROVINCES.has(province.toLowerCase()))
    return { zh: `\u672A\u77E5\u7684\u7701\u4EFD\u524D\u7F00 ${province}`, en: `unknown province prefix ${province}` };
  if (!isRealDate(date)) return { zh: `\u65E5\u671F ${date} \u65E0\u6548`, en: `date ${date} is not a real date` };
  if (date < EARLIEST_FILING_DATE)
    return { zh: `\u65E5\u671F ${date} \u65E9\u4E8E\u5907\u6848\u5236\u5EA6\u65BD\u884C`, en: `date ${date} predates the filing regime` };
  if (date > today.replace(/-/g, ""))
    return { zh: `\u65E5\u671F ${date} \u5728\u672A\u6765`, en: `date ${date} is in the future` };
}
var pathFilingNumberFormat = {
  id: "path/filing-number-format",
  stage: "main",
  defaultSeverity: "error",
  status: "V",
  title: text("\u5907\u6848\u53F7\u683C\u5F0F\u9519\u8BEF", "Malformed filing number"),
  help: text(
    "\u6A21\u578B\u5907\u6848\u53F7\u683C\u5F0F\u4E3A `\u7701\u4EFD-\u540D\u79F0-YYYYMMDD`\uFF0C2024 \u5E74\u8D77\u65E5\u671F\u540E\u53E6\u6709 4 \u4F4D\u5E8F\u53F7\uFF0C\u4F8B\u5982 `Beijing-WenXinYiYan-20230821`\u3001`Beijing-DeepseekChat-202404280016`\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u3002\u7B97\u6CD5\u5907\u6848\u7F16\u53F7\u4E3A\u201C\u7F51\u4FE1\u7B97\u5907\u201D+21 \u4F4D\u6570\u5B57+\u201C\u53F7\u201D\u3002\u7167\u6284\u7F51\u4FE1\u529E\u516C\u5E03\u7684\u7F16\u53F7\u3002",
    "Model filing numbers read `Province-Name-YYYYMMDD`, with a 4-digit serial after the date from 2024: `Beijing-WenXinYiYan-20230821`, `Beijing-DeepseekChat-202404280016` (case-insensitive). Algorithm filing numbers are \u7F51\u4FE1\u7B97\u5907 + 21 digits + \u53F7. Copy the number the CAC published."
  ),
  check({ manifest, at: at2, today }) {
    let drafts = [];
    (manifest.models ?? []).forEach((model, i) => {
      let value = model.filing_number;
      if (value === null || value.trim() === "") return;
      let problem = filingNumberProblem(value, today);
      problem && drafts.push({
        ...at2(`/models/${i}/filing_number`),
        message: text(
          `\u5907\u6848\u53F7 ${value} \u65E0\u6548\uFF1A${problem.zh}`,
          `Filing number ${value} is invalid: ${problem.en}`
        )
      });
    });
    let algorithm = manifest.service.algorithm_filing_number;
    return algorithm !== null && !ALGORITHM_FILING_NUMBER.test(algorithm.trim()) && drafts.push({
      ...at2("/service/algorithm_filing_number"),
      message: text(
        `\u7B97\u6CD5\u5907\u6848\u7F16\u53F7 ${algorithm} \u65E0\u6548\uFF1A\u5E94\u4E3A\u201C\u7F51\u4FE1\u7B97\u5907\u201D+21 \u4F4D\u6570\u5B57+\u201C\u53F7\u201D`,
        `Algorithm filing number ${algorithm} is invalid: expected \u7F51\u4FE1\u7B97\u5907 + 21 digits + \u53F7`
      )
    }), drafts;
  }
}, pathAlgorithmFiling = {
  id: "path/algorithm-filing",
  stage: "main",
  defaultSeverity: "warning",
  status: "S",
  title: text("\u7F3A\u5C11\u7B97\u6CD5\u5907\u6848\u7F16\u53F7", "No algorithm filing number"),
  help: text(
    "\u8D70\u5907\u6848\u8DEF\u5F84\u7684\u670D\u52A1\u901A\u5E38\u987B\u5148\u5B8C\u6210\u6DF1\u5EA6\u5408\u6210\u7B97\u6CD5\u5907\u6848\uFF08\u7F51\u4FE1\u7B97\u5907\u2026\u2026\u53F7\uFF09\u3002\u5728 `service.algorithm_filing_number` \u4E2D\u586B\u5199\u3002",
    "A service on the filing path normally completes algorithm filing (\u7F51\u4FE1\u7B97\u5907\u2026\u53F7) first. Put it in `service.algorithm_filing_number`."
  ),
  check({ manifest, at: at2 }) {
    return manifest.path !== "filing" || manifest.service.algorithm_filing_number !== null ? [] : [
      {
        ...at2("/service/algorithm_filing_number"),
        message: text(
          "\u5907\u6848\u8DEF\u5F84\u672A\u586B\u5199\u7B97\u6CD5\u5907\u6848\u7F16\u53F7\uFF08service.algorithm_filing_number\uFF09",
          "The filing path declares no algorithm filing number (service.algorithm_filing_number)"
        )
      }
    ];
  }
}, pathExemptReason = {
  id: "path/exempt-reason",
  stage: "main",
  defaultSeverity: "error",
  status: "seed",
  title: text("\u8C41\u514D\u8DEF\u5F84\u7F3A\u5C11\u7406\u7531", "Exempt path without a reason"),
  help: text(
    "\u58F0\u660E `path: exempt` \u65F6\u987B\u5728 `exempt_reason` \u4E2D\u8BF4\u660E\u4E3A\u4F55\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF0C\u4F8B\u5982\u201C\u4EC5\u4F9B\u672C\u4F01\u4E1A\u5458\u5DE5\u5185\u90E8\u4F7F\u7528\uFF0C\u4E0D\u5411\u516C\u4F17\u63D0\u4F9B\u201D\uFF0C\u5E76\u8BBE\u7F6E `service.public_facing: false`\u3002",
    "With `path: exempt`, say in `exempt_reason` why neither filing nor registration applies (e.g. internal use by employees only) and set `service.public_facing: false`."
  ),
  check({ manifest, at: at2 }) {
    if (manifest.path !== "exempt") return [];
    let reason = (manifest.exempt_reason ?? "").trim();
    return reason.length >= 4 ? [] : [
      {
        ...at2(reason ? "/exempt_reason" : "/path"),
        message: text(
          "\u58F0\u660E\u4E3A\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF08exempt\uFF09\uFF0C\u4F46\u6CA1\u6709\u5728 exempt_reason \u4E2D\u8BF4\u660E\u7406\u7531",
          "Declared exempt, but exempt_reason does not say why"
        )
      }
    ];
  }
};

// src/rules/materials.ts
function requiredMaterials({ manifest }) {
  if (manifest.path === "exempt") return [];
  let list = REQUIRED_MATERIALS[manifest.path].map((key) => ({
    pointer: `/materials/${key}`,
    name: MATERIAL_NAMES[key]
  }));
  (manifest.models ?? []).forEach((model, i) => {
    model.source === "third-party" && list.push({
      pointer: `/models/${i}/agreement`,
      name: {
        "zh-CN": `\u4E0E ${model.provider} \u7684 API \u534F\u8BAE\u6216\u670D\u52A1\u5408\u540C`,
        en: `API agreement or contract with ${model.provider}`
      }
    });
  });
  for (let [key, name] of Object.entries(TEST_ACCESS_DOCS))
    list.push({ pointer: `/test_access/${key}`, name });
  return list;
}
var OWNED = /^\/(materials\/[a-z_]+|models\/\d+\/agreement|test_access\/[a-z_]+)$/, materialsMissing = {
  id: "materials/missing",
  stage: "main",
  defaultSeverity: "error",
  status: "seed",
  title: text("\u7F3A\u5C11\u7533\u62A5\u6750\u6599", "Required material missing"),
  help: text(
    "\u767B\u8BB0\u9700\u8981\uFF1A\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6\u3001\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E\u3001\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868\u3001\u4E0A\u7EBF\u5907\u6848\u7533\u8BF7\u8868\u3001\u4E0E\u6A21\u578B\u63D0\u4F9B\u65B9\u7684 API \u534F\u8BAE\uFF08\u6BCF\u4E2A\u7B2C\u4E09\u65B9\u6A21\u578B\uFF09\u3001\u6D4B\u8BD5\u8D26\u53F7\u4E0E\u63A5\u53E3\u8BF4\u660E\uFF1B\u5907\u6848\u53E6\u9700\u5B89\u5168\u8BC4\u4F30\u62A5\u544A\u3002\u6BCF\u9879\u6750\u6599\u987B\u662F\u4ED3\u5E93\u5185\u5B58\u5728\u7684\u6587\u4EF6\uFF0C\u5728 `materials:`\uFF08\u6216\u6A21\u578B\u7684 `agreement:`\u3001`test_access:`\uFF09\u4E2D\u5199\u660E\u8DEF\u5F84\u3002",
    "Registration needs the business licence, legal representative ID, contact form, application form, the API agreement with each third-party model provider, and test account and API notes; filing adds the security assessment. Each must be a file inside the repository, named under `materials:` (or the model's `agreement:`, `test_access:`)."
  ),
  check(context) {
    let { evidence, at: at2 } = context, drafts = [], reported = /* @__PURE__ */ new Set();
    for (let { pointer, name } of requiredMaterials(context))
      evidence.files.has(pointer) || (reported.add(pointer), drafts.push({
        ...at2(pointer),
        message: text(
          `\u7F3A\u5C11${name["zh-CN"]}\uFF08${fieldName(pointer)}\uFF09`,
          `Missing ${name.en} (${fieldName(pointer)})`
        )
      }));
    for (let [pointer, check] of evidence.files)
      !OWNED.test(pointer) || reported.has(pointer) || (check.ok ? check.value.isDirectory && drafts.push({
        ...at2(pointer),
        message: text(
          `${check.value.rel} \u662F\u6587\u4EF6\u5939\uFF0C\u5E94\u4E3A\u6750\u6599\u6587\u4EF6`,
          `${check.value.rel} is a folder; a material must be a file`
        )
      }) : drafts.push({ ...at2(pointer), message: readProblemText(check.problem) }));
    return drafts;
  }
};
function creditCodeProblem(code) {
  let value = code.trim().toUpperCase();
  if (value.length !== 18)
    return {
      zh: `\u5E94\u4E3A 18 \u4F4D\uFF0C\u5B9E\u9645 ${value.length} \u4F4D`,
      en: `must be 18 characters, got ${value.length}`
    };
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    let digit2 = CREDIT_CODE_ALPHABET.indexOf(value[i]);
    if (digit2 === -1)
      return {
        zh: `\u7B2C ${i + 1} \u4F4D\u5B57\u7B26 ${value[i]} \u4E0D\u5141\u8BB8\uFF08\u4E0D\u5F97\u4F7F\u7528 I\u3001O\u3001Z\u3001S\u3001V\uFF09`,
        en: `character ${i + 1} (${value[i]}) is not allowed (no I, O, Z, S, V)`
      };
    i < 17 && (sum += digit2 * CREDIT_CODE_WEIGHTS[i]);
  }
  if (!/^\d{6}$/.test(value.slice(2, 8)))
    return {
      zh: "\u7B2C 3-8 \u4F4D\u5E94\u4E3A\u884C\u653F\u533A\u5212\u7801\uFF08\u6570\u5B57\uFF09",
      en: "characters 3-8 must be an administrative division code (digits)"
    };
  let expected = CREDIT_CODE_ALPHABET[(31 - sum % 31) % 31];
  if (value[17] !== expected)
    return {
      zh: `\u6821\u9A8C\u7801\u5E94\u4E3A ${expected}\uFF0C\u5B9E\u9645\u4E3A ${value[17]}`,
      en: `check character should be ${expected}, not ${value[17]}`
    };
}
var materialsCreditCode = {
  id: "materials/credit-code",
  stage: "main",
  defaultSeverity: "error",
  status: "V",
  title: text("\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u65E0\u6548", "Invalid unified social credit code"),
  help: text(
    "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u4E3A 18 \u4F4D\uFF08GB 32100-2015\uFF09\uFF0C\u672B\u4F4D\u4E3A\u6821\u9A8C\u7801\u3002\u7167\u6284\u8425\u4E1A\u6267\u7167\u4E0A\u7684\u4EE3\u7801\uFF0C\u5E76\u5728 YAML \u4E2D\u52A0\u5F15\u53F7\u3002",
    "The unified social credit code has 18 characters (GB 32100-2015), the last a check character. Copy it from the business licence and quote it in YAML."
  ),
  check({ manifest, at: at2 }) {
    let code = manifest.service.credit_code;
    if (code === void 0) return [];
    let problem = creditCodeProblem(code);
    return problem ? [
      {
        ...at2("/service/credit_code"),
        message: text(
          `\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801 ${code} \u65E0\u6548\uFF1A${problem.zh}`,
          `Credit code ${code} is invalid: ${problem.en}`
        )
      }
    ] : [];
  }
};

// src/rules/waiver.ts
var UNWAIVABLE = /^(manifest|waiver)\//;
function waiverStatus(waiver, today, ruleIds) {
  return ruleIds.has(waiver.rule) ? UNWAIVABLE.test(waiver.rule) ? {
    state: "invalid",
    why: text(`\u89C4\u5219 ${waiver.rule} \u4E0D\u53EF\u8C41\u514D`, `rule ${waiver.rule} cannot be waived`)
  } : waiver.reason.trim().length < 4 ? { state: "invalid", why: text("\u7406\u7531\u8FC7\u4E8E\u7B80\u77ED", "the reason is too short") } : waiver.expires < today ? { state: "expired" } : { state: "valid" } : {
    state: "invalid",
    why: text(`\u89C4\u5219 ${waiver.rule} \u4E0D\u5B58\u5728`, `rule ${waiver.rule} does not exist`)
  };
}
function at(loaded, pointer) {
  return { file: loaded.file, ...positionOf(loaded.positions, pointer) };
}
var waiverInvalid = {
  id: "waiver/invalid",
  stage: "manifest",
  defaultSeverity: "error",
  status: "structural",
  title: text("\u8C41\u514D\u65E0\u6548", "Invalid waiver"),
  help: text(
    "\u6BCF\u6761\u8C41\u514D\u987B\u5305\u542B `rule`\uFF08\u76EE\u5F55\u4E2D\u5B58\u5728\u7684\u89C4\u5219 ID\uFF09\u3001`reason`\u3001`owner` \u548C `expires`\uFF08YYYY-MM-DD\uFF09\u3002\u65E0\u6548\u7684\u8C41\u514D\u4E0D\u751F\u6548\u3002`manifest/*` \u4E0E `waiver/*` \u89C4\u5219\u4E0D\u53EF\u8C41\u514D\u3002",
    "Every waiver needs `rule` (a rule id from the catalogue), `reason`, `owner` and `expires` (YYYY-MM-DD). An invalid waiver has no effect. `manifest/*` and `waiver/*` rules cannot be waived."
  ),
  check(loaded, { today, ruleIds }) {
    let drafts = loaded.invalidWaivers.map(({ index, problems }) => {
      let details = problems.map((p) => describeSchemaProblem(p).message);
      return {
        ...at(loaded, `/waivers/${index}`),
        message: text(
          `\u7B2C ${index + 1} \u6761\u8C41\u514D\u65E0\u6548\uFF1A${details.map((d) => d["zh-CN"]).join("\uFF1B")}`,
          `Waiver ${index + 1} is invalid: ${details.map((d) => d.en).join("; ")}`
        )
      };
    });
    for (let { index, waiver } of loaded.waivers) {
      let status = waiverStatus(waiver, today, ruleIds);
      status.state === "invalid" && drafts.push({
        ...at(loaded, `/waivers/${index}/rule`),
        message: text(
          `\u7B2C ${index + 1} \u6761\u8C41\u514D\u65E0\u6548\uFF1A${status.why["zh-CN"]}`,
          `Waiver ${index + 1} is invalid: ${status.why.en}`
        )
      });
    }
    return drafts;
  }
}, waiverExpired = {
  id: "waiver/expired",
  stage: "manifest",
  defaultSeverity: "error",
  status: "structural",
  title: text("\u8C41\u514D\u5DF2\u8FC7\u671F", "Waiver expired"),
  help: text(
    "\u8FC7\u671F\u7684\u8C41\u514D\u4E0D\u518D\u751F\u6548\uFF0C\u5E76\u4F7F\u95E8\u7981\u5931\u8D25\uFF0C\u4EE5\u514D\u4E34\u65F6\u4F8B\u5916\u53D8\u6210\u6C38\u4E45\u4F8B\u5916\u3002\u89E3\u51B3\u88AB\u8C41\u514D\u7684\u95EE\u9898\u540E\u5220\u9664\u8BE5\u8C41\u514D\uFF0C\u6216\u5728\u8D1F\u8D23\u4EBA\u786E\u8BA4\u540E\u5EF6\u957F `expires`\u3002",
    "An expired waiver no longer applies and fails the gate, so a temporary exception cannot become permanent. Fix what it waived and delete it, or have its owner extend `expires`."
  ),
  check(loaded, { today, ruleIds }) {
    return loaded.waivers.flatMap(({ index, waiver }) => waiverStatus(waiver, today, ruleIds).state !== "expired" ? [] : [
      {
        ...at(loaded, `/waivers/${index}/expires`),
        message: text(
          `\u5BF9 ${waiver.rule} \u7684\u8C41\u514D\u5DF2\u4E8E ${waiver.expires} \u8FC7\u671F\uFF08\u8D1F\u8D23\u4EBA\uFF1A${waiver.owner}\uFF09`,
          `The waiver of ${waiver.rule} expired on ${waiver.expires} (owner: ${waiver.owner})`
        )
      }
    ]);
  }
};

// src/rules/index.ts
var MANIFEST_RULES = [
  manifestParse,
  manifestSchema,
  manifestMissing,
  waiverInvalid,
  waiverExpired
], MAIN_RULES = [
  pathRequired,
  pathUnfiledModel,
  pathFilingNumberFormat,
  pathAlgorithmFiling,
  pathExemptReason,
  materialsMissing,
  materialsCreditCode
], RULES = [...MANIFEST_RULES, ...MAIN_RULES], RULE_IDS = new Set(RULES.map((rule) => rule.id));

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right, result, ai = str2.indexOf(a), bi = str2.indexOf(b, ai + 1), i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b)
      return [ai, bi];
    for (begs = [], left = str2.length; i >= 0 && !result; ) {
      if (i === ai)
        begs.push(i), ai = str2.indexOf(a, i + 1);
      else if (begs.length === 1) {
        let r = begs.pop();
        r !== void 0 && (result = [r, bi]);
      } else
        beg = begs.pop(), beg !== void 0 && beg < left && (left = beg, right = bi), bi = str2.indexOf(b, i + 1);
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    begs.length && right !== void 0 && (result = [left, right]);
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0", escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0", escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0", escComma = "\0COMMA" + Math.random().toFixed(16) + "\0", escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0", escSlashPattern = new RegExp(escSlash, "g"), escOpenPattern = new RegExp(escOpen, "g"), escClosePattern = new RegExp(escClose, "g"), escCommaPattern = new RegExp(escComma, "g"), escPeriodPattern = new RegExp(escPeriod, "g"), slashPattern = /\\\\/g, openPattern = /\\{/g, closePattern = /\\}/g, commaPattern = /\\,/g, periodPattern = /\\\./g, EXPANSION_MAX = 1e5, EXPANSION_MAX_LENGTH = 4e6, EXPANSION_MAX_DEPTH = 1e3, EXPANSION_MAX_REWRITES = 1e3, EXPANSION_MAX_STEPS = 2e7, CALL_STEPS = 16;
function numeric(str2) {
  return isNaN(str2) ? str2.charCodeAt(0) : parseInt(str2, 10);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++)
    target.push(items[i]);
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0)
    return;
  let r = range("{", "}", masked), unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  if (budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length, !(!r || budget.remaining < 0))
    return {
      end: r[1],
      pre: str2.slice(0, r[0]),
      body: str2.slice(r[0] + 1, r[1]),
      post: str2.slice(r[1] + 1),
      unmatched
    };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  let open = [];
  for (let i = 0; i < masked.length; i++) {
    let c = masked.charCodeAt(i);
    c === 123 ? open.push(i) : c === 125 && open.length && open.pop();
  }
  let out = "", last = 0;
  for (let i = 0; i < open.length; i++) {
    let at2 = open[i];
    out += masked.slice(last, at2) + "\0", last = at2 + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  if (budget.remaining -= str2.length, budget.remaining < 0)
    return !1;
  let close = !1;
  for (let i = str2.length - 1; i >= 0; i--) {
    let c = str2.charCodeAt(i);
    if (c === 125)
      close = !0;
    else if (c === 10 || c === 13 || c === 8232 || c === 8233)
      close = !1;
    else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44)
      return !0;
  }
  return !1;
}
function parseCommaParts(str2, budget) {
  let parts = [], carry = "";
  for (; ; ) {
    let m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0)
      return;
    if (!m) {
      let tail = str2.split(",");
      return tail[0] = carry + tail[0], pushAll(parts, tail), parts;
    }
    let { pre, body, post } = m, p = pre.split(",");
    if (p[0] = carry + p[0], p[p.length - 1] += "{" + body + "}", !post.length)
      return pushAll(parts, p), parts;
    carry = p.pop(), pushAll(parts, p), str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2)
    return [];
  let max = bound(options.max, EXPANSION_MAX), maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH), maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH), maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES), maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  return str2.slice(0, 2) === "{}" && (str2 = "\\{\\}" + str2.slice(2)), expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, !0).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  let out = [], length = 0, nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    let prefix2 = acc[a] + pre, vs = values;
    dropEmpties && !prefix2 && (nonEmpty || (nonEmpty = values.filter((v) => v)), vs = nonEmpty);
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      let expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion), length += expansion.length;
    }
  }
  return budget.remaining -= out.length, out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  let n = body.split(/\.\./), N = [];
  if (n[0] === void 0 || n[1] === void 0)
    return N;
  let x = numeric(n[0]), y = numeric(n[1]), width = Math.max(n[0].length, n[1].length), incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1, test = lte;
  y < x && (incr *= -1, test = gte);
  let pad = n.some(isPadded), cost = pad ? width : 1, length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    if (budget.remaining -= cost, budget.remaining < 0)
      return;
    let c;
    if (isAlphaSequence)
      c = String.fromCharCode(i), c === "\\" && (c = "");
    else if (c = String(i), pad) {
      let need = width - c.length;
      if (need > 0) {
        let z = new Array(need + 1).join("0");
        i < 0 ? c = "-" + z + c.slice(1) : c = z + c;
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c), length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  if (budget.remaining -= CALL_STEPS, depth > maxDepth)
    return [str2];
  let acc = [""], rewrites = 0, dropEmpties = !1, firstGroup = !0, masked = str2;
  for (; ; ) {
    let m = balancedWithBudget(str2, masked, budget);
    if (!m)
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    m.unmatched && (masked = maskUnmatchedOpens(masked, budget));
    let pre = m.pre, literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      if (acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget), firstGroup = !1, !m.post.length)
        break;
      str2 = m.post, masked = masked.slice(m.end + 1);
      continue;
    }
    let isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body), isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body), isSequence = isNumericSequence || isAlphaSequence, isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++, str2 = m.pre + "{" + m.body + escClose + m.post, masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1), isTop = !0;
        continue;
      }
      return literal2();
    }
    firstGroup && (dropEmpties = isTop && !isSequence, firstGroup = !1);
    let values;
    if (isSequence) {
      if (values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget), !values)
        return literal2();
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n)
        return literal2();
      if (n.length === 1 && n[0] !== void 0) {
        if (n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, !1).map(embrace), budget.remaining < 0)
          return literal2();
        if (n.length === 1) {
          let next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0)
            return literal2();
          if (acc = next2, !m.post.length)
            break;
          str2 = m.post, masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++)
        acc[d] && (dropsEmpties = !1);
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        let expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, !1);
        if (budget.remaining < 0)
          return literal2();
        for (let k = 0; k < expanded.length; k++) {
          let v = expanded[k];
          if (!(dropsEmpties && !v)) {
            if (values.length >= max || valuesLength + v.length > maxLength)
              break outer;
            values.push(v), valuesLength += v.length;
          }
        }
      }
    }
    let next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0)
      return literal2();
    if (acc = next, !m.post.length)
      break;
    str2 = m.post, masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) }, prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]), fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0], hi = +b[0], ra = a.slice(1), rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  let zeros = "0".repeat(ra.length), nines = "9".repeat(ra.length), out = [];
  ra !== zeros && out.push(...prefix(lo++, fixed(ra, nines)));
  let last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  return lo <= hi && out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]), out.push(...last), out;
}, nonneg = (a, b, width) => {
  if (width)
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  let out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    let lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1)), hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
}, numericRange = (loStr, hiStr) => {
  let lo = Number(loStr), hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  lo > hi && ([lo, hi] = [hi, lo]);
  let width = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr) ? Math.max(loStr.length, hiStr.length) : 0, out = [];
  if (lo < 0) {
    let neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  return hi >= 0 && out.push(...nonneg(Math.max(lo, 0), hi, width)), out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", !0],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", !0],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
}, braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&"), noMatch = /$./, parseClass = (glob, position, nocase = !1, form) => {
  let norm = (c) => {
    let n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  }, pos = position;
  if (glob.charAt(pos) !== "[")
    throw new Error("not in a brace expression");
  let ranges = [], negs = [], i = pos + 1, sawStart = !1, escaping = !1, negate = !1, endPos = pos, rangeStart = "";
  WHILE: for (; i < glob.length; ) {
    let c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = !0, i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    if (sawStart = !0, c === "\\" && !escaping) {
      escaping = !0, i++;
      continue;
    }
    if (c === "[" && !escaping) {
      for (let [cls, [unip, neg]] of Object.entries(posixClasses))
        if (glob.startsWith(cls, i)) {
          if (rangeStart)
            return [noMatch, glob.length - pos];
          i += cls.length, neg ? negs.push(unip) : ranges.push(unip);
          continue WHILE;
        }
    }
    escaping = !1;
    let n = norm(c);
    if (rangeStart) {
      n.codePointAt(0) > rangeStart.codePointAt(0) ? ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n)) : n === rangeStart && ranges.push(braceEscape(n)), rangeStart = "", i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-")), i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n, i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n)), i += c.length;
  }
  if (endPos < i)
    return [noMatch, 0];
  if (!ranges.length && !negs.length)
    return [noMatch, glob.length - pos];
  let sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]", snegs = "[" + (negate ? "" : "^") + negs.join("") + "]", comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 }, extTypes = "!?+*@", lit = (ch) => ({ t: "lit", ch }), reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"), newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu"), foldCache = /* @__PURE__ */ new Map(), foldRe = (ch) => {
  let re = foldCache.get(ch);
  return re || (re = newFoldRe(ch), foldCache.size >= 1e3 && foldCache.clear(), foldCache.set(ch, re)), re;
}, litMatch = (l, c) => {
  if (c === l.ch)
    return !0;
  if (!l.re)
    return !1;
  let code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  let ascii = l.ascii ??= new Uint8Array(128);
  return ascii[code] ||= l.re.test(c) ? 1 : 2, ascii[code] === 1;
}, tokenize = (p, nocase, noext, form, mark) => {
  let toks = [];
  for (let i = 0; i < p.length; ) {
    let c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      let m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        let start = i + m + mark.length, end = p.indexOf(mark, start), r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end)), alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts }), i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      let e = p.codePointAt(i + 1), ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch)), i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      let [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re }), i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c }), i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c)), i += c.length;
  }
  return toks;
}, pair = (toks) => {
  let pairs2 = /* @__PURE__ */ new Map(), stack = [];
  return toks.forEach((tok, i) => {
    tok.t === "open" ? stack.push(i) : tok.t === "close" && stack.length && pairs2.set(stack.pop(), i);
  }), pairs2;
}, build = (toks, pairs2, start, end, top) => {
  let seq2 = [], alts = [seq2];
  for (let i = start; i < end; i++) {
    let tok = toks[i], close = pairs2.get(i);
    if (tok.t === "open" && close !== void 0) {
      let sub = build(toks, pairs2, i + 1, close, !1);
      seq2.push({ t: "ext", type: tok.type, alts: sub }), i = close;
    } else tok.t === "bar" && !top ? alts.push(seq2 = []) : tok.t === "open" ? seq2.push(lit(tok.type), lit("(")) : tok.t === "bar" ? seq2.push(lit("|")) : tok.t === "close" ? seq2.push(lit(")")) : seq2.push(tok);
  }
  return alts;
}, normalize = (items, form) => {
  let out = [], run3 = "", flush = () => {
    for (let ch of run3.normalize(form))
      out.push(lit(ch));
    run3 = "";
  };
  for (let it of items) {
    if (it.t === "lit") {
      run3 += it.ch;
      continue;
    }
    flush(), out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  return flush(), out;
}, compile = (items, nocase) => {
  let id = 1, split = (out) => ({ t: "split", id: id++, out }), seq2 = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next), item = (it, next) => {
    switch (it.t) {
      case "lit":
        let re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    let alts = (next2) => it.alts.map((a) => seq2(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    let after = split([]), entry = split(alts(after));
    return after.out.push(next, entry), it.type === "*" ? after : entry;
  };
  return [seq2(items, MATCH), id];
}, show = (start) => {
  let lines = [], seen = /* @__PURE__ */ new Set(), ref = (n) => n.t === "match" ? "match" : String(n.id), walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    let line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (let o of n.out)
          walk(o, indent);
        return;
      case "neg":
        return line(`!(${ref(n.sub)}) -> ${ref(n.next)}`), walk(n.sub, indent + "  "), walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  return walk(start, ""), [`start -> ${ref(start)}`, ...lines].join(`
`);
}, State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = !1;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
}, sameState = (a, b) => a.ids.length !== b.ids.length || a.runs.length !== b.runs.length || a.ids.some((id, i) => id !== b.ids[i]) ? !1 : a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state))), marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
}), Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots, this.dotStart = dotStart, this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    return state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b), state.match && state.ids.unshift(MATCH.id), state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    let { seen } = this.#marks;
    return seen[node.id] === state.gen ? !1 : (seen[node.id] = state.gen, !0);
  }
  #addThread(state, node) {
    let { has } = this.#marks;
    return has[node.id] === state.gen ? !1 : (has[node.id] = state.gen, state.threads.push(node), !0);
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (let o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        let sub = this.state();
        return this.add(sub, node.sub, i, !1), this.done(sub), this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        this.#addThread(state, node) && this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = !0;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run3, i, top) {
    for (let r of state.runs)
      if (r.neg === run3.neg && sameState(r.state, run3.state))
        return;
    state.runs.push(run3), run3.state.match || this.add(state, run3.neg.next, i, top);
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    let next = this.state();
    for (let th of state.threads)
      switch (th.t) {
        case "lit":
          litMatch(th, c) && this.add(next, th.next, i + 1, top);
          break;
        case "any":
          this.restricted(i, top) || this.add(next, th.next, i + 1, top);
          break;
        case "class":
          !this.restricted(i, top) && th.re.test(c) && this.add(next, th.next, i + 1, top);
          break;
        case "star":
          this.restricted(i, top) || this.add(next, th, i + 1, top);
      }
    if (!this.restricted(i, top))
      for (let run3 of state.runs) {
        if (run3.state.dead) {
          this.addRun(next, run3, i + 1, top);
          continue;
        }
        let sub = this.step(run3.state, c, i, !1);
        this.addRun(next, { t: "run", neg: run3.neg, state: sub }, i + 1, top);
      }
    return this.done(next);
  }
}, stateKey = (state) => {
  let ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  let runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
}, DFA_BUDGET = 1 << 18, Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start, this.#sim = new Sim(!1, !1, marks2), this.#dotSim = new Sim(!1, !0, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    let key = stateKey(state), found = this.#states.get(key);
    if (found)
      return found;
    this.#size > DFA_BUDGET && this.#clear();
    let d = this.#make(state);
    return this.#states.set(key, d), this.#size += key.length + 1, d;
  }
  #clear() {
    this.#states.clear(), this.#size = 0, this.#plain = void 0, this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      let state2 = this.#dotSim.state();
      return this.#dotSim.add(state2, this.#start, 0, !0), this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    let state = this.#sim.state();
    return this.#sim.add(state, this.#start, 0, !0), this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    let code = c.charCodeAt(0), found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    let n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, !0)) : this.#intern(this.#sim.step(d.state, c, 1, !0));
    return code < 128 ? (d.ascii || (d.ascii = new Array(128), this.#size += 128), d.ascii[code] = n) : d.next.set(c, n), this.#size++, n;
  }
}, linear = (start) => {
  let nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return;
    nodes.push(n);
  }
  return nodes;
}, testLinear = (nodes, chars, start, end) => {
  let ni = 0, ci = start, starNi = -1, starCi = 0;
  for (; ci < end; ) {
    let n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++, starCi = ci;
      continue;
    }
    let c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++, ci++;
      continue;
    }
    if (starNi === -1)
      return !1;
    ni = starNi + 1, ci = ++starCi;
  }
  for (; nodes[ni]?.t === "star"; )
    ni++;
  return ni === nodes.length;
}, lengths = (items) => {
  let min = 0, max = 0;
  for (let it of items) {
    let [lo, hi] = itemLengths(it);
    min += lo, max += hi;
  }
  return [min, max];
}, itemLengths = (it) => {
  if (it.t === "star")
    return [0, 1 / 0];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, 1 / 0];
  let alts = it.alts.map(lengths), min = Math.min(...alts.map((a) => a[0])), max = Math.max(...alts.map((a) => a[1])), loop = max === 0 ? 0 : 1 / 0;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
}, hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++)
    if (!litMatch(lits[j], chars[start + j]))
      return !1;
  return !0;
}, slashOrSurrogate = /[/\ud800-\udfff]/, surrogate = /[\ud800-\udfff]/, codePoints = (s) => surrogate.test(s) ? [...s] : s, noSlash = (s) => {
  if (s.includes("/"))
    throw new Error("can only match a single path portion, got: " + s);
}, Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = !1;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = !1;
  // the least and most chars that a match can have
  #min = 0;
  #max = 1 / 0;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = !1;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/"))
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    this.pattern = pattern, this.options = options;
    let { nocase = !1, noext = !1, normalize: n } = options;
    this.#form = n === !0 ? "NFC" : n || void 0;
    let literal2 = /^[?*+@]\(\)$/.test(pattern), toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark), [items] = build(toks, pair(toks), 0, toks.length, !0);
    this.#form && (items = normalize(items, this.#form));
    let [start, size] = compile(items, nocase);
    if (this.#start = start, this.#size = size, items.every((it) => it.t === "lit"))
      this.#literal = items.map((it) => it.ch).join(""), this.#literalFold = nocase;
    else {
      let lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (let it of items) {
        let l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        let l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length), nocase || (this.#prefixStr = this.#prefix.map((l) => l.ch).join(""), this.#suffixStr = this.#suffix.map((l) => l.ch).join("")), this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0), this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      let [min, max] = lengths(items);
      this.#min = min, this.#max = max;
    }
  }
  test(s) {
    return this.#form ? (noSlash(s), this.#test(s.normalize(this.#form))) : slashOrSurrogate.test(s) ? (noSlash(s), this.#test(s, [...s])) : this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0)
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    let min = this.#min, max = this.#max;
    if (chars === void 0) {
      let most = s.length, least = most + 1 >> 1;
      if (most < min || least > max)
        return !1;
      (least < min || most > max) && (chars = codePoints(s));
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max))
      return !1;
    let prefix2 = this.#prefix.length;
    if (this.#affix)
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr))
          return !1;
      } else {
        chars ??= codePoints(s);
        let end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end))
          return !1;
      }
    let dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === ".." || dotStart && !prefix2)
        return !1;
      if (this.#wild)
        return !0;
      chars ??= codePoints(s);
      let end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    if (chars ??= codePoints(s), s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      let sim = this.#dotsSim ??= new Sim(!0, !1, this.#marks), start = sim.state();
      sim.add(start, this.#start, 0, !0);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++)
        state = sim.step(state, chars[i], i, !0);
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    let dfa = this.#dfa ??= new Dfa(this.#start, this.#marks), d = dfa.start(dotStart), str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return !1;
      let code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var assertValidPattern = (pattern) => {
  if (typeof pattern != "string")
    throw new TypeError("invalid pattern");
  if (pattern.length > 65536)
    throw new TypeError("pattern is too long");
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = !1, magicalBraces = !1 } = {}) => {
  let e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&"), c = e.charAt(0);
  return c === "#" ? (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1) : c === "!" ? (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1) : e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = !1, magicalBraces = !0 } = {}) => windowsPathsNoEscape && s.startsWith("@(!)") ? "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }) : magicalBraces ? windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1") : windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5, DEFAULT_GLOB_STAR_RECURSION_MAX = 200, AWE_KEY = "allowWindowsEscape", minimatch = (p, pattern, options) => (assertValidPattern(pattern), !options?.nocomment && pattern.charAt(0) === "#" ? !1 : cachedMinimatch(pattern, options).match(p)), cache = /* @__PURE__ */ new Map(), oldCache = /* @__PURE__ */ new Map(), cacheSize = 0, cacheTotalWeight = 0, cacheMax = 256, cacheMaxWeight = 32768, cacheMaxEntryWeight = 4096, cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (let s of mm.globSet)
    if (w += s.length + 1, w > cacheMaxEntryWeight)
      break;
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1, booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i])), optionsKey = (o) => {
  let n = 0, wpe = !1;
  for (let k in o) {
    let v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        v && (wpe = !0);
        break;
      case AWE_KEY:
        v === !1 && (wpe = !0);
        break;
      case "platform": {
        let p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX)
          return JSON.stringify(o);
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX)
          return JSON.stringify(o);
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
}, copyOptions = (o) => {
  let copy = {};
  for (let k in o)
    copy[k] = o[k];
  return copy;
}, cachedMinimatch = (pattern, options) => {
  let key = options ? optionsKey(options) : 0, mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  let weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) && (oldCache = cache, cache = /* @__PURE__ */ new Map(), cacheSize = 0, cacheTotalWeight = 0);
  let byPattern = cache.get(key);
  return byPattern || cache.set(key, byPattern = /* @__PURE__ */ new Map()), byPattern.set(pattern, mm), cacheSize++, cacheTotalWeight += weight, mm;
}, defaultPlatform = typeof process == "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix", path3 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
}, sep = defaultPlatform === "win32" ? path3.win32.sep : path3.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b), defaults = (def) => {
  if (!def || typeof def != "object" || !Object.keys(def).length)
    return minimatch;
  let orig = minimatch;
  return Object.assign((p, pattern, options = {}) => orig(p, pattern, ext(def, options)), {
    Minimatch: class extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  if (assertValidPattern(pattern), options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern))
    return [pattern];
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  return (options.windowsPathsNoEscape || options[AWE_KEY] === !1) && (p = p.replace(/\[([{}])\]/g, "[\\$1]")), expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100, rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g, inRepeatOrNegExt = (portion, mark) => {
  let stack = [];
  for (let i = 0; i < portion.length; i++) {
    let c = portion.charAt(i);
    if (c === "\\")
      i++;
    else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return !0;
    } else portion.charAt(i + 1) === "(" && "!?+*@".includes(c) ? (stack.push(c), i++) : c === ")" && stack.pop();
  }
  return !1;
}, match = (list, pattern, options = {}) => {
  let mm = new Minimatch(pattern, options);
  return list = list.filter((f) => mm.match(f)), mm.options.nonull && !list.length && list.push(pattern), list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/, classEnd = (pattern, start) => {
  let i = start + 1;
  (pattern.charAt(i) === "!" || pattern.charAt(i) === "^") && i++;
  let sawStart = !1;
  for (; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = !0, c === "\\" && i++;
  }
  return -1;
}, literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "\\")
      lit2 += pattern.charAt(++i) || c;
    else {
      if (c === "*" || c === "?")
        return;
      if (c === "[") {
        let close = classEnd(pattern, i);
        if (close === -1) {
          lit2 += c;
          continue;
        }
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("\\") && (body = body.slice(1)), [...body].length !== 1 || "!^".includes(pattern.charAt(i + 1)))
          return;
        lit2 += body, i = close;
      } else {
        if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2))
          return;
        lit2 += c;
      }
    }
  }
  return lit2;
}, MAX_EXTGLOBS = 256, extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    let c = pattern.charAt(i);
    c === "\\" ? i++ : "+@!?*".includes(c) && pattern.charAt(i + 1) === "(" && (n++, i++);
  }
  return n;
}, assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS)
    throw new TypeError("pattern has too many extglobs");
}, extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return !1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return !1;
    } else if (c === "[") {
      let close = classEnd(pattern, i);
      close !== -1 && (i = close);
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(")
      depth++, i++;
    else if (c === ")") {
      if (!depth--)
        return !1;
    } else if (c === "|" && !depth)
      return !1;
  }
  return !depth;
}, lastSplit, lastChecked, portionMatch = (p, f) => typeof p == "string" ? f === p : f !== "" && p.testUnchecked(f), endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1, isDots = (p) => p === "." || p === "..", isDrive = (p) => typeof p == "string" && /^[a-z]:$/i.test(p), isLongUNC = (p) => typeof p == "string" && /^unc$/i.test(p), uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  let h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1, host = p[h], share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
}, walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith(".")), dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return !0;
      let n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return !0;
    }
    let s = nextSep(f, k, sep2);
    if (s === -1)
      return !1;
    for (k = s + 1; k < end && isSep(f.charCodeAt(k), sep2); )
      k++;
  }
  return !1;
}, isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92, nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  let s = f.indexOf("/", from), b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
}, lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from)), PENDING = {}, Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = !1;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern), options = options || {}, this.options = options, this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX, this.pattern = pattern, this.platform = options.platform || defaultPlatform, this.isWindows = this.platform === "win32", this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === !1, this.windowsPathsNoEscape && (this.pattern = this.pattern.replace(/\\/g, "/")), this.preserveMultipleSlashes = !!options.preserveMultipleSlashes, this.negate = !1, this.nonegate = !!options.nonegate, this.comment = !1, this.empty = !1, this.partial = !!options.partial, this.nocase = !!this.options.nocase, this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase), this.globSet = [], this.globParts = [], this.set = [], this.#endCheck = !this.preserveMultipleSlashes, this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    let n = options.normalize;
    this.#form = n === !0 ? "NFC" : n || void 0, this.make();
    let drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]), this.#literals = this.set.map((row, r) => {
      let end = this.#endRows[r] ? row.length - 1 : row.length, lits = row.slice(drives[r] + 1, end).filter((p) => typeof p == "string" && !!p);
      return [...new Set(lits)];
    }), this.#literalCheck = this.#literals.some((l) => l.length), this.#shapes = this.set.map((row, r) => {
      let [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2 && p0 === GLOBSTAR && p1 !== GLOBSTAR)
        return "tail";
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "")
        return "base";
      if (!(!this.#endCheck || drives[r] !== -1)) {
        if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
        this.maxGlobstarRecursion > 0)
          return "mid";
        if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "")
          return "head";
      }
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    if (row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]))
      return 3;
    let h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1)
      return !0;
    for (let pattern of this.set)
      for (let part of pattern)
        if (typeof part != "string")
          return !0;
    return !1;
  }
  make() {
    let pattern = this.pattern, options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = !0;
      return;
    }
    if (!pattern) {
      this.empty = !0;
      return;
    }
    this.parseNegate(), this.globSet = [...new Set(this.#expandBraces())];
    let rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts), this.#pending = !0;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        let n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4, isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p)), isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC)
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        if (isDrive2)
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
      }
      return s.map((ss) => this.parse(ss));
    });
    if (this.set = set2.filter((s) => s.indexOf(!1) === -1), this.isWindows)
      for (let i = 0; i < this.set.length; i++) {
        let p = this.set[i];
        p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3])) && (isLongUNC(this.globParts[i][3]) && (p[3] = "UNC"), p[2] = "?");
      }
    options.noext || this.mergeRows(), this.#pending = !1, this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++)
        row[k] === PENDING && (row[k] = this.parse(this.globParts[i][k]));
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = !0;
    for (; merged; ) {
      if (merged = !1, this.set.length < 2)
        return;
      let keys = this.#mergeKeys(), len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        let groups = /* @__PURE__ */ new Map(), R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k]))
            return;
          let { pre, suf } = keys[i], key = pre[k] * R + suf[k + 1], g = groups.get(key);
          g ? g.push(i) : groups.set(key, [i]);
        });
        let drop = /* @__PURE__ */ new Set();
        for (let g of groups.values()) {
          if (g.length < 2)
            continue;
          let [first, ...rest] = g, glob = `@(${g.map((i) => this.globParts[i][k]).join("|")})`;
          if (!(extglobCount(glob) > MAX_EXTGLOBS)) {
            this.globParts[first][k] = glob, this.set[first][k] = this.parse(glob);
            for (let i of rest)
              drop.add(i);
          }
        }
        if (drop.size) {
          if (merged = !0, this.set = this.set.filter((_, i) => !drop.has(i)), this.globParts = this.globParts.filter((_, i) => !drop.has(i)), this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    let partIds = /* @__PURE__ */ new Map(), ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      return id === void 0 && partIds.set(s, id = partIds.size), id;
    })), P = partIds.size, len = Math.max(0, ...ids.map((r) => r.length)), keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      let m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        let { pre } = keys[i], key = pre[k] * P + r[k], id = m.get(key);
        id === void 0 && m.set(key, id = m.size + 1), pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      let m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        let { suf } = keys[i], key = suf[k + 1] * P + r[k], id = m.get(key);
        id === void 0 && m.set(key, id = m.size + 1), suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar)
      for (let partset of globParts)
        for (let j = 0; j < partset.length; j++)
          partset[j] === "**" && (partset[j] = "*");
    let { optimizationLevel = 1 } = this.options;
    return optimizationLevel >= 2 ? (globParts = this.firstPhasePreProcess(globParts), globParts = this.secondPhasePreProcess(globParts)) : optimizationLevel >= 1 ? globParts = this.levelOneOptimize(globParts) : globParts = this.adjascentGlobstarOptimize(globParts), globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      for (; (gs = parts.indexOf("**", gs + 1)) !== -1; ) {
        let i = gs;
        for (; parts[i + 1] === "**"; )
          i++;
        i !== gs && parts.splice(gs, i - gs);
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      let root = this.#rootIndex(parts) + 1;
      return parts = parts.reduce((set2, part) => {
        let prev = set2[set2.length - 1];
        return part === "**" && prev === "**" ? set2 : part === ".." && set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**" ? (set2.pop(), set2) : (set2.push(part), set2);
      }, []), parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    let sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\", ends = this.#endCheck ? 0 : -1, last = "", lastStart = 0, prev, prevStart = 0, dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      let row = this.set[r], p = row[row.length - 1], end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        let i = lastSep(f, f.length, sep2);
        if (lastStart = i + 1, last = f.slice(lastStart), last === "" && i >= 0) {
          let j = i;
          for (; j > 0 && isSep(f.charCodeAt(j - 1), sep2); )
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1, prev = f.slice(prevStart, j);
        }
        let resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1, end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p == "string" && (tailStart = endIndex(p, last, lastStart, prev, prevStart), tailStart === -1))
        continue;
      if (this.#literalCheck) {
        for (let l of this.#literals[r])
          if (!f.includes(l))
            continue ROWS;
      }
      if (end && typeof p == "object" && (tailStart = endIndex(p, last, lastStart, prev, prevStart), tailStart === -1))
        continue;
      let shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, !0, sep2))
          return "maybe";
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        let m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    let dot = !!this.options.dot, n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0]))
        return !1;
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return !1;
      return !0;
    }
    let x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t]) && (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])))
        return !1;
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return !1;
      return !0;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        for (; i < n && walkable(file[i], dot); )
          i++;
        if (i === n)
          return !0;
      }
      if (!walkable(file[k], dot))
        return !1;
    }
    return !1;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, !0, sep2))
      return "maybe";
    let x = row[head ? 0 : 1], s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      for (; next < f.length && isSep(f.charCodeAt(next), sep2); )
        next++;
      if ((typeof x == "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e))) && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    let last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    let { isWindows, preserveMultipleSlashes } = this, parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f), normalize2 = this.#form;
    return normalize2 && (parts = parts.map((p) => p.normalize(normalize2))), lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    }, lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    let parts = [...file], didSomething = !1;
    do {
      if (didSomething = !1, !this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          let p = parts[i];
          i === 1 && p === "" && parts[0] === "" || (p === "." || p === "") && (didSomething = !0, parts.splice(i, 1), i--);
        }
        parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "") && (didSomething = !0, parts.pop());
      }
      let root = this.#rootIndex(parts) + 1, dd = root;
      for (; (dd = parts.indexOf("..", dd + 1)) !== -1; ) {
        let p = parts[dd - 1];
        p && p !== "." && p !== ".." && p !== "**" && (didSomething = !0, parts.splice(dd - 1, 2), dd = Math.max(dd - 2, root));
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options, splitCells = 0, maxSplitCells = 1e6, didSomething = !1;
    do {
      didSomething = !1;
      for (let parts of globParts) {
        let gs = -1;
        for (; (gs = parts.indexOf("**", gs + 1)) !== -1; ) {
          let gss = gs;
          for (; parts[gss + 1] === "**"; )
            gss++;
          gss > gs && parts.splice(gs + 1, gss - gs);
          let next = parts[gs + 1], p = parts[gs + 2], p2 = parts[gs + 3];
          if (next !== ".." || !p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..")
            continue;
          let addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells)
            throw new RangeError("optimizationLevel 2: too many patterns from '**/..'");
          didSomething = !0, parts.splice(gs, 1);
          let other = parts.slice(0);
          other[gs] = "**", splitCells += addedCells, globParts.push(other), gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            let p = parts[i];
            i === 1 && p === "" && parts[0] === "" || (p === "." || p === "") && (didSomething = !0, parts.splice(i, 1), i--);
          }
          parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "") && (didSomething = !0, parts.pop());
        }
        let root = this.#rootIndex(parts) + 1, dd = root;
        for (; (dd = parts.indexOf("..", dd + 1)) !== -1; ) {
          let p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = !0;
            let splin = dd === 1 && parts[dd + 1] === "**" ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin), parts.length === 0 && parts.push(""), dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    let keys = /* @__PURE__ */ new Set(), rows = globParts.filter((parts) => {
      let key = parts.join("/");
      return keys.has(key) ? !1 : (keys.add(key), !0);
    }), stars = /* @__PURE__ */ new Map();
    for (let parts of rows) {
      let s = [];
      for (let i = 0; i < parts.length; i++)
        parts[i] === "*" && s.push(i);
      s.length && stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    let { dot } = this.options;
    return rows.filter((parts) => {
      for (let s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        let c = [...parts], ok = !0, changed = !1;
        for (let i of s) {
          let p = parts[i];
          if (p !== "*") {
            if (!p || p === "**" || !dot && p.startsWith(".")) {
              ok = !1;
              break;
            }
            c[i] = "*", changed = !0;
          }
        }
        if (ok && changed && keys.has(c.join("/")))
          return !1;
      }
      return !0;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    let pattern = this.pattern, negate = !1, negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++)
      negate = !negate, negateOffset++;
    negateOffset && (this.pattern = pattern.slice(negateOffset)), this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0, patternStartIndex = 0, fh = this.isWindows ? uncHost(resolved) : -1, ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      let host = pattern[ph], share = pattern[ph + 1];
      typeof host != "string" || typeof share != "string" ? (fileStartIndex = fh, patternStartIndex = ph) : resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase() && (fileStartIndex = fh + 2, patternStartIndex = ph + 2);
    } else if (this.isWindows) {
      let fileDrive = typeof file[0] == "string" && /^[a-z]:$/i.test(file[0]), fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]), patternDrive = typeof pattern[0] == "string" && /^[a-z]:$/i.test(pattern[0]), patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] == "string" && /^[a-z]:$/i.test(pattern[3]), fdi = fileUNC ? 3 : fileDrive ? 0 : void 0, pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi == "number" && typeof pdi == "number") {
        let [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        fd.toLowerCase() === pd.toLowerCase() && (patternStartIndex = pdi + 1, fileStartIndex = fdi + 1);
      }
    }
    return file = resolved, pattern.includes(GLOBSTAR) ? this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex) : this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    let { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      let headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd))
        return !1;
      fileIndex += head.length, patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return !1;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0))
        fileTailMatch = tail.length;
      else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length || (tailStart--, !this.#matchOne(file, tail, partial, tailStart, 0)))
          return !1;
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        let f = String(file[i]);
        if (sawSome = !0, f === "." || f === ".." || !this.options.dot && f.startsWith("."))
          return !1;
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    byStart || (byStart = [], this.#globstarParts.set(pattern, byStart));
    let key = patternIndex * 2 + (partial ? 1 : 0), found = byStart[key];
    if (found)
      return found;
    let firstgs = pattern.indexOf(GLOBSTAR, patternIndex), lastgs = pattern.lastIndexOf(GLOBSTAR), head = pattern.slice(patternIndex, firstgs), body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs), tail = partial ? [] : pattern.slice(lastgs + 1), segments = [[[], 0]], current = segments[0], nonGsParts = 0, nonGsPartsSums = [0];
    for (let b of body)
      b === GLOBSTAR ? (nonGsPartsSums.push(nonGsParts), current = [[], 0], segments.push(current)) : (current[0].push(b), nonGsParts++);
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    let parts = { head, body, tail, segments };
    return byStart[key] = parts, parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    let bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial)
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = !0;
        let f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith("."))
          return !1;
      }
      return sawTail;
    }
    let [body, need] = bs, after = partial ? fileLength : fileLength - need;
    for (; fileIndex <= after; ) {
      let key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return !1;
      if (tried.add(key), this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length) && globStarDepth < this.maxGlobstarRecursion) {
        let sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== !1)
          return sub;
      }
      if (fileIndex === after)
        break;
      let f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith("."))
        return !1;
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi, pi, pl, fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi], f = file[fi];
      if (p === !1 || p === GLOBSTAR || !portionMatch(p, f))
        return !1;
    }
    if (fi === fl && pi === pl)
      return !0;
    if (fi === fl)
      return partial;
    if (pi === pl)
      return fi === fl - 1 && file[fi] === "";
    throw new Error("wtf?");
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    let { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    for (; pattern.includes(String.fromCharCode(code)); )
      if (++code > 63743)
        return this.braceExpand();
    let mark = String.fromCharCode(code), found = !1, marked = pattern.replace(rangeRe, (m, lo, hi) => {
      let a = Number(lo), b = Number(hi);
      return !Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN ? m : (found = !0, `${mark}${lo}..${hi}${mark}`);
    });
    if (!found)
      return this.braceExpand();
    let set2 = braceExpand(marked, this.options);
    for (let p of set2)
      for (let portion of p.split("/")) {
        let c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark))
          return this.braceExpand();
        if (!this.options.noext && inRepeatOrNegExt(portion, mark))
          return this.braceExpand();
      }
    return this.#rangeMark = mark, set2;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    let options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let { nocase, nocaseMagicOnly, noext = !1, dot, normalize: normalize2 } = options, rangeMark = this.#rangeMark, lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase()))
      return this.#norm(lit2);
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    return m || (noext || assertValidExtglobs(pattern), m = new Matcher(pattern, {
      nocase,
      noext,
      dot,
      normalize: normalize2,
      ...rangeMark && { rangeMark }
    }), this.#matchers.set(pattern, m)), m;
  }
  #slashSplit(p) {
    return this.preserveMultipleSlashes ? p.split("/") : this.isWindows && /^\/\/[^/]+/.test(p) ? ["", ...p.split(/\/+/)] : p.split(/\/+/);
  }
  match(f, partial = this.partial) {
    if (this.comment)
      return !1;
    if (this.empty)
      return f === "";
    if (f === "/" && partial)
      return !0;
    let options = this.options, split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        let can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? !1 : this.negate;
        if (can === "yes")
          return options.flipNegate ? !0 : !this.negate;
      }
      split = this.#split(f);
    }
    let ff = split.parts, resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff, set2 = this.set, filename = ff[ff.length - 1];
    if (!filename)
      for (let i = ff.length - 2; !filename && i >= 0; i--)
        filename = ff[i];
    for (let r = 0; r < set2.length; r++) {
      let pattern = set2[r], shape = partial ? void 0 : this.#shapes[r];
      if (shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial))
        return options.flipNegate ? !0 : !this.negate;
    }
    return options.flipNegate ? !1 : this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/verdict.ts
function covers(waiver, finding) {
  if (waiver.rule !== finding.ruleId) return !1;
  if (!waiver.files || waiver.files.length === 0) return !0;
  let file = finding.file;
  return file !== void 0 && waiver.files.some((glob) => minimatch(file, glob, { dot: !0 }));
}
function decide(findings, waivers, failOn, today, ruleIds) {
  let active = waivers.filter((w) => waiverStatus(w, today, ruleIds).state === "valid"), kept = [], suppressed = [];
  for (let finding of findings) {
    let waiver = active.find((w) => covers(w, finding));
    waiver ? suppressed.push({
      ...finding,
      waiver: { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires }
    }) : kept.push(finding);
  }
  let counts = { error: 0, warning: 0, note: 0 };
  for (let finding of kept) counts[finding.severity]++;
  return { passed: !kept.some((finding) => atLeast(finding.severity, failOn)), counts, findings: kept, suppressed };
}

// src/engine.ts
function finalize(rule, drafts, settings) {
  let setting = settings?.[rule.id];
  return setting === "off" ? [] : drafts.map((draft) => ({
    ...draft,
    ruleId: rule.id,
    severity: setting ?? draft.severity ?? rule.defaultSeverity
  }));
}
async function mainFindings(context, loaded, manifest) {
  let evidence = await gatherEvidence(context.root, manifest), ruleContext = {
    root: context.root,
    loaded,
    manifest,
    evidence,
    profile: profileFor(manifest.path),
    today: context.today,
    ruleIds: RULE_IDS,
    at: (pointer) => ({ file: loaded.file, ...positionOf(loaded.positions, pointer) })
  };
  return MAIN_RULES.flatMap((rule) => finalize(rule, rule.check(ruleContext), manifest.rules));
}
async function run2(context) {
  let loaded = loadManifest(context.root, context.manifest), manifest = loaded.manifest, findings = MANIFEST_RULES.flatMap(
    (rule) => finalize(
      rule,
      rule.check(loaded, { ruleIds: RULE_IDS, today: context.today }),
      manifest?.rules
    )
  );
  manifest && findings.push(...await mainFindings(context, loaded, manifest)), findings.sort(compareFindings);
  let failOn = context.failOn ?? manifest?.gate.fail_on ?? DEFAULT_FAIL_ON, lang = context.lang ?? manifest?.gate.lang ?? DEFAULT_LANG, waivers = manifest ? loaded.waivers.map((w) => w.waiver) : [], verdict = decide(findings, waivers, failOn, context.today, RULE_IDS);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: context.root,
    manifestFile: loaded.file,
    lang,
    failOn,
    path: {
      declared: manifest?.path ?? null,
      required: manifest ? requiredPath(manifest).path : null
    },
    ...verdict
  };
}

// src/report/json.ts
function jsonFinding(finding, lang) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message[lang],
    ...finding.file !== void 0 ? { file: finding.file } : {},
    ...finding.line !== void 0 ? { line: finding.line } : {},
    ...finding.column !== void 0 ? { column: finding.column } : {},
    ...finding.endLine !== void 0 ? { endLine: finding.endLine } : {},
    helpUri: ruleHelpUri(finding.ruleId),
    ...finding.data ? { data: finding.data } : {}
  };
}
function toJson(report) {
  return {
    tool: report.tool,
    path: report.path,
    passed: report.passed,
    counts: report.counts,
    failOn: report.failOn,
    lang: report.lang,
    findings: report.findings.map((f) => jsonFinding(f, report.lang)),
    suppressed: report.suppressed.map((f) => ({
      ...jsonFinding(f, report.lang),
      waiver: f.waiver
    }))
  };
}
function formatJson(report) {
  return `${JSON.stringify(toJson(report), null, 2)}
`;
}

// src/i18n/labels.ts
var zh = {
  passed: "\u901A\u8FC7",
  failed: "\u672A\u901A\u8FC7",
  declared: "\u58F0\u660E\u8DEF\u5F84",
  required: "\u5E94\u8D70\u8DEF\u5F84",
  noManifestPath: "\uFF08\u672A\u77E5\uFF09",
  severity: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", note: "\u63D0\u793A" },
  general: "\uFF08\u6574\u4F53\uFF09",
  suppressed: "\u5DF2\u8C41\u514D",
  waivedBy: (owner, expires, reason) => `\u8C41\u514D\uFF1A${reason}\uFF08\u8D1F\u8D23\u4EBA ${owner}\uFF0C\u81F3 ${expires}\uFF09`,
  summary: (c) => `${c.error} \u4E2A\u9519\u8BEF\uFF0C${c.warning} \u4E2A\u8B66\u544A\uFF0C${c.note} \u4E2A\u63D0\u793A`,
  failOn: (t) => `\u5931\u8D25\u9608\u503C\uFF1A${t}`
}, en = {
  passed: "passed",
  failed: "failed",
  declared: "declared path",
  required: "required path",
  noManifestPath: "(unknown)",
  severity: { error: "error", warning: "warning", note: "note" },
  general: "(general)",
  suppressed: "suppressed",
  waivedBy: (owner, expires, reason) => `waived: ${reason} (owner ${owner}, until ${expires})`,
  summary: (c) => `${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s)`,
  failOn: (t) => `fail-on: ${t}`
};
function labels(lang) {
  return lang === "en" ? en : zh;
}

// src/report/text.ts
var COLORS = {
  error: "\x1B[31m",
  warning: "\x1B[33m",
  note: "\x1B[36m",
  ok: "\x1B[32m",
  dim: "\x1B[2m"
}, RESET = "\x1B[0m";
function groupByFile(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let key = finding.file ?? "";
    groups.set(key, [...groups.get(key) ?? [], finding]);
  }
  return groups;
}
function formatText(report, options = {}) {
  let l = labels(report.lang), paint = (kind, value) => options.color ? `${COLORS[kind]}${value}${RESET}` : value, out = [];
  for (let [file, findings] of groupByFile(report.findings)) {
    out.push(file === "" ? l.general : file);
    for (let f of findings) {
      let where = f.line !== void 0 ? `${f.line}:${f.column ?? 1}` : "-";
      out.push(
        `  ${where.padEnd(8)} ${paint(f.severity, l.severity[f.severity].padEnd(7))} ${f.message[report.lang]}  ${paint("dim", f.ruleId)}`
      );
    }
    out.push("");
  }
  if (report.suppressed.length > 0) {
    out.push(`${l.suppressed} (${report.suppressed.length})`);
    for (let f of report.suppressed) {
      let where = f.file ? `${f.file}${f.line !== void 0 ? `:${f.line}` : ""}` : l.general;
      out.push(`  ${paint("dim", f.ruleId)} ${where}  ${f.message[report.lang]}`), out.push(`    ${l.waivedBy(f.waiver.owner, f.waiver.expires, f.waiver.reason)}`);
    }
    out.push("");
  }
  let declared = report.path.declared ?? l.noManifestPath, required = report.path.required ?? l.noManifestPath;
  out.push(`${l.declared}: ${declared}  ${l.required}: ${required}  ${l.failOn(report.failOn)}`);
  let verdict = report.passed ? paint("ok", `\u2714 ${l.passed}`) : paint("error", `\u2716 ${l.failed}`);
  return out.push(`${verdict} \u2014 ${l.summary(report.counts)}`), `${out.join(`
`)}
`;
}

export {
  __require,
  __commonJS,
  __toESM,
  FAIL_ON_VALUES,
  LANG_VALUES,
  createContext,
  TOOL_NAME,
  TOOL_VERSION,
  run2 as run,
  formatJson,
  labels,
  formatText
};
