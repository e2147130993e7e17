#!/usr/bin/python3
"""Reference for bench_train_step: the same architectures and the same training step (forward,
BCE-with-logits, backward, RMSprop rho 0.9 eps 1e-7) written in PyTorch from Python, on Debian's
python3-torch (which runs on the very libtorch1.13 the C++ build links). Prints one line in the
format of bench_train_step.

    /usr/bin/python3 bench/train_step_reference.py --model levi-hassner --input 227 --batch 32 --steps 5
Models: levi-hassner, resnet50v2 (policies full, frozen, finetune as in MaskBench).
"""
import argparse
import resource
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class KerasBN(nn.Module):
    """BatchNormalization as Keras: batch statistics only while training *and* trainable."""

    def __init__(self, c, eps, scale=True):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(c)) if scale else None
        self.bias = nn.Parameter(torch.zeros(c))
        self.register_buffer('running_mean', torch.zeros(c))
        self.register_buffer('running_var', torch.ones(c))

    def forward(self, x):
        return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias,
                            self.training and self.bias.requires_grad, 0.01, self.eps)


class Levi(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 96, 7, stride=4)
        self.conv2 = nn.Conv2d(96, 256, 5, padding=2)
        self.conv3 = nn.Conv2d(256, 384, 3, padding=1)
        with torch.no_grad():
            n = self.features(torch.zeros(1, 3, size, size)).numel()
        self.dense_1, self.dense_2, self.output = nn.Linear(n, 512), nn.Linear(512, 512), nn.Linear(512, 1)
        self.stages = [[self.conv1], [self.conv2], [self.conv3]]
        self.finetune_from = 0

    def features(self, x):
        pool = lambda t: F.max_pool2d(t, 3, 2, ceil_mode=True)
        lrn = lambda t: F.local_response_norm(t, 5, 1e-4, 0.75, 1.0)
        x = lrn(pool(F.relu(self.conv1(x))))
        x = lrn(pool(F.relu(self.conv2(x))))
        return pool(F.relu(self.conv3(x)))

    def forward(self, x):
        x = self.features(x).flatten(1)
        x = F.dropout(F.relu(self.dense_1(x)), 0.5, self.training)
        x = F.dropout(F.relu(self.dense_2(x)), 0.5, self.training)
        return self.output(x)


class PreactBlock(nn.Module):
    def __init__(self, cin, f, stride, conv_shortcut):
        super().__init__()
        eps = 1.001e-5
        self.stride = stride
        self.preact_bn = KerasBN(cin, eps)
        self.conv0 = nn.Conv2d(cin, 4 * f, 1, stride=stride) if conv_shortcut else None
        self.conv1 = nn.Conv2d(cin, f, 1, bias=False)
        self.bn1 = KerasBN(f, eps)
        self.conv2 = nn.Conv2d(f, f, 3, stride=stride, bias=False)
        self.bn2 = KerasBN(f, eps)
        self.conv3 = nn.Conv2d(f, 4 * f, 1)

    def forward(self, x):
        pre = F.relu(self.preact_bn(x))
        if self.conv0 is not None:
            sc = self.conv0(pre)
        else:
            sc = F.max_pool2d(x, 1, self.stride) if self.stride > 1 else x
        y = F.relu(self.bn1(self.conv1(pre)))
        y = F.relu(self.bn2(self.conv2(F.pad(y, (1, 1, 1, 1)))))
        return sc + self.conv3(y)


class ResNet50V2(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.conv1_conv = nn.Conv2d(3, 64, 7, stride=2)
        self.stages = [[self.conv1_conv]]
        blocks, cin = [], 64
        for f, n, last in ((64, 3, 2), (128, 4, 2), (256, 6, 2), (512, 3, 1)):
            stage = []
            for b in range(1, n + 1):
                stage.append(PreactBlock(cin, f, last if b == n else 1, b == 1))
                cin = 4 * f
            blocks += stage
            self.stages.append(stage)
        self.blocks = nn.ModuleList(blocks)
        self.post_bn = KerasBN(cin, 1.001e-5)
        self.stages[-1].append(self.post_bn)
        self.finetune_from = 4
        with torch.no_grad():
            self.eval()
            n = self.features(torch.zeros(1, 3, size, size)).numel()
            self.train()
        self.dense_1, self.output = nn.Linear(n, 1024), nn.Linear(1024, 1)

    def features(self, x):
        x = self.conv1_conv(F.pad(x, (3, 3, 3, 3)))
        x = F.max_pool2d(F.pad(x, (1, 1, 1, 1)), 3, 2)
        for b in self.blocks:
            x = b(x)
        return F.relu(self.post_bn(x))

    def forward(self, x):
        x = F.dropout(F.relu(self.dense_1(self.features(x).flatten(1))), 0.5, self.training)
        return self.output(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', default='levi-hassner')
    ap.add_argument('--input', type=int, default=0)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--steps', type=int, default=5)
    ap.add_argument('--policy', default='full')
    ap.add_argument('--threads', type=int, default=0)
    a = ap.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    size = a.input or {'levi-hassner': 227, 'resnet50v2': 224}[a.model]
    torch.manual_seed(1)
    net = Levi(size) if a.model == 'levi-hassner' else ResNet50V2(size)
    first = {'full': 0, 'frozen': len(net.stages), 'finetune': net.finetune_from}[a.policy]
    for i, stage in enumerate(net.stages):
        for m in stage:
            for p in m.parameters():
                p.requires_grad_(i >= first)
    net.train()
    opt = torch.optim.RMSprop([p for p in net.parameters() if p.requires_grad], lr=1e-4, alpha=0.9, eps=1e-7)
    x = torch.rand(a.batch, 3, size, size)
    y = torch.randint(0, 2, (a.batch,)).float()

    def step():
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(net(x).squeeze(1), y)
        loss.backward()
        opt.step()

    step()
    t = time.perf_counter()
    for _ in range(a.steps):
        step()
    s = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f'pytorch {torch.__version__} model={a.model} input={size} batch={a.batch} policy={a.policy} '
          f'threads={torch.get_num_threads()}: {a.batch * a.steps / s:.2f} img/s, {s / a.steps:.3f} s/step, '
          f'peak RSS {rss:.0f} MiB')


if __name__ == '__main__':
    main()
