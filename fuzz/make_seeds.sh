#!/usr/bin/env bash
# Writes the fuzzers' seed corpora (one folder per target) from ../shared/data and small inputs in
# the layouts MaskBench's tests use. Nothing here is committed: the shared data stays where it is,
# and binary seeds (images, checkpoint, Keras .h5) are written by the fuzz targets themselves
# (MASKBENCH_FUZZ_WRITE_SEED), with the same encoders and writers MaskBench uses.
#   fuzz/make_seeds.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:?usage: make_seeds.sh BUILD_DIR OUT_DIR}
out=${2:?usage: make_seeds.sh BUILD_DIR OUT_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
data=${MASKBENCH_DATA:-$here/../shared/data}
mkdir -p "$out"

python3 - "$out" "$data" <<'PY'
import json, os, struct, sys
out, data = sys.argv[1], sys.argv[2]

def put(target, name, content):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as f:
        f.write(content if isinstance(content, bytes) else content.encode('utf-8'))

def head(path, n):
    try:
        with open(path, 'rb') as f:
            return b''.join(f.readline() for _ in range(n))
    except OSError:
        return b''

labels = head(os.path.join(data, 'utkface-dev/labels.csv'), 25)
folds = [head(os.path.join(data, 'adience-folds/fold_%d_data.txt' % i), 25) for i in range(5)]

# CSV in general: the shared label file, quoting, BOM, newlines in fields, TSV, a ragged row.
csv_cases = {
    'labels.csv': labels,
    'quoted.csv': b'path,label,note\n"a,b.jpg",male,"said ""hi""\nthen left"\nc.jpg,female,\n',
    'bom.csv': b'\xef\xbb\xbfpath,label\r\nx.jpg,male\r\ny.jpg,female\r\n',
    'tabs.tsv': b'path\tlabel\tgroup\nx.jpg\tmale\t1\ny.jpg\tfemale\t2\n',
    'ragged.csv': b'path,label\nx.jpg\ny.jpg,male,extra\n"unclosed,male\n',
}
for i, fold in enumerate(folds):
    csv_cases['fold%d.txt' % i] = fold
for name, c in csv_cases.items():
    put('fuzz_csv', name, c)

# CSV manifests: the label file (gender as the label) and a split manifest with groups and splits.
put('fuzz_dataset_csv', 'labels.csv', labels)
put('fuzz_dataset_csv', 'split.csv',
    b'path,label,group,split,mask_type,yaw\nimages/a.jpg,male,u1,train,surgical,12.5\n'
    b'images/b.jpg,female,u2,val,cloth,-3\nimages/a.jpg,male,u1,test,,\n../c.jpg,,u3,bogus,n95,x\n')
put('fuzz_dataset_csv', 'minimal.csv', b'path,label\nx.png,cat\n')

for i, fold in enumerate(folds):
    put('fuzz_adience', 'fold%d.txt' % i, fold)

# UTKFace: real file names from the shared folder, and broken ones.
try:
    names = sorted(os.listdir(os.path.join(data, 'utkface-dev/images')))[:40]
except OSError:
    names = []
put('fuzz_utkface', 'names.txt', '\n'.join(names + ['1_0_0_20170109150557335.jpg']) + '\n')
put('fuzz_utkface', 'odd.txt', '200_3_9_1.jpg\n_0_0_1.jpg\n5_1_4_.jpg\n39_1_20170116174525125.jpg.chip.jpg\nnot-utk.png\n')

# predictions.csv, then a NUL and the evaluation.json beside it.
pred = ('path,label,predicted,prob_female,prob_male,mask_type,age\n' +
        ''.join('img%d.jpg,%s,%s,%.3f,%.3f,%s,%d\n' % (i, ('female', 'male')[i % 2], ('female', 'male')[(i // 3) % 2],
                                                      1 - (i % 10) / 10, (i % 10) / 10, ('surgical', 'cloth', 'n95')[i % 3], 20 + i)
                for i in range(24)))
evaluation = json.dumps({'split': 'test', 'checkpoint': 'best', 'epoch': 3, 'images': 24,
                         'coverage': {'given': 30, 'answered': 24, 'correct': 20, 'coverage': 0.8, 'accuracy_answered': 0.83}})
put('fuzz_predictions', 'binary', pred + '\0' + evaluation)
put('fuzz_predictions', 'three', 'path,label,predicted,prob_a,prob_b,prob_c\nx,a,b,0.2,0.5,0.3\ny,c,c,0,0,1\n\0{}')

# A run folder's files: the first byte picks config.json (0), threshold.json (1), metrics.csv (2),
# evaluation.json (3).
config = {'model': {'name': 'resnet50v2', 'input_size': 224, 'head': 'default', 'dropout': 0.5},
          'data': '/data/split.csv', 'classes': ['female', 'male'], 'seed': 42, 'batch_size': 32,
          'stages': [{'name': 'head', 'epochs': 2, 'lr': 0.001, 'freeze': 'backbone'},
                     {'name': 'fine', 'epochs': 3, 'lr': 0.0001, 'freeze': 'none'}],
          'augment': {'flip': True, 'mask_prob': 0.5}, 'weights': 'imagenet'}
put('fuzz_run_files', 'config', b'\x00' + json.dumps(config, indent=1).encode())
put('fuzz_run_files', 'threshold', b'\x01' + json.dumps({'rule': 'youden', 'value': 0.42, 'positive_class': 'male',
                                                         'split': 'val', 'checkpoint': 'best'}).encode())
put('fuzz_run_files', 'metrics', b'\x02' + b'epoch,stage,loss,accuracy,val_loss,val_accuracy,lr,seconds,images_per_second,data_wait_seconds\n'
    b'1,head,0.69,0.51,0.68,0.55,0.001,12.5,40.1,0.2\n2,head,0.6,0.66,0.62,0.64,0.001,12.1,41,0.1\n2,fine,0.5,0.7,0.5,0.71,0.0001,30,20,0\n3,fine,0.4')
put('fuzz_run_files', 'evaluation', b'\x03' + evaluation.encode())

# Mask placements.
put('fuzz_placements', 'placements.json', json.dumps({'version': 1, 'landmarks': '29,9,2,6,16,12',
    'placements': {'a' * 64 + '/surgical': [0.5, -1, 0, 0, 2, 3, 1, 1, 0, 0, -4, 2.5]}}))

# tfjs: JSON, a NUL, then weights.bin.
def floats(n, scale=0.1):
    return struct.pack('<%df' % n, *[((i * 7919) % 200 - 100) * scale / 100 for i in range(n)])
manifest = [{'paths': ['weights.bin'], 'weights': [
    {'name': 'conv/kernel', 'shape': [3, 3, 3, 2], 'dtype': 'float32'},
    {'name': 'conv/bias', 'shape': [2], 'dtype': 'float32'},
    {'name': 'ids', 'shape': [3], 'dtype': 'int32'},
    {'name': 'q8', 'shape': [4], 'dtype': 'float32', 'quantization': {'dtype': 'uint8', 'scale': 0.5, 'min': -1}},
    {'name': 'q16', 'shape': [2], 'dtype': 'float32', 'quantization': {'dtype': 'float16'}}]}]
shard = floats(54) + floats(2) + struct.pack('<3i', 1, 2, 3) + bytes([0, 1, 128, 255]) + struct.pack('<2H', 0x3c00, 0xc000)
put('fuzz_tfjs_weights', 'manifest', json.dumps(manifest).encode() + b'\0' + shard)

def b64(s):
    import base64
    return base64.b64encode(s.encode()).decode()
def ints(v): return {'list': {'i': [str(i) for i in v]}}
def dims(shape): return {'dim': [{'size': str(d)} for d in shape]}
def const(name, shape, dtype='DT_FLOAT'):
    return {'name': name, 'op': 'Const', 'attr': {'dtype': {'type': dtype}, 'value': {'tensor': {'tensorShape': dims(shape)}}}}
def node(name, op, inputs, attr=None): return {'name': name, 'op': op, 'input': inputs, 'attr': attr or {}}
conv_attr = {'strides': ints([1, 1, 1, 1]), 'padding': {'s': b64('SAME')}, 'data_format': {'s': b64('NHWC')},
             'dilations': ints([1, 1, 1, 1])}
nodes = [
    const('w', [3, 3, 3, 2]), const('b', [2]), const('shape', [2], 'DT_INT32'), const('k', [32, 2]), const('axes', [2], 'DT_INT32'),
    {'name': 'x', 'op': 'Placeholder', 'attr': {'dtype': {'type': 'DT_FLOAT'}, 'shape': {'shape': dims([-1, 4, 4, 3])}}},
    node('conv', 'Conv2D', ['x', 'w'], conv_attr), node('bias', 'BiasAdd', ['conv', 'b']), node('relu', 'Relu', ['bias']),
    node('pool', 'MaxPool', ['relu'], {'strides': ints([1, 2, 2, 1]), 'ksize': ints([1, 2, 2, 1]),
                                      'padding': {'s': b64('VALID')}, 'data_format': {'s': b64('NHWC')}}),
    node('flat', 'Reshape', ['relu', 'shape']), node('dense', 'MatMul', ['flat', 'k']),
    node('mean', 'Mean', ['pool', 'axes'], {'keep_dims': {'b': False}}), node('out', 'Softmax', ['dense'])]
graph = {'format': 'graph-model', 'modelTopology': {'node': nodes, 'versions': {}},
         'weightsManifest': [{'paths': ['weights.bin'], 'weights': [
             {'name': 'w', 'shape': [3, 3, 3, 2], 'dtype': 'float32'}, {'name': 'b', 'shape': [2], 'dtype': 'float32'},
             {'name': 'shape', 'shape': [2], 'dtype': 'int32'}, {'name': 'k', 'shape': [32, 2], 'dtype': 'float32'},
             {'name': 'axes', 'shape': [2], 'dtype': 'int32'}]}],
         'signature': {'outputs': {'out': {'name': 'out:0'}, 'mean': {'name': 'mean:0'}}}}
gshard = floats(54) + floats(2) + struct.pack('<2i', -1, 32) + floats(64) + struct.pack('<2i', 1, 2)
put('fuzz_tfjs_graph', 'graph', json.dumps(graph).encode() + b'\0' + gshard)
put('fuzz_tfjs_weights', 'graph', json.dumps(graph).encode() + b'\0' + gshard)
PY

# Real photos (about 5 KB each) for the image target, and the targets' own binary seeds.
mkdir -p "$out/fuzz_image" "$out/fuzz_keras_h5" "$out/fuzz_checkpoint"
if [ -d "$data/utkface-dev/images" ]; then
  mapfile -t photos < <(find "$data/utkface-dev/images" -name '*.jpg' | sort)
  cp "${photos[@]:0:4}" "$out/fuzz_image/"
fi
MASKBENCH_FUZZ_WRITE_SEED="$out/fuzz_image" "$build/fuzz/fuzz_image"
MASKBENCH_FUZZ_WRITE_SEED="$out/fuzz_keras_h5/keras.h5" "$build/fuzz/fuzz_keras_h5"
MASKBENCH_FUZZ_WRITE_SEED="$out/fuzz_checkpoint/raw.pt" "$build/fuzz/fuzz_checkpoint"
# The checkpoint target's first byte picks the sidecar: none (0) and the right one (1).
{ printf '\000'; cat "$out/fuzz_checkpoint/raw.pt"; } > "$out/fuzz_checkpoint/no_sidecar"
{ printf '\001'; cat "$out/fuzz_checkpoint/raw.pt"; } > "$out/fuzz_checkpoint/sidecar"
rm "$out/fuzz_checkpoint/raw.pt"
du -sh "$out"/* | sed 's/^/make_seeds: /'
