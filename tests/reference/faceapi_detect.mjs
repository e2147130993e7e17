// Reference face detections and 68-point landmarks from face-api itself (npm @vladmandic/face-api,
// MIT): ssdMobilenetv1 + faceLandmark68Net (the full one), on the pure JavaScript CPU backend of
// @tensorflow/tfjs, so CI needs only node + npm.
//
//   node faceapi_detect.mjs FACEAPI_DIR MIN_CONFIDENCE OUT.json IMAGE.ppm...
//
// FACEAPI_DIR is the folder scripts/fetch-face-api.sh fills (it holds node_modules/). Each image is
// a binary PPM (P6, 8-bit RGB) that MaskBench wrote, so both sides see the same pixels. The image
// goes in as a tensor, the way MaskBench's port works: face-api then crops faces with
// extractFaceTensors (no canvas). Writes {"images":[{"file","width","height","faces":[{"score",
// "box":[x,y,w,h],"landmarks":[[x,y]...68],"unshifted":[[x,y]...68]}]}]}, faces in face-api's
// order (best score first); "unshifted" are the points relative to the face crop's corner.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { readPpmTensor } from './ppm.mjs';

const [faceapiDir, minConfidenceArg, outFile, ...images] = process.argv.slice(2);
const minConfidence = Number(minConfidenceArg);
if (!faceapiDir || !outFile || images.length === 0 || !(minConfidence > 0 && minConfidence < 1)) {
  console.error('usage: node faceapi_detect.mjs FACEAPI_DIR MIN_CONFIDENCE OUT.json IMAGE.ppm...');
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
await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);

const points = (landmarks) => landmarks.positions.map((p) => [p.x, p.y]);
const out = { backend: tf.getBackend(), tfjs: tf.version.tfjs, faceapi: faceapi.version, minConfidence, images: [] };
for (const file of images) {
  const img = readPpm(file);
  const options = new faceapi.SsdMobilenetv1Options({ minConfidence, maxResults: 100 });
  const results = await faceapi.detectAllFaces(img, options).withFaceLandmarks();
  out.images.push({
    file,
    width: img.shape[1],
    height: img.shape[0],
    faces: results.map((r) => ({
      score: r.detection.score,
      box: [r.detection.box.x, r.detection.box.y, r.detection.box.width, r.detection.box.height],
      landmarks: points(r.landmarks),
      unshifted: points(r.unshiftedLandmarks),
    })),
  });
  img.dispose();
}
fs.writeFileSync(outFile, JSON.stringify(out));
const faces = out.images.reduce((n, i) => n + i.faces.length, 0);
console.log(`${faces} faces in ${out.images.length} images (face-api ${out.faceapi}, tfjs ${out.tfjs}, backend ${out.backend}) -> ${outFile}`);
