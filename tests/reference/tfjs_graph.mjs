// Reference outputs of a TensorFlow.js graph model (model.json + .bin shards) run by tfjs itself
// on its pure-JavaScript CPU backend, for the C++ graph reader's parity test (tst_tfjs_graph).
//
//   node tfjs_graph.mjs TFJS_DIR MODEL.json OUT.json --input faceres|raw FILE...
//
// TFJS_DIR holds node_modules/@tensorflow/tfjs (the folder scripts/fetch-face-api.sh fills; the
// human-models scripts reuse it rather than install tfjs twice). The model is read with
// tf.io.fromMemory from the files themselves (no fetch, no file:// handler needed).
//   --input faceres: each FILE is an 8-bit binary PPM (P6) face image, prepared as
//     @vladmandic/human's faceres.ts enhance() does: RGB scaled to 0..1, tf.image.resizeBilinear
//     to the model's input size with alignCorners false, times 255, batch of one.
//   --input raw: each FILE holds the model input itself, little-endian float32, NHWC, batch 1,
//     of the Placeholder's shape.
// Writes {"outputs": [names], "items": [{"file", "outputs": {name: {"shape", "values"}}}]}.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { readPpmTensor } from './ppm.mjs';

const [tfjsDir, modelJson, outFile, flag, mode, ...files] = process.argv.slice(2);
if (!tfjsDir || !modelJson || !outFile || flag !== '--input' || !['faceres', 'raw'].includes(mode) || files.length === 0) {
  console.error('usage: node tfjs_graph.mjs TFJS_DIR MODEL.json OUT.json --input faceres|raw FILE...');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(tfjsDir), 'package.json'));
const tf = require('@tensorflow/tfjs');

const readPpm = (file) => readPpmTensor(tf, file);

function loadModelFiles(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const dir = path.dirname(path.resolve(file));
  const weightSpecs = [];
  const shards = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const p of group.paths) shards.push(fs.readFileSync(path.join(dir, p)));
  }
  const all = Buffer.concat(shards);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return tf.io.fromMemory({
    modelTopology: json.modelTopology, weightSpecs, weightData, format: json.format,
    generatedBy: json.generatedBy, convertedBy: json.convertedBy, signature: json.signature,
    userDefinedMetadata: json.userDefinedMetadata,
  });
}

await tf.setBackend('cpu');
await tf.ready();
const model = await tf.loadGraphModel(loadModelFiles(modelJson));
const inShape = model.inputs[0].shape; // [-1 or 1, H, W, C]
const outputs = model.outputs.map((o) => o.name);

const out = { backend: tf.getBackend(), tfjs: tf.version.tfjs, model: modelJson, input: inShape, outputs, items: [] };
for (const file of files) {
  const input = tf.tidy(() => {
    if (mode === 'raw') {
      const b = fs.readFileSync(file);
      const v = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      return tf.tensor4d(v, [1, inShape[1], inShape[2], inShape[3]], 'float32');
    }
    // human src/face/faceres.ts enhance(): the face arrives as 0..1 floats; resize, then x 255.
    const unit = tf.div(tf.cast(readPpm(file), 'float32'), 255);
    const resized = tf.image.resizeBilinear(unit, [inShape[2], inShape[1]], false);
    return tf.expandDims(tf.mul(resized, 255), 0);
  });
  let res = model.execute(input, outputs);
  if (!Array.isArray(res)) res = [res];
  const item = { file, outputs: {} };
  outputs.forEach((name, i) => { item.outputs[name] = { shape: res[i].shape, values: Array.from(res[i].dataSync()) }; });
  res.forEach((t) => t.dispose());
  input.dispose();
  out.items.push(item);
}
fs.writeFileSync(outFile, JSON.stringify(out));
console.log(`${out.items.length} inputs through ${path.basename(modelJson)} (tfjs ${out.tfjs}, backend ${out.backend}); outputs ${outputs.join(', ')} -> ${outFile}`);
