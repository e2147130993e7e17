// Training-step throughput of MaskBench's LibTorch models: forward + backward + optimizer step on
// random images, per model, input size, batch and freezing policy; prints images/s, achieved
// GFLOP/s where the model's MAC count is known analytically, the machine's measured fp32
// matrix-multiply peak, and peak resident memory. Compare with bench/train_step_reference.py
// (the same architectures and step in PyTorch from Python) on the same machine.
//
//   bench_train_step [--model levi-hassner] [--input 0] [--batch 32] [--policy full] [--steps 5]
//                    [--threads 0] [--head default] [--warmup 1] [--memory-format channels_last|nchw]
//
// The --warmup steps are not timed; the line reports the mean and the median of the timed steps,
// and a RESULT line follows for bench/train_speed.py, which runs this and the Python reference
// interleaved and computes GFLOP/s from the layer shapes.

#include "core/model/classifier.h"
#include "core/model/layers.h"
#include "core/train/trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace maskbench;

namespace {

double peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

double matmulPeakGflops()
{
    const int64_t n = 2048;
    torch::Tensor a = torch::randn({n, n}), b = torch::randn({n, n});
    torch::mm(a, b); // warm-up
    QElapsedTimer t;
    t.start();
    const int reps = 5;
    for (int i = 0; i < reps; ++i)
        torch::mm(a, b);
    return 2.0 * n * n * n * reps / (t.nsecsElapsed() / 1e9) / 1e9;
}

// Forward multiply-accumulates per image, counted from the layer shapes (Levi-Hassner at 227).
double forwardMacs(const ModelConfig &c)
{
    if (c.name == QLatin1String("levi-hassner") && c.inputSize == 227)
        return 96.0 * 147 * 56 * 56 + 256.0 * 2400 * 28 * 28 + 384.0 * 2304 * 14 * 14 + 18816.0 * 512 + 512.0 * 512 + 512;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const char *name, const QString &def) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    ModelConfig c;
    c.name = opt("--model", QStringLiteral("levi-hassner"));
    c.inputSize = opt("--input", QStringLiteral("0")).toInt();
    c.head = opt("--head", QStringLiteral("default"));
    c = resolved(c);
    const int batch = opt("--batch", QStringLiteral("32")).toInt();
    const int steps = opt("--steps", QStringLiteral("5")).toInt();
    const QString policy = opt("--policy", QStringLiteral("full"));
    const int threads = opt("--threads", QStringLiteral("0")).toInt();
    const int warmup = opt("--warmup", QStringLiteral("1")).toInt();
    if (threads > 0)
        torch::set_num_threads(threads);
    const QString memoryFormat = opt("--memory-format", QStringLiteral("channels_last"));
    if (memoryFormat != QLatin1String("channels_last") && memoryFormat != QLatin1String("nchw")) {
        std::fprintf(stderr, "--memory-format must be channels_last or nchw, not %s\n", qPrintable(memoryFormat));
        return 2;
    }
    model::setChannelsLast(memoryFormat == QLatin1String("channels_last"));

    torch::manual_seed(1);
    model::Classifier net = model::makeClassifier(c);
    net->applyPolicy(policy);
    net->train();
    torch::optim::RMSprop optimizer(net->trainableParameters(), torch::optim::RMSpropOptions(1e-4).alpha(0.9).eps(1e-7));
    const torch::Tensor x = torch::rand({batch, 3, c.inputSize, c.inputSize});
    const torch::Tensor y = torch::randint(0, 2, {batch}).to(torch::kFloat);
    auto step = [&] {
        optimizer.zero_grad();
        const torch::Tensor loss = torch::binary_cross_entropy_with_logits(net->forward(x).squeeze(1), y);
        loss.backward();
        optimizer.step();
    };
    for (int i = 0; i < warmup; ++i)
        step(); // allocations, first-touch, oneDNN primitive caches
    std::vector<double> times;
    double seconds = 0;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        times.push_back(t.nsecsElapsed() / 1e9);
        seconds += times.back();
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    const double median = n == 0 ? 0 : n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    const double ips = batch * steps / seconds;
    const double macs = forwardMacs(c);
    // A training step costs about 3x the forward pass (forward, grad wrt inputs, grad wrt weights).
    const double gflops = macs > 0 ? ips * macs * 2 * 3 / 1e9 : 0;
    const double peak = matmulPeakGflops();
    std::printf("libtorch %s model=%s input=%d batch=%d policy=%s threads=%d format=%s: %.2f img/s, %.3f s/step",
                TORCH_VERSION, qPrintable(c.name), c.inputSize, batch, qPrintable(policy), torch::get_num_threads(),
                qPrintable(memoryFormat), ips,
                seconds / steps);
    if (gflops > 0)
        std::printf(", ~%.1f GFLOP/s (%.0f%% of the %.1f GFLOP/s matmul peak)", gflops, 100 * gflops / peak, peak);
    else
        std::printf(", matmul peak %.1f GFLOP/s", peak);
    std::printf(", median %.3f s/step, peak RSS %.0f MiB\n", median, peakRssMiB());
    std::printf("RESULT impl=cpp params=%lld trainable=%lld median_s=%.6f steps_s=", (long long)model::countParameters(*net),
                (long long)model::countParameters(*net, true), median);
    for (size_t i = 0; i < times.size(); ++i)
        std::printf("%s%.4f", i ? "," : "", times[i]);
    std::printf(" peak_gflops=%.2f rss_mib=%.1f\n", peak, peakRssMiB());
    return 0;
}
