import {
  parseJsonText,
  require_equal,
  require_ucs2length
} from "./chunk-VFSO6U6C.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-SE6IUDCK.js";

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
    function date(str) {
      let matches = DATE.exec(str);
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
      return function(str) {
        let matches = TIME.exec(str);
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
      return function(str) {
        let dateTime = str.split(DATE_TIME_SEPARATOR);
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
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      return BYTE.lastIndex = 0, BYTE.test(str);
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
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return !1;
      try {
        return new RegExp(str), !0;
      } catch {
        return !1;
      }
    }
  }
});

// src/core/schema.ts
import { createRequire } from "node:module";

// src/core/validators-fast.generated.js
var validators_fast_generated_exports = {};
__export(validators_fast_generated_exports, {
  config: () => config,
  history: () => history,
  metadata: () => metadata,
  registry: () => registry
});
var __ns0 = __toESM(require_ucs2length(), 1), __ns1 = __toESM(require_formats(), 1), __ns2 = __toESM(require_equal(), 1), __req = (ns) => ns.default && ns.default.__esModule ? ns.default : ns, __m0 = __req(__ns0), __m1 = __req(__ns1), __m2 = __req(__ns2), metadata = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://gitops-model-registry.dev/schemas/metadata.schema.json", title: "Artifact metadata", description: "One immutable model artifact: registry/models/<model>/<model>-v<x.y.z>-<quant>.json, and the JSON beside the artifact in the store.", type: "object", additionalProperties: !1, required: ["model", "version", "base_model", "quantization", "benchmark_score", "created_at", "parent_version", "kind", "status", "artifact"], properties: { model: { $ref: "#/$defs/model" }, version: { $ref: "#/$defs/version" }, base_model: { type: "string", minLength: 1, maxLength: 200 }, quantization: { $ref: "#/$defs/quantization" }, benchmark_score: { type: ["number", "null"] }, created_at: { type: "string", format: "date-time" }, parent_version: { oneOf: [{ $ref: "#/$defs/version" }, { type: "null" }] }, kind: { enum: ["gguf", "lora", "full"] }, status: { enum: ["active", "superseded", "blocked"] }, artifact: { $ref: "#/$defs/file" }, files: { type: "array", minItems: 1, maxItems: 1e3, items: { $ref: "#/$defs/file" } }, base: { type: "object", additionalProperties: !1, required: ["id", "sha256"], properties: { id: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$", maxLength: 200 }, sha256: { $ref: "#/$defs/sha256" } } }, blocked_reason: { type: "string", maxLength: 2e3 }, description: { type: "string", maxLength: 2e3 } }, allOf: [{ if: { properties: { kind: { const: "lora" } } }, then: { required: ["base"] } }, { if: { properties: { status: { const: "blocked" } } }, then: { required: ["blocked_reason"] } }], $defs: { model: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*$", maxLength: 128 }, version: { type: "string", pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$", maxLength: 64 }, quantization: { type: "string", pattern: "^[a-z0-9][a-z0-9_]*$", maxLength: 32 }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, file: { type: "object", additionalProperties: !1, required: ["uri", "sha256", "size"], properties: { uri: { type: "string", pattern: "^(s3|file)://", maxLength: 2048 }, sha256: { $ref: "#/$defs/sha256" }, size: { type: "integer", minimum: 0 } } } } };
var func1 = Object.prototype.hasOwnProperty, func2 = __m0.default, pattern4 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u"), pattern5 = new RegExp("^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$", "u"), pattern6 = new RegExp("^[a-z0-9][a-z0-9_]*$", "u"), pattern10 = new RegExp("^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$", "u"), pattern9 = new RegExp("^[0-9a-f]{64}$", "u"), formats0 = __m1.fullFormats["date-time"];
var pattern8 = new RegExp("^(s3|file)://", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.uri === void 0 && (missing0 = "uri") || data.sha256 === void 0 && (missing0 = "sha256") || data.size === void 0 && (missing0 = "size"))
        return validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "uri" || key0 === "sha256" || key0 === "size")) {
            return validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.uri !== void 0) {
            let data0 = data.uri, _errs2 = errors;
            if (errors === _errs2)
              if (typeof data0 == "string") {
                if (func2(data0) > 2048)
                  return validate21.errors = [{ instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }], !1;
                if (!pattern8.test(data0))
                  return validate21.errors = [{ instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/pattern", keyword: "pattern", params: { pattern: "^(s3|file)://" }, message: 'must match pattern "^(s3|file)://"' }], !1;
              } else
                return validate21.errors = [{ instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.sha256 !== void 0) {
              let data1 = data.sha256, _errs4 = errors;
              if (errors === errors)
                if (typeof data1 == "string") {
                  if (!pattern9.test(data1))
                    return validate21.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }], !1;
                } else
                  return validate21.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0)
              if (data.size !== void 0) {
                let data2 = data.size, _errs7 = errors;
                if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2)))
                  return validate21.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                if (errors === _errs7 && typeof data2 == "number" && isFinite(data2) && (data2 < 0 || isNaN(data2)))
                  return validate21.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
          }
        }
      }
    } else
      return validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate21.errors = vErrors, errors === 0;
}
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs1 = errors, _errs2 = errors, valid1 = !0, _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.kind !== void 0 && data.kind !== "lora") {
    let err0 = {};
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  var _valid0 = _errs3 === errors;
  if (errors = _errs2, vErrors !== null && (_errs2 ? vErrors.length = _errs2 : vErrors = null), _valid0) {
    let _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.base === void 0 && (missing0 = "base"))
        return validate20.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    let err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    return vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++, validate20.errors = vErrors, !1;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    let _errs6 = errors, _errs7 = errors, valid3 = !0, _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.status !== void 0 && data.status !== "blocked") {
      let err2 = {};
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    var _valid1 = _errs8 === errors;
    if (errors = _errs7, vErrors !== null && (_errs7 ? vErrors.length = _errs7 : vErrors = null), _valid1) {
      let _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.blocked_reason === void 0 && (missing1 = "blocked_reason"))
          return validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
    }
    if (!valid3) {
      let err3 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      return vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++, validate20.errors = vErrors, !1;
    }
    var valid0 = _errs6 === errors;
  }
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.model === void 0 && (missing2 = "model") || data.version === void 0 && (missing2 = "version") || data.base_model === void 0 && (missing2 = "base_model") || data.quantization === void 0 && (missing2 = "quantization") || data.benchmark_score === void 0 && (missing2 = "benchmark_score") || data.created_at === void 0 && (missing2 = "created_at") || data.parent_version === void 0 && (missing2 = "parent_version") || data.kind === void 0 && (missing2 = "kind") || data.status === void 0 && (missing2 = "status") || data.artifact === void 0 && (missing2 = "artifact"))
        return validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
      {
        let _errs11 = errors;
        for (let key0 in data)
          if (!func1.call(schema31.properties, key0)) {
            return validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs11 === errors) {
          if (data.model !== void 0) {
            let data2 = data.model, _errs12 = errors;
            if (errors === errors)
              if (typeof data2 == "string") {
                if (func2(data2) > 128)
                  return validate20.errors = [{ instancePath: instancePath + "/model", schemaPath: "#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                if (!pattern4.test(data2))
                  return validate20.errors = [{ instancePath: instancePath + "/model", schemaPath: "#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' }], !1;
              } else
                return validate20.errors = [{ instancePath: instancePath + "/model", schemaPath: "#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid5 = _errs12 === errors;
          } else
            var valid5 = !0;
          if (valid5) {
            if (data.version !== void 0) {
              let data3 = data.version, _errs15 = errors;
              if (errors === errors)
                if (typeof data3 == "string") {
                  if (func2(data3) > 64)
                    return validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                  if (!pattern5.test(data3))
                    return validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' }], !1;
                } else
                  return validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid5 = _errs15 === errors;
            } else
              var valid5 = !0;
            if (valid5) {
              if (data.base_model !== void 0) {
                let data4 = data.base_model, _errs18 = errors;
                if (errors === _errs18)
                  if (typeof data4 == "string") {
                    if (func2(data4) > 200)
                      return validate20.errors = [{ instancePath: instancePath + "/base_model", schemaPath: "#/properties/base_model/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }], !1;
                    if (func2(data4) < 1)
                      return validate20.errors = [{ instancePath: instancePath + "/base_model", schemaPath: "#/properties/base_model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                  } else
                    return validate20.errors = [{ instancePath: instancePath + "/base_model", schemaPath: "#/properties/base_model/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid5 = _errs18 === errors;
              } else
                var valid5 = !0;
              if (valid5) {
                if (data.quantization !== void 0) {
                  let data5 = data.quantization, _errs20 = errors;
                  if (errors === errors)
                    if (typeof data5 == "string") {
                      if (func2(data5) > 32)
                        return validate20.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" }], !1;
                      if (!pattern6.test(data5))
                        return validate20.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' }], !1;
                    } else
                      return validate20.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid5 = _errs20 === errors;
                } else
                  var valid5 = !0;
                if (valid5) {
                  if (data.benchmark_score !== void 0) {
                    let data6 = data.benchmark_score, _errs23 = errors;
                    if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null)
                      return validate20.errors = [{ instancePath: instancePath + "/benchmark_score", schemaPath: "#/properties/benchmark_score/type", keyword: "type", params: { type: schema31.properties.benchmark_score.type }, message: "must be number,null" }], !1;
                    var valid5 = _errs23 === errors;
                  } else
                    var valid5 = !0;
                  if (valid5) {
                    if (data.created_at !== void 0) {
                      let data7 = data.created_at, _errs25 = errors;
                      if (errors === _errs25 && errors === _errs25)
                        if (typeof data7 == "string") {
                          if (!formats0.validate(data7))
                            return validate20.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }], !1;
                        } else
                          return validate20.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid5 = _errs25 === errors;
                    } else
                      var valid5 = !0;
                    if (valid5) {
                      if (data.parent_version !== void 0) {
                        let data8 = data.parent_version, _errs27 = errors, _errs28 = errors, valid9 = !1, passing0 = null, _errs29 = errors;
                        if (errors === errors)
                          if (typeof data8 == "string") {
                            if (func2(data8) > 64) {
                              let err4 = { instancePath: instancePath + "/parent_version", schemaPath: "#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                            } else if (!pattern5.test(data8)) {
                              let err5 = { instancePath: instancePath + "/parent_version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
                              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
                            }
                          } else {
                            let err6 = { instancePath: instancePath + "/parent_version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                          }
                        var _valid2 = _errs29 === errors;
                        _valid2 && (valid9 = !0, passing0 = 0);
                        let _errs32 = errors;
                        if (data8 !== null) {
                          let err7 = { instancePath: instancePath + "/parent_version", schemaPath: "#/properties/parent_version/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                        }
                        var _valid2 = _errs32 === errors;
                        if (_valid2 && valid9 ? (valid9 = !1, passing0 = [passing0, 1]) : _valid2 && (valid9 = !0, passing0 = 1), valid9)
                          errors = _errs28, vErrors !== null && (_errs28 ? vErrors.length = _errs28 : vErrors = null);
                        else {
                          let err8 = { instancePath: instancePath + "/parent_version", schemaPath: "#/properties/parent_version/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                          return vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++, validate20.errors = vErrors, !1;
                        }
                        var valid5 = _errs27 === errors;
                      } else
                        var valid5 = !0;
                      if (valid5) {
                        if (data.kind !== void 0) {
                          let data9 = data.kind, _errs34 = errors;
                          if (!(data9 === "gguf" || data9 === "lora" || data9 === "full"))
                            return validate20.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values" }], !1;
                          var valid5 = _errs34 === errors;
                        } else
                          var valid5 = !0;
                        if (valid5) {
                          if (data.status !== void 0) {
                            let data10 = data.status, _errs35 = errors;
                            if (!(data10 === "active" || data10 === "superseded" || data10 === "blocked"))
                              return validate20.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" }], !1;
                            var valid5 = _errs35 === errors;
                          } else
                            var valid5 = !0;
                          if (valid5) {
                            if (data.artifact !== void 0) {
                              let _errs36 = errors;
                              validate21(data.artifact, { instancePath: instancePath + "/artifact", parentData: data, parentDataProperty: "artifact", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
                              var valid5 = _errs36 === errors;
                            } else
                              var valid5 = !0;
                            if (valid5) {
                              if (data.files !== void 0) {
                                let data12 = data.files, _errs37 = errors;
                                if (errors === _errs37)
                                  if (Array.isArray(data12)) {
                                    if (data12.length > 1e3)
                                      return validate20.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" }], !1;
                                    if (data12.length < 1)
                                      return validate20.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                    {
                                      var valid11 = !0;
                                      let len0 = data12.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let _errs39 = errors;
                                        validate21(data12[i0], { instancePath: instancePath + "/files/" + i0, parentData: data12, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
                                        var valid11 = _errs39 === errors;
                                        if (!valid11)
                                          break;
                                      }
                                    }
                                  } else
                                    return validate20.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                var valid5 = _errs37 === errors;
                              } else
                                var valid5 = !0;
                              if (valid5) {
                                if (data.base !== void 0) {
                                  let data14 = data.base, _errs40 = errors;
                                  if (errors === _errs40)
                                    if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                      let missing3;
                                      if (data14.id === void 0 && (missing3 = "id") || data14.sha256 === void 0 && (missing3 = "sha256"))
                                        return validate20.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                      {
                                        let _errs42 = errors;
                                        for (let key1 in data14)
                                          if (!(key1 === "id" || key1 === "sha256")) {
                                            return validate20.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                                            break;
                                          }
                                        if (_errs42 === errors) {
                                          if (data14.id !== void 0) {
                                            let data15 = data14.id, _errs43 = errors;
                                            if (errors === _errs43)
                                              if (typeof data15 == "string") {
                                                if (func2(data15) > 200)
                                                  return validate20.errors = [{ instancePath: instancePath + "/base/id", schemaPath: "#/properties/base/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }], !1;
                                                if (!pattern10.test(data15))
                                                  return validate20.errors = [{ instancePath: instancePath + "/base/id", schemaPath: "#/properties/base/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$"' }], !1;
                                              } else
                                                return validate20.errors = [{ instancePath: instancePath + "/base/id", schemaPath: "#/properties/base/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                            var valid12 = _errs43 === errors;
                                          } else
                                            var valid12 = !0;
                                          if (valid12)
                                            if (data14.sha256 !== void 0) {
                                              let data16 = data14.sha256, _errs45 = errors;
                                              if (errors === errors)
                                                if (typeof data16 == "string") {
                                                  if (!pattern9.test(data16))
                                                    return validate20.errors = [{ instancePath: instancePath + "/base/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }], !1;
                                                } else
                                                  return validate20.errors = [{ instancePath: instancePath + "/base/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                              var valid12 = _errs45 === errors;
                                            } else
                                              var valid12 = !0;
                                        }
                                      }
                                    } else
                                      return validate20.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                  var valid5 = _errs40 === errors;
                                } else
                                  var valid5 = !0;
                                if (valid5) {
                                  if (data.blocked_reason !== void 0) {
                                    let data17 = data.blocked_reason, _errs48 = errors;
                                    if (errors === _errs48)
                                      if (typeof data17 == "string") {
                                        if (func2(data17) > 2e3)
                                          return validate20.errors = [{ instancePath: instancePath + "/blocked_reason", schemaPath: "#/properties/blocked_reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }], !1;
                                      } else
                                        return validate20.errors = [{ instancePath: instancePath + "/blocked_reason", schemaPath: "#/properties/blocked_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                    var valid5 = _errs48 === errors;
                                  } else
                                    var valid5 = !0;
                                  if (valid5)
                                    if (data.description !== void 0) {
                                      let data18 = data.description, _errs50 = errors;
                                      if (errors === _errs50)
                                        if (typeof data18 == "string") {
                                          if (func2(data18) > 2e3)
                                            return validate20.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }], !1;
                                        } else
                                          return validate20.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                      var valid5 = _errs50 === errors;
                                    } else
                                      var valid5 = !0;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var registry = validate24;
var pattern12 = new RegExp("^[a-z][a-z0-9_-]*$", "u"), pattern18 = new RegExp("^history/[0-9]{10}-[0-9]{10}\\.json$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.quantization === void 0 && (missing0 = "quantization") || data.history_id === void 0 && (missing0 = "history_id") || data.percent === void 0 && (missing0 = "percent") || data.started_at === void 0 && (missing0 = "started_at"))
        return validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "version" || key0 === "quantization" || key0 === "history_id" || key0 === "percent" || key0 === "started_at")) {
            return validate25.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.version !== void 0) {
            let data0 = data.version, _errs2 = errors;
            if (errors === errors)
              if (typeof data0 == "string") {
                if (func2(data0) > 64)
                  return validate25.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                if (!pattern5.test(data0))
                  return validate25.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' }], !1;
              } else
                return validate25.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.quantization !== void 0) {
              let data1 = data.quantization, _errs5 = errors;
              if (errors === errors)
                if (typeof data1 == "string") {
                  if (func2(data1) > 32)
                    return validate25.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" }], !1;
                  if (!pattern6.test(data1))
                    return validate25.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' }], !1;
                } else
                  return validate25.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs5 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.history_id !== void 0) {
                let data2 = data.history_id, _errs8 = errors;
                if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2)))
                  return validate25.errors = [{ instancePath: instancePath + "/history_id", schemaPath: "#/properties/history_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                if (errors === _errs8 && typeof data2 == "number" && isFinite(data2) && (data2 < 1 || isNaN(data2)))
                  return validate25.errors = [{ instancePath: instancePath + "/history_id", schemaPath: "#/properties/history_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                var valid0 = _errs8 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.percent !== void 0) {
                  let data3 = data.percent, _errs10 = errors;
                  if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)))
                    return validate25.errors = [{ instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                  if (errors === _errs10 && typeof data3 == "number" && isFinite(data3)) {
                    if (data3 > 99 || isNaN(data3))
                      return validate25.errors = [{ instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" }], !1;
                    if (data3 < 1 || isNaN(data3))
                      return validate25.errors = [{ instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                  }
                  var valid0 = _errs10 === errors;
                } else
                  var valid0 = !0;
                if (valid0)
                  if (data.started_at !== void 0) {
                    let data4 = data.started_at, _errs12 = errors;
                    if (errors === _errs12 && errors === _errs12)
                      if (typeof data4 == "string") {
                        if (!formats0.validate(data4))
                          return validate25.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }], !1;
                      } else
                        return validate25.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid0 = _errs12 === errors;
                  } else
                    var valid0 = !0;
              }
            }
          }
        }
      }
    } else
      return validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate25.errors = vErrors, errors === 0;
}
validate25.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var schema48 = { type: "object", additionalProperties: !1, required: ["id", "env", "model", "version", "quantization", "deployed_at", "rolled_back", "metrics", "action", "actor", "reason", "previous_version"], properties: { id: { type: "integer", minimum: 1 }, env: { $ref: "#/$defs/env" }, model: { $ref: "metadata.schema.json#/$defs/model" }, version: { $ref: "metadata.schema.json#/$defs/version" }, quantization: { $ref: "metadata.schema.json#/$defs/quantization" }, deployed_at: { type: "string", format: "date-time" }, rolled_back: { type: "boolean" }, metrics: { oneOf: [{ type: "null" }, { type: "object", maxProperties: 100, additionalProperties: { type: ["number", "null"] } }] }, action: { enum: ["deploy", "promote", "rollback", "canary", "canary-promote", "canary-abort"] }, actor: { type: "string", minLength: 1, maxLength: 200 }, reason: { type: ["string", "null"], maxLength: 2e3 }, previous_version: { oneOf: [{ $ref: "metadata.schema.json#/$defs/version" }, { type: "null" }] }, previous_quantization: { oneOf: [{ $ref: "metadata.schema.json#/$defs/quantization" }, { type: "null" }] }, gate: { enum: ["pass", "fail", "inconclusive", "skipped", "not-configured"] }, gated_by: { type: "integer", minimum: 1, description: "The history entry whose gate run gave this entry its verdict and metrics: a promotion carries its source's record." }, from_env: { $ref: "#/$defs/env" }, explicit_target: { type: "boolean", description: "A rollback to a version named explicitly (rollback --to): the entry it left is not judged bad by later rollbacks." }, canary_percent: { type: "integer", minimum: 1, maximum: 99, description: "A canary entry: the share of instances the canary runs on from this entry on." }, analysis: { $ref: "#/$defs/analysis" } } }, schema56 = { description: "What an analysis of canary against stable found: each check's query, values, interval, threshold and verdict, and the requests it rests on.", type: "object", additionalProperties: !1, required: ["checks", "requests", "window_s"], properties: { checks: { type: "array", maxItems: 50, items: { type: "object", additionalProperties: !1, required: ["name", "query", "canary", "stable", "interval", "threshold", "verdict"], properties: { name: { type: "string", minLength: 1, maxLength: 100 }, query: { type: "string", maxLength: 4e3 }, canary: { type: ["number", "null"] }, stable: { type: ["number", "null"] }, interval: { oneOf: [{ type: "null" }, { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 }] }, threshold: { type: "number" }, verdict: { enum: ["pass", "fail", "inconclusive"] } } } }, requests: { type: "object", additionalProperties: !1, required: ["canary", "stable"], properties: { canary: { type: "integer", minimum: 0 }, stable: { type: "integer", minimum: 0 } } }, window_s: { type: "number", minimum: 0 } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.env === void 0 && (missing0 = "env") || data.model === void 0 && (missing0 = "model") || data.version === void 0 && (missing0 = "version") || data.quantization === void 0 && (missing0 = "quantization") || data.deployed_at === void 0 && (missing0 = "deployed_at") || data.rolled_back === void 0 && (missing0 = "rolled_back") || data.metrics === void 0 && (missing0 = "metrics") || data.action === void 0 && (missing0 = "action") || data.actor === void 0 && (missing0 = "actor") || data.reason === void 0 && (missing0 = "reason") || data.previous_version === void 0 && (missing0 = "previous_version"))
        return validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func1.call(schema48.properties, key0)) {
            return validate27.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0)))
              return validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
            if (errors === _errs2 && typeof data0 == "number" && isFinite(data0) && (data0 < 1 || isNaN(data0)))
              return validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.env !== void 0) {
              let data1 = data.env, _errs4 = errors;
              if (errors === errors)
                if (typeof data1 == "string") {
                  if (func2(data1) > 64)
                    return validate27.errors = [{ instancePath: instancePath + "/env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                  if (!pattern12.test(data1))
                    return validate27.errors = [{ instancePath: instancePath + "/env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' }], !1;
                } else
                  return validate27.errors = [{ instancePath: instancePath + "/env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.model !== void 0) {
                let data2 = data.model, _errs7 = errors;
                if (errors === errors)
                  if (typeof data2 == "string") {
                    if (func2(data2) > 128)
                      return validate27.errors = [{ instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                    if (!pattern4.test(data2))
                      return validate27.errors = [{ instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' }], !1;
                  } else
                    return validate27.errors = [{ instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.version !== void 0) {
                  let data3 = data.version, _errs10 = errors;
                  if (errors === errors)
                    if (typeof data3 == "string") {
                      if (func2(data3) > 64)
                        return validate27.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                      if (!pattern5.test(data3))
                        return validate27.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' }], !1;
                    } else
                      return validate27.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs10 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.quantization !== void 0) {
                    let data4 = data.quantization, _errs13 = errors;
                    if (errors === errors)
                      if (typeof data4 == "string") {
                        if (func2(data4) > 32)
                          return validate27.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" }], !1;
                        if (!pattern6.test(data4))
                          return validate27.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' }], !1;
                      } else
                        return validate27.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid0 = _errs13 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.deployed_at !== void 0) {
                      let data5 = data.deployed_at, _errs16 = errors;
                      if (errors === _errs16 && errors === _errs16)
                        if (typeof data5 == "string") {
                          if (!formats0.validate(data5))
                            return validate27.errors = [{ instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }], !1;
                        } else
                          return validate27.errors = [{ instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid0 = _errs16 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.rolled_back !== void 0) {
                        let _errs18 = errors;
                        if (typeof data.rolled_back != "boolean")
                          return validate27.errors = [{ instancePath: instancePath + "/rolled_back", schemaPath: "#/properties/rolled_back/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                        var valid0 = _errs18 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.metrics !== void 0) {
                          let data7 = data.metrics, _errs20 = errors, _errs21 = errors, valid5 = !1, passing0 = null, _errs22 = errors;
                          if (data7 !== null) {
                            let err0 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
                          }
                          var _valid0 = _errs22 === errors;
                          _valid0 && (valid5 = !0, passing0 = 0);
                          let _errs24 = errors;
                          if (errors === _errs24)
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7))
                              if (Object.keys(data7).length > 100) {
                                let err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" };
                                vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                              } else
                                for (let key1 in data7) {
                                  let data8 = data7[key1], _errs27 = errors;
                                  if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
                                    let err2 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/oneOf/1/additionalProperties/type", keyword: "type", params: { type: schema48.properties.metrics.oneOf[1].additionalProperties.type }, message: "must be number,null" };
                                    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                                  }
                                  var valid6 = _errs27 === errors;
                                  if (!valid6)
                                    break;
                                }
                            else {
                              let err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                            }
                          var _valid0 = _errs24 === errors;
                          if (_valid0 && valid5 ? (valid5 = !1, passing0 = [passing0, 1]) : _valid0 && (valid5 = !0, passing0 = 1), valid5)
                            errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
                          else {
                            let err4 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++, validate27.errors = vErrors, !1;
                          }
                          var valid0 = _errs20 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.action !== void 0) {
                            let data9 = data.action, _errs29 = errors;
                            if (!(data9 === "deploy" || data9 === "promote" || data9 === "rollback" || data9 === "canary" || data9 === "canary-promote" || data9 === "canary-abort"))
                              return validate27.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema48.properties.action.enum }, message: "must be equal to one of the allowed values" }], !1;
                            var valid0 = _errs29 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.actor !== void 0) {
                              let data10 = data.actor, _errs30 = errors;
                              if (errors === _errs30)
                                if (typeof data10 == "string") {
                                  if (func2(data10) > 200)
                                    return validate27.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }], !1;
                                  if (func2(data10) < 1)
                                    return validate27.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                } else
                                  return validate27.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid0 = _errs30 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.reason !== void 0) {
                                let data11 = data.reason, _errs32 = errors;
                                if (typeof data11 != "string" && data11 !== null)
                                  return validate27.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema48.properties.reason.type }, message: "must be string,null" }], !1;
                                if (errors === _errs32 && typeof data11 == "string" && func2(data11) > 2e3)
                                  return validate27.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }], !1;
                                var valid0 = _errs32 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data.previous_version !== void 0) {
                                  let data12 = data.previous_version, _errs34 = errors, _errs35 = errors, valid7 = !1, passing1 = null, _errs36 = errors;
                                  if (errors === errors)
                                    if (typeof data12 == "string") {
                                      if (func2(data12) > 64) {
                                        let err5 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
                                      } else if (!pattern5.test(data12)) {
                                        let err6 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
                                        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                                      }
                                    } else {
                                      let err7 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                                    }
                                  var _valid1 = _errs36 === errors;
                                  _valid1 && (valid7 = !0, passing1 = 0);
                                  let _errs39 = errors;
                                  if (data12 !== null) {
                                    let err8 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                                  }
                                  var _valid1 = _errs39 === errors;
                                  if (_valid1 && valid7 ? (valid7 = !1, passing1 = [passing1, 1]) : _valid1 && (valid7 = !0, passing1 = 1), valid7)
                                    errors = _errs35, vErrors !== null && (_errs35 ? vErrors.length = _errs35 : vErrors = null);
                                  else {
                                    let err9 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                    return vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++, validate27.errors = vErrors, !1;
                                  }
                                  var valid0 = _errs34 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data.previous_quantization !== void 0) {
                                    let data13 = data.previous_quantization, _errs41 = errors, _errs42 = errors, valid9 = !1, passing2 = null, _errs43 = errors;
                                    if (errors === errors)
                                      if (typeof data13 == "string") {
                                        if (func2(data13) > 32) {
                                          let err10 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                                          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                                        } else if (!pattern6.test(data13)) {
                                          let err11 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
                                          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                                        }
                                      } else {
                                        let err12 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                                      }
                                    var _valid2 = _errs43 === errors;
                                    _valid2 && (valid9 = !0, passing2 = 0);
                                    let _errs46 = errors;
                                    if (data13 !== null) {
                                      let err13 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                                    }
                                    var _valid2 = _errs46 === errors;
                                    if (_valid2 && valid9 ? (valid9 = !1, passing2 = [passing2, 1]) : _valid2 && (valid9 = !0, passing2 = 1), valid9)
                                      errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
                                    else {
                                      let err14 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                      return vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++, validate27.errors = vErrors, !1;
                                    }
                                    var valid0 = _errs41 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data.gate !== void 0) {
                                      let data14 = data.gate, _errs48 = errors;
                                      if (!(data14 === "pass" || data14 === "fail" || data14 === "inconclusive" || data14 === "skipped" || data14 === "not-configured"))
                                        return validate27.errors = [{ instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema48.properties.gate.enum }, message: "must be equal to one of the allowed values" }], !1;
                                      var valid0 = _errs48 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data.gated_by !== void 0) {
                                        let data15 = data.gated_by, _errs49 = errors;
                                        if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15)))
                                          return validate27.errors = [{ instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                        if (errors === _errs49 && typeof data15 == "number" && isFinite(data15) && (data15 < 1 || isNaN(data15)))
                                          return validate27.errors = [{ instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                        var valid0 = _errs49 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0) {
                                        if (data.from_env !== void 0) {
                                          let data16 = data.from_env, _errs51 = errors;
                                          if (errors === errors)
                                            if (typeof data16 == "string") {
                                              if (func2(data16) > 64)
                                                return validate27.errors = [{ instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                                              if (!pattern12.test(data16))
                                                return validate27.errors = [{ instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' }], !1;
                                            } else
                                              return validate27.errors = [{ instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                          var valid0 = _errs51 === errors;
                                        } else
                                          var valid0 = !0;
                                        if (valid0) {
                                          if (data.explicit_target !== void 0) {
                                            let _errs54 = errors;
                                            if (typeof data.explicit_target != "boolean")
                                              return validate27.errors = [{ instancePath: instancePath + "/explicit_target", schemaPath: "#/properties/explicit_target/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                            var valid0 = _errs54 === errors;
                                          } else
                                            var valid0 = !0;
                                          if (valid0) {
                                            if (data.canary_percent !== void 0) {
                                              let data18 = data.canary_percent, _errs56 = errors;
                                              if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18)))
                                                return validate27.errors = [{ instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                              if (errors === _errs56 && typeof data18 == "number" && isFinite(data18)) {
                                                if (data18 > 99 || isNaN(data18))
                                                  return validate27.errors = [{ instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" }], !1;
                                                if (data18 < 1 || isNaN(data18))
                                                  return validate27.errors = [{ instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                              }
                                              var valid0 = _errs56 === errors;
                                            } else
                                              var valid0 = !0;
                                            if (valid0)
                                              if (data.analysis !== void 0) {
                                                let data19 = data.analysis, _errs58 = errors;
                                                if (errors === errors)
                                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                                    let missing1;
                                                    if (data19.checks === void 0 && (missing1 = "checks") || data19.requests === void 0 && (missing1 = "requests") || data19.window_s === void 0 && (missing1 = "window_s"))
                                                      return validate27.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                                    {
                                                      let _errs61 = errors;
                                                      for (let key2 in data19)
                                                        if (!(key2 === "checks" || key2 === "requests" || key2 === "window_s")) {
                                                          return validate27.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                          break;
                                                        }
                                                      if (_errs61 === errors) {
                                                        if (data19.checks !== void 0) {
                                                          let data20 = data19.checks, _errs62 = errors;
                                                          if (errors === _errs62)
                                                            if (Array.isArray(data20)) {
                                                              if (data20.length > 50)
                                                                return validate27.errors = [{ instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" }], !1;
                                                              {
                                                                var valid14 = !0;
                                                                let len0 = data20.length;
                                                                for (let i0 = 0; i0 < len0; i0++) {
                                                                  let data21 = data20[i0], _errs64 = errors;
                                                                  if (errors === _errs64)
                                                                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                                      let missing2;
                                                                      if (data21.name === void 0 && (missing2 = "name") || data21.query === void 0 && (missing2 = "query") || data21.canary === void 0 && (missing2 = "canary") || data21.stable === void 0 && (missing2 = "stable") || data21.interval === void 0 && (missing2 = "interval") || data21.threshold === void 0 && (missing2 = "threshold") || data21.verdict === void 0 && (missing2 = "verdict"))
                                                                        return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                                                      {
                                                                        let _errs66 = errors;
                                                                        for (let key3 in data21)
                                                                          if (!(key3 === "name" || key3 === "query" || key3 === "canary" || key3 === "stable" || key3 === "interval" || key3 === "threshold" || key3 === "verdict")) {
                                                                            return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                                                            break;
                                                                          }
                                                                        if (_errs66 === errors) {
                                                                          if (data21.name !== void 0) {
                                                                            let data22 = data21.name, _errs67 = errors;
                                                                            if (errors === _errs67)
                                                                              if (typeof data22 == "string") {
                                                                                if (func2(data22) > 100)
                                                                                  return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }], !1;
                                                                                if (func2(data22) < 1)
                                                                                  return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                              } else
                                                                                return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                            var valid15 = _errs67 === errors;
                                                                          } else
                                                                            var valid15 = !0;
                                                                          if (valid15) {
                                                                            if (data21.query !== void 0) {
                                                                              let data23 = data21.query, _errs69 = errors;
                                                                              if (errors === _errs69)
                                                                                if (typeof data23 == "string") {
                                                                                  if (func2(data23) > 4e3)
                                                                                    return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }], !1;
                                                                                } else
                                                                                  return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid15 = _errs69 === errors;
                                                                            } else
                                                                              var valid15 = !0;
                                                                            if (valid15) {
                                                                              if (data21.canary !== void 0) {
                                                                                let data24 = data21.canary, _errs71 = errors;
                                                                                if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null)
                                                                                  return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/canary", schemaPath: "#/$defs/analysis/properties/checks/items/properties/canary/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.canary.type }, message: "must be number,null" }], !1;
                                                                                var valid15 = _errs71 === errors;
                                                                              } else
                                                                                var valid15 = !0;
                                                                              if (valid15) {
                                                                                if (data21.stable !== void 0) {
                                                                                  let data25 = data21.stable, _errs73 = errors;
                                                                                  if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null)
                                                                                    return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/stable", schemaPath: "#/$defs/analysis/properties/checks/items/properties/stable/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.stable.type }, message: "must be number,null" }], !1;
                                                                                  var valid15 = _errs73 === errors;
                                                                                } else
                                                                                  var valid15 = !0;
                                                                                if (valid15) {
                                                                                  if (data21.interval !== void 0) {
                                                                                    let data26 = data21.interval, _errs75 = errors, _errs76 = errors, valid16 = !1, passing3 = null, _errs77 = errors;
                                                                                    if (data26 !== null) {
                                                                                      let err15 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                                                                                    }
                                                                                    var _valid3 = _errs77 === errors;
                                                                                    _valid3 && (valid16 = !0, passing3 = 0);
                                                                                    let _errs79 = errors;
                                                                                    if (errors === _errs79)
                                                                                      if (Array.isArray(data26))
                                                                                        if (data26.length > 2) {
                                                                                          let err16 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                                                                          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                                                                                        } else if (data26.length < 2) {
                                                                                          let err17 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                                                                          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                                                                                        } else {
                                                                                          var valid17 = !0;
                                                                                          let len1 = data26.length;
                                                                                          for (let i1 = 0; i1 < len1; i1++) {
                                                                                            let data27 = data26[i1], _errs81 = errors;
                                                                                            if (!(typeof data27 == "number" && isFinite(data27))) {
                                                                                              let err18 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval/" + i1, schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                                                                                            }
                                                                                            var valid17 = _errs81 === errors;
                                                                                            if (!valid17)
                                                                                              break;
                                                                                          }
                                                                                        }
                                                                                      else {
                                                                                        let err19 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                                                                                      }
                                                                                    var _valid3 = _errs79 === errors;
                                                                                    if (_valid3 && valid16 ? (valid16 = !1, passing3 = [passing3, 1]) : _valid3 && (valid16 = !0, passing3 = 1), valid16)
                                                                                      errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
                                                                                    else {
                                                                                      let err20 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                                                                      return vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++, validate27.errors = vErrors, !1;
                                                                                    }
                                                                                    var valid15 = _errs75 === errors;
                                                                                  } else
                                                                                    var valid15 = !0;
                                                                                  if (valid15) {
                                                                                    if (data21.threshold !== void 0) {
                                                                                      let data28 = data21.threshold, _errs83 = errors;
                                                                                      if (!(typeof data28 == "number" && isFinite(data28)))
                                                                                        return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/threshold", schemaPath: "#/$defs/analysis/properties/checks/items/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                                      var valid15 = _errs83 === errors;
                                                                                    } else
                                                                                      var valid15 = !0;
                                                                                    if (valid15)
                                                                                      if (data21.verdict !== void 0) {
                                                                                        let data29 = data21.verdict, _errs85 = errors;
                                                                                        if (!(data29 === "pass" || data29 === "fail" || data29 === "inconclusive"))
                                                                                          return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/verdict", schemaPath: "#/$defs/analysis/properties/checks/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema56.properties.checks.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                                                        var valid15 = _errs85 === errors;
                                                                                      } else
                                                                                        var valid15 = !0;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    } else
                                                                      return validate27.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                  var valid14 = _errs64 === errors;
                                                                  if (!valid14)
                                                                    break;
                                                                }
                                                              }
                                                            } else
                                                              return validate27.errors = [{ instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                          var valid13 = _errs62 === errors;
                                                        } else
                                                          var valid13 = !0;
                                                        if (valid13) {
                                                          if (data19.requests !== void 0) {
                                                            let data30 = data19.requests, _errs86 = errors;
                                                            if (errors === _errs86)
                                                              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                                                let missing3;
                                                                if (data30.canary === void 0 && (missing3 = "canary") || data30.stable === void 0 && (missing3 = "stable"))
                                                                  return validate27.errors = [{ instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                                {
                                                                  let _errs88 = errors;
                                                                  for (let key4 in data30)
                                                                    if (!(key4 === "canary" || key4 === "stable")) {
                                                                      return validate27.errors = [{ instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                                                      break;
                                                                    }
                                                                  if (_errs88 === errors) {
                                                                    if (data30.canary !== void 0) {
                                                                      let data31 = data30.canary, _errs89 = errors;
                                                                      if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31)))
                                                                        return validate27.errors = [{ instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                      if (errors === _errs89 && typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31)))
                                                                        return validate27.errors = [{ instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                      var valid18 = _errs89 === errors;
                                                                    } else
                                                                      var valid18 = !0;
                                                                    if (valid18)
                                                                      if (data30.stable !== void 0) {
                                                                        let data32 = data30.stable, _errs91 = errors;
                                                                        if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)))
                                                                          return validate27.errors = [{ instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                        if (errors === _errs91 && typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32)))
                                                                          return validate27.errors = [{ instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        var valid18 = _errs91 === errors;
                                                                      } else
                                                                        var valid18 = !0;
                                                                  }
                                                                }
                                                              } else
                                                                return validate27.errors = [{ instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                            var valid13 = _errs86 === errors;
                                                          } else
                                                            var valid13 = !0;
                                                          if (valid13)
                                                            if (data19.window_s !== void 0) {
                                                              let data33 = data19.window_s, _errs93 = errors;
                                                              if (errors === _errs93)
                                                                if (typeof data33 == "number" && isFinite(data33)) {
                                                                  if (data33 < 0 || isNaN(data33))
                                                                    return validate27.errors = [{ instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                } else
                                                                  return validate27.errors = [{ instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                              var valid13 = _errs93 === errors;
                                                            } else
                                                              var valid13 = !0;
                                                        }
                                                      }
                                                    }
                                                  } else
                                                    return validate27.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                var valid0 = _errs58 === errors;
                                              } else
                                                var valid0 = !0;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate27.errors = vErrors, errors === 0;
}
validate27.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schema_version === void 0 && (missing0 = "schema_version") || data.environments === void 0 && (missing0 = "environments") || data.history === void 0 && (missing0 = "history"))
        return validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "schema_version" || key0 === "environments" || key0 === "archive" || key0 === "history")) {
            return validate24.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.schema_version !== void 0) {
            let _errs2 = errors;
            if (data.schema_version !== 1)
              return validate24.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.environments !== void 0) {
              let data1 = data.environments, _errs3 = errors;
              if (errors === _errs3)
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  if (Object.keys(data1).length > 64)
                    return validate24.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties" }], !1;
                  for (let key1 in data1) {
                    let _errs5 = errors;
                    if (errors === errors)
                      if (typeof key1 == "string") {
                        if (func2(key1) > 64) {
                          let err0 = { instancePath: instancePath + "/environments", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key1 };
                          vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
                        } else if (!pattern12.test(key1)) {
                          let err1 = { instancePath: instancePath + "/environments", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', propertyName: key1 };
                          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                        }
                      } else {
                        let err2 = { instancePath: instancePath + "/environments", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                      }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                      let err3 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                      return vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++, validate24.errors = vErrors, !1;
                      break;
                    }
                  }
                  if (valid1)
                    for (let key2 in data1) {
                      let data2 = data1[key2], _errs9 = errors, _errs10 = errors, valid4 = !1, passing0 = null, _errs11 = errors;
                      if (data2 !== null) {
                        let err4 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                      }
                      var _valid0 = _errs11 === errors;
                      _valid0 && (valid4 = !0, passing0 = 0);
                      let _errs13 = errors;
                      if (errors === _errs13)
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                          let missing1;
                          if (data2.model === void 0 && (missing1 = "model") || data2.version === void 0 && (missing1 = "version") || data2.quantization === void 0 && (missing1 = "quantization") || data2.history_id === void 0 && (missing1 = "history_id")) {
                            let err5 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
                          } else {
                            let _errs15 = errors;
                            for (let key3 in data2)
                              if (!(key3 === "model" || key3 === "version" || key3 === "quantization" || key3 === "history_id" || key3 === "canary")) {
                                let err6 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                                break;
                              }
                            if (_errs15 === errors) {
                              if (data2.model !== void 0) {
                                let data3 = data2.model, _errs16 = errors;
                                if (errors === errors)
                                  if (typeof data3 == "string") {
                                    if (func2(data3) > 128) {
                                      let err7 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "metadata.schema.json#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                                    } else if (!pattern4.test(data3)) {
                                      let err8 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "metadata.schema.json#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
                                      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                                    }
                                  } else {
                                    let err9 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "metadata.schema.json#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                                  }
                                var valid5 = _errs16 === errors;
                              } else
                                var valid5 = !0;
                              if (valid5) {
                                if (data2.version !== void 0) {
                                  let data4 = data2.version, _errs19 = errors;
                                  if (errors === errors)
                                    if (typeof data4 == "string") {
                                      if (func2(data4) > 64) {
                                        let err10 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                                      } else if (!pattern5.test(data4)) {
                                        let err11 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
                                        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                                      }
                                    } else {
                                      let err12 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                                    }
                                  var valid5 = _errs19 === errors;
                                } else
                                  var valid5 = !0;
                                if (valid5) {
                                  if (data2.quantization !== void 0) {
                                    let data5 = data2.quantization, _errs22 = errors;
                                    if (errors === errors)
                                      if (typeof data5 == "string") {
                                        if (func2(data5) > 32) {
                                          let err13 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                                          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                                        } else if (!pattern6.test(data5)) {
                                          let err14 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
                                          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                                        }
                                      } else {
                                        let err15 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                                      }
                                    var valid5 = _errs22 === errors;
                                  } else
                                    var valid5 = !0;
                                  if (valid5) {
                                    if (data2.history_id !== void 0) {
                                      let data6 = data2.history_id, _errs25 = errors;
                                      if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                                        let err16 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/history_id", schemaPath: "#/properties/environments/additionalProperties/oneOf/1/properties/history_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                                      }
                                      if (errors === _errs25 && typeof data6 == "number" && isFinite(data6) && (data6 < 1 || isNaN(data6))) {
                                        let err17 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/history_id", schemaPath: "#/properties/environments/additionalProperties/oneOf/1/properties/history_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                                      }
                                      var valid5 = _errs25 === errors;
                                    } else
                                      var valid5 = !0;
                                    if (valid5)
                                      if (data2.canary !== void 0) {
                                        let _errs27 = errors;
                                        validate25(data2.canary, { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/canary", parentData: data2, parentDataProperty: "canary", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length);
                                        var valid5 = _errs27 === errors;
                                      } else
                                        var valid5 = !0;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          let err18 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                        }
                      var _valid0 = _errs13 === errors;
                      if (_valid0 && valid4 ? (valid4 = !1, passing0 = [passing0, 1]) : _valid0 && (valid4 = !0, passing0 = 1), valid4)
                        errors = _errs10, vErrors !== null && (_errs10 ? vErrors.length = _errs10 : vErrors = null);
                      else {
                        let err19 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                        return vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++, validate24.errors = vErrors, !1;
                      }
                      var valid3 = _errs9 === errors;
                      if (!valid3)
                        break;
                    }
                } else
                  return validate24.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
              var valid0 = _errs3 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.archive !== void 0) {
                let data8 = data.archive, _errs28 = errors;
                if (errors === _errs28)
                  if (Array.isArray(data8)) {
                    var valid9 = !0;
                    let len0 = data8.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data9 = data8[i0], _errs30 = errors;
                      if (errors === errors)
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          let missing2;
                          if (data9.file === void 0 && (missing2 = "file") || data9.first_id === void 0 && (missing2 = "first_id") || data9.last_id === void 0 && (missing2 = "last_id") || data9.entries === void 0 && (missing2 = "entries") || data9.sha256 === void 0 && (missing2 = "sha256"))
                            return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                          {
                            let _errs33 = errors;
                            for (let key4 in data9)
                              if (!(key4 === "file" || key4 === "first_id" || key4 === "last_id" || key4 === "entries" || key4 === "sha256")) {
                                return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                break;
                              }
                            if (_errs33 === errors) {
                              if (data9.file !== void 0) {
                                let data10 = data9.file, _errs34 = errors;
                                if (errors === _errs34)
                                  if (typeof data10 == "string") {
                                    if (!pattern18.test(data10))
                                      return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/file", schemaPath: "#/$defs/segment/properties/file/pattern", keyword: "pattern", params: { pattern: "^history/[0-9]{10}-[0-9]{10}\\.json$" }, message: 'must match pattern "^history/[0-9]{10}-[0-9]{10}\\.json$"' }], !1;
                                  } else
                                    return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/file", schemaPath: "#/$defs/segment/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid11 = _errs34 === errors;
                              } else
                                var valid11 = !0;
                              if (valid11) {
                                if (data9.first_id !== void 0) {
                                  let data11 = data9.first_id, _errs36 = errors;
                                  if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11)))
                                    return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/first_id", schemaPath: "#/$defs/segment/properties/first_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                  if (errors === _errs36 && typeof data11 == "number" && isFinite(data11) && (data11 < 1 || isNaN(data11)))
                                    return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/first_id", schemaPath: "#/$defs/segment/properties/first_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                  var valid11 = _errs36 === errors;
                                } else
                                  var valid11 = !0;
                                if (valid11) {
                                  if (data9.last_id !== void 0) {
                                    let data12 = data9.last_id, _errs38 = errors;
                                    if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12)))
                                      return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/last_id", schemaPath: "#/$defs/segment/properties/last_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                    if (errors === _errs38 && typeof data12 == "number" && isFinite(data12) && (data12 < 1 || isNaN(data12)))
                                      return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/last_id", schemaPath: "#/$defs/segment/properties/last_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                    var valid11 = _errs38 === errors;
                                  } else
                                    var valid11 = !0;
                                  if (valid11) {
                                    if (data9.entries !== void 0) {
                                      let data13 = data9.entries, _errs40 = errors;
                                      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13)))
                                        return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/entries", schemaPath: "#/$defs/segment/properties/entries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                      if (errors === _errs40 && typeof data13 == "number" && isFinite(data13) && (data13 < 1 || isNaN(data13)))
                                        return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/entries", schemaPath: "#/$defs/segment/properties/entries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                      var valid11 = _errs40 === errors;
                                    } else
                                      var valid11 = !0;
                                    if (valid11)
                                      if (data9.sha256 !== void 0) {
                                        let data14 = data9.sha256, _errs42 = errors;
                                        if (errors === _errs42)
                                          if (typeof data14 == "string") {
                                            if (!pattern9.test(data14))
                                              return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/sha256", schemaPath: "#/$defs/segment/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }], !1;
                                          } else
                                            return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0 + "/sha256", schemaPath: "#/$defs/segment/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                        var valid11 = _errs42 === errors;
                                      } else
                                        var valid11 = !0;
                                  }
                                }
                              }
                            }
                          }
                        } else
                          return validate24.errors = [{ instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                      var valid9 = _errs30 === errors;
                      if (!valid9)
                        break;
                    }
                  } else
                    return validate24.errors = [{ instancePath: instancePath + "/archive", schemaPath: "#/properties/archive/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                var valid0 = _errs28 === errors;
              } else
                var valid0 = !0;
              if (valid0)
                if (data.history !== void 0) {
                  let data15 = data.history, _errs44 = errors;
                  if (errors === _errs44)
                    if (Array.isArray(data15)) {
                      var valid12 = !0;
                      let len1 = data15.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        let _errs46 = errors;
                        validate27(data15[i1], { instancePath: instancePath + "/history/" + i1, parentData: data15, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length);
                        var valid12 = _errs46 === errors;
                        if (!valid12)
                          break;
                      }
                    } else
                      return validate24.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                  var valid0 = _errs44 === errors;
                } else
                  var valid0 = !0;
            }
          }
        }
      }
    } else
      return validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate24.errors = vErrors, errors === 0;
}
validate24.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var config = validate29, schema57 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://gitops-model-registry.dev/schemas/config.schema.json", title: "Registry configuration", description: "registry/config.json: the artifact store, the environments in promotion order, gate thresholds, smoke tests, cache and download settings.", type: "object", additionalProperties: !1, required: ["schema_version", "store", "environments"], properties: { schema_version: { const: 1 }, store: { type: "string", minLength: 1, maxLength: 2048 }, s3: { type: "object", additionalProperties: !1, properties: { endpoint: { type: "string", format: "uri" }, region: { type: "string" }, force_path_style: { type: "boolean" } } }, environments: { type: "array", minItems: 1, maxItems: 64, uniqueItems: !0, items: { $ref: "registry.schema.json#/$defs/env" } }, gate: { type: "object", additionalProperties: !1, properties: { enabled: { type: "boolean" }, suite: { type: "string" }, backend: { enum: ["llama", "openai", "command"] }, openai_url: { type: "string" }, command: { type: "array", items: { type: "string" } }, default_max_regression: { type: "number", minimum: 0, maximum: 1, description: "Largest tolerated relative regression, 0.05 = 5% worse; at most 1 (twice as slow)." }, inconclusive: { enum: ["block", "allow"], description: "An inconclusive gate (the time budget ran out before the paired measurements could decide) blocks the deploy (default) or lets it through, recorded." }, budget_s: { type: "number", minimum: 1, maximum: 86400, description: "Time budget of the paired performance sampling, in seconds (default 30): sampling stops as soon as every performance metric is decided, and the gate is inconclusive when the budget runs out first." }, max_pairs: { type: "integer", minimum: 12, maximum: 1e5, description: "Most candidate/baseline pairs the performance sampling takes (default 1200)." }, confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a performance verdict across all looks of the sequential test (default 0.95)." }, quantization_allowance: { type: "object", description: "Expected perplexity increase of each quantization family relative to f16 (0.028 = +2.8%), used to compare quality across families. Defaults from llama.cpp's published figures.", propertyNames: { pattern: "^[a-z0-9_]+$" }, additionalProperties: { type: "number", minimum: -0.5, maximum: 10 } }, metrics: { type: "object", additionalProperties: { type: "object", additionalProperties: !1, required: ["direction"], properties: { direction: { enum: ["lower", "higher"] }, max_regression: { type: "number", minimum: 0, maximum: 1 }, absolute: { type: "number" }, quality: { type: "boolean" } } } } } }, smoke: { type: "object", additionalProperties: !1, properties: { enabled: { type: "boolean" }, timeout_ms: { type: "integer", minimum: 100 }, prompts: { type: "array", items: { type: "string" } } } }, cache: { type: "object", additionalProperties: !1, properties: { dir: { type: "string" }, keep: { type: "integer", minimum: 1 } } }, rollout: { type: "object", description: "How a fleet of servers (mreg serve / mreg agent) takes up a new version.", additionalProperties: !1, properties: { spread_s: { type: "number", minimum: 0, maximum: 86400, description: "Window in seconds over which the servers start downloading a new version: each waits a delay that depends only on its instance name and the artifact. 0 (the default): at once. A rollback to a cached version always goes at once." } } }, download: { type: "object", additionalProperties: !1, properties: { part_size_mb: { type: "integer", minimum: 1 }, concurrency: { type: "integer", minimum: 1, maximum: 64 } } }, push: { type: "object", additionalProperties: !1, properties: { retries: { type: "integer", minimum: 0, maximum: 100 } } }, canary: { type: "object", description: "How `mreg canary check|watch` analyses a canary against stable from Prometheus: the steps, the soak per step, the checks.", additionalProperties: !1, properties: { steps: { type: "array", minItems: 1, maxItems: 20, items: { type: "integer", minimum: 1, maximum: 100 }, description: "Canary percents in increasing order, e.g. [10, 50, 100]; passing the last one promotes the canary." }, soak_s: { type: "number", minimum: 0, maximum: 604800, description: "Seconds each step runs before it may pass (default 300). A failed check aborts at once." }, interval_s: { type: "number", minimum: 1, maximum: 86400, description: "Seconds between looks of `mreg canary watch` (default 30)." }, min_requests: { type: "integer", minimum: 1, description: "Requests each side must have answered in the window before any verdict (default 50)." }, confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a step's verdict across all its looks (default 0.95)." }, checks: { type: "array", maxItems: 32, items: { $ref: "#/$defs/canary_check" }, description: "The checks, canary against stable over the same window (default: error_rate 0.01, latency_p95 0.1, tokens_per_s 0.1)." } } } }, $defs: { canary_check: { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string", pattern: "^[a-z][a-z0-9_]{0,62}$", description: "error_rate, latency_p95, tokens_per_s, or a name of your own with a query." }, max_increase: { type: "number", minimum: 0, maximum: 1, description: "error_rate: the most the canary's error rate may exceed stable's (0.01 = one percentage point)." }, max_regression: { type: "number", minimum: 0, maximum: 10, description: "The largest relative regression allowed (0.1 = 10% worse)." }, query: { type: "string", minLength: 1, maxLength: 4096, description: "A check of your own: PromQL returning one series; $version, $role, $environment, $model and $window are replaced per side." }, direction: { enum: ["lower", "higher"], description: "A check of your own: whether a lower value (the default) or a higher one is better." } }, allOf: [{ if: { properties: { name: { const: "error_rate" } } }, then: { required: ["max_increase"] } }, { if: { properties: { name: { enum: ["latency_p95", "tokens_per_s"] } } }, then: { required: ["max_regression"] } }, { if: { properties: { name: { not: { enum: ["error_rate", "latency_p95", "tokens_per_s"] } } } }, then: { required: ["query", "max_regression"] } }] } } }, schema59 = { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string", pattern: "^[a-z][a-z0-9_]{0,62}$", description: "error_rate, latency_p95, tokens_per_s, or a name of your own with a query." }, max_increase: { type: "number", minimum: 0, maximum: 1, description: "error_rate: the most the canary's error rate may exceed stable's (0.01 = one percentage point)." }, max_regression: { type: "number", minimum: 0, maximum: 10, description: "The largest relative regression allowed (0.1 = 10% worse)." }, query: { type: "string", minLength: 1, maxLength: 4096, description: "A check of your own: PromQL returning one series; $version, $role, $environment, $model and $window are replaced per side." }, direction: { enum: ["lower", "higher"], description: "A check of your own: whether a lower value (the default) or a higher one is better." } }, allOf: [{ if: { properties: { name: { const: "error_rate" } } }, then: { required: ["max_increase"] } }, { if: { properties: { name: { enum: ["latency_p95", "tokens_per_s"] } } }, then: { required: ["max_regression"] } }, { if: { properties: { name: { not: { enum: ["error_rate", "latency_p95", "tokens_per_s"] } } } }, then: { required: ["query", "max_regression"] } }] }, func0 = __m2.default, formats6 = __m1.fullFormats.uri, pattern28 = new RegExp("^[a-z0-9_]+$", "u"), pattern29 = new RegExp("^[a-z][a-z0-9_]{0,62}$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schema_version === void 0 && (missing0 = "schema_version") || data.store === void 0 && (missing0 = "store") || data.environments === void 0 && (missing0 = "environments"))
        return validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func1.call(schema57.properties, key0)) {
            return validate29.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.schema_version !== void 0) {
            let _errs2 = errors;
            if (data.schema_version !== 1)
              return validate29.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.store !== void 0) {
              let data1 = data.store, _errs3 = errors;
              if (errors === _errs3)
                if (typeof data1 == "string") {
                  if (func2(data1) > 2048)
                    return validate29.errors = [{ instancePath: instancePath + "/store", schemaPath: "#/properties/store/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }], !1;
                  if (func2(data1) < 1)
                    return validate29.errors = [{ instancePath: instancePath + "/store", schemaPath: "#/properties/store/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                } else
                  return validate29.errors = [{ instancePath: instancePath + "/store", schemaPath: "#/properties/store/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs3 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.s3 !== void 0) {
                let data2 = data.s3, _errs5 = errors;
                if (errors === _errs5)
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let _errs7 = errors;
                    for (let key1 in data2)
                      if (!(key1 === "endpoint" || key1 === "region" || key1 === "force_path_style")) {
                        return validate29.errors = [{ instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                        break;
                      }
                    if (_errs7 === errors) {
                      if (data2.endpoint !== void 0) {
                        let data3 = data2.endpoint, _errs8 = errors;
                        if (errors === _errs8 && errors === _errs8)
                          if (typeof data3 == "string") {
                            if (!formats6(data3))
                              return validate29.errors = [{ instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }], !1;
                          } else
                            return validate29.errors = [{ instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                        var valid1 = _errs8 === errors;
                      } else
                        var valid1 = !0;
                      if (valid1) {
                        if (data2.region !== void 0) {
                          let _errs10 = errors;
                          if (typeof data2.region != "string")
                            return validate29.errors = [{ instancePath: instancePath + "/s3/region", schemaPath: "#/properties/s3/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid1 = _errs10 === errors;
                        } else
                          var valid1 = !0;
                        if (valid1)
                          if (data2.force_path_style !== void 0) {
                            let _errs12 = errors;
                            if (typeof data2.force_path_style != "boolean")
                              return validate29.errors = [{ instancePath: instancePath + "/s3/force_path_style", schemaPath: "#/properties/s3/properties/force_path_style/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                            var valid1 = _errs12 === errors;
                          } else
                            var valid1 = !0;
                      }
                    }
                  } else
                    return validate29.errors = [{ instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                var valid0 = _errs5 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.environments !== void 0) {
                  let data6 = data.environments, _errs14 = errors;
                  if (errors === _errs14)
                    if (Array.isArray(data6)) {
                      if (data6.length > 64)
                        return validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" }], !1;
                      if (data6.length < 1)
                        return validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                      {
                        var valid2 = !0;
                        let len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data7 = data6[i0], _errs16 = errors;
                          if (errors === errors)
                            if (typeof data7 == "string") {
                              if (func2(data7) > 64)
                                return validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "registry.schema.json#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                              if (!pattern12.test(data7))
                                return validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "registry.schema.json#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' }], !1;
                            } else
                              return validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "registry.schema.json#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                          var valid2 = _errs16 === errors;
                          if (!valid2)
                            break;
                        }
                        if (valid2) {
                          let i1 = data6.length, j0;
                          if (i1 > 1) {
                            outer0: for (; i1--; )
                              for (j0 = i1; j0--; )
                                if (func0(data6[i1], data6[j0])) {
                                  return validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }], !1;
                                  break outer0;
                                }
                          }
                        }
                      }
                    } else
                      return validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                  var valid0 = _errs14 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.gate !== void 0) {
                    let data8 = data.gate, _errs19 = errors;
                    if (errors === _errs19)
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        let _errs21 = errors;
                        for (let key2 in data8)
                          if (!func1.call(schema57.properties.gate.properties, key2)) {
                            return validate29.errors = [{ instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                            break;
                          }
                        if (_errs21 === errors) {
                          if (data8.enabled !== void 0) {
                            let _errs22 = errors;
                            if (typeof data8.enabled != "boolean")
                              return validate29.errors = [{ instancePath: instancePath + "/gate/enabled", schemaPath: "#/properties/gate/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                            var valid5 = _errs22 === errors;
                          } else
                            var valid5 = !0;
                          if (valid5) {
                            if (data8.suite !== void 0) {
                              let _errs24 = errors;
                              if (typeof data8.suite != "string")
                                return validate29.errors = [{ instancePath: instancePath + "/gate/suite", schemaPath: "#/properties/gate/properties/suite/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid5 = _errs24 === errors;
                            } else
                              var valid5 = !0;
                            if (valid5) {
                              if (data8.backend !== void 0) {
                                let data11 = data8.backend, _errs26 = errors;
                                if (!(data11 === "llama" || data11 === "openai" || data11 === "command"))
                                  return validate29.errors = [{ instancePath: instancePath + "/gate/backend", schemaPath: "#/properties/gate/properties/backend/enum", keyword: "enum", params: { allowedValues: schema57.properties.gate.properties.backend.enum }, message: "must be equal to one of the allowed values" }], !1;
                                var valid5 = _errs26 === errors;
                              } else
                                var valid5 = !0;
                              if (valid5) {
                                if (data8.openai_url !== void 0) {
                                  let _errs27 = errors;
                                  if (typeof data8.openai_url != "string")
                                    return validate29.errors = [{ instancePath: instancePath + "/gate/openai_url", schemaPath: "#/properties/gate/properties/openai_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                  var valid5 = _errs27 === errors;
                                } else
                                  var valid5 = !0;
                                if (valid5) {
                                  if (data8.command !== void 0) {
                                    let data13 = data8.command, _errs29 = errors;
                                    if (errors === _errs29)
                                      if (Array.isArray(data13)) {
                                        var valid6 = !0;
                                        let len1 = data13.length;
                                        for (let i2 = 0; i2 < len1; i2++) {
                                          let _errs31 = errors;
                                          if (typeof data13[i2] != "string")
                                            return validate29.errors = [{ instancePath: instancePath + "/gate/command/" + i2, schemaPath: "#/properties/gate/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                          var valid6 = _errs31 === errors;
                                          if (!valid6)
                                            break;
                                        }
                                      } else
                                        return validate29.errors = [{ instancePath: instancePath + "/gate/command", schemaPath: "#/properties/gate/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                    var valid5 = _errs29 === errors;
                                  } else
                                    var valid5 = !0;
                                  if (valid5) {
                                    if (data8.default_max_regression !== void 0) {
                                      let data15 = data8.default_max_regression, _errs33 = errors;
                                      if (errors === _errs33)
                                        if (typeof data15 == "number" && isFinite(data15)) {
                                          if (data15 > 1 || isNaN(data15))
                                            return validate29.errors = [{ instancePath: instancePath + "/gate/default_max_regression", schemaPath: "#/properties/gate/properties/default_max_regression/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                          if (data15 < 0 || isNaN(data15))
                                            return validate29.errors = [{ instancePath: instancePath + "/gate/default_max_regression", schemaPath: "#/properties/gate/properties/default_max_regression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                        } else
                                          return validate29.errors = [{ instancePath: instancePath + "/gate/default_max_regression", schemaPath: "#/properties/gate/properties/default_max_regression/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                      var valid5 = _errs33 === errors;
                                    } else
                                      var valid5 = !0;
                                    if (valid5) {
                                      if (data8.inconclusive !== void 0) {
                                        let data16 = data8.inconclusive, _errs35 = errors;
                                        if (!(data16 === "block" || data16 === "allow"))
                                          return validate29.errors = [{ instancePath: instancePath + "/gate/inconclusive", schemaPath: "#/properties/gate/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema57.properties.gate.properties.inconclusive.enum }, message: "must be equal to one of the allowed values" }], !1;
                                        var valid5 = _errs35 === errors;
                                      } else
                                        var valid5 = !0;
                                      if (valid5) {
                                        if (data8.budget_s !== void 0) {
                                          let data17 = data8.budget_s, _errs36 = errors;
                                          if (errors === _errs36)
                                            if (typeof data17 == "number" && isFinite(data17)) {
                                              if (data17 > 86400 || isNaN(data17))
                                                return validate29.errors = [{ instancePath: instancePath + "/gate/budget_s", schemaPath: "#/properties/gate/properties/budget_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }], !1;
                                              if (data17 < 1 || isNaN(data17))
                                                return validate29.errors = [{ instancePath: instancePath + "/gate/budget_s", schemaPath: "#/properties/gate/properties/budget_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                            } else
                                              return validate29.errors = [{ instancePath: instancePath + "/gate/budget_s", schemaPath: "#/properties/gate/properties/budget_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                          var valid5 = _errs36 === errors;
                                        } else
                                          var valid5 = !0;
                                        if (valid5) {
                                          if (data8.max_pairs !== void 0) {
                                            let data18 = data8.max_pairs, _errs38 = errors;
                                            if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18)))
                                              return validate29.errors = [{ instancePath: instancePath + "/gate/max_pairs", schemaPath: "#/properties/gate/properties/max_pairs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                            if (errors === _errs38 && typeof data18 == "number" && isFinite(data18)) {
                                              if (data18 > 1e5 || isNaN(data18))
                                                return validate29.errors = [{ instancePath: instancePath + "/gate/max_pairs", schemaPath: "#/properties/gate/properties/max_pairs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" }], !1;
                                              if (data18 < 12 || isNaN(data18))
                                                return validate29.errors = [{ instancePath: instancePath + "/gate/max_pairs", schemaPath: "#/properties/gate/properties/max_pairs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 12 }, message: "must be >= 12" }], !1;
                                            }
                                            var valid5 = _errs38 === errors;
                                          } else
                                            var valid5 = !0;
                                          if (valid5) {
                                            if (data8.confidence !== void 0) {
                                              let data19 = data8.confidence, _errs40 = errors;
                                              if (errors === _errs40)
                                                if (typeof data19 == "number" && isFinite(data19)) {
                                                  if (data19 >= 1 || isNaN(data19))
                                                    return validate29.errors = [{ instancePath: instancePath + "/gate/confidence", schemaPath: "#/properties/gate/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" }], !1;
                                                  if (data19 <= 0.5 || isNaN(data19))
                                                    return validate29.errors = [{ instancePath: instancePath + "/gate/confidence", schemaPath: "#/properties/gate/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5" }], !1;
                                                } else
                                                  return validate29.errors = [{ instancePath: instancePath + "/gate/confidence", schemaPath: "#/properties/gate/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                              var valid5 = _errs40 === errors;
                                            } else
                                              var valid5 = !0;
                                            if (valid5) {
                                              if (data8.quantization_allowance !== void 0) {
                                                let data20 = data8.quantization_allowance, _errs42 = errors;
                                                if (errors === _errs42)
                                                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                    for (let key3 in data20) {
                                                      let _errs44 = errors;
                                                      if (typeof key3 == "string" && !pattern28.test(key3)) {
                                                        let err0 = { instancePath: instancePath + "/gate/quantization_allowance", schemaPath: "#/properties/gate/properties/quantization_allowance/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"', propertyName: key3 };
                                                        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
                                                      }
                                                      var valid7 = _errs44 === errors;
                                                      if (!valid7) {
                                                        let err1 = { instancePath: instancePath + "/gate/quantization_allowance", schemaPath: "#/properties/gate/properties/quantization_allowance/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                                                        return vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++, validate29.errors = vErrors, !1;
                                                        break;
                                                      }
                                                    }
                                                    if (valid7)
                                                      for (let key4 in data20) {
                                                        let data21 = data20[key4], _errs46 = errors;
                                                        if (errors === _errs46)
                                                          if (typeof data21 == "number" && isFinite(data21)) {
                                                            if (data21 > 10 || isNaN(data21))
                                                              return validate29.errors = [{ instancePath: instancePath + "/gate/quantization_allowance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/quantization_allowance/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }], !1;
                                                            if (data21 < -0.5 || isNaN(data21))
                                                              return validate29.errors = [{ instancePath: instancePath + "/gate/quantization_allowance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/quantization_allowance/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: -0.5 }, message: "must be >= -0.5" }], !1;
                                                          } else
                                                            return validate29.errors = [{ instancePath: instancePath + "/gate/quantization_allowance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/quantization_allowance/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                        var valid8 = _errs46 === errors;
                                                        if (!valid8)
                                                          break;
                                                      }
                                                  } else
                                                    return validate29.errors = [{ instancePath: instancePath + "/gate/quantization_allowance", schemaPath: "#/properties/gate/properties/quantization_allowance/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                var valid5 = _errs42 === errors;
                                              } else
                                                var valid5 = !0;
                                              if (valid5)
                                                if (data8.metrics !== void 0) {
                                                  let data22 = data8.metrics, _errs48 = errors;
                                                  if (errors === _errs48)
                                                    if (data22 && typeof data22 == "object" && !Array.isArray(data22))
                                                      for (let key5 in data22) {
                                                        let data23 = data22[key5], _errs51 = errors;
                                                        if (errors === _errs51)
                                                          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                            let missing1;
                                                            if (data23.direction === void 0 && (missing1 = "direction"))
                                                              return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/metrics/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                                            {
                                                              let _errs53 = errors;
                                                              for (let key6 in data23)
                                                                if (!(key6 === "direction" || key6 === "max_regression" || key6 === "absolute" || key6 === "quality")) {
                                                                  return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/metrics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }], !1;
                                                                  break;
                                                                }
                                                              if (_errs53 === errors) {
                                                                if (data23.direction !== void 0) {
                                                                  let data24 = data23.direction, _errs54 = errors;
                                                                  if (!(data24 === "lower" || data24 === "higher"))
                                                                    return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema57.properties.gate.properties.metrics.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                                  var valid10 = _errs54 === errors;
                                                                } else
                                                                  var valid10 = !0;
                                                                if (valid10) {
                                                                  if (data23.max_regression !== void 0) {
                                                                    let data25 = data23.max_regression, _errs55 = errors;
                                                                    if (errors === _errs55)
                                                                      if (typeof data25 == "number" && isFinite(data25)) {
                                                                        if (data25 > 1 || isNaN(data25))
                                                                          return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/max_regression/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                                                        if (data25 < 0 || isNaN(data25))
                                                                          return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/max_regression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                      } else
                                                                        return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/max_regression/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                    var valid10 = _errs55 === errors;
                                                                  } else
                                                                    var valid10 = !0;
                                                                  if (valid10) {
                                                                    if (data23.absolute !== void 0) {
                                                                      let data26 = data23.absolute, _errs57 = errors;
                                                                      if (!(typeof data26 == "number" && isFinite(data26)))
                                                                        return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/absolute", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                      var valid10 = _errs57 === errors;
                                                                    } else
                                                                      var valid10 = !0;
                                                                    if (valid10)
                                                                      if (data23.quality !== void 0) {
                                                                        let _errs59 = errors;
                                                                        if (typeof data23.quality != "boolean")
                                                                          return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quality", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/quality/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                                                        var valid10 = _errs59 === errors;
                                                                      } else
                                                                        var valid10 = !0;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else
                                                            return validate29.errors = [{ instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                        var valid9 = _errs51 === errors;
                                                        if (!valid9)
                                                          break;
                                                      }
                                                    else
                                                      return validate29.errors = [{ instancePath: instancePath + "/gate/metrics", schemaPath: "#/properties/gate/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                  var valid5 = _errs48 === errors;
                                                } else
                                                  var valid5 = !0;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else
                        return validate29.errors = [{ instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                    var valid0 = _errs19 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.smoke !== void 0) {
                      let data28 = data.smoke, _errs61 = errors;
                      if (errors === _errs61)
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                          let _errs63 = errors;
                          for (let key7 in data28)
                            if (!(key7 === "enabled" || key7 === "timeout_ms" || key7 === "prompts")) {
                              return validate29.errors = [{ instancePath: instancePath + "/smoke", schemaPath: "#/properties/smoke/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }], !1;
                              break;
                            }
                          if (_errs63 === errors) {
                            if (data28.enabled !== void 0) {
                              let _errs64 = errors;
                              if (typeof data28.enabled != "boolean")
                                return validate29.errors = [{ instancePath: instancePath + "/smoke/enabled", schemaPath: "#/properties/smoke/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                              var valid11 = _errs64 === errors;
                            } else
                              var valid11 = !0;
                            if (valid11) {
                              if (data28.timeout_ms !== void 0) {
                                let data30 = data28.timeout_ms, _errs66 = errors;
                                if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30)))
                                  return validate29.errors = [{ instancePath: instancePath + "/smoke/timeout_ms", schemaPath: "#/properties/smoke/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                if (errors === _errs66 && typeof data30 == "number" && isFinite(data30) && (data30 < 100 || isNaN(data30)))
                                  return validate29.errors = [{ instancePath: instancePath + "/smoke/timeout_ms", schemaPath: "#/properties/smoke/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" }], !1;
                                var valid11 = _errs66 === errors;
                              } else
                                var valid11 = !0;
                              if (valid11)
                                if (data28.prompts !== void 0) {
                                  let data31 = data28.prompts, _errs68 = errors;
                                  if (errors === _errs68)
                                    if (Array.isArray(data31)) {
                                      var valid12 = !0;
                                      let len2 = data31.length;
                                      for (let i3 = 0; i3 < len2; i3++) {
                                        let _errs70 = errors;
                                        if (typeof data31[i3] != "string")
                                          return validate29.errors = [{ instancePath: instancePath + "/smoke/prompts/" + i3, schemaPath: "#/properties/smoke/properties/prompts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                        var valid12 = _errs70 === errors;
                                        if (!valid12)
                                          break;
                                      }
                                    } else
                                      return validate29.errors = [{ instancePath: instancePath + "/smoke/prompts", schemaPath: "#/properties/smoke/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                  var valid11 = _errs68 === errors;
                                } else
                                  var valid11 = !0;
                            }
                          }
                        } else
                          return validate29.errors = [{ instancePath: instancePath + "/smoke", schemaPath: "#/properties/smoke/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                      var valid0 = _errs61 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.cache !== void 0) {
                        let data33 = data.cache, _errs72 = errors;
                        if (errors === _errs72)
                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            let _errs74 = errors;
                            for (let key8 in data33)
                              if (!(key8 === "dir" || key8 === "keep")) {
                                return validate29.errors = [{ instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }], !1;
                                break;
                              }
                            if (_errs74 === errors) {
                              if (data33.dir !== void 0) {
                                let _errs75 = errors;
                                if (typeof data33.dir != "string")
                                  return validate29.errors = [{ instancePath: instancePath + "/cache/dir", schemaPath: "#/properties/cache/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                var valid13 = _errs75 === errors;
                              } else
                                var valid13 = !0;
                              if (valid13)
                                if (data33.keep !== void 0) {
                                  let data35 = data33.keep, _errs77 = errors;
                                  if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35)))
                                    return validate29.errors = [{ instancePath: instancePath + "/cache/keep", schemaPath: "#/properties/cache/properties/keep/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                  if (errors === _errs77 && typeof data35 == "number" && isFinite(data35) && (data35 < 1 || isNaN(data35)))
                                    return validate29.errors = [{ instancePath: instancePath + "/cache/keep", schemaPath: "#/properties/cache/properties/keep/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                  var valid13 = _errs77 === errors;
                                } else
                                  var valid13 = !0;
                            }
                          } else
                            return validate29.errors = [{ instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                        var valid0 = _errs72 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.rollout !== void 0) {
                          let data36 = data.rollout, _errs79 = errors;
                          if (errors === _errs79)
                            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                              let _errs81 = errors;
                              for (let key9 in data36)
                                if (key9 !== "spread_s") {
                                  return validate29.errors = [{ instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }], !1;
                                  break;
                                }
                              if (_errs81 === errors && data36.spread_s !== void 0) {
                                let data37 = data36.spread_s;
                                if (errors === errors)
                                  if (typeof data37 == "number" && isFinite(data37)) {
                                    if (data37 > 86400 || isNaN(data37))
                                      return validate29.errors = [{ instancePath: instancePath + "/rollout/spread_s", schemaPath: "#/properties/rollout/properties/spread_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }], !1;
                                    if (data37 < 0 || isNaN(data37))
                                      return validate29.errors = [{ instancePath: instancePath + "/rollout/spread_s", schemaPath: "#/properties/rollout/properties/spread_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                  } else
                                    return validate29.errors = [{ instancePath: instancePath + "/rollout/spread_s", schemaPath: "#/properties/rollout/properties/spread_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                              }
                            } else
                              return validate29.errors = [{ instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                          var valid0 = _errs79 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.download !== void 0) {
                            let data38 = data.download, _errs84 = errors;
                            if (errors === _errs84)
                              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                let _errs86 = errors;
                                for (let key10 in data38)
                                  if (!(key10 === "part_size_mb" || key10 === "concurrency")) {
                                    return validate29.errors = [{ instancePath: instancePath + "/download", schemaPath: "#/properties/download/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }], !1;
                                    break;
                                  }
                                if (_errs86 === errors) {
                                  if (data38.part_size_mb !== void 0) {
                                    let data39 = data38.part_size_mb, _errs87 = errors;
                                    if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39) && isFinite(data39)))
                                      return validate29.errors = [{ instancePath: instancePath + "/download/part_size_mb", schemaPath: "#/properties/download/properties/part_size_mb/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                    if (errors === _errs87 && typeof data39 == "number" && isFinite(data39) && (data39 < 1 || isNaN(data39)))
                                      return validate29.errors = [{ instancePath: instancePath + "/download/part_size_mb", schemaPath: "#/properties/download/properties/part_size_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                    var valid15 = _errs87 === errors;
                                  } else
                                    var valid15 = !0;
                                  if (valid15)
                                    if (data38.concurrency !== void 0) {
                                      let data40 = data38.concurrency, _errs89 = errors;
                                      if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40)))
                                        return validate29.errors = [{ instancePath: instancePath + "/download/concurrency", schemaPath: "#/properties/download/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                      if (errors === _errs89 && typeof data40 == "number" && isFinite(data40)) {
                                        if (data40 > 64 || isNaN(data40))
                                          return validate29.errors = [{ instancePath: instancePath + "/download/concurrency", schemaPath: "#/properties/download/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" }], !1;
                                        if (data40 < 1 || isNaN(data40))
                                          return validate29.errors = [{ instancePath: instancePath + "/download/concurrency", schemaPath: "#/properties/download/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                      }
                                      var valid15 = _errs89 === errors;
                                    } else
                                      var valid15 = !0;
                                }
                              } else
                                return validate29.errors = [{ instancePath: instancePath + "/download", schemaPath: "#/properties/download/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                            var valid0 = _errs84 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.push !== void 0) {
                              let data41 = data.push, _errs91 = errors;
                              if (errors === _errs91)
                                if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                  let _errs93 = errors;
                                  for (let key11 in data41)
                                    if (key11 !== "retries") {
                                      return validate29.errors = [{ instancePath: instancePath + "/push", schemaPath: "#/properties/push/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }], !1;
                                      break;
                                    }
                                  if (_errs93 === errors && data41.retries !== void 0) {
                                    let data42 = data41.retries, _errs94 = errors;
                                    if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42)))
                                      return validate29.errors = [{ instancePath: instancePath + "/push/retries", schemaPath: "#/properties/push/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                    if (errors === _errs94 && typeof data42 == "number" && isFinite(data42)) {
                                      if (data42 > 100 || isNaN(data42))
                                        return validate29.errors = [{ instancePath: instancePath + "/push/retries", schemaPath: "#/properties/push/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" }], !1;
                                      if (data42 < 0 || isNaN(data42))
                                        return validate29.errors = [{ instancePath: instancePath + "/push/retries", schemaPath: "#/properties/push/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                    }
                                  }
                                } else
                                  return validate29.errors = [{ instancePath: instancePath + "/push", schemaPath: "#/properties/push/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                              var valid0 = _errs91 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0)
                              if (data.canary !== void 0) {
                                let data43 = data.canary, _errs96 = errors;
                                if (errors === _errs96)
                                  if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                    let _errs98 = errors;
                                    for (let key12 in data43)
                                      if (!(key12 === "steps" || key12 === "soak_s" || key12 === "interval_s" || key12 === "min_requests" || key12 === "confidence" || key12 === "checks")) {
                                        return validate29.errors = [{ instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    if (_errs98 === errors) {
                                      if (data43.steps !== void 0) {
                                        let data44 = data43.steps, _errs99 = errors;
                                        if (errors === _errs99)
                                          if (Array.isArray(data44)) {
                                            if (data44.length > 20)
                                              return validate29.errors = [{ instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" }], !1;
                                            if (data44.length < 1)
                                              return validate29.errors = [{ instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                            {
                                              var valid18 = !0;
                                              let len3 = data44.length;
                                              for (let i4 = 0; i4 < len3; i4++) {
                                                let data45 = data44[i4], _errs101 = errors;
                                                if (!(typeof data45 == "number" && !(data45 % 1) && !isNaN(data45) && isFinite(data45)))
                                                  return validate29.errors = [{ instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                if (errors === _errs101 && typeof data45 == "number" && isFinite(data45)) {
                                                  if (data45 > 100 || isNaN(data45))
                                                    return validate29.errors = [{ instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" }], !1;
                                                  if (data45 < 1 || isNaN(data45))
                                                    return validate29.errors = [{ instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                                }
                                                var valid18 = _errs101 === errors;
                                                if (!valid18)
                                                  break;
                                              }
                                            }
                                          } else
                                            return validate29.errors = [{ instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                        var valid17 = _errs99 === errors;
                                      } else
                                        var valid17 = !0;
                                      if (valid17) {
                                        if (data43.soak_s !== void 0) {
                                          let data46 = data43.soak_s, _errs103 = errors;
                                          if (errors === _errs103)
                                            if (typeof data46 == "number" && isFinite(data46)) {
                                              if (data46 > 604800 || isNaN(data46))
                                                return validate29.errors = [{ instancePath: instancePath + "/canary/soak_s", schemaPath: "#/properties/canary/properties/soak_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 604800 }, message: "must be <= 604800" }], !1;
                                              if (data46 < 0 || isNaN(data46))
                                                return validate29.errors = [{ instancePath: instancePath + "/canary/soak_s", schemaPath: "#/properties/canary/properties/soak_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                            } else
                                              return validate29.errors = [{ instancePath: instancePath + "/canary/soak_s", schemaPath: "#/properties/canary/properties/soak_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                          var valid17 = _errs103 === errors;
                                        } else
                                          var valid17 = !0;
                                        if (valid17) {
                                          if (data43.interval_s !== void 0) {
                                            let data47 = data43.interval_s, _errs105 = errors;
                                            if (errors === _errs105)
                                              if (typeof data47 == "number" && isFinite(data47)) {
                                                if (data47 > 86400 || isNaN(data47))
                                                  return validate29.errors = [{ instancePath: instancePath + "/canary/interval_s", schemaPath: "#/properties/canary/properties/interval_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }], !1;
                                                if (data47 < 1 || isNaN(data47))
                                                  return validate29.errors = [{ instancePath: instancePath + "/canary/interval_s", schemaPath: "#/properties/canary/properties/interval_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                              } else
                                                return validate29.errors = [{ instancePath: instancePath + "/canary/interval_s", schemaPath: "#/properties/canary/properties/interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                            var valid17 = _errs105 === errors;
                                          } else
                                            var valid17 = !0;
                                          if (valid17) {
                                            if (data43.min_requests !== void 0) {
                                              let data48 = data43.min_requests, _errs107 = errors;
                                              if (!(typeof data48 == "number" && !(data48 % 1) && !isNaN(data48) && isFinite(data48)))
                                                return validate29.errors = [{ instancePath: instancePath + "/canary/min_requests", schemaPath: "#/properties/canary/properties/min_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                              if (errors === _errs107 && typeof data48 == "number" && isFinite(data48) && (data48 < 1 || isNaN(data48)))
                                                return validate29.errors = [{ instancePath: instancePath + "/canary/min_requests", schemaPath: "#/properties/canary/properties/min_requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                              var valid17 = _errs107 === errors;
                                            } else
                                              var valid17 = !0;
                                            if (valid17) {
                                              if (data43.confidence !== void 0) {
                                                let data49 = data43.confidence, _errs109 = errors;
                                                if (errors === _errs109)
                                                  if (typeof data49 == "number" && isFinite(data49)) {
                                                    if (data49 >= 1 || isNaN(data49))
                                                      return validate29.errors = [{ instancePath: instancePath + "/canary/confidence", schemaPath: "#/properties/canary/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" }], !1;
                                                    if (data49 <= 0.5 || isNaN(data49))
                                                      return validate29.errors = [{ instancePath: instancePath + "/canary/confidence", schemaPath: "#/properties/canary/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5" }], !1;
                                                  } else
                                                    return validate29.errors = [{ instancePath: instancePath + "/canary/confidence", schemaPath: "#/properties/canary/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                var valid17 = _errs109 === errors;
                                              } else
                                                var valid17 = !0;
                                              if (valid17)
                                                if (data43.checks !== void 0) {
                                                  let data50 = data43.checks, _errs111 = errors;
                                                  if (errors === _errs111)
                                                    if (Array.isArray(data50)) {
                                                      if (data50.length > 32)
                                                        return validate29.errors = [{ instancePath: instancePath + "/canary/checks", schemaPath: "#/properties/canary/properties/checks/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items" }], !1;
                                                      {
                                                        var valid19 = !0;
                                                        let len4 = data50.length;
                                                        for (let i5 = 0; i5 < len4; i5++) {
                                                          let data51 = data50[i5], _errs113 = errors, _errs114 = errors, _errs116 = errors, _errs117 = errors, valid22 = !0, _errs118 = errors;
                                                          if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.name !== void 0 && data51.name !== "error_rate") {
                                                            let err2 = {};
                                                            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                                                          }
                                                          var _valid0 = _errs118 === errors;
                                                          if (errors = _errs117, vErrors !== null && (_errs117 ? vErrors.length = _errs117 : vErrors = null), _valid0) {
                                                            let _errs120 = errors;
                                                            if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                              let missing2;
                                                              if (data51.max_increase === void 0 && (missing2 = "max_increase"))
                                                                return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/0/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                                            }
                                                            var _valid0 = _errs120 === errors;
                                                            valid22 = _valid0;
                                                          }
                                                          if (!valid22) {
                                                            let err3 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                                            return vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++, validate29.errors = vErrors, !1;
                                                          }
                                                          var valid21 = _errs116 === errors;
                                                          if (valid21) {
                                                            let _errs121 = errors, _errs122 = errors, valid24 = !0, _errs123 = errors;
                                                            if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.name !== void 0) {
                                                              let data53 = data51.name;
                                                              if (!(data53 === "latency_p95" || data53 === "tokens_per_s")) {
                                                                let err4 = {};
                                                                vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                                                              }
                                                            }
                                                            var _valid1 = _errs123 === errors;
                                                            if (errors = _errs122, vErrors !== null && (_errs122 ? vErrors.length = _errs122 : vErrors = null), _valid1) {
                                                              let _errs125 = errors;
                                                              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                                let missing3;
                                                                if (data51.max_regression === void 0 && (missing3 = "max_regression"))
                                                                  return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/1/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                              }
                                                              var _valid1 = _errs125 === errors;
                                                              valid24 = _valid1;
                                                            }
                                                            if (!valid24) {
                                                              let err5 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                                              return vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++, validate29.errors = vErrors, !1;
                                                            }
                                                            var valid21 = _errs121 === errors;
                                                            if (valid21) {
                                                              let _errs126 = errors, _errs127 = errors, valid26 = !0, _errs128 = errors;
                                                              if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.name !== void 0) {
                                                                let data54 = data51.name, _errs130 = errors, _errs131 = errors;
                                                                if (!(data54 === "error_rate" || data54 === "latency_p95" || data54 === "tokens_per_s")) {
                                                                  let err6 = {};
                                                                  vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                                                                }
                                                                var valid28 = _errs131 === errors;
                                                                if (valid28) {
                                                                  let err7 = {};
                                                                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                                                                } else
                                                                  errors = _errs130, vErrors !== null && (_errs130 ? vErrors.length = _errs130 : vErrors = null);
                                                              }
                                                              var _valid2 = _errs128 === errors;
                                                              if (errors = _errs127, vErrors !== null && (_errs127 ? vErrors.length = _errs127 : vErrors = null), _valid2) {
                                                                let _errs132 = errors;
                                                                if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                                  let missing4;
                                                                  if (data51.query === void 0 && (missing4 = "query") || data51.max_regression === void 0 && (missing4 = "max_regression"))
                                                                    return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/2/then/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }], !1;
                                                                }
                                                                var _valid2 = _errs132 === errors;
                                                                valid26 = _valid2;
                                                              }
                                                              if (!valid26) {
                                                                let err8 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                                                return vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++, validate29.errors = vErrors, !1;
                                                              }
                                                              var valid21 = _errs126 === errors;
                                                            }
                                                          }
                                                          if (errors === _errs114)
                                                            if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                              let missing5;
                                                              if (data51.name === void 0 && (missing5 = "name"))
                                                                return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }], !1;
                                                              {
                                                                let _errs133 = errors;
                                                                for (let key13 in data51)
                                                                  if (!(key13 === "name" || key13 === "max_increase" || key13 === "max_regression" || key13 === "query" || key13 === "direction")) {
                                                                    return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" }], !1;
                                                                    break;
                                                                  }
                                                                if (_errs133 === errors) {
                                                                  if (data51.name !== void 0) {
                                                                    let data55 = data51.name, _errs134 = errors;
                                                                    if (errors === _errs134)
                                                                      if (typeof data55 == "string") {
                                                                        if (!pattern29.test(data55))
                                                                          return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/name", schemaPath: "#/$defs/canary_check/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,62}$"' }], !1;
                                                                      } else
                                                                        return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/name", schemaPath: "#/$defs/canary_check/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                    var valid29 = _errs134 === errors;
                                                                  } else
                                                                    var valid29 = !0;
                                                                  if (valid29) {
                                                                    if (data51.max_increase !== void 0) {
                                                                      let data56 = data51.max_increase, _errs136 = errors;
                                                                      if (errors === _errs136)
                                                                        if (typeof data56 == "number" && isFinite(data56)) {
                                                                          if (data56 > 1 || isNaN(data56))
                                                                            return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/max_increase", schemaPath: "#/$defs/canary_check/properties/max_increase/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }], !1;
                                                                          if (data56 < 0 || isNaN(data56))
                                                                            return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/max_increase", schemaPath: "#/$defs/canary_check/properties/max_increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        } else
                                                                          return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/max_increase", schemaPath: "#/$defs/canary_check/properties/max_increase/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                      var valid29 = _errs136 === errors;
                                                                    } else
                                                                      var valid29 = !0;
                                                                    if (valid29) {
                                                                      if (data51.max_regression !== void 0) {
                                                                        let data57 = data51.max_regression, _errs138 = errors;
                                                                        if (errors === _errs138)
                                                                          if (typeof data57 == "number" && isFinite(data57)) {
                                                                            if (data57 > 10 || isNaN(data57))
                                                                              return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/max_regression", schemaPath: "#/$defs/canary_check/properties/max_regression/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" }], !1;
                                                                            if (data57 < 0 || isNaN(data57))
                                                                              return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/max_regression", schemaPath: "#/$defs/canary_check/properties/max_regression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                          } else
                                                                            return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/max_regression", schemaPath: "#/$defs/canary_check/properties/max_regression/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                        var valid29 = _errs138 === errors;
                                                                      } else
                                                                        var valid29 = !0;
                                                                      if (valid29) {
                                                                        if (data51.query !== void 0) {
                                                                          let data58 = data51.query, _errs140 = errors;
                                                                          if (errors === _errs140)
                                                                            if (typeof data58 == "string") {
                                                                              if (func2(data58) > 4096)
                                                                                return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/query", schemaPath: "#/$defs/canary_check/properties/query/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }], !1;
                                                                              if (func2(data58) < 1)
                                                                                return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/query", schemaPath: "#/$defs/canary_check/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                            } else
                                                                              return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/query", schemaPath: "#/$defs/canary_check/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                          var valid29 = _errs140 === errors;
                                                                        } else
                                                                          var valid29 = !0;
                                                                        if (valid29)
                                                                          if (data51.direction !== void 0) {
                                                                            let data59 = data51.direction, _errs142 = errors;
                                                                            if (!(data59 === "lower" || data59 === "higher"))
                                                                              return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5 + "/direction", schemaPath: "#/$defs/canary_check/properties/direction/enum", keyword: "enum", params: { allowedValues: schema59.properties.direction.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                                            var valid29 = _errs142 === errors;
                                                                          } else
                                                                            var valid29 = !0;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else
                                                              return validate29.errors = [{ instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                          var valid19 = _errs113 === errors;
                                                          if (!valid19)
                                                            break;
                                                        }
                                                      }
                                                    } else
                                                      return validate29.errors = [{ instancePath: instancePath + "/canary/checks", schemaPath: "#/properties/canary/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                  var valid17 = _errs111 === errors;
                                                } else
                                                  var valid17 = !0;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else
                                    return validate29.errors = [{ instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                var valid0 = _errs96 === errors;
                              } else
                                var valid0 = !0;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate29.errors = vErrors, errors === 0;
}
validate29.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var history = validate30;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.env === void 0 && (missing0 = "env") || data.model === void 0 && (missing0 = "model") || data.version === void 0 && (missing0 = "version") || data.quantization === void 0 && (missing0 = "quantization") || data.deployed_at === void 0 && (missing0 = "deployed_at") || data.rolled_back === void 0 && (missing0 = "rolled_back") || data.metrics === void 0 && (missing0 = "metrics") || data.action === void 0 && (missing0 = "action") || data.actor === void 0 && (missing0 = "actor") || data.reason === void 0 && (missing0 = "reason") || data.previous_version === void 0 && (missing0 = "previous_version"))
        return validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!func1.call(schema48.properties, key0)) {
            return validate31.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id, _errs2 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0)))
              return validate31.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
            if (errors === _errs2 && typeof data0 == "number" && isFinite(data0) && (data0 < 1 || isNaN(data0)))
              return validate31.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.env !== void 0) {
              let data1 = data.env, _errs4 = errors;
              if (errors === errors)
                if (typeof data1 == "string") {
                  if (func2(data1) > 64)
                    return validate31.errors = [{ instancePath: instancePath + "/env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                  if (!pattern12.test(data1))
                    return validate31.errors = [{ instancePath: instancePath + "/env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' }], !1;
                } else
                  return validate31.errors = [{ instancePath: instancePath + "/env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs4 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.model !== void 0) {
                let data2 = data.model, _errs7 = errors;
                if (errors === errors)
                  if (typeof data2 == "string") {
                    if (func2(data2) > 128)
                      return validate31.errors = [{ instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }], !1;
                    if (!pattern4.test(data2))
                      return validate31.errors = [{ instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' }], !1;
                  } else
                    return validate31.errors = [{ instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                var valid0 = _errs7 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.version !== void 0) {
                  let data3 = data.version, _errs10 = errors;
                  if (errors === errors)
                    if (typeof data3 == "string") {
                      if (func2(data3) > 64)
                        return validate31.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                      if (!pattern5.test(data3))
                        return validate31.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' }], !1;
                    } else
                      return validate31.errors = [{ instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                  var valid0 = _errs10 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.quantization !== void 0) {
                    let data4 = data.quantization, _errs13 = errors;
                    if (errors === errors)
                      if (typeof data4 == "string") {
                        if (func2(data4) > 32)
                          return validate31.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" }], !1;
                        if (!pattern6.test(data4))
                          return validate31.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' }], !1;
                      } else
                        return validate31.errors = [{ instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                    var valid0 = _errs13 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.deployed_at !== void 0) {
                      let data5 = data.deployed_at, _errs16 = errors;
                      if (errors === _errs16 && errors === _errs16)
                        if (typeof data5 == "string") {
                          if (!formats0.validate(data5))
                            return validate31.errors = [{ instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }], !1;
                        } else
                          return validate31.errors = [{ instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                      var valid0 = _errs16 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data.rolled_back !== void 0) {
                        let _errs18 = errors;
                        if (typeof data.rolled_back != "boolean")
                          return validate31.errors = [{ instancePath: instancePath + "/rolled_back", schemaPath: "#/properties/rolled_back/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                        var valid0 = _errs18 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data.metrics !== void 0) {
                          let data7 = data.metrics, _errs20 = errors, _errs21 = errors, valid5 = !1, passing0 = null, _errs22 = errors;
                          if (data7 !== null) {
                            let err0 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
                          }
                          var _valid0 = _errs22 === errors;
                          _valid0 && (valid5 = !0, passing0 = 0);
                          let _errs24 = errors;
                          if (errors === _errs24)
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7))
                              if (Object.keys(data7).length > 100) {
                                let err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" };
                                vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                              } else
                                for (let key1 in data7) {
                                  let data8 = data7[key1], _errs27 = errors;
                                  if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
                                    let err2 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/oneOf/1/additionalProperties/type", keyword: "type", params: { type: schema48.properties.metrics.oneOf[1].additionalProperties.type }, message: "must be number,null" };
                                    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                                  }
                                  var valid6 = _errs27 === errors;
                                  if (!valid6)
                                    break;
                                }
                            else {
                              let err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                            }
                          var _valid0 = _errs24 === errors;
                          if (_valid0 && valid5 ? (valid5 = !1, passing0 = [passing0, 1]) : _valid0 && (valid5 = !0, passing0 = 1), valid5)
                            errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
                          else {
                            let err4 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++, validate31.errors = vErrors, !1;
                          }
                          var valid0 = _errs20 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data.action !== void 0) {
                            let data9 = data.action, _errs29 = errors;
                            if (!(data9 === "deploy" || data9 === "promote" || data9 === "rollback" || data9 === "canary" || data9 === "canary-promote" || data9 === "canary-abort"))
                              return validate31.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema48.properties.action.enum }, message: "must be equal to one of the allowed values" }], !1;
                            var valid0 = _errs29 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data.actor !== void 0) {
                              let data10 = data.actor, _errs30 = errors;
                              if (errors === _errs30)
                                if (typeof data10 == "string") {
                                  if (func2(data10) > 200)
                                    return validate31.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }], !1;
                                  if (func2(data10) < 1)
                                    return validate31.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                } else
                                  return validate31.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid0 = _errs30 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data.reason !== void 0) {
                                let data11 = data.reason, _errs32 = errors;
                                if (typeof data11 != "string" && data11 !== null)
                                  return validate31.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema48.properties.reason.type }, message: "must be string,null" }], !1;
                                if (errors === _errs32 && typeof data11 == "string" && func2(data11) > 2e3)
                                  return validate31.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }], !1;
                                var valid0 = _errs32 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data.previous_version !== void 0) {
                                  let data12 = data.previous_version, _errs34 = errors, _errs35 = errors, valid7 = !1, passing1 = null, _errs36 = errors;
                                  if (errors === errors)
                                    if (typeof data12 == "string") {
                                      if (func2(data12) > 64) {
                                        let err5 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
                                      } else if (!pattern5.test(data12)) {
                                        let err6 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
                                        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                                      }
                                    } else {
                                      let err7 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                                    }
                                  var _valid1 = _errs36 === errors;
                                  _valid1 && (valid7 = !0, passing1 = 0);
                                  let _errs39 = errors;
                                  if (data12 !== null) {
                                    let err8 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                                  }
                                  var _valid1 = _errs39 === errors;
                                  if (_valid1 && valid7 ? (valid7 = !1, passing1 = [passing1, 1]) : _valid1 && (valid7 = !0, passing1 = 1), valid7)
                                    errors = _errs35, vErrors !== null && (_errs35 ? vErrors.length = _errs35 : vErrors = null);
                                  else {
                                    let err9 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                    return vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++, validate31.errors = vErrors, !1;
                                  }
                                  var valid0 = _errs34 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data.previous_quantization !== void 0) {
                                    let data13 = data.previous_quantization, _errs41 = errors, _errs42 = errors, valid9 = !1, passing2 = null, _errs43 = errors;
                                    if (errors === errors)
                                      if (typeof data13 == "string") {
                                        if (func2(data13) > 32) {
                                          let err10 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                                          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                                        } else if (!pattern6.test(data13)) {
                                          let err11 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
                                          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                                        }
                                      } else {
                                        let err12 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                                      }
                                    var _valid2 = _errs43 === errors;
                                    _valid2 && (valid9 = !0, passing2 = 0);
                                    let _errs46 = errors;
                                    if (data13 !== null) {
                                      let err13 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                                    }
                                    var _valid2 = _errs46 === errors;
                                    if (_valid2 && valid9 ? (valid9 = !1, passing2 = [passing2, 1]) : _valid2 && (valid9 = !0, passing2 = 1), valid9)
                                      errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
                                    else {
                                      let err14 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                      return vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++, validate31.errors = vErrors, !1;
                                    }
                                    var valid0 = _errs41 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data.gate !== void 0) {
                                      let data14 = data.gate, _errs48 = errors;
                                      if (!(data14 === "pass" || data14 === "fail" || data14 === "inconclusive" || data14 === "skipped" || data14 === "not-configured"))
                                        return validate31.errors = [{ instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema48.properties.gate.enum }, message: "must be equal to one of the allowed values" }], !1;
                                      var valid0 = _errs48 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data.gated_by !== void 0) {
                                        let data15 = data.gated_by, _errs49 = errors;
                                        if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15)))
                                          return validate31.errors = [{ instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                        if (errors === _errs49 && typeof data15 == "number" && isFinite(data15) && (data15 < 1 || isNaN(data15)))
                                          return validate31.errors = [{ instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                        var valid0 = _errs49 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0) {
                                        if (data.from_env !== void 0) {
                                          let data16 = data.from_env, _errs51 = errors;
                                          if (errors === errors)
                                            if (typeof data16 == "string") {
                                              if (func2(data16) > 64)
                                                return validate31.errors = [{ instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }], !1;
                                              if (!pattern12.test(data16))
                                                return validate31.errors = [{ instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' }], !1;
                                            } else
                                              return validate31.errors = [{ instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                          var valid0 = _errs51 === errors;
                                        } else
                                          var valid0 = !0;
                                        if (valid0) {
                                          if (data.explicit_target !== void 0) {
                                            let _errs54 = errors;
                                            if (typeof data.explicit_target != "boolean")
                                              return validate31.errors = [{ instancePath: instancePath + "/explicit_target", schemaPath: "#/properties/explicit_target/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }], !1;
                                            var valid0 = _errs54 === errors;
                                          } else
                                            var valid0 = !0;
                                          if (valid0) {
                                            if (data.canary_percent !== void 0) {
                                              let data18 = data.canary_percent, _errs56 = errors;
                                              if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18)))
                                                return validate31.errors = [{ instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                              if (errors === _errs56 && typeof data18 == "number" && isFinite(data18)) {
                                                if (data18 > 99 || isNaN(data18))
                                                  return validate31.errors = [{ instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" }], !1;
                                                if (data18 < 1 || isNaN(data18))
                                                  return validate31.errors = [{ instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                                              }
                                              var valid0 = _errs56 === errors;
                                            } else
                                              var valid0 = !0;
                                            if (valid0)
                                              if (data.analysis !== void 0) {
                                                let data19 = data.analysis, _errs58 = errors;
                                                if (errors === errors)
                                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                                    let missing1;
                                                    if (data19.checks === void 0 && (missing1 = "checks") || data19.requests === void 0 && (missing1 = "requests") || data19.window_s === void 0 && (missing1 = "window_s"))
                                                      return validate31.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }], !1;
                                                    {
                                                      let _errs61 = errors;
                                                      for (let key2 in data19)
                                                        if (!(key2 === "checks" || key2 === "requests" || key2 === "window_s")) {
                                                          return validate31.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                                                          break;
                                                        }
                                                      if (_errs61 === errors) {
                                                        if (data19.checks !== void 0) {
                                                          let data20 = data19.checks, _errs62 = errors;
                                                          if (errors === _errs62)
                                                            if (Array.isArray(data20)) {
                                                              if (data20.length > 50)
                                                                return validate31.errors = [{ instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" }], !1;
                                                              {
                                                                var valid14 = !0;
                                                                let len0 = data20.length;
                                                                for (let i0 = 0; i0 < len0; i0++) {
                                                                  let data21 = data20[i0], _errs64 = errors;
                                                                  if (errors === _errs64)
                                                                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                                      let missing2;
                                                                      if (data21.name === void 0 && (missing2 = "name") || data21.query === void 0 && (missing2 = "query") || data21.canary === void 0 && (missing2 = "canary") || data21.stable === void 0 && (missing2 = "stable") || data21.interval === void 0 && (missing2 = "interval") || data21.threshold === void 0 && (missing2 = "threshold") || data21.verdict === void 0 && (missing2 = "verdict"))
                                                                        return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }], !1;
                                                                      {
                                                                        let _errs66 = errors;
                                                                        for (let key3 in data21)
                                                                          if (!(key3 === "name" || key3 === "query" || key3 === "canary" || key3 === "stable" || key3 === "interval" || key3 === "threshold" || key3 === "verdict")) {
                                                                            return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                                                            break;
                                                                          }
                                                                        if (_errs66 === errors) {
                                                                          if (data21.name !== void 0) {
                                                                            let data22 = data21.name, _errs67 = errors;
                                                                            if (errors === _errs67)
                                                                              if (typeof data22 == "string") {
                                                                                if (func2(data22) > 100)
                                                                                  return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }], !1;
                                                                                if (func2(data22) < 1)
                                                                                  return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }], !1;
                                                                              } else
                                                                                return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                            var valid15 = _errs67 === errors;
                                                                          } else
                                                                            var valid15 = !0;
                                                                          if (valid15) {
                                                                            if (data21.query !== void 0) {
                                                                              let data23 = data21.query, _errs69 = errors;
                                                                              if (errors === _errs69)
                                                                                if (typeof data23 == "string") {
                                                                                  if (func2(data23) > 4e3)
                                                                                    return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }], !1;
                                                                                } else
                                                                                  return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                                              var valid15 = _errs69 === errors;
                                                                            } else
                                                                              var valid15 = !0;
                                                                            if (valid15) {
                                                                              if (data21.canary !== void 0) {
                                                                                let data24 = data21.canary, _errs71 = errors;
                                                                                if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null)
                                                                                  return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/canary", schemaPath: "#/$defs/analysis/properties/checks/items/properties/canary/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.canary.type }, message: "must be number,null" }], !1;
                                                                                var valid15 = _errs71 === errors;
                                                                              } else
                                                                                var valid15 = !0;
                                                                              if (valid15) {
                                                                                if (data21.stable !== void 0) {
                                                                                  let data25 = data21.stable, _errs73 = errors;
                                                                                  if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null)
                                                                                    return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/stable", schemaPath: "#/$defs/analysis/properties/checks/items/properties/stable/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.stable.type }, message: "must be number,null" }], !1;
                                                                                  var valid15 = _errs73 === errors;
                                                                                } else
                                                                                  var valid15 = !0;
                                                                                if (valid15) {
                                                                                  if (data21.interval !== void 0) {
                                                                                    let data26 = data21.interval, _errs75 = errors, _errs76 = errors, valid16 = !1, passing3 = null, _errs77 = errors;
                                                                                    if (data26 !== null) {
                                                                                      let err15 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                                                                                    }
                                                                                    var _valid3 = _errs77 === errors;
                                                                                    _valid3 && (valid16 = !0, passing3 = 0);
                                                                                    let _errs79 = errors;
                                                                                    if (errors === _errs79)
                                                                                      if (Array.isArray(data26))
                                                                                        if (data26.length > 2) {
                                                                                          let err16 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                                                                          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                                                                                        } else if (data26.length < 2) {
                                                                                          let err17 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                                                                          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                                                                                        } else {
                                                                                          var valid17 = !0;
                                                                                          let len1 = data26.length;
                                                                                          for (let i1 = 0; i1 < len1; i1++) {
                                                                                            let data27 = data26[i1], _errs81 = errors;
                                                                                            if (!(typeof data27 == "number" && isFinite(data27))) {
                                                                                              let err18 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval/" + i1, schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                                                                                            }
                                                                                            var valid17 = _errs81 === errors;
                                                                                            if (!valid17)
                                                                                              break;
                                                                                          }
                                                                                        }
                                                                                      else {
                                                                                        let err19 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                                                                                      }
                                                                                    var _valid3 = _errs79 === errors;
                                                                                    if (_valid3 && valid16 ? (valid16 = !1, passing3 = [passing3, 1]) : _valid3 && (valid16 = !0, passing3 = 1), valid16)
                                                                                      errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
                                                                                    else {
                                                                                      let err20 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                                                                      return vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++, validate31.errors = vErrors, !1;
                                                                                    }
                                                                                    var valid15 = _errs75 === errors;
                                                                                  } else
                                                                                    var valid15 = !0;
                                                                                  if (valid15) {
                                                                                    if (data21.threshold !== void 0) {
                                                                                      let data28 = data21.threshold, _errs83 = errors;
                                                                                      if (!(typeof data28 == "number" && isFinite(data28)))
                                                                                        return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/threshold", schemaPath: "#/$defs/analysis/properties/checks/items/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                                                      var valid15 = _errs83 === errors;
                                                                                    } else
                                                                                      var valid15 = !0;
                                                                                    if (valid15)
                                                                                      if (data21.verdict !== void 0) {
                                                                                        let data29 = data21.verdict, _errs85 = errors;
                                                                                        if (!(data29 === "pass" || data29 === "fail" || data29 === "inconclusive"))
                                                                                          return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0 + "/verdict", schemaPath: "#/$defs/analysis/properties/checks/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema56.properties.checks.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" }], !1;
                                                                                        var valid15 = _errs85 === errors;
                                                                                      } else
                                                                                        var valid15 = !0;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    } else
                                                                      return validate31.errors = [{ instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                                  var valid14 = _errs64 === errors;
                                                                  if (!valid14)
                                                                    break;
                                                                }
                                                              }
                                                            } else
                                                              return validate31.errors = [{ instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                                          var valid13 = _errs62 === errors;
                                                        } else
                                                          var valid13 = !0;
                                                        if (valid13) {
                                                          if (data19.requests !== void 0) {
                                                            let data30 = data19.requests, _errs86 = errors;
                                                            if (errors === _errs86)
                                                              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                                                let missing3;
                                                                if (data30.canary === void 0 && (missing3 = "canary") || data30.stable === void 0 && (missing3 = "stable"))
                                                                  return validate31.errors = [{ instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }], !1;
                                                                {
                                                                  let _errs88 = errors;
                                                                  for (let key4 in data30)
                                                                    if (!(key4 === "canary" || key4 === "stable")) {
                                                                      return validate31.errors = [{ instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }], !1;
                                                                      break;
                                                                    }
                                                                  if (_errs88 === errors) {
                                                                    if (data30.canary !== void 0) {
                                                                      let data31 = data30.canary, _errs89 = errors;
                                                                      if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31)))
                                                                        return validate31.errors = [{ instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                      if (errors === _errs89 && typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31)))
                                                                        return validate31.errors = [{ instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                      var valid18 = _errs89 === errors;
                                                                    } else
                                                                      var valid18 = !0;
                                                                    if (valid18)
                                                                      if (data30.stable !== void 0) {
                                                                        let data32 = data30.stable, _errs91 = errors;
                                                                        if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)))
                                                                          return validate31.errors = [{ instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                                                                        if (errors === _errs91 && typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32)))
                                                                          return validate31.errors = [{ instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                        var valid18 = _errs91 === errors;
                                                                      } else
                                                                        var valid18 = !0;
                                                                  }
                                                                }
                                                              } else
                                                                return validate31.errors = [{ instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                            var valid13 = _errs86 === errors;
                                                          } else
                                                            var valid13 = !0;
                                                          if (valid13)
                                                            if (data19.window_s !== void 0) {
                                                              let data33 = data19.window_s, _errs93 = errors;
                                                              if (errors === _errs93)
                                                                if (typeof data33 == "number" && isFinite(data33)) {
                                                                  if (data33 < 0 || isNaN(data33))
                                                                    return validate31.errors = [{ instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }], !1;
                                                                } else
                                                                  return validate31.errors = [{ instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                                              var valid13 = _errs93 === errors;
                                                            } else
                                                              var valid13 = !0;
                                                        }
                                                      }
                                                    }
                                                  } else
                                                    return validate31.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                                                var valid0 = _errs58 === errors;
                                              } else
                                                var valid0 = !0;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate31.errors = vErrors, errors === 0;
}
validate31.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schema_version === void 0 && (missing0 = "schema_version") || data.first_id === void 0 && (missing0 = "first_id") || data.last_id === void 0 && (missing0 = "last_id") || data.history === void 0 && (missing0 = "history"))
        return validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
      {
        let _errs1 = errors;
        for (let key0 in data)
          if (!(key0 === "schema_version" || key0 === "first_id" || key0 === "last_id" || key0 === "history")) {
            return validate30.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
            break;
          }
        if (_errs1 === errors) {
          if (data.schema_version !== void 0) {
            let _errs2 = errors;
            if (data.schema_version !== 1)
              return validate30.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }], !1;
            var valid0 = _errs2 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.first_id !== void 0) {
              let data1 = data.first_id, _errs3 = errors;
              if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1)))
                return validate30.errors = [{ instancePath: instancePath + "/first_id", schemaPath: "#/properties/first_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
              if (errors === _errs3 && typeof data1 == "number" && isFinite(data1) && (data1 < 1 || isNaN(data1)))
                return validate30.errors = [{ instancePath: instancePath + "/first_id", schemaPath: "#/properties/first_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
              var valid0 = _errs3 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.last_id !== void 0) {
                let data2 = data.last_id, _errs5 = errors;
                if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2)))
                  return validate30.errors = [{ instancePath: instancePath + "/last_id", schemaPath: "#/properties/last_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                if (errors === _errs5 && typeof data2 == "number" && isFinite(data2) && (data2 < 1 || isNaN(data2)))
                  return validate30.errors = [{ instancePath: instancePath + "/last_id", schemaPath: "#/properties/last_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                var valid0 = _errs5 === errors;
              } else
                var valid0 = !0;
              if (valid0)
                if (data.history !== void 0) {
                  let data3 = data.history, _errs7 = errors;
                  if (errors === _errs7)
                    if (Array.isArray(data3)) {
                      if (data3.length < 1)
                        return validate30.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                      {
                        var valid1 = !0;
                        let len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let _errs9 = errors;
                          validate31(data3[i0], { instancePath: instancePath + "/history/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors), errors = vErrors.length);
                          var valid1 = _errs9 === errors;
                          if (!valid1)
                            break;
                        }
                      }
                    } else
                      return validate30.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                  var valid0 = _errs7 === errors;
                } else
                  var valid0 = !0;
            }
          }
        }
      }
    } else
      return validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate30.errors = vErrors, errors === 0;
}
validate30.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };

// schemas/registry.schema.json
var registry_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gitops-model-registry.dev/schemas/registry.schema.json",
  title: "Deployment registry",
  description: "registry/registry.json: each environment's active pointer and the deployment history.",
  type: "object",
  additionalProperties: !1,
  required: ["schema_version", "environments", "history"],
  properties: {
    schema_version: { const: 1 },
    environments: {
      type: "object",
      propertyNames: { $ref: "#/$defs/env" },
      maxProperties: 64,
      additionalProperties: {
        oneOf: [
          { type: "null" },
          {
            type: "object",
            additionalProperties: !1,
            required: ["model", "version", "quantization", "history_id"],
            properties: {
              model: { $ref: "metadata.schema.json#/$defs/model" },
              version: { $ref: "metadata.schema.json#/$defs/version" },
              quantization: { $ref: "metadata.schema.json#/$defs/quantization" },
              history_id: { type: "integer", minimum: 1 },
              canary: { $ref: "#/$defs/canary" }
            }
          }
        ]
      }
    },
    archive: {
      description: "The older history, archived in files of its own (registry/history/) so that a change rewrites only the recent entries: each file's path, the ids it holds and the sha256 of its bytes, oldest first.",
      type: "array",
      items: { $ref: "#/$defs/segment" }
    },
    history: { type: "array", items: { $ref: "#/$defs/entry" } }
  },
  $defs: {
    segment: {
      type: "object",
      additionalProperties: !1,
      required: ["file", "first_id", "last_id", "entries", "sha256"],
      properties: {
        file: { type: "string", pattern: "^history/[0-9]{10}-[0-9]{10}\\.json$" },
        first_id: { type: "integer", minimum: 1 },
        last_id: { type: "integer", minimum: 1 },
        entries: { type: "integer", minimum: 1 },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }
      }
    },
    env: { type: "string", pattern: "^[a-z][a-z0-9_-]*$", maxLength: 64 },
    entry: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "env", "model", "version", "quantization", "deployed_at", "rolled_back", "metrics", "action", "actor", "reason", "previous_version"],
      properties: {
        id: { type: "integer", minimum: 1 },
        env: { $ref: "#/$defs/env" },
        model: { $ref: "metadata.schema.json#/$defs/model" },
        version: { $ref: "metadata.schema.json#/$defs/version" },
        quantization: { $ref: "metadata.schema.json#/$defs/quantization" },
        deployed_at: { type: "string", format: "date-time" },
        rolled_back: { type: "boolean" },
        metrics: {
          oneOf: [
            { type: "null" },
            { type: "object", maxProperties: 100, additionalProperties: { type: ["number", "null"] } }
          ]
        },
        action: { enum: ["deploy", "promote", "rollback", "canary", "canary-promote", "canary-abort"] },
        actor: { type: "string", minLength: 1, maxLength: 200 },
        reason: { type: ["string", "null"], maxLength: 2e3 },
        previous_version: { oneOf: [{ $ref: "metadata.schema.json#/$defs/version" }, { type: "null" }] },
        previous_quantization: { oneOf: [{ $ref: "metadata.schema.json#/$defs/quantization" }, { type: "null" }] },
        gate: { enum: ["pass", "fail", "inconclusive", "skipped", "not-configured"] },
        gated_by: { type: "integer", minimum: 1, description: "The history entry whose gate run gave this entry its verdict and metrics: a promotion carries its source's record." },
        from_env: { $ref: "#/$defs/env" },
        explicit_target: { type: "boolean", description: "A rollback to a version named explicitly (rollback --to): the entry it left is not judged bad by later rollbacks." },
        canary_percent: { type: "integer", minimum: 1, maximum: 99, description: "A canary entry: the share of instances the canary runs on from this entry on." },
        analysis: { $ref: "#/$defs/analysis" }
      }
    },
    canary: {
      description: "A version of the same model beside the stable one, on percent of the instances (each instance's role comes from its name).",
      type: "object",
      additionalProperties: !1,
      required: ["version", "quantization", "history_id", "percent", "started_at"],
      properties: {
        version: { $ref: "metadata.schema.json#/$defs/version" },
        quantization: { $ref: "metadata.schema.json#/$defs/quantization" },
        history_id: { type: "integer", minimum: 1 },
        percent: { type: "integer", minimum: 1, maximum: 99 },
        started_at: { type: "string", format: "date-time" }
      }
    },
    analysis: {
      description: "What an analysis of canary against stable found: each check's query, values, interval, threshold and verdict, and the requests it rests on.",
      type: "object",
      additionalProperties: !1,
      required: ["checks", "requests", "window_s"],
      properties: {
        checks: {
          type: "array",
          maxItems: 50,
          items: {
            type: "object",
            additionalProperties: !1,
            required: ["name", "query", "canary", "stable", "interval", "threshold", "verdict"],
            properties: {
              name: { type: "string", minLength: 1, maxLength: 100 },
              query: { type: "string", maxLength: 4e3 },
              canary: { type: ["number", "null"] },
              stable: { type: ["number", "null"] },
              interval: {
                oneOf: [
                  { type: "null" },
                  { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 }
                ]
              },
              threshold: { type: "number" },
              verdict: { enum: ["pass", "fail", "inconclusive"] }
            }
          }
        },
        requests: {
          type: "object",
          additionalProperties: !1,
          required: ["canary", "stable"],
          properties: {
            canary: { type: "integer", minimum: 0 },
            stable: { type: "integer", minimum: 0 }
          }
        },
        window_s: { type: "number", minimum: 0 }
      }
    }
  }
};

// schemas/metadata.schema.json
var metadata_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gitops-model-registry.dev/schemas/metadata.schema.json",
  title: "Artifact metadata",
  description: "One immutable model artifact: registry/models/<model>/<model>-v<x.y.z>-<quant>.json, and the JSON beside the artifact in the store.",
  type: "object",
  additionalProperties: !1,
  required: ["model", "version", "base_model", "quantization", "benchmark_score", "created_at", "parent_version", "kind", "status", "artifact"],
  properties: {
    model: { $ref: "#/$defs/model" },
    version: { $ref: "#/$defs/version" },
    base_model: { type: "string", minLength: 1, maxLength: 200 },
    quantization: { $ref: "#/$defs/quantization" },
    benchmark_score: { type: ["number", "null"] },
    created_at: { type: "string", format: "date-time" },
    parent_version: { oneOf: [{ $ref: "#/$defs/version" }, { type: "null" }] },
    kind: { enum: ["gguf", "lora", "full"] },
    status: { enum: ["active", "superseded", "blocked"] },
    artifact: { $ref: "#/$defs/file" },
    files: { type: "array", minItems: 1, maxItems: 1e3, items: { $ref: "#/$defs/file" } },
    base: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "sha256"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$", maxLength: 200 },
        sha256: { $ref: "#/$defs/sha256" }
      }
    },
    blocked_reason: { type: "string", maxLength: 2e3 },
    description: { type: "string", maxLength: 2e3 }
  },
  allOf: [
    { if: { properties: { kind: { const: "lora" } } }, then: { required: ["base"] } },
    { if: { properties: { status: { const: "blocked" } } }, then: { required: ["blocked_reason"] } }
  ],
  $defs: {
    model: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*$", maxLength: 128 },
    version: { type: "string", pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$", maxLength: 64 },
    quantization: { type: "string", pattern: "^[a-z0-9][a-z0-9_]*$", maxLength: 32 },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    file: {
      type: "object",
      additionalProperties: !1,
      required: ["uri", "sha256", "size"],
      properties: {
        uri: { type: "string", pattern: "^(s3|file)://", maxLength: 2048 },
        sha256: { $ref: "#/$defs/sha256" },
        size: { type: "integer", minimum: 0 }
      }
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gitops-model-registry.dev/schemas/config.schema.json",
  title: "Registry configuration",
  description: "registry/config.json: the artifact store, the environments in promotion order, gate thresholds, smoke tests, cache and download settings.",
  type: "object",
  additionalProperties: !1,
  required: ["schema_version", "store", "environments"],
  properties: {
    schema_version: { const: 1 },
    store: { type: "string", minLength: 1, maxLength: 2048 },
    s3: {
      type: "object",
      additionalProperties: !1,
      properties: {
        endpoint: { type: "string", format: "uri" },
        region: { type: "string" },
        force_path_style: { type: "boolean" }
      }
    },
    environments: {
      type: "array",
      minItems: 1,
      maxItems: 64,
      uniqueItems: !0,
      items: { $ref: "registry.schema.json#/$defs/env" }
    },
    gate: {
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: { type: "boolean" },
        suite: { type: "string" },
        backend: { enum: ["llama", "openai", "command"] },
        openai_url: { type: "string" },
        command: { type: "array", items: { type: "string" } },
        default_max_regression: { type: "number", minimum: 0, maximum: 1, description: "Largest tolerated relative regression, 0.05 = 5% worse; at most 1 (twice as slow)." },
        inconclusive: { enum: ["block", "allow"], description: "An inconclusive gate (the time budget ran out before the paired measurements could decide) blocks the deploy (default) or lets it through, recorded." },
        budget_s: { type: "number", minimum: 1, maximum: 86400, description: "Time budget of the paired performance sampling, in seconds (default 30): sampling stops as soon as every performance metric is decided, and the gate is inconclusive when the budget runs out first." },
        max_pairs: { type: "integer", minimum: 12, maximum: 1e5, description: "Most candidate/baseline pairs the performance sampling takes (default 1200)." },
        confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a performance verdict across all looks of the sequential test (default 0.95)." },
        quantization_allowance: {
          type: "object",
          description: "Expected perplexity increase of each quantization family relative to f16 (0.028 = +2.8%), used to compare quality across families. Defaults from llama.cpp's published figures.",
          propertyNames: { pattern: "^[a-z0-9_]+$" },
          additionalProperties: { type: "number", minimum: -0.5, maximum: 10 }
        },
        metrics: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: !1,
            required: ["direction"],
            properties: {
              direction: { enum: ["lower", "higher"] },
              max_regression: { type: "number", minimum: 0, maximum: 1 },
              absolute: { type: "number" },
              quality: { type: "boolean" }
            }
          }
        }
      }
    },
    smoke: {
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: { type: "boolean" },
        timeout_ms: { type: "integer", minimum: 100 },
        prompts: { type: "array", items: { type: "string" } }
      }
    },
    cache: {
      type: "object",
      additionalProperties: !1,
      properties: {
        dir: { type: "string" },
        keep: { type: "integer", minimum: 1 }
      }
    },
    rollout: {
      type: "object",
      description: "How a fleet of servers (mreg serve / mreg agent) takes up a new version.",
      additionalProperties: !1,
      properties: {
        spread_s: {
          type: "number",
          minimum: 0,
          maximum: 86400,
          description: "Window in seconds over which the servers start downloading a new version: each waits a delay that depends only on its instance name and the artifact. 0 (the default): at once. A rollback to a cached version always goes at once."
        }
      }
    },
    download: {
      type: "object",
      additionalProperties: !1,
      properties: {
        part_size_mb: { type: "integer", minimum: 1 },
        concurrency: { type: "integer", minimum: 1, maximum: 64 }
      }
    },
    push: {
      type: "object",
      additionalProperties: !1,
      properties: {
        retries: { type: "integer", minimum: 0, maximum: 100 }
      }
    },
    canary: {
      type: "object",
      description: "How `mreg canary check|watch` analyses a canary against stable from Prometheus: the steps, the soak per step, the checks.",
      additionalProperties: !1,
      properties: {
        steps: {
          type: "array",
          minItems: 1,
          maxItems: 20,
          items: { type: "integer", minimum: 1, maximum: 100 },
          description: "Canary percents in increasing order, e.g. [10, 50, 100]; passing the last one promotes the canary."
        },
        soak_s: { type: "number", minimum: 0, maximum: 604800, description: "Seconds each step runs before it may pass (default 300). A failed check aborts at once." },
        interval_s: { type: "number", minimum: 1, maximum: 86400, description: "Seconds between looks of `mreg canary watch` (default 30)." },
        min_requests: { type: "integer", minimum: 1, description: "Requests each side must have answered in the window before any verdict (default 50)." },
        confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a step's verdict across all its looks (default 0.95)." },
        checks: {
          type: "array",
          maxItems: 32,
          items: { $ref: "#/$defs/canary_check" },
          description: "The checks, canary against stable over the same window (default: error_rate 0.01, latency_p95 0.1, tokens_per_s 0.1)."
        }
      }
    }
  },
  $defs: {
    canary_check: {
      type: "object",
      additionalProperties: !1,
      required: ["name"],
      properties: {
        name: { type: "string", pattern: "^[a-z][a-z0-9_]{0,62}$", description: "error_rate, latency_p95, tokens_per_s, or a name of your own with a query." },
        max_increase: { type: "number", minimum: 0, maximum: 1, description: "error_rate: the most the canary's error rate may exceed stable's (0.01 = one percentage point)." },
        max_regression: { type: "number", minimum: 0, maximum: 10, description: "The largest relative regression allowed (0.1 = 10% worse)." },
        query: { type: "string", minLength: 1, maxLength: 4096, description: "A check of your own: PromQL returning one series; $version, $role, $environment, $model and $window are replaced per side." },
        direction: { enum: ["lower", "higher"], description: "A check of your own: whether a lower value (the default) or a higher one is better." }
      },
      allOf: [
        {
          if: { properties: { name: { const: "error_rate" } } },
          then: { required: ["max_increase"] }
        },
        {
          if: { properties: { name: { enum: ["latency_p95", "tokens_per_s"] } } },
          then: { required: ["max_regression"] }
        },
        {
          if: { properties: { name: { not: { enum: ["error_rate", "latency_p95", "tokens_per_s"] } } } },
          then: { required: ["query", "max_regression"] }
        }
      ]
    }
  }
};

// src/core/schema.ts
var requireHere = createRequire(import.meta.url), everyProblem;
function listingValidator(name) {
  return everyProblem ??= requireHere("./validators.generated.cjs"), everyProblem[name];
}
function describe(e) {
  switch (e.keyword) {
    case "additionalProperties":
      return `unexpected property ${JSON.stringify(e.params.additionalProperty)}`;
    case "required":
      return `missing required property ${JSON.stringify(e.params.missingProperty)}`;
    case "enum":
      return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(e.params.allowedValue)}`;
    case "pattern":
      return `must match ${e.params.pattern}`;
    default:
      return e.message ?? e.keyword;
  }
}
function schemaProblems(name, value, file) {
  if (validators_fast_generated_exports[name](value)) return [];
  let v = listingValidator(name);
  if (v(value)) return [];
  let errors = v.errors ?? [], problems = [], seen = /* @__PURE__ */ new Set(), oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  for (let e of errors) {
    if (e.keyword === "if") continue;
    let pointerPath = e.instancePath, message = describe(e);
    if (e.keyword !== "oneOf" && [...oneOfPaths].some((p) => pointerPath === p)) continue;
    e.keyword === "oneOf" && (message = "does not match any allowed form (see the schema)"), e.keyword === "additionalProperties" && (pointerPath += "/" + String(e.params.additionalProperty).replace(/~/g, "~0").replace(/\//g, "~1"));
    let key = pointerPath + "|" + message;
    seen.has(key) || (seen.add(key), problems.push({ file, pointer: pointerPath, message }));
  }
  return problems;
}
var DOCUMENT_LIMITS = {
  registry: 64 * 1024 * 1024,
  history: 64 * 1024 * 1024,
  metadata: 1024 * 1024,
  config: 1024 * 1024
};
function parseDocument(name, text, file, o = {}) {
  return checkDocument(name, parseJsonText(text, file, DOCUMENT_LIMITS[name]), file, o);
}
function checkDocument(name, raw, file, o = {}) {
  let problems = schemaProblems(name, raw, file);
  if (problems.length) {
    let more = problems.length > 1 && o.hint ? ` (and ${problems.length - 1} more; ${o.hint})` : "";
    throw new MregError("SCHEMA", `${file}#${problems[0].pointer}: ${problems[0].message}${more}`, { problems });
  }
  return raw;
}
function parseMetadata(text, file) {
  return parseDocument("metadata", text, file);
}

export {
  registry_schema_default,
  metadata_schema_default,
  config_schema_default,
  schemaProblems,
  parseDocument,
  checkDocument,
  parseMetadata
};
