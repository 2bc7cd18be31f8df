// Writes the model files of the built CLI and library (dist/models/*.bin, src/model-files.ts): the
// JSON models of data/ in the form the stages use, read at start as typed-array views. Run by
// `npm run build` after tsc; a model whose file is missing or older than its JSON reads the JSON.
//   node --import tsx scripts/build-models.ts

import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NER_MODEL, type PackedModel, unpackWeights, weightTableArrays } from '../src/2-mentions/entities/packed-model.js';
import { WINK_CORE_MODEL, coreFileContent, coreFromJson } from '../src/1-text/wink-model.js';
import type { CompactCore } from '../src/1-text/wink-core.js';
import { GAZETTEER_INDEX, buildIndex } from '../src/2-mentions/entities/gazetteer.js';
import { indexFileContent } from '../src/2-mentions/entities/gazetteer-index.js';
import { CONFIDENCE_MODEL, type ConfidenceModel, confidenceFileContent } from '../src/3-statements/confidence.js';
import { type ModelArray, type ModelSpec, readJson, writeModelFile } from '../src/model-files.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dirs = { models: pathToFileURL(join(ROOT, 'dist/models/')), data: pathToFileURL(join(ROOT, 'data/')) };

const MODELS: Array<[ModelSpec, () => { meta: unknown; arrays: Record<string, ModelArray> }]> = [
  [WINK_CORE_MODEL, () => coreFileContent(coreFromJson(readJson<CompactCore>(WINK_CORE_MODEL.source, dirs.data)))],
  [CONFIDENCE_MODEL, () => confidenceFileContent(readJson<ConfidenceModel>(CONFIDENCE_MODEL.source, dirs.data))],
  [GAZETTEER_INDEX, () => indexFileContent(buildIndex())],
  [NER_MODEL, () => ({ meta: null, arrays: weightTableArrays(unpackWeights(readJson<PackedModel>(NER_MODEL.source, dirs.data))) })],
];

for (const [spec, content] of MODELS) {
  writeModelFile(spec, content(), dirs);
  const size = statSync(new URL(spec.file, dirs.models)).size;
  console.log(`build-models: dist/models/${spec.file} (${(size / 1024).toFixed(0)} KB) from data/${spec.source}`);
}
