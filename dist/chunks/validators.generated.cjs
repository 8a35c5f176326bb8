"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
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
    exports2.fastFormats = {
      ...exports2.fullFormats,
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
    exports2.formatNames = Object.keys(exports2.fullFormats);
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

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// src/core/validators.generated.cjs
exports.metadata = validate20;
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://gitops-model-registry.dev/schemas/metadata.schema.json", title: "Artifact metadata", description: "One immutable model artifact: registry/models/<model>/<model>-v<x.y.z>-<quant>.json, and the JSON beside the artifact in the store.", type: "object", additionalProperties: !1, required: ["model", "version", "base_model", "quantization", "benchmark_score", "created_at", "parent_version", "kind", "status", "artifact"], properties: { model: { $ref: "#/$defs/model" }, version: { $ref: "#/$defs/version" }, base_model: { type: "string", minLength: 1, maxLength: 200 }, quantization: { $ref: "#/$defs/quantization" }, benchmark_score: { type: ["number", "null"] }, created_at: { type: "string", format: "date-time" }, parent_version: { oneOf: [{ $ref: "#/$defs/version" }, { type: "null" }] }, kind: { enum: ["gguf", "lora", "full"] }, status: { enum: ["active", "superseded", "blocked"] }, artifact: { $ref: "#/$defs/file" }, files: { type: "array", minItems: 1, maxItems: 1e3, items: { $ref: "#/$defs/file" } }, base: { type: "object", additionalProperties: !1, required: ["id", "sha256"], properties: { id: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$", maxLength: 200 }, sha256: { $ref: "#/$defs/sha256" } } }, blocked_reason: { type: "string", maxLength: 2e3 }, description: { type: "string", maxLength: 2e3 } }, allOf: [{ if: { properties: { kind: { const: "lora" } } }, then: { required: ["base"] } }, { if: { properties: { status: { const: "blocked" } } }, then: { required: ["blocked_reason"] } }], $defs: { model: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*$", maxLength: 128 }, version: { type: "string", pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$", maxLength: 64 }, quantization: { type: "string", pattern: "^[a-z0-9][a-z0-9_]*$", maxLength: 32 }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, file: { type: "object", additionalProperties: !1, required: ["uri", "sha256", "size"], properties: { uri: { type: "string", pattern: "^(s3|file)://", maxLength: 2048 }, sha256: { $ref: "#/$defs/sha256" }, size: { type: "integer", minimum: 0 } } } } };
var func1 = Object.prototype.hasOwnProperty, func2 = require_ucs2length().default, pattern4 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u"), pattern5 = new RegExp("^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$", "u"), pattern6 = new RegExp("^[a-z0-9][a-z0-9_]*$", "u"), pattern10 = new RegExp("^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$", "u"), pattern9 = new RegExp("^[0-9a-f]{64}$", "u"), formats0 = require_formats().fullFormats["date-time"];
var pattern8 = new RegExp("^(s3|file)://", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.uri === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.sha256 === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.size === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "uri" || key0 === "sha256" || key0 === "size")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.uri !== void 0) {
      let data0 = data.uri;
      if (typeof data0 == "string") {
        if (func2(data0) > 2048) {
          let err4 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        if (!pattern8.test(data0)) {
          let err5 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/pattern", keyword: "pattern", params: { pattern: "^(s3|file)://" }, message: 'must match pattern "^(s3|file)://"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data1 = data.sha256;
      if (typeof data1 == "string") {
        if (!pattern9.test(data1)) {
          let err7 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.size !== void 0) {
      let data2 = data.size;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        let err9 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (typeof data2 == "number" && isFinite(data2) && (data2 < 0 || isNaN(data2))) {
        let err10 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
  } else {
    let err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs2 = errors, valid1 = !0, _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.kind !== void 0 && data.kind !== "lora") {
    let err0 = {};
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  var _valid0 = _errs3 === errors;
  if (errors = _errs2, vErrors !== null && (_errs2 ? vErrors.length = _errs2 : vErrors = null), _valid0) {
    let _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.base === void 0) {
      let err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    let err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  let _errs7 = errors, valid3 = !0, _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.status !== void 0 && data.status !== "blocked") {
    let err3 = {};
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  var _valid1 = _errs8 === errors;
  if (errors = _errs7, vErrors !== null && (_errs7 ? vErrors.length = _errs7 : vErrors = null), _valid1) {
    let _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.blocked_reason === void 0) {
      let err4 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "blocked_reason" }, message: "must have required property 'blocked_reason'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    let err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === void 0) {
      let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    if (data.version === void 0) {
      let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.base_model === void 0) {
      let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base_model" }, message: "must have required property 'base_model'" };
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
    if (data.quantization === void 0) {
      let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantization" }, message: "must have required property 'quantization'" };
      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
    }
    if (data.benchmark_score === void 0) {
      let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "benchmark_score" }, message: "must have required property 'benchmark_score'" };
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
    if (data.created_at === void 0) {
      let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    if (data.parent_version === void 0) {
      let err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parent_version" }, message: "must have required property 'parent_version'" };
      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
    }
    if (data.kind === void 0) {
      let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.status === void 0) {
      let err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    if (data.artifact === void 0) {
      let err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'" };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema31.properties, key0)) {
        let err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    if (data.model !== void 0) {
      let data2 = data.model;
      if (typeof data2 == "string") {
        if (func2(data2) > 128) {
          let err17 = { instancePath: instancePath + "/model", schemaPath: "#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
        if (!pattern4.test(data2)) {
          let err18 = { instancePath: instancePath + "/model", schemaPath: "#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
      } else {
        let err19 = { instancePath: instancePath + "/model", schemaPath: "#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 == "string") {
        if (func2(data3) > 64) {
          let err20 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (!pattern5.test(data3)) {
          let err21 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
      } else {
        let err22 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.base_model !== void 0) {
      let data4 = data.base_model;
      if (typeof data4 == "string") {
        if (func2(data4) > 200) {
          let err23 = { instancePath: instancePath + "/base_model", schemaPath: "#/properties/base_model/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        if (func2(data4) < 1) {
          let err24 = { instancePath: instancePath + "/base_model", schemaPath: "#/properties/base_model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
      } else {
        let err25 = { instancePath: instancePath + "/base_model", schemaPath: "#/properties/base_model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.quantization !== void 0) {
      let data5 = data.quantization;
      if (typeof data5 == "string") {
        if (func2(data5) > 32) {
          let err26 = { instancePath: instancePath + "/quantization", schemaPath: "#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        if (!pattern6.test(data5)) {
          let err27 = { instancePath: instancePath + "/quantization", schemaPath: "#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
      } else {
        let err28 = { instancePath: instancePath + "/quantization", schemaPath: "#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.benchmark_score !== void 0) {
      let data6 = data.benchmark_score;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        let err29 = { instancePath: instancePath + "/benchmark_score", schemaPath: "#/properties/benchmark_score/type", keyword: "type", params: { type: schema31.properties.benchmark_score.type }, message: "must be number,null" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data7 = data.created_at;
      if (typeof data7 == "string") {
        if (!formats0.validate(data7)) {
          let err30 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
        }
      } else {
        let err31 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.parent_version !== void 0) {
      let data8 = data.parent_version, _errs28 = errors, valid9 = !1, passing0 = null, _errs29 = errors;
      if (typeof data8 == "string") {
        if (func2(data8) > 64) {
          let err32 = { instancePath: instancePath + "/parent_version", schemaPath: "#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
        }
        if (!pattern5.test(data8)) {
          let err33 = { instancePath: instancePath + "/parent_version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
        }
      } else {
        let err34 = { instancePath: instancePath + "/parent_version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
      var _valid2 = _errs29 === errors;
      _valid2 && (valid9 = !0, passing0 = 0);
      let _errs32 = errors;
      if (data8 !== null) {
        let err35 = { instancePath: instancePath + "/parent_version", schemaPath: "#/properties/parent_version/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
      var _valid2 = _errs32 === errors;
      if (_valid2 && valid9 ? (valid9 = !1, passing0 = [passing0, 1]) : _valid2 && (valid9 = !0, passing0 = 1), valid9)
        errors = _errs28, vErrors !== null && (_errs28 ? vErrors.length = _errs28 : vErrors = null);
      else {
        let err36 = { instancePath: instancePath + "/parent_version", schemaPath: "#/properties/parent_version/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (!(data9 === "gguf" || data9 === "lora" || data9 === "full")) {
        let err37 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
    if (data.status !== void 0) {
      let data10 = data.status;
      if (!(data10 === "active" || data10 === "superseded" || data10 === "blocked")) {
        let err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.artifact !== void 0 && (validate21(data.artifact, { instancePath: instancePath + "/artifact", parentData: data, parentDataProperty: "artifact", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length)), data.files !== void 0) {
      let data12 = data.files;
      if (Array.isArray(data12)) {
        if (data12.length > 1e3) {
          let err39 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
        if (data12.length < 1) {
          let err40 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
        }
        let len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++)
          validate21(data12[i0], { instancePath: instancePath + "/files/" + i0, parentData: data12, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
      } else {
        let err41 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
      }
    }
    if (data.base !== void 0) {
      let data14 = data.base;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.id === void 0) {
          let err42 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
        if (data14.sha256 === void 0) {
          let err43 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
        }
        for (let key1 in data14)
          if (!(key1 === "id" || key1 === "sha256")) {
            let err44 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        if (data14.id !== void 0) {
          let data15 = data14.id;
          if (typeof data15 == "string") {
            if (func2(data15) > 200) {
              let err45 = { instancePath: instancePath + "/base/id", schemaPath: "#/properties/base/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
            }
            if (!pattern10.test(data15)) {
              let err46 = { instancePath: instancePath + "/base/id", schemaPath: "#/properties/base/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$"' };
              vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
            }
          } else {
            let err47 = { instancePath: instancePath + "/base/id", schemaPath: "#/properties/base/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
        }
        if (data14.sha256 !== void 0) {
          let data16 = data14.sha256;
          if (typeof data16 == "string") {
            if (!pattern9.test(data16)) {
              let err48 = { instancePath: instancePath + "/base/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
            }
          } else {
            let err49 = { instancePath: instancePath + "/base/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
        }
      } else {
        let err50 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    }
    if (data.blocked_reason !== void 0) {
      let data17 = data.blocked_reason;
      if (typeof data17 == "string") {
        if (func2(data17) > 2e3) {
          let err51 = { instancePath: instancePath + "/blocked_reason", schemaPath: "#/properties/blocked_reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
        }
      } else {
        let err52 = { instancePath: instancePath + "/blocked_reason", schemaPath: "#/properties/blocked_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
    }
    if (data.description !== void 0) {
      let data18 = data.description;
      if (typeof data18 == "string") {
        if (func2(data18) > 2e3) {
          let err53 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
        }
      } else {
        let err54 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
      }
    }
  } else {
    let err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
exports.registry = validate24;
var pattern12 = new RegExp("^[a-z][a-z0-9_-]*$", "u"), pattern18 = new RegExp("^history/[0-9]{10}-[0-9]{10}\\.json$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.quantization === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantization" }, message: "must have required property 'quantization'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.history_id === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history_id" }, message: "must have required property 'history_id'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.percent === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "percent" }, message: "must have required property 'percent'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.started_at === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "quantization" || key0 === "history_id" || key0 === "percent" || key0 === "started_at")) {
        let err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 == "string") {
        if (func2(data0) > 64) {
          let err6 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        if (!pattern5.test(data0)) {
          let err7 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.quantization !== void 0) {
      let data1 = data.quantization;
      if (typeof data1 == "string") {
        if (func2(data1) > 32) {
          let err9 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        if (!pattern6.test(data1)) {
          let err10 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      } else {
        let err11 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.history_id !== void 0) {
      let data2 = data.history_id;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        let err12 = { instancePath: instancePath + "/history_id", schemaPath: "#/properties/history_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (typeof data2 == "number" && isFinite(data2) && (data2 < 1 || isNaN(data2))) {
        let err13 = { instancePath: instancePath + "/history_id", schemaPath: "#/properties/history_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.percent !== void 0) {
      let data3 = data.percent;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        let err14 = { instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 99 || isNaN(data3)) {
          let err15 = { instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          let err16 = { instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      }
    }
    if (data.started_at !== void 0) {
      let data4 = data.started_at;
      if (typeof data4 == "string") {
        if (!formats0.validate(data4)) {
          let err17 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
      } else {
        let err18 = { instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
  } else {
    let err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
  }
  return validate25.errors = vErrors, errors === 0;
}
validate25.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var schema48 = { type: "object", additionalProperties: !1, required: ["id", "env", "model", "version", "quantization", "deployed_at", "rolled_back", "metrics", "action", "actor", "reason", "previous_version"], properties: { id: { type: "integer", minimum: 1 }, env: { $ref: "#/$defs/env" }, model: { $ref: "metadata.schema.json#/$defs/model" }, version: { $ref: "metadata.schema.json#/$defs/version" }, quantization: { $ref: "metadata.schema.json#/$defs/quantization" }, deployed_at: { type: "string", format: "date-time" }, rolled_back: { type: "boolean" }, metrics: { oneOf: [{ type: "null" }, { type: "object", maxProperties: 100, additionalProperties: { type: ["number", "null"] } }] }, action: { enum: ["deploy", "promote", "rollback", "canary", "canary-promote", "canary-abort"] }, actor: { type: "string", minLength: 1, maxLength: 200 }, reason: { type: ["string", "null"], maxLength: 2e3 }, previous_version: { oneOf: [{ $ref: "metadata.schema.json#/$defs/version" }, { type: "null" }] }, previous_quantization: { oneOf: [{ $ref: "metadata.schema.json#/$defs/quantization" }, { type: "null" }] }, gate: { enum: ["pass", "fail", "inconclusive", "skipped", "not-configured"] }, gated_by: { type: "integer", minimum: 1, description: "The history entry whose gate run gave this entry its verdict and metrics: a promotion carries its source's record." }, from_env: { $ref: "#/$defs/env" }, explicit_target: { type: "boolean", description: "A rollback to a version named explicitly (rollback --to): the entry it left is not judged bad by later rollbacks." }, canary_percent: { type: "integer", minimum: 1, maximum: 99, description: "A canary entry: the share of instances the canary runs on from this entry on." }, analysis: { $ref: "#/$defs/analysis" } } }, schema56 = { description: "What an analysis of canary against stable found: each check's query, values, interval, threshold and verdict, and the requests it rests on.", type: "object", additionalProperties: !1, required: ["checks", "requests", "window_s"], properties: { checks: { type: "array", maxItems: 50, items: { type: "object", additionalProperties: !1, required: ["name", "query", "canary", "stable", "interval", "threshold", "verdict"], properties: { name: { type: "string", minLength: 1, maxLength: 100 }, query: { type: "string", maxLength: 4e3 }, canary: { type: ["number", "null"] }, stable: { type: ["number", "null"] }, interval: { oneOf: [{ type: "null" }, { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 }] }, threshold: { type: "number" }, verdict: { enum: ["pass", "fail", "inconclusive"] } } } }, requests: { type: "object", additionalProperties: !1, required: ["canary", "stable"], properties: { canary: { type: "integer", minimum: 0 }, stable: { type: "integer", minimum: 0 } } }, window_s: { type: "number", minimum: 0 } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.env === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.model === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.version === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.quantization === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantization" }, message: "must have required property 'quantization'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.deployed_at === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployed_at" }, message: "must have required property 'deployed_at'" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.rolled_back === void 0) {
      let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rolled_back" }, message: "must have required property 'rolled_back'" };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    if (data.metrics === void 0) {
      let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.action === void 0) {
      let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
    if (data.actor === void 0) {
      let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
    }
    if (data.reason === void 0) {
      let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
    if (data.previous_version === void 0) {
      let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_version" }, message: "must have required property 'previous_version'" };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema48.properties, key0)) {
        let err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        let err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      if (typeof data0 == "number" && isFinite(data0) && (data0 < 1 || isNaN(data0))) {
        let err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.env !== void 0) {
      let data1 = data.env;
      if (typeof data1 == "string") {
        if (func2(data1) > 64) {
          let err15 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        if (!pattern12.test(data1)) {
          let err16 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      } else {
        let err17 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.model !== void 0) {
      let data2 = data.model;
      if (typeof data2 == "string") {
        if (func2(data2) > 128) {
          let err18 = { instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (!pattern4.test(data2)) {
          let err19 = { instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
      } else {
        let err20 = { instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 == "string") {
        if (func2(data3) > 64) {
          let err21 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (!pattern5.test(data3)) {
          let err22 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
      } else {
        let err23 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.quantization !== void 0) {
      let data4 = data.quantization;
      if (typeof data4 == "string") {
        if (func2(data4) > 32) {
          let err24 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        if (!pattern6.test(data4)) {
          let err25 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
      } else {
        let err26 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.deployed_at !== void 0) {
      let data5 = data.deployed_at;
      if (typeof data5 == "string") {
        if (!formats0.validate(data5)) {
          let err27 = { instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
      } else {
        let err28 = { instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.rolled_back !== void 0 && typeof data.rolled_back != "boolean") {
      let err29 = { instancePath: instancePath + "/rolled_back", schemaPath: "#/properties/rolled_back/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
    }
    if (data.metrics !== void 0) {
      let data7 = data.metrics, _errs21 = errors, valid5 = !1, passing0 = null, _errs22 = errors;
      if (data7 !== null) {
        let err30 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
      var _valid0 = _errs22 === errors;
      _valid0 && (valid5 = !0, passing0 = 0);
      let _errs24 = errors;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length > 100) {
          let err31 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" };
          vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
        }
        for (let key1 in data7) {
          let data8 = data7[key1];
          if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
            let err32 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/oneOf/1/additionalProperties/type", keyword: "type", params: { type: schema48.properties.metrics.oneOf[1].additionalProperties.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
      } else {
        let err33 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
      var _valid0 = _errs24 === errors;
      if (_valid0 && valid5 ? (valid5 = !1, passing0 = [passing0, 1]) : _valid0 && (valid5 = !0, passing0 = 1), valid5)
        errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
      else {
        let err34 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.action !== void 0) {
      let data9 = data.action;
      if (!(data9 === "deploy" || data9 === "promote" || data9 === "rollback" || data9 === "canary" || data9 === "canary-promote" || data9 === "canary-abort")) {
        let err35 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema48.properties.action.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
    if (data.actor !== void 0) {
      let data10 = data.actor;
      if (typeof data10 == "string") {
        if (func2(data10) > 200) {
          let err36 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
        }
        if (func2(data10) < 1) {
          let err37 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
      } else {
        let err38 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.reason !== void 0) {
      let data11 = data.reason;
      if (typeof data11 != "string" && data11 !== null) {
        let err39 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema48.properties.reason.type }, message: "must be string,null" };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
      if (typeof data11 == "string" && func2(data11) > 2e3) {
        let err40 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
      }
    }
    if (data.previous_version !== void 0) {
      let data12 = data.previous_version, _errs35 = errors, valid7 = !1, passing1 = null, _errs36 = errors;
      if (typeof data12 == "string") {
        if (func2(data12) > 64) {
          let err41 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
        }
        if (!pattern5.test(data12)) {
          let err42 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
      } else {
        let err43 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
      }
      var _valid1 = _errs36 === errors;
      _valid1 && (valid7 = !0, passing1 = 0);
      let _errs39 = errors;
      if (data12 !== null) {
        let err44 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
      }
      var _valid1 = _errs39 === errors;
      if (_valid1 && valid7 ? (valid7 = !1, passing1 = [passing1, 1]) : _valid1 && (valid7 = !0, passing1 = 1), valid7)
        errors = _errs35, vErrors !== null && (_errs35 ? vErrors.length = _errs35 : vErrors = null);
      else {
        let err45 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
      }
    }
    if (data.previous_quantization !== void 0) {
      let data13 = data.previous_quantization, _errs42 = errors, valid9 = !1, passing2 = null, _errs43 = errors;
      if (typeof data13 == "string") {
        if (func2(data13) > 32) {
          let err46 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
        }
        if (!pattern6.test(data13)) {
          let err47 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
        }
      } else {
        let err48 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
      var _valid2 = _errs43 === errors;
      _valid2 && (valid9 = !0, passing2 = 0);
      let _errs46 = errors;
      if (data13 !== null) {
        let err49 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      }
      var _valid2 = _errs46 === errors;
      if (_valid2 && valid9 ? (valid9 = !1, passing2 = [passing2, 1]) : _valid2 && (valid9 = !0, passing2 = 1), valid9)
        errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
      else {
        let err50 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    }
    if (data.gate !== void 0) {
      let data14 = data.gate;
      if (!(data14 === "pass" || data14 === "fail" || data14 === "inconclusive" || data14 === "skipped" || data14 === "not-configured")) {
        let err51 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema48.properties.gate.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.gated_by !== void 0) {
      let data15 = data.gated_by;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        let err52 = { instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
      if (typeof data15 == "number" && isFinite(data15) && (data15 < 1 || isNaN(data15))) {
        let err53 = { instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
    if (data.from_env !== void 0) {
      let data16 = data.from_env;
      if (typeof data16 == "string") {
        if (func2(data16) > 64) {
          let err54 = { instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
        }
        if (!pattern12.test(data16)) {
          let err55 = { instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' };
          vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
        }
      } else {
        let err56 = { instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
      }
    }
    if (data.explicit_target !== void 0 && typeof data.explicit_target != "boolean") {
      let err57 = { instancePath: instancePath + "/explicit_target", schemaPath: "#/properties/explicit_target/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
    }
    if (data.canary_percent !== void 0) {
      let data18 = data.canary_percent;
      if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        let err58 = { instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 > 99 || isNaN(data18)) {
          let err59 = { instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
        if (data18 < 1 || isNaN(data18)) {
          let err60 = { instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
      }
    }
    if (data.analysis !== void 0) {
      let data19 = data.analysis;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.checks === void 0) {
          let err61 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
          vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
        }
        if (data19.requests === void 0) {
          let err62 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'" };
          vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
        }
        if (data19.window_s === void 0) {
          let err63 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: "window_s" }, message: "must have required property 'window_s'" };
          vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
        }
        for (let key2 in data19)
          if (!(key2 === "checks" || key2 === "requests" || key2 === "window_s")) {
            let err64 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        if (data19.checks !== void 0) {
          let data20 = data19.checks;
          if (Array.isArray(data20)) {
            if (data20.length > 50) {
              let err65 = { instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
            let len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data21 = data20[i0];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.name === void 0) {
                  let err66 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                }
                if (data21.query === void 0) {
                  let err67 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'" };
                  vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                }
                if (data21.canary === void 0) {
                  let err68 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property 'canary'" };
                  vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                }
                if (data21.stable === void 0) {
                  let err69 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "stable" }, message: "must have required property 'stable'" };
                  vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                }
                if (data21.interval === void 0) {
                  let err70 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
                  vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                }
                if (data21.threshold === void 0) {
                  let err71 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
                if (data21.verdict === void 0) {
                  let err72 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
                  vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                }
                for (let key3 in data21)
                  if (!(key3 === "name" || key3 === "query" || key3 === "canary" || key3 === "stable" || key3 === "interval" || key3 === "threshold" || key3 === "verdict")) {
                    let err73 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                  }
                if (data21.name !== void 0) {
                  let data22 = data21.name;
                  if (typeof data22 == "string") {
                    if (func2(data22) > 100) {
                      let err74 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                      vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                    }
                    if (func2(data22) < 1) {
                      let err75 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                    }
                  } else {
                    let err76 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                  }
                }
                if (data21.query !== void 0) {
                  let data23 = data21.query;
                  if (typeof data23 == "string") {
                    if (func2(data23) > 4e3) {
                      let err77 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" };
                      vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                    }
                  } else {
                    let err78 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                }
                if (data21.canary !== void 0) {
                  let data24 = data21.canary;
                  if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
                    let err79 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/canary", schemaPath: "#/$defs/analysis/properties/checks/items/properties/canary/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.canary.type }, message: "must be number,null" };
                    vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                  }
                }
                if (data21.stable !== void 0) {
                  let data25 = data21.stable;
                  if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
                    let err80 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/stable", schemaPath: "#/$defs/analysis/properties/checks/items/properties/stable/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.stable.type }, message: "must be number,null" };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                }
                if (data21.interval !== void 0) {
                  let data26 = data21.interval, _errs76 = errors, valid17 = !1, passing3 = null, _errs77 = errors;
                  if (data26 !== null) {
                    let err81 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                  }
                  var _valid3 = _errs77 === errors;
                  _valid3 && (valid17 = !0, passing3 = 0);
                  let _errs79 = errors;
                  if (Array.isArray(data26)) {
                    if (data26.length > 2) {
                      let err82 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                      vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                    }
                    if (data26.length < 2) {
                      let err83 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                    }
                    let len1 = data26.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data27 = data26[i1];
                      if (!(typeof data27 == "number" && isFinite(data27))) {
                        let err84 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval/" + i1, schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                      }
                    }
                  } else {
                    let err85 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                  }
                  var _valid3 = _errs79 === errors;
                  if (_valid3 && valid17 ? (valid17 = !1, passing3 = [passing3, 1]) : _valid3 && (valid17 = !0, passing3 = 1), valid17)
                    errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
                  else {
                    let err86 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                    vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                  }
                }
                if (data21.threshold !== void 0) {
                  let data28 = data21.threshold;
                  if (!(typeof data28 == "number" && isFinite(data28))) {
                    let err87 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/threshold", schemaPath: "#/$defs/analysis/properties/checks/items/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                  }
                }
                if (data21.verdict !== void 0) {
                  let data29 = data21.verdict;
                  if (!(data29 === "pass" || data29 === "fail" || data29 === "inconclusive")) {
                    let err88 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/verdict", schemaPath: "#/$defs/analysis/properties/checks/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema56.properties.checks.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                  }
                }
              } else {
                let err89 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
          } else {
            let err90 = { instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
          }
        }
        if (data19.requests !== void 0) {
          let data30 = data19.requests;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.canary === void 0) {
              let err91 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property 'canary'" };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
            if (data30.stable === void 0) {
              let err92 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/required", keyword: "required", params: { missingProperty: "stable" }, message: "must have required property 'stable'" };
              vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
            }
            for (let key4 in data30)
              if (!(key4 === "canary" || key4 === "stable")) {
                let err93 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
              }
            if (data30.canary !== void 0) {
              let data31 = data30.canary;
              if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
                let err94 = { instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
              }
              if (typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31))) {
                let err95 = { instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
              }
            }
            if (data30.stable !== void 0) {
              let data32 = data30.stable;
              if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                let err96 = { instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
              if (typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32))) {
                let err97 = { instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
            }
          } else {
            let err98 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
          }
        }
        if (data19.window_s !== void 0) {
          let data33 = data19.window_s;
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 < 0 || isNaN(data33)) {
              let err99 = { instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
            }
          } else {
            let err100 = { instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
          }
        }
      } else {
        let err101 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
      }
    }
  } else {
    let err102 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
  }
  return validate27.errors = vErrors, errors === 0;
}
validate27.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.environments === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.history === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "schema_version" || key0 === "environments" || key0 === "archive" || key0 === "history")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.schema_version !== void 0 && data.schema_version !== 1) {
      let err4 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.environments !== void 0) {
      let data1 = data.environments;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length > 64) {
          let err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties" };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        for (let key1 in data1) {
          let _errs5 = errors;
          if (typeof key1 == "string") {
            if (func2(key1) > 64) {
              let err6 = { instancePath: instancePath + "/environments", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key1 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            if (!pattern12.test(key1)) {
              let err7 = { instancePath: instancePath + "/environments", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', propertyName: key1 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/environments", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            let err9 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        }
        for (let key2 in data1) {
          let data2 = data1[key2], _errs10 = errors, valid4 = !1, passing0 = null, _errs11 = errors;
          if (data2 !== null) {
            let err10 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
          var _valid0 = _errs11 === errors;
          _valid0 && (valid4 = !0, passing0 = 0);
          let _errs13 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.model === void 0) {
              let err11 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
            if (data2.version === void 0) {
              let err12 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
            if (data2.quantization === void 0) {
              let err13 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "quantization" }, message: "must have required property 'quantization'" };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            if (data2.history_id === void 0) {
              let err14 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "history_id" }, message: "must have required property 'history_id'" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            for (let key3 in data2)
              if (!(key3 === "model" || key3 === "version" || key3 === "quantization" || key3 === "history_id" || key3 === "canary")) {
                let err15 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            if (data2.model !== void 0) {
              let data3 = data2.model;
              if (typeof data3 == "string") {
                if (func2(data3) > 128) {
                  let err16 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "metadata.schema.json#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
                if (!pattern4.test(data3)) {
                  let err17 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "metadata.schema.json#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
              } else {
                let err18 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "metadata.schema.json#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            }
            if (data2.version !== void 0) {
              let data4 = data2.version;
              if (typeof data4 == "string") {
                if (func2(data4) > 64) {
                  let err19 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
                if (!pattern5.test(data4)) {
                  let err20 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
                  vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                }
              } else {
                let err21 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data2.quantization !== void 0) {
              let data5 = data2.quantization;
              if (typeof data5 == "string") {
                if (func2(data5) > 32) {
                  let err22 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                  vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                }
                if (!pattern6.test(data5)) {
                  let err23 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
              } else {
                let err24 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data2.history_id !== void 0) {
              let data6 = data2.history_id;
              if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                let err25 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/history_id", schemaPath: "#/properties/environments/additionalProperties/oneOf/1/properties/history_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
              if (typeof data6 == "number" && isFinite(data6) && (data6 < 1 || isNaN(data6))) {
                let err26 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/history_id", schemaPath: "#/properties/environments/additionalProperties/oneOf/1/properties/history_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            data2.canary !== void 0 && (validate25(data2.canary, { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/canary", parentData: data2, parentDataProperty: "canary", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length));
          } else {
            let err27 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          var _valid0 = _errs13 === errors;
          if (_valid0 && valid4 ? (valid4 = !1, passing0 = [passing0, 1]) : _valid0 && (valid4 = !0, passing0 = 1), valid4)
            errors = _errs10, vErrors !== null && (_errs10 ? vErrors.length = _errs10 : vErrors = null);
          else {
            let err28 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      } else {
        let err29 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.archive !== void 0) {
      let data8 = data.archive;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.file === void 0) {
              let err30 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            if (data9.first_id === void 0) {
              let err31 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/required", keyword: "required", params: { missingProperty: "first_id" }, message: "must have required property 'first_id'" };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (data9.last_id === void 0) {
              let err32 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/required", keyword: "required", params: { missingProperty: "last_id" }, message: "must have required property 'last_id'" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            if (data9.entries === void 0) {
              let err33 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'" };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
            if (data9.sha256 === void 0) {
              let err34 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
            for (let key4 in data9)
              if (!(key4 === "file" || key4 === "first_id" || key4 === "last_id" || key4 === "entries" || key4 === "sha256")) {
                let err35 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            if (data9.file !== void 0) {
              let data10 = data9.file;
              if (typeof data10 == "string") {
                if (!pattern18.test(data10)) {
                  let err36 = { instancePath: instancePath + "/archive/" + i0 + "/file", schemaPath: "#/$defs/segment/properties/file/pattern", keyword: "pattern", params: { pattern: "^history/[0-9]{10}-[0-9]{10}\\.json$" }, message: 'must match pattern "^history/[0-9]{10}-[0-9]{10}\\.json$"' };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
              } else {
                let err37 = { instancePath: instancePath + "/archive/" + i0 + "/file", schemaPath: "#/$defs/segment/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
            if (data9.first_id !== void 0) {
              let data11 = data9.first_id;
              if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
                let err38 = { instancePath: instancePath + "/archive/" + i0 + "/first_id", schemaPath: "#/$defs/segment/properties/first_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              if (typeof data11 == "number" && isFinite(data11) && (data11 < 1 || isNaN(data11))) {
                let err39 = { instancePath: instancePath + "/archive/" + i0 + "/first_id", schemaPath: "#/$defs/segment/properties/first_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            }
            if (data9.last_id !== void 0) {
              let data12 = data9.last_id;
              if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
                let err40 = { instancePath: instancePath + "/archive/" + i0 + "/last_id", schemaPath: "#/$defs/segment/properties/last_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
              if (typeof data12 == "number" && isFinite(data12) && (data12 < 1 || isNaN(data12))) {
                let err41 = { instancePath: instancePath + "/archive/" + i0 + "/last_id", schemaPath: "#/$defs/segment/properties/last_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
            }
            if (data9.entries !== void 0) {
              let data13 = data9.entries;
              if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
                let err42 = { instancePath: instancePath + "/archive/" + i0 + "/entries", schemaPath: "#/$defs/segment/properties/entries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
              if (typeof data13 == "number" && isFinite(data13) && (data13 < 1 || isNaN(data13))) {
                let err43 = { instancePath: instancePath + "/archive/" + i0 + "/entries", schemaPath: "#/$defs/segment/properties/entries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
            if (data9.sha256 !== void 0) {
              let data14 = data9.sha256;
              if (typeof data14 == "string") {
                if (!pattern9.test(data14)) {
                  let err44 = { instancePath: instancePath + "/archive/" + i0 + "/sha256", schemaPath: "#/$defs/segment/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
              } else {
                let err45 = { instancePath: instancePath + "/archive/" + i0 + "/sha256", schemaPath: "#/$defs/segment/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/archive/" + i0, schemaPath: "#/$defs/segment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
      } else {
        let err47 = { instancePath: instancePath + "/archive", schemaPath: "#/properties/archive/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
    if (data.history !== void 0) {
      let data15 = data.history;
      if (Array.isArray(data15)) {
        let len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++)
          validate27(data15[i1], { instancePath: instancePath + "/history/" + i1, parentData: data15, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length);
      } else {
        let err48 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
    }
  } else {
    let err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
  }
  return validate24.errors = vErrors, errors === 0;
}
validate24.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
exports.config = validate29;
var schema57 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://gitops-model-registry.dev/schemas/config.schema.json", title: "Registry configuration", description: "registry/config.json: the artifact store, the environments in promotion order, gate thresholds, smoke tests, cache and download settings.", type: "object", additionalProperties: !1, required: ["schema_version", "store", "environments"], properties: { schema_version: { const: 1 }, store: { type: "string", minLength: 1, maxLength: 2048 }, s3: { type: "object", additionalProperties: !1, properties: { endpoint: { type: "string", format: "uri" }, region: { type: "string" }, force_path_style: { type: "boolean" } } }, environments: { type: "array", minItems: 1, maxItems: 64, uniqueItems: !0, items: { $ref: "registry.schema.json#/$defs/env" } }, gate: { type: "object", additionalProperties: !1, properties: { enabled: { type: "boolean" }, suite: { type: "string" }, backend: { enum: ["llama", "openai", "command"] }, openai_url: { type: "string" }, command: { type: "array", items: { type: "string" } }, default_max_regression: { type: "number", minimum: 0, maximum: 1, description: "Largest tolerated relative regression, 0.05 = 5% worse; at most 1 (twice as slow)." }, inconclusive: { enum: ["block", "allow"], description: "An inconclusive gate (the time budget ran out before the paired measurements could decide) blocks the deploy (default) or lets it through, recorded." }, budget_s: { type: "number", minimum: 1, maximum: 86400, description: "Time budget of the paired performance sampling, in seconds (default 30): sampling stops as soon as every performance metric is decided, and the gate is inconclusive when the budget runs out first." }, max_pairs: { type: "integer", minimum: 12, maximum: 1e5, description: "Most candidate/baseline pairs the performance sampling takes (default 1200)." }, confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a performance verdict across all looks of the sequential test (default 0.95)." }, quantization_allowance: { type: "object", description: "Expected perplexity increase of each quantization family relative to f16 (0.028 = +2.8%), used to compare quality across families. Defaults from llama.cpp's published figures.", propertyNames: { pattern: "^[a-z0-9_]+$" }, additionalProperties: { type: "number", minimum: -0.5, maximum: 10 } }, metrics: { type: "object", additionalProperties: { type: "object", additionalProperties: !1, required: ["direction"], properties: { direction: { enum: ["lower", "higher"] }, max_regression: { type: "number", minimum: 0, maximum: 1 }, absolute: { type: "number" }, quality: { type: "boolean" } } } } } }, smoke: { type: "object", additionalProperties: !1, properties: { enabled: { type: "boolean" }, timeout_ms: { type: "integer", minimum: 100 }, prompts: { type: "array", items: { type: "string" } } } }, cache: { type: "object", additionalProperties: !1, properties: { dir: { type: "string" }, keep: { type: "integer", minimum: 1 } } }, rollout: { type: "object", description: "How a fleet of servers (mreg serve / mreg agent) takes up a new version.", additionalProperties: !1, properties: { spread_s: { type: "number", minimum: 0, maximum: 86400, description: "Window in seconds over which the servers start downloading a new version: each waits a delay that depends only on its instance name and the artifact. 0 (the default): at once. A rollback to a cached version always goes at once." } } }, download: { type: "object", additionalProperties: !1, properties: { part_size_mb: { type: "integer", minimum: 1 }, concurrency: { type: "integer", minimum: 1, maximum: 64 } } }, push: { type: "object", additionalProperties: !1, properties: { retries: { type: "integer", minimum: 0, maximum: 100 } } }, canary: { type: "object", description: "How `mreg canary check|watch` analyses a canary against stable from Prometheus: the steps, the soak per step, the checks.", additionalProperties: !1, properties: { steps: { type: "array", minItems: 1, maxItems: 20, items: { type: "integer", minimum: 1, maximum: 100 }, description: "Canary percents in increasing order, e.g. [10, 50, 100]; passing the last one promotes the canary." }, soak_s: { type: "number", minimum: 0, maximum: 604800, description: "Seconds each step runs before it may pass (default 300). A failed check aborts at once." }, interval_s: { type: "number", minimum: 1, maximum: 86400, description: "Seconds between looks of `mreg canary watch` (default 30)." }, min_requests: { type: "integer", minimum: 1, description: "Requests each side must have answered in the window before any verdict (default 50)." }, confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a step's verdict across all its looks (default 0.95)." }, checks: { type: "array", maxItems: 32, items: { $ref: "#/$defs/canary_check" }, description: "The checks, canary against stable over the same window (default: error_rate 0.01, latency_p95 0.1, tokens_per_s 0.1)." } } } }, $defs: { canary_check: { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string", pattern: "^[a-z][a-z0-9_]{0,62}$", description: "error_rate, latency_p95, tokens_per_s, or a name of your own with a query." }, max_increase: { type: "number", minimum: 0, maximum: 1, description: "error_rate: the most the canary's error rate may exceed stable's (0.01 = one percentage point)." }, max_regression: { type: "number", minimum: 0, maximum: 10, description: "The largest relative regression allowed (0.1 = 10% worse)." }, query: { type: "string", minLength: 1, maxLength: 4096, description: "A check of your own: PromQL returning one series; $version, $role, $environment, $model and $window are replaced per side." }, direction: { enum: ["lower", "higher"], description: "A check of your own: whether a lower value (the default) or a higher one is better." } }, allOf: [{ if: { properties: { name: { const: "error_rate" } } }, then: { required: ["max_increase"] } }, { if: { properties: { name: { enum: ["latency_p95", "tokens_per_s"] } } }, then: { required: ["max_regression"] } }, { if: { properties: { name: { not: { enum: ["error_rate", "latency_p95", "tokens_per_s"] } } } }, then: { required: ["query", "max_regression"] } }] } } }, schema59 = { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string", pattern: "^[a-z][a-z0-9_]{0,62}$", description: "error_rate, latency_p95, tokens_per_s, or a name of your own with a query." }, max_increase: { type: "number", minimum: 0, maximum: 1, description: "error_rate: the most the canary's error rate may exceed stable's (0.01 = one percentage point)." }, max_regression: { type: "number", minimum: 0, maximum: 10, description: "The largest relative regression allowed (0.1 = 10% worse)." }, query: { type: "string", minLength: 1, maxLength: 4096, description: "A check of your own: PromQL returning one series; $version, $role, $environment, $model and $window are replaced per side." }, direction: { enum: ["lower", "higher"], description: "A check of your own: whether a lower value (the default) or a higher one is better." } }, allOf: [{ if: { properties: { name: { const: "error_rate" } } }, then: { required: ["max_increase"] } }, { if: { properties: { name: { enum: ["latency_p95", "tokens_per_s"] } } }, then: { required: ["max_regression"] } }, { if: { properties: { name: { not: { enum: ["error_rate", "latency_p95", "tokens_per_s"] } } } }, then: { required: ["query", "max_regression"] } }] }, func0 = require_equal().default, formats6 = require_formats().fullFormats.uri, pattern28 = new RegExp("^[a-z0-9_]+$", "u"), pattern29 = new RegExp("^[a-z][a-z0-9_]{0,62}$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.store === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "store" }, message: "must have required property 'store'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.environments === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema57.properties, key0)) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.schema_version !== void 0 && data.schema_version !== 1) {
      let err4 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.store !== void 0) {
      let data1 = data.store;
      if (typeof data1 == "string") {
        if (func2(data1) > 2048) {
          let err5 = { instancePath: instancePath + "/store", schemaPath: "#/properties/store/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        if (func2(data1) < 1) {
          let err6 = { instancePath: instancePath + "/store", schemaPath: "#/properties/store/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/store", schemaPath: "#/properties/store/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.s3 !== void 0) {
      let data2 = data.s3;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (let key1 in data2)
          if (!(key1 === "endpoint" || key1 === "region" || key1 === "force_path_style")) {
            let err8 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        if (data2.endpoint !== void 0) {
          let data3 = data2.endpoint;
          if (typeof data3 == "string") {
            if (!formats6(data3)) {
              let err9 = { instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
          } else {
            let err10 = { instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
        if (data2.region !== void 0 && typeof data2.region != "string") {
          let err11 = { instancePath: instancePath + "/s3/region", schemaPath: "#/properties/s3/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        if (data2.force_path_style !== void 0 && typeof data2.force_path_style != "boolean") {
          let err12 = { instancePath: instancePath + "/s3/force_path_style", schemaPath: "#/properties/s3/properties/force_path_style/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      } else {
        let err13 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.environments !== void 0) {
      let data6 = data.environments;
      if (Array.isArray(data6)) {
        if (data6.length > 64) {
          let err14 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        if (data6.length < 1) {
          let err15 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 == "string") {
            if (func2(data7) > 64) {
              let err16 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "registry.schema.json#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            if (!pattern12.test(data7)) {
              let err17 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "registry.schema.json#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
          } else {
            let err18 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "registry.schema.json#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
        let i1 = data6.length, j0;
        if (i1 > 1) {
          outer0: for (; i1--; )
            for (j0 = i1; j0--; )
              if (func0(data6[i1], data6[j0])) {
                let err19 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                break outer0;
              }
        }
      } else {
        let err20 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.gate !== void 0) {
      let data8 = data.gate;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (let key2 in data8)
          if (!func1.call(schema57.properties.gate.properties, key2)) {
            let err21 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data8.enabled !== void 0 && typeof data8.enabled != "boolean") {
          let err22 = { instancePath: instancePath + "/gate/enabled", schemaPath: "#/properties/gate/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        if (data8.suite !== void 0 && typeof data8.suite != "string") {
          let err23 = { instancePath: instancePath + "/gate/suite", schemaPath: "#/properties/gate/properties/suite/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        if (data8.backend !== void 0) {
          let data11 = data8.backend;
          if (!(data11 === "llama" || data11 === "openai" || data11 === "command")) {
            let err24 = { instancePath: instancePath + "/gate/backend", schemaPath: "#/properties/gate/properties/backend/enum", keyword: "enum", params: { allowedValues: schema57.properties.gate.properties.backend.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data8.openai_url !== void 0 && typeof data8.openai_url != "string") {
          let err25 = { instancePath: instancePath + "/gate/openai_url", schemaPath: "#/properties/gate/properties/openai_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
        if (data8.command !== void 0) {
          let data13 = data8.command;
          if (Array.isArray(data13)) {
            let len1 = data13.length;
            for (let i2 = 0; i2 < len1; i2++)
              if (typeof data13[i2] != "string") {
                let err26 = { instancePath: instancePath + "/gate/command/" + i2, schemaPath: "#/properties/gate/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
          } else {
            let err27 = { instancePath: instancePath + "/gate/command", schemaPath: "#/properties/gate/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data8.default_max_regression !== void 0) {
          let data15 = data8.default_max_regression;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 1 || isNaN(data15)) {
              let err28 = { instancePath: instancePath + "/gate/default_max_regression", schemaPath: "#/properties/gate/properties/default_max_regression/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              let err29 = { instancePath: instancePath + "/gate/default_max_regression", schemaPath: "#/properties/gate/properties/default_max_regression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
          } else {
            let err30 = { instancePath: instancePath + "/gate/default_max_regression", schemaPath: "#/properties/gate/properties/default_max_regression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data8.inconclusive !== void 0) {
          let data16 = data8.inconclusive;
          if (!(data16 === "block" || data16 === "allow")) {
            let err31 = { instancePath: instancePath + "/gate/inconclusive", schemaPath: "#/properties/gate/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema57.properties.gate.properties.inconclusive.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data8.budget_s !== void 0) {
          let data17 = data8.budget_s;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 86400 || isNaN(data17)) {
              let err32 = { instancePath: instancePath + "/gate/budget_s", schemaPath: "#/properties/gate/properties/budget_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              let err33 = { instancePath: instancePath + "/gate/budget_s", schemaPath: "#/properties/gate/properties/budget_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
          } else {
            let err34 = { instancePath: instancePath + "/gate/budget_s", schemaPath: "#/properties/gate/properties/budget_s/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data8.max_pairs !== void 0) {
          let data18 = data8.max_pairs;
          if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
            let err35 = { instancePath: instancePath + "/gate/max_pairs", schemaPath: "#/properties/gate/properties/max_pairs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 1e5 || isNaN(data18)) {
              let err36 = { instancePath: instancePath + "/gate/max_pairs", schemaPath: "#/properties/gate/properties/max_pairs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
              vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
            }
            if (data18 < 12 || isNaN(data18)) {
              let err37 = { instancePath: instancePath + "/gate/max_pairs", schemaPath: "#/properties/gate/properties/max_pairs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 12 }, message: "must be >= 12" };
              vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
            }
          }
        }
        if (data8.confidence !== void 0) {
          let data19 = data8.confidence;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 >= 1 || isNaN(data19)) {
              let err38 = { instancePath: instancePath + "/gate/confidence", schemaPath: "#/properties/gate/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
              vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
            }
            if (data19 <= 0.5 || isNaN(data19)) {
              let err39 = { instancePath: instancePath + "/gate/confidence", schemaPath: "#/properties/gate/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5" };
              vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
            }
          } else {
            let err40 = { instancePath: instancePath + "/gate/confidence", schemaPath: "#/properties/gate/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data8.quantization_allowance !== void 0) {
          let data20 = data8.quantization_allowance;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (let key3 in data20) {
              let _errs44 = errors;
              if (typeof key3 == "string" && !pattern28.test(key3)) {
                let err41 = { instancePath: instancePath + "/gate/quantization_allowance", schemaPath: "#/properties/gate/properties/quantization_allowance/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"', propertyName: key3 };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
              var valid9 = _errs44 === errors;
              if (!valid9) {
                let err42 = { instancePath: instancePath + "/gate/quantization_allowance", schemaPath: "#/properties/gate/properties/quantization_allowance/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            for (let key4 in data20) {
              let data21 = data20[key4];
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 10 || isNaN(data21)) {
                  let err43 = { instancePath: instancePath + "/gate/quantization_allowance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/quantization_allowance/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
                if (data21 < -0.5 || isNaN(data21)) {
                  let err44 = { instancePath: instancePath + "/gate/quantization_allowance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/quantization_allowance/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: -0.5 }, message: "must be >= -0.5" };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
              } else {
                let err45 = { instancePath: instancePath + "/gate/quantization_allowance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/quantization_allowance/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/gate/quantization_allowance", schemaPath: "#/properties/gate/properties/quantization_allowance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
        if (data8.metrics !== void 0) {
          let data22 = data8.metrics;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22))
            for (let key5 in data22) {
              let data23 = data22[key5];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.direction === void 0) {
                  let err47 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/metrics/additionalProperties/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                for (let key6 in data23)
                  if (!(key6 === "direction" || key6 === "max_regression" || key6 === "absolute" || key6 === "quality")) {
                    let err48 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/metrics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                if (data23.direction !== void 0) {
                  let data24 = data23.direction;
                  if (!(data24 === "lower" || data24 === "higher")) {
                    let err49 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema57.properties.gate.properties.metrics.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                }
                if (data23.max_regression !== void 0) {
                  let data25 = data23.max_regression;
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 > 1 || isNaN(data25)) {
                      let err50 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/max_regression/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                    }
                    if (data25 < 0 || isNaN(data25)) {
                      let err51 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/max_regression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                    }
                  } else {
                    let err52 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/max_regression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                  }
                }
                if (data23.absolute !== void 0) {
                  let data26 = data23.absolute;
                  if (!(typeof data26 == "number" && isFinite(data26))) {
                    let err53 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/absolute", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                }
                if (data23.quality !== void 0 && typeof data23.quality != "boolean") {
                  let err54 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quality", schemaPath: "#/properties/gate/properties/metrics/additionalProperties/properties/quality/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                }
              } else {
                let err55 = { instancePath: instancePath + "/gate/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gate/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            }
          else {
            let err56 = { instancePath: instancePath + "/gate/metrics", schemaPath: "#/properties/gate/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
          }
        }
      } else {
        let err57 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
    if (data.smoke !== void 0) {
      let data28 = data.smoke;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (let key7 in data28)
          if (!(key7 === "enabled" || key7 === "timeout_ms" || key7 === "prompts")) {
            let err58 = { instancePath: instancePath + "/smoke", schemaPath: "#/properties/smoke/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        if (data28.enabled !== void 0 && typeof data28.enabled != "boolean") {
          let err59 = { instancePath: instancePath + "/smoke/enabled", schemaPath: "#/properties/smoke/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
        if (data28.timeout_ms !== void 0) {
          let data30 = data28.timeout_ms;
          if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
            let err60 = { instancePath: instancePath + "/smoke/timeout_ms", schemaPath: "#/properties/smoke/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
          if (typeof data30 == "number" && isFinite(data30) && (data30 < 100 || isNaN(data30))) {
            let err61 = { instancePath: instancePath + "/smoke/timeout_ms", schemaPath: "#/properties/smoke/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
        if (data28.prompts !== void 0) {
          let data31 = data28.prompts;
          if (Array.isArray(data31)) {
            let len2 = data31.length;
            for (let i3 = 0; i3 < len2; i3++)
              if (typeof data31[i3] != "string") {
                let err62 = { instancePath: instancePath + "/smoke/prompts/" + i3, schemaPath: "#/properties/smoke/properties/prompts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
          } else {
            let err63 = { instancePath: instancePath + "/smoke/prompts", schemaPath: "#/properties/smoke/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        }
      } else {
        let err64 = { instancePath: instancePath + "/smoke", schemaPath: "#/properties/smoke/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
      }
    }
    if (data.cache !== void 0) {
      let data33 = data.cache;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (let key8 in data33)
          if (!(key8 === "dir" || key8 === "keep")) {
            let err65 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        if (data33.dir !== void 0 && typeof data33.dir != "string") {
          let err66 = { instancePath: instancePath + "/cache/dir", schemaPath: "#/properties/cache/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
        }
        if (data33.keep !== void 0) {
          let data35 = data33.keep;
          if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
            let err67 = { instancePath: instancePath + "/cache/keep", schemaPath: "#/properties/cache/properties/keep/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
          if (typeof data35 == "number" && isFinite(data35) && (data35 < 1 || isNaN(data35))) {
            let err68 = { instancePath: instancePath + "/cache/keep", schemaPath: "#/properties/cache/properties/keep/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        }
      } else {
        let err69 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data36 = data.rollout;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        for (let key9 in data36)
          if (key9 !== "spread_s") {
            let err70 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        if (data36.spread_s !== void 0) {
          let data37 = data36.spread_s;
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 > 86400 || isNaN(data37)) {
              let err71 = { instancePath: instancePath + "/rollout/spread_s", schemaPath: "#/properties/rollout/properties/spread_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
              vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
            }
            if (data37 < 0 || isNaN(data37)) {
              let err72 = { instancePath: instancePath + "/rollout/spread_s", schemaPath: "#/properties/rollout/properties/spread_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
            }
          } else {
            let err73 = { instancePath: instancePath + "/rollout/spread_s", schemaPath: "#/properties/rollout/properties/spread_s/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
        }
      } else {
        let err74 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
      }
    }
    if (data.download !== void 0) {
      let data38 = data.download;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (let key10 in data38)
          if (!(key10 === "part_size_mb" || key10 === "concurrency")) {
            let err75 = { instancePath: instancePath + "/download", schemaPath: "#/properties/download/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
          }
        if (data38.part_size_mb !== void 0) {
          let data39 = data38.part_size_mb;
          if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
            let err76 = { instancePath: instancePath + "/download/part_size_mb", schemaPath: "#/properties/download/properties/part_size_mb/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
          if (typeof data39 == "number" && isFinite(data39) && (data39 < 1 || isNaN(data39))) {
            let err77 = { instancePath: instancePath + "/download/part_size_mb", schemaPath: "#/properties/download/properties/part_size_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
          }
        }
        if (data38.concurrency !== void 0) {
          let data40 = data38.concurrency;
          if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
            let err78 = { instancePath: instancePath + "/download/concurrency", schemaPath: "#/properties/download/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
          }
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 > 64 || isNaN(data40)) {
              let err79 = { instancePath: instancePath + "/download/concurrency", schemaPath: "#/properties/download/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
            if (data40 < 1 || isNaN(data40)) {
              let err80 = { instancePath: instancePath + "/download/concurrency", schemaPath: "#/properties/download/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
            }
          }
        }
      } else {
        let err81 = { instancePath: instancePath + "/download", schemaPath: "#/properties/download/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
      }
    }
    if (data.push !== void 0) {
      let data41 = data.push;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (let key11 in data41)
          if (key11 !== "retries") {
            let err82 = { instancePath: instancePath + "/push", schemaPath: "#/properties/push/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
          }
        if (data41.retries !== void 0) {
          let data42 = data41.retries;
          if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
            let err83 = { instancePath: instancePath + "/push/retries", schemaPath: "#/properties/push/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
          }
          if (typeof data42 == "number" && isFinite(data42)) {
            if (data42 > 100 || isNaN(data42)) {
              let err84 = { instancePath: instancePath + "/push/retries", schemaPath: "#/properties/push/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
            }
            if (data42 < 0 || isNaN(data42)) {
              let err85 = { instancePath: instancePath + "/push/retries", schemaPath: "#/properties/push/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
          }
        }
      } else {
        let err86 = { instancePath: instancePath + "/push", schemaPath: "#/properties/push/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
      }
    }
    if (data.canary !== void 0) {
      let data43 = data.canary;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (let key12 in data43)
          if (!(key12 === "steps" || key12 === "soak_s" || key12 === "interval_s" || key12 === "min_requests" || key12 === "confidence" || key12 === "checks")) {
            let err87 = { instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
          }
        if (data43.steps !== void 0) {
          let data44 = data43.steps;
          if (Array.isArray(data44)) {
            if (data44.length > 20) {
              let err88 = { instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
              vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
            }
            if (data44.length < 1) {
              let err89 = { instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
            let len3 = data44.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data45 = data44[i4];
              if (!(typeof data45 == "number" && !(data45 % 1) && !isNaN(data45) && isFinite(data45))) {
                let err90 = { instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 > 100 || isNaN(data45)) {
                  let err91 = { instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                }
                if (data45 < 1 || isNaN(data45)) {
                  let err92 = { instancePath: instancePath + "/canary/steps/" + i4, schemaPath: "#/properties/canary/properties/steps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                }
              }
            }
          } else {
            let err93 = { instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
        }
        if (data43.soak_s !== void 0) {
          let data46 = data43.soak_s;
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 > 604800 || isNaN(data46)) {
              let err94 = { instancePath: instancePath + "/canary/soak_s", schemaPath: "#/properties/canary/properties/soak_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 604800 }, message: "must be <= 604800" };
              vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
            }
            if (data46 < 0 || isNaN(data46)) {
              let err95 = { instancePath: instancePath + "/canary/soak_s", schemaPath: "#/properties/canary/properties/soak_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
          } else {
            let err96 = { instancePath: instancePath + "/canary/soak_s", schemaPath: "#/properties/canary/properties/soak_s/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
          }
        }
        if (data43.interval_s !== void 0) {
          let data47 = data43.interval_s;
          if (typeof data47 == "number" && isFinite(data47)) {
            if (data47 > 86400 || isNaN(data47)) {
              let err97 = { instancePath: instancePath + "/canary/interval_s", schemaPath: "#/properties/canary/properties/interval_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
            if (data47 < 1 || isNaN(data47)) {
              let err98 = { instancePath: instancePath + "/canary/interval_s", schemaPath: "#/properties/canary/properties/interval_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
            }
          } else {
            let err99 = { instancePath: instancePath + "/canary/interval_s", schemaPath: "#/properties/canary/properties/interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
          }
        }
        if (data43.min_requests !== void 0) {
          let data48 = data43.min_requests;
          if (!(typeof data48 == "number" && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            let err100 = { instancePath: instancePath + "/canary/min_requests", schemaPath: "#/properties/canary/properties/min_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
          }
          if (typeof data48 == "number" && isFinite(data48) && (data48 < 1 || isNaN(data48))) {
            let err101 = { instancePath: instancePath + "/canary/min_requests", schemaPath: "#/properties/canary/properties/min_requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
          }
        }
        if (data43.confidence !== void 0) {
          let data49 = data43.confidence;
          if (typeof data49 == "number" && isFinite(data49)) {
            if (data49 >= 1 || isNaN(data49)) {
              let err102 = { instancePath: instancePath + "/canary/confidence", schemaPath: "#/properties/canary/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
              vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
            }
            if (data49 <= 0.5 || isNaN(data49)) {
              let err103 = { instancePath: instancePath + "/canary/confidence", schemaPath: "#/properties/canary/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5" };
              vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
            }
          } else {
            let err104 = { instancePath: instancePath + "/canary/confidence", schemaPath: "#/properties/canary/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
          }
        }
        if (data43.checks !== void 0) {
          let data50 = data43.checks;
          if (Array.isArray(data50)) {
            if (data50.length > 32) {
              let err105 = { instancePath: instancePath + "/canary/checks", schemaPath: "#/properties/canary/properties/checks/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items" };
              vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
            }
            let len4 = data50.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data51 = data50[i5], _errs117 = errors, valid27 = !0, _errs118 = errors;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.name !== void 0 && data51.name !== "error_rate") {
                let err106 = {};
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
              var _valid0 = _errs118 === errors;
              if (errors = _errs117, vErrors !== null && (_errs117 ? vErrors.length = _errs117 : vErrors = null), _valid0) {
                let _errs120 = errors;
                if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.max_increase === void 0) {
                  let err107 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/0/then/required", keyword: "required", params: { missingProperty: "max_increase" }, message: "must have required property 'max_increase'" };
                  vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                }
                var _valid0 = _errs120 === errors;
                valid27 = _valid0;
              }
              if (!valid27) {
                let err108 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
              let _errs122 = errors, valid29 = !0, _errs123 = errors;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.name !== void 0) {
                let data53 = data51.name;
                if (!(data53 === "latency_p95" || data53 === "tokens_per_s")) {
                  let err109 = {};
                  vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                }
              }
              var _valid1 = _errs123 === errors;
              if (errors = _errs122, vErrors !== null && (_errs122 ? vErrors.length = _errs122 : vErrors = null), _valid1) {
                let _errs125 = errors;
                if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.max_regression === void 0) {
                  let err110 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/1/then/required", keyword: "required", params: { missingProperty: "max_regression" }, message: "must have required property 'max_regression'" };
                  vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                }
                var _valid1 = _errs125 === errors;
                valid29 = _valid1;
              }
              if (!valid29) {
                let err111 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
              let _errs127 = errors, valid31 = !0, _errs128 = errors;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51) && data51.name !== void 0) {
                let data54 = data51.name, _errs130 = errors, _errs131 = errors;
                if (!(data54 === "error_rate" || data54 === "latency_p95" || data54 === "tokens_per_s")) {
                  let err112 = {};
                  vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                }
                var valid33 = _errs131 === errors;
                if (valid33) {
                  let err113 = {};
                  vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                } else
                  errors = _errs130, vErrors !== null && (_errs130 ? vErrors.length = _errs130 : vErrors = null);
              }
              var _valid2 = _errs128 === errors;
              if (errors = _errs127, vErrors !== null && (_errs127 ? vErrors.length = _errs127 : vErrors = null), _valid2) {
                let _errs132 = errors;
                if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                  if (data51.query === void 0) {
                    let err114 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/2/then/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'" };
                    vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                  }
                  if (data51.max_regression === void 0) {
                    let err115 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/2/then/required", keyword: "required", params: { missingProperty: "max_regression" }, message: "must have required property 'max_regression'" };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                }
                var _valid2 = _errs132 === errors;
                valid31 = _valid2;
              }
              if (!valid31) {
                let err116 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
              }
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                if (data51.name === void 0) {
                  let err117 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                }
                for (let key13 in data51)
                  if (!(key13 === "name" || key13 === "max_increase" || key13 === "max_regression" || key13 === "query" || key13 === "direction")) {
                    let err118 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                if (data51.name !== void 0) {
                  let data55 = data51.name;
                  if (typeof data55 == "string") {
                    if (!pattern29.test(data55)) {
                      let err119 = { instancePath: instancePath + "/canary/checks/" + i5 + "/name", schemaPath: "#/$defs/canary_check/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,62}$"' };
                      vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                    }
                  } else {
                    let err120 = { instancePath: instancePath + "/canary/checks/" + i5 + "/name", schemaPath: "#/$defs/canary_check/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                }
                if (data51.max_increase !== void 0) {
                  let data56 = data51.max_increase;
                  if (typeof data56 == "number" && isFinite(data56)) {
                    if (data56 > 1 || isNaN(data56)) {
                      let err121 = { instancePath: instancePath + "/canary/checks/" + i5 + "/max_increase", schemaPath: "#/$defs/canary_check/properties/max_increase/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                    if (data56 < 0 || isNaN(data56)) {
                      let err122 = { instancePath: instancePath + "/canary/checks/" + i5 + "/max_increase", schemaPath: "#/$defs/canary_check/properties/max_increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                    }
                  } else {
                    let err123 = { instancePath: instancePath + "/canary/checks/" + i5 + "/max_increase", schemaPath: "#/$defs/canary_check/properties/max_increase/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                  }
                }
                if (data51.max_regression !== void 0) {
                  let data57 = data51.max_regression;
                  if (typeof data57 == "number" && isFinite(data57)) {
                    if (data57 > 10 || isNaN(data57)) {
                      let err124 = { instancePath: instancePath + "/canary/checks/" + i5 + "/max_regression", schemaPath: "#/$defs/canary_check/properties/max_regression/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                      vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                    }
                    if (data57 < 0 || isNaN(data57)) {
                      let err125 = { instancePath: instancePath + "/canary/checks/" + i5 + "/max_regression", schemaPath: "#/$defs/canary_check/properties/max_regression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                    }
                  } else {
                    let err126 = { instancePath: instancePath + "/canary/checks/" + i5 + "/max_regression", schemaPath: "#/$defs/canary_check/properties/max_regression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                  }
                }
                if (data51.query !== void 0) {
                  let data58 = data51.query;
                  if (typeof data58 == "string") {
                    if (func2(data58) > 4096) {
                      let err127 = { instancePath: instancePath + "/canary/checks/" + i5 + "/query", schemaPath: "#/$defs/canary_check/properties/query/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                      vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                    }
                    if (func2(data58) < 1) {
                      let err128 = { instancePath: instancePath + "/canary/checks/" + i5 + "/query", schemaPath: "#/$defs/canary_check/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                    }
                  } else {
                    let err129 = { instancePath: instancePath + "/canary/checks/" + i5 + "/query", schemaPath: "#/$defs/canary_check/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                  }
                }
                if (data51.direction !== void 0) {
                  let data59 = data51.direction;
                  if (!(data59 === "lower" || data59 === "higher")) {
                    let err130 = { instancePath: instancePath + "/canary/checks/" + i5 + "/direction", schemaPath: "#/$defs/canary_check/properties/direction/enum", keyword: "enum", params: { allowedValues: schema59.properties.direction.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                  }
                }
              } else {
                let err131 = { instancePath: instancePath + "/canary/checks/" + i5, schemaPath: "#/$defs/canary_check/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
              }
            }
          } else {
            let err132 = { instancePath: instancePath + "/canary/checks", schemaPath: "#/properties/canary/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
          }
        }
      } else {
        let err133 = { instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
      }
    }
  } else {
    let err134 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
  }
  return validate29.errors = vErrors, errors === 0;
}
validate29.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
exports.history = validate30;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.env === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.model === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.version === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.quantization === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantization" }, message: "must have required property 'quantization'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.deployed_at === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployed_at" }, message: "must have required property 'deployed_at'" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.rolled_back === void 0) {
      let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rolled_back" }, message: "must have required property 'rolled_back'" };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    if (data.metrics === void 0) {
      let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.action === void 0) {
      let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
    if (data.actor === void 0) {
      let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
    }
    if (data.reason === void 0) {
      let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
    if (data.previous_version === void 0) {
      let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous_version" }, message: "must have required property 'previous_version'" };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema48.properties, key0)) {
        let err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        let err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      if (typeof data0 == "number" && isFinite(data0) && (data0 < 1 || isNaN(data0))) {
        let err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.env !== void 0) {
      let data1 = data.env;
      if (typeof data1 == "string") {
        if (func2(data1) > 64) {
          let err15 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        if (!pattern12.test(data1)) {
          let err16 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      } else {
        let err17 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.model !== void 0) {
      let data2 = data.model;
      if (typeof data2 == "string") {
        if (func2(data2) > 128) {
          let err18 = { instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (!pattern4.test(data2)) {
          let err19 = { instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
      } else {
        let err20 = { instancePath: instancePath + "/model", schemaPath: "metadata.schema.json#/$defs/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 == "string") {
        if (func2(data3) > 64) {
          let err21 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (!pattern5.test(data3)) {
          let err22 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
      } else {
        let err23 = { instancePath: instancePath + "/version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.quantization !== void 0) {
      let data4 = data.quantization;
      if (typeof data4 == "string") {
        if (func2(data4) > 32) {
          let err24 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        if (!pattern6.test(data4)) {
          let err25 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
      } else {
        let err26 = { instancePath: instancePath + "/quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.deployed_at !== void 0) {
      let data5 = data.deployed_at;
      if (typeof data5 == "string") {
        if (!formats0.validate(data5)) {
          let err27 = { instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
      } else {
        let err28 = { instancePath: instancePath + "/deployed_at", schemaPath: "#/properties/deployed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.rolled_back !== void 0 && typeof data.rolled_back != "boolean") {
      let err29 = { instancePath: instancePath + "/rolled_back", schemaPath: "#/properties/rolled_back/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
    }
    if (data.metrics !== void 0) {
      let data7 = data.metrics, _errs21 = errors, valid5 = !1, passing0 = null, _errs22 = errors;
      if (data7 !== null) {
        let err30 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
      var _valid0 = _errs22 === errors;
      _valid0 && (valid5 = !0, passing0 = 0);
      let _errs24 = errors;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length > 100) {
          let err31 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" };
          vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
        }
        for (let key1 in data7) {
          let data8 = data7[key1];
          if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
            let err32 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/oneOf/1/additionalProperties/type", keyword: "type", params: { type: schema48.properties.metrics.oneOf[1].additionalProperties.type }, message: "must be number,null" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
      } else {
        let err33 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
      var _valid0 = _errs24 === errors;
      if (_valid0 && valid5 ? (valid5 = !1, passing0 = [passing0, 1]) : _valid0 && (valid5 = !0, passing0 = 1), valid5)
        errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
      else {
        let err34 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.action !== void 0) {
      let data9 = data.action;
      if (!(data9 === "deploy" || data9 === "promote" || data9 === "rollback" || data9 === "canary" || data9 === "canary-promote" || data9 === "canary-abort")) {
        let err35 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema48.properties.action.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
    if (data.actor !== void 0) {
      let data10 = data.actor;
      if (typeof data10 == "string") {
        if (func2(data10) > 200) {
          let err36 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
        }
        if (func2(data10) < 1) {
          let err37 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
      } else {
        let err38 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.reason !== void 0) {
      let data11 = data.reason;
      if (typeof data11 != "string" && data11 !== null) {
        let err39 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema48.properties.reason.type }, message: "must be string,null" };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
      if (typeof data11 == "string" && func2(data11) > 2e3) {
        let err40 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
      }
    }
    if (data.previous_version !== void 0) {
      let data12 = data.previous_version, _errs35 = errors, valid7 = !1, passing1 = null, _errs36 = errors;
      if (typeof data12 == "string") {
        if (func2(data12) > 64) {
          let err41 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
        }
        if (!pattern5.test(data12)) {
          let err42 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$" }, message: 'must match pattern "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$"' };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
      } else {
        let err43 = { instancePath: instancePath + "/previous_version", schemaPath: "metadata.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
      }
      var _valid1 = _errs36 === errors;
      _valid1 && (valid7 = !0, passing1 = 0);
      let _errs39 = errors;
      if (data12 !== null) {
        let err44 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
      }
      var _valid1 = _errs39 === errors;
      if (_valid1 && valid7 ? (valid7 = !1, passing1 = [passing1, 1]) : _valid1 && (valid7 = !0, passing1 = 1), valid7)
        errors = _errs35, vErrors !== null && (_errs35 ? vErrors.length = _errs35 : vErrors = null);
      else {
        let err45 = { instancePath: instancePath + "/previous_version", schemaPath: "#/properties/previous_version/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
      }
    }
    if (data.previous_quantization !== void 0) {
      let data13 = data.previous_quantization, _errs42 = errors, valid9 = !1, passing2 = null, _errs43 = errors;
      if (typeof data13 == "string") {
        if (func2(data13) > 32) {
          let err46 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
        }
        if (!pattern6.test(data13)) {
          let err47 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_]*$"' };
          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
        }
      } else {
        let err48 = { instancePath: instancePath + "/previous_quantization", schemaPath: "metadata.schema.json#/$defs/quantization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
      var _valid2 = _errs43 === errors;
      _valid2 && (valid9 = !0, passing2 = 0);
      let _errs46 = errors;
      if (data13 !== null) {
        let err49 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      }
      var _valid2 = _errs46 === errors;
      if (_valid2 && valid9 ? (valid9 = !1, passing2 = [passing2, 1]) : _valid2 && (valid9 = !0, passing2 = 1), valid9)
        errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
      else {
        let err50 = { instancePath: instancePath + "/previous_quantization", schemaPath: "#/properties/previous_quantization/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    }
    if (data.gate !== void 0) {
      let data14 = data.gate;
      if (!(data14 === "pass" || data14 === "fail" || data14 === "inconclusive" || data14 === "skipped" || data14 === "not-configured")) {
        let err51 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema48.properties.gate.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.gated_by !== void 0) {
      let data15 = data.gated_by;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        let err52 = { instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
      if (typeof data15 == "number" && isFinite(data15) && (data15 < 1 || isNaN(data15))) {
        let err53 = { instancePath: instancePath + "/gated_by", schemaPath: "#/properties/gated_by/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
    if (data.from_env !== void 0) {
      let data16 = data.from_env;
      if (typeof data16 == "string") {
        if (func2(data16) > 64) {
          let err54 = { instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
        }
        if (!pattern12.test(data16)) {
          let err55 = { instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"' };
          vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
        }
      } else {
        let err56 = { instancePath: instancePath + "/from_env", schemaPath: "#/$defs/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
      }
    }
    if (data.explicit_target !== void 0 && typeof data.explicit_target != "boolean") {
      let err57 = { instancePath: instancePath + "/explicit_target", schemaPath: "#/properties/explicit_target/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
    }
    if (data.canary_percent !== void 0) {
      let data18 = data.canary_percent;
      if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        let err58 = { instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 > 99 || isNaN(data18)) {
          let err59 = { instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
        if (data18 < 1 || isNaN(data18)) {
          let err60 = { instancePath: instancePath + "/canary_percent", schemaPath: "#/properties/canary_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
      }
    }
    if (data.analysis !== void 0) {
      let data19 = data.analysis;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.checks === void 0) {
          let err61 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
          vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
        }
        if (data19.requests === void 0) {
          let err62 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'" };
          vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
        }
        if (data19.window_s === void 0) {
          let err63 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/required", keyword: "required", params: { missingProperty: "window_s" }, message: "must have required property 'window_s'" };
          vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
        }
        for (let key2 in data19)
          if (!(key2 === "checks" || key2 === "requests" || key2 === "window_s")) {
            let err64 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        if (data19.checks !== void 0) {
          let data20 = data19.checks;
          if (Array.isArray(data20)) {
            if (data20.length > 50) {
              let err65 = { instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
            let len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data21 = data20[i0];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.name === void 0) {
                  let err66 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                }
                if (data21.query === void 0) {
                  let err67 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'" };
                  vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                }
                if (data21.canary === void 0) {
                  let err68 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property 'canary'" };
                  vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                }
                if (data21.stable === void 0) {
                  let err69 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "stable" }, message: "must have required property 'stable'" };
                  vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                }
                if (data21.interval === void 0) {
                  let err70 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
                  vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                }
                if (data21.threshold === void 0) {
                  let err71 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
                if (data21.verdict === void 0) {
                  let err72 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
                  vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                }
                for (let key3 in data21)
                  if (!(key3 === "name" || key3 === "query" || key3 === "canary" || key3 === "stable" || key3 === "interval" || key3 === "threshold" || key3 === "verdict")) {
                    let err73 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                  }
                if (data21.name !== void 0) {
                  let data22 = data21.name;
                  if (typeof data22 == "string") {
                    if (func2(data22) > 100) {
                      let err74 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                      vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                    }
                    if (func2(data22) < 1) {
                      let err75 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                    }
                  } else {
                    let err76 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/name", schemaPath: "#/$defs/analysis/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                  }
                }
                if (data21.query !== void 0) {
                  let data23 = data21.query;
                  if (typeof data23 == "string") {
                    if (func2(data23) > 4e3) {
                      let err77 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" };
                      vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                    }
                  } else {
                    let err78 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/query", schemaPath: "#/$defs/analysis/properties/checks/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                }
                if (data21.canary !== void 0) {
                  let data24 = data21.canary;
                  if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
                    let err79 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/canary", schemaPath: "#/$defs/analysis/properties/checks/items/properties/canary/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.canary.type }, message: "must be number,null" };
                    vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                  }
                }
                if (data21.stable !== void 0) {
                  let data25 = data21.stable;
                  if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
                    let err80 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/stable", schemaPath: "#/$defs/analysis/properties/checks/items/properties/stable/type", keyword: "type", params: { type: schema56.properties.checks.items.properties.stable.type }, message: "must be number,null" };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                }
                if (data21.interval !== void 0) {
                  let data26 = data21.interval, _errs76 = errors, valid17 = !1, passing3 = null, _errs77 = errors;
                  if (data26 !== null) {
                    let err81 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                  }
                  var _valid3 = _errs77 === errors;
                  _valid3 && (valid17 = !0, passing3 = 0);
                  let _errs79 = errors;
                  if (Array.isArray(data26)) {
                    if (data26.length > 2) {
                      let err82 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                      vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                    }
                    if (data26.length < 2) {
                      let err83 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                    }
                    let len1 = data26.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data27 = data26[i1];
                      if (!(typeof data27 == "number" && isFinite(data27))) {
                        let err84 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval/" + i1, schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                      }
                    }
                  } else {
                    let err85 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                  }
                  var _valid3 = _errs79 === errors;
                  if (_valid3 && valid17 ? (valid17 = !1, passing3 = [passing3, 1]) : _valid3 && (valid17 = !0, passing3 = 1), valid17)
                    errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
                  else {
                    let err86 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/interval", schemaPath: "#/$defs/analysis/properties/checks/items/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                    vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                  }
                }
                if (data21.threshold !== void 0) {
                  let data28 = data21.threshold;
                  if (!(typeof data28 == "number" && isFinite(data28))) {
                    let err87 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/threshold", schemaPath: "#/$defs/analysis/properties/checks/items/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                  }
                }
                if (data21.verdict !== void 0) {
                  let data29 = data21.verdict;
                  if (!(data29 === "pass" || data29 === "fail" || data29 === "inconclusive")) {
                    let err88 = { instancePath: instancePath + "/analysis/checks/" + i0 + "/verdict", schemaPath: "#/$defs/analysis/properties/checks/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema56.properties.checks.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                  }
                }
              } else {
                let err89 = { instancePath: instancePath + "/analysis/checks/" + i0, schemaPath: "#/$defs/analysis/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
          } else {
            let err90 = { instancePath: instancePath + "/analysis/checks", schemaPath: "#/$defs/analysis/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
          }
        }
        if (data19.requests !== void 0) {
          let data30 = data19.requests;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.canary === void 0) {
              let err91 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property 'canary'" };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
            if (data30.stable === void 0) {
              let err92 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/required", keyword: "required", params: { missingProperty: "stable" }, message: "must have required property 'stable'" };
              vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
            }
            for (let key4 in data30)
              if (!(key4 === "canary" || key4 === "stable")) {
                let err93 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
              }
            if (data30.canary !== void 0) {
              let data31 = data30.canary;
              if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
                let err94 = { instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
              }
              if (typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31))) {
                let err95 = { instancePath: instancePath + "/analysis/requests/canary", schemaPath: "#/$defs/analysis/properties/requests/properties/canary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
              }
            }
            if (data30.stable !== void 0) {
              let data32 = data30.stable;
              if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                let err96 = { instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
              if (typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32))) {
                let err97 = { instancePath: instancePath + "/analysis/requests/stable", schemaPath: "#/$defs/analysis/properties/requests/properties/stable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
            }
          } else {
            let err98 = { instancePath: instancePath + "/analysis/requests", schemaPath: "#/$defs/analysis/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
          }
        }
        if (data19.window_s !== void 0) {
          let data33 = data19.window_s;
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 < 0 || isNaN(data33)) {
              let err99 = { instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
            }
          } else {
            let err100 = { instancePath: instancePath + "/analysis/window_s", schemaPath: "#/$defs/analysis/properties/window_s/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
          }
        }
      } else {
        let err101 = { instancePath: instancePath + "/analysis", schemaPath: "#/$defs/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
      }
    }
  } else {
    let err102 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
  }
  return validate31.errors = vErrors, errors === 0;
}
validate31.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.first_id === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first_id" }, message: "must have required property 'first_id'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.last_id === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_id" }, message: "must have required property 'last_id'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.history === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "schema_version" || key0 === "first_id" || key0 === "last_id" || key0 === "history")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.schema_version !== void 0 && data.schema_version !== 1) {
      let err5 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.first_id !== void 0) {
      let data1 = data.first_id;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        let err6 = { instancePath: instancePath + "/first_id", schemaPath: "#/properties/first_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (typeof data1 == "number" && isFinite(data1) && (data1 < 1 || isNaN(data1))) {
        let err7 = { instancePath: instancePath + "/first_id", schemaPath: "#/properties/first_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.last_id !== void 0) {
      let data2 = data.last_id;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        let err8 = { instancePath: instancePath + "/last_id", schemaPath: "#/properties/last_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (typeof data2 == "number" && isFinite(data2) && (data2 < 1 || isNaN(data2))) {
        let err9 = { instancePath: instancePath + "/last_id", schemaPath: "#/properties/last_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.history !== void 0) {
      let data3 = data.history;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          let err10 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        let len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++)
          validate31(data3[i0], { instancePath: instancePath + "/history/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors), errors = vErrors.length);
      } else {
        let err11 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
  } else {
    let err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  return validate30.errors = vErrors, errors === 0;
}
validate30.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
