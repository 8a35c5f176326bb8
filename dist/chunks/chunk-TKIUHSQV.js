import {
  commentBody,
  gateSection,
  historySection,
  judgedMetrics,
  metricCharts,
  planSection,
  pointerChangeSection,
  problemsSection,
  require_tunnel,
  require_undici,
  stagesSection,
  statusSection
} from "./chunk-LFD3BB2D.js";
import {
  checkCanaryPercent
} from "./chunk-OUA4VDMS.js";
import {
  validateRepository
} from "./chunk-PGZGKWIN.js";
import {
  settingsFromEnv
} from "./chunk-QBDP4CLO.js";
import {
  createFileProgress
} from "./chunk-SBIHGHJX.js";
import {
  packageRoot
} from "./chunk-ZWFAIWQW.js";
import {
  entryOf,
  movedStable
} from "./chunk-S2HYHD6V.js";
import {
  checkModel,
  checkQuantization,
  checkVersion
} from "./chunk-6XFSSTIM.js";
import {
  openContext
} from "./chunk-57RGRDFE.js";
import {
  CONFIG_FILE
} from "./chunk-GMYYM25C.js";
import {
  gitRunner
} from "./chunk-GUPMF7TG.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";
import {
  __toESM
} from "./chunk-SE6IUDCK.js";

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
  addRaw(text, addEOL = !1) {
    return this._buffer += text, addEOL ? this.addEOL() : this;
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
  addHeading(text, level) {
    let tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text);
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
  addQuote(text, cite) {
    let attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text, attrs);
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
  addLink(text, href) {
    let element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
}, _summary = new Summary();
var summary = _summary;

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

// src/action/run.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir3, mkdtemp, rm as rm3, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";

// src/action/inputs.ts
import path from "node:path";
var COMMANDS = [
  "validate",
  "plan",
  "gate",
  "deploy",
  "promote",
  "rollback",
  "history",
  "status",
  "k8s-apply",
  "canary-check",
  "canary-promote",
  "canary-abort",
  "canary-set"
];
function opt(name) {
  let v = getInput(name);
  return v === "" ? void 0 : v;
}
function bool(name, dflt) {
  let v = getInput(name);
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return !0;
  if (["false", "False", "FALSE"].includes(v)) return !1;
  throw new MregError("USAGE", `input ${name} must be true or false, not ${JSON.stringify(v)}`);
}
function percentInput(name) {
  let raw = opt(name)?.trim();
  if (raw !== void 0) {
    if (!/^[0-9]+$/.test(raw))
      throw new MregError("USAGE", `input ${name}: expected an integer percent from 1 to 99, got ${JSON.stringify(raw)}`);
    return checkCanaryPercent(Number(raw), `input ${name}`);
  }
}
function prometheusInput() {
  let raw = (opt("prometheus") ?? process.env.MREG_PROMETHEUS_URL)?.trim() || void 0;
  if (raw === void 0) return;
  let ok = !1;
  try {
    ok = ["http:", "https:"].includes(new URL(raw).protocol);
  } catch {
    ok = !1;
  }
  if (!ok)
    throw new MregError(
      "USAGE",
      `input prometheus: expected Prometheus's http(s) URL, e.g. http://prometheus:9090, got ${JSON.stringify(raw)}`
    );
  return raw;
}
var ONLY_FOR = [
  ["canary", "canary", ["deploy", "promote"]],
  ["percent", "percent", ["canary-set"]]
];
function need(value, name, command) {
  if (value === void 0) throw new MregError("USAGE", `command ${command} needs the input ${name}`);
  return value;
}
function checkCommandInputs(inputs) {
  switch (inputs.command) {
    case "deploy":
    case "gate":
      need(inputs.model, "model", inputs.command), need(inputs.version, "version", inputs.command);
      break;
    case "promote":
    case "rollback":
    case "k8s-apply":
    case "canary-promote":
    case "canary-abort":
      need(inputs.environment, "environment", inputs.command);
      break;
    case "canary-set":
      need(inputs.environment, "environment", inputs.command), need(inputs.percent, "percent (an integer from 1 to 99)", inputs.command);
      break;
    case "canary-check":
      need(inputs.environment, "environment", inputs.command), inputs.prometheus = need(
        prometheusInput(),
        "prometheus (Prometheus's URL, or the environment variable MREG_PROMETHEUS_URL)",
        inputs.command
      );
      break;
  }
  for (let [key, name, only] of ONLY_FOR)
    if (inputs[key] !== void 0 && !only.includes(inputs.command))
      throw new MregError(
        "USAGE",
        `input ${name} applies to command${only.length > 1 ? "s" : ""} ${only.join(" and ")} only, not ${inputs.command}`
      );
  if (opt("prometheus") !== void 0 && inputs.command !== "canary-check")
    throw new MregError("USAGE", `input prometheus applies to command canary-check only, not ${inputs.command}`);
}
function readInputs() {
  let command = getInput("command", { required: !0 }).trim();
  if (!COMMANDS.includes(command))
    throw new MregError("USAGE", `input command must be one of ${COMMANDS.join(", ")}, not ${JSON.stringify(command)}`);
  let workspace = process.env.GITHUB_WORKSPACE || process.cwd(), inputs = {
    command,
    environment: opt("environment"),
    model: opt("model"),
    version: opt("version"),
    quantization: opt("quantization"),
    toVersion: opt("to-version"),
    fromEnvironment: opt("from-environment"),
    expectCurrent: opt("expect-current"),
    reason: opt("reason"),
    registryPath: path.resolve(workspace, opt("registry-path") ?? "."),
    workspace,
    store: opt("store"),
    reportPath: opt("report-path") === void 0 ? void 0 : path.resolve(workspace, opt("report-path")),
    githubToken: opt("github-token"),
    push: bool("push", !0),
    skipGate: bool("skip-gate", !1),
    base: opt("base"),
    allowSeveral: bool("allow-several", !1),
    k8sNamespace: opt("k8s-namespace"),
    kubeconfig: opt("kubeconfig"),
    canary: percentInput("canary"),
    percent: percentInput("percent"),
    prometheus: void 0,
    toolCache: process.env.RUNNER_TOOL_CACHE || void 0,
    tempDir: process.env.RUNNER_TEMP || void 0
  };
  if (inputs.model && checkModel(inputs.model), inputs.version && checkVersion(inputs.version), inputs.toVersion && checkVersion(inputs.toVersion), inputs.quantization && checkQuantization(inputs.quantization), inputs.expectCurrent && inputs.expectCurrent !== "none" && checkVersion(inputs.expectCurrent), checkCommandInputs(inputs), inputs.skipGate && inputs.command !== "deploy" && inputs.command !== "promote")
    throw new MregError("USAGE", `input skip-gate applies to deploy and promote only, not ${inputs.command}`);
  if (inputs.skipGate && !inputs.reason?.trim())
    throw new MregError("USAGE", "skip-gate: true needs a reason (it is recorded in the history and the commit)");
  return inputs;
}

// src/llama/runtime-package.ts
import { execFile } from "node:child_process";
import { existsSync as existsSync2, lstatSync, readFileSync } from "node:fs";
import { mkdir as mkdir2, rename as rename2, rm as rm2, symlink as symlink2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
function resolvable(pkg) {
  try {
    return import.meta.resolve(pkg), !0;
  } catch {
    return !1;
  }
}
function pinnedVersion(pkg, root) {
  let lock = path2.join(root, "package-lock.json");
  if (existsSync2(lock)) {
    let v = JSON.parse(readFileSync(lock, "utf8")).packages?.[`node_modules/${pkg}`]?.version;
    if (v) return v;
  }
  let exact = JSON.parse(readFileSync(path2.join(root, "package.json"), "utf8")).dependencies?.[pkg]?.replace(/^[~^=]/, "");
  if (!exact || !/^\d+\.\d+\.\d+/.test(exact))
    throw new MregError("INTERNAL", `no pinned version of ${pkg} in ${root}/package-lock.json or package.json`);
  return exact;
}
function hasNvidiaGpu() {
  return existsSync2("/proc/driver/nvidia/version") || existsSync2("/dev/nvidiactl");
}
function cpuBuild(version) {
  let os5 = process.platform === "darwin" ? "mac" : process.platform === "win32" ? "win" : process.platform, metal = os5 === "mac" && process.arch === "arm64" ? "-metal" : "";
  return `@node-llama-cpp/${os5}-${process.arch}${metal}@${version}`;
}
function runtimeInstall(pkg, o) {
  let { cacheDir, gpu } = o, version = pinnedVersion(pkg, o.packageDir), llama = pkg === "node-llama-cpp", build = `${process.platform}-${process.arch}${llama ? gpu ? "-gpu" : "-cpu" : ""}`, dir = path2.join(cacheDir, "mreg-runtime", pkg.replace("/", "+"), version, build);
  return llama && !gpu ? { dir, specs: [`${pkg}@${version}`, cpuBuild(version)], omitOptional: !0 } : { dir, specs: [`${pkg}@${version}`], omitOptional: !1 };
}
function npmCommand() {
  let cli = path2.join(path2.dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
  return existsSync2(cli) ? { file: process.execPath, args: [cli] } : { file: process.platform === "win32" ? "npm.cmd" : "npm", args: [] };
}
var COMPLETE = ".mreg-complete", errorCode = (pkg) => pkg === "node-llama-cpp" ? "EVAL" : "SERVE";
async function install(pkg, target, log) {
  let tmp = `${target.dir}.partial-${process.pid}`;
  await rm2(tmp, { recursive: !0, force: !0 }), await mkdir2(tmp, { recursive: !0 });
  let npm = npmCommand(), args = [
    ...npm.args,
    "install",
    "--prefix",
    tmp,
    "--no-save",
    "--no-package-lock",
    "--ignore-scripts",
    "--no-audit",
    "--no-fund",
    "--loglevel=error"
  ];
  target.omitOptional && args.push("--omit=optional"), log(`installing ${target.specs.join(" ")} into ${target.dir} (once per runner and version)`);
  try {
    if (await new Promise(
      (resolve, reject) => execFile(
        npm.file,
        [...args, ...target.specs],
        { cwd: tmp, maxBuffer: 16 * 1024 * 1024 },
        (err, _out, stderr) => err ? reject(new Error(`${errorMessage(err)}${stderr ? `
${stderr.trim()}` : ""}`)) : resolve()
      )
    ), !existsSync2(path2.join(tmp, "node_modules", pkg, "package.json")))
      throw new Error(`npm finished without ${pkg} in ${tmp}/node_modules`);
    await writeFile2(path2.join(tmp, COMPLETE), `${target.specs.join(" ")}
`);
    try {
      await rename2(tmp, target.dir);
    } catch (err) {
      if (!existsSync2(path2.join(target.dir, COMPLETE))) throw err;
    }
  } catch (err) {
    throw new MregError(
      errorCode(pkg),
      `could not install ${target.specs.join(" ")} for the action (${errorMessage(err)})`
    );
  } finally {
    await rm2(tmp, { recursive: !0, force: !0 });
  }
}
async function linkNextToAction(pkg, packageDir, source) {
  let link = path2.join(packageDir, "node_modules", pkg);
  await mkdir2(path2.dirname(link), { recursive: !0 });
  try {
    lstatSync(link).isSymbolicLink() && await rm2(link);
  } catch {
  }
  await symlink2(source, link, "dir");
}
async function ensureRuntimePackage(pkg, o) {
  if (resolvable(pkg)) return "found";
  let log = o.log ?? (() => {
  }), tryLink = async (source) => {
    try {
      await linkNextToAction(pkg, o.packageDir, source);
    } catch (err) {
      log(`could not link ${source} next to the action: ${errorMessage(err)}`);
    }
    return resolvable(pkg);
  };
  for (let root of o.searchRoots) {
    let candidate = path2.join(root, "node_modules", pkg);
    if (existsSync2(path2.join(candidate, "package.json")) && await tryLink(candidate)) return "linked";
  }
  if (o.cacheDir) {
    let target = runtimeInstall(pkg, {
      packageDir: o.packageDir,
      cacheDir: o.cacheDir,
      gpu: o.gpu ?? hasNvidiaGpu()
    }), cached = existsSync2(path2.join(target.dir, COMPLETE));
    if (cached || await install(pkg, target, log), await tryLink(path2.join(target.dir, "node_modules", pkg))) return cached ? "cached" : "installed";
  }
  throw new MregError(
    errorCode(pkg),
    `the action needs the npm package ${pkg}, which it does not bundle and could not find (looked next to the action and in ${o.searchRoots.map((r) => path2.join(r, "node_modules")).join(", ")}${o.cacheDir ? `, and installed into ${o.cacheDir}` : ""}). ` + (o.cacheDir ? "Check that the runner can reach the npm registry (or its configured mirror) and write to its tool cache." : "Run it on a GitHub runner (RUNNER_TOOL_CACHE set), or `npm install " + pkg + "` next to mreg.")
  );
}

// src/action/run.ts
var ops = {
  deploy: () => import("./deploy-YVJJM3EU.js"),
  info: () => import("./info-BSGNOH7H.js"),
  registry: () => import("./registry-ops-3JKIQKXI.js"),
  stages: () => import("./stages-3LTII4IR.js"),
  gate: () => import("./gate-4HQQRAOC.js")
}, Report = class {
  sections = [];
  /** Whether the gate table is already in the summary (a gate failure's message repeats it). */
  gateShown = !1;
  add(markdown) {
    markdown && this.sections.push(markdown);
  }
  addGate(gate2) {
    this.add(gateSection(gate2)), this.gateShown = !0;
  }
};
function failureSection(command, err, report) {
  let [first, ...rest] = errorMessage(err).split(`
`), body = rest.join(`
`).trim();
  if (err instanceof MregError && err.code === "GATE_FAILED")
    return [`### \u274C ${command} failed`, "", first, ...body && !report.gateShown ? ["", body] : []].join(`
`);
  let block = [first, body].filter(Boolean).join(`
`).replace(/```/g, "'''");
  return [`### \u274C ${command} failed`, "", "```", block, "```"].join(`
`);
}
var plan = async (i, report) => {
  let root = await registryRoot(i.registryPath), [{ planFromGit, severalCandidatesMessage }, { loadConfig }, { formatArtifactId }] = await Promise.all([
    import("./plan-GSVG5L2L.js"),
    import("./config-MZG6T5PT.js"),
    import("./naming-4HB6O2QM.js")
  ]), env = i.environment ?? (await loadConfig(root)).environments[0], p = await planFromGit(root, i.base);
  for (let s of p.superseded)
    notice(
      `${formatArtifactId(s.ref)} is left out: ${formatArtifactId(s.by)} is a newer version of the same model and quantization family`
    );
  if (setOutput("environment", env), setOutput(
    "candidates",
    JSON.stringify(p.candidates.map((c) => ({ model: c.model, version: c.version, quantization: c.quantization })))
  ), report.add(
    planSection(
      env,
      p.candidates.map(formatArtifactId),
      p.superseded.map((s) => formatArtifactId(s.ref))
    )
  ), info(
    `compared with ${p.base}: ${p.candidates.length ? p.candidates.map(formatArtifactId).join(", ") : "no artifact added"}`
  ), p.candidates.length > 1) {
    if (!i.allowSeveral) throw new MregError("PRECONDITION", severalCandidatesMessage(p, env));
    warning(
      `Merging this adds several artifacts; the deploy on main will refuse it. ${severalCandidatesMessage(p, env)}`
    );
  }
};
function setOutputs(o) {
  o.version !== void 0 && setOutput("version", o.version ?? ""), o.previousVersion !== void 0 && setOutput("previous-version", o.previousVersion ?? ""), o.commit !== void 0 && setOutput("commit-sha", o.commit), o.historyId !== void 0 && setOutput("history-id", String(o.historyId)), o.gateResult !== void 0 && setOutput("gate-result", o.gateResult ?? "not-run"), o.metrics !== void 0 && setOutput("metrics", JSON.stringify(judgedMetrics(o.metrics)));
}
async function writeGateReport(i, gate2) {
  i.reportPath && (await mkdir3(i.reportPath, { recursive: !0 }), await writeFile3(path3.join(i.reportPath, "gate.md"), `${gate2.markdown.trim()}
`), await writeFile3(
    path3.join(i.reportPath, "gate.json"),
    `${JSON.stringify({ verdict: gate2.verdict, metrics: gate2.metrics, report: gate2.json }, null, 2)}
`
  ), info(`gate report written to ${i.reportPath}`));
}
var annotationRoot = null;
function logger() {
  return {
    info: (m) => info(m),
    warn: (m) => warning(m),
    progress: createFileProgress("download").update
  };
}
async function context(i) {
  process.env.GITHUB_ACTIONS === "true" && !process.env.GIT_AUTHOR_EMAIL && !process.env.GIT_COMMITTER_EMAIL && ((await gitRunner(i.registryPath).raw(["config", "--get", "user.email"]).catch(() => "")).trim() || (process.env.GIT_AUTHOR_NAME = process.env.GIT_COMMITTER_NAME = "github-actions[bot]", process.env.GIT_AUTHOR_EMAIL = process.env.GIT_COMMITTER_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"));
  let ctx = await openContext({
    repo: i.registryPath,
    push: i.push,
    store: i.store,
    settings: settingsFromEnv(process.env),
    logger: logger()
  });
  return annotationRoot = { root: ctx.root, workspace: i.workspace }, ctx;
}
function commitUrl(sha) {
  let { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  return server && repo ? `${server}/${repo}/commit/${sha}` : void 0;
}
function setCanaryPercentOutput(out) {
  setOutput("canary-percent", out.result.to.canary ? String(out.result.to.canary.percent) : "");
}
async function reportPointer(ctx, out, report, gate2) {
  let c = out.result;
  setOutputs({
    version: c.to.version,
    previousVersion: c.from?.version ?? null,
    commit: out.commit,
    historyId: c.entry.id,
    gateResult: c.entry.gate ?? gate2?.verdict ?? null,
    metrics: gate2?.metrics ?? c.entry.metrics
  }), report.add(
    pointerChangeSection({
      env: c.env,
      action: c.action,
      from: c.from,
      to: c.to,
      historyId: c.entry.id,
      commit: out.commit,
      pushed: out.pushed,
      pushNote: out.pushNote,
      commitUrl: out.pushed ? commitUrl(out.commit) : void 0,
      rolledBackId: c.abandoned?.id
    })
  );
  let [{ history }, { subjectFor }] = await Promise.all([ops.info(), ops.registry()]);
  return info(
    `${subjectFor(c.action, c.env, c.from, c.to)}, history id ${c.entry.id}, commit ${out.commit}${out.pushed ? " pushed" : ` not pushed (${out.pushNote})`}`
  ), history(ctx, { env: c.env });
}
function annotationFile(root, workspace, file) {
  let rel = path3.relative(workspace, path3.join(root, file));
  return rel.startsWith("..") ? file : rel.split(path3.sep).join("/");
}
function annotate(problems, root, workspace) {
  for (let p of problems)
    error(p.pointer ? `${p.pointer}: ${p.message}` : p.message, {
      file: annotationFile(root, workspace, p.file),
      startLine: p.line,
      startColumn: p.column
    });
}
function reportFailure(err) {
  return err instanceof MregError && err.problems.length && annotationRoot && annotate(err.problems, annotationRoot.root, annotationRoot.workspace), err instanceof MregError ? `${err.code}: ${err.message}` : errorMessage(err);
}
async function registryRoot(dir) {
  if (existsSync3(path3.join(dir, CONFIG_FILE))) return dir;
  let { openRepo } = await import("./repo-TV7MBV3I.js");
  return openRepo(dir).then(
    (r) => r.root,
    () => dir
  );
}
var validate = async (i, report) => {
  let root = await registryRoot(i.registryPath), result = await validateRepository(root);
  if (report.add(problemsSection(result.problems, result.counts)), annotate(result.problems, root, i.workspace), !result.ok)
    throw new MregError(
      "SCHEMA",
      `${result.problems.length} validation problem${result.problems.length === 1 ? "" : "s"} in ${root}`
    );
  info(
    `OK: ${result.counts.artifacts} artifacts, ${result.counts.history} history entries, ${result.counts.environments} environments`
  );
};
function judged(ctx) {
  return Object.keys(ctx.config.gate.metrics ?? {});
}
function gateWillRun(ctx, skip) {
  return !skip && ctx.config.gate.enabled && ctx.config.gate.backend === "llama";
}
function deployNeedsLlama(ctx, skipGate) {
  return gateWillRun(ctx, skipGate) || ctx.config.smoke.enabled;
}
async function runtime(pkg, i, roots) {
  let source = await ensureRuntimePackage(pkg, {
    packageDir: packageRoot(),
    searchRoots: roots,
    cacheDir: i.toolCache,
    log: (m) => info(m)
  });
  source !== "found" && info(
    `${pkg}: ${source === "linked" ? "from the workspace" : source === "cached" ? "from the tool cache" : "installed into the tool cache"}`
  );
}
var deploy = async (i, report) => {
  let ctx = await context(i), env = i.environment ?? ctx.config.environments[0];
  deployNeedsLlama(ctx, i.skipGate) && await runtime("node-llama-cpp", i, [ctx.root, i.workspace]);
  let [{ PipelineError, deployVersion }, { defaultHooks }] = await Promise.all([ops.deploy(), ops.stages()]);
  try {
    let r = await deployVersion(
      ctx,
      {
        env,
        model: i.model,
        version: i.version,
        quantization: i.quantization,
        reason: i.reason ?? null,
        expectCurrent: i.expectCurrent,
        skipGate: i.skipGate,
        canary: i.canary
      },
      await defaultHooks()
    ), entries = await reportPointer(ctx, r.outcome, report, r.gate);
    i.canary !== void 0 && setCanaryPercentOutput(r.outcome), report.add(stagesSection(r.stages)), r.gate && (report.addGate(r.gate), await writeGateReport(i, r.gate)), report.add(metricCharts(env, entries, judged(ctx)));
  } catch (err) {
    throw err instanceof PipelineError && (report.add(stagesSection(err.stages)), err.gate && (report.addGate(err.gate), setOutputs({ gateResult: err.gate.verdict, metrics: err.gate.metrics }), await writeGateReport(i, err.gate))), err;
  }
}, promote = async (i, report) => {
  let ctx = await context(i), to = i.environment, [{ PipelineError, promoteVersion }, { defaultHooks }] = await Promise.all([ops.deploy(), ops.stages()]);
  try {
    let r = await promoteVersion(
      ctx,
      {
        from: i.fromEnvironment,
        to,
        reason: i.reason ?? null,
        expectCurrent: i.expectCurrent,
        skipGate: i.skipGate,
        canary: i.canary
      },
      await defaultHooks()
    ), entries = await reportPointer(ctx, r.outcome, report, null);
    i.canary !== void 0 && setCanaryPercentOutput(r.outcome), report.add(stagesSection(r.stages)), report.add(metricCharts(to, entries, judged(ctx)));
  } catch (err) {
    throw err instanceof PipelineError && report.add(stagesSection(err.stages)), err;
  }
}, rollback = async (i, report) => {
  let ctx = await context(i), env = i.environment, [{ rollbackVersion }, { defaultHooks }] = await Promise.all([ops.deploy(), ops.stages()]), r = await rollbackVersion(
    ctx,
    { env, to: i.toVersion, expectCurrent: i.expectCurrent, reason: i.reason ?? null },
    await defaultHooks()
  );
  r.noop && notice(`Nothing to do: ${r.noop}`);
  let entries = await reportPointer(ctx, r.outcome, report, null);
  report.add(stagesSection(r.stages)), report.add(metricCharts(env, entries, judged(ctx)));
}, historyCommand = async (i, report) => {
  let ctx = await context(i), { history } = await ops.info(), entries = await history(ctx, { env: i.environment });
  report.add(historySection(i.environment, entries.slice(-50)));
  let envs = i.environment ? [i.environment] : ctx.config.environments;
  for (let env of envs) report.add(metricCharts(env, entries, judged(ctx)));
  if (i.environment) {
    let live = [...entries].reverse().find((e) => !e.rolled_back && movedStable(e)) ?? null;
    setOutputs({
      version: live?.version ?? null,
      previousVersion: live?.previous_version ?? null,
      historyId: live?.id,
      gateResult: live?.gate ?? null,
      metrics: live?.metrics ?? null
    });
  }
  info(
    `${entries.length} history entr${entries.length === 1 ? "y" : "ies"}${i.environment ? ` for ${i.environment}` : ""}`
  );
}, statusCommand = async (i, report) => {
  let ctx = await context(i), { status } = await ops.info(), s = await status(ctx);
  report.add(statusSection(s.environments, s.head)), setOutput(
    "canary-environments",
    JSON.stringify(s.environments.filter((e) => e.pointer?.canary).map((e) => e.env))
  ), info(`mreg ${s.mreg} on Node ${s.node}, git ${s.git}, node-llama-cpp ${s.nodeLlamaCpp ?? "not installed"}`);
  for (let e of s.environments)
    info(
      `${e.env}: ${e.pointer ? `${e.pointer.model} ${e.pointer.version} (${e.pointer.quantization})` : "none"}`
    );
  if (i.environment) {
    let e = s.environments.find((x) => x.env === i.environment);
    if (!e)
      throw new MregError(
        "NOT_FOUND",
        `unknown environment ${i.environment} (known: ${s.environments.map((x) => x.env).join(", ")})`
      );
    let { registry } = await import("./read-ELGI752A.js").then((m) => m.readRegistry(ctx.root)), entry = entryOf(registry, e.pointer);
    setOutputs({
      version: e.pointer?.version ?? null,
      previousVersion: entry?.previous_version ?? null,
      historyId: e.pointer?.history_id,
      gateResult: entry?.gate ?? null,
      metrics: entry?.metrics ?? null
    }), setOutput("canary-percent", e.pointer?.canary ? String(e.pointer.canary.percent) : "");
  }
}, gate = async (i, report) => {
  let ctx = await context(i), env = i.environment ?? ctx.config.environments[0], sections = [];
  try {
    gateWillRun(ctx, !1) && await runtime("node-llama-cpp", i, [ctx.root, i.workspace]);
    let [{ gateVersion }, { history }, { resolveQuantization }] = await Promise.all([
      ops.gate(),
      ops.info(),
      ops.registry()
    ]), candidate = await resolveQuantization(ctx, i.model, i.version, i.quantization), g = await gateVersion(ctx, { env, candidate });
    if (setOutputs({ gateResult: g.verdict, metrics: g.metrics }), await writeGateReport(i, g), sections = [gateSection(g), metricCharts(env, await history(ctx, { env }), judged(ctx))], report.addGate(g), report.add(sections[1]), !g.allowed) throw new MregError("GATE_FAILED", `gate ${g.verdict} for ${i.model} ${i.version} against ${env}`);
  } catch (err) {
    throw sections.length || (sections = [`### Gate: \u274C could not run

\`\`\`
${errorMessage(err)}
\`\`\``]), err;
  } finally {
    await comment(i, `${i.model}-v${i.version}${i.quantization ? `-${i.quantization}` : ""}`, [
      `**${i.model} ${i.version}${i.quantization ? ` (${i.quantization})` : ""}** against **${env}**`,
      ...sections
    ]);
  }
}, k8sApply = async (i, report) => {
  let root = await registryRoot(i.registryPath), env = i.environment, dir = i.kubeconfig ? await mkdtemp(path3.join(i.tempDir ?? tmpdir(), "mreg-kube-")) : null;
  try {
    let environment = { ...process.env };
    dir && (environment.KUBECONFIG = path3.join(dir, "config"), await writeFile3(environment.KUBECONFIG, i.kubeconfig, { mode: 384 }));
    let [{ applyConfigMap }, { kubeConfigSource }] = await Promise.all([
      import("./k8s-WULBDXLR.js"),
      import("./kubernetes-source-3U2577XX.js")
    ]);
    try {
      kubeConfigSource(environment, "k8s-apply");
    } catch (err) {
      if (!(err instanceof MregError && err.code === "USAGE")) throw err;
      notice(
        "k8s-apply: no cluster configured (no kubeconfig input, KUBECONFIG, MREG_K8S_API or service account): nothing written"
      ), report.add(`### Kubernetes

No cluster configured: the ${env} pointer ConfigMap was not written.`);
      return;
    }
    await runtime("@kubernetes/client-node", i, [root, i.workspace]);
    let r = await applyConfigMap({ repo: root, env, namespace: i.k8sNamespace, environment }), what = `ConfigMap ${r.namespace}/${r.name}`, text = r.outcome === "kept-newer" ? `${what} already holds a newer registry state (history id ${r.cluster_history_id} > ${r.history_id}); left as it is` : `${what} ${r.outcome} (history id ${r.history_id})`;
    info(text), setOutputs({ historyId: r.history_id }), report.add(`### Kubernetes

${text}.`);
  } finally {
    dir && await rm3(dir, { recursive: !0, force: !0 });
  }
};
async function comment(i, key, sections) {
  if (!i.githubToken) return;
  let { currentPullRequest, upsertComment } = await import("./comment-64HHDICS.js"), pr = await currentPullRequest();
  if (!pr) {
    info("not a pull-request event: no comment");
    return;
  }
  let runUrl = process.env.GITHUB_RUN_ID && process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0, footer = `Updated ${(/* @__PURE__ */ new Date()).toISOString()}${process.env.GITHUB_SHA ? ` for ${process.env.GITHUB_SHA.slice(0, 12)}` : ""}${runUrl ? ` \xB7 [workflow run](${runUrl})` : ""}`;
  try {
    let c = await upsertComment(i.githubToken, pr, key, commentBody(key, sections, footer));
    info(`pull-request comment ${c.action}: ${c.url}`);
  } catch (err) {
    warning(`could not write the pull-request comment: ${errorMessage(err)}`);
  }
}
var handlers = {
  validate,
  plan,
  gate,
  deploy,
  promote,
  rollback,
  history: historyCommand,
  status: statusCommand,
  "k8s-apply": k8sApply,
  // Loaded when used, as the operations are: a deploy does not pay for the analysis code.
  "canary-check": async (i, r) => (await import("./canary-MW4T3MTE.js")).canaryCheck(i, r),
  "canary-promote": async (i, r) => (await import("./canary-MW4T3MTE.js")).canaryPointer(i, r, "promote"),
  "canary-abort": async (i, r) => (await import("./canary-MW4T3MTE.js")).canaryPointer(i, r, "abort"),
  "canary-set": async (i, r) => (await import("./canary-MW4T3MTE.js")).canaryPointer(i, r, "set")
};
async function runCommand() {
  let inputs = readInputs();
  annotationRoot = { root: inputs.registryPath, workspace: inputs.workspace };
  let report = new Report();
  try {
    await handlers[inputs.command](inputs, report);
  } catch (err) {
    throw report.add(failureSection(inputs.command, err, report)), err;
  } finally {
    process.env.GITHUB_STEP_SUMMARY && report.sections.length && await summary.addRaw(`## mreg ${inputs.command}

${report.sections.join(`

`)}
`).write();
  }
}

export {
  setOutput,
  setFailed,
  notice,
  info,
  setOutputs,
  context,
  setCanaryPercentOutput,
  reportPointer,
  reportFailure,
  runCommand
};
