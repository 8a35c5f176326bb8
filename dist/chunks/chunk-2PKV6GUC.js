import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  commitChange
} from "./chunk-PVF64SQJ.js";
import {
  basePinProblem
} from "./chunk-CBYRQUNI.js";
import {
  readArtifact
} from "./chunk-JAQS6HLS.js";
import {
  checkRef,
  formatArtifactId,
  metadataPath,
  parseArtifactId
} from "./chunk-TNIQPWLS.js";
import {
  checkDocument
} from "./chunk-HQUBCJ6J.js";
import {
  formatJson
} from "./chunk-ESAPJNBD.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/register.ts
async function registerArtifact(ctx, meta) {
  checkRef(meta);
  let file = metadataPath(meta);
  checkDocument("metadata", meta, file);
  let id = formatArtifactId(meta);
  return commitChange(ctx, async () => {
    let existing = await readArtifact(ctx.root, meta);
    if (existing)
      throw new MregError(
        "EXISTS",
        `${id} is already registered (${file}, sha256 ${existing.artifact.sha256}); versions are immutable, publish a new version instead`
      );
    if (meta.base) {
      let pin = basePinProblem(meta, await readArtifact(ctx.root, parseArtifactId(meta.base.id)));
      if (pin) throw new MregError(pin.pointer === "/base/id" ? "NOT_FOUND" : "INTEGRITY", `${file}#${pin.pointer}: ${pin.message}`);
    }
    return {
      files: [{ path: file, content: formatJson(meta) }],
      subject: `register: ${meta.model} ${meta.version} (${meta.quantization})`,
      body: null,
      trailers: {
        "Mreg-Action": "register",
        "Mreg-Model": meta.model,
        "Mreg-Version": meta.version,
        "Mreg-Quantization": meta.quantization,
        "Mreg-Sha256": meta.artifact.sha256,
        "Mreg-Actor": ctx.actor
      },
      result: { id, path: file, metadata: meta }
    };
  });
}

export {
  registerArtifact
};
