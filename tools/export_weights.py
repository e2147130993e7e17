#!/usr/bin/env python3
"""Writes ImageNet weights as a file MaskBench loads (`maskbench-cli train --weights FILE`,
`maskbench-cli weights check FILE --model M`, the Training panel's "Pretrained weights").

Runs wherever PyTorch is installed, plus what the chosen source needs (torchvision, timm or h5py,
and internet access the first time the source downloads its weights):

    python3 tools/export_weights.py --source torchvision-inception_v3 --out inceptionv3-imagenet.pt
    python3 tools/export_weights.py --source keras-h5 --model resnet50v2 --h5 resnet50v2_weights_tf_dim_ordering_tf_kernels.h5 --out resnet50v2-imagenet.pt
    python3 tools/export_weights.py --source keras-h5 --model inceptionv3 --h5 inception_v3_weights_tf_dim_ordering_tf_kernels.h5 --out inceptionv3-keras.pt
    python3 tools/export_weights.py --source timm-resnetv2_50 --out resnet50v2-timm.pt   (approximate, see below)

File format: torch.save (zip) of a plain dict {MaskBench key: float32 tensor}, plus string
entries "__model__", "__source__", "__input__" and "__notes__". LibTorch's torch::pickle_load
reads it (no TorchScript). Keys are MaskBench's module names: backbone.* for the backbone and
head.output.{weight,bias} for the 1000-class ImageNet top (MaskBench's "keras-top" head);
MaskBench loads the head only when its shape matches and says when it skipped it.

Layouts: Keras conv kernels are HWIO -> OIHW; Keras dense kernels are (in, out) -> (out, in);
Keras BN gamma/beta/moving_mean/moving_variance -> weight/bias/running_mean/running_var.

Differences handled (also in the README, "Pretrained weights"):
  * torchvision InceptionV3's BN has a scale (gamma); Keras' (and MaskBench's) has scale=False.
    gamma is folded exactly: conv weight *= gamma and running_mean *= gamma per channel, running
    variance unchanged, so gamma*(Wx - m)/sqrt(v + eps) + beta is computed bit-for-bit the same
    in inference (frozen backbone, evaluation). When those BN layers train (fine-tuning), batch
    statistics normalise gamma's magnitude away, as in the Keras architecture.
  * torchvision's avg-pool branches count the zero padding (count_include_pad=True); Keras and
    MaskBench average real cells only (TF 'SAME'). The weights were ported from TensorFlow, where
    padding is not counted, so MaskBench computes the original network; the border cells of the
    pooled branches differ slightly from torchvision's forward (the parity test measures both).
  * Input: torchvision's IMAGENET1K_V1 (transform_input) and Keras' preprocess_input both feed
    the network x/127.5 - 1. MaskBench's pipeline feeds x/255 (the study's rescale). By default
    (--input unit) the affine map [0,1] -> the source's range is folded into the first
    convolution: exact for InceptionV3 (its first conv is 'valid'); for ResNet50V2 the first conv
    zero-pads by 3, so the outermost 3 pixels see a different pad value (0 instead of -1 in the
    source's units). --input source keeps the source's expected range.
  * timm resnetv2_50 is a different ResNetV2: stride in the first block of a stage (Keras: the
    last), stem conv without bias, max-pool padded with -inf, BN eps 1e-5 (Keras 1.001e-5), and
    ImageNet mean/std input. The tensors have the same shapes, so they map one to one, but the
    network is not the same function: treat it as an initialisation to fine-tune, not as a
    faithful ImageNet model. The exporter says so in "__notes__" and on the terminal.

--random builds the source model with random weights (and random BN statistics) offline; the
parity tests use it (tests/reference/weights_parity.py).
"""
import argparse
import re
import sys

import numpy as np
import torch

# MaskBench's InceptionV3 conv2d_bn units in Keras creation order (= conv2d_1 .. conv2d_94 and
# batch_normalization_1 .. 94 in Keras' .h5 files), with torchvision's module names.
_INCEPTION_BLOCKS = [
    ('mixed0', 'Mixed_5b', 'A'), ('mixed1', 'Mixed_5c', 'A'), ('mixed2', 'Mixed_5d', 'A'),
    ('mixed3', 'Mixed_6a', 'B'),
    ('mixed4', 'Mixed_6b', 'C'), ('mixed5', 'Mixed_6c', 'C'), ('mixed6', 'Mixed_6d', 'C'), ('mixed7', 'Mixed_6e', 'C'),
    ('mixed8', 'Mixed_7a', 'D'),
    ('mixed9', 'Mixed_7b', 'E'), ('mixed10', 'Mixed_7c', 'E'),
]
_INCEPTION_BRANCHES = {
    'A': ['branch1x1', 'branch5x5_1', 'branch5x5_2', 'branch3x3dbl_1', 'branch3x3dbl_2', 'branch3x3dbl_3', 'branch_pool'],
    'B': ['branch3x3', 'branch3x3dbl_1', 'branch3x3dbl_2', 'branch3x3dbl_3'],
    'C': ['branch1x1', 'branch7x7_1', 'branch7x7_2', 'branch7x7_3', 'branch7x7dbl_1', 'branch7x7dbl_2',
          'branch7x7dbl_3', 'branch7x7dbl_4', 'branch7x7dbl_5', 'branch_pool'],
    'D': ['branch3x3_1', 'branch3x3_2', 'branch7x7x3_1', 'branch7x7x3_2', 'branch7x7x3_3', 'branch7x7x3_4'],
    # MaskBench (Keras variable names) -> torchvision's differ only in InceptionE, see below.
    'E': ['branch1x1', 'branch3x3', 'branch3x3_1', 'branch3x3_2', 'branch3x3dbl_1', 'branch3x3dbl_2',
          'branch3x3dbl_3a', 'branch3x3dbl_3b', 'branch_pool'],
}
_TV_E = {'branch3x3': 'branch3x3_1', 'branch3x3_1': 'branch3x3_2a', 'branch3x3_2': 'branch3x3_2b'}
_TV_STEM = ['Conv2d_1a_3x3', 'Conv2d_2a_3x3', 'Conv2d_2b_3x3', 'Conv2d_3b_1x1', 'Conv2d_4a_3x3']


def inception_units():
    """[(maskbench unit name, torchvision module name)] in Keras creation order (94 units)."""
    units = [(f'stem_conv{i + 1}', tv) for i, tv in enumerate(_TV_STEM)]
    for mb, tv, kind in _INCEPTION_BLOCKS:
        for br in _INCEPTION_BRANCHES[kind]:
            units.append((f'{mb}.{br}', f'{tv}.{_TV_E.get(br, br) if kind == "E" else br}'))
    assert len(units) == 94
    return units


def resnet50v2_blocks():
    """Keras block prefixes conv2_block1 .. conv5_block3, in order, with 'has projection'."""
    out = []
    for stage, n in ((2, 3), (3, 4), (4, 6), (5, 3)):
        for b in range(1, n + 1):
            out.append((f'conv{stage}_block{b}', b == 1))
    return out


def _f32(a):
    return torch.as_tensor(np.asarray(a)).detach().to(torch.float32).contiguous().clone()


# ---------------------------------------------------------------------------------------------
# Sources -> {maskbench key: tensor} in the source's input units

def from_torchvision_inception(sd):
    """torchvision inception_v3 state dict -> MaskBench keys; BN gamma folded (see module doc)."""
    out = {}
    for mb, tv in inception_units():
        w = sd[f'{tv}.conv.weight'].float()
        gamma = sd[f'{tv}.bn.weight'].float()
        out[f'backbone.{mb}.conv.weight'] = (w * gamma.view(-1, 1, 1, 1)).contiguous()
        out[f'backbone.{mb}.bn.bias'] = sd[f'{tv}.bn.bias'].float().clone()
        out[f'backbone.{mb}.bn.running_mean'] = (sd[f'{tv}.bn.running_mean'].float() * gamma).contiguous()
        out[f'backbone.{mb}.bn.running_var'] = sd[f'{tv}.bn.running_var'].float().clone()
    if 'fc.weight' in sd:
        out['head.output.weight'] = sd['fc.weight'].float().clone()
        out['head.output.bias'] = sd['fc.bias'].float().clone()
    return out


def _keras_index(name):
    """conv2d -> 0, conv2d_7 -> 7 (Keras numbers layers per session; order is what matters)."""
    m = re.match(r'^(.*?)(?:_(\d+))?$', name)
    return int(m.group(2) or 0)


def from_keras(model, kw):
    """Keras weights {'layer/weight:0': array} (h5 layouts) -> MaskBench keys."""
    kw = {'/'.join(k.split('/')[-2:]).replace(':0', ''): v for k, v in kw.items()}
    out = {}

    def conv(key, layer, bias):
        out[key + '.weight'] = _f32(np.transpose(kw[f'{layer}/kernel'], (3, 2, 0, 1)))
        if bias:
            out[key + '.bias'] = _f32(kw[f'{layer}/bias'])

    def bn(key, layer, scale=True):
        if scale:
            out[key + '.weight'] = _f32(kw[f'{layer}/gamma'])
        out[key + '.bias'] = _f32(kw[f'{layer}/beta'])
        out[key + '.running_mean'] = _f32(kw[f'{layer}/moving_mean'])
        out[key + '.running_var'] = _f32(kw[f'{layer}/moving_variance'])

    if model == 'resnet50v2':
        conv('backbone.conv1_conv', 'conv1_conv', True)
        for blk, proj in resnet50v2_blocks():
            bn(f'backbone.{blk}.preact_bn', f'{blk}_preact_bn')
            if proj:
                conv(f'backbone.{blk}.conv0', f'{blk}_0_conv', True)
            conv(f'backbone.{blk}.conv1', f'{blk}_1_conv', False)
            bn(f'backbone.{blk}.bn1', f'{blk}_1_bn')
            conv(f'backbone.{blk}.conv2', f'{blk}_2_conv', False)
            bn(f'backbone.{blk}.bn2', f'{blk}_2_bn')
            conv(f'backbone.{blk}.conv3', f'{blk}_3_conv', True)
        bn('backbone.post_bn', 'post_bn')
        top = 'probs'
    elif model == 'inceptionv3':
        layers = {k.split('/')[0] for k in kw}
        convs = sorted((l for l in layers if re.fullmatch(r'conv2d(_\d+)?', l)), key=_keras_index)
        bns = sorted((l for l in layers if re.fullmatch(r'batch_normalization(_\d+)?', l)), key=_keras_index)
        units = inception_units()
        if len(convs) != 94 or len(bns) != 94:
            sys.exit(f'export_weights: expected 94 conv2d and 94 batch_normalization layers in the Keras '
                     f'InceptionV3 weights, found {len(convs)} and {len(bns)}')
        for (mb, _), c, b in zip(units, convs, bns):
            conv(f'backbone.{mb}.conv', c, False)
            bn(f'backbone.{mb}.bn', b, scale=False)
        top = 'predictions'
    else:
        sys.exit(f'export_weights: no Keras mapping for model {model}')
    if f'{top}/kernel' in kw:
        out['head.output.weight'] = _f32(np.transpose(kw[f'{top}/kernel']))
        out['head.output.bias'] = _f32(kw[f'{top}/bias'])
    return out


def read_keras_h5(path):
    import h5py
    kw = {}
    with h5py.File(path, 'r') as f:
        root = f['model_weights'] if 'model_weights' in f else f
        for layer in root.attrs['layer_names']:
            layer = layer.decode() if isinstance(layer, bytes) else layer
            g = root[layer]
            for wn in g.attrs['weight_names']:
                wn = wn.decode() if isinstance(wn, bytes) else wn
                kw[f'{layer}/{wn.split("/")[-1]}'] = np.array(g[wn])
    return kw


def from_timm_resnetv2(sd):
    """timm resnetv2_50 state dict -> MaskBench keys by position (same shapes; see module doc)."""
    out = {'backbone.conv1_conv.weight': sd['stem.conv.weight'].float().clone(),
           'backbone.conv1_conv.bias': torch.zeros(sd['stem.conv.weight'].shape[0])}
    blocks = resnet50v2_blocks()
    i = 0
    for s in range(4):
        b = 0
        while f'stages.{s}.blocks.{b}.conv1.weight' in sd:
            p = f'stages.{s}.blocks.{b}'
            blk, proj = blocks[i]
            q = f'backbone.{blk}'
            for mine, theirs in (('preact_bn', 'norm1'), ('bn1', 'norm2'), ('bn2', 'norm3')):
                for t in ('weight', 'bias', 'running_mean', 'running_var'):
                    out[f'{q}.{mine}.{t}'] = sd[f'{p}.{theirs}.{t}'].float().clone()
            out[f'{q}.conv1.weight'] = sd[f'{p}.conv1.weight'].float().clone()
            out[f'{q}.conv2.weight'] = sd[f'{p}.conv2.weight'].float().clone()
            out[f'{q}.conv3.weight'] = sd[f'{p}.conv3.weight'].float().clone()
            out[f'{q}.conv3.bias'] = torch.zeros(sd[f'{p}.conv3.weight'].shape[0])
            if proj:
                out[f'{q}.conv0.weight'] = sd[f'{p}.downsample.conv.weight'].float().clone()
                out[f'{q}.conv0.bias'] = torch.zeros(sd[f'{p}.downsample.conv.weight'].shape[0])
            b += 1
            i += 1
    for t in ('weight', 'bias', 'running_mean', 'running_var'):
        out[f'backbone.post_bn.{t}'] = sd[f'norm.{t}'].float().clone()
    fc = 'head.fc.weight'
    if fc in sd:
        out['head.output.weight'] = sd[fc].float().reshape(sd[fc].shape[0], -1).clone()
        out['head.output.bias'] = sd['head.fc.bias'].float().clone()
    return out


def standardized_timm_weights(net):
    """State dict with weight-standardised convolutions (timm StdConv2d) replaced by the weights
    they compute with, which is exact: MaskBench's convolutions are plain."""
    sd = {k: v.detach().clone() for k, v in net.state_dict().items()}
    for name, m in net.named_modules():
        if type(m).__name__ in ('StdConv2d', 'StdConv2dSame', 'ScaledStdConv2d'):
            if type(m).__name__ == 'ScaledStdConv2d':
                sys.exit('export_weights: ScaledStdConv2d (NFNet) does not map onto ResNet50V2')
            w = m.weight.detach()
            sd[f'{name}.weight'] = torch.nn.functional.batch_norm(
                w.reshape(1, w.shape[0], -1), None, None, training=True, momentum=0., eps=m.eps).reshape_as(w)
    return sd


# ---------------------------------------------------------------------------------------------
# Input range fold

FIRST_CONV = {'inceptionv3': ('backbone.stem_conv1.conv.weight', 'backbone.stem_conv1.bn.running_mean', None),
              'resnet50v2': ('backbone.conv1_conv.weight', None, 'backbone.conv1_conv.bias')}


def fold_input(model, w, mean, std):
    """The source expects (x - mean) / std per channel; MaskBench feeds x in [0, 1]. Folds the map
    into the first convolution: conv((x - m) / s) = conv_{W/s}(x) - sum_{c,k} W[o,c,k] m_c / s_c.
    The constant goes into the conv bias (ResNet50V2) or, with the opposite sign, into the
    following BN's moving mean (InceptionV3, conv without bias)."""
    wkey, meankey, biaskey = FIRST_CONV[model]
    m = torch.tensor(mean, dtype=torch.float64).view(1, 3, 1, 1)
    s = torch.tensor(std, dtype=torch.float64).view(1, 3, 1, 1)
    W = w[wkey].double()
    shift = (W * m / s).sum(dim=(1, 2, 3))
    w[wkey] = (W / s).float().contiguous()
    if biaskey:
        w[biaskey] = (w[biaskey].double() - shift).float()
    else:
        w[meankey] = (w[meankey].double() + shift).float()


# ---------------------------------------------------------------------------------------------
# Random source models (offline parity tests)

def randomize_(module, seed):
    """Random weights and BN statistics, on a scale that keeps activations O(1) through 50+ layers."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, t in list(module.named_parameters()) + list(module.named_buffers()):
            if name.endswith('num_batches_tracked'):
                continue
            if name.endswith('running_var'):
                t.copy_(0.5 + torch.rand(t.shape, generator=g))
            elif name.endswith('running_mean'):
                t.copy_(0.1 * torch.randn(t.shape, generator=g))
            elif t.dim() == 1 and ('bn' in name or 'norm' in name):  # gamma / beta
                t.copy_((0.8 + 0.4 * torch.rand(t.shape, generator=g)) if name.endswith('weight')
                        else 0.1 * torch.randn(t.shape, generator=g))
            elif t.dim() >= 2:
                fan_in = t[0].numel()
                t.copy_(torch.randn(t.shape, generator=g) * (1.0 / fan_in) ** 0.5)
            else:
                t.copy_(0.05 * torch.randn(t.shape, generator=g))
    return module


def torchvision_inception(random, seed=0):
    from torchvision.models import inception_v3
    if random:
        net = inception_v3(weights=None, aux_logits=False, init_weights=False, transform_input=False)
        randomize_(net, seed)
        # A few negative gammas: the fold must keep their sign.
        with torch.no_grad():
            net.Conv2d_2b_3x3.bn.weight[:4].neg_()
    else:
        from torchvision.models import Inception_V3_Weights
        net = inception_v3(weights=Inception_V3_Weights.IMAGENET1K_V1)
    return net.eval()


# ---------------------------------------------------------------------------------------------

def save(weights, path, model, source, input_desc, notes):
    d = {k: v.detach().to(torch.float32).contiguous().clone() for k, v in weights.items()}
    d['__model__'] = model
    d['__source__'] = source
    d['__input__'] = input_desc
    d['__notes__'] = notes
    torch.save(d, path, _use_new_zipfile_serialization=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--source', required=True, choices=['torchvision-inception_v3', 'keras-h5', 'timm-resnetv2_50'])
    ap.add_argument('--model', choices=['resnet50v2', 'inceptionv3'], help='MaskBench model (keras-h5 needs it)')
    ap.add_argument('--h5', help='Keras Applications weights file (.h5), for --source keras-h5')
    ap.add_argument('--timm-name', default='resnetv2_50', help='timm model name (resnetv2_50 family)')
    ap.add_argument('--input', choices=['unit', 'source'], default='unit',
                    help="unit: weights expect MaskBench's x/255 input (folded into the first conv); "
                         "source: keep the source's input range")
    ap.add_argument('--random', action='store_true', help='random source weights (offline tests)')
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--out', required=True)
    a = ap.parse_args(argv)

    notes = []
    mean, std = (0.5, 0.5, 0.5), (0.5, 0.5, 0.5)  # x/127.5 - 1 in [0, 1] units
    if a.source == 'torchvision-inception_v3':
        model = 'inceptionv3'
        net = torchvision_inception(a.random, a.seed)
        w = from_torchvision_inception(net.state_dict())
        src = 'torchvision inception_v3 ' + ('random' if a.random else 'IMAGENET1K_V1')
        notes.append('BN gamma folded into conv weight and moving mean (exact in inference).')
        notes.append('torchvision averages padded zeros in its pool branches; MaskBench (Keras, TF) does not.')
    elif a.source == 'keras-h5':
        if not a.model or not (a.h5 or a.random):
            ap.error('--source keras-h5 needs --model and --h5 FILE')
        model = a.model
        if a.random:
            sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent.parent / 'tests' / 'reference'))
            import keras_reference
            kw = keras_reference.random_keras_weights(model, a.seed)
        else:
            kw = read_keras_h5(a.h5)
        w = from_keras(model, kw)
        src = f'keras {model} ' + ('random' if a.random else a.h5)
    else:
        import timm
        model = 'resnet50v2'
        net = timm.create_model(a.timm_name, pretrained=not a.random)
        if a.random:
            randomize_(net, a.seed)
        cfg = getattr(net, 'pretrained_cfg', None) or getattr(net, 'default_cfg', {})
        mean, std = tuple(cfg.get('mean', mean)), tuple(cfg.get('std', std))
        sd = standardized_timm_weights(net)
        try:
            w = from_timm_resnetv2(sd)
        except KeyError as e:
            sys.exit(f'export_weights: timm {a.timm_name} has no tensor {e}: only resnetv2_50-style models (one stem '
                     f'conv, BatchNorm, 3-4-6-3 blocks) map onto ResNet50V2; GroupNorm (BiT) and deep-stem '
                     f'variants do not')
        if len(w) != 270 + 2 * ('head.fc.weight' in sd):  # ResNet50V2 backbone: 270 tensors
            sys.exit(f'export_weights: timm {a.timm_name} does not have ResNet50V2\'s layout ({len(w)} tensors mapped)')
        src = f'timm {a.timm_name}' + (' random' if a.random else '')
        notes.append('APPROXIMATE: timm ResNetV2 strides in the first block of a stage (Keras: the last), has no '
                     'stem bias, pads its max-pool with -inf and uses BN eps 1e-5; same shapes, different '
                     'network: fine-tune, do not expect ImageNet accuracy as is.')
        print('export_weights: warning: ' + notes[-1], file=sys.stderr)

    if a.input == 'unit':
        fold_input(model, w, mean, std)
        input_desc = f'unit: x/255 (source mean {mean} std {std} folded into the first conv)'
        if model == 'resnet50v2':
            notes.append('Input fold is inexact in the 3-pixel border of conv1 (zero padding).')
    else:
        input_desc = f'source: (x/255 - mean) / std with mean {mean} std {std}'
    save(w, a.out, model, src, input_desc, ' '.join(notes))
    print(f'export_weights: {a.out}: {model}, {len(w)} tensors, '
          f'{sum(t.numel() for t in w.values()):,} values, from {src}; input {input_desc}')
    for n in notes:
        print('  note: ' + n)


if __name__ == '__main__':
    main()
