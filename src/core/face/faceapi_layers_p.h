#pragma once
// Private to ssd_face_detector.cpp and landmark_net.cpp (torch; never include from a public
// header). What both face-api ports need to see exactly the numbers face-api sees:
//  - TfConv2d: a convolution with TensorFlow's 'same' padding. For a stride of 2 on an even size
//    TF pads one pixel at the bottom and right only, which torch's symmetric padding cannot say.
//  - tfResizeBilinear: tf.image.resizeBilinear(alignCorners=false, halfPixelCenters=false) as
//    tfjs' CPU kernel computes it (source = dst * in/out, interpolated in double, stored as float),
//    face-api's resize to the network's input.
//  - loadTfjsInto: copies a tfjs weights file into a module's parameters and buffers, converting
//    TF's filter layouts, and lists every missing or mis-shaped tensor.

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/model/tfjs_weights.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace maskbench::faceapi {

// TF 'same' padding of one axis: (before, after).
inline std::pair<int64_t, int64_t> samePadding(int64_t size, int64_t kernel, int64_t stride)
{
    const int64_t out = (size + stride - 1) / stride;
    const int64_t total = std::max<int64_t>((out - 1) * stride + kernel - size, 0);
    return {total / 2, total - total / 2};
}

// Parameters are named as face-api's tfjs tensors ("filters", "bias"), so a weight's key reads
// like its tfjs name. depthwise: one filter per input channel (channel multiplier 1).
class TfConv2dImpl : public torch::nn::Module
{
public:
    TfConv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, bool depthwise, bool withBias)
        : m_stride(stride), m_groups(depthwise ? in : 1)
    {
        TORCH_CHECK(!depthwise || in == out, "TfConv2d: a depthwise convolution keeps its channels");
        filters = register_parameter("filters", torch::zeros({out, depthwise ? 1 : in, kernel, kernel}));
        if (withBias)
            bias = register_parameter("bias", torch::zeros({out}));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        TORCH_CHECK(x.dim() == 4, "TfConv2d: expected N x C x H x W, got ", x.sizes());
        const int64_t k = filters.size(2);
        const auto [top, bottom] = samePadding(x.size(2), k, m_stride);
        const auto [left, right] = samePadding(x.size(3), k, m_stride);
        const int64_t stride[2] = {m_stride, m_stride}, dilation[2] = {1, 1};
        if (top == bottom && left == right) {
            const int64_t padding[2] = {top, left};
            return torch::conv2d(x, filters, bias, at::IntArrayRef(stride), at::IntArrayRef(padding), at::IntArrayRef(dilation), m_groups);
        }
        x = torch::constant_pad_nd(x, {left, right, top, bottom});
        const int64_t none[2] = {0, 0};
        return torch::conv2d(x, filters, bias, at::IntArrayRef(stride), at::IntArrayRef(none), at::IntArrayRef(dilation), m_groups);
    }

    torch::Tensor filters;
    torch::Tensor bias; // undefined without bias

private:
    int64_t m_stride;
    int64_t m_groups;
};
TORCH_MODULE(TfConv2d);

// rgb: 8-bit, 3 channels, already padded to a square as face-api pads it. Returns 1 x 3 x size x
// size float32 in 0..255, the same values tfjs' CPU backend computes (see the file comment).
inline torch::Tensor tfResizeBilinear(const cv::Mat &rgb, int size)
{
    CV_Assert(rgb.type() == CV_8UC3 && !rgb.empty());
    const int inH = rgb.rows, inW = rgb.cols;
    torch::Tensor out = torch::empty({size, size, 3}, torch::kFloat32);
    float *o = out.data_ptr<float>();
    const double rowRatio = double(inH) / size, colRatio = double(inW) / size;
    std::vector<int> c0(size_t(size), 0), c1(size_t(size), 0);
    std::vector<double> cf(size_t(size), 0);
    for (int c = 0; c < size; ++c) {
        const double src = colRatio * c;
        c0[size_t(c)] = std::max(0, int(std::floor(src)));
        c1[size_t(c)] = std::min(inW - 1, int(std::ceil(src)));
        cf[size_t(c)] = src - c0[size_t(c)];
    }
    for (int r = 0; r < size; ++r) {
        const double src = rowRatio * r;
        const int r0 = std::max(0, int(std::floor(src)));
        const int r1 = std::min(inH - 1, int(std::ceil(src)));
        const double rf = src - r0;
        const uchar *top = rgb.ptr<uchar>(r0), *bot = rgb.ptr<uchar>(r1);
        for (int c = 0; c < size; ++c) {
            const int a = c0[size_t(c)] * 3, b = c1[size_t(c)] * 3;
            const double f = cf[size_t(c)];
            for (int ch = 0; ch < 3; ++ch) {
                const double tl = top[a + ch], tr = top[b + ch], bl = bot[a + ch], br = bot[b + ch];
                const double t = tl + (tr - tl) * f;
                const double bo = bl + (br - bl) * f;
                *o++ = float(t + (bo - t) * rf);
            }
        }
    }
    return out.permute({2, 0, 1}).unsqueeze(0).contiguous();
}

// Same values without resizing (input already size x size): plain uint8 -> float.
inline torch::Tensor toFloatNchw(const cv::Mat &rgb)
{
    CV_Assert(rgb.type() == CV_8UC3 && rgb.isContinuous());
    return torch::from_blob(const_cast<uchar *>(rgb.data), {rgb.rows, rgb.cols, 3}, torch::kUInt8)
        .to(torch::kFloat32)
        .permute({2, 0, 1})
        .unsqueeze(0)
        .contiguous();
}

// 8-bit BGR, BGRA or grayscale -> 8-bit RGB (a continuous copy). The caller checks the depth.
inline cv::Mat toRgb(const cv::Mat &image)
{
    cv::Mat rgb;
    if (image.channels() == 1)
        cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB);
    else if (image.channels() == 4)
        cv::cvtColor(image, rgb, cv::COLOR_BGRA2RGB);
    else
        cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

enum class TfLayout
{
    AsIs,      // vectors, anchors
    Conv,      // TF H x W x in x out -> torch out x in x H x W
    Depthwise, // TF H x W x C x 1 -> torch C x 1 x H x W
};

struct TfSource
{
    std::string name; // empty: the tensor is not in the file (skipped, e.g. BN's batch counter)
    TfLayout layout = TfLayout::AsIs;
};

// Fills every parameter and buffer of `net` from `weights`; `source` maps our key to the tfjs
// tensor. Problems (missing tensor, other shape) are appended, one line each.
inline void loadTfjsInto(torch::nn::Module &net, const TfjsWeights &weights,
                         const std::function<TfSource(const std::string &key)> &source, QStringList &problems)
{
    torch::NoGradGuard noGrad;
    auto fill = [&](const std::string &key, torch::Tensor &dst) {
        const TfSource s = source(key);
        if (s.name.empty())
            return;
        const TfjsTensor *t = weights.find(s.name);
        if (!t) {
            problems.append(QCoreApplication::translate("FaceApi", "missing %1 (for %2)").arg(QString::fromStdString(s.name), QString::fromStdString(key)));
            return;
        }
        torch::Tensor src = torch::from_blob(const_cast<float *>(t->values.data()), t->shape, torch::kFloat32).clone();
        if (s.layout == TfLayout::Conv && src.dim() == 4)
            src = src.permute({3, 2, 0, 1});
        else if (s.layout == TfLayout::Depthwise && src.dim() == 4)
            src = src.permute({2, 3, 0, 1});
        if (src.sizes() != dst.sizes()) {
            problems.append(QCoreApplication::translate("FaceApi", "%1 has shape %2, the network expects %3")
                                .arg(QString::fromStdString(s.name), QString::fromStdString(c10::str(src.sizes())),
                                     QString::fromStdString(c10::str(dst.sizes()))));
            return;
        }
        dst.copy_(src);
    };
    for (auto &item : net.named_parameters(/*recurse=*/true))
        fill(item.key(), item.value());
    for (auto &item : net.named_buffers(/*recurse=*/true))
        fill(item.key(), item.value());
}

// LibTorch 1.13's CPU convolutions are far faster in channels-last layout for these small
// MobileNet-style layers (a 32-channel depthwise 3x3 at 256 x 256: 7 ms instead of 104 ms at one
// thread, same numbers): filters are stored that way and inputs converted before the first layer.
inline void useChannelsLast(torch::nn::Module &net)
{
    torch::NoGradGuard noGrad;
    for (auto &p : net.parameters(/*recurse=*/true))
        if (p.dim() == 4)
            p.set_data(p.contiguous(at::MemoryFormat::ChannelsLast));
}

inline QString fetchHint()
{
    return QCoreApplication::translate("FaceApi", "Fetch face-api's models (npm, about 20 MB) with: scripts/fetch-face-api.sh "
                                                  "(or set MASKBENCH_FACEAPI_DIR to the folder it filled)");
}

// One network per manifest per process, loaded on first use, then shared read-only by every
// detector (construction per thread stays cheap). `what` names the network in messages
// ("face-api's SSD face detector"). Throws Error naming the file, what is wrong and the fetch step.
template <typename Holder>
std::shared_ptr<typename Holder::ContainedType> sharedFaceApiNetwork(const QString &manifestPath, const QString &what,
                                                                     const std::function<TfSource(const std::string &)> &source)
{
    using Impl = typename Holder::ContainedType;
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<Impl>> loaded;
    const QString key = QFileInfo(manifestPath).absoluteFilePath();
    std::lock_guard<std::mutex> lock(mutex);
    auto it = loaded.find(key);
    if (it != loaded.end())
        return it->second;
    if (!QFileInfo(manifestPath).isFile())
        throw Error(QCoreApplication::translate("FaceApi", "The weights of %1 are not at %2. %3").arg(what, manifestPath, fetchHint()));
    TfjsWeights weights;
    try {
        weights = readTfjsWeights(manifestPath);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1. %2").arg(e.message(), fetchHint()));
    }
    Holder net;
    QStringList problems;
    loadTfjsInto(*net, weights, source, problems);
    if (!problems.isEmpty())
        throw Error(QCoreApplication::translate("FaceApi", "%1 does not hold %2: %3. %4")
                        .arg(manifestPath, what, problems.join(QStringLiteral("; ")), fetchHint()));
    useChannelsLast(*net);
    net->eval();
    loaded.emplace(key, net.ptr());
    return net.ptr();
}

} // namespace maskbench::faceapi
