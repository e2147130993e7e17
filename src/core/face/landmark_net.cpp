// Torch first, before Qt headers (STYLE rule 11).
#include "core/face/faceapi_layers_p.h"

#include "core/face/landmark_net.h"

#include "core/common/error.h"
#include "core/model/model_config.h"
#include "core/model/tfjs_weights.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace maskbench {
namespace {
// This file's messages: looked up under "LandmarkNet68" and extracted there by lupdate.
struct LandmarkNet68Tr
{
    Q_DECLARE_TR_FUNCTIONS(LandmarkNet68)
};

constexpr int kInputSize = 112;
} // namespace

namespace faceapi {

// tf.separableConv2d + bias: depthwise 3x3 ('same', stride) then pointwise 1x1. Keys as tfjs:
// depthwise_filter, pointwise_filter, bias.
class SeparableConvImpl : public torch::nn::Module
{
public:
    SeparableConvImpl(int64_t in, int64_t out, int64_t stride)
    {
        depthwise = register_module("depthwise", TfConv2d(in, in, 3, stride, true, false));
        pointwise_filter = register_parameter("pointwise_filter", torch::zeros({out, in, 1, 1}));
        bias = register_parameter("bias", torch::zeros({out}));
    }
    torch::Tensor forward(const torch::Tensor &x) { return torch::conv2d(depthwise->forward(x), pointwise_filter, bias); }
    TfConv2d depthwise{nullptr};
    torch::Tensor pointwise_filter, bias;
};
TORCH_MODULE(SeparableConv);

// face-api's denseBlock4: four convolutions, each fed the ReLU of the sum of all before it.
class DenseBlock4Impl : public torch::nn::Module
{
public:
    DenseBlock4Impl(int64_t in, int64_t out, bool firstLayer)
    {
        if (firstLayer)
            conv0First = register_module("conv0", TfConv2d(in, out, 3, 2, false, true));
        else
            conv0 = register_module("conv0", SeparableConv(in, out, 2));
        conv1 = register_module("conv1", SeparableConv(out, out, 1));
        conv2 = register_module("conv2", SeparableConv(out, out, 1));
        conv3 = register_module("conv3", SeparableConv(out, out, 1));
    }
    torch::Tensor forward(const torch::Tensor &x)
    {
        const torch::Tensor out1 = torch::relu(conv0First ? conv0First->forward(x) : conv0->forward(x));
        const torch::Tensor out2 = conv1->forward(out1);
        const torch::Tensor out3 = conv2->forward(torch::relu(out1 + out2));
        // face-api's order of additions: out1 + (out2 + out3), then out1 + (out2 + (out3 + out4)).
        const torch::Tensor out4 = conv3->forward(torch::relu(out1 + (out2 + out3)));
        return torch::relu(out1 + (out2 + (out3 + out4)));
    }
    TfConv2d conv0First{nullptr};
    SeparableConv conv0{nullptr}, conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
};
TORCH_MODULE(DenseBlock4);

// FaceFeatureExtractor (dense0..dense3: 112 -> 7 cells, 256 channels, 7x7 average pool) + fc
// 256 -> 136 (x, y of 68 points relative to the 112 x 112 input).
class FaceLandmark68NetImpl : public torch::nn::Module
{
public:
    FaceLandmark68NetImpl()
    {
        dense0 = register_module("dense0", DenseBlock4(3, 32, true));
        dense1 = register_module("dense1", DenseBlock4(32, 64, false));
        dense2 = register_module("dense2", DenseBlock4(64, 128, false));
        dense3 = register_module("dense3", DenseBlock4(128, 256, false));
        auto fcHolder = register_module("fc", std::make_shared<torch::nn::Module>());
        fc_weights = fcHolder->register_parameter("weights", torch::zeros({256, 136}));
        fc_bias = fcHolder->register_parameter("bias", torch::zeros({136}));
    }
    // x: N x 3 x 112 x 112, (RGB - mean) / 255. Returns N x 136.
    torch::Tensor forward(torch::Tensor x)
    {
        TORCH_CHECK(x.dim() == 4 && x.size(1) == 3 && x.size(2) == kInputSize && x.size(3) == kInputSize,
                    "FaceLandmark68Net: expected N x 3 x 112 x 112, got ", x.sizes());
        x = x.contiguous(at::MemoryFormat::ChannelsLast);
        x = dense3->forward(dense2->forward(dense1->forward(dense0->forward(x))));
        x = torch::avg_pool2d(x, 7, 2).flatten(1);
        return torch::addmm(fc_bias, x, fc_weights); // face-api: matMul(x, weights) + bias
    }
    DenseBlock4 dense0{nullptr}, dense1{nullptr}, dense2{nullptr}, dense3{nullptr};
    torch::Tensor fc_weights, fc_bias;
};
TORCH_MODULE(FaceLandmark68Net);

namespace {

// Our keys are face-api's tfjs names with '.' for '/', except the first conv's "filters" that
// tfjs also calls filters, and the depthwise half of a separable conv.
TfSource landmarkSource(const std::string &key)
{
    std::string name = key;
    TfLayout layout = TfLayout::AsIs;
    const std::string dw = ".depthwise.filters";
    if (name.size() > dw.size() && name.compare(name.size() - dw.size(), dw.size(), dw) == 0) {
        name = name.substr(0, name.size() - dw.size()) + ".depthwise_filter";
        layout = TfLayout::Depthwise;
    } else if (name.find("filter") != std::string::npos) {
        layout = TfLayout::Conv;
    }
    std::replace(name.begin(), name.end(), '.', '/');
    return {name, layout};
}

std::shared_ptr<FaceLandmark68NetImpl> sharedNetwork(const QString &manifestPath)
{
    return faceapi::sharedFaceApiNetwork<FaceLandmark68Net>(manifestPath, LandmarkNet68Tr::tr("face-api's 68-point landmark network"), landmarkSource);
}

} // namespace
} // namespace faceapi

QString landmarkNet68Manifest()
{
    return QDir(faceApiDirectory()).filePath(QStringLiteral("node_modules/@vladmandic/face-api/model/face_landmark_68_model-weights_manifest.json"));
}

struct LandmarkNet68::Private
{
    QString manifestPath;
    std::shared_ptr<faceapi::FaceLandmark68NetImpl> net;
};

LandmarkNet68::LandmarkNet68(const QString &manifestPath)
    : d(std::make_unique<Private>())
{
    d->manifestPath = manifestPath.isEmpty() ? landmarkNet68Manifest() : manifestPath;
    d->net = faceapi::sharedNetwork(d->manifestPath);
}

LandmarkNet68::~LandmarkNet68() = default;
LandmarkNet68::LandmarkNet68(LandmarkNet68 &&) noexcept = default;
LandmarkNet68 &LandmarkNet68::operator=(LandmarkNet68 &&) noexcept = default;

const QString &LandmarkNet68::manifestPath() const { return d->manifestPath; }

LandmarkNet68::Points LandmarkNet68::landmarks(const cv::Mat &image, const cv::Rect2f &faceBox)
{
    return landmarks(image, std::vector<cv::Rect2f>{faceBox}).front();
}

std::vector<LandmarkNet68::Points> LandmarkNet68::landmarks(const cv::Mat &image, const std::vector<cv::Rect2f> &faceBoxes)
{
    if (faceBoxes.empty())
        return {};
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3 && image.channels() != 4))
        throw Error(LandmarkNet68Tr::tr("The landmark network needs an 8-bit grey, BGR or BGRA image"));
    const cv::Mat rgb = faceapi::toRgb(image);
    struct Crop
    {
        int x, y, w, h;
    };
    std::vector<Crop> crops;
    std::vector<torch::Tensor> inputs;
    torch::NoGradGuard noGrad;
    const torch::Tensor mean = torch::tensor({kFaceApiMeanRgb[0], kFaceApiMeanRgb[1], kFaceApiMeanRgb[2]}).view({1, 3, 1, 1});
    for (const cv::Rect2f &box : faceBoxes) {
        // face-api's Box.clipAtImageBorders(...).floor() in doubles.
        const double x = std::max(double(box.x), 0.0), y = std::max(double(box.y), 0.0);
        const double w = std::min(double(box.x) + box.width - x, rgb.cols - x);
        const double h = std::min(double(box.y) + box.height - y, rgb.rows - y);
        const Crop c{int(std::floor(x)), int(std::floor(y)), int(std::floor(w)), int(std::floor(h))};
        if (!(c.w > 0 && c.h > 0) || c.x >= rgb.cols || c.y >= rgb.rows)
            throw Error(LandmarkNet68Tr::tr("The face box (%1, %2, %3 x %4) does not overlap the %5 x %6 image")
                            .arg(double(box.x)).arg(double(box.y)).arg(double(box.width)).arg(double(box.height))
                            .arg(rgb.cols).arg(rgb.rows));
        // face-api's padToSquare(isCenterImage=true): round(diff / 2) after, the rest before
        // (JavaScript's Math.round: halves go up).
        const int diff = std::abs(c.w - c.h);
        const int after = int(std::floor(diff * 0.5 + 0.5)), before = diff - after;
        // BORDER_ISOLATED: black padding, not the image around the crop (OpenCV's default for a ROI).
        const cv::Mat crop = rgb(cv::Rect(c.x, c.y, c.w, c.h));
        const int border = cv::BORDER_CONSTANT | cv::BORDER_ISOLATED;
        cv::Mat square;
        if (c.h > c.w)
            cv::copyMakeBorder(crop, square, 0, 0, before, after, border, cv::Scalar::all(0));
        else
            cv::copyMakeBorder(crop, square, before, after, 0, 0, border, cv::Scalar::all(0));
        torch::Tensor t = square.rows == kInputSize ? faceapi::toFloatNchw(square) : faceapi::tfResizeBilinear(square, kInputSize);
        inputs.push_back((t - mean) / 255.0f); // face-api: normalize(x, meanRgb).div(255)
        crops.push_back(c);
    }
    const torch::Tensor out = d->net->forward(torch::cat(inputs)).contiguous();

    std::vector<Points> result(crops.size());
    for (size_t i = 0; i < crops.size(); ++i) {
        const Crop &c = crops[i];
        // face-api's postProcess: undo the centred padding in the 112 frame, relative to the crop
        // (float32 tensor operations), then scale by the crop (doubles).
        const double scale = double(kInputSize) / std::max(c.w, c.h);
        const float sw = float(c.w * scale), sh = float(c.h * scale);
        const float padX = c.w < c.h ? float(std::abs(c.w * scale - c.h * scale) / 2) : 0.f;
        const float padY = c.h < c.w ? float(std::abs(c.w * scale - c.h * scale) / 2) : 0.f;
        const float *p = out.data_ptr<float>() + i * 136;
        for (int k = 0; k < 68; ++k) {
            const float rx = (p[2 * k] * float(kInputSize) - padX) / sw;
            const float ry = (p[2 * k + 1] * float(kInputSize) - padY) / sh;
            result[i][size_t(k)] = cv::Point2f(float(double(rx) * c.w + c.x), float(double(ry) * c.h + c.y));
        }
    }
    return result;
}

} // namespace maskbench
