// Reference descriptors from face-api itself (npm @vladmandic/face-api, MIT) on the pure
// JavaScript CPU backend of @tensorflow/tfjs: no native TensorFlow, so CI needs only node + npm.
//
//   node faceapi_descriptors.mjs FACEAPI_DIR OUT.json CHIP.ppm...
//
// FACEAPI_DIR is the folder scripts/fetch-face-api.sh fills (it holds node_modules/). Each chip is
// a binary PPM (P6, 8-bit RGB), normally the 150x150 chip MaskBench wrote, so that both sides see
// the same pixels and the comparison isolates the network. Writes {"chips":[{"file","descriptor"}]}.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { readPpmTensor } from './ppm.mjs';

const [faceapiDir, outFile, ...chips] = process.argv.slice(2);
if (!faceapiDir || !outFile || chips.length === 0) {
  console.error('usage: node faceapi_descriptors.mjs FACEAPI_DIR OUT.json CHIP.ppm...');
  process.exit(2);
}
// Resolve the packages from the cache folder, not from wherever this script lives.
const require = createRequire(path.join(path.resolve(faceapiDir), 'package.json'));
const tf = require('@tensorflow/tfjs');
// face-api's Node build for pure-JS tfjs (it also registers the wasm backend; we pick 'cpu').
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const readPpm = (file) => readPpmTensor(tf, file);

await tf.setBackend('cpu');
await tf.ready();
const modelDir = path.join(path.resolve(faceapiDir), 'node_modules', '@vladmandic', 'face-api', 'model');
await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);

const out = { backend: tf.getBackend(), tfjs: tf.version.tfjs, faceapi: faceapi.version, chips: [] };
for (const file of chips) {
  const img = readPpm(file);
  const descriptor = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(img);
  img.dispose();
  out.chips.push({ file, descriptor: Array.from(descriptor) });
}
fs.writeFileSync(outFile, JSON.stringify(out));
console.log(`${out.chips.length} descriptors (face-api ${out.faceapi}, tfjs ${out.tfjs}, backend ${out.backend}) -> ${outFile}`);
