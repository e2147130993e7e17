// Torch first, before Qt headers (STYLE rule 11).
#include "core/face/faceapi_layers_p.h"

#include "core/face/ssd_face_detector.h"

#include "core/common/error.h"
#include "core/model/model_config.h"
#include "core/model/tfjs_weights.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>

#include <algorithm>
#include <map>
#include <mutex>

namespace maskbench {
namespace {
// This file's messages: looked up under "SsdFaceDetector" and extracted there by lupdate.
struct SsdFaceDetectorTr
{
    Q_DECLARE_TR_FUNCTIONS(SsdFaceDetector)
};

constexpr int kInputSize = 512;
constexpr int64_t kAnchors = 5118; // 32x32x3 + (16x16 + 8x8 + 4x4 + 2x2 + 1x1) x 6
// tf.batchNorm's epsilon in face-api's MobileNet: float32(0.001) written out as a double.
constexpr double kBnEpsilon = 0.0010000000474974513;
constexpr double kNmsIou = 0.5; // face-api's locateFaces fixes it
} // namespace

namespace faceapi {

// MobileNet v1's conv + folded batch norm (its offset is the bias) + ReLU6: face-api's
// pointwiseConvLayer (also used for the 3x3 layers; the name is TF's).
class ConvRelu6Impl : public torch::nn::Module
{
public:
    ConvRelu6Impl(int64_t in, int64_t out, int64_t kernel, int64_t stride)
    {
        conv = register_module("conv", TfConv2d(in, out, kernel, stride, false, true));
    }
    torch::Tensor forward(const torch::Tensor &x) { return torch::clamp(conv->forward(x), 0, 6); }
    TfConv2d conv{nullptr};
};
TORCH_MODULE(ConvRelu6);

// Depthwise 3x3 + batch norm (moving statistics, eps 1e-3) + ReLU6: face-api's depthwiseConvLayer.
class DepthwiseBnRelu6Impl : public torch::nn::Module
{
public:
    DepthwiseBnRelu6Impl(int64_t channels, int64_t stride)
    {
        conv = register_module("conv", TfConv2d(channels, channels, 3, stride, true, false));
        bn = register_module("bn", torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels).eps(kBnEpsilon)));
    }
    torch::Tensor forward(const torch::Tensor &x) { return torch::clamp(bn->forward(conv->forward(x)), 0, 6); }
    TfConv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(DepthwiseBnRelu6);

// face-api's SsdMobilenetv1: MobileNet v1 (conv_0 + 13 depthwise/pointwise pairs), 8 extra
// layers, 6 box predictors over feature maps of 32, 16, 8, 4, 2 and 1 cells, 5118 anchors.
// Module keys follow face-api's parameter paths (mobilenetv1.conv_3.depthwise_conv...).
class SsdMobileNetV1Impl : public torch::nn::Module
{
public:
    SsdMobileNetV1Impl()
    {
        auto mobilenet = register_module("mobilenetv1", std::make_shared<torch::nn::Module>());
        m_conv0 = mobilenet->register_module("conv_0", ConvRelu6(3, 32, 3, 2));
        const int64_t channels[14] = {32, 64, 128, 128, 256, 256, 512, 512, 512, 512, 512, 512, 1024, 1024};
        for (int i = 1; i <= 13; ++i) {
            // face-api's getStridesForLayerIdx: the depthwise layers 2, 4, 6 and 12 halve the map.
            const int64_t stride = (i == 2 || i == 4 || i == 6 || i == 12) ? 2 : 1;
            auto pair = mobilenet->register_module("conv_" + std::to_string(i), std::make_shared<torch::nn::Module>());
            m_depthwise.push_back(pair->register_module("depthwise_conv", DepthwiseBnRelu6(channels[i - 1], stride)));
            m_pointwise.push_back(pair->register_module("pointwise_conv", ConvRelu6(channels[i - 1], channels[i], 1, 1)));
        }
        auto prediction = register_module("prediction_layer", std::make_shared<torch::nn::Module>());
        // Extra layers: 1x1 reductions and 3x3 stride-2 convolutions, alternating.
        const int64_t extra[9] = {1024, 256, 512, 128, 256, 128, 256, 64, 128};
        for (int i = 0; i < 8; ++i)
            m_extra.push_back(prediction->register_module("conv_" + std::to_string(i),
                                                          ConvRelu6(extra[i], extra[i + 1], i % 2 ? 3 : 1, i % 2 ? 2 : 1)));
        const int64_t featureChannels[6] = {512, 1024, 512, 256, 256, 128};
        for (int i = 0; i < 6; ++i) {
            const int64_t anchorsPerCell = i == 0 ? 3 : 6;
            auto p = prediction->register_module("box_predictor_" + std::to_string(i), std::make_shared<torch::nn::Module>());
            m_boxEncoding.push_back(p->register_module("box_encoding_predictor",
                                                       TfConv2d(featureChannels[i], anchorsPerCell * 4, 1, 1, false, true)));
            m_classPredictor.push_back(p->register_module("class_predictor",
                                                          TfConv2d(featureChannels[i], anchorsPerCell * 3, 1, 1, false, true)));
        }
        auto output = register_module("output_layer", std::make_shared<torch::nn::Module>());
        m_anchors = output->register_buffer("extra_dim", torch::zeros({1, kAnchors, 4}));
    }

    // x: N x 3 x 512 x 512, RGB scaled to -1..1. Returns boxes N x 5118 x 4 (ymin, xmin, ymax,
    // xmax relative to the padded square) and face scores N x 5118.
    std::pair<torch::Tensor, torch::Tensor> forward(torch::Tensor x)
    {
        TORCH_CHECK(x.dim() == 4 && x.size(1) == 3 && x.size(2) == kInputSize && x.size(3) == kInputSize,
                    "SsdMobileNetV1: expected N x 3 x 512 x 512, got ", x.sizes());
        const int64_t n = x.size(0);
        x = m_conv0->forward(x.contiguous(at::MemoryFormat::ChannelsLast));
        torch::Tensor conv11;
        for (size_t i = 0; i < m_depthwise.size(); ++i) {
            x = m_pointwise[i]->forward(m_depthwise[i]->forward(x));
            if (i + 1 == 11)
                conv11 = x;
        }
        std::vector<torch::Tensor> features = {conv11, x};
        torch::Tensor e = x;
        for (size_t i = 0; i < m_extra.size(); ++i) {
            e = m_extra[i]->forward(e);
            if (i % 2 == 1)
                features.push_back(e); // conv_1, conv_3, conv_5, conv_7
        }
        std::vector<torch::Tensor> encodings, classes;
        for (size_t i = 0; i < features.size(); ++i) {
            // TF's NHWC order: anchors run over rows, then columns, then the cell's anchors.
            encodings.push_back(m_boxEncoding[i]->forward(features[i]).permute({0, 2, 3, 1}).reshape({n, -1, 4}));
            classes.push_back(m_classPredictor[i]->forward(features[i]).permute({0, 2, 3, 1}).reshape({n, -1, 3}));
        }
        const torch::Tensor enc = torch::cat(encodings, 1);
        const torch::Tensor scores = torch::sigmoid(torch::cat(classes, 1).select(2, 1));

        // face-api's decodeBoxesLayer, same operations in the same order (float32).
        const torch::Tensor a = m_anchors.select(0, 0);
        const torch::Tensor size0 = a.select(1, 2) - a.select(1, 0), size1 = a.select(1, 3) - a.select(1, 1);
        const torch::Tensor centre0 = a.select(1, 0) + size0 / 2, centre1 = a.select(1, 1) + size1 / 2;
        const torch::Tensor half0 = torch::exp(enc.select(2, 2) / 5) * size0 / 2;
        const torch::Tensor mid0 = enc.select(2, 0) / 10 * size0 + centre0;
        const torch::Tensor half1 = torch::exp(enc.select(2, 3) / 5) * size1 / 2;
        const torch::Tensor mid1 = enc.select(2, 1) / 10 * size1 + centre1;
        const torch::Tensor boxes = torch::stack({mid0 - half0, mid1 - half1, mid0 + half0, mid1 + half1}, 2);
        return {boxes, scores};
    }

private:
    ConvRelu6 m_conv0{nullptr};
    std::vector<DepthwiseBnRelu6> m_depthwise;
    std::vector<ConvRelu6> m_pointwise;
    std::vector<ConvRelu6> m_extra;
    std::vector<TfConv2d> m_boxEncoding;
    std::vector<TfConv2d> m_classPredictor;
    torch::Tensor m_anchors;
};
TORCH_MODULE(SsdMobileNetV1);

namespace {

// Our key -> face-api's tfjs tensor (extractParamsFromWeightMap in face-api's ssdMobilenetv1).
TfSource ssdSource(const std::string &key)
{
    auto starts = [&](const char *p) { return key.rfind(p, 0) == 0; };
    auto ends = [&](const std::string &s) { return key.size() >= s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0; };
    auto number = [&](size_t from) { return std::stoi(key.substr(from)); };
    if (ends("num_batches_tracked"))
        return {};
    if (key == "output_layer.extra_dim")
        return {"Output/extra_dim", TfLayout::AsIs};
    if (starts("mobilenetv1.conv_")) {
        const int i = number(std::string("mobilenetv1.conv_").size());
        const std::string idx = std::to_string(i);
        if (key.find("depthwise_conv") != std::string::npos) {
            const std::string p = "MobilenetV1/Conv2d_" + idx + "_depthwise/";
            if (ends("conv.filters"))
                return {p + "depthwise_weights", TfLayout::Depthwise};
            if (ends("bn.weight"))
                return {p + "BatchNorm/gamma", TfLayout::AsIs};
            if (ends("bn.bias"))
                return {p + "BatchNorm/beta", TfLayout::AsIs};
            if (ends("bn.running_mean"))
                return {p + "BatchNorm/moving_mean", TfLayout::AsIs};
            if (ends("bn.running_var"))
                return {p + "BatchNorm/moving_variance", TfLayout::AsIs};
        }
        const std::string p = "MobilenetV1/Conv2d_" + idx + "_pointwise/";
        if (ends("conv.filters"))
            return {p + "weights", TfLayout::Conv};
        if (ends("conv.bias"))
            return {p + "convolution_bn_offset", TfLayout::AsIs};
    }
    if (starts("prediction_layer.conv_")) {
        const std::string p = "Prediction/Conv2d_" + std::to_string(number(std::string("prediction_layer.conv_").size())) + "_pointwise/";
        if (ends("conv.filters"))
            return {p + "weights", TfLayout::Conv};
        if (ends("conv.bias"))
            return {p + "convolution_bn_offset", TfLayout::AsIs};
    }
    if (starts("prediction_layer.box_predictor_")) {
        const std::string idx = std::to_string(number(std::string("prediction_layer.box_predictor_").size()));
        const std::string p = "Prediction/BoxPredictor_" + idx + (key.find("box_encoding") != std::string::npos ? "/BoxEncodingPredictor/" : "/ClassPredictor/");
        if (ends("filters"))
            return {p + "weights", TfLayout::Conv};
        if (ends("bias"))
            return {p + "biases", TfLayout::AsIs};
    }
    return {"(no tfjs tensor for " + key + ")", TfLayout::AsIs};
}

std::shared_ptr<SsdMobileNetV1Impl> sharedNetwork(const QString &manifestPath)
{
    return faceapi::sharedFaceApiNetwork<SsdMobileNetV1>(manifestPath, SsdFaceDetectorTr::tr("face-api's SSD MobileNet v1 face detector"), ssdSource);
}

// face-api's IOU in ssdMobilenetv1/nonMaxSuppression.ts (doubles, corners in either order).
double iou(const float *a, const float *b)
{
    const double ay0 = std::min(a[0], a[2]), ax0 = std::min(a[1], a[3]), ay1 = std::max(a[0], a[2]), ax1 = std::max(a[1], a[3]);
    const double by0 = std::min(b[0], b[2]), bx0 = std::min(b[1], b[3]), by1 = std::max(b[0], b[2]), bx1 = std::max(b[1], b[3]);
    const double areaA = (ay1 - ay0) * (ax1 - ax0), areaB = (by1 - by0) * (bx1 - bx0);
    if (areaA <= 0 || areaB <= 0)
        return 0.0;
    const double inter = std::max(std::min(ay1, by1) - std::max(ay0, by0), 0.0) * std::max(std::min(ax1, bx1) - std::max(ax0, bx0), 0.0);
    return inter / (areaA + areaB - inter);
}

} // namespace
} // namespace faceapi

QString ssdFaceDetectorManifest()
{
    return QDir(faceApiDirectory()).filePath(QStringLiteral("node_modules/@vladmandic/face-api/model/ssd_mobilenetv1_model-weights_manifest.json"));
}

struct SsdFaceDetector::Private
{
    QString manifestPath;
    std::shared_ptr<faceapi::SsdMobileNetV1Impl> net;
};

SsdFaceDetector::SsdFaceDetector(const QString &manifestPath)
    : d(std::make_unique<Private>())
{
    d->manifestPath = manifestPath.isEmpty() ? ssdFaceDetectorManifest() : manifestPath;
    d->net = faceapi::sharedNetwork(d->manifestPath);
}

SsdFaceDetector::~SsdFaceDetector() = default;
SsdFaceDetector::SsdFaceDetector(SsdFaceDetector &&) noexcept = default;
SsdFaceDetector &SsdFaceDetector::operator=(SsdFaceDetector &&) noexcept = default;

const QString &SsdFaceDetector::manifestPath() const { return d->manifestPath; }

std::vector<SsdDetection> SsdFaceDetector::detect(const cv::Mat &image, float minScore, int maxResults)
{
    if (!(minScore > 0.f && minScore < 1.f))
        throw Error(SsdFaceDetectorTr::tr("The SSD face detector's minimum score must lie between 0 and 1, not %1").arg(double(minScore)));
    if (maxResults < 1)
        throw Error(SsdFaceDetectorTr::tr("The SSD face detector's maximum number of faces must be at least 1, not %1").arg(maxResults));
    if (image.empty())
        return {};
    if (image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3 && image.channels() != 4))
        throw Error(SsdFaceDetectorTr::tr("The SSD face detector needs an 8-bit grey, BGR or BGRA image"));

    // face-api's toBatchTensor(512, isCenterInputs=false): black padding after the image (bottom
    // or right) to a square, then the resize.
    const cv::Mat rgb = faceapi::toRgb(image);
    const int side = std::max(rgb.rows, rgb.cols);
    cv::Mat square;
    cv::copyMakeBorder(rgb, square, 0, side - rgb.rows, 0, side - rgb.cols, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    torch::NoGradGuard noGrad;
    torch::Tensor x = side == kInputSize ? faceapi::toFloatNchw(square) : faceapi::tfResizeBilinear(square, kInputSize);
    x = x / 127.5f - 1.0f; // face-api: tf.sub(tf.div(x, 127.5), 1)
    auto [boxesT, scoresT] = d->net->forward(x);
    const torch::Tensor boxes = boxesT[0].contiguous(), scores = scoresT[0].contiguous();
    const float *b = boxes.data_ptr<float>();
    const float *s = scores.data_ptr<float>();

    // face-api's nonMaxSuppression: candidates above the threshold, best first (a stable sort, as
    // V8's), each kept unless a kept box overlaps it by IoU > 0.5. face-api multiplies the score
    // by 0 on such an overlap and drops the box when its score changed; with a threshold > 0 that
    // is the same as this.
    std::vector<int64_t> candidates;
    for (int64_t i = 0; i < kAnchors; ++i)
        if (double(s[i]) > double(minScore))
            candidates.push_back(i);
    std::stable_sort(candidates.begin(), candidates.end(), [&](int64_t l, int64_t r) { return s[l] > s[r]; });
    std::vector<int64_t> kept;
    for (int64_t c : candidates) {
        if (int(kept.size()) >= maxResults)
            break;
        bool suppressed = false;
        for (auto j = kept.rbegin(); j != kept.rend() && !suppressed; ++j)
            suppressed = faceapi::iou(b + 4 * c, b + 4 * *j) > kNmsIou;
        if (!suppressed)
            kept.push_back(c);
    }

    // Back to image pixels as locateFaces + FaceDetection do: clip to the padded square, undo the
    // padding (relative to the resized image, whose sides face-api rounds), scale by the image.
    const double scale = double(kInputSize) / side;
    const double padX = double(kInputSize) / std::round(rgb.cols * scale);
    const double padY = double(kInputSize) / std::round(rgb.rows * scale);
    std::vector<SsdDetection> out;
    for (int64_t i : kept) {
        const float *p = b + 4 * i;
        const double top = std::max(0.0, double(p[0])) * padY, bottom = std::min(1.0, double(p[2])) * padY;
        const double left = std::max(0.0, double(p[1])) * padX, right = std::min(1.0, double(p[3])) * padX;
        if (right <= left || bottom <= top)
            continue; // face-api's Rect throws on a negative size; such a box holds no face
        SsdDetection det;
        det.box = cv::Rect2f(float(left * rgb.cols), float(top * rgb.rows), float((right - left) * rgb.cols),
                             float((bottom - top) * rgb.rows));
        det.score = s[i];
        out.push_back(det);
    }
    return out;
}

} // namespace maskbench
