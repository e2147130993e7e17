#!/usr/bin/python3
"""Keras-architecture references for the weights parity tests (tests/core/tst_pretrained_weights).

ResNet50V2 is bench/train_step_reference.py's PyTorch transcription of Keras' ResNet50V2 (Keras
BN semantics, explicit zero padding), plus Keras' ImageNet top (global average pooling, "probs"
Dense 1000). random_keras_weights() gives its random weights the way a Keras .h5 file holds them
(layer/weight names, HWIO kernels, (in, out) dense kernels), so the export goes through the same
converter as real Keras weights.
"""
import pathlib
import sys

import torch
import torch.nn as nn

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / 'bench'))
import train_step_reference as ref  # noqa: E402


class KerasResNet50V2(nn.Module):
    """Keras ResNet50V2(include_top=True): features, then GAP + Dense(1000) ("probs", logits here)."""

    def __init__(self, size=224):
        super().__init__()
        self.body = ref.ResNet50V2(size)
        self.probs = nn.Linear(2048, 1000)

    def features(self, x):
        return self.body.features(x)

    def forward(self, x):
        return self.probs(self.features(x).mean((2, 3)))


def _block_names():
    for stage, n in ((2, 3), (3, 4), (4, 6), (5, 3)):
        for b in range(1, n + 1):
            yield f'conv{stage}_block{b}'


def keras_weights(net):
    """{'layer/weight:0': numpy array} in Keras layouts, from a KerasResNet50V2."""
    kw = {}

    def conv(layer, c):
        kw[f'{layer}/kernel:0'] = c.weight.detach().permute(2, 3, 1, 0).numpy().copy()
        if c.bias is not None:
            kw[f'{layer}/bias:0'] = c.bias.detach().numpy().copy()

    def bn(layer, b):
        kw[f'{layer}/gamma:0'] = b.weight.detach().numpy().copy()
        kw[f'{layer}/beta:0'] = b.bias.detach().numpy().copy()
        kw[f'{layer}/moving_mean:0'] = b.running_mean.numpy().copy()
        kw[f'{layer}/moving_variance:0'] = b.running_var.numpy().copy()

    body = net.body
    conv('conv1_conv', body.conv1_conv)
    for name, blk in zip(_block_names(), body.blocks):
        bn(f'{name}_preact_bn', blk.preact_bn)
        if blk.conv0 is not None:
            conv(f'{name}_0_conv', blk.conv0)
        conv(f'{name}_1_conv', blk.conv1)
        bn(f'{name}_1_bn', blk.bn1)
        conv(f'{name}_2_conv', blk.conv2)
        bn(f'{name}_2_bn', blk.bn2)
        conv(f'{name}_3_conv', blk.conv3)
    bn('post_bn', body.post_bn)
    kw['probs/kernel:0'] = net.probs.weight.detach().t().numpy().copy()
    kw['probs/bias:0'] = net.probs.bias.detach().numpy().copy()
    return kw


def random_resnet50v2(seed=0, size=224):
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / 'tools'))
    import export_weights
    net = KerasResNet50V2(size)
    export_weights.randomize_(net, seed)
    return net.eval()


def random_keras_weights(model, seed=0):
    if model != 'resnet50v2':
        raise SystemExit(f'keras_reference: no random Keras reference for {model}')
    return keras_weights(random_resnet50v2(seed))
