#!/usr/bin/python3
"""Issue 4's training-step benchmark: C++ (build/bench/bench_train_step, LibTorch) against the same
architecture and step in PyTorch from Python (bench/train_step_reference.py, Debian python3-torch,
the same libtorch 1.13), in one run, interleaved config by config so both see the same machine.

    /usr/bin/python3 bench/train_speed.py [--build build] [--warmup 2] [--steps 3] [--threads 2]
        [--models resnet50v2,inceptionv3] [--policies frozen,finetune] [--batches 16,32] [--out FILE]

One training step = zero_grad, forward, BCE-with-logits loss, backward, RMSprop step (rho 0.9,
eps 1e-7, lr 1e-4), on one fixed random batch at the model's input size (ResNet50V2 224,
InceptionV3 299) with the study's head (flatten, dense 1024 relu, dropout 0.5, dense 1). Each
process runs --warmup untimed steps, then --steps timed ones; img/s = batch / median step time.
For every config the C++ process, the plain Python process (NCHW, out-of-place relu/add, as PyTorch
code is usually written) and the tuned Python process (--tuned: the channels_last kernels and
activations and in-place relu/add that MaskBench's C++ models use) run back to back, their order
rotating from one config to the next, and the 1-minute load average is read before each process.
C++/Py compares MaskBench with the plain Python step; C++/tuned with Python doing the same thing.

GFLOP/s convention: F = forward multiply-accumulates per image of all conv and dense layers, T =
those of the layers whose weights train under the policy (counted from the layer shapes with
forward hooks in the reference, whose parameter count is checked equal to the C++ model's). A
step costs 2 * (F + 2 T) FLOP per image: the forward pass, and for trainable layers a backward
pass of about twice their forward cost (gradient of the input and of the weights). So frozen =
forward + 2 x head, finetune = forward + 2 x (conv5 or mixed9..10, + head). BN, ReLU, pooling,
concatenation and the optimizer update are not counted. The peak is an fp32 2048 x 2048 torch.mm
measured inside each process right after its timed steps (same load), and the best one of the run.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, 'train_step_reference.py')
SIZES = {'resnet50v2': 224, 'inceptionv3': 299, 'levi-hassner': 227}


def load1():
    with open('/proc/loadavg') as f:
        return float(f.read().split()[0])


def parse(prefix, text, what):
    for line in text.splitlines():
        if line.startswith(prefix + ' '):
            return dict(kv.split('=', 1) for kv in line.split()[1:])
    sys.exit(f'train_speed: {what} printed no {prefix} line:\n{text}')


def run(cmd, env, what):
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        sys.exit(f'train_speed: {what} failed (exit {p.returncode}):\n{p.stdout}')
    return p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--build', default='build')
    ap.add_argument('--warmup', type=int, default=2)
    ap.add_argument('--steps', type=int, default=3)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--models', default='resnet50v2,inceptionv3')
    ap.add_argument('--policies', default='frozen,finetune')
    ap.add_argument('--batches', default='16,32')
    ap.add_argument('--out', help='also write the table (markdown) to this file')
    ap.add_argument('--no-tuned', action='store_true', help='skip the tuned Python reference')
    a = ap.parse_args()
    cpp = os.path.join(a.build, 'bench', 'bench_train_step')
    if not os.access(cpp, os.X_OK):
        sys.exit(f'train_speed: {cpp} not found: build it first (cmake --build {a.build} --target bench_train_step)')
    env = dict(os.environ, OMP_NUM_THREADS=str(a.threads), OPENBLAS_NUM_THREADS=str(a.threads))
    py = [sys.executable, REFERENCE]
    models, policies = a.models.split(','), a.policies.split(',')
    batches = [int(b) for b in a.batches.split(',')]
    started = time.time()
    print(f'# train_speed: threads {a.threads}, {a.warmup} warm-up + {a.steps} timed steps, '
          f'load average at start {os.getloadavg()[0]:.1f}/{os.getloadavg()[1]:.1f}/{os.getloadavg()[2]:.1f}, '
          f'{os.cpu_count()} CPUs', flush=True)

    counts = {}
    for m in models:
        for pol in policies:
            c = parse('COUNT', run(py + ['--model', m, '--policy', pol, '--count'], env, f'count {m} {pol}'), 'count')
            counts[m, pol] = c
            F, T = int(c['macs']), int(c['macs_trainable'])
            print(f'# {m} {pol}: {int(c["params"]):,} parameters, {int(c["trainable"]):,} trainable; forward '
                  f'{F / 1e9:.3f} GMAC/image, trainable layers {T / 1e9:.3f} GMAC; step = {2 * (F + 2 * T) / 1e9:.2f} '
                  f'GFLOP/image', flush=True)

    impls = ['cpp', 'python'] + ([] if a.no_tuned else ['tuned'])
    head = ('| model | input | stage | batch | C++ img/s | Py img/s | C++/Py |'
            + ('' if a.no_tuned else ' Py tuned img/s | C++/tuned |') +
            ' C++ GFLOP/s | Py GFLOP/s | % of peak C++/Py | peak GFLOP/s C++/Py | RSS MiB C++/Py | load C++/Py |'
            ' steps s C++ ; Py' + ('' if a.no_tuned else ' ; tuned') + ' |')
    rule = '|' + '---|' * (head.count('|') - 1)
    rows, peaks, ratios, tuned_ratios = [], [], [], []
    print(head + '\n' + rule, flush=True)
    i = 0
    # Cheap configs first, so that a run cut short still has results.
    for m in models:
        for b in batches:
            for pol in policies:
                size = SIZES[m]
                args = ['--model', m, '--input', str(size), '--batch', str(b), '--policy', pol,
                        '--threads', str(a.threads), '--warmup', str(a.warmup), '--steps', str(a.steps)]
                order = impls[i % len(impls):] + impls[:i % len(impls)]
                i += 1
                res = {}
                for impl in order:
                    cmd = {'cpp': [cpp], 'python': py, 'tuned': py + ['--tuned']}[impl] + args
                    l1 = load1()
                    r = parse('RESULT', run(cmd, env, ' '.join(cmd)), ' '.join(cmd))
                    r['load'] = l1
                    res[impl] = r
                c = counts[m, pol]
                for r in res.values():
                    if r['params'] != c['params'] or r['trainable'] != c['trainable']:
                        sys.exit(f'train_speed: parameter counts differ for {m} {pol}: C++ {res["cpp"]["params"]}/'
                                 f'{res["cpp"]["trainable"]}, Python {c["params"]}/{c["trainable"]}')
                flop = 2 * (int(c['macs']) + 2 * int(c['macs_trainable']))
                ips = {k: b / float(r['median_s']) for k, r in res.items()}
                gf = {k: ips[k] * flop / 1e9 for k in res}
                pk = {k: float(r['peak_gflops']) for k, r in res.items()}
                peaks += pk.values()
                ratio = ips['cpp'] / ips['python']
                ratios.append(ratio)
                tuned = ''
                if 'tuned' in res:
                    tuned_ratios.append(ips['cpp'] / ips['tuned'])
                    tuned = f'{ips["tuned"]:.2f} | **{tuned_ratios[-1]:.2f}** | '
                row = (f'| {m} | {size} | {pol} | {b} | {ips["cpp"]:.2f} | {ips["python"]:.2f} | **{ratio:.2f}** | '
                       f'{tuned}{gf["cpp"]:.1f} | {gf["python"]:.1f} | {100 * gf["cpp"] / pk["cpp"]:.0f} / '
                       f'{100 * gf["python"] / pk["python"]:.0f} | {pk["cpp"]:.0f} / {pk["python"]:.0f} | '
                       f'{float(res["cpp"]["rss_mib"]):.0f} / {float(res["python"]["rss_mib"]):.0f} | '
                       f'{res["cpp"]["load"]:.1f} / {res["python"]["load"]:.1f} | '
                       f'{res["cpp"]["steps_s"].replace(",", " ")} ; {res["python"]["steps_s"].replace(",", " ")}'
                       + (f' ; {res["tuned"]["steps_s"].replace(",", " ")}' if 'tuned' in res else '') + ' |')
                rows.append(row)
                print(row, flush=True)

    minutes = (time.time() - started) / 60
    summary = (f'Best fp32 matmul peak in the run {max(peaks):.1f} GFLOP/s (median {statistics.median(peaks):.1f}); '
               f'C++/Python ratio median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}); '
               + (f'C++/tuned Python median {statistics.median(tuned_ratios):.2f} (min {min(tuned_ratios):.2f}, '
                  f'max {max(tuned_ratios):.2f}); ' if tuned_ratios else '') +
               f'load average at end {os.getloadavg()[0]:.1f}; {minutes:.1f} min in all.')
    print('\n' + summary, flush=True)
    if a.out:
        with open(a.out, 'w') as f:
            f.write(f'threads {a.threads}, {a.warmup} warm-up + {a.steps} timed steps, {os.cpu_count()} CPUs\n\n')
            f.write(head + '\n' + rule + '\n' + '\n'.join(rows) + '\n\n' + summary + '\n')


if __name__ == '__main__':
    main()
