#!/usr/bin/python3
"""Reference for bench_train_step: the same architectures and the same training step (forward,
BCE-with-logits, backward, RMSprop rho 0.9 eps 1e-7) written in PyTorch from Python, on Debian's
python3-torch (which runs on the very libtorch1.13 the C++ build links). Prints one line in the
format of bench_train_step.

    /usr/bin/python3 bench/train_step_reference.py --model levi-hassner --input 227 --batch 32 --steps 5
Models: levi-hassner, resnet50v2, inceptionv3 (policies full, frozen, finetune as in MaskBench).
--warmup W untimed steps come first; the line reports the mean and the median of the timed steps.
--count prints the forward multiply-accumulates per image instead (all conv/linear layers, and
those whose weights train under the policy), counted with forward hooks from the layer shapes.
--tuned applies MaskBench's two CPU optimisations of ResNet50V2 and InceptionV3 here too: weights
and input in channels_last memory format, and in-place relu / residual add in the backbone. Without
it the model is written the plain PyTorch way (NCHW, out-of-place), as most Python code does.
bench/train_speed.py runs this and bench_train_step side by side.
"""
import argparse
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

INPLACE = False  # --tuned


def relu(x):
    return F.relu(x, inplace=INPLACE)


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
        pre = relu(self.preact_bn(x))
        if self.conv0 is not None:
            sc = self.conv0(pre)
        else:
            sc = F.max_pool2d(x, 1, self.stride) if self.stride > 1 else x
        y = relu(self.bn1(self.conv1(pre)))
        y = relu(self.bn2(self.conv2(F.pad(y, (1, 1, 1, 1)))))
        if INPLACE:
            return self.conv3(y).add_(sc)
        return sc + self.conv3(y)


class StudyHeadModel(nn.Module):
    """A backbone (its features()) under the study's head: flatten, dense 1024 relu, dropout 0.5,
    dense 1 (a logit)."""

    def add_study_head(self, size):
        with torch.no_grad():
            self.eval()
            n = self.features(torch.zeros(1, 3, size, size)).numel()
            self.train()
        self.dense_1, self.output = nn.Linear(n, 1024), nn.Linear(1024, 1)

    def forward(self, x):
        x = F.dropout(F.relu(self.dense_1(self.features(x).flatten(1))), 0.5, self.training)
        return self.output(x)


class ResNet50V2(StudyHeadModel):
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
        self.add_study_head(size)

    def features(self, x):
        x = self.conv1_conv(F.pad(x, (3, 3, 3, 3)))
        x = F.max_pool2d(F.pad(x, (1, 1, 1, 1)), 3, 2)
        for b in self.blocks:
            x = b(x)
        return relu(self.post_bn(x))


class ConvBN(nn.Module):
    """InceptionV3's conv2d_bn: Conv2D without bias, BatchNormalization(scale=False, eps 1e-3),
    relu. Keras 'same' with stride 1 pads kernel//2 on each side; strided ones are 'valid'."""

    def __init__(self, cin, cout, kernel, stride=1, same=True):
        super().__init__()
        kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
        self.conv = nn.Conv2d(cin, cout, (kh, kw), stride=stride, padding=(kh // 2, kw // 2) if same else 0, bias=False)
        self.bn = KerasBN(cout, 1e-3, scale=False)

    def forward(self, x):
        return relu(self.bn(self.conv(x)))


def _avg_pool_same(x):
    # Keras AveragePooling2D(3, 1, 'same') averages the real cells only.
    return F.avg_pool2d(x, 3, 1, 1, count_include_pad=False)


class InceptionA(nn.Module):
    def __init__(self, cin, pool_features):
        super().__init__()
        self.branch1x1 = ConvBN(cin, 64, 1)
        self.branch5x5_1 = ConvBN(cin, 48, 1)
        self.branch5x5_2 = ConvBN(48, 64, 5)
        self.branch3x3dbl_1 = ConvBN(cin, 64, 1)
        self.branch3x3dbl_2 = ConvBN(64, 96, 3)
        self.branch3x3dbl_3 = ConvBN(96, 96, 3)
        self.branch_pool = ConvBN(cin, pool_features, 1)

    def forward(self, x):
        return torch.cat([self.branch1x1(x), self.branch5x5_2(self.branch5x5_1(x)),
                          self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x))),
                          self.branch_pool(_avg_pool_same(x))], 1)


class ReductionA(nn.Module):
    def __init__(self, cin):
        super().__init__()
        self.branch3x3 = ConvBN(cin, 384, 3, 2, False)
        self.branch3x3dbl_1 = ConvBN(cin, 64, 1)
        self.branch3x3dbl_2 = ConvBN(64, 96, 3)
        self.branch3x3dbl_3 = ConvBN(96, 96, 3, 2, False)

    def forward(self, x):
        return torch.cat([self.branch3x3(x), self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x))),
                          F.max_pool2d(x, 3, 2)], 1)


class InceptionC(nn.Module):
    def __init__(self, cin, c7):
        super().__init__()
        self.branch1x1 = ConvBN(cin, 192, 1)
        self.branch7x7_1 = ConvBN(cin, c7, 1)
        self.branch7x7_2 = ConvBN(c7, c7, (1, 7))
        self.branch7x7_3 = ConvBN(c7, 192, (7, 1))
        self.branch7x7dbl_1 = ConvBN(cin, c7, 1)
        self.branch7x7dbl_2 = ConvBN(c7, c7, (7, 1))
        self.branch7x7dbl_3 = ConvBN(c7, c7, (1, 7))
        self.branch7x7dbl_4 = ConvBN(c7, c7, (7, 1))
        self.branch7x7dbl_5 = ConvBN(c7, 192, (1, 7))
        self.branch_pool = ConvBN(cin, 192, 1)

    def forward(self, x):
        b7 = self.branch7x7_3(self.branch7x7_2(self.branch7x7_1(x)))
        d7 = self.branch7x7dbl_5(self.branch7x7dbl_4(self.branch7x7dbl_3(self.branch7x7dbl_2(self.branch7x7dbl_1(x)))))
        return torch.cat([self.branch1x1(x), b7, d7, self.branch_pool(_avg_pool_same(x))], 1)


class ReductionB(nn.Module):
    def __init__(self, cin):
        super().__init__()
        self.branch3x3_1 = ConvBN(cin, 192, 1)
        self.branch3x3_2 = ConvBN(192, 320, 3, 2, False)
        self.branch7x7x3_1 = ConvBN(cin, 192, 1)
        self.branch7x7x3_2 = ConvBN(192, 192, (1, 7))
        self.branch7x7x3_3 = ConvBN(192, 192, (7, 1))
        self.branch7x7x3_4 = ConvBN(192, 192, 3, 2, False)

    def forward(self, x):
        return torch.cat([self.branch3x3_2(self.branch3x3_1(x)),
                          self.branch7x7x3_4(self.branch7x7x3_3(self.branch7x7x3_2(self.branch7x7x3_1(x)))),
                          F.max_pool2d(x, 3, 2)], 1)


class InceptionE(nn.Module):
    def __init__(self, cin):
        super().__init__()
        self.branch1x1 = ConvBN(cin, 320, 1)
        self.branch3x3 = ConvBN(cin, 384, 1)
        self.branch3x3_1 = ConvBN(384, 384, (1, 3))
        self.branch3x3_2 = ConvBN(384, 384, (3, 1))
        self.branch3x3dbl_1 = ConvBN(cin, 448, 1)
        self.branch3x3dbl_2 = ConvBN(448, 384, 3)
        self.branch3x3dbl_3a = ConvBN(384, 384, (1, 3))
        self.branch3x3dbl_3b = ConvBN(384, 384, (3, 1))
        self.branch_pool = ConvBN(cin, 192, 1)

    def forward(self, x):
        b3 = self.branch3x3(x)
        d3 = self.branch3x3dbl_2(self.branch3x3dbl_1(x))
        return torch.cat([self.branch1x1(x), self.branch3x3_1(b3), self.branch3x3_2(b3), self.branch3x3dbl_3a(d3),
                          self.branch3x3dbl_3b(d3), self.branch_pool(_avg_pool_same(x))], 1)


class InceptionV3(StudyHeadModel):
    """keras_applications.inception_v3 without top, as src/core/model/inception_v3.cpp (same
    submodule names, so state_dict keys equal the C++ backbone's), plus the study's flatten head.
    Stages: stem, mixed0..mixed10; "finetune" trains mixed9 and mixed10 (Keras layers 249 on)."""

    def __init__(self, size):
        super().__init__()
        self.stem_conv1 = ConvBN(3, 32, 3, 2, False)
        self.stem_conv2 = ConvBN(32, 32, 3, 1, False)
        self.stem_conv3 = ConvBN(32, 64, 3)
        self.stem_conv4 = ConvBN(64, 80, 1, 1, False)
        self.stem_conv5 = ConvBN(80, 192, 3, 1, False)
        self.mixed0, self.mixed1, self.mixed2 = InceptionA(192, 32), InceptionA(256, 64), InceptionA(288, 64)
        self.mixed3 = ReductionA(288)
        self.mixed4, self.mixed5 = InceptionC(768, 128), InceptionC(768, 160)
        self.mixed6, self.mixed7 = InceptionC(768, 160), InceptionC(768, 192)
        self.mixed8 = ReductionB(768)
        self.mixed9, self.mixed10 = InceptionE(1280), InceptionE(2048)
        self.mixed = [getattr(self, f'mixed{i}') for i in range(11)]
        self.stages = [[self.stem_conv1, self.stem_conv2, self.stem_conv3, self.stem_conv4, self.stem_conv5]]
        self.stages += [[m] for m in self.mixed]
        self.finetune_from = 10  # mixed9
        self.add_study_head(size)

    def features(self, x):
        x = self.stem_conv3(self.stem_conv2(self.stem_conv1(x)))
        x = F.max_pool2d(x, 3, 2)
        x = F.max_pool2d(self.stem_conv5(self.stem_conv4(x)), 3, 2)
        for m in self.mixed:
            x = m(x)
        return x


def count_macs(net, size):
    """Forward multiply-accumulates per image of every Conv2d/Linear, and of those that train."""
    total, trainable, hooks = [0], [0], []

    def hook(m, inp, out):
        k = m.weight[0].numel()  # in/groups x kh x kw, or in_features
        n = out.numel() // out.shape[0] * k
        total[0] += n
        if m.weight.requires_grad:
            trainable[0] += n
    for m in net.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            hooks.append(m.register_forward_hook(hook))
    with torch.no_grad():
        mode = net.training
        net.eval()
        net(torch.zeros(1, 3, size, size))
        net.train(mode)
    for h in hooks:
        h.remove()
    return total[0], trainable[0]


def matmul_peak_gflops():
    n = 2048
    a, b = torch.randn(n, n), torch.randn(n, n)
    torch.mm(a, b)
    t = time.perf_counter()
    for _ in range(5):
        torch.mm(a, b)
    return 2.0 * n ** 3 * 5 / (time.perf_counter() - t) / 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', default='levi-hassner')
    ap.add_argument('--input', type=int, default=0)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--steps', type=int, default=5)
    ap.add_argument('--policy', default='full')
    ap.add_argument('--threads', type=int, default=0)
    ap.add_argument('--warmup', type=int, default=1)
    ap.add_argument('--count', action='store_true')
    ap.add_argument('--tuned', action='store_true', help='channels_last + in-place relu/add (as MaskBench)')
    a = ap.parse_args()
    global INPLACE
    INPLACE = a.tuned and a.model != 'levi-hassner'
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    size = a.input or {'levi-hassner': 227, 'resnet50v2': 224, 'inceptionv3': 299}[a.model]
    torch.manual_seed(1)
    net = {'levi-hassner': Levi, 'resnet50v2': ResNet50V2, 'inceptionv3': InceptionV3}[a.model](size)
    first = {'full': 0, 'frozen': len(net.stages), 'finetune': net.finetune_from}[a.policy]
    for i, stage in enumerate(net.stages):
        for m in stage:
            for p in m.parameters():
                p.requires_grad_(i >= first)
    net.train()
    params = sum(p.numel() for p in net.parameters())
    trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
    if a.count:
        macs, macs_trainable = count_macs(net, size)
        print(f'COUNT model={a.model} input={size} policy={a.policy} params={params} trainable={trainable} '
              f'macs={macs} macs_trainable={macs_trainable}')
        return
    opt = torch.optim.RMSprop([p for p in net.parameters() if p.requires_grad], lr=1e-4, alpha=0.9, eps=1e-7)
    x = torch.rand(a.batch, 3, size, size)
    y = torch.randint(0, 2, (a.batch,)).float()
    if INPLACE:  # --tuned: kernels and input channels_last (after the seeded initialisation)
        net.to(memory_format=torch.channels_last)
        x = x.contiguous(memory_format=torch.channels_last)

    def step():
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(net(x).squeeze(1), y)
        loss.backward()
        opt.step()

    for _ in range(a.warmup):  # allocations, first-touch, oneDNN primitive caches
        step()
    times = []
    for _ in range(a.steps):
        t = time.perf_counter()
        step()
        times.append(time.perf_counter() - t)
    s = sum(times)
    median = statistics.median(times)
    peak = matmul_peak_gflops()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f'pytorch {torch.__version__} model={a.model} input={size} batch={a.batch} policy={a.policy} '
          f'threads={torch.get_num_threads()} tuned={INPLACE}: {a.batch * a.steps / s:.2f} img/s, {s / a.steps:.3f} s/step, '
          f'median {median:.3f} s/step, matmul peak {peak:.1f} GFLOP/s, peak RSS {rss:.0f} MiB')
    print(f'RESULT impl=python params={params} trainable={trainable} median_s={median:.6f} '
          f'steps_s={",".join(f"{x:.4f}" for x in times)} peak_gflops={peak:.2f} rss_mib={rss:.1f}')


if __name__ == '__main__':
    main()
