#include "core/model/backbones.h"
#include "core/model/tfjs_weights.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QStringList>

#include <set>

namespace maskbench::model {
namespace {
// This file's messages: looked up under "Model" and extracted there by lupdate.
struct ModelTr
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};

// face-api's residual block list, in forward order: name, output channels, downsampling.
struct BlockSpec
{
    const char *name;
    const char *stage;
    int64_t channels;
    bool down;
};
constexpr BlockSpec kBlocks[] = {
    {"conv32_1", "conv32", 32, false},           {"conv32_2", "conv32", 32, false},
    {"conv32_3", "conv32", 32, false},           {"conv64_down", "conv64", 64, true},
    {"conv64_1", "conv64", 64, false},           {"conv64_2", "conv64", 64, false},
    {"conv64_3", "conv64", 64, false},           {"conv128_down", "conv128", 128, true},
    {"conv128_1", "conv128", 128, false},        {"conv128_2", "conv128", 128, false},
    {"conv256_down", "conv256_down", 256, true}, {"conv256_1", "conv256", 256, false},
    {"conv256_2", "conv256", 256, false},        {"conv256_down_out", "conv256_out", 256, true},
};
} // namespace

namespace detail {
ChannelScaleImpl::ChannelScaleImpl(int64_t channels)
{
    weight = register_parameter("weight", torch::ones({channels}));
    bias = register_parameter("bias", torch::zeros({channels}));
}

torch::Tensor ChannelScaleImpl::forward(const torch::Tensor &x)
{
    return x * weight.view({1, -1, 1, 1}) + bias.view({1, -1, 1, 1});
}

ConvScaleImpl::ConvScaleImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding)
{
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding)));
    scale = register_module("scale", ChannelScale(out));
}

torch::Tensor ConvScaleImpl::forward(const torch::Tensor &x)
{
    return scale->forward(conv->forward(x));
}
} // namespace detail

FaceResNetImpl::FaceResNetImpl()
{
    m_conv32Down = add("stem", "conv32_down", detail::ConvScale(3, 32, 7, 2, 0));
    int64_t in = 32;
    for (const BlockSpec &spec : kBlocks) {
        // A block is a plain holder module so that its keys read conv64_1.conv1.conv.weight.
        auto holder = std::make_shared<torch::nn::Module>();
        Block b;
        b.down = spec.down;
        b.conv1 = holder->register_module("conv1", detail::ConvScale(in, spec.channels, 3, spec.down ? 2 : 1, spec.down ? 0 : 1));
        b.conv2 = holder->register_module("conv2", detail::ConvScale(spec.channels, spec.channels, 3, 1, 1));
        register_module(spec.name, holder);
        if (m_stages.empty() || m_stages.back().name != spec.stage)
            m_stages.push_back({spec.stage, {}});
        m_stages.back().modules.push_back(holder);
        m_blocks.push_back(b);
        in = spec.channels;
    }
    m_fc = add("descriptor", "fc", torch::nn::Linear(torch::nn::LinearOptions(256, 128).bias(false)));
    m_fineTuneStage = "conv256";
}

torch::Tensor FaceResNetImpl::descriptor(torch::Tensor x)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == 3, "FaceResNet: expected N x 3 x H x W, got ", x.sizes());
    x = torch::relu(m_conv32Down->forward(x));
    x = torch::max_pool2d(x, 3, 2);
    for (Block &b : m_blocks) {
        torch::Tensor out = b.conv2->forward(torch::relu(b.conv1->forward(x)));
        torch::Tensor shortcut = x;
        if (b.down) {
            shortcut = torch::avg_pool2d(x, 2, 2);
            // Conv path one short of the pooled shortcut: zeros appended at the bottom and right.
            const int64_t padH = shortcut.size(2) - out.size(2), padW = shortcut.size(3) - out.size(3);
            TORCH_CHECK(padH >= 0 && padW >= 0, "FaceResNet: input too small (", x.sizes(), ")");
            if (padH > 0 || padW > 0)
                out = torch::constant_pad_nd(out, {0, padW, 0, padH});
            if (shortcut.size(1) < out.size(1))
                shortcut = torch::constant_pad_nd(shortcut, {0, 0, 0, 0, 0, out.size(1) - shortcut.size(1)});
        }
        x = torch::relu(out + shortcut);
    }
    return m_fc->forward(x.mean({2, 3}));
}

torch::Tensor FaceResNetImpl::forward(torch::Tensor x)
{
    return descriptor(std::move(x)).unsqueeze(-1).unsqueeze(-1);
}

void loadFaceApiWeights(FaceResNetImpl &net, const QString &manifestPath)
{
    const TfjsWeights weights = readTfjsWeights(manifestPath);
    // Our key -> (tfjs name, layout change).
    std::set<std::string> used;
    QStringList problems;
    torch::NoGradGuard noGrad;
    for (auto &item : net.named_parameters(/*recurse=*/true)) {
        const std::string key = item.key();
        std::string name = key;
        for (char &c : name)
            if (c == '.')
                c = '/';
        bool filters = false, fc = false;
        auto endsWith = [&](const std::string &suffix) {
            return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        if (endsWith("/conv/weight")) {
            name.replace(name.size() - 6, 6, "filters");
            filters = true;
        } else if (endsWith("/scale/weight")) {
            name += "s";
        } else if (endsWith("/scale/bias")) {
            name += "es";
        } else if (name == "fc/weight") {
            name = "fc";
            fc = true;
        }
        const TfjsTensor *t = weights.find(name);
        if (!t) {
            problems.append(ModelTr::tr("missing %1 (for %2)").arg(QString::fromStdString(name), QString::fromStdString(key)));
            continue;
        }
        used.insert(name);
        torch::Tensor src = torch::from_blob(const_cast<float *>(t->values.data()), t->shape, torch::kFloat32).clone();
        if (filters && src.dim() == 4)
            src = src.permute({3, 2, 0, 1}); // TF H x W x in x out -> torch out x in x H x W
        else if (fc && src.dim() == 2)
            src = src.t();                   // face-api computes x . fc (256 x 128); Linear holds 128 x 256
        torch::Tensor &dst = item.value();
        if (src.sizes() != dst.sizes()) {
            problems.append(ModelTr::tr("%1 has shape %2, the network expects %3")
                                .arg(QString::fromStdString(name), QString::fromStdString(c10::str(src.sizes())),
                                     QString::fromStdString(c10::str(dst.sizes()))));
            continue;
        }
        dst.copy_(src);
    }
    for (const TfjsTensor &t : weights.tensors)
        if (!used.count(t.name))
            problems.append(ModelTr::tr("unexpected %1").arg(QString::fromStdString(t.name)));
    if (!problems.isEmpty())
        throw Error(ModelTr::tr("%1 does not match face-api's face recognition network: %2")
                        .arg(manifestPath, problems.join(QStringLiteral("; "))));
}

} // namespace maskbench::model
