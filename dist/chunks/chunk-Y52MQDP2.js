import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-SE6IUDCK.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3, m = s * 60, h2 = m * 60, d = h2 * 24, w = d * 7, y2 = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0)
        return parse(val);
      if (type === "number" && isFinite(val))
        return options.long ? fmtLong(val) : fmtShort(val);
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      if (str = String(str), !(str.length > 100)) {
        var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
          str
        );
        if (match) {
          var n = parseFloat(match[1]), type = (match[2] || "ms").toLowerCase();
          switch (type) {
            case "years":
            case "year":
            case "yrs":
            case "yr":
            case "y":
              return n * y2;
            case "weeks":
            case "week":
            case "w":
              return n * w;
            case "days":
            case "day":
            case "d":
              return n * d;
            case "hours":
            case "hour":
            case "hrs":
            case "hr":
            case "h":
              return n * h2;
            case "minutes":
            case "minute":
            case "mins":
            case "min":
            case "m":
              return n * m;
            case "seconds":
            case "second":
            case "secs":
            case "sec":
            case "s":
              return n * s;
            case "milliseconds":
            case "millisecond":
            case "msecs":
            case "msec":
            case "ms":
              return n;
            default:
              return;
          }
        }
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? Math.round(ms / d) + "d" : msAbs >= h2 ? Math.round(ms / h2) + "h" : msAbs >= m ? Math.round(ms / m) + "m" : msAbs >= s ? Math.round(ms / s) + "s" : ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? plural(ms, msAbs, d, "day") : msAbs >= h2 ? plural(ms, msAbs, h2, "hour") : msAbs >= m ? plural(ms, msAbs, m, "minute") : msAbs >= s ? plural(ms, msAbs, s, "second") : ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug, createDebug.default = createDebug, createDebug.coerce = coerce, createDebug.disable = disable, createDebug.enable = enable, createDebug.enabled = enabled, createDebug.humanize = require_ms(), createDebug.destroy = destroy, Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      }), createDebug.names = [], createDebug.skips = [], createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i2 = 0; i2 < namespace.length; i2++)
          hash = (hash << 5) - hash + namespace.charCodeAt(i2), hash |= 0;
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime, enableOverride = null, namespacesCache, enabledCache;
        function debug2(...args) {
          if (!debug2.enabled)
            return;
          let self = debug2, curr = Number(/* @__PURE__ */ new Date()), ms = curr - (prevTime || curr);
          self.diff = ms, self.prev = prevTime, self.curr = curr, prevTime = curr, args[0] = createDebug.coerce(args[0]), typeof args[0] != "string" && args.unshift("%O");
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%")
              return "%";
            index++;
            let formatter = createDebug.formatters[format];
            if (typeof formatter == "function") {
              let val = args[index];
              match = formatter.call(self, val), args.splice(index, 1), index--;
            }
            return match;
          }), createDebug.formatArgs.call(self, args), (self.log || createDebug.log).apply(self, args);
        }
        return debug2.namespace = namespace, debug2.useColors = createDebug.useColors(), debug2.color = createDebug.selectColor(namespace), debug2.extend = extend, debug2.destroy = createDebug.destroy, Object.defineProperty(debug2, "enabled", {
          enumerable: !0,
          configurable: !1,
          get: () => enableOverride !== null ? enableOverride : (namespacesCache !== createDebug.namespaces && (namespacesCache = createDebug.namespaces, enabledCache = createDebug.enabled(namespace)), enabledCache),
          set: (v) => {
            enableOverride = v;
          }
        }), typeof createDebug.init == "function" && createDebug.init(debug2), debug2;
      }
      function extend(namespace, delimiter) {
        let newDebug = createDebug(this.namespace + (typeof delimiter > "u" ? ":" : delimiter) + namespace);
        return newDebug.log = this.log, newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces), createDebug.namespaces = namespaces, createDebug.names = [], createDebug.skips = [];
        let split = (typeof namespaces == "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (let ns of split)
          ns[0] === "-" ? createDebug.skips.push(ns.slice(1)) : createDebug.names.push(ns);
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0, templateIndex = 0, starIndex = -1, matchIndex = 0;
        for (; searchIndex < search.length; )
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*"))
            template[templateIndex] === "*" ? (starIndex = templateIndex, matchIndex = searchIndex, templateIndex++) : (searchIndex++, templateIndex++);
          else if (starIndex !== -1)
            templateIndex = starIndex + 1, matchIndex++, searchIndex = matchIndex;
          else
            return !1;
        for (; templateIndex < template.length && template[templateIndex] === "*"; )
          templateIndex++;
        return templateIndex === template.length;
      }
      function disable() {
        let namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        return createDebug.enable(""), namespaces;
      }
      function enabled(name) {
        for (let skip of createDebug.skips)
          if (matchesTemplate(name, skip))
            return !1;
        for (let ns of createDebug.names)
          if (matchesTemplate(name, ns))
            return !0;
        return !1;
      }
      function coerce(val) {
        return val instanceof Error ? val.stack || val.message : val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      return createDebug.enable(createDebug.load()), createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = !1;
      return () => {
        warned || (warned = !0, console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."));
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window < "u" && window.process && (window.process.type === "renderer" || window.process.__nwjs))
        return !0;
      if (typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))
        return !1;
      let m;
      return typeof document < "u" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window < "u" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator < "u" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      if (args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff), !this.useColors)
        return;
      let c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0, lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        match !== "%%" && (index++, match === "%c" && (lastC = index));
      }), args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        namespaces ? exports.storage.setItem("debug", namespaces) : exports.storage.removeItem("debug");
      } catch {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch {
      }
      return !r2 && typeof process < "u" && "env" in process && (r2 = process.env.DEBUG), r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv) => {
      argv = argv || process.argv;
      let prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--", pos = argv.indexOf(prefix + flag), terminatorPos = argv.indexOf("--");
      return pos !== -1 && (terminatorPos === -1 ? !0 : pos < terminatorPos);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os = __require("os"), hasFlag = require_has_flag(), env = process.env, forceColor;
    hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") ? forceColor = !1 : (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) && (forceColor = !0);
    "FORCE_COLOR" in env && (forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0);
    function translateLevel(level) {
      return level === 0 ? !1 : {
        level,
        hasBasic: !0,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === !1)
        return 0;
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor"))
        return 3;
      if (hasFlag("color=256"))
        return 2;
      if (stream && !stream.isTTY && forceColor !== !0)
        return 0;
      let min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        let osRelease = os.release().split(".");
        return Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586 ? Number(osRelease[2]) >= 14931 ? 3 : 2 : 1;
      }
      if ("CI" in env)
        return ["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some((sign) => sign in env) || env.CI_NAME === "codeship" ? 1 : min;
      if ("TEAMCITY_VERSION" in env)
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      if (env.COLORTERM === "truecolor")
        return 3;
      if ("TERM_PROGRAM" in env) {
        let version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      return /-256(color)?$/i.test(env.TERM) ? 2 : /^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM) || "COLORTERM" in env ? 1 : (env.TERM === "dumb", min);
    }
    function getSupportLevel(stream) {
      let level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty"), util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      let supportsColor = require_supports_color();
      supportsColor && (supportsColor.stderr || supportsColor).level >= 2 && (exports.colors = [
        20,
        21,
        26,
        27,
        32,
        33,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        56,
        57,
        62,
        63,
        68,
        69,
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        81,
        92,
        93,
        98,
        99,
        112,
        113,
        128,
        129,
        134,
        135,
        148,
        149,
        160,
        161,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        171,
        172,
        173,
        178,
        179,
        184,
        185,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        203,
        204,
        205,
        206,
        207,
        208,
        209,
        214,
        215,
        220,
        221
      ]);
    } catch {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => /^debug_/i.test(key)).reduce((obj, key) => {
      let prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_2, k2) => k2.toUpperCase()), val = process.env[key];
      return /^(yes|on|true|enabled)$/i.test(val) ? val = !0 : /^(no|off|false|disabled)$/i.test(val) ? val = !1 : val === "null" ? val = null : val = Number(val), obj[prop] = val, obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? !!exports.inspectOpts.colors : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      let { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        let c3 = this.color, colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3), prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split(`
`).join(`
` + prefix), args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else
        args[0] = getDate() + name + " " + args[0];
    }
    function getDate() {
      return exports.inspectOpts.hideDate ? "" : (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + `
`);
    }
    function save(namespaces) {
      namespaces ? process.env.DEBUG = namespaces : delete process.env.DEBUG;
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug2) {
      debug2.inspectOpts = {};
      let keys = Object.keys(exports.inspectOpts);
      for (let i2 = 0; i2 < keys.length; i2++)
        debug2.inspectOpts[keys[i2]] = exports.inspectOpts[keys[i2]];
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v, this.inspectOpts).split(`
`).map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    typeof process > "u" || process.type === "renderer" || process.browser === !0 || process.__nwjs ? module.exports = require_browser() : module.exports = require_node();
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var fs_1 = __require("fs"), debug_1 = __importDefault(require_src()), log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log("checking %s", path);
      try {
        let stat = fs_1.statSync(path);
        return stat.isFile() && isFile ? (log("[OK] path represents a file"), !0) : stat.isDirectory() && isDirectory ? (log("[OK] path represents a directory"), !0) : (log("[FAIL] path represents something other than a file or directory"), !1);
      } catch (e) {
        if (e.code === "ENOENT")
          return log("[FAIL] path is not accessible: %o", e), !1;
        throw log("[FATAL] %o", e), e;
      }
    }
    function exists2(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists2;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export2(m) {
      for (var p2 in m) exports.hasOwnProperty(p2) || (exports[p2] = m[p2]);
    }
    Object.defineProperty(exports, "__esModule", { value: !0 });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createDeferred = exports.deferred = void 0;
    function deferred2() {
      let done, fail, status = "pending";
      return {
        promise: new Promise((_done, _fail) => {
          done = _done, fail = _fail;
        }),
        done(result) {
          status === "pending" && (status = "resolved", done(result));
        },
        fail(error) {
          status === "pending" && (status = "rejected", fail(error));
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred2;
    exports.createDeferred = deferred2;
    exports.default = deferred2;
  }
});

// node_modules/simple-git/dist/esm/index.js
var import_file_exists = __toESM(require_dist(), 1);

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  let e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/esm/index.js
var import_debug = __toESM(require_src(), 1);
import { spawn } from "child_process";
var import_promise_deferred = __toESM(require_dist2(), 1);
import { normalize } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* U(e, t2) {
  let n = t2 === "global";
  for (let o2 of e)
    o2.isGlobal === n && (yield o2);
}
var k = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]), S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]), P = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]), E = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function F(e, t2) {
  for (let { name: o2 } of U(e, "task")) {
    if (k.has(o2))
      return p(!0, t2);
    if (S.has(o2))
      return p(!1, t2);
  }
  let n = t2.at(0)?.toLowerCase();
  return n === void 0 ? null : P.has(n) ? p(!0, t2.slice(1)) : E.has(n) ? p(!1, t2.slice(1)) : t2.length === 1 ? p(!1, t2) : p(!0, t2);
}
function p(e = !1, t2 = []) {
  let n = t2.at(0)?.toLowerCase();
  return n === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: n,
    value: t2.at(1)
  };
}
function A(e, t2) {
  return t2.isWrite && t2.value !== void 0 ? { key: t2.key, value: t2.value, scope: e } : { key: t2.key, scope: e };
}
function M(e) {
  let t2 = e?.indexOf("=") || -1;
  return !e || t2 < 0 ? null : {
    key: e.slice(0, t2).trim().toLowerCase(),
    value: e.slice(t2 + 1)
  };
}
function N(e) {
  for (let { name: t2 } of U(e, "task"))
    switch (t2) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function G({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* O(e) {
  for (let t2 of e) {
    let n = G(t2), o2 = n && M(t2.value);
    o2 && (yield {
      ...o2,
      scope: n
    });
  }
}
function L(e, t2, n) {
  let o2 = {
    read: [],
    write: [...O(t2)]
  };
  return e === "config" && $(
    o2,
    N(t2),
    F(t2, n)
  ), o2;
}
function $(e, t2, n) {
  if (n === null)
    return;
  let o2 = A(t2, n);
  n.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var x = {
  short: /* @__PURE__ */ new Map([
    ["c", !0]
    //  -c <k=v>    set config key for this invocation
  ])
}, D = {
  short: new Map([
    ["C", !0],
    //  -C <path>   change working directory
    ["P", !1],
    // -P          no pager (alias for --no-pager)
    ["h", !1],
    // -h          help
    ["p", !1],
    // -p          paginate
    ["v", !1],
    // -v          version
    ...x.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
}, R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", !0],
      // -b <branch>
      ["j", !0],
      // -j <n>          parallel jobs
      ["l", !1],
      // -l local
      ["n", !1],
      // -n no-checkout
      ["o", !0],
      // -o <name>       remote name
      ["q", !1],
      // -q quiet
      ["s", !1],
      // -s shared
      ["u", !0]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", !0],
      // -C <commit>  reuse message
      ["F", !0],
      // -F <file>    read message from file
      ["c", !0],
      // -c <commit>  reedit message
      ["m", !0],
      // -m <msg>
      ["t", !0]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", !1],
      // -e  open editor
      ["f", !0],
      //  -f <file>
      ["l", !1]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  }
}, T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function I(e) {
  let t2 = R[e ?? ""] ?? T;
  return {
    short: new Map([...x.short.entries(), ...t2.short.entries()]),
    long: t2.long
  };
}
function b(e, t2 = D) {
  if (e.startsWith("--")) {
    let n = e.indexOf("=");
    if (n > 2)
      return [{ name: e.slice(0, n), value: e.slice(n + 1), needsNext: !1 }];
    let o2 = e.slice(2);
    return [{ name: e, needsNext: t2.long.has(o2) }];
  }
  if (e.length === 2) {
    let n = e.charAt(1), o2 = t2.short.get(n);
    return [{ name: e, needsNext: o2 === !0 }];
  }
  return W(e, t2.short);
}
function W(e, t2) {
  let n = e.slice(1).split(""), o2 = [];
  for (let s = 0; s < n.length; s++) {
    let r2 = n[s], l = t2.get(r2);
    if (l === void 0)
      return [{ name: e, needsNext: !1 }];
    if (l) {
      let a = n.slice(s + 1).join("");
      if (a && ![...a].every((w) => t2.has(w)))
        return o2.push({ name: `-${r2}`, value: a, needsNext: !1 }), o2;
    }
    o2.push({ name: `-${r2}`, needsNext: l });
  }
  return o2;
}
function j(e, t2 = []) {
  let n = 0;
  for (; n < e.length; ) {
    let o2 = String(e[n]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    let s = b(o2), r2 = n + 1;
    for (let l of s) {
      let a = {
        name: l.name,
        value: l.value,
        absorbedNext: !1,
        isGlobal: !0
      };
      l.needsNext && a.value === void 0 && r2 < e.length && (a.value = String(e[r2]), a.absorbedNext = !0, r2++), t2.push(a);
    }
    n = r2;
  }
  return { flags: t2, taskIndex: n };
}
function B(e, t2, n = []) {
  let o2 = I(t2), s = [], r2 = [], l = 0;
  for (; l < e.length; ) {
    let a = e[l];
    if (r(a)) {
      r2.push(...o(a)), l++;
      continue;
    }
    let f = String(a);
    if (f === "--") {
      for (let g = l + 1; g < e.length; g++) {
        let u = e[g];
        r(u) ? r2.push(...o(u)) : r2.push(String(u));
      }
      break;
    }
    if (!f.startsWith("-") || f.length < 2) {
      s.push(f), l++;
      continue;
    }
    let w = b(f, o2), d = l + 1;
    for (let g of w) {
      let u = {
        name: g.name,
        value: g.value,
        absorbedNext: !1,
        isGlobal: !1
      };
      g.needsNext && u.value === void 0 && d < e.length && !r(e[d]) && (u.value = String(e[d]), u.absorbedNext = !0, d++), n.push(u);
    }
    l = d;
  }
  return { flags: n, positionals: s, pathspecs: r2 };
}
function* V({
  write: e
}) {
  for (let t2 of e)
    for (let n of q) {
      let o2 = n(t2.key);
      o2 && (yield o2);
    }
}
function c2(e, t2, n = String(e)) {
  let o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(r2) {
    if (o2.test(r2))
      return {
        category: t2,
        message: `Configuring ${n} is not permitted without enabling ${t2}`
      };
  };
}
function i(e, t2) {
  let n = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return c2(n, t2, e);
}
var q = [
  c2("alias", "allowUnsafeAlias"),
  c2("core.askPass", "allowUnsafeAskPass"),
  c2("core.editor", "allowUnsafeEditor"),
  c2("core.fsmonitor", "allowUnsafeFsMonitor"),
  c2("core.gitProxy", "allowUnsafeGitProxy"),
  c2("core.hooksPath", "allowUnsafeHooksPath"),
  c2("core.pager", "allowUnsafePager"),
  c2("core.sshCommand", "allowUnsafeSshCommand"),
  i("credential.helper", "allowUnsafeCredentialHelper"),
  i("diff.command", "allowUnsafeDiffExternal"),
  c2("diff.external", "allowUnsafeDiffExternal"),
  i("diff.textconv", "allowUnsafeDiffTextConv"),
  i("filter.clean", "allowUnsafeFilter"),
  i("filter.smudge", "allowUnsafeFilter"),
  i("gpg.program", "allowUnsafeGpgProgram"),
  c2("init.templateDir", "allowUnsafeTemplateDir"),
  i("merge.driver", "allowUnsafeMergeDriver"),
  i("mergetool.path", "allowUnsafeMergeDriver"),
  i("mergetool.cmd", "allowUnsafeMergeDriver"),
  i("protocol.allow", "allowUnsafeProtocolOverride"),
  i("remote.receivepack", "allowUnsafePack"),
  i("remote.uploadpack", "allowUnsafePack"),
  c2("sequence.editor", "allowUnsafeEditor")
];
function* K(e, t2) {
  for (let n of t2)
    for (let o2 of H) {
      let s = o2(e, n.name);
      s && (yield s);
    }
}
function h(e, t2, n, o2 = String(t2)) {
  let s = typeof t2 == "string" ? new RegExp(`\\s*${t2.toLowerCase()}`) : t2, r2 = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${n}`;
  return function(a, f) {
    if ((!e || a === e) && s.test(f))
      return {
        category: n,
        message: r2
      };
  };
}
var H = [
  h(
    null,
    /--(upload|receive)-pack/,
    "allowUnsafePack",
    "--upload-pack or --receive-pack"
  ),
  h("clone", /^-\w*u/, "allowUnsafePack"),
  h("clone", "--u", "allowUnsafePack"),
  h("push", "--exec", "allowUnsafePack"),
  h(null, "--template", "allowUnsafeTemplateDir")
];
function C(e, t2, n) {
  return [...K(e, t2), ...V(n)];
}
function Y(...e) {
  let { flags: t2, taskIndex: n } = j(e), o2 = n < e.length ? String(e[n]).toLowerCase() : null, s = o2 !== null ? e.slice(n + 1) : [], { positionals: r2, pathspecs: l } = B(s, o2, t2), a = L(o2, t2, r2);
  return {
    task: o2,
    flags: t2.map(J),
    paths: l,
    config: a,
    vulnerabilities: z(C(o2, t2, a))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: t2 }) {
  return e !== void 0 ? { name: t2, value: e } : { name: t2 };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeConfigPaths",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass"
};
function* Q(e) {
  let t2 = parseInt(e.git_config_count ?? "0", 10);
  for (let n = 0; n < t2; n++) {
    let o2 = e[`git_config_key_${n}`], s = e[`git_config_value_${n}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: s, scope: "env" });
  }
}
function* X(e) {
  for (let t2 of Object.keys(e))
    if (_(t2)) {
      let n = y[t2];
      yield {
        category: n,
        message: `Use of "${t2.toUpperCase()}" is not permitted without enabling ${n}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function Z(e) {
  let t2 = {};
  for (let [n, o2] of Object.entries(e)) {
    let s = n.toLowerCase().trim();
    (_(s) || s.startsWith("git")) && (t2[s] = String(o2));
  }
  return t2;
}
function ee(e) {
  let t2 = Z(e), n = {
    read: [],
    write: [...Q(t2)]
  }, o2 = [
    ...X(t2),
    ...C(null, [], n)
  ];
  return {
    config: n,
    vulnerabilities: o2
  };
}
function ne(e, t2) {
  return [...Y(...e).vulnerabilities, ...ee(t2).vulnerabilities];
}

// node_modules/simple-git/dist/esm/index.js
var import_promise_deferred2 = __toESM(require_dist2(), 1);
import { EventEmitter } from "node:events";
var __defProp = Object.defineProperty, __getOwnPropDesc = Object.getOwnPropertyDescriptor, __getOwnPropNames = Object.getOwnPropertyNames, __hasOwnProp = Object.prototype.hasOwnProperty, __esm = (fn, res) => function() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
}, __commonJS2 = (cb, mod) => function() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
}, __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
}, __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod), GitError, init_git_error = __esm({
  "src/lib/errors/git-error.ts"() {
    "use strict";
    GitError = class extends Error {
      constructor(task, message) {
        super(message), this.task = task, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
  }
}), GitResponseError, init_git_response_error = __esm({
  "src/lib/errors/git-response-error.ts"() {
    "use strict";
    init_git_error(), GitResponseError = class extends GitError {
      constructor(git, message) {
        super(void 0, message || String(git)), this.git = git;
      }
    };
  }
}), TaskConfigurationError, init_task_configuration_error = __esm({
  "src/lib/errors/task-configuration-error.ts"() {
    "use strict";
    init_git_error(), TaskConfigurationError = class extends GitError {
      constructor(message) {
        super(void 0, message);
      }
    };
  }
});
function asFunction(source) {
  return typeof source != "function" ? NOOP : source;
}
function isUserFunction(source) {
  return typeof source == "function" && source !== NOOP;
}
function splitOn(input, char) {
  let index = input.indexOf(char);
  return index <= 0 ? [input, ""] : [input.substr(0, index), input.substr(index + 1)];
}
function first(input, offset = 0) {
  return isArrayLike(input) && input.length > offset ? input[offset] : void 0;
}
function last(input, offset = 0) {
  if (isArrayLike(input) && input.length > offset)
    return input[input.length - 1 - offset];
}
function isArrayLike(input) {
  return filterHasLength(input);
}
function toLinesWithContent(input = "", trimmed2 = !0, separator = `
`) {
  return input.split(separator).reduce((output, line) => {
    let lineContent = trimmed2 ? line.trim() : line;
    return lineContent && output.push(lineContent), output;
  }, []);
}
function forEachLineWithContent(input, callback) {
  return toLinesWithContent(input, !0).map((line) => callback(line));
}
function folderExists(path) {
  return (0, import_file_exists.exists)(path, import_file_exists.FOLDER);
}
function append(target, item) {
  return Array.isArray(target) ? target.includes(item) || target.push(item) : target.add(item), item;
}
function including(target, item) {
  return Array.isArray(target) && !target.includes(item) && target.push(item), target;
}
function remove(target, item) {
  if (Array.isArray(target)) {
    let index = target.indexOf(item);
    index >= 0 && target.splice(index, 1);
  } else
    target.delete(item);
  return item;
}
function asArray(source) {
  return Array.isArray(source) ? source : [source];
}
function asCamelCase(str) {
  return str.replace(/[\s-]+(.)/g, (_all, chr) => chr.toUpperCase());
}
function asStringArray(source) {
  return asArray(source).map((item) => item instanceof String ? item : String(item));
}
function asNumber(source, onNaN = 0) {
  if (source == null)
    return onNaN;
  let num = parseInt(source, 10);
  return Number.isNaN(num) ? onNaN : num;
}
function prefixedArray(input, prefix) {
  let output = [];
  for (let i2 = 0, max = input.length; i2 < max; i2++)
    output.push(prefix, input[i2]);
  return output;
}
function bufferToString(input) {
  return (Array.isArray(input) ? Buffer.concat(input) : input).toString("utf-8");
}
function pick(source, properties) {
  let out = {};
  return properties.forEach((key) => {
    source[key] !== void 0 && (out[key] = source[key]);
  }), out;
}
function delay(duration = 0) {
  return new Promise((done) => setTimeout(done, duration));
}
function orVoid(input) {
  if (input !== !1)
    return input;
}
var NULL, NOOP, objectToString, init_util = __esm({
  "src/lib/utils/util.ts"() {
    "use strict";
    init_argument_filters(), NULL = "\0", NOOP = () => {
    }, objectToString = Object.prototype.toString.call.bind(Object.prototype.toString);
  }
});
function filterType(input, filter, def) {
  return filter(input) ? input : arguments.length > 2 ? def : void 0;
}
function filterPrimitives(input, omit) {
  let type = r(input) ? "string" : typeof input;
  return /number|string|boolean/.test(type) && (!omit || !omit.includes(type));
}
function filterPlainObject(input) {
  return !!input && objectToString(input) === "[object Object]";
}
function filterFunction(input) {
  return typeof input == "function";
}
var filterArray, filterNumber, filterString, filterStringOrStringArray, filterHasLength, init_argument_filters = __esm({
  "src/lib/utils/argument-filters.ts"() {
    "use strict";
    init_util(), filterArray = (input) => Array.isArray(input), filterNumber = (input) => typeof input == "number", filterString = (input) => typeof input == "string" || r(input), filterStringOrStringArray = (input) => filterString(input) || Array.isArray(input) && input.every(filterString), filterHasLength = (input) => input == null || "number|boolean|function".includes(typeof input) ? !1 : typeof input.length == "number";
  }
}), ExitCodes, init_exit_codes = __esm({
  "src/lib/utils/exit-codes.ts"() {
    "use strict";
    ExitCodes = /* @__PURE__ */ ((ExitCodes2) => (ExitCodes2[ExitCodes2.SUCCESS = 0] = "SUCCESS", ExitCodes2[ExitCodes2.ERROR = 1] = "ERROR", ExitCodes2[ExitCodes2.NOT_FOUND = -2] = "NOT_FOUND", ExitCodes2[ExitCodes2.UNCLEAN = 128] = "UNCLEAN", ExitCodes2))(ExitCodes || {});
  }
}), GitOutputStreams, init_git_output_streams = __esm({
  "src/lib/utils/git-output-streams.ts"() {
    "use strict";
    GitOutputStreams = class _GitOutputStreams {
      constructor(stdOut, stdErr) {
        this.stdOut = stdOut, this.stdErr = stdErr;
      }
      asStrings() {
        return new _GitOutputStreams(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
      }
    };
  }
});
function useMatchesDefault() {
  throw new Error("LineParser:useMatches not implemented");
}
var LineParser, RemoteLineParser, init_line_parser = __esm({
  "src/lib/utils/line-parser.ts"() {
    "use strict";
    LineParser = class {
      constructor(regExp, useMatches) {
        this.matches = [], this.useMatches = useMatchesDefault, this.parse = (line, target) => (this.resetMatches(), this._regExp.every((reg, index) => this.addMatch(reg, index, line(index))) ? this.useMatches(target, this.prepareMatches()) !== !1 : !1), this._regExp = Array.isArray(regExp) ? regExp : [regExp], useMatches && (this.useMatches = useMatches);
      }
      resetMatches() {
        this.matches.length = 0;
      }
      prepareMatches() {
        return this.matches;
      }
      addMatch(reg, index, line) {
        let matched = line && reg.exec(line);
        return matched && this.pushMatch(index, matched), !!matched;
      }
      pushMatch(_index, matched) {
        this.matches.push(...matched.slice(1));
      }
    }, RemoteLineParser = class extends LineParser {
      addMatch(reg, index, line) {
        return /^remote:\s/.test(String(line)) && super.addMatch(reg, index, line);
      }
      pushMatch(index, matched) {
        (index > 0 || matched.length > 1) && super.pushMatch(index, matched);
      }
    };
  }
});
function createInstanceConfig(...options) {
  let baseDir = process.cwd(), config = Object.assign(
    { baseDir, ...defaultOptions },
    ...options.filter((o2) => typeof o2 == "object" && o2)
  );
  return config.baseDir = config.baseDir || baseDir, config.trimmed = config.trimmed === !0, config;
}
var defaultOptions, init_simple_git_options = __esm({
  "src/lib/utils/simple-git-options.ts"() {
    "use strict";
    defaultOptions = {
      binary: "git",
      maxConcurrentProcesses: 5,
      config: [],
      trimmed: !1
    };
  }
});
function appendTaskOptions(options, commands = []) {
  return filterPlainObject(options) ? Object.keys(options).reduce((commands2, key) => {
    let value = options[key];
    if (r(value))
      commands2.push(value);
    else if (filterPrimitives(value, ["boolean"]))
      commands2.push(key + "=" + value);
    else if (Array.isArray(value))
      for (let v of value)
        filterPrimitives(v, ["string", "number"]) || commands2.push(key + "=" + v);
    else
      commands2.push(key);
    return commands2;
  }, commands) : commands;
}
function getTrailingOptions(args, initialPrimitive = 0, objectOnly = !1) {
  let command = [];
  for (let i2 = 0, max = initialPrimitive < 0 ? args.length : initialPrimitive; i2 < max; i2++)
    "string|number".includes(typeof args[i2]) && command.push(String(args[i2]));
  return appendTaskOptions(trailingOptionsArgument(args), command), objectOnly || command.push(...trailingArrayArgument(args)), command;
}
function trailingArrayArgument(args) {
  let hasTrailingCallback = typeof last(args) == "function";
  return asStringArray(filterType(last(args, hasTrailingCallback ? 1 : 0), filterArray, []));
}
function trailingOptionsArgument(args) {
  let hasTrailingCallback = filterFunction(last(args));
  return filterType(last(args, hasTrailingCallback ? 1 : 0), filterPlainObject);
}
function trailingFunctionArgument(args, includeNoop = !0) {
  let callback = asFunction(last(args));
  return includeNoop || isUserFunction(callback) ? callback : void 0;
}
var init_task_options = __esm({
  "src/lib/utils/task-options.ts"() {
    "use strict";
    init_argument_filters(), init_util();
  }
});
function callTaskParser(parser4, streams) {
  return parser4(streams.stdOut, streams.stdErr);
}
function parseStringResponse(result, parsers12, texts, trim = !0) {
  return asArray(texts).forEach((text) => {
    for (let lines = toLinesWithContent(text, trim), i2 = 0, max = lines.length; i2 < max; i2++) {
      let line = (offset = 0) => {
        if (!(i2 + offset >= max))
          return lines[i2 + offset];
      };
      parsers12.some(({ parse }) => parse(line, result));
    }
  }), result;
}
var init_task_parser = __esm({
  "src/lib/utils/task-parser.ts"() {
    "use strict";
    init_util();
  }
}), utils_exports = {};
__export(utils_exports, {
  ExitCodes: () => ExitCodes,
  GitOutputStreams: () => GitOutputStreams,
  LineParser: () => LineParser,
  NOOP: () => NOOP,
  NULL: () => NULL,
  RemoteLineParser: () => RemoteLineParser,
  append: () => append,
  appendTaskOptions: () => appendTaskOptions,
  asArray: () => asArray,
  asCamelCase: () => asCamelCase,
  asFunction: () => asFunction,
  asNumber: () => asNumber,
  asStringArray: () => asStringArray,
  bufferToString: () => bufferToString,
  callTaskParser: () => callTaskParser,
  createInstanceConfig: () => createInstanceConfig,
  delay: () => delay,
  filterArray: () => filterArray,
  filterFunction: () => filterFunction,
  filterHasLength: () => filterHasLength,
  filterNumber: () => filterNumber,
  filterPlainObject: () => filterPlainObject,
  filterPrimitives: () => filterPrimitives,
  filterString: () => filterString,
  filterStringOrStringArray: () => filterStringOrStringArray,
  filterType: () => filterType,
  first: () => first,
  folderExists: () => folderExists,
  forEachLineWithContent: () => forEachLineWithContent,
  getTrailingOptions: () => getTrailingOptions,
  including: () => including,
  isUserFunction: () => isUserFunction,
  last: () => last,
  objectToString: () => objectToString,
  orVoid: () => orVoid,
  parseStringResponse: () => parseStringResponse,
  pick: () => pick,
  prefixedArray: () => prefixedArray,
  remove: () => remove,
  splitOn: () => splitOn,
  toLinesWithContent: () => toLinesWithContent,
  trailingFunctionArgument: () => trailingFunctionArgument,
  trailingOptionsArgument: () => trailingOptionsArgument
});
var init_utils = __esm({
  "src/lib/utils/index.ts"() {
    "use strict";
    init_argument_filters(), init_exit_codes(), init_git_output_streams(), init_line_parser(), init_simple_git_options(), init_task_options(), init_task_parser(), init_util();
  }
}), check_is_repo_exports = {};
__export(check_is_repo_exports, {
  CheckRepoActions: () => CheckRepoActions,
  checkIsBareRepoTask: () => checkIsBareRepoTask,
  checkIsRepoRootTask: () => checkIsRepoRootTask,
  checkIsRepoTask: () => checkIsRepoTask
});
function checkIsRepoTask(action) {
  switch (action) {
    case "bare":
      return checkIsBareRepoTask();
    case "root":
      return checkIsRepoRootTask();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError,
    parser
  };
}
function checkIsRepoRootTask() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError,
    parser(path) {
      return /^\.(git)?$/.test(path.trim());
    }
  };
}
function checkIsBareRepoTask() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError,
    parser
  };
}
function isNotRepoMessage(error) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(error));
}
var CheckRepoActions, onError, parser, init_check_is_repo = __esm({
  "src/lib/tasks/check-is-repo.ts"() {
    "use strict";
    init_utils(), CheckRepoActions = /* @__PURE__ */ ((CheckRepoActions2) => (CheckRepoActions2.BARE = "bare", CheckRepoActions2.IN_TREE = "tree", CheckRepoActions2.IS_REPO_ROOT = "root", CheckRepoActions2))(CheckRepoActions || {}), onError = ({ exitCode }, error, done, fail) => {
      if (exitCode === 128 && isNotRepoMessage(error))
        return done(Buffer.from("false"));
      fail(error);
    }, parser = (text) => text.trim() === "true";
  }
});
function cleanSummaryParser(dryRun, text) {
  let summary = new CleanResponse(dryRun), regexp = dryRun ? dryRunRemovalRegexp : removalRegexp;
  return toLinesWithContent(text).forEach((line) => {
    let removed = line.replace(regexp, "");
    summary.paths.push(removed), (isFolderRegexp.test(removed) ? summary.folders : summary.files).push(removed);
  }), summary;
}
var CleanResponse, removalRegexp, dryRunRemovalRegexp, isFolderRegexp, init_CleanSummary = __esm({
  "src/lib/responses/CleanSummary.ts"() {
    "use strict";
    init_utils(), CleanResponse = class {
      constructor(dryRun) {
        this.dryRun = dryRun, this.paths = [], this.files = [], this.folders = [];
      }
    }, removalRegexp = /^[a-z]+\s*/i, dryRunRemovalRegexp = /^[a-z]+\s+[a-z]+\s*/i, isFolderRegexp = /\/$/;
  }
}), task_exports = {};
__export(task_exports, {
  EMPTY_COMMANDS: () => EMPTY_COMMANDS,
  adhocExecTask: () => adhocExecTask,
  configurationErrorTask: () => configurationErrorTask,
  isBufferTask: () => isBufferTask,
  isEmptyTask: () => isEmptyTask,
  straightThroughBufferTask: () => straightThroughBufferTask,
  straightThroughStringTask: () => straightThroughStringTask
});
function adhocExecTask(parser4) {
  return {
    commands: EMPTY_COMMANDS,
    format: "empty",
    parser: parser4
  };
}
function configurationErrorTask(error) {
  return {
    commands: EMPTY_COMMANDS,
    format: "empty",
    parser() {
      throw typeof error == "string" ? new TaskConfigurationError(error) : error;
    }
  };
}
function straightThroughStringTask(commands, trimmed2 = !1) {
  return {
    commands,
    format: "utf-8",
    parser(text) {
      return trimmed2 ? String(text).trim() : text;
    }
  };
}
function straightThroughBufferTask(commands) {
  return {
    commands,
    format: "buffer",
    parser(buffer) {
      return buffer;
    }
  };
}
function isBufferTask(task) {
  return task.format === "buffer";
}
function isEmptyTask(task) {
  return task.format === "empty" || !task.commands.length;
}
var EMPTY_COMMANDS, init_task = __esm({
  "src/lib/tasks/task.ts"() {
    "use strict";
    init_task_configuration_error(), EMPTY_COMMANDS = [];
  }
}), clean_exports = {};
__export(clean_exports, {
  CONFIG_ERROR_INTERACTIVE_MODE: () => CONFIG_ERROR_INTERACTIVE_MODE,
  CONFIG_ERROR_MODE_REQUIRED: () => CONFIG_ERROR_MODE_REQUIRED,
  CONFIG_ERROR_UNKNOWN_OPTION: () => CONFIG_ERROR_UNKNOWN_OPTION,
  CleanOptions: () => CleanOptions,
  cleanTask: () => cleanTask,
  cleanWithOptionsTask: () => cleanWithOptionsTask,
  isCleanOptionsArray: () => isCleanOptionsArray
});
function cleanWithOptionsTask(mode, customArgs) {
  let { cleanMode, options, valid } = getCleanOptions(mode);
  return cleanMode ? valid.options ? (options.push(...customArgs), options.some(isInteractiveMode) ? configurationErrorTask(CONFIG_ERROR_INTERACTIVE_MODE) : cleanTask(cleanMode, options)) : configurationErrorTask(CONFIG_ERROR_UNKNOWN_OPTION + JSON.stringify(mode)) : configurationErrorTask(CONFIG_ERROR_MODE_REQUIRED);
}
function cleanTask(mode, customArgs) {
  return {
    commands: ["clean", `-${mode}`, ...customArgs],
    format: "utf-8",
    parser(text) {
      return cleanSummaryParser(mode === "n", text);
    }
  };
}
function isCleanOptionsArray(input) {
  return Array.isArray(input) && input.every((test) => CleanOptionValues.has(test));
}
function getCleanOptions(input) {
  let cleanMode, options = [], valid = { cleanMode: !1, options: !0 };
  return input.replace(/[^a-z]i/g, "").split("").forEach((char) => {
    isCleanMode(char) ? (cleanMode = char, valid.cleanMode = !0) : valid.options = valid.options && isKnownOption(options[options.length] = `-${char}`);
  }), {
    cleanMode,
    options,
    valid
  };
}
function isCleanMode(cleanMode) {
  return cleanMode === "f" || cleanMode === "n";
}
function isKnownOption(option) {
  return /^-[a-z]$/i.test(option) && CleanOptionValues.has(option.charAt(1));
}
function isInteractiveMode(option) {
  return /^-[^\-]/.test(option) ? option.indexOf("i") > 0 : option === "--interactive";
}
var CONFIG_ERROR_INTERACTIVE_MODE, CONFIG_ERROR_MODE_REQUIRED, CONFIG_ERROR_UNKNOWN_OPTION, CleanOptions, CleanOptionValues, init_clean = __esm({
  "src/lib/tasks/clean.ts"() {
    "use strict";
    init_CleanSummary(), init_utils(), init_task(), CONFIG_ERROR_INTERACTIVE_MODE = "Git clean interactive mode is not supported", CONFIG_ERROR_MODE_REQUIRED = 'Git clean mode parameter ("n" or "f") is required', CONFIG_ERROR_UNKNOWN_OPTION = "Git clean unknown option found in: ", CleanOptions = /* @__PURE__ */ ((CleanOptions2) => (CleanOptions2.DRY_RUN = "n", CleanOptions2.FORCE = "f", CleanOptions2.IGNORED_INCLUDED = "x", CleanOptions2.IGNORED_ONLY = "X", CleanOptions2.EXCLUDING = "e", CleanOptions2.QUIET = "q", CleanOptions2.RECURSIVE = "d", CleanOptions2))(CleanOptions || {}), CleanOptionValues = /* @__PURE__ */ new Set([
      "i",
      ...asStringArray(Object.values(CleanOptions))
    ]);
  }
});
function configListParser(text) {
  let config = new ConfigList();
  for (let item of configParser(text))
    config.addValue(item.file, String(item.key), item.value);
  return config;
}
function configGetParser(text, key) {
  let value = null, values = [], scopes = /* @__PURE__ */ new Map();
  for (let item of configParser(text, key))
    item.key === key && (values.push(value = item.value), scopes.has(item.file) || scopes.set(item.file, []), scopes.get(item.file).push(value));
  return {
    key,
    paths: Array.from(scopes.keys()),
    scopes,
    value,
    values
  };
}
function configFilePath(filePath) {
  return filePath.replace(/^(file):/, "");
}
function* configParser(text, requestedKey = null) {
  let lines = text.split("\0");
  for (let i2 = 0, max = lines.length - 1; i2 < max; ) {
    let file = configFilePath(lines[i2++]), value = lines[i2++], key = requestedKey;
    if (value.includes(`
`)) {
      let line = splitOn(value, `
`);
      key = line[0], value = line[1];
    }
    yield { file, key, value };
  }
}
var ConfigList, init_ConfigList = __esm({
  "src/lib/responses/ConfigList.ts"() {
    "use strict";
    init_utils(), ConfigList = class {
      constructor() {
        this.files = [], this.values = /* @__PURE__ */ Object.create(null);
      }
      get all() {
        return this._all || (this._all = this.files.reduce((all, file) => Object.assign(all, this.values[file]), {})), this._all;
      }
      addFile(file) {
        if (!(file in this.values)) {
          let latest = last(this.files);
          this.values[file] = latest ? Object.create(this.values[latest]) : {}, this.files.push(file);
        }
        return this.values[file];
      }
      addValue(file, key, value) {
        let values = this.addFile(file);
        Object.hasOwn(values, key) ? Array.isArray(values[key]) ? values[key].push(value) : values[key] = [values[key], value] : values[key] = value, this._all = void 0;
      }
    };
  }
});
function asConfigScope(scope, fallback) {
  return typeof scope == "string" && Object.hasOwn(GitConfigScope, scope) ? scope : fallback;
}
function addConfigTask(key, value, append2, scope) {
  let commands = ["config", `--${scope}`];
  return append2 && commands.push("--add"), commands.push(key, value), {
    commands,
    format: "utf-8",
    parser(text) {
      return text;
    }
  };
}
function getConfigTask(key, scope) {
  let commands = ["config", "--null", "--show-origin", "--get-all", key];
  return scope && commands.splice(1, 0, `--${scope}`), {
    commands,
    format: "utf-8",
    parser(text) {
      return configGetParser(text, key);
    }
  };
}
function listConfigTask(scope) {
  let commands = ["config", "--list", "--show-origin", "--null"];
  return scope && commands.push(`--${scope}`), {
    commands,
    format: "utf-8",
    parser(text) {
      return configListParser(text);
    }
  };
}
function config_default() {
  return {
    addConfig(key, value, ...rest) {
      return this._runTask(
        addConfigTask(
          key,
          value,
          rest[0] === !0,
          asConfigScope(
            rest[1],
            "local"
            /* local */
          )
        ),
        trailingFunctionArgument(arguments)
      );
    },
    getConfig(key, scope) {
      return this._runTask(
        getConfigTask(key, asConfigScope(scope, void 0)),
        trailingFunctionArgument(arguments)
      );
    },
    listConfig(...rest) {
      return this._runTask(
        listConfigTask(asConfigScope(rest[0], void 0)),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
var GitConfigScope, init_config = __esm({
  "src/lib/tasks/config.ts"() {
    "use strict";
    init_ConfigList(), init_utils(), GitConfigScope = /* @__PURE__ */ ((GitConfigScope2) => (GitConfigScope2.system = "system", GitConfigScope2.global = "global", GitConfigScope2.local = "local", GitConfigScope2.worktree = "worktree", GitConfigScope2))(GitConfigScope || {});
  }
});
function isDiffNameStatus(input) {
  return diffNameStatus.has(input);
}
var DiffNameStatus, diffNameStatus, init_diff_name_status = __esm({
  "src/lib/tasks/diff-name-status.ts"() {
    "use strict";
    DiffNameStatus = /* @__PURE__ */ ((DiffNameStatus2) => (DiffNameStatus2.ADDED = "A", DiffNameStatus2.COPIED = "C", DiffNameStatus2.DELETED = "D", DiffNameStatus2.MODIFIED = "M", DiffNameStatus2.RENAMED = "R", DiffNameStatus2.CHANGED = "T", DiffNameStatus2.UNMERGED = "U", DiffNameStatus2.UNKNOWN = "X", DiffNameStatus2.BROKEN = "B", DiffNameStatus2))(DiffNameStatus || {}), diffNameStatus = new Set(Object.values(DiffNameStatus));
  }
});
function grepQueryBuilder(...params) {
  return new GrepQuery().param(...params);
}
function parseGrep(grep) {
  let paths = /* @__PURE__ */ new Set(), results = {};
  return forEachLineWithContent(grep, (input) => {
    let [path, line, preview] = input.split(NULL);
    paths.add(path), (results[path] = results[path] || []).push({
      line: asNumber(line),
      path,
      preview
    });
  }), {
    paths,
    results
  };
}
function grep_default() {
  return {
    grep(searchTerm) {
      let then = trailingFunctionArgument(arguments), options = getTrailingOptions(arguments);
      for (let option of disallowedOptions)
        if (options.includes(option))
          return this._runTask(
            configurationErrorTask(`git.grep: use of "${option}" is not supported.`),
            then
          );
      typeof searchTerm == "string" && (searchTerm = grepQueryBuilder().param(searchTerm));
      let commands = ["grep", "--null", "-n", "--full-name", ...options, ...searchTerm];
      return this._runTask(
        {
          commands,
          format: "utf-8",
          parser(stdOut) {
            return parseGrep(stdOut);
          }
        },
        then
      );
    }
  };
}
var disallowedOptions, Query, _a, GrepQuery, init_grep = __esm({
  "src/lib/tasks/grep.ts"() {
    "use strict";
    init_utils(), init_task(), disallowedOptions = ["-h"], Query = Symbol("grepQuery"), GrepQuery = class {
      constructor() {
        this[_a] = [];
      }
      *[(_a = Query, Symbol.iterator)]() {
        for (let query of this[Query])
          yield query;
      }
      and(...and) {
        return and.length && this[Query].push("--and", "(", ...prefixedArray(and, "-e"), ")"), this;
      }
      param(...param) {
        return this[Query].push(...prefixedArray(param, "-e")), this;
      }
    };
  }
}), reset_exports = {};
__export(reset_exports, {
  ResetMode: () => ResetMode,
  getResetMode: () => getResetMode,
  resetTask: () => resetTask
});
function resetTask(mode, customArgs) {
  let commands = ["reset"];
  return isValidResetMode(mode) && commands.push(`--${mode}`), commands.push(...customArgs), straightThroughStringTask(commands);
}
function getResetMode(mode) {
  if (isValidResetMode(mode))
    return mode;
  switch (typeof mode) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function isValidResetMode(mode) {
  return typeof mode == "string" && validResetModes.includes(mode);
}
var ResetMode, validResetModes, init_reset = __esm({
  "src/lib/tasks/reset.ts"() {
    "use strict";
    init_utils(), init_task(), ResetMode = /* @__PURE__ */ ((ResetMode2) => (ResetMode2.MIXED = "mixed", ResetMode2.SOFT = "soft", ResetMode2.HARD = "hard", ResetMode2.MERGE = "merge", ResetMode2.KEEP = "keep", ResetMode2))(ResetMode || {}), validResetModes = asStringArray(Object.values(ResetMode));
  }
});
function createLog() {
  return (0, import_debug.default)("simple-git");
}
function prefixedLogger(to, prefix, forward) {
  return !prefix || !String(prefix).replace(/\s*/, "") ? forward ? (message, ...args) => {
    to(message, ...args), forward(message, ...args);
  } : to : (message, ...args) => {
    to(`%s ${message}`, prefix, ...args), forward && forward(message, ...args);
  };
}
function childLoggerName(name, childDebugger, { namespace: parentNamespace }) {
  if (typeof name == "string")
    return name;
  let childNamespace = childDebugger && childDebugger.namespace || "";
  return childNamespace.startsWith(parentNamespace) ? childNamespace.substr(parentNamespace.length + 1) : childNamespace || parentNamespace;
}
function createLogger(label, verbose, initialStep, infoDebugger = createLog()) {
  let labelPrefix = label && `[${label}]` || "", spawned = [], debugDebugger = typeof verbose == "string" ? infoDebugger.extend(verbose) : verbose, key = childLoggerName(filterType(verbose, filterString), debugDebugger, infoDebugger);
  return step(initialStep);
  function sibling(name, initial) {
    return append(
      spawned,
      createLogger(label, key.replace(/^[^:]+/, name), initial, infoDebugger)
    );
  }
  function step(phase) {
    let stepPrefix = phase && `[${phase}]` || "", debug2 = debugDebugger && prefixedLogger(debugDebugger, stepPrefix) || NOOP, info = prefixedLogger(infoDebugger, `${labelPrefix} ${stepPrefix}`, debug2);
    return Object.assign(debugDebugger ? debug2 : info, {
      label,
      sibling,
      info,
      step
    });
  }
}
var init_git_logger = __esm({
  "src/lib/git-logger.ts"() {
    "use strict";
    init_utils(), import_debug.default.formatters.L = (value) => String(filterHasLength(value) ? value.length : "-"), import_debug.default.formatters.B = (value) => Buffer.isBuffer(value) ? value.toString("utf8") : objectToString(value);
  }
}), TasksPendingQueue, init_tasks_pending_queue = __esm({
  "src/lib/runners/tasks-pending-queue.ts"() {
    "use strict";
    init_git_error(), init_git_logger(), TasksPendingQueue = class _TasksPendingQueue {
      constructor(logLabel = "GitExecutor") {
        this.logLabel = logLabel, this._queue = /* @__PURE__ */ new Map();
      }
      withProgress(task) {
        return this._queue.get(task);
      }
      createProgress(task) {
        let name = _TasksPendingQueue.getName(task.commands[0]), logger = createLogger(this.logLabel, name);
        return {
          task,
          logger,
          name
        };
      }
      push(task) {
        let progress = this.createProgress(task);
        return progress.logger("Adding task to the queue, commands = %o", task.commands), this._queue.set(task, progress), progress;
      }
      fatal(err) {
        for (let [task, { logger }] of Array.from(this._queue.entries()))
          task === err.task ? (logger.info("Failed %o", err), logger(
            "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
          )) : logger.info(
            "A fatal exception occurred in a previous task, the queue has been purged: %o",
            err.message
          ), this.complete(task);
        if (this._queue.size !== 0)
          throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
      }
      complete(task) {
        this.withProgress(task) && this._queue.delete(task);
      }
      attempt(task) {
        let progress = this.withProgress(task);
        if (!progress)
          throw new GitError(void 0, "TasksPendingQueue: attempt called for an unknown task");
        return progress.logger("Starting task"), progress;
      }
      static getName(name = "empty") {
        return `task:${name}:${++_TasksPendingQueue.counter}`;
      }
      static {
        this.counter = 0;
      }
    };
  }
});
function pluginContext(task, commands) {
  return {
    method: first(task.commands) || "",
    commands
  };
}
function onErrorReceived(target, logger) {
  return (err) => {
    logger("[ERROR] child process exception %o", err), target.push(Buffer.from(String(err.stack), "ascii"));
  };
}
function onDataReceived(target, name, logger, output) {
  return (buffer) => {
    logger("%s received %L bytes", name, buffer), output("%B", buffer), target.push(buffer);
  };
}
var GitExecutorChain, init_git_executor_chain = __esm({
  "src/lib/runners/git-executor-chain.ts"() {
    "use strict";
    init_git_error(), init_task(), init_utils(), init_tasks_pending_queue(), GitExecutorChain = class {
      constructor(_executor, _scheduler, _plugins) {
        this._executor = _executor, this._scheduler = _scheduler, this._plugins = _plugins, this._chain = Promise.resolve(), this._queue = new TasksPendingQueue();
      }
      get cwd() {
        return this._cwd || this._executor.cwd;
      }
      set cwd(cwd) {
        this._cwd = cwd;
      }
      get env() {
        return this._executor.env;
      }
      get outputHandler() {
        return this._executor.outputHandler;
      }
      chain() {
        return this;
      }
      push(task) {
        return this._queue.push(task), this._chain = this._chain.then(() => this.attemptTask(task));
      }
      async attemptTask(task) {
        let onScheduleComplete = await this._scheduler.next(), onQueueComplete = () => this._queue.complete(task);
        try {
          let { logger } = this._queue.attempt(task);
          return await (isEmptyTask(task) ? this.attemptEmptyTask(task, logger) : this.attemptRemoteTask(task, logger));
        } catch (e) {
          throw this.onFatalException(task, e);
        } finally {
          onQueueComplete(), onScheduleComplete();
        }
      }
      onFatalException(task, e) {
        let gitError = e instanceof GitError ? Object.assign(e, { task }) : new GitError(task, e && String(e));
        return this._chain = Promise.resolve(), this._queue.fatal(gitError), gitError;
      }
      async attemptRemoteTask(task, logger) {
        let binary = this._plugins.exec("spawn.binary", "", pluginContext(task, task.commands)), args = this._plugins.exec("spawn.args", [...task.commands], {
          ...pluginContext(task, task.commands),
          env: { ...this.env }
        }), raw = await this.gitResponse(
          task,
          binary,
          args,
          this.outputHandler,
          logger.step("SPAWN")
        ), outputStreams = await this.handleTaskData(task, args, raw, logger.step("HANDLE"));
        return logger("passing response to task's parser as a %s", task.format), isBufferTask(task) ? callTaskParser(task.parser, outputStreams) : callTaskParser(task.parser, outputStreams.asStrings());
      }
      async attemptEmptyTask(task, logger) {
        return logger("empty task bypassing child process to call to task's parser"), task.parser(this);
      }
      handleTaskData(task, args, result, logger) {
        let { exitCode, rejection, stdOut, stdErr } = result;
        return new Promise((done, fail) => {
          logger("Preparing to handle process response exitCode=%d stdOut=", exitCode);
          let { error } = this._plugins.exec(
            "task.error",
            { error: rejection },
            {
              ...pluginContext(task, args),
              ...result
            }
          );
          if (error && task.onError)
            return logger.info("exitCode=%s handling with custom error handler"), task.onError(
              result,
              error,
              (newStdOut) => {
                logger.info("custom error handler treated as success"), logger("custom error returned a %s", objectToString(newStdOut)), done(
                  new GitOutputStreams(
                    Array.isArray(newStdOut) ? Buffer.concat(newStdOut) : newStdOut,
                    Buffer.concat(stdErr)
                  )
                );
              },
              fail
            );
          if (error)
            return logger.info(
              "handling as error: exitCode=%s stdErr=%s rejection=%o",
              exitCode,
              stdErr.length,
              rejection
            ), fail(error);
          logger.info("retrieving task output complete"), done(new GitOutputStreams(Buffer.concat(stdOut), Buffer.concat(stdErr)));
        });
      }
      async gitResponse(task, command, args, outputHandler, logger) {
        let outputLogger = logger.sibling("output"), spawnOptions = this._plugins.exec(
          "spawn.options",
          {
            cwd: this.cwd,
            env: this.env,
            windowsHide: !0
          },
          pluginContext(task, task.commands)
        );
        return new Promise((done) => {
          let stdOut = [], stdErr = [];
          logger.info("%s %o", command, args), logger("%O", spawnOptions);
          let rejection = this._beforeSpawn(task, args);
          if (rejection)
            return done({
              stdOut,
              stdErr,
              exitCode: 9901,
              rejection
            });
          this._plugins.exec("spawn.before", void 0, {
            ...pluginContext(task, args),
            kill(reason) {
              rejection = reason || rejection;
            }
          });
          let spawned = spawn(command, args, spawnOptions);
          spawned.stdout.on(
            "data",
            onDataReceived(stdOut, "stdOut", logger, outputLogger.step("stdOut"))
          ), spawned.stderr.on(
            "data",
            onDataReceived(stdErr, "stdErr", logger, outputLogger.step("stdErr"))
          ), spawned.on("error", onErrorReceived(stdErr, logger)), outputHandler && (logger("Passing child process stdOut/stdErr to custom outputHandler"), outputHandler(command, spawned.stdout, spawned.stderr, [...args])), this._plugins.exec("spawn.after", void 0, {
            ...pluginContext(task, args),
            spawned,
            close(exitCode, reason) {
              done({
                stdOut,
                stdErr,
                exitCode,
                rejection: rejection || reason
              });
            },
            kill(reason) {
              spawned.killed || (rejection = reason, spawned.kill("SIGINT"));
            }
          });
        });
      }
      _beforeSpawn(task, args) {
        let rejection;
        return this._plugins.exec("spawn.before", void 0, {
          ...pluginContext(task, args),
          kill(reason) {
            rejection = reason || rejection;
          }
        }), rejection;
      }
    };
  }
}), git_executor_exports = {};
__export(git_executor_exports, {
  GitExecutor: () => GitExecutor
});
var GitExecutor, init_git_executor = __esm({
  "src/lib/runners/git-executor.ts"() {
    "use strict";
    init_git_executor_chain(), GitExecutor = class {
      constructor(cwd, _scheduler, _plugins) {
        this.cwd = cwd, this._scheduler = _scheduler, this._plugins = _plugins, this._chain = new GitExecutorChain(this, this._scheduler, this._plugins);
      }
      chain() {
        return new GitExecutorChain(this, this._scheduler, this._plugins);
      }
      push(task) {
        return this._chain.push(task);
      }
    };
  }
});
function taskCallback(task, response, callback = NOOP) {
  let onSuccess = (data) => {
    callback(null, data);
  }, onError2 = (err) => {
    err?.task === task && callback(
      err instanceof GitResponseError ? addDeprecationNoticeToError(err) : err,
      void 0
    );
  };
  response.then(onSuccess, onError2);
}
function addDeprecationNoticeToError(err) {
  let log = (name) => {
    console.warn(
      `simple-git deprecation notice: accessing GitResponseError.${name} should be GitResponseError.git.${name}, this will no longer be available in version 3`
    ), log = NOOP;
  };
  return Object.create(err, Object.getOwnPropertyNames(err.git).reduce(descriptorReducer, {}));
  function descriptorReducer(all, name) {
    return name in err || (all[name] = {
      enumerable: !1,
      configurable: !1,
      get() {
        return log(name), err.git[name];
      }
    }), all;
  }
}
var init_task_callback = __esm({
  "src/lib/task-callback.ts"() {
    "use strict";
    init_git_response_error(), init_utils();
  }
});
function changeWorkingDirectoryTask(directory, root) {
  return adhocExecTask((instance) => {
    if (!folderExists(directory))
      throw new Error(`Git.cwd: cannot change to non-directory "${directory}"`);
    return (root || instance).cwd = directory;
  });
}
var init_change_working_directory = __esm({
  "src/lib/tasks/change-working-directory.ts"() {
    "use strict";
    init_utils(), init_task();
  }
});
function checkoutTask(args) {
  let commands = ["checkout", ...args];
  return commands[1] === "-b" && commands.includes("-B") && (commands[1] = remove(commands, "-B")), straightThroughStringTask(commands);
}
function checkout_default() {
  return {
    checkout() {
      return this._runTask(
        checkoutTask(getTrailingOptions(arguments, 1)),
        trailingFunctionArgument(arguments)
      );
    },
    checkoutBranch(branchName, startPoint) {
      return this._runTask(
        checkoutTask(["-b", branchName, startPoint, ...getTrailingOptions(arguments)]),
        trailingFunctionArgument(arguments)
      );
    },
    checkoutLocalBranch(branchName) {
      return this._runTask(
        checkoutTask(["-b", branchName, ...getTrailingOptions(arguments)]),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
var init_checkout = __esm({
  "src/lib/tasks/checkout.ts"() {
    "use strict";
    init_utils(), init_task();
  }
});
function countObjectsResponse() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
function count_objects_default() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(stdOut) {
          return parseStringResponse(countObjectsResponse(), [parser2], stdOut);
        }
      });
    }
  };
}
var parser2, init_count_objects = __esm({
  "src/lib/tasks/count-objects.ts"() {
    "use strict";
    init_utils(), parser2 = new LineParser(
      /([a-z-]+): (\d+)$/,
      (result, [key, value]) => {
        let property = asCamelCase(key);
        Object.hasOwn(result, property) && (result[property] = asNumber(value));
      }
    );
  }
});
function parseCommitResult(stdOut) {
  return parseStringResponse({
    author: null,
    branch: "",
    commit: "",
    root: !1,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, parsers, stdOut);
}
var parsers, init_parse_commit = __esm({
  "src/lib/parsers/parse-commit.ts"() {
    "use strict";
    init_utils(), parsers = [
      new LineParser(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (result, [branch, root, commit]) => {
        result.branch = branch, result.commit = commit, result.root = !!root;
      }),
      new LineParser(/\s*Author:\s(.+)/i, (result, [author]) => {
        let parts = author.split("<"), email = parts.pop();
        !email || !email.includes("@") || (result.author = {
          email: email.substr(0, email.length - 1),
          name: parts.join("<").trim()
        });
      }),
      new LineParser(
        /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
        (result, [changes, insertions, deletions]) => {
          result.summary.changes = parseInt(changes, 10) || 0, result.summary.insertions = parseInt(insertions, 10) || 0, result.summary.deletions = parseInt(deletions, 10) || 0;
        }
      ),
      new LineParser(
        /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
        (result, [changes, lines, direction]) => {
          result.summary.changes = parseInt(changes, 10) || 0;
          let count = parseInt(lines, 10) || 0;
          direction === "-" ? result.summary.deletions = count : direction === "+" && (result.summary.insertions = count);
        }
      )
    ];
  }
});
function commitTask(message, files, customArgs) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...prefixedArray(message, "-m"),
      ...files,
      ...customArgs
    ],
    format: "utf-8",
    parser: parseCommitResult
  };
}
function commit_default() {
  return {
    commit(message, ...rest) {
      let next = trailingFunctionArgument(arguments), task = rejectDeprecatedSignatures(message) || commitTask(
        asArray(message),
        asArray(filterType(rest[0], filterStringOrStringArray, [])),
        [
          ...asStringArray(filterType(rest[1], filterArray, [])),
          ...getTrailingOptions(arguments, 0, !0)
        ]
      );
      return this._runTask(task, next);
    }
  };
  function rejectDeprecatedSignatures(message) {
    return !filterStringOrStringArray(message) && configurationErrorTask(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
var init_commit = __esm({
  "src/lib/tasks/commit.ts"() {
    "use strict";
    init_parse_commit(), init_utils(), init_task();
  }
});
function first_commit_default() {
  return {
    firstCommit() {
      return this._runTask(
        straightThroughStringTask(["rev-list", "--max-parents=0", "HEAD"], !0),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
var init_first_commit = __esm({
  "src/lib/tasks/first-commit.ts"() {
    "use strict";
    init_utils(), init_task();
  }
});
function hashObjectTask(filePath, write) {
  let commands = ["hash-object", filePath];
  return write && commands.push("-w"), straightThroughStringTask(commands, !0);
}
var init_hash_object = __esm({
  "src/lib/tasks/hash-object.ts"() {
    "use strict";
    init_task();
  }
});
function parseInit(bare, path, text) {
  let response = String(text).trim(), result;
  if (result = initResponseRegex.exec(response))
    return new InitSummary(bare, path, !1, result[1]);
  if (result = reInitResponseRegex.exec(response))
    return new InitSummary(bare, path, !0, result[1]);
  let gitDir = "", tokens = response.split(" ");
  for (; tokens.length; )
    if (tokens.shift() === "in") {
      gitDir = tokens.join(" ");
      break;
    }
  return new InitSummary(bare, path, /^re/i.test(response), gitDir);
}
var InitSummary, initResponseRegex, reInitResponseRegex, init_InitSummary = __esm({
  "src/lib/responses/InitSummary.ts"() {
    "use strict";
    InitSummary = class {
      constructor(bare, path, existing, gitDir) {
        this.bare = bare, this.path = path, this.existing = existing, this.gitDir = gitDir;
      }
    }, initResponseRegex = /^Init.+ repository in (.+)$/, reInitResponseRegex = /^Rein.+ in (.+)$/;
  }
});
function hasBareCommand(command) {
  return command.includes(bareCommand);
}
function initTask(bare = !1, path, customArgs) {
  let commands = ["init", ...customArgs];
  return bare && !hasBareCommand(commands) && commands.splice(1, 0, bareCommand), {
    commands,
    format: "utf-8",
    parser(text) {
      return parseInit(commands.includes("--bare"), path, text);
    }
  };
}
var bareCommand, init_init = __esm({
  "src/lib/tasks/init.ts"() {
    "use strict";
    init_InitSummary(), bareCommand = "--bare";
  }
});
function logFormatFromCommand(customArgs) {
  for (let i2 = 0; i2 < customArgs.length; i2++) {
    let format = logFormatRegex.exec(customArgs[i2]);
    if (format)
      return `--${format[1]}`;
  }
  return "";
}
function isLogFormat(customArg) {
  return logFormatRegex.test(customArg);
}
var logFormatRegex, init_log_format = __esm({
  "src/lib/args/log-format.ts"() {
    "use strict";
    logFormatRegex = /^--(stat|numstat|name-only|name-status)(=|$)/;
  }
}), DiffSummary, init_DiffSummary = __esm({
  "src/lib/responses/DiffSummary.ts"() {
    "use strict";
    DiffSummary = class {
      constructor() {
        this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
      }
    };
  }
});
function getDiffParser(format = "") {
  let parser4 = diffSummaryParsers[format];
  return (stdOut) => parseStringResponse(new DiffSummary(), parser4, stdOut, !1);
}
var statParser, numStatParser, nameOnlyParser, nameStatusParser, diffSummaryParsers, init_parse_diff_summary = __esm({
  "src/lib/parsers/parse-diff-summary.ts"() {
    "use strict";
    init_log_format(), init_DiffSummary(), init_diff_name_status(), init_utils(), statParser = [
      new LineParser(
        /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
        (result, [file, changes, alterations = ""]) => {
          result.files.push({
            file: file.trim(),
            changes: asNumber(changes),
            insertions: alterations.replace(/[^+]/g, "").length,
            deletions: alterations.replace(/[^-]/g, "").length,
            binary: !1
          });
        }
      ),
      new LineParser(
        /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
        (result, [file, before, after]) => {
          result.files.push({
            file: file.trim(),
            before: asNumber(before),
            after: asNumber(after),
            binary: !0
          });
        }
      ),
      new LineParser(
        /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
        (result, [changed, summary]) => {
          let inserted = /(\d+) i/.exec(summary), deleted = /(\d+) d/.exec(summary);
          result.changed = asNumber(changed), result.insertions = asNumber(inserted?.[1]), result.deletions = asNumber(deleted?.[1]);
        }
      )
    ], numStatParser = [
      new LineParser(
        /(\d+)\t(\d+)\t(.+)$/,
        (result, [changesInsert, changesDelete, file]) => {
          let insertions = asNumber(changesInsert), deletions = asNumber(changesDelete);
          result.changed++, result.insertions += insertions, result.deletions += deletions, result.files.push({
            file,
            changes: insertions + deletions,
            insertions,
            deletions,
            binary: !1
          });
        }
      ),
      new LineParser(/-\t-\t(.+)$/, (result, [file]) => {
        result.changed++, result.files.push({
          file,
          after: 0,
          before: 0,
          binary: !0
        });
      })
    ], nameOnlyParser = [
      new LineParser(/(.+)$/, (result, [file]) => {
        result.changed++, result.files.push({
          file,
          changes: 0,
          insertions: 0,
          deletions: 0,
          binary: !1
        });
      })
    ], nameStatusParser = [
      new LineParser(
        /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
        (result, [status, similarity, from, _to, to]) => {
          result.changed++, result.files.push({
            file: to ?? from,
            changes: 0,
            insertions: 0,
            deletions: 0,
            binary: !1,
            status: orVoid(isDiffNameStatus(status) && status),
            from: orVoid(!!to && from !== to && from),
            similarity: asNumber(similarity)
          });
        }
      )
    ], diffSummaryParsers = {
      "": statParser,
      "--stat": statParser,
      "--numstat": numStatParser,
      "--name-status": nameStatusParser,
      "--name-only": nameOnlyParser
    };
  }
});
function lineBuilder(tokens, fields) {
  return fields.reduce(
    (line, field, index) => (line[field] = tokens[index] || "", line),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function createListLogSummaryParser(splitter = SPLITTER, fields = defaultFieldNames, logFormat = "") {
  let parseDiffResult = getDiffParser(logFormat);
  return function(stdOut) {
    let all = toLinesWithContent(
      stdOut.trim(),
      !1,
      START_BOUNDARY
    ).map(function(item) {
      let lineDetail = item.split(COMMIT_BOUNDARY), listLogLine = lineBuilder(lineDetail[0].split(splitter), fields);
      return lineDetail.length > 1 && lineDetail[1].trim() && (listLogLine.diff = parseDiffResult(lineDetail[1])), listLogLine;
    });
    return {
      all,
      latest: all.length && all[0] || null,
      total: all.length
    };
  };
}
var START_BOUNDARY, COMMIT_BOUNDARY, SPLITTER, defaultFieldNames, init_parse_list_log_summary = __esm({
  "src/lib/parsers/parse-list-log-summary.ts"() {
    "use strict";
    init_utils(), init_parse_diff_summary(), init_log_format(), START_BOUNDARY = "\xF2\xF2\xF2\xF2\xF2\xF2 ", COMMIT_BOUNDARY = " \xF2\xF2", SPLITTER = " \xF2 ", defaultFieldNames = ["hash", "date", "message", "refs", "author_name", "author_email"];
  }
}), diff_exports = {};
__export(diff_exports, {
  diffSummaryTask: () => diffSummaryTask,
  validateLogFormatConfig: () => validateLogFormatConfig
});
function diffSummaryTask(customArgs) {
  let logFormat = logFormatFromCommand(customArgs), commands = ["diff"];
  return logFormat === "" && (logFormat = "--stat", commands.push("--stat=4096")), commands.push(...customArgs), validateLogFormatConfig(commands) || {
    commands,
    format: "utf-8",
    parser: getDiffParser(logFormat)
  };
}
function validateLogFormatConfig(customArgs) {
  let flags = customArgs.filter(isLogFormat);
  if (flags.length > 1)
    return configurationErrorTask(
      `Summary flags are mutually exclusive - pick one of ${flags.join(",")}`
    );
  if (flags.length && customArgs.includes("-z"))
    return configurationErrorTask(
      `Summary flag ${flags} parsing is not compatible with null termination option '-z'`
    );
}
var init_diff = __esm({
  "src/lib/tasks/diff.ts"() {
    "use strict";
    init_log_format(), init_parse_diff_summary(), init_task();
  }
});
function prettyFormat(format, splitter) {
  let fields = [], formatStr = [];
  return Object.keys(format).forEach((field) => {
    fields.push(field), formatStr.push(String(format[field]));
  }), [fields, formatStr.join(splitter)];
}
function userOptions(input) {
  return Object.keys(input).reduce((out, key) => (key in excludeOptions || (out[key] = input[key]), out), {});
}
function parseLogOptions(opt = {}, customArgs = []) {
  let splitter = filterType(opt.splitter, filterString, SPLITTER), format = filterPlainObject(opt.format) ? opt.format : {
    hash: "%H",
    date: opt.strictDate === !1 ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: opt.multiLine ? "%B" : "%b",
    author_name: opt.mailMap !== !1 ? "%aN" : "%an",
    author_email: opt.mailMap !== !1 ? "%aE" : "%ae"
  }, [fields, formatStr] = prettyFormat(format, splitter), suffix = [], command = [
    `--pretty=format:${START_BOUNDARY}${formatStr}${COMMIT_BOUNDARY}`,
    ...customArgs
  ], maxCount = opt.n || opt["max-count"] || opt.maxCount;
  if (maxCount && command.push(`--max-count=${maxCount}`), opt.from || opt.to) {
    let rangeOperator = opt.symmetric !== !1 ? "..." : "..";
    suffix.push(`${opt.from || ""}${rangeOperator}${opt.to || ""}`);
  }
  return filterString(opt.file) && command.push("--follow", c(opt.file)), appendTaskOptions(userOptions(opt), command), {
    fields,
    splitter,
    commands: [...command, ...suffix]
  };
}
function logTask(splitter, fields, customArgs) {
  let parser4 = createListLogSummaryParser(splitter, fields, logFormatFromCommand(customArgs));
  return {
    commands: ["log", ...customArgs],
    format: "utf-8",
    parser: parser4
  };
}
function log_default() {
  return {
    log(...rest) {
      let next = trailingFunctionArgument(arguments), options = parseLogOptions(
        trailingOptionsArgument(arguments),
        asStringArray(filterType(arguments[0], filterArray, []))
      ), task = rejectDeprecatedSignatures(...rest) || validateLogFormatConfig(options.commands) || createLogTask(options);
      return this._runTask(task, next);
    }
  };
  function createLogTask(options) {
    return logTask(options.splitter, options.fields, options.commands);
  }
  function rejectDeprecatedSignatures(from, to) {
    return filterString(from) && filterString(to) && configurationErrorTask(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var excludeOptions, init_log = __esm({
  "src/lib/tasks/log.ts"() {
    "use strict";
    init_log_format(), init_parse_list_log_summary(), init_utils(), init_task(), init_diff(), excludeOptions = /* @__PURE__ */ ((excludeOptions2) => (excludeOptions2[excludeOptions2["--pretty"] = 0] = "--pretty", excludeOptions2[excludeOptions2["max-count"] = 1] = "max-count", excludeOptions2[excludeOptions2.maxCount = 2] = "maxCount", excludeOptions2[excludeOptions2.n = 3] = "n", excludeOptions2[excludeOptions2.file = 4] = "file", excludeOptions2[excludeOptions2.format = 5] = "format", excludeOptions2[excludeOptions2.from = 6] = "from", excludeOptions2[excludeOptions2.to = 7] = "to", excludeOptions2[excludeOptions2.splitter = 8] = "splitter", excludeOptions2[excludeOptions2.symmetric = 9] = "symmetric", excludeOptions2[excludeOptions2.mailMap = 10] = "mailMap", excludeOptions2[excludeOptions2.multiLine = 11] = "multiLine", excludeOptions2[excludeOptions2.strictDate = 12] = "strictDate", excludeOptions2))(excludeOptions || {});
  }
}), MergeSummaryConflict, MergeSummaryDetail, init_MergeSummary = __esm({
  "src/lib/responses/MergeSummary.ts"() {
    "use strict";
    MergeSummaryConflict = class {
      constructor(reason, file = null, meta) {
        this.reason = reason, this.file = file, this.meta = meta;
      }
      toString() {
        return `${this.file}:${this.reason}`;
      }
    }, MergeSummaryDetail = class {
      constructor() {
        this.conflicts = [], this.merges = [], this.result = "success";
      }
      get failed() {
        return this.conflicts.length > 0;
      }
      get reason() {
        return this.result;
      }
      toString() {
        return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
      }
    };
  }
}), PullSummary, PullFailedSummary, init_PullSummary = __esm({
  "src/lib/responses/PullSummary.ts"() {
    "use strict";
    PullSummary = class {
      constructor() {
        this.remoteMessages = {
          all: []
        }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
          changes: 0,
          deletions: 0,
          insertions: 0
        };
      }
    }, PullFailedSummary = class {
      constructor() {
        this.remote = "", this.hash = {
          local: "",
          remote: ""
        }, this.branch = {
          local: "",
          remote: ""
        }, this.message = "";
      }
      toString() {
        return this.message;
      }
    };
  }
});
function objectEnumerationResult(remoteMessages) {
  return remoteMessages.objects = remoteMessages.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function asObjectCount(source) {
  let count = /^\s*(\d+)/.exec(source), delta = /delta (\d+)/i.exec(source);
  return {
    count: asNumber(count && count[1] || "0"),
    delta: asNumber(delta && delta[1] || "0")
  };
}
var remoteMessagesObjectParsers, init_parse_remote_objects = __esm({
  "src/lib/parsers/parse-remote-objects.ts"() {
    "use strict";
    init_utils(), remoteMessagesObjectParsers = [
      new RemoteLineParser(
        /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
        (result, [action, count]) => {
          let key = action.toLowerCase(), enumeration = objectEnumerationResult(result.remoteMessages);
          Object.assign(enumeration, { [key]: asNumber(count) });
        }
      ),
      new RemoteLineParser(
        /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
        (result, [action, count]) => {
          let key = action.toLowerCase(), enumeration = objectEnumerationResult(result.remoteMessages);
          Object.assign(enumeration, { [key]: asNumber(count) });
        }
      ),
      new RemoteLineParser(
        /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
        (result, [total, reused, packReused]) => {
          let objects = objectEnumerationResult(result.remoteMessages);
          objects.total = asObjectCount(total), objects.reused = asObjectCount(reused), objects.packReused = asNumber(packReused);
        }
      )
    ];
  }
});
function parseRemoteMessages(_stdOut, stdErr) {
  return parseStringResponse({ remoteMessages: new RemoteMessageSummary() }, parsers2, stdErr);
}
var parsers2, RemoteMessageSummary, init_parse_remote_messages = __esm({
  "src/lib/parsers/parse-remote-messages.ts"() {
    "use strict";
    init_utils(), init_parse_remote_objects(), parsers2 = [
      new RemoteLineParser(/^remote:\s*(.+)$/, (result, [text]) => (result.remoteMessages.all.push(text.trim()), !1)),
      ...remoteMessagesObjectParsers,
      new RemoteLineParser(
        [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
        (result, [pullRequestUrl]) => {
          result.remoteMessages.pullRequestUrl = pullRequestUrl;
        }
      ),
      new RemoteLineParser(
        [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
        (result, [count, summary, url]) => {
          result.remoteMessages.vulnerabilities = {
            count: asNumber(count),
            summary,
            url
          };
        }
      )
    ], RemoteMessageSummary = class {
      constructor() {
        this.all = [];
      }
    };
  }
});
function parsePullErrorResult(stdOut, stdErr) {
  let pullError = parseStringResponse(new PullFailedSummary(), errorParsers, [stdOut, stdErr]);
  return pullError.message && pullError;
}
var FILE_UPDATE_REGEX, SUMMARY_REGEX, ACTION_REGEX, parsers3, errorParsers, parsePullDetail, parsePullResult, init_parse_pull = __esm({
  "src/lib/parsers/parse-pull.ts"() {
    "use strict";
    init_PullSummary(), init_utils(), init_parse_remote_messages(), FILE_UPDATE_REGEX = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/, SUMMARY_REGEX = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/, ACTION_REGEX = /^(create|delete) mode \d+ (.+)/, parsers3 = [
      new LineParser(FILE_UPDATE_REGEX, (result, [file, insertions, deletions]) => {
        result.files.push(file), insertions && (result.insertions[file] = insertions.length), deletions && (result.deletions[file] = deletions.length);
      }),
      new LineParser(SUMMARY_REGEX, (result, [changes, , insertions, , deletions]) => insertions !== void 0 || deletions !== void 0 ? (result.summary.changes = +changes || 0, result.summary.insertions = +insertions || 0, result.summary.deletions = +deletions || 0, !0) : !1),
      new LineParser(ACTION_REGEX, (result, [action, file]) => {
        append(result.files, file), append(action === "create" ? result.created : result.deleted, file);
      })
    ], errorParsers = [
      new LineParser(/^from\s(.+)$/i, (result, [remote]) => void (result.remote = remote)),
      new LineParser(/^fatal:\s(.+)$/, (result, [message]) => void (result.message = message)),
      new LineParser(
        /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
        (result, [hashLocal, hashRemote, branchLocal, branchRemote]) => {
          result.branch.local = branchLocal, result.hash.local = hashLocal, result.branch.remote = branchRemote, result.hash.remote = hashRemote;
        }
      )
    ], parsePullDetail = (stdOut, stdErr) => parseStringResponse(new PullSummary(), parsers3, [stdOut, stdErr]), parsePullResult = (stdOut, stdErr) => Object.assign(
      new PullSummary(),
      parsePullDetail(stdOut, stdErr),
      parseRemoteMessages(stdOut, stdErr)
    );
  }
}), parsers4, parseMergeResult, parseMergeDetail, init_parse_merge = __esm({
  "src/lib/parsers/parse-merge.ts"() {
    "use strict";
    init_MergeSummary(), init_utils(), init_parse_pull(), parsers4 = [
      new LineParser(/^Auto-merging\s+(.+)$/, (summary, [autoMerge]) => {
        summary.merges.push(autoMerge);
      }),
      new LineParser(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (summary, [reason, file]) => {
        summary.conflicts.push(new MergeSummaryConflict(reason, file));
      }),
      new LineParser(
        /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
        (summary, [reason, file, deleteRef]) => {
          summary.conflicts.push(new MergeSummaryConflict(reason, file, { deleteRef }));
        }
      ),
      new LineParser(/^CONFLICT\s+\((.+)\):/, (summary, [reason]) => {
        summary.conflicts.push(new MergeSummaryConflict(reason, null));
      }),
      new LineParser(/^Automatic merge failed;\s+(.+)$/, (summary, [result]) => {
        summary.result = result;
      })
    ], parseMergeResult = (stdOut, stdErr) => Object.assign(parseMergeDetail(stdOut, stdErr), parsePullResult(stdOut, stdErr)), parseMergeDetail = (stdOut) => parseStringResponse(new MergeSummaryDetail(), parsers4, stdOut);
  }
});
function mergeTask(customArgs) {
  return customArgs.length ? {
    commands: ["merge", ...customArgs],
    format: "utf-8",
    parser(stdOut, stdErr) {
      let merge = parseMergeResult(stdOut, stdErr);
      if (merge.failed)
        throw new GitResponseError(merge);
      return merge;
    }
  } : configurationErrorTask("Git.merge requires at least one option");
}
var init_merge = __esm({
  "src/lib/tasks/merge.ts"() {
    "use strict";
    init_git_response_error(), init_parse_merge(), init_task();
  }
});
function pushResultPushedItem(local, remote, status) {
  let deleted = status.includes("deleted"), tag = status.includes("tag") || /^refs\/tags/.test(local), alreadyUpdated = !status.includes("new");
  return {
    deleted,
    tag,
    branch: !tag,
    new: !alreadyUpdated,
    alreadyUpdated,
    local,
    remote
  };
}
var parsers5, parsePushResult, parsePushDetail, init_parse_push = __esm({
  "src/lib/parsers/parse-push.ts"() {
    "use strict";
    init_utils(), init_parse_remote_messages(), parsers5 = [
      new LineParser(/^Pushing to (.+)$/, (result, [repo]) => {
        result.repo = repo;
      }),
      new LineParser(/^updating local tracking ref '(.+)'/, (result, [local]) => {
        result.ref = {
          ...result.ref || {},
          local
        };
      }),
      new LineParser(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (result, [local, remote, type]) => {
        result.pushed.push(pushResultPushedItem(local, remote, type));
      }),
      new LineParser(
        /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
        (result, [local, remote, remoteName]) => {
          result.branch = {
            ...result.branch || {},
            local,
            remote,
            remoteName
          };
        }
      ),
      new LineParser(
        /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
        (result, [local, remote, from, to]) => {
          result.update = {
            head: {
              local,
              remote
            },
            hash: {
              from,
              to
            }
          };
        }
      )
    ], parsePushResult = (stdOut, stdErr) => {
      let pushDetail = parsePushDetail(stdOut, stdErr), responseDetail = parseRemoteMessages(stdOut, stdErr);
      return {
        ...pushDetail,
        ...responseDetail
      };
    }, parsePushDetail = (stdOut, stdErr) => parseStringResponse({ pushed: [] }, parsers5, [stdOut, stdErr]);
  }
}), push_exports = {};
__export(push_exports, {
  pushTagsTask: () => pushTagsTask,
  pushTask: () => pushTask
});
function pushTagsTask(ref = {}, customArgs) {
  return append(customArgs, "--tags"), pushTask(ref, customArgs);
}
function pushTask(ref = {}, customArgs) {
  let commands = ["push", ...customArgs];
  return ref.branch && commands.splice(1, 0, ref.branch), ref.remote && commands.splice(1, 0, ref.remote), remove(commands, "-v"), append(commands, "--verbose"), append(commands, "--porcelain"), {
    commands,
    format: "utf-8",
    parser: parsePushResult
  };
}
var init_push = __esm({
  "src/lib/tasks/push.ts"() {
    "use strict";
    init_parse_push(), init_utils();
  }
});
function show_default() {
  return {
    showBuffer() {
      let commands = ["show", ...getTrailingOptions(arguments, 1)];
      return commands.includes("--binary") || commands.splice(1, 0, "--binary"), this._runTask(
        straightThroughBufferTask(commands),
        trailingFunctionArgument(arguments)
      );
    },
    show() {
      let commands = ["show", ...getTrailingOptions(arguments, 1)];
      return this._runTask(
        straightThroughStringTask(commands),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
var init_show = __esm({
  "src/lib/tasks/show.ts"() {
    "use strict";
    init_utils(), init_task();
  }
}), fromPathRegex, FileStatusSummary, init_FileStatusSummary = __esm({
  "src/lib/responses/FileStatusSummary.ts"() {
    "use strict";
    fromPathRegex = /^(.+)\0(.+)$/, FileStatusSummary = class {
      constructor(path, index, working_dir) {
        if (this.path = path, this.index = index, this.working_dir = working_dir, index === "R" || working_dir === "R") {
          let detail = fromPathRegex.exec(path) || [null, path, path];
          this.from = detail[2] || "", this.path = detail[1] || "";
        }
      }
    };
  }
});
function renamedFile(line) {
  let [to, from] = line.split(NULL);
  return {
    from: from || to,
    to
  };
}
function parser3(indexX, indexY, handler) {
  return [`${indexX}${indexY}`, handler];
}
function conflicts(indexX, ...indexY) {
  return indexY.map((y2) => parser3(indexX, y2, (result, file) => result.conflicted.push(file)));
}
function splitLine(result, lineStr) {
  let trimmed2 = lineStr.trim();
  switch (" ") {
    case trimmed2.charAt(2):
      return data(trimmed2.charAt(0), trimmed2.charAt(1), trimmed2.slice(3));
    case trimmed2.charAt(1):
      return data(" ", trimmed2.charAt(0), trimmed2.slice(2));
    default:
      return;
  }
  function data(index, workingDir, path) {
    let raw = `${index}${workingDir}`, handler = parsers6.get(raw);
    handler && handler(result, path), raw !== "##" && raw !== "!!" && result.files.push(new FileStatusSummary(path, index, workingDir));
  }
}
var StatusSummary, parsers6, parseStatusSummary, init_StatusSummary = __esm({
  "src/lib/responses/StatusSummary.ts"() {
    "use strict";
    init_utils(), init_FileStatusSummary(), StatusSummary = class {
      constructor() {
        this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = !1, this.isClean = () => !this.files.length;
      }
    }, parsers6 = new Map([
      parser3(
        " ",
        "A",
        (result, file) => result.created.push(file)
      ),
      parser3(
        " ",
        "D",
        (result, file) => result.deleted.push(file)
      ),
      parser3(
        " ",
        "M",
        (result, file) => result.modified.push(file)
      ),
      parser3("A", " ", (result, file) => {
        result.created.push(file), result.staged.push(file);
      }),
      parser3("A", "M", (result, file) => {
        result.created.push(file), result.staged.push(file), result.modified.push(file);
      }),
      parser3("D", " ", (result, file) => {
        result.deleted.push(file), result.staged.push(file);
      }),
      parser3("M", " ", (result, file) => {
        result.modified.push(file), result.staged.push(file);
      }),
      parser3("M", "M", (result, file) => {
        result.modified.push(file), result.staged.push(file);
      }),
      parser3("R", " ", (result, file) => {
        result.renamed.push(renamedFile(file));
      }),
      parser3("R", "M", (result, file) => {
        let renamed = renamedFile(file);
        result.renamed.push(renamed), result.modified.push(renamed.to);
      }),
      parser3("!", "!", (_result, _file) => {
        (_result.ignored = _result.ignored || []).push(_file);
      }),
      parser3(
        "?",
        "?",
        (result, file) => result.not_added.push(file)
      ),
      ...conflicts(
        "A",
        "A",
        "U"
        /* UNMERGED */
      ),
      ...conflicts(
        "D",
        "D",
        "U"
        /* UNMERGED */
      ),
      ...conflicts(
        "U",
        "A",
        "D",
        "U"
        /* UNMERGED */
      ),
      [
        "##",
        (result, line) => {
          let aheadReg = /ahead (\d+)/, behindReg = /behind (\d+)/, currentReg = /^(.+?(?=(?:\.{3}|\s|$)))/, trackingReg = /\.{3}(\S*)/, onEmptyBranchReg = /\son\s(\S+?)(?=\.{3}|$)/, regexResult = aheadReg.exec(line);
          result.ahead = regexResult && +regexResult[1] || 0, regexResult = behindReg.exec(line), result.behind = regexResult && +regexResult[1] || 0, regexResult = currentReg.exec(line), result.current = filterType(regexResult?.[1], filterString, null), regexResult = trackingReg.exec(line), result.tracking = filterType(regexResult?.[1], filterString, null), regexResult = onEmptyBranchReg.exec(line), regexResult && (result.current = filterType(regexResult?.[1], filterString, result.current)), result.detached = /\(no branch\)/.test(line);
        }
      ]
    ]), parseStatusSummary = function(text) {
      let lines = text.split(NULL), status = new StatusSummary();
      for (let i2 = 0, l = lines.length; i2 < l; ) {
        let line = lines[i2++].trim();
        line && (line.charAt(0) === "R" && (line += NULL + (lines[i2++] || "")), splitLine(status, line));
      }
      return status;
    };
  }
});
function statusTask(customArgs) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...customArgs.filter((arg) => !ignoredOptions.includes(arg))
    ],
    parser(text) {
      return parseStatusSummary(text);
    }
  };
}
var ignoredOptions, init_status = __esm({
  "src/lib/tasks/status.ts"() {
    "use strict";
    init_StatusSummary(), ignoredOptions = ["--null", "-z"];
  }
});
function versionResponse(major = 0, minor = 0, patch = 0, agent = "", installed = !0) {
  return Object.defineProperty(
    {
      major,
      minor,
      patch,
      agent,
      installed
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: !1,
      enumerable: !1
    }
  );
}
function notInstalledResponse() {
  return versionResponse(0, 0, 0, "", !1);
}
function version_default() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: versionParser,
        onError(result, error, done, fail) {
          if (result.exitCode === -2)
            return done(Buffer.from(NOT_INSTALLED));
          fail(error);
        }
      });
    }
  };
}
function versionParser(stdOut) {
  return stdOut === NOT_INSTALLED ? notInstalledResponse() : parseStringResponse(versionResponse(0, 0, 0, stdOut), parsers7, stdOut);
}
var NOT_INSTALLED, parsers7, init_version = __esm({
  "src/lib/tasks/version.ts"() {
    "use strict";
    init_utils(), NOT_INSTALLED = "installed=false", parsers7 = [
      new LineParser(
        /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
        (result, [major, minor, patch, agent = ""]) => {
          Object.assign(
            result,
            versionResponse(asNumber(major), asNumber(minor), asNumber(patch), agent)
          );
        }
      ),
      new LineParser(
        /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
        (result, [major, minor, patch, agent = ""]) => {
          Object.assign(result, versionResponse(asNumber(major), asNumber(minor), patch, agent));
        }
      )
    ];
  }
});
function createCloneTask(api, task, repoPath, ...args) {
  return filterString(repoPath) ? task(repoPath, filterType(args[0], filterString), getTrailingOptions(arguments)) : configurationErrorTask(`git.${api}() requires a string 'repoPath'`);
}
function clone_default() {
  return {
    clone(repo, ...rest) {
      return this._runTask(
        createCloneTask("clone", cloneTask, filterType(repo, filterString), ...rest),
        trailingFunctionArgument(arguments)
      );
    },
    mirror(repo, ...rest) {
      return this._runTask(
        createCloneTask("mirror", cloneMirrorTask, filterType(repo, filterString), ...rest),
        trailingFunctionArgument(arguments)
      );
    }
  };
}
var cloneTask, cloneMirrorTask, init_clone = __esm({
  "src/lib/tasks/clone.ts"() {
    "use strict";
    init_task(), init_utils(), cloneTask = (repo, directory, customArgs) => {
      let commands = ["clone", ...customArgs];
      return filterString(repo) && commands.push(c(repo)), filterString(directory) && commands.push(c(directory)), straightThroughStringTask(commands);
    }, cloneMirrorTask = (repo, directory, customArgs) => (append(customArgs, "--mirror"), cloneTask(repo, directory, customArgs));
  }
}), simple_git_api_exports = {};
__export(simple_git_api_exports, {
  SimpleGitApi: () => SimpleGitApi
});
var SimpleGitApi, init_simple_git_api = __esm({
  "src/lib/simple-git-api.ts"() {
    "use strict";
    init_task_callback(), init_change_working_directory(), init_checkout(), init_count_objects(), init_commit(), init_config(), init_first_commit(), init_grep(), init_hash_object(), init_init(), init_log(), init_merge(), init_push(), init_show(), init_status(), init_task(), init_version(), init_utils(), init_clone(), SimpleGitApi = class {
      constructor(_executor) {
        this._executor = _executor;
      }
      _runTask(task, then) {
        let chain = this._executor.chain(), promise = chain.push(task);
        return then && taskCallback(task, promise, then), Object.create(this, {
          then: { value: promise.then.bind(promise) },
          catch: { value: promise.catch.bind(promise) },
          _executor: { value: chain }
        });
      }
      add(files) {
        return this._runTask(
          straightThroughStringTask(["add", ...asArray(files)]),
          trailingFunctionArgument(arguments)
        );
      }
      cwd(directory) {
        let next = trailingFunctionArgument(arguments);
        return typeof directory == "string" ? this._runTask(changeWorkingDirectoryTask(directory, this._executor), next) : typeof directory?.path == "string" ? this._runTask(
          changeWorkingDirectoryTask(
            directory.path,
            directory.root && this._executor || void 0
          ),
          next
        ) : this._runTask(
          configurationErrorTask("Git.cwd: workingDirectory must be supplied as a string"),
          next
        );
      }
      hashObject(path, write) {
        return this._runTask(
          hashObjectTask(path, write === !0),
          trailingFunctionArgument(arguments)
        );
      }
      init(bare) {
        return this._runTask(
          initTask(bare === !0, this._executor.cwd, getTrailingOptions(arguments)),
          trailingFunctionArgument(arguments)
        );
      }
      merge() {
        return this._runTask(
          mergeTask(getTrailingOptions(arguments)),
          trailingFunctionArgument(arguments)
        );
      }
      mergeFromTo(remote, branch) {
        return filterString(remote) && filterString(branch) ? this._runTask(
          mergeTask([remote, branch, ...getTrailingOptions(arguments)]),
          trailingFunctionArgument(arguments, !1)
        ) : this._runTask(
          configurationErrorTask(
            "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
          )
        );
      }
      outputHandler(handler) {
        return this._executor.outputHandler = handler, this;
      }
      push() {
        let task = pushTask(
          {
            remote: filterType(arguments[0], filterString),
            branch: filterType(arguments[1], filterString)
          },
          getTrailingOptions(arguments)
        );
        return this._runTask(task, trailingFunctionArgument(arguments));
      }
      stash() {
        return this._runTask(
          straightThroughStringTask(["stash", ...getTrailingOptions(arguments)]),
          trailingFunctionArgument(arguments)
        );
      }
      status() {
        return this._runTask(
          statusTask(getTrailingOptions(arguments)),
          trailingFunctionArgument(arguments)
        );
      }
    }, Object.assign(
      SimpleGitApi.prototype,
      checkout_default(),
      clone_default(),
      commit_default(),
      config_default(),
      count_objects_default(),
      first_commit_default(),
      grep_default(),
      log_default(),
      show_default(),
      version_default()
    );
  }
}), scheduler_exports = {};
__export(scheduler_exports, {
  Scheduler: () => Scheduler
});
var createScheduledTask, Scheduler, init_scheduler = __esm({
  "src/lib/runners/scheduler.ts"() {
    "use strict";
    init_utils(), init_git_logger(), createScheduledTask = /* @__PURE__ */ (() => {
      let id = 0;
      return () => {
        id++;
        let { promise, done } = (0, import_promise_deferred.createDeferred)();
        return {
          promise,
          done,
          id
        };
      };
    })(), Scheduler = class {
      constructor(concurrency = 2) {
        this.concurrency = concurrency, this.logger = createLogger("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", concurrency);
      }
      schedule() {
        if (!this.pending.length || this.running.length >= this.concurrency) {
          this.logger(
            "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
            this.pending.length,
            this.running.length,
            this.concurrency
          );
          return;
        }
        let task = append(this.running, this.pending.shift());
        this.logger("Attempting id=%s", task.id), task.done(() => {
          this.logger("Completing id=", task.id), remove(this.running, task), this.schedule();
        });
      }
      next() {
        let { promise, id } = append(this.pending, createScheduledTask());
        return this.logger("Scheduling id=%s", id), this.schedule(), promise;
      }
    };
  }
}), apply_patch_exports = {};
__export(apply_patch_exports, {
  applyPatchTask: () => applyPatchTask
});
function applyPatchTask(patches, customArgs) {
  return straightThroughStringTask(["apply", ...customArgs, ...patches]);
}
var init_apply_patch = __esm({
  "src/lib/tasks/apply-patch.ts"() {
    "use strict";
    init_task();
  }
});
function branchDeletionSuccess(branch, hash) {
  return {
    branch,
    hash,
    success: !0
  };
}
function branchDeletionFailure(branch) {
  return {
    branch,
    hash: null,
    success: !1
  };
}
var BranchDeletionBatch, init_BranchDeleteSummary = __esm({
  "src/lib/responses/BranchDeleteSummary.ts"() {
    "use strict";
    BranchDeletionBatch = class {
      constructor() {
        this.all = [], this.branches = {}, this.errors = [];
      }
      get success() {
        return !this.errors.length;
      }
    };
  }
});
function hasBranchDeletionError(data, processExitCode) {
  return processExitCode === 1 && deleteErrorRegex.test(data);
}
var deleteSuccessRegex, deleteErrorRegex, parsers8, parseBranchDeletions, init_parse_branch_delete = __esm({
  "src/lib/parsers/parse-branch-delete.ts"() {
    "use strict";
    init_BranchDeleteSummary(), init_utils(), deleteSuccessRegex = /(\S+)\s+\(\S+\s([^)]+)\)/, deleteErrorRegex = /^error[^']+'([^']+)'/m, parsers8 = [
      new LineParser(deleteSuccessRegex, (result, [branch, hash]) => {
        let deletion = branchDeletionSuccess(branch, hash);
        result.all.push(deletion), result.branches[branch] = deletion;
      }),
      new LineParser(deleteErrorRegex, (result, [branch]) => {
        let deletion = branchDeletionFailure(branch);
        result.errors.push(deletion), result.all.push(deletion), result.branches[branch] = deletion;
      })
    ], parseBranchDeletions = (stdOut, stdErr) => parseStringResponse(new BranchDeletionBatch(), parsers8, [stdOut, stdErr]);
  }
}), BranchSummaryResult, init_BranchSummary = __esm({
  "src/lib/responses/BranchSummary.ts"() {
    "use strict";
    BranchSummaryResult = class {
      constructor() {
        this.all = [], this.branches = {}, this.current = "", this.detached = !1;
      }
      push(status, detached, name, commit, label) {
        status === "*" && (this.detached = detached, this.current = name), this.all.push(name), this.branches[name] = {
          current: status === "*",
          linkedWorkTree: status === "+",
          name,
          commit,
          label
        };
      }
    };
  }
});
function branchStatus(input) {
  return input ? input.charAt(0) : "";
}
function parseBranchSummary(stdOut, currentOnly = !1) {
  return parseStringResponse(
    new BranchSummaryResult(),
    currentOnly ? [currentBranchParser] : parsers9,
    stdOut
  );
}
var parsers9, currentBranchParser, init_parse_branch = __esm({
  "src/lib/parsers/parse-branch.ts"() {
    "use strict";
    init_BranchSummary(), init_utils(), parsers9 = [
      new LineParser(
        /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
        (result, [current, name, commit, label]) => {
          result.push(branchStatus(current), !0, name, commit, label);
        }
      ),
      new LineParser(
        /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
        (result, [current, name, commit, label]) => {
          result.push(branchStatus(current), !1, name, commit, label);
        }
      )
    ], currentBranchParser = new LineParser(/^(\S+)$/s, (result, [name]) => {
      result.push("*", !1, name, "", "");
    });
  }
}), branch_exports = {};
__export(branch_exports, {
  branchLocalTask: () => branchLocalTask,
  branchTask: () => branchTask,
  containsDeleteBranchCommand: () => containsDeleteBranchCommand,
  deleteBranchTask: () => deleteBranchTask,
  deleteBranchesTask: () => deleteBranchesTask
});
function containsDeleteBranchCommand(commands) {
  let deleteCommands = ["-d", "-D", "--delete"];
  return commands.some((command) => deleteCommands.includes(command));
}
function branchTask(customArgs) {
  let isDelete = containsDeleteBranchCommand(customArgs), isCurrentOnly = customArgs.includes("--show-current"), commands = ["branch", ...customArgs];
  return commands.length === 1 && commands.push("-a"), commands.includes("-v") || commands.splice(1, 0, "-v"), {
    format: "utf-8",
    commands,
    parser(stdOut, stdErr) {
      return isDelete ? parseBranchDeletions(stdOut, stdErr).all[0] : parseBranchSummary(stdOut, isCurrentOnly);
    }
  };
}
function branchLocalTask() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(stdOut) {
      return parseBranchSummary(stdOut);
    }
  };
}
function deleteBranchesTask(branches, forceDelete = !1) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", forceDelete ? "-D" : "-d", ...branches],
    parser(stdOut, stdErr) {
      return parseBranchDeletions(stdOut, stdErr);
    },
    onError({ exitCode, stdOut }, error, done, fail) {
      if (!hasBranchDeletionError(String(error), exitCode))
        return fail(error);
      done(stdOut);
    }
  };
}
function deleteBranchTask(branch, forceDelete = !1) {
  let task = {
    format: "utf-8",
    commands: ["branch", "-v", forceDelete ? "-D" : "-d", branch],
    parser(stdOut, stdErr) {
      return parseBranchDeletions(stdOut, stdErr).branches[branch];
    },
    onError({ exitCode, stdErr, stdOut }, error, _2, fail) {
      if (!hasBranchDeletionError(String(error), exitCode))
        return fail(error);
      throw new GitResponseError(
        task.parser(bufferToString(stdOut), bufferToString(stdErr)),
        String(error)
      );
    }
  };
  return task;
}
var init_branch = __esm({
  "src/lib/tasks/branch.ts"() {
    "use strict";
    init_git_response_error(), init_parse_branch_delete(), init_parse_branch(), init_utils();
  }
});
function toPath(input) {
  let path = input.trim().replace(/^["']|["']$/g, "");
  return path && normalize(path);
}
var parseCheckIgnore, init_CheckIgnore = __esm({
  "src/lib/responses/CheckIgnore.ts"() {
    "use strict";
    parseCheckIgnore = (text) => text.split(/\n/g).map(toPath).filter(Boolean);
  }
}), check_ignore_exports = {};
__export(check_ignore_exports, {
  checkIgnoreTask: () => checkIgnoreTask
});
function checkIgnoreTask(paths) {
  return {
    commands: ["check-ignore", ...paths],
    format: "utf-8",
    parser: parseCheckIgnore
  };
}
var init_check_ignore = __esm({
  "src/lib/tasks/check-ignore.ts"() {
    "use strict";
    init_CheckIgnore();
  }
});
function parseFetchResult(stdOut, stdErr) {
  return parseStringResponse({
    raw: stdOut,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, parsers10, [stdOut, stdErr]);
}
var parsers10, init_parse_fetch = __esm({
  "src/lib/parsers/parse-fetch.ts"() {
    "use strict";
    init_utils(), parsers10 = [
      new LineParser(/From (.+)$/, (result, [remote]) => {
        result.remote = remote;
      }),
      new LineParser(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (result, [name, tracking]) => {
        result.branches.push({
          name,
          tracking
        });
      }),
      new LineParser(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (result, [name, tracking]) => {
        result.tags.push({
          name,
          tracking
        });
      }),
      new LineParser(/- \[deleted]\s+\S+\s*-> (.+)$/, (result, [tracking]) => {
        result.deleted.push({
          tracking
        });
      }),
      new LineParser(
        /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
        (result, [from, to, name, tracking]) => {
          result.updated.push({
            name,
            tracking,
            to,
            from
          });
        }
      )
    ];
  }
}), fetch_exports = {};
__export(fetch_exports, {
  fetchTask: () => fetchTask
});
function disallowedCommand(command) {
  return /^--upload-pack(=|$)/.test(command);
}
function fetchTask(remote, branch, customArgs) {
  let commands = ["fetch", ...customArgs];
  return remote && branch && commands.push(remote, branch), commands.find(disallowedCommand) ? configurationErrorTask("git.fetch: potential exploit argument blocked.") : {
    commands,
    format: "utf-8",
    parser: parseFetchResult
  };
}
var init_fetch = __esm({
  "src/lib/tasks/fetch.ts"() {
    "use strict";
    init_parse_fetch(), init_task();
  }
});
function parseMoveResult(stdOut) {
  return parseStringResponse({ moves: [] }, parsers11, stdOut);
}
var parsers11, init_parse_move = __esm({
  "src/lib/parsers/parse-move.ts"() {
    "use strict";
    init_utils(), parsers11 = [
      new LineParser(/^Renaming (.+) to (.+)$/, (result, [from, to]) => {
        result.moves.push({ from, to });
      })
    ];
  }
}), move_exports = {};
__export(move_exports, {
  moveTask: () => moveTask
});
function moveTask(from, to) {
  return {
    commands: ["mv", "-v", ...asArray(from), to],
    format: "utf-8",
    parser: parseMoveResult
  };
}
var init_move = __esm({
  "src/lib/tasks/move.ts"() {
    "use strict";
    init_parse_move(), init_utils();
  }
}), pull_exports = {};
__export(pull_exports, {
  pullTask: () => pullTask
});
function pullTask(remote, branch, customArgs) {
  let commands = ["pull", ...customArgs];
  return remote && branch && commands.splice(1, 0, remote, branch), {
    commands,
    format: "utf-8",
    parser(stdOut, stdErr) {
      return parsePullResult(stdOut, stdErr);
    },
    onError(result, _error, _done, fail) {
      let pullError = parsePullErrorResult(
        bufferToString(result.stdOut),
        bufferToString(result.stdErr)
      );
      if (pullError)
        return fail(new GitResponseError(pullError));
      fail(_error);
    }
  };
}
var init_pull = __esm({
  "src/lib/tasks/pull.ts"() {
    "use strict";
    init_git_response_error(), init_parse_pull(), init_utils();
  }
});
function parseGetRemotes(text) {
  let remotes = {};
  return forEach(text, ([name]) => remotes[name] = { name }), Object.values(remotes);
}
function parseGetRemotesVerbose(text) {
  let remotes = {};
  return forEach(text, ([name, url, purpose]) => {
    Object.hasOwn(remotes, name) || (remotes[name] = {
      name,
      refs: { fetch: "", push: "" }
    }), purpose && url && (remotes[name].refs[purpose.replace(/[^a-z]/g, "")] = url);
  }), Object.values(remotes);
}
function forEach(text, handler) {
  forEachLineWithContent(text, (line) => handler(line.split(/\s+/)));
}
var init_GetRemoteSummary = __esm({
  "src/lib/responses/GetRemoteSummary.ts"() {
    "use strict";
    init_utils();
  }
}), remote_exports = {};
__export(remote_exports, {
  addRemoteTask: () => addRemoteTask,
  getRemotesTask: () => getRemotesTask,
  listRemotesTask: () => listRemotesTask,
  remoteTask: () => remoteTask,
  removeRemoteTask: () => removeRemoteTask
});
function addRemoteTask(remoteName, remoteRepo, customArgs) {
  return straightThroughStringTask(["remote", "add", ...customArgs, remoteName, remoteRepo]);
}
function getRemotesTask(verbose) {
  let commands = ["remote"];
  return verbose && commands.push("-v"), {
    commands,
    format: "utf-8",
    parser: verbose ? parseGetRemotesVerbose : parseGetRemotes
  };
}
function listRemotesTask(customArgs) {
  let commands = [...customArgs];
  return commands[0] !== "ls-remote" && commands.unshift("ls-remote"), straightThroughStringTask(commands);
}
function remoteTask(customArgs) {
  let commands = [...customArgs];
  return commands[0] !== "remote" && commands.unshift("remote"), straightThroughStringTask(commands);
}
function removeRemoteTask(remoteName) {
  return straightThroughStringTask(["remote", "remove", remoteName]);
}
var init_remote = __esm({
  "src/lib/tasks/remote.ts"() {
    "use strict";
    init_GetRemoteSummary(), init_task();
  }
}), stash_list_exports = {};
__export(stash_list_exports, {
  stashListTask: () => stashListTask
});
function stashListTask(opt = {}, customArgs) {
  let options = parseLogOptions(opt), commands = ["stash", "list", ...options.commands, ...customArgs], parser4 = createListLogSummaryParser(
    options.splitter,
    options.fields,
    logFormatFromCommand(commands)
  );
  return validateLogFormatConfig(commands) || {
    commands,
    format: "utf-8",
    parser: parser4
  };
}
var init_stash_list = __esm({
  "src/lib/tasks/stash-list.ts"() {
    "use strict";
    init_log_format(), init_parse_list_log_summary(), init_diff(), init_log();
  }
}), sub_module_exports = {};
__export(sub_module_exports, {
  addSubModuleTask: () => addSubModuleTask,
  initSubModuleTask: () => initSubModuleTask,
  subModuleTask: () => subModuleTask,
  updateSubModuleTask: () => updateSubModuleTask
});
function addSubModuleTask(repo, path) {
  return subModuleTask(["add", repo, path]);
}
function initSubModuleTask(customArgs) {
  return subModuleTask(["init", ...customArgs]);
}
function subModuleTask(customArgs) {
  let commands = [...customArgs];
  return commands[0] !== "submodule" && commands.unshift("submodule"), straightThroughStringTask(commands);
}
function updateSubModuleTask(customArgs) {
  return subModuleTask(["update", ...customArgs]);
}
var init_sub_module = __esm({
  "src/lib/tasks/sub-module.ts"() {
    "use strict";
    init_task();
  }
});
function singleSorted(a, b2) {
  let aIsNum = Number.isNaN(a), bIsNum = Number.isNaN(b2);
  return aIsNum !== bIsNum ? aIsNum ? 1 : -1 : aIsNum ? sorted(a, b2) : 0;
}
function sorted(a, b2) {
  return a === b2 ? 0 : a > b2 ? 1 : -1;
}
function trimmed(input) {
  return input.trim();
}
function toNumber(input) {
  return typeof input == "string" && parseInt(input.replace(/^\D+/g, ""), 10) || 0;
}
var TagList, parseTagList, init_TagList = __esm({
  "src/lib/responses/TagList.ts"() {
    "use strict";
    TagList = class {
      constructor(all, latest) {
        this.all = all, this.latest = latest;
      }
    }, parseTagList = function(data, customSort = !1) {
      let tags = data.split(`
`).map(trimmed).filter(Boolean);
      customSort || tags.sort(function(tagA, tagB) {
        let partsA = tagA.split("."), partsB = tagB.split(".");
        if (partsA.length === 1 || partsB.length === 1)
          return singleSorted(toNumber(partsA[0]), toNumber(partsB[0]));
        for (let i2 = 0, l = Math.max(partsA.length, partsB.length); i2 < l; i2++) {
          let diff = sorted(toNumber(partsA[i2]), toNumber(partsB[i2]));
          if (diff)
            return diff;
        }
        return 0;
      });
      let latest = customSort ? tags[0] : [...tags].reverse().find((tag) => tag.indexOf(".") >= 0);
      return new TagList(tags, latest);
    };
  }
}), tag_exports = {};
__export(tag_exports, {
  addAnnotatedTagTask: () => addAnnotatedTagTask,
  addTagTask: () => addTagTask,
  tagListTask: () => tagListTask
});
function tagListTask(customArgs = []) {
  let hasCustomSort = customArgs.some((option) => /^--sort=/.test(option));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...customArgs],
    parser(text) {
      return parseTagList(text, hasCustomSort);
    }
  };
}
function addTagTask(name) {
  return {
    format: "utf-8",
    commands: ["tag", name],
    parser() {
      return { name };
    }
  };
}
function addAnnotatedTagTask(name, tagMessage) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", tagMessage, name],
    parser() {
      return { name };
    }
  };
}
var init_tag = __esm({
  "src/lib/tasks/tag.ts"() {
    "use strict";
    init_TagList();
  }
}), require_git = __commonJS2({
  "src/git.js"(exports, module) {
    "use strict";
    var { GitExecutor: GitExecutor2 } = (init_git_executor(), __toCommonJS(git_executor_exports)), { SimpleGitApi: SimpleGitApi2 } = (init_simple_git_api(), __toCommonJS(simple_git_api_exports)), { Scheduler: Scheduler2 } = (init_scheduler(), __toCommonJS(scheduler_exports)), { adhocExecTask: adhocExecTask2, configurationErrorTask: configurationErrorTask2 } = (init_task(), __toCommonJS(task_exports)), {
      asArray: asArray2,
      filterArray: filterArray2,
      filterPrimitives: filterPrimitives2,
      filterString: filterString2,
      filterStringOrStringArray: filterStringOrStringArray2,
      filterType: filterType2,
      getTrailingOptions: getTrailingOptions2,
      trailingFunctionArgument: trailingFunctionArgument2,
      trailingOptionsArgument: trailingOptionsArgument2
    } = (init_utils(), __toCommonJS(utils_exports)), { applyPatchTask: applyPatchTask2 } = (init_apply_patch(), __toCommonJS(apply_patch_exports)), {
      branchTask: branchTask2,
      branchLocalTask: branchLocalTask2,
      deleteBranchesTask: deleteBranchesTask2,
      deleteBranchTask: deleteBranchTask2
    } = (init_branch(), __toCommonJS(branch_exports)), { checkIgnoreTask: checkIgnoreTask2 } = (init_check_ignore(), __toCommonJS(check_ignore_exports)), { checkIsRepoTask: checkIsRepoTask2 } = (init_check_is_repo(), __toCommonJS(check_is_repo_exports)), { cleanWithOptionsTask: cleanWithOptionsTask2, isCleanOptionsArray: isCleanOptionsArray2 } = (init_clean(), __toCommonJS(clean_exports)), { diffSummaryTask: diffSummaryTask2 } = (init_diff(), __toCommonJS(diff_exports)), { fetchTask: fetchTask2 } = (init_fetch(), __toCommonJS(fetch_exports)), { moveTask: moveTask2 } = (init_move(), __toCommonJS(move_exports)), { pullTask: pullTask2 } = (init_pull(), __toCommonJS(pull_exports)), { pushTagsTask: pushTagsTask2 } = (init_push(), __toCommonJS(push_exports)), {
      addRemoteTask: addRemoteTask2,
      getRemotesTask: getRemotesTask2,
      listRemotesTask: listRemotesTask2,
      remoteTask: remoteTask2,
      removeRemoteTask: removeRemoteTask2
    } = (init_remote(), __toCommonJS(remote_exports)), { getResetMode: getResetMode2, resetTask: resetTask2 } = (init_reset(), __toCommonJS(reset_exports)), { stashListTask: stashListTask2 } = (init_stash_list(), __toCommonJS(stash_list_exports)), {
      addSubModuleTask: addSubModuleTask2,
      initSubModuleTask: initSubModuleTask2,
      subModuleTask: subModuleTask2,
      updateSubModuleTask: updateSubModuleTask2
    } = (init_sub_module(), __toCommonJS(sub_module_exports)), { addAnnotatedTagTask: addAnnotatedTagTask2, addTagTask: addTagTask2, tagListTask: tagListTask2 } = (init_tag(), __toCommonJS(tag_exports)), { straightThroughBufferTask: straightThroughBufferTask2, straightThroughStringTask: straightThroughStringTask2 } = (init_task(), __toCommonJS(task_exports));
    function Git2(options, plugins) {
      this._plugins = plugins, this._executor = new GitExecutor2(
        options.baseDir,
        new Scheduler2(options.maxConcurrentProcesses),
        plugins
      ), this._trimmed = options.trimmed;
    }
    (Git2.prototype = Object.create(SimpleGitApi2.prototype)).constructor = Git2, Git2.prototype.customBinary = function(command) {
      return this._plugins.reconfigure("binary", command), this;
    }, Git2.prototype.env = function(name, value) {
      return arguments.length === 1 && typeof name == "object" ? this._executor.env = name : (this._executor.env = this._executor.env || {})[name] = value, this;
    }, Git2.prototype.stashList = function(options) {
      return this._runTask(
        stashListTask2(
          trailingOptionsArgument2(arguments) || {},
          filterArray2(options) && options || []
        ),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.mv = function(from, to) {
      return this._runTask(moveTask2(from, to), trailingFunctionArgument2(arguments));
    }, Git2.prototype.checkoutLatestTag = function(then) {
      var git = this;
      return this.pull(function() {
        git.tags(function(err, tags) {
          git.checkout(tags.latest, then);
        });
      });
    }, Git2.prototype.pull = function(remote, branch, options, then) {
      return this._runTask(
        pullTask2(
          filterType2(remote, filterString2),
          filterType2(branch, filterString2),
          getTrailingOptions2(arguments)
        ),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.fetch = function(remote, branch) {
      return this._runTask(
        fetchTask2(
          filterType2(remote, filterString2),
          filterType2(branch, filterString2),
          getTrailingOptions2(arguments)
        ),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.silent = function(silence) {
      return this._runTask(
        adhocExecTask2(
          () => console.warn(
            "simple-git deprecation notice: git.silent: logging should be configured using the `debug` library / `DEBUG` environment variable, this method will be removed."
          )
        )
      );
    }, Git2.prototype.tags = function(options, then) {
      return this._runTask(
        tagListTask2(getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.rebase = function() {
      return this._runTask(
        straightThroughStringTask2(["rebase", ...getTrailingOptions2(arguments)]),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.reset = function(mode) {
      return this._runTask(
        resetTask2(getResetMode2(mode), getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.revert = function(commit) {
      let next = trailingFunctionArgument2(arguments);
      return typeof commit != "string" ? this._runTask(configurationErrorTask2("Commit must be a string"), next) : this._runTask(
        straightThroughStringTask2(["revert", ...getTrailingOptions2(arguments, 0, !0), commit]),
        next
      );
    }, Git2.prototype.addTag = function(name) {
      let task = typeof name == "string" ? addTagTask2(name) : configurationErrorTask2("Git.addTag requires a tag name");
      return this._runTask(task, trailingFunctionArgument2(arguments));
    }, Git2.prototype.addAnnotatedTag = function(tagName, tagMessage) {
      return this._runTask(
        addAnnotatedTagTask2(tagName, tagMessage),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.deleteLocalBranch = function(branchName, forceDelete, then) {
      return this._runTask(
        deleteBranchTask2(branchName, typeof forceDelete == "boolean" ? forceDelete : !1),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.deleteLocalBranches = function(branchNames, forceDelete, then) {
      return this._runTask(
        deleteBranchesTask2(branchNames, typeof forceDelete == "boolean" ? forceDelete : !1),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.branch = function(options, then) {
      return this._runTask(
        branchTask2(getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.branchLocal = function(then) {
      return this._runTask(branchLocalTask2(), trailingFunctionArgument2(arguments));
    }, Git2.prototype.raw = function(commands) {
      let createRestCommands = !Array.isArray(commands), command = [].slice.call(createRestCommands ? arguments : commands, 0);
      for (let i2 = 0; i2 < command.length && createRestCommands; i2++)
        if (!filterPrimitives2(command[i2])) {
          command.splice(i2, command.length - i2);
          break;
        }
      command.push(...getTrailingOptions2(arguments, 0, !0));
      var next = trailingFunctionArgument2(arguments);
      return command.length ? this._runTask(straightThroughStringTask2(command, this._trimmed), next) : this._runTask(
        configurationErrorTask2("Raw: must supply one or more command to execute"),
        next
      );
    }, Git2.prototype.submoduleAdd = function(repo, path, then) {
      return this._runTask(addSubModuleTask2(repo, path), trailingFunctionArgument2(arguments));
    }, Git2.prototype.submoduleUpdate = function(args, then) {
      return this._runTask(
        updateSubModuleTask2(getTrailingOptions2(arguments, !0)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.submoduleInit = function(args, then) {
      return this._runTask(
        initSubModuleTask2(getTrailingOptions2(arguments, !0)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.subModule = function(options, then) {
      return this._runTask(
        subModuleTask2(getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.listRemote = function() {
      return this._runTask(
        listRemotesTask2(getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.addRemote = function(remoteName, remoteRepo, then) {
      return this._runTask(
        addRemoteTask2(remoteName, remoteRepo, getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.removeRemote = function(remoteName, then) {
      return this._runTask(removeRemoteTask2(remoteName), trailingFunctionArgument2(arguments));
    }, Git2.prototype.getRemotes = function(verbose, then) {
      return this._runTask(getRemotesTask2(verbose === !0), trailingFunctionArgument2(arguments));
    }, Git2.prototype.remote = function(options, then) {
      return this._runTask(
        remoteTask2(getTrailingOptions2(arguments)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.tag = function(options, then) {
      let command = getTrailingOptions2(arguments);
      return command[0] !== "tag" && command.unshift("tag"), this._runTask(straightThroughStringTask2(command), trailingFunctionArgument2(arguments));
    }, Git2.prototype.updateServerInfo = function(then) {
      return this._runTask(
        straightThroughStringTask2(["update-server-info"]),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.pushTags = function(remote, then) {
      let task = pushTagsTask2(
        { remote: filterType2(remote, filterString2) },
        getTrailingOptions2(arguments)
      );
      return this._runTask(task, trailingFunctionArgument2(arguments));
    }, Git2.prototype.rm = function(files) {
      return this._runTask(
        straightThroughStringTask2(["rm", "-f", ...asArray2(files)]),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.rmKeepLocal = function(files) {
      return this._runTask(
        straightThroughStringTask2(["rm", "--cached", ...asArray2(files)]),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.catFile = function(options, then) {
      return this._catFile("utf-8", arguments);
    }, Git2.prototype.binaryCatFile = function() {
      return this._catFile("buffer", arguments);
    }, Git2.prototype._catFile = function(format, args) {
      var handler = trailingFunctionArgument2(args), command = ["cat-file"], options = args[0];
      if (typeof options == "string")
        return this._runTask(
          configurationErrorTask2("Git.catFile: options must be supplied as an array of strings"),
          handler
        );
      Array.isArray(options) && command.push.apply(command, options);
      let task = format === "buffer" ? straightThroughBufferTask2(command) : straightThroughStringTask2(command);
      return this._runTask(task, handler);
    }, Git2.prototype.diff = function(options, then) {
      let task = filterString2(options) ? configurationErrorTask2(
        "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
      ) : straightThroughStringTask2(["diff", ...getTrailingOptions2(arguments)]);
      return this._runTask(task, trailingFunctionArgument2(arguments));
    }, Git2.prototype.diffSummary = function() {
      return this._runTask(
        diffSummaryTask2(getTrailingOptions2(arguments, 1)),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.applyPatch = function(patches) {
      let task = filterStringOrStringArray2(patches) ? applyPatchTask2(asArray2(patches), getTrailingOptions2([].slice.call(arguments, 1))) : configurationErrorTask2(
        "git.applyPatch requires one or more string patches as the first argument"
      );
      return this._runTask(task, trailingFunctionArgument2(arguments));
    }, Git2.prototype.revparse = function() {
      let commands = ["rev-parse", ...getTrailingOptions2(arguments, !0)];
      return this._runTask(
        straightThroughStringTask2(commands, !0),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.clean = function(mode, options, then) {
      let usingCleanOptionsArray = isCleanOptionsArray2(mode), cleanMode = usingCleanOptionsArray && mode.join("") || filterType2(mode, filterString2) || "", customArgs = getTrailingOptions2([].slice.call(arguments, usingCleanOptionsArray ? 1 : 0));
      return this._runTask(
        cleanWithOptionsTask2(cleanMode, customArgs),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.exec = function(then) {
      let task = {
        commands: [],
        format: "utf-8",
        parser() {
          typeof then == "function" && then();
        }
      };
      return this._runTask(task);
    }, Git2.prototype.clearQueue = function() {
      return this._runTask(
        adhocExecTask2(
          () => console.warn(
            "simple-git deprecation notice: clearQueue() is deprecated and will be removed, switch to using the abortPlugin instead."
          )
        )
      );
    }, Git2.prototype.checkIgnore = function(pathnames, then) {
      return this._runTask(
        checkIgnoreTask2(asArray2(filterType2(pathnames, filterStringOrStringArray2, []))),
        trailingFunctionArgument2(arguments)
      );
    }, Git2.prototype.checkIsRepo = function(checkType, then) {
      return this._runTask(
        checkIsRepoTask2(filterType2(checkType, filterString2)),
        trailingFunctionArgument2(arguments)
      );
    }, module.exports = Git2;
  }
});
init_git_error();
var GitConstructError = class extends GitError {
  constructor(config, message) {
    super(void 0, message), this.config = config;
  }
};
init_git_error();
init_git_error();
var GitPluginError = class extends GitError {
  constructor(task, plugin, message) {
    super(task, message), this.task = task, this.plugin = plugin, Object.setPrototypeOf(this, new.target.prototype);
  }
};
init_git_response_error();
init_task_configuration_error();
init_check_is_repo();
init_clean();
init_config();
init_diff_name_status();
init_grep();
init_reset();
function abortPlugin(signal) {
  return signal ? [{
    type: "spawn.before",
    action(_data, context) {
      signal.aborted && context.kill(new GitPluginError(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(_data, context) {
      function kill() {
        context.kill(new GitPluginError(void 0, "abort", "Abort signal received"));
      }
      signal.addEventListener("abort", kill), context.spawned.on("close", () => signal.removeEventListener("abort", kill));
    }
  }] : void 0;
}
function blockUnsafeOperationsPlugin(options = {}) {
  return {
    type: "spawn.args",
    action(args, { env }) {
      for (let vulnerability of ne(args, env))
        if (options[vulnerability.category] !== !0)
          throw new GitPluginError(void 0, "unsafe", vulnerability.message);
      return args;
    }
  };
}
init_utils();
function commandConfigPrefixingPlugin(configuration) {
  let prefix = prefixedArray(configuration, "-c");
  return {
    type: "spawn.args",
    action(data) {
      return [...prefix, ...data];
    }
  };
}
init_utils();
var never = (0, import_promise_deferred2.deferred)().promise;
function completionDetectionPlugin({
  onClose = !0,
  onExit = 50
} = {}) {
  function createEvents() {
    let exitCode = -1, events = {
      close: (0, import_promise_deferred2.deferred)(),
      closeTimeout: (0, import_promise_deferred2.deferred)(),
      exit: (0, import_promise_deferred2.deferred)(),
      exitTimeout: (0, import_promise_deferred2.deferred)()
    }, result = Promise.race([
      onClose === !1 ? never : events.closeTimeout.promise,
      onExit === !1 ? never : events.exitTimeout.promise
    ]);
    return configureTimeout(onClose, events.close, events.closeTimeout), configureTimeout(onExit, events.exit, events.exitTimeout), {
      close(code) {
        exitCode = code, events.close.done();
      },
      exit(code) {
        exitCode = code, events.exit.done();
      },
      get exitCode() {
        return exitCode;
      },
      result
    };
  }
  function configureTimeout(flag, event, timeout) {
    flag !== !1 && (flag === !0 ? event.promise : event.promise.then(() => delay(flag))).then(timeout.done);
  }
  return {
    type: "spawn.after",
    async action(_data, { spawned, close }) {
      let events = createEvents(), deferClose = !0, quickClose = () => void (deferClose = !1);
      spawned.stdout?.on("data", quickClose), spawned.stderr?.on("data", quickClose), spawned.on("error", quickClose), spawned.on("close", (code) => events.close(code)), spawned.on("exit", (code) => events.exit(code));
      try {
        await events.result, deferClose && await delay(50), close(events.exitCode);
      } catch (err) {
        close(events.exitCode, err);
      }
    }
  };
}
init_utils();
var WRONG_NUMBER_ERR = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings", WRONG_CHARS_ERR = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function isBadArgument(arg) {
  return !arg || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(arg);
}
function toBinaryConfig(input, allowUnsafe) {
  if (input.length < 1 || input.length > 2)
    throw new GitPluginError(void 0, "binary", WRONG_NUMBER_ERR);
  if (input.some(isBadArgument))
    if (allowUnsafe)
      console.warn(WRONG_CHARS_ERR);
    else
      throw new GitPluginError(void 0, "binary", WRONG_CHARS_ERR);
  let [binary, prefix] = input;
  return {
    binary,
    prefix
  };
}
function customBinaryPlugin(plugins, input = ["git"], allowUnsafe = !1) {
  let config = toBinaryConfig(asArray(input), allowUnsafe);
  plugins.on("binary", (input2) => {
    config = toBinaryConfig(asArray(input2), allowUnsafe);
  }), plugins.append("spawn.binary", () => config.binary), plugins.append("spawn.args", (data) => config.prefix ? [config.prefix, ...data] : data);
}
init_git_error();
function isTaskError(result) {
  return !!(result.exitCode && result.stdErr.length);
}
function getErrorMessage(result) {
  return Buffer.concat([...result.stdOut, ...result.stdErr]);
}
function errorDetectionHandler(overwrite = !1, isError = isTaskError, errorMessage = getErrorMessage) {
  return (error, result) => !overwrite && error || !isError(result) ? error : errorMessage(result);
}
function errorDetectionPlugin(config) {
  return {
    type: "task.error",
    action(data, context) {
      let error = config(data.error, {
        stdErr: context.stdErr,
        stdOut: context.stdOut,
        exitCode: context.exitCode
      });
      return Buffer.isBuffer(error) ? { error: new GitError(void 0, error.toString("utf-8")) } : {
        error
      };
    }
  };
}
init_utils();
var PluginStore = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new EventEmitter();
  }
  on(type, listener) {
    this.events.on(type, listener);
  }
  reconfigure(type, data) {
    this.events.emit(type, data);
  }
  append(type, action) {
    let plugin = append(this.plugins, { type, action });
    return () => this.plugins.delete(plugin);
  }
  add(plugin) {
    let plugins = [];
    return asArray(plugin).forEach((plugin2) => plugin2 && this.plugins.add(append(plugins, plugin2))), () => {
      plugins.forEach((plugin2) => this.plugins.delete(plugin2));
    };
  }
  exec(type, data, context) {
    let output = data, contextual = Object.freeze(Object.create(context));
    for (let plugin of this.plugins)
      plugin.type === type && (output = plugin.action(output, contextual));
    return output;
  }
};
init_utils();
function progressMonitorPlugin(progress) {
  let progressCommand = "--progress", progressMethods = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(args, context) {
      return progressMethods.includes(context.method) ? including(args, progressCommand) : args;
    }
  }, {
    type: "spawn.after",
    action(_data, context) {
      context.commands.includes(progressCommand) && context.spawned.stderr?.on("data", (chunk) => {
        let message = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(chunk.toString("utf8"));
        message && progress({
          method: context.method,
          stage: progressEventStage(message[1]),
          progress: asNumber(message[2]),
          processed: asNumber(message[3]),
          total: asNumber(message[4])
        });
      });
    }
  }];
}
function progressEventStage(input) {
  return String(input.toLowerCase().split(" ", 1)) || "unknown";
}
init_utils();
function spawnOptionsPlugin(spawnOptions) {
  let options = pick(spawnOptions, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(data) {
      return { ...options, ...data };
    }
  };
}
function timeoutPlugin({
  block,
  stdErr = !0,
  stdOut = !0
}) {
  if (block > 0)
    return {
      type: "spawn.after",
      action(_data, context) {
        let timeout;
        function wait() {
          timeout && clearTimeout(timeout), timeout = setTimeout(kill, block);
        }
        function stop() {
          context.spawned.stdout?.off("data", wait), context.spawned.stderr?.off("data", wait), context.spawned.off("exit", stop), context.spawned.off("close", stop), timeout && clearTimeout(timeout);
        }
        function kill() {
          stop(), context.kill(new GitPluginError(void 0, "timeout", "block timeout reached"));
        }
        stdOut && context.spawned.stdout?.on("data", wait), stdErr && context.spawned.stderr?.on("data", wait), context.spawned.on("exit", stop), context.spawned.on("close", stop), wait();
      }
    };
}
function suffixPathsPlugin() {
  return {
    type: "spawn.args",
    action(data) {
      let prefix = [], suffix;
      function append2(args) {
        (suffix = suffix || []).push(...args);
      }
      for (let i2 = 0; i2 < data.length; i2++) {
        let param = data[i2];
        if (r(param)) {
          append2(o(param));
          continue;
        }
        if (param === "--") {
          append2(
            data.slice(i2 + 1).flatMap((item) => r(item) && o(item) || item)
          );
          break;
        }
        prefix.push(param);
      }
      return suffix ? [...prefix, "--", ...suffix.map(String)] : prefix;
    }
  };
}
init_utils();
var Git = require_git();
function gitInstanceFactory(baseDir, options) {
  let plugins = new PluginStore(), config = createInstanceConfig(
    baseDir && (typeof baseDir == "string" ? { baseDir } : baseDir) || {},
    options
  );
  if (!folderExists(config.baseDir))
    throw new GitConstructError(
      config,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(config.config) && plugins.add(commandConfigPrefixingPlugin(config.config)), plugins.add(blockUnsafeOperationsPlugin(config.unsafe)), plugins.add(completionDetectionPlugin(config.completion)), config.abort && plugins.add(abortPlugin(config.abort)), config.progress && plugins.add(progressMonitorPlugin(config.progress)), config.timeout && plugins.add(timeoutPlugin(config.timeout)), config.spawnOptions && plugins.add(spawnOptionsPlugin(config.spawnOptions)), plugins.add(suffixPathsPlugin()), plugins.add(errorDetectionPlugin(errorDetectionHandler(!0))), config.errors && plugins.add(errorDetectionPlugin(config.errors)), customBinaryPlugin(plugins, config.binary, config.unsafe?.allowUnsafeCustomBinary), new Git(config, plugins);
}
init_git_response_error();
var functionNamesBuilderApi = ["customBinary", "env", "outputHandler", "silent"], functionNamesPromiseApi = [
  "add",
  "addAnnotatedTag",
  "addConfig",
  "addRemote",
  "addTag",
  "applyPatch",
  "binaryCatFile",
  "branch",
  "branchLocal",
  "catFile",
  "checkIgnore",
  "checkIsRepo",
  "checkout",
  "checkoutBranch",
  "checkoutLatestTag",
  "checkoutLocalBranch",
  "clean",
  "clone",
  "commit",
  "cwd",
  "deleteLocalBranch",
  "deleteLocalBranches",
  "diff",
  "diffSummary",
  "exec",
  "fetch",
  "getRemotes",
  "init",
  "listConfig",
  "listRemote",
  "log",
  "merge",
  "mergeFromTo",
  "mirror",
  "mv",
  "pull",
  "push",
  "pushTags",
  "raw",
  "rebase",
  "remote",
  "removeRemote",
  "reset",
  "revert",
  "revparse",
  "rm",
  "rmKeepLocal",
  "show",
  "stash",
  "stashList",
  "status",
  "subModule",
  "submoduleAdd",
  "submoduleInit",
  "submoduleUpdate",
  "tag",
  "tags",
  "updateServerInfo"
];
function gitP(...args) {
  let git, chain = Promise.resolve();
  try {
    git = gitInstanceFactory(...args);
  } catch (e) {
    chain = Promise.reject(e);
  }
  function builderReturn() {
    return promiseApi;
  }
  function chainReturn() {
    return chain;
  }
  let promiseApi = [...functionNamesBuilderApi, ...functionNamesPromiseApi].reduce(
    (api, name) => {
      let isAsync = functionNamesPromiseApi.includes(name), valid = isAsync ? asyncWrapper(name, git) : syncWrapper(name, git, api);
      return Object.defineProperty(api, name, {
        enumerable: !1,
        configurable: !1,
        value: git ? valid : isAsync ? chainReturn : builderReturn
      }), api;
    },
    {}
  );
  return promiseApi;
  function asyncWrapper(fn, git2) {
    return function(...args2) {
      if (typeof args2[args2.length] == "function")
        throw new TypeError(
          "Promise interface requires that handlers are not supplied inline, trailing function not allowed in call to " + fn
        );
      return chain.then(function() {
        return new Promise(function(resolve, reject) {
          let callback = (err, result) => {
            if (err)
              return reject(toError(err));
            resolve(result);
          };
          args2.push(callback), git2[fn].apply(git2, args2);
        });
      });
    };
  }
  function syncWrapper(fn, git2, api) {
    return (...args2) => (git2[fn](...args2), api);
  }
}
function toError(error) {
  return error instanceof Error ? error : typeof error == "string" ? new Error(error) : new GitResponseError(error);
}
var simpleGit = gitInstanceFactory, esm_default = gitInstanceFactory;

export {
  c,
  GitError,
  GitResponseError,
  TaskConfigurationError,
  CheckRepoActions,
  CleanOptions,
  GitConfigScope,
  DiffNameStatus,
  grepQueryBuilder,
  ResetMode,
  GitConstructError,
  GitPluginError,
  gitP,
  simpleGit,
  esm_default
};
