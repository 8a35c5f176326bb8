
// src/core/errors.ts
var MregError = class extends Error {
  code;
  exitCode;
  problems;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause }), this.name = "MregError", this.code = code, this.exitCode = code === "USAGE" ? 2 : 1, this.problems = options.problems ?? [];
  }
};
function usage(message) {
  return new MregError("USAGE", message);
}
function formatProblem(p) {
  let where = p.line !== void 0 ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file, pointer = p.pointer ? `#${p.pointer}` : "";
  return `${where}${pointer}: ${p.message}`;
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

export {
  MregError,
  usage,
  formatProblem,
  errorMessage
};
