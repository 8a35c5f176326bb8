import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  commitChange
} from "./chunk-WHKQJB7S.js";
import {
  readArtifact
} from "./chunk-ASPIYCKD.js";
import {
  checkRef,
  formatArtifactId,
  metadataPath,
  parseArtifactId
} from "./chunk-TNIQPWLS.js";
import {
  checkDocument
} from "./chunk-6I3EGILK.js";
import {
  formatJson
} from "./chunk-XVE2BRLB.js";
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
      throw new MregError("EXISTS", `${id} is already registered (${file}, sha256 ${existing.artifact.sha256}); versions are immutable, publish a new version instead`);
    if (meta.base) {
      let base = await readArtifact(ctx.root, parseArtifactId(meta.base.id));
      if (!base) throw new MregError("NOT_FOUND", `base artifact ${meta.base.id} is not registered`);
      if (base.artifact.sha256 !== meta.base.sha256) throw new MregError("INTEGRITY", `base ${meta.base.id} has sha256 ${base.artifact.sha256}, not ${meta.base.sha256}`);
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
