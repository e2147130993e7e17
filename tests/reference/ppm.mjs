// Binary PPM (P6, 8-bit RGB) reading for the Node reference scripts: the C++ tests write the exact
// pixels both sides must see as PPM, so the comparisons isolate the networks from image codecs.
import fs from 'node:fs';

// -> { width, height, rgb } with rgb a Buffer of height * width * 3 bytes. Throws naming the file.
export function readPpm(file) {
  const buf = fs.readFileSync(file);
  // Header: "P6" width height maxval, separated by whitespace, then one whitespace byte.
  const fields = [];
  let pos = 0;
  while (fields.length < 4) {
    while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++;
    const start = pos;
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    if (start === pos) throw new Error(`${file}: truncated PPM header`);
    fields.push(buf.toString('latin1', start, pos));
  }
  pos++;
  const [magic, width, height, maxval] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P6' || maxval !== 255) throw new Error(`${file}: not an 8-bit binary PPM (P6, maxval 255)`);
  if (buf.length - pos < width * height * 3) throw new Error(`${file}: ${buf.length - pos} pixel bytes, expected ${width * height * 3}`);
  return { width, height, rgb: buf.subarray(pos, pos + width * height * 3) };
}

// The same as an int32 [height, width, 3] tfjs tensor.
export function readPpmTensor(tf, file) {
  const { width, height, rgb } = readPpm(file);
  return tf.tensor3d(new Int32Array(rgb), [height, width, 3], 'int32');
}
