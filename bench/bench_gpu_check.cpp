// GPU check (issue 14): on a machine with an NVIDIA GPU and a CUDA LibTorch, (1) one training step
// of ResNet50V2 and InceptionV3 on CUDA and on the CPU from the same weights and batch, losses
// compared; (2) training-step images/s on CUDA at batch 64 and 256, mixed precision off and fp16,
// frozen and fine-tune. bench/gpu_check.sh builds this with MASKBENCH_GUI=OFF and runs it.
//
//   bench_gpu_check [--device cuda:0] [--steps 10] [--batches 64,256] [--models resnet50v2,inceptionv3]
//                   [--parity-only] [--tolerance 1e-3]
//
// Parity: dropout 0 (its random masks differ between devices), TF32 off (cuDNN and cuBLAS would
// otherwise round matmul inputs to 10-bit mantissas), batch 8. The losses before the step and after
// one RMSprop step (lr 1e-4) must agree within --tolerance, relative: float32 convolutions sum in
// a different order on cuDNN than on oneDNN/OpenBLAS, which leaves differences around 1e-6 per
// layer; 1e-3 leaves room for 50-100 layers and BN's batch statistics, and a real mismatch (a
// wrong layout, a missing synchronisation, a dtype bug) is orders of magnitude larger.
// Exit status: 0 all parity checks passed, 1 one failed, 2 no CUDA device (the reason printed).

#include "core/common/device.h"
#include "core/model/classifier.h"
#include "core/train/trainer.h"

#include <ATen/Context.h>
#include <ATen/autocast_mode.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cmath>
#include <cstdio>

using namespace maskbench;

namespace {

void synchronize(const torch::Device &d)
{
    if (d.is_cuda())
        torch::cuda::synchronize(d.index());
}

// One RMSprop step on (x, y); returns the loss before the step and the loss after it.
std::pair<double, double> oneStep(model::Classifier &net, const torch::Tensor &x, const torch::Tensor &y)
{
    net->train();
    torch::optim::RMSprop opt(net->trainableParameters(), torch::optim::RMSpropOptions(1e-4).alpha(0.9).eps(1e-7));
    opt.zero_grad();
    torch::Tensor loss = torch::binary_cross_entropy_with_logits(net->forward(x).squeeze(1), y);
    const double before = loss.item<double>();
    loss.backward();
    opt.step();
    torch::NoGradGuard noGrad;
    net->eval();
    const double after = torch::binary_cross_entropy_with_logits(net->forward(x).squeeze(1), y).item<double>();
    return {before, after};
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
    const DeviceInfo info = deviceInfo();
    std::printf("libtorch %s, CUDA built: %s, CUDA devices: %d\n", TORCH_VERSION, info.cudaBuilt ? "yes" : "no", info.cudaDevices);
    if (info.cudaDevices == 0) {
        std::printf("NOT RUN: %s\n", qPrintable(info.whyNoCuda));
        return 2;
    }
    const torch::Device cuda(opt("--device", QStringLiteral("cuda:0")).toStdString());
    const int steps = opt("--steps", QStringLiteral("10")).toInt();
    const double tolerance = opt("--tolerance", QStringLiteral("1e-3")).toDouble();
    const QStringList models = opt("--models", QStringLiteral("resnet50v2,inceptionv3")).split(QLatin1Char(','));
    QList<int> batches;
    for (const QString &b : opt("--batches", QStringLiteral("64,256")).split(QLatin1Char(',')))
        batches << b.toInt();

    // 1. Parity, float32 both sides.
    at::globalContext().setAllowTF32CuDNN(false);
    at::globalContext().setAllowTF32CuBLAS(false);
    bool allOk = true;
    for (const QString &name : models) {
        ModelConfig c;
        c.name = name;
        c.head = QStringLiteral("flatten");
        c.dropout = 0.0;
        c = resolved(c);
        for (const QString &policy : {QStringLiteral("frozen"), QStringLiteral("finetune")}) {
            torch::manual_seed(7);
            const torch::Tensor x = torch::rand({8, 3, c.inputSize, c.inputSize});
            const torch::Tensor y = torch::randint(0, 2, {8}).to(torch::kFloat);
            torch::manual_seed(11);
            model::Classifier cpu = model::makeClassifier(c);
            torch::manual_seed(11);
            model::Classifier gpu = model::makeClassifier(c);
            cpu->applyPolicy(policy);
            gpu->applyPolicy(policy);
            gpu->to(cuda);
            const auto [cb, ca] = oneStep(cpu, x, y);
            const auto [gb, ga] = oneStep(gpu, x.to(cuda), y.to(cuda));
            const double eb = std::abs(cb - gb) / std::max(1e-12, std::abs(cb));
            const double ea = std::abs(ca - ga) / std::max(1e-12, std::abs(ca));
            const bool ok = eb < tolerance && ea < tolerance;
            allOk &= ok;
            std::printf("PARITY %s %s: loss before step cpu %.6f cuda %.6f (rel %.2e), after one step cpu %.6f cuda %.6f "
                        "(rel %.2e): %s (tolerance %.0e)\n",
                        qPrintable(name), qPrintable(policy), cb, gb, eb, ca, ga, ea, ok ? "OK" : "MISMATCH", tolerance);
        }
    }
    if (args.contains(QLatin1String("--parity-only")))
        return allOk ? 0 : 1;

    // 2. Throughput on CUDA (TF32 back to LibTorch's defaults for speed).
    at::globalContext().setAllowTF32CuDNN(true);
    for (const QString &name : models) {
        ModelConfig c;
        c.name = name;
        c.head = QStringLiteral("flatten");
        c = resolved(c);
        for (const QString &policy : {QStringLiteral("frozen"), QStringLiteral("finetune")}) {
            for (const int batch : batches) {
                for (const bool amp : {false, true}) {
                    torch::manual_seed(1);
                    model::Classifier net = model::makeClassifier(c);
                    net->applyPolicy(policy);
                    net->to(cuda);
                    net->train();
                    torch::optim::RMSprop o(net->trainableParameters(), torch::optim::RMSpropOptions(1e-4).alpha(0.9).eps(1e-7));
                    const torch::Tensor x = torch::rand({batch, 3, c.inputSize, c.inputSize}).to(cuda);
                    const torch::Tensor y = torch::randint(0, 2, {batch}).to(torch::kFloat).to(cuda);
                    double scale = 65536.0;
                    auto step = [&] {
                        o.zero_grad();
                        torch::Tensor logits;
                        if (amp) {
                            at::autocast::set_autocast_gpu_dtype(at::kHalf);
                            at::autocast::set_enabled(true);
                            at::autocast::increment_nesting();
                            logits = net->forward(x);
                            if (at::autocast::decrement_nesting() == 0)
                                at::autocast::clear_cache();
                            at::autocast::set_enabled(false);
                        } else {
                            logits = net->forward(x);
                        }
                        torch::Tensor loss = torch::binary_cross_entropy_with_logits(logits.to(torch::kFloat).squeeze(1), y);
                        if (amp) {
                            (loss * scale).backward();
                            for (auto &p : net->trainableParameters())
                                if (p.grad().defined())
                                    p.grad().div_(scale);
                        } else {
                            loss.backward();
                        }
                        o.step();
                    };
                    try {
                        for (int i = 0; i < 2; ++i)
                            step(); // cuDNN autotuning, allocations
                        synchronize(cuda);
                        QElapsedTimer t;
                        t.start();
                        for (int i = 0; i < steps; ++i)
                            step();
                        synchronize(cuda);
                        const double s = t.nsecsElapsed() / 1e9;
                        std::printf("SPEED %s %s batch %d amp %s: %.1f img/s (%.3f s/step)\n", qPrintable(name),
                                    qPrintable(policy), batch, amp ? "fp16" : "off", batch * steps / s, s / steps);
                    } catch (const c10::Error &e) {
                        std::printf("SPEED %s %s batch %d amp %s: failed (%s)\n", qPrintable(name), qPrintable(policy),
                                    batch, amp ? "fp16" : "off", e.what_without_backtrace());
                    }
                    std::fflush(stdout);
                }
            }
        }
    }
    return allOk ? 0 : 1;
}
