#!/usr/bin/python3
"""Reference side of tst_pretrained_weights: builds a source model with random weights, exports it
with tools/export_weights.py (--random, as a user would), runs it on a random input and saves
input and outputs for the C++ side to compare.

    /usr/bin/python3 tests/reference/weights_parity.py --model inceptionv3 --dir DIR [--batch 1]

Writes DIR/weights.pt (InceptionV3: --input unit, x/255 folded in; ResNet50V2: --input source)
and DIR/io.pt: input_unit (in [0, 1]), input_source (= 2 * input_unit - 1, what the source
network sees), features (backbone output), logits, and for InceptionV3 also features_tv and
logits_tv: torchvision's forward as is (its avg-pool branches count the zero padding).
"""
import argparse
import pathlib
import sys

import torch
import torch.nn.functional as F

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / 'tools'))
sys.path.insert(0, str(HERE))
import export_weights  # noqa: E402


class KerasAvgPool:
    """Replaces torchvision inception's F.avg_pool2d: padded cells excluded, like Keras/TF 'same'."""

    def __init__(self, module):
        self.module, self.orig = module, module.F.avg_pool2d

    def __enter__(self):
        orig = self.orig

        def pool(x, kernel_size, stride=None, padding=0, **kw):
            if padding:
                kw['count_include_pad'] = False
            return orig(x, kernel_size, stride, padding, **kw)
        self.module.F = type('F', (), {k: getattr(F, k) for k in dir(F) if not k.startswith('__')})
        self.module.F.avg_pool2d = staticmethod(pool)
        return self

    def __exit__(self, *exc):
        self.module.F = F


def keras_inception_roundtrip(path):
    """The Keras .h5 path for InceptionV3, offline: the exported tensors written back as Keras
    layers (conv2d, conv2d_1, ... numbered as a fresh Keras session does; HWIO kernels; BN without
    gamma; (in, out) dense) in shuffled order must convert to exactly the same tensors."""
    import random
    w = {k: v for k, v in torch.load(path).items() if not k.startswith('__')}
    kw = []
    for i, (mb, _) in enumerate(export_weights.inception_units()):
        conv, bn = ('conv2d', 'batch_normalization') if i == 0 else (f'conv2d_{i}', f'batch_normalization_{i}')
        kw.append((f'{conv}/kernel:0', w[f'backbone.{mb}.conv.weight'].permute(2, 3, 1, 0).numpy()))
        kw.append((f'{bn}/beta:0', w[f'backbone.{mb}.bn.bias'].numpy()))
        kw.append((f'{bn}/moving_mean:0', w[f'backbone.{mb}.bn.running_mean'].numpy()))
        kw.append((f'{bn}/moving_variance:0', w[f'backbone.{mb}.bn.running_var'].numpy()))
    kw.append(('predictions/kernel:0', w['head.output.weight'].t().numpy()))
    kw.append(('predictions/bias:0', w['head.output.bias'].numpy()))
    random.Random(0).shuffle(kw)
    back = export_weights.from_keras('inceptionv3', dict(kw))
    assert back.keys() == w.keys(), sorted(set(back) ^ set(w))
    bad = [k for k in w if not torch.equal(back[k], w[k])]
    assert not bad, bad
    print(f'weights_parity: Keras InceptionV3 layout round trip: {len(w)} tensors identical')


def write_keras_h5(kw, path):
    """Writes {'layer/weight:0': array} the way Keras' save_weights() lays out an .h5 file (the
    layout of Keras Applications' ImageNet files): root attributes layer_names, backend and
    keras_version; a group per layer, in model order, with attribute weight_names; datasets at
    layer/layer/weight:0. Layers without weights (input, padding, pooling) are listed with no
    weights, as Keras does."""
    import h5py
    import numpy as np
    layers = []
    for k in kw:
        if k.split('/')[0] not in layers:
            layers.append(k.split('/')[0])
    names = ['input_1', 'conv1_pad'] + layers[:1] + ['pool1_pad', 'pool1_pool'] + layers[1:-2] + \
        ['post_relu', 'avg_pool'] + layers[-2:]
    with h5py.File(path, 'w') as f:
        f.attrs['backend'] = b'tensorflow'
        f.attrs['keras_version'] = b'2.2.4'
        f.attrs['layer_names'] = np.array([n.encode() for n in names])
        for n in names:
            g = f.create_group(n)
            wns = [k for k in kw if k.split('/')[0] == n]
            g.attrs['weight_names'] = np.array([w.encode() for w in wns], dtype='S')
            for w in wns:
                g.create_dataset(w, data=kw[w])


def write_keras_inception_h5(weights_pt, path):
    """A Keras-layout InceptionV3 .h5 (as Keras Applications' file: conv2d_1 .. conv2d_94 and
    batch_normalization_1 .. 94 numbered from 1, BN without gamma, layers listed in model order,
    pooling/concatenate layers without weights, the 'predictions' top) from exported tensors."""
    import h5py
    import numpy as np
    w = {k: v for k, v in torch.load(weights_pt).items() if not k.startswith('__')}
    with h5py.File(path, 'w') as f:
        f.attrs['backend'] = b'tensorflow'
        f.attrs['keras_version'] = b'2.1.5'
        names = ['input_1']
        for i, (mb, _) in enumerate(export_weights.inception_units()):
            conv, bn = f'conv2d_{i + 1}', f'batch_normalization_{i + 1}'
            g = f.create_group(conv)
            g.attrs['weight_names'] = np.array([f'{conv}/kernel:0'.encode()], dtype='S')
            g.create_dataset(f'{conv}/kernel:0', data=w[f'backbone.{mb}.conv.weight'].permute(2, 3, 1, 0).numpy())
            g = f.create_group(bn)
            wns = ['beta', 'moving_mean', 'moving_variance']
            g.attrs['weight_names'] = np.array([f'{bn}/{n}:0'.encode() for n in wns], dtype='S')
            for n, key in zip(wns, ['bias', 'running_mean', 'running_var']):
                g.create_dataset(f'{bn}/{n}:0', data=w[f'backbone.{mb}.bn.{key}'].numpy())
            names += [conv, bn, f'activation_{i + 1}']
            if i % 7 == 6:
                names.append(f'mixed{i // 7}')  # weightless layers between, as Keras lists them
        names.append('avg_pool')
        for n in names:
            if n not in f:
                f.create_group(n).attrs['weight_names'] = np.array([], dtype='S')
        g = f.create_group('predictions')
        g.attrs['weight_names'] = np.array([b'predictions/kernel:0', b'predictions/bias:0'], dtype='S')
        g.create_dataset('predictions/kernel:0', data=w['head.output.weight'].t().contiguous().numpy())
        g.create_dataset('predictions/bias:0', data=w['head.output.bias'].numpy())
        f.attrs['layer_names'] = np.array([n.encode() for n in names + ['predictions']])


def export_from_h5(model, h5, out):
    """tools/export_weights.py --source keras-h5 on `h5`, both input variants, for the C++ reader's
    bit-for-bit comparison (tst_pretrained_weights)."""
    for variant in ('source', 'unit'):
        export_weights.main(['--source', 'keras-h5', '--model', model, '--h5', str(h5), '--input', variant,
                             '--out', str(out / f'weights_h5_{variant}.pt')])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', required=True, choices=['inceptionv3', 'resnet50v2'])
    ap.add_argument('--dir', required=True)
    ap.add_argument('--batch', type=int, default=1)
    ap.add_argument('--seed', type=int, default=3)
    ap.add_argument('--fold-too', action='store_true')
    a = ap.parse_args()
    torch.set_num_threads(2)
    out = pathlib.Path(a.dir)
    out.mkdir(parents=True, exist_ok=True)
    if a.model == 'inceptionv3':
        common = ['--source', 'torchvision-inception_v3', '--random', '--seed', str(a.seed)]
        size = 299
    else:
        common = ['--source', 'keras-h5', '--model', 'resnet50v2', '--random', '--seed', str(a.seed)]
        size = 224
    # InceptionV3's input fold is exact, so its file takes x/255-style input (testing the mapping
    # and the fold at once); ResNet50V2's fold is not exact at the border, so its file keeps the
    # source's range (--fold-too also writes the folded one, to measure the difference).
    variant = 'unit' if a.model == 'inceptionv3' else 'source'
    try:
        import h5py  # noqa: F401
    except ImportError:
        h5py = None
    if a.model == 'resnet50v2' and h5py is not None:
        # Through a real .h5 file, as a user's Keras weights come: the file reader is tested too.
        import keras_reference
        h5 = out / 'resnet50v2_random.h5'
        write_keras_h5(keras_reference.random_keras_weights('resnet50v2', a.seed), h5)
        export_weights.main(['--source', 'keras-h5', '--model', 'resnet50v2', '--h5', str(h5), '--input', variant,
                             '--out', str(out / 'weights.pt')])
        export_weights.main(common + ['--input', variant, '--out', str(out / 'weights_direct.pt')])
        w1, w2 = torch.load(out / 'weights.pt'), torch.load(out / 'weights_direct.pt')
        same = [k for k in w2 if not k.startswith('__') and torch.equal(w1[k], w2[k])]
        assert len(same) == len(w2) - 4 == len(w1) - 4, f'{len(same)} of {len(w2) - 4} tensors equal'
        print(f'weights_parity: Keras .h5 file read by h5py: {len(same)} tensors equal to the in-memory export')
    elif a.model == 'resnet50v2':
        print('weights_parity: h5py missing (apt install python3-h5py): the .h5 file reader is not exercised')
        export_weights.main(common + ['--input', variant, '--out', str(out / 'weights.pt')])
    else:
        export_weights.main(common + ['--input', variant, '--out', str(out / 'weights.pt')])
    if a.fold_too and variant == 'source':
        export_weights.main(common + ['--input', 'unit', '--out', str(out / 'weights_unit.pt')])

    g = torch.Generator().manual_seed(a.seed + 100)
    x01 = torch.rand(a.batch, 3, size, size, generator=g)
    x = 2 * x01 - 1
    io = {'input_unit': x01, 'input_source': x}
    with torch.no_grad():
        if a.model == 'inceptionv3':
            import torchvision.models.inception as tvi
            net = export_weights.torchvision_inception(True, a.seed)
            feats = {}
            net.Mixed_7c.register_forward_hook(lambda m, i, o: feats.__setitem__('f', o))
            with KerasAvgPool(tvi):
                io['logits'] = net(x)
                io['features'] = feats['f']
            io['logits_tv'] = net(x)
            io['features_tv'] = feats['f']
        else:
            import keras_reference
            net = keras_reference.random_resnet50v2(a.seed, size)
            io['features'] = net.features(x)
            io['logits'] = net(x)
    if a.model == 'inceptionv3':
        keras_inception_roundtrip(out / 'weights.pt')
        if h5py is not None:
            # The same network as a Keras Applications .h5 file (unfolded input, as Keras ships it).
            export_weights.main(common + ['--input', 'source', '--out', str(out / 'weights_source.pt')])
            write_keras_inception_h5(out / 'weights_source.pt', out / 'inceptionv3_random.h5')
            export_from_h5('inceptionv3', out / 'inceptionv3_random.h5', out)
            w1, w2 = torch.load(out / 'weights_h5_unit.pt'), torch.load(out / 'weights.pt')
            same = [k for k in w2 if not k.startswith('__') and torch.equal(w1[k], w2[k])]
            assert len(same) == len(w2) - 4, f'{len(same)} of {len(w2) - 4} tensors equal'
            print(f'weights_parity: Keras InceptionV3 .h5 file: {len(same)} tensors equal to the torchvision export')
    elif h5py is not None:
        export_from_h5('resnet50v2', out / 'resnet50v2_random.h5', out)
    torch.save({k: v.contiguous() for k, v in io.items()}, out / 'io.pt')
    print(f'weights_parity: {a.model} batch {a.batch} at {size}: wrote {out}')


if __name__ == '__main__':
    main()
