import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import {
  __commonJS
} from "./chunk-SE6IUDCK.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
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
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/core/json.ts
var MAX_JSON_BYTES = 64 * 1024 * 1024, MAX_JSON_DEPTH = 64;
function lineColumn(text, offset) {
  let line = 1, last = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    text.charCodeAt(i) === 10 && (line++, last = i);
  return { line, column: offset - last };
}
function tooDeep(v, limit, depth = 0) {
  if (v === null || typeof v != "object") return null;
  if (depth >= limit) return "";
  if (Array.isArray(v))
    for (let i = 0; i < v.length; i++) {
      let p = tooDeep(v[i], limit, depth + 1);
      if (p !== null) return `/${i}${p}`;
    }
  else
    for (let k in v) {
      let p = tooDeep(v[k], limit, depth + 1);
      if (p !== null) return `/${k}${p}`;
    }
  return null;
}
function syntaxErrorOffset(text) {
  let i = 0, fail = () => {
    throw i;
  }, ws = () => {
    for (; i < text.length && (text[i] === " " || text[i] === `
` || text[i] === "\r" || text[i] === "	"); ) i++;
  }, str = () => {
    for (i++; i < text.length && text[i] !== '"'; )
      text.charCodeAt(i) < 32 && fail(), text[i] === "\\" && (i++, text[i] === "u" ? (/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)) || fail(), i += 4) : '"\\/bfnrt'.includes(text[i] ?? "x") || fail()), i++;
    i >= text.length && fail(), i++;
  }, value = () => {
    ws();
    let c = text[i];
    if (c === "{") {
      if (i++, ws(), text[i] === "}") return void i++;
      for (; ; )
        if (ws(), text[i] !== '"' && fail(), str(), ws(), text[i] !== ":" && fail(), i++, value(), ws(), text[i] === ",") i++;
        else {
          if (text[i] === "}") return void i++;
          fail();
        }
    } else if (c === "[") {
      if (i++, ws(), text[i] === "]") return void i++;
      for (; ; )
        if (value(), ws(), text[i] === ",") i++;
        else {
          if (text[i] === "]") return void i++;
          fail();
        }
    } else if (c === '"') str();
    else {
      let m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      m || fail(), i += m[0].length;
    }
  };
  try {
    value(), ws(), i < text.length && fail();
  } catch (at) {
    if (typeof at == "number") return Math.min(at, text.length);
    throw at;
  }
  return text.length;
}
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function parseJsonText(text, file, maxBytes = MAX_JSON_BYTES) {
  if (text.length > maxBytes)
    throw new MregError("INVALID_JSON", `${file}: ${text.length} bytes is larger than the ${maxBytes}-byte limit for this file`, {
      problems: [{ file, pointer: "", message: `larger than ${maxBytes} bytes` }]
    });
  text = withoutBom(text);
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    let raw = err instanceof Error ? err.message : String(err), { line, column } = lineColumn(text, syntaxErrorOffset(text)), message = `invalid JSON: ${raw.split(/, "|\.\.\."| in JSON| is not valid/)[0].replace(/\s*\(line \d+ column \d+\)$/, "")}`;
    throw new MregError("INVALID_JSON", `${file}:${line}:${column}: ${message}`, { problems: [{ file, pointer: "", message, line, column }] });
  }
  let deep = tooDeep(value, MAX_JSON_DEPTH);
  if (deep !== null) {
    let message = `nested deeper than ${MAX_JSON_DEPTH} levels`;
    throw new MregError("INVALID_JSON", `${file}#${deep.slice(0, 80)}${deep.length > 80 ? "..." : ""}: ${message}`, {
      problems: [{ file, pointer: deep, message }]
    });
  }
  let dup = keyTokens(text) !== keyCount(value) ? duplicateKey(text) : null;
  if (dup) {
    let { line, column } = lineColumn(text, dup.offset), message = `duplicate key ${JSON.stringify(dup.key)} (JSON keeps only the last one; remove one of them)`;
    throw new MregError("INVALID_JSON", `${file}:${line}:${column}: ${dup.pointer}: ${message}`, {
      problems: [{ file, pointer: dup.pointer, message, line, column }]
    });
  }
  return value;
}
function keyTokens(text) {
  let strings = /"[^"\\]*(?:\\.[^"\\]*)*"/g, n = 0;
  for (; strings.exec(text) !== null; ) {
    let j = strings.lastIndex, c = text.charCodeAt(j);
    for (; c === 32 || c === 10 || c === 13 || c === 9; ) c = text.charCodeAt(++j);
    c === 58 && n++;
  }
  return n;
}
function keyCount(v) {
  if (v === null || typeof v != "object") return 0;
  let n = 0;
  if (Array.isArray(v)) for (let x of v) n += keyCount(x);
  else
    for (let k in v)
      n++, n += keyCount(v[k]);
  return n;
}
function duplicateKey(text) {
  let stack = [], i = 0, n = text.length, readString = () => {
    let start = ++i, escaped = !1;
    for (; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c === 92)
        escaped = !0, i++;
      else if (c === 34) break;
    }
    let raw = text.slice(start, i++);
    return escaped ? JSON.parse(`"${raw}"`) : raw;
  }, childPath = (f) => f.path + pointer(f.keys ? f.pendingKey : f.index);
  for (; i < n; ) {
    let c = text.charCodeAt(i), top = stack[stack.length - 1];
    if (c === 34) {
      let at = i, str = readString(), j = i;
      for (; j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9); ) j++;
      if (top?.keys && text.charCodeAt(j) === 58) {
        if (top.keys.has(str)) return { key: str, pointer: top.path + pointer(str), offset: at };
        top.keys.add(str), top.pendingKey = str;
      }
    } else if (c === 123 || c === 91) {
      let parent = top, path = parent ? childPath(parent) : "";
      stack.push({ keys: c === 123 ? /* @__PURE__ */ new Set() : null, path, index: 0, pendingKey: null }), i++;
    } else c === 125 || c === 93 ? (stack.pop(), i++) : (c === 44 && top && !top.keys && top.index++, i++);
  }
  return null;
}
function formatJson(value) {
  return JSON.stringify(value, null, 2) + `
`;
}
function formatRegistryJson(registry) {
  let envs = Object.entries(registry.environments).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`), rest = Object.entries(registry).filter(([k, v]) => k !== "schema_version" && k !== "environments" && k !== "history" && !(k === "archive" && v === void 0)).map(([k, v]) => k === "archive" && Array.isArray(v) ? `  "archive": ${lineList(v)},
` : `  ${JSON.stringify(k)}: ${JSON.stringify(v)},
`).join("");
  return `{
  "schema_version": ${JSON.stringify(registry.schema_version)},
${rest}  "environments": {${envs.length ? `
${envs.join(`,
`)}
  ` : ""}},
  "history": ${lineList(registry.history)}
}
`;
}
function lineList(items) {
  return `[${items.length ? `
${items.map((e) => `    ${JSON.stringify(e)}`).join(`,
`)}
  ` : ""}]`;
}
function formatHistorySegment(segment) {
  return `{
  "schema_version": ${JSON.stringify(segment.schema_version)},
  "first_id": ${segment.first_id},
  "last_id": ${segment.last_id},
  "history": ${lineList(segment.history)}
}
`;
}
function pointer(...segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export {
  withoutBom,
  parseJsonText,
  formatJson,
  formatRegistryJson,
  formatHistorySegment,
  pointer,
  require_ucs2length,
  require_fast_deep_equal,
  require_equal
};
