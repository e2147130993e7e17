// ResNet50V2 and InceptionV3 keep their activations and convolution kernels in channels_last
// (NHWC) memory by default, with in-place relu and residual adds. This checks that the speed-up
// changes nothing a user can see: the same weights give the same logits and the same gradients
// in NCHW and channels_last (tiny inputs, fine-tune policy so that the in-place ops sit inside the
// backward graph), the kernels really are stored channels_last, and a checkpoint's tensors load
// back into a model of the other format with equal outputs.

// Torch first, before Qt headers (STYLE rule 11); the target builds with QT_NO_KEYWORDS too.
#include "core/model/classifier.h"
#include "core/model/layers.h"

#include <QTest>

using namespace maskbench;

namespace {

struct Pass
{
    torch::Tensor logits;
    std::vector<torch::Tensor> grads; // trainable parameters, in registration order
};

model::Classifier build(const QString &name, int size, bool channelsLast)
{
    model::setChannelsLast(channelsLast);
    ModelConfig c;
    c.name = name;
    c.inputSize = size;
    c.hiddenUnits = 16;
    c.dropout = 0; // dropout would draw different masks in the two passes
    c = resolved(c);
    torch::manual_seed(7);
    model::Classifier net = model::makeClassifier(c);
    net->applyPolicy(QStringLiteral("finetune"));
    return net;
}

Pass run(model::Classifier &net, const torch::Tensor &x, const torch::Tensor &y)
{
    net->train();
    net->zero_grad();
    Pass p;
    p.logits = net->forward(x);
    torch::binary_cross_entropy_with_logits(p.logits.squeeze(1), y).backward();
    for (const auto &t : net->trainableParameters())
        p.grads.push_back(t.grad().clone());
    p.logits = p.logits.detach().clone();
    return p;
}

double relativeError(const torch::Tensor &a, const torch::Tensor &b)
{
    const double scale = std::max(b.abs().max().item<double>(), 1e-12);
    return (a - b).abs().max().item<double>() / scale;
}

} // namespace

class TestMemoryFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { model::setChannelsLast(true); }

    void sameResultsInBothFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        QTest::newRow("resnet50v2") << QStringLiteral("resnet50v2") << 64;
        QTest::newRow("inceptionv3") << QStringLiteral("inceptionv3") << 75;
    }

    void sameResultsInBothFormats()
    {
        QFETCH(QString, name);
        QFETCH(int, size);
        torch::manual_seed(3);
        const torch::Tensor x = torch::rand({3, 3, int64_t(size), int64_t(size)});
        const torch::Tensor y = torch::tensor({0.f, 1.f, 1.f});

        model::Classifier nchw = build(name, size, false);
        model::Classifier cl = build(name, size, true);

        // Both formats start from the same values, and only the layout differs.
        int kernels = 0;
        for (const auto &p : cl->backbone().named_parameters()) {
            if (p.value().dim() != 4)
                continue;
            ++kernels;
            QVERIFY2(p.value().is_contiguous(torch::MemoryFormat::ChannelsLast), p.key().c_str());
            QVERIFY(torch::equal(p.value(), nchw->backbone().named_parameters()[p.key()]));
        }
        QVERIFY(kernels > 50);
        for (const auto &p : nchw->backbone().parameters())
            if (p.dim() == 4)
                QVERIFY(p.is_contiguous());

        const Pass a = run(nchw, x, y);
        model::setChannelsLast(true);
        const Pass b = run(cl, x, y);
        QVERIFY(a.logits.isfinite().all().item<bool>());
        QVERIFY2(relativeError(b.logits, a.logits) < 1e-4, qPrintable(QString::number(relativeError(b.logits, a.logits))));
        QCOMPARE(b.grads.size(), a.grads.size());
        QVERIFY(a.grads.size() > 10); // the fine-tune stage's kernels, BN and the head
        double worst = 0;
        for (size_t i = 0; i < a.grads.size(); ++i)
            if (a.grads[i].abs().max().item<double>() > 0)
                worst = std::max(worst, relativeError(b.grads[i], a.grads[i]));
        QVERIFY2(worst < 1e-3, qPrintable(QStringLiteral("largest relative gradient difference %1").arg(worst)));

        // A checkpoint written by one format loads into the other (values copied, layout kept).
        model::Classifier other = build(name, size, false);
        torch::NoGradGuard noGrad;
        auto dst = other->named_parameters();
        for (const auto &p : cl->named_parameters())
            dst[p.key()].copy_(p.value());
        auto dstBuffers = other->named_buffers();
        for (const auto &bf : cl->named_buffers())
            dstBuffers[bf.key()].copy_(bf.value());
        other->eval();
        cl->eval();
        const torch::Tensor e1 = other->forward(x), e2 = cl->forward(x);
        QVERIFY(relativeError(e2, e1) < 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestMemoryFormat)
#include "tst_memory_format.moc"
