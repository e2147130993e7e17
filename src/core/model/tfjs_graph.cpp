#include "core/model/tfjs_graph_p.h"

#include "core/model/tfjs_weights.h"
#include "core/model/torch_error.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

namespace maskbench {

int64_t TensorF::numel() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

namespace {

// This file's messages: looked up under "TfjsGraph" and extracted there by lupdate.
struct TfjsGraphTr
{
    Q_DECLARE_TR_FUNCTIONS(TfjsGraph)
};

// What an op reports when its inputs or attributes do not fit; the runner adds file, node and op.
struct OpFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message) { throw OpFailure{message}; }

struct Node
{
    std::string name;
    std::string op;
    std::vector<int> inputs; // data inputs, as node indices (control inputs "^x" only order)
    QJsonObject attr;
    torch::Tensor constant;        // Const: its value
    torch::Tensor weight;          // convolutions with a Const filter: the filter as OIHW
    std::vector<int64_t> shape;    // Placeholder: declared shape, -1 unknown
};

// ---- attributes (TF's AttrValue as JSON: strings are base64, integers are decimal strings) ----

QJsonObject attrOf(const Node &n, const char *key) { return n.attr.value(QLatin1String(key)).toObject(); }

QString attrString(const Node &n, const char *key, const QString &fallback = {})
{
    const QJsonObject a = attrOf(n, key);
    if (!a.contains(QLatin1String("s")))
        return fallback;
    return QString::fromUtf8(QByteArray::fromBase64(a.value(QLatin1String("s")).toString().toLatin1()));
}

int64_t jsonInt(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    return v.toInteger();
}

int64_t attrInt(const Node &n, const char *key, int64_t fallback)
{
    const QJsonObject a = attrOf(n, key);
    return a.contains(QLatin1String("i")) ? jsonInt(a.value(QLatin1String("i"))) : fallback;
}

double attrFloat(const Node &n, const char *key, double fallback)
{
    const QJsonObject a = attrOf(n, key);
    return a.contains(QLatin1String("f")) ? a.value(QLatin1String("f")).toDouble() : fallback;
}

bool attrBool(const Node &n, const char *key, bool fallback)
{
    const QJsonObject a = attrOf(n, key);
    return a.contains(QLatin1String("b")) ? a.value(QLatin1String("b")).toBool() : fallback;
}

std::vector<int64_t> attrInts(const Node &n, const char *key)
{
    std::vector<int64_t> out;
    for (const QJsonValue &v : attrOf(n, key).value(QLatin1String("list")).toObject().value(QLatin1String("i")).toArray())
        out.push_back(jsonInt(v));
    return out;
}

QStringList attrStrings(const Node &n, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : attrOf(n, key).value(QLatin1String("list")).toObject().value(QLatin1String("s")).toArray())
        out.append(QString::fromUtf8(QByteArray::fromBase64(v.toString().toLatin1())));
    return out;
}

QString attrType(const Node &n, const char *key)
{
    return attrOf(n, key).value(QLatin1String("type")).toString();
}

QString shapeText(const std::vector<int64_t> &s)
{
    QStringList parts;
    for (int64_t d : s)
        parts.append(QString::number(d));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString shapeText(const torch::Tensor &t) { return shapeText(t.sizes().vec()); }

std::vector<int64_t> intsOf(const torch::Tensor &t)
{
    const torch::Tensor c = t.to(torch::kLong).contiguous().reshape({-1});
    return std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

// ---- layout and padding -----------------------------------------------------------------------

void requireNhwc(const Node &n)
{
    const QString format = attrString(n, "data_format", QStringLiteral("NHWC"));
    if (format != QLatin1String("NHWC"))
        fail(TfjsGraphTr::tr("data_format %1 is not supported (NHWC only, as tfjs)").arg(format));
}

void requireRank(const torch::Tensor &t, int64_t rank, const char *what)
{
    if (t.dim() != rank)
        fail(TfjsGraphTr::tr("%1 must have rank %2, got shape %3").arg(QLatin1String(what)).arg(rank).arg(shapeText(t)));
}

// Height and width entries of an NHWC 4-vector attribute ("strides", "dilations", "ksize").
std::pair<int64_t, int64_t> hw(const Node &n, const char *key)
{
    const std::vector<int64_t> v = attrInts(n, key);
    if (v.empty())
        return {1, 1};
    if (v.size() != 4 || v[1] < 1 || v[2] < 1)
        fail(TfjsGraphTr::tr("attribute %1 must list 4 positive values (NHWC), got %2").arg(QLatin1String(key), shapeText(v)));
    return {v[1], v[2]};
}

struct Pad2
{
    int64_t top = 0, bottom = 0, left = 0, right = 0;
    bool symmetric() const { return top == bottom && left == right; }
    bool none() const { return top == 0 && bottom == 0 && left == 0 && right == 0; }
};

// TF's padding rule (tensorflow/core/framework/kernel_shape_util.cc GetWindowedOutputSize):
// SAME gives ceil(in / stride) outputs and pads the shortfall, the odd pixel after (bottom/right);
// VALID pads nothing; EXPLICIT takes the node's explicit_paddings (NHWC before/after pairs).
Pad2 padding(const Node &n, int64_t inH, int64_t inW, int64_t kh, int64_t kw, int64_t sh, int64_t sw, int64_t dh,
             int64_t dw)
{
    const QString mode = attrString(n, "padding", QStringLiteral("VALID"));
    Pad2 p;
    if (mode == QLatin1String("SAME")) {
        auto same = [](int64_t in, int64_t k, int64_t s, int64_t d, int64_t &before, int64_t &after) {
            const int64_t effective = (k - 1) * d + 1;
            const int64_t out = (in + s - 1) / s;
            const int64_t total = std::max<int64_t>((out - 1) * s + effective - in, 0);
            before = total / 2;
            after = total - before;
        };
        same(inH, kh, sh, dh, p.top, p.bottom);
        same(inW, kw, sw, dw, p.left, p.right);
    } else if (mode == QLatin1String("EXPLICIT")) {
        const std::vector<int64_t> e = attrInts(n, "explicit_paddings");
        if (e.size() != 8)
            fail(TfjsGraphTr::tr("padding EXPLICIT needs 8 explicit_paddings, got %1").arg(e.size()));
        p = {e[2], e[3], e[4], e[5]};
    } else if (mode != QLatin1String("VALID")) {
        fail(TfjsGraphTr::tr("padding \"%1\" is not supported (SAME, VALID, EXPLICIT)").arg(mode));
    }
    return p;
}

torch::Tensor nchw(const torch::Tensor &nhwc) { return nhwc.permute({0, 3, 1, 2}); }
torch::Tensor nhwc(const torch::Tensor &nchwT) { return nchwT.permute({0, 2, 3, 1}); }

// TF filter H x W x in x out -> torch out x in x H x W.
torch::Tensor convWeight(const torch::Tensor &filter)
{
    requireRank(filter, 4, "the Conv2D filter");
    return filter.to(torch::kFloat).permute({3, 2, 0, 1}).contiguous();
}

// TF depthwise filter H x W x C x M -> torch (C*M) x 1 x H x W; output channel c*M + m in both.
torch::Tensor depthwiseWeight(const torch::Tensor &filter)
{
    requireRank(filter, 4, "the depthwise filter");
    return filter.to(torch::kFloat).permute({2, 3, 0, 1}).reshape({filter.size(2) * filter.size(3), 1,
                                                                   filter.size(0), filter.size(1)}).contiguous();
}

// Runs an NHWC convolution as an NCHW one on permuted views (no copy; torch sees channels_last).
torch::Tensor convolve(const Node &n, const torch::Tensor &x, const torch::Tensor &w, const torch::Tensor &bias,
                       int64_t groups)
{
    requireNhwc(n);
    requireRank(x, 4, "the input");
    const auto [sh, sw] = hw(n, "strides");
    const auto [dh, dw] = hw(n, "dilations");
    if (x.size(3) != w.size(1) * groups)
        fail(maskbench::TfjsGraphTr::tr("input has %1 channels, the filter expects %2").arg(x.size(3)).arg(w.size(1) * groups));
    const Pad2 p = padding(n, x.size(1), x.size(2), w.size(2), w.size(3), sh, sw, dh, dw);
    torch::Tensor in = nchw(x.to(torch::kFloat));
    std::vector<int64_t> pad = {p.top, p.left};
    if (!p.symmetric()) {
        in = torch::constant_pad_nd(in, {p.left, p.right, p.top, p.bottom}, 0);
        pad = {0, 0};
    }
    return nhwc(torch::conv2d(in, w, bias, {sh, sw}, pad, {dh, dw}, groups));
}

torch::Tensor filterOf(const Node &n, const std::vector<torch::Tensor> &in, bool depthwise)
{
    if (n.weight.defined())
        return n.weight;
    return depthwise ? depthwiseWeight(in[1]) : convWeight(in[1]);
}

// ---- fused activations (tfjs' fused_ops: BiasAdd or FusedBatchNorm first, then one activation) ----

torch::Tensor activate(const Node &n, const QString &act, const torch::Tensor &y, const torch::Tensor &alpha)
{
    if (act == QLatin1String("Relu"))
        return torch::relu(y);
    if (act == QLatin1String("Relu6"))
        return torch::clamp(y, 0, 6);
    if (act == QLatin1String("Elu"))
        return torch::elu(y);
    if (act == QLatin1String("Sigmoid"))
        return torch::sigmoid(y);
    if (act == QLatin1String("Tanh"))
        return torch::tanh(y);
    if (act == QLatin1String("LeakyRelu"))
        return torch::leaky_relu(y, attrFloat(n, "leakyrelu_alpha", 0.2));
    if (act == QLatin1String("Prelu")) {
        if (!alpha.defined())
            fail(maskbench::TfjsGraphTr::tr("fused Prelu needs its alpha as the second extra argument"));
        return torch::where(y < 0, y * alpha, y);
    }
    fail(maskbench::TfjsGraphTr::tr("fused activation \"%1\" is not supported (Relu, Relu6, Elu, Sigmoid, Tanh, LeakyRelu, Prelu)").arg(act));
}

// Splits fused_ops into the bias step and the activation; args are the inputs after the two
// operands: the bias, then Prelu's alpha (num_args counts both).
struct Fused
{
    torch::Tensor bias;
    QString activation;
    torch::Tensor alpha;
};

Fused fusedOps(const Node &n, const std::vector<torch::Tensor> &in)
{
    const QStringList ops = attrStrings(n, "fused_ops");
    const int64_t numArgs = attrInt(n, "num_args", int64_t(in.size()) - 2);
    Fused f;
    int i = 0;
    if (i < ops.size() && ops[i] == QLatin1String("BiasAdd")) {
        if (numArgs < 1 || in.size() < 3)
            fail(TfjsGraphTr::tr("fused BiasAdd without a bias argument"));
        f.bias = in[2].to(torch::kFloat);
        ++i;
    } else if (i < ops.size() && ops[i] == QLatin1String("FusedBatchNorm")) {
        fail(TfjsGraphTr::tr("fused FusedBatchNorm is not supported (tfjs does not run it either)"));
    }
    if (i < ops.size()) {
        f.activation = ops[i++];
        if (f.activation == QLatin1String("Prelu")) {
            // num_args counts the bias and alpha; alpha is the argument after the bias (tfjs).
            const size_t at = f.bias.defined() ? 3 : 2;
            if (at >= in.size() || numArgs < int64_t(at - 1))
                fail(TfjsGraphTr::tr("fused Prelu without its alpha argument"));
            f.alpha = in[at].to(torch::kFloat);
        }
    }
    if (i < ops.size())
        fail(TfjsGraphTr::tr("fused_ops %1 is not supported (a bias and one activation)").arg(ops.join(QLatin1Char(','))));
    return f;
}

// ---- ops -----------------------------------------------------------------------------------

using Inputs = std::vector<torch::Tensor>;

torch::Tensor opIdentity(const Node &, const Inputs &in) { return in[0]; }

torch::Tensor opConv2D(const Node &n, const Inputs &in)
{
    const torch::Tensor w = filterOf(n, in, false);
    return convolve(n, in[0], w, {}, in[0].size(3) / std::max<int64_t>(w.size(1), 1));
}

torch::Tensor opFusedConv2D(const Node &n, const Inputs &in)
{
    const torch::Tensor w = filterOf(n, in, false);
    const Fused f = fusedOps(n, in);
    torch::Tensor y = convolve(n, in[0], w, f.bias, in[0].size(3) / std::max<int64_t>(w.size(1), 1));
    return f.activation.isEmpty() ? y : activate(n, f.activation, y, f.alpha);
}

torch::Tensor opDepthwise(const Node &n, const Inputs &in)
{
    requireRank(in[0], 4, "the input");
    return convolve(n, in[0], filterOf(n, in, true), {}, in[0].size(3));
}

torch::Tensor opFusedDepthwise(const Node &n, const Inputs &in)
{
    requireRank(in[0], 4, "the input");
    const Fused f = fusedOps(n, in);
    torch::Tensor y = convolve(n, in[0], filterOf(n, in, true), f.bias, in[0].size(3));
    return f.activation.isEmpty() ? y : activate(n, f.activation, y, f.alpha);
}

torch::Tensor opFusedBatchNorm(const Node &n, const Inputs &in)
{
    requireNhwc(n);
    if (attrBool(n, "is_training", false))
        fail(maskbench::TfjsGraphTr::tr("is_training is set; only inference batch norm is supported"));
    const double eps = attrFloat(n, "epsilon", 1e-3);
    // tfjs batchNorm: (x - mean) * scale / sqrt(variance + epsilon) + offset, on the last axis.
    return (in[0] - in[3]) * in[1] * torch::rsqrt(in[4] + eps) + in[2];
}

torch::Tensor opBiasAdd(const Node &n, const Inputs &in)
{
    requireNhwc(n);
    if (in[1].dim() != 1 || in[0].dim() < 1 || in[0].size(-1) != in[1].size(0))
        fail(maskbench::TfjsGraphTr::tr("bias of shape %1 does not fit the last axis of %2").arg(shapeText(in[1]), shapeText(in[0])));
    return in[0] + in[1];
}

torch::Tensor opAdd(const Node &, const Inputs &in) { return in[0] + in[1]; }
torch::Tensor opSub(const Node &, const Inputs &in) { return in[0] - in[1]; }
torch::Tensor opMul(const Node &, const Inputs &in) { return in[0] * in[1]; }
torch::Tensor opRealDiv(const Node &, const Inputs &in) { return in[0] / in[1]; }
torch::Tensor opDiv(const Node &, const Inputs &in)
{
    if (in[0].is_floating_point())
        return in[0] / in[1];
    return torch::div(in[0], in[1], "floor"); // tfjs' Div on integers floors
}
torch::Tensor opFloorDiv(const Node &, const Inputs &in) { return torch::div(in[0], in[1], "floor"); }
torch::Tensor opMaximum(const Node &, const Inputs &in) { return torch::maximum(in[0], in[1]); }
torch::Tensor opMinimum(const Node &, const Inputs &in) { return torch::minimum(in[0], in[1]); }
torch::Tensor opPow(const Node &, const Inputs &in) { return torch::pow(in[0], in[1]); }
torch::Tensor opSquaredDifference(const Node &, const Inputs &in) { return (in[0] - in[1]) * (in[0] - in[1]); }
torch::Tensor opAddN(const Node &, const Inputs &in)
{
    torch::Tensor sum = in[0];
    for (size_t i = 1; i < in.size(); ++i)
        sum = sum + in[i];
    return sum;
}

torch::Tensor opRelu(const Node &, const Inputs &in) { return torch::relu(in[0]); }
torch::Tensor opRelu6(const Node &, const Inputs &in) { return torch::clamp(in[0], 0, 6); }
torch::Tensor opElu(const Node &, const Inputs &in) { return torch::elu(in[0]); }
torch::Tensor opSigmoid(const Node &, const Inputs &in) { return torch::sigmoid(in[0]); }
torch::Tensor opTanh(const Node &, const Inputs &in) { return torch::tanh(in[0]); }
torch::Tensor opLeakyRelu(const Node &n, const Inputs &in) { return torch::leaky_relu(in[0], attrFloat(n, "alpha", 0.2)); }
torch::Tensor opPrelu(const Node &, const Inputs &in) { return torch::where(in[0] < 0, in[0] * in[1], in[0]); }
torch::Tensor opSoftmax(const Node &, const Inputs &in) { return torch::softmax(in[0], -1); }
torch::Tensor opExp(const Node &, const Inputs &in) { return torch::exp(in[0]); }
torch::Tensor opLog(const Node &, const Inputs &in) { return torch::log(in[0]); }
torch::Tensor opSqrt(const Node &, const Inputs &in) { return torch::sqrt(in[0]); }
torch::Tensor opRsqrt(const Node &, const Inputs &in) { return torch::rsqrt(in[0]); }
torch::Tensor opSquare(const Node &, const Inputs &in) { return in[0] * in[0]; }
torch::Tensor opNeg(const Node &, const Inputs &in) { return -in[0]; }
torch::Tensor opAbs(const Node &, const Inputs &in) { return torch::abs(in[0]); }

torch::Tensor opMaxPool(const Node &n, const Inputs &in)
{
    requireNhwc(n);
    requireRank(in[0], 4, "the input");
    const auto [kh, kw] = hw(n, "ksize");
    const auto [sh, sw] = hw(n, "strides");
    const Pad2 p = padding(n, in[0].size(1), in[0].size(2), kh, kw, sh, sw, 1, 1);
    torch::Tensor x = nchw(in[0]);
    if (!p.none()) // TF's padded cells never win a max
        x = torch::constant_pad_nd(x, {p.left, p.right, p.top, p.bottom}, -std::numeric_limits<float>::infinity());
    return nhwc(torch::max_pool2d(x, {kh, kw}, {sh, sw}));
}

torch::Tensor opAvgPool(const Node &n, const Inputs &in)
{
    requireNhwc(n);
    requireRank(in[0], 4, "the input");
    const auto [kh, kw] = hw(n, "ksize");
    const auto [sh, sw] = hw(n, "strides");
    const Pad2 p = padding(n, in[0].size(1), in[0].size(2), kh, kw, sh, sw, 1, 1);
    torch::Tensor x = nchw(in[0]);
    if (p.none())
        return nhwc(torch::avg_pool2d(x, {kh, kw}, {sh, sw}));
    // TF averages over the cells inside the image only: window sums over window counts.
    const std::vector<int64_t> pad = {p.left, p.right, p.top, p.bottom};
    const torch::Tensor sums = torch::avg_pool2d(torch::constant_pad_nd(x, pad, 0), {kh, kw}, {sh, sw}, {0, 0}, false,
                                                 true, 1);
    const torch::Tensor ones = torch::ones({1, 1, x.size(2), x.size(3)}, x.options());
    const torch::Tensor counts = torch::avg_pool2d(torch::constant_pad_nd(ones, pad, 0), {kh, kw}, {sh, sw}, {0, 0},
                                                   false, true, 1);
    return nhwc(sums / counts);
}

std::vector<int64_t> axesOf(const torch::Tensor &t, int64_t rank)
{
    std::vector<int64_t> axes = intsOf(t);
    for (int64_t &a : axes) {
        if (a < -rank || a >= rank)
            fail(TfjsGraphTr::tr("axis %1 is out of range for rank %2").arg(a).arg(rank));
        if (a < 0)
            a += rank;
    }
    std::sort(axes.begin(), axes.end());
    axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
    return axes;
}

template <typename F>
torch::Tensor reduce(const Node &n, const Inputs &in, F f)
{
    const std::vector<int64_t> axes = axesOf(in[1], in[0].dim());
    const bool keep = attrBool(n, "keep_dims", false);
    if (axes.empty())
        return in[0];
    return f(in[0], axes, keep);
}

torch::Tensor opMean(const Node &n, const Inputs &in)
{
    return reduce(n, in, [](const torch::Tensor &x, const std::vector<int64_t> &a, bool k) { return x.mean(a, k); });
}
torch::Tensor opSum(const Node &n, const Inputs &in)
{
    return reduce(n, in, [](const torch::Tensor &x, const std::vector<int64_t> &a, bool k) { return x.sum(a, k); });
}
torch::Tensor opMax(const Node &n, const Inputs &in)
{
    return reduce(n, in, [](const torch::Tensor &x, const std::vector<int64_t> &a, bool k) { return x.amax(a, k); });
}
torch::Tensor opMin(const Node &n, const Inputs &in)
{
    return reduce(n, in, [](const torch::Tensor &x, const std::vector<int64_t> &a, bool k) { return x.amin(a, k); });
}

torch::Tensor opReshape(const Node &, const Inputs &in)
{
    const std::vector<int64_t> shape = intsOf(in[1]);
    int64_t known = 1;
    int unknown = 0;
    for (int64_t d : shape) {
        if (d == -1)
            ++unknown;
        else if (d < 0)
            fail(maskbench::TfjsGraphTr::tr("reshape to %1: negative size").arg(shapeText(shape)));
        else if (d > 0 && known > std::numeric_limits<int64_t>::max() / d) // found by fuzz/fuzz_tfjs_graph
            fail(maskbench::TfjsGraphTr::tr("cannot reshape %1 to %2").arg(shapeText(in[0]), shapeText(shape)));
        else
            known *= d;
    }
    if (unknown > 1 || (unknown == 0 && known != in[0].numel()) || (unknown == 1 && (known == 0 || in[0].numel() % known)))
        fail(maskbench::TfjsGraphTr::tr("cannot reshape %1 to %2").arg(shapeText(in[0]), shapeText(shape)));
    return in[0].reshape(shape);
}

torch::Tensor opSqueeze(const Node &n, const Inputs &in)
{
    std::vector<int64_t> dims = attrInts(n, "squeeze_dims");
    if (dims.empty())
        dims = attrInts(n, "axis");
    const int64_t rank = in[0].dim();
    if (dims.empty()) {
        for (int64_t d = 0; d < rank; ++d)
            if (in[0].size(d) == 1)
                dims.push_back(d);
    }
    for (int64_t &d : dims) {
        if (d < 0)
            d += rank;
        if (d < 0 || d >= rank || in[0].size(d) != 1)
            fail(maskbench::TfjsGraphTr::tr("cannot squeeze axis %1 of %2").arg(d).arg(shapeText(in[0])));
    }
    std::sort(dims.rbegin(), dims.rend());
    dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
    torch::Tensor x = in[0];
    for (int64_t d : dims)
        x = x.squeeze(d);
    return x;
}

torch::Tensor opExpandDims(const Node &, const Inputs &in)
{
    const std::vector<int64_t> a = intsOf(in[1]);
    if (a.size() != 1)
        fail(maskbench::TfjsGraphTr::tr("ExpandDims needs one axis"));
    int64_t axis = a[0];
    const int64_t rank = in[0].dim();
    if (axis < -rank - 1 || axis > rank)
        fail(maskbench::TfjsGraphTr::tr("axis %1 is out of range for rank %2").arg(axis).arg(rank));
    if (axis < 0)
        axis += rank + 1;
    return in[0].unsqueeze(axis);
}

// paddings: rank x 2 (before, after) -> torch's list, last axis first.
std::vector<int64_t> padList(const torch::Tensor &x, const torch::Tensor &paddings)
{
    const std::vector<int64_t> p = intsOf(paddings);
    if (int64_t(p.size()) != 2 * x.dim())
        fail(TfjsGraphTr::tr("paddings %1 do not fit an input of rank %2").arg(shapeText(paddings)).arg(x.dim()));
    std::vector<int64_t> out;
    for (int64_t d = x.dim() - 1; d >= 0; --d) {
        if (p[2 * d] < 0 || p[2 * d + 1] < 0)
            fail(TfjsGraphTr::tr("negative padding"));
        out.push_back(p[2 * d]);
        out.push_back(p[2 * d + 1]);
    }
    return out;
}

torch::Tensor opPad(const Node &, const Inputs &in)
{
    const double value = in.size() > 2 ? in[2].item<double>() : 0.0;
    return torch::constant_pad_nd(in[0], padList(in[0], in[1]), value);
}

torch::Tensor opMirrorPad(const Node &n, const Inputs &in)
{
    const QString mode = attrString(n, "mode");
    const bool reflect = mode == QLatin1String("REFLECT");
    if (!reflect && mode != QLatin1String("SYMMETRIC"))
        fail(maskbench::TfjsGraphTr::tr("MirrorPad mode \"%1\" is not supported (REFLECT, SYMMETRIC)").arg(mode));
    const std::vector<int64_t> p = intsOf(in[1]);
    if (int64_t(p.size()) != 2 * in[0].dim())
        fail(maskbench::TfjsGraphTr::tr("paddings %1 do not fit an input of rank %2").arg(shapeText(in[1])).arg(in[0].dim()));
    torch::Tensor x = in[0];
    for (int64_t d = 0; d < x.dim(); ++d) {
        const int64_t size = x.size(d), before = p[2 * d], after = p[2 * d + 1];
        if (before == 0 && after == 0)
            continue;
        const int64_t limit = reflect ? size - 1 : size;
        if (before < 0 || after < 0 || before > limit || after > limit)
            fail(maskbench::TfjsGraphTr::tr("MirrorPad %1 by %2/%3 on axis %4 of size %5").arg(mode).arg(before).arg(after).arg(d).arg(size));
        // REFLECT mirrors about the edge pixel (3 2 | 1 2 3 | 2 1), SYMMETRIC repeats it (2 1 | 1 2 3 | 3 2).
        std::vector<int64_t> idx;
        for (int64_t i = before; i > 0; --i)
            idx.push_back(reflect ? i : i - 1);
        for (int64_t i = 0; i < size; ++i)
            idx.push_back(i);
        for (int64_t i = 1; i <= after; ++i)
            idx.push_back(reflect ? size - 1 - i : size - i);
        x = x.index_select(d, torch::tensor(idx, torch::kLong));
    }
    return x;
}

torch::Tensor opConcatV2(const Node &, const Inputs &in)
{
    const std::vector<int64_t> a = intsOf(in.back());
    if (a.size() != 1)
        fail(maskbench::TfjsGraphTr::tr("ConcatV2 needs one axis"));
    std::vector<torch::Tensor> parts(in.begin(), in.end() - 1);
    const int64_t rank = parts[0].dim();
    int64_t axis = a[0] < 0 ? a[0] + rank : a[0];
    if (axis < 0 || axis >= rank)
        fail(maskbench::TfjsGraphTr::tr("axis %1 is out of range for rank %2").arg(a[0]).arg(rank));
    return torch::cat(parts, axis);
}

torch::Tensor opPack(const Node &n, const Inputs &in)
{
    int64_t axis = attrInt(n, "axis", 0);
    const int64_t rank = in[0].dim() + 1;
    if (axis < 0)
        axis += rank;
    if (axis < 0 || axis >= rank)
        fail(maskbench::TfjsGraphTr::tr("axis %1 is out of range for rank %2").arg(attrInt(n, "axis", 0)).arg(rank));
    return torch::stack(in, axis);
}

torch::Tensor opResizeBilinear(const Node &n, const Inputs &in)
{
    requireRank(in[0], 4, "the image batch");
    const std::vector<int64_t> size = intsOf(in[1]);
    if (size.size() != 2 || size[0] < 1 || size[1] < 1)
        fail(maskbench::TfjsGraphTr::tr("ResizeBilinear size must be two positive values, got %1").arg(shapeText(size)));
    return tfjs::resizeBilinear(in[0], size[0], size[1], attrBool(n, "align_corners", false),
                                attrBool(n, "half_pixel_centers", false));
}

torch::Tensor matmul(const Node &n, const torch::Tensor &a0, const torch::Tensor &b0)
{
    requireRank(a0, 2, "MatMul's a");
    requireRank(b0, 2, "MatMul's b");
    const torch::Tensor a = attrBool(n, "transpose_a", false) ? a0.t() : a0;
    const torch::Tensor b = attrBool(n, "transpose_b", false) ? b0.t() : b0;
    if (a.size(1) != b.size(0))
        fail(maskbench::TfjsGraphTr::tr("MatMul of %1 and %2").arg(shapeText(a), shapeText(b)));
    return torch::mm(a.to(torch::kFloat), b.to(torch::kFloat));
}

torch::Tensor opMatMul(const Node &n, const Inputs &in) { return matmul(n, in[0], in[1]); }

torch::Tensor opFusedMatMul(const Node &n, const Inputs &in)
{
    const Fused f = fusedOps(n, in);
    torch::Tensor y = matmul(n, in[0], in[1]);
    if (f.bias.defined())
        y = y + f.bias;
    return f.activation.isEmpty() ? y : activate(n, f.activation, y, f.alpha);
}

torch::Tensor opBatchMatMul(const Node &n, const Inputs &in)
{
    const bool adjX = attrBool(n, "adj_x", false), adjY = attrBool(n, "adj_y", false);
    const torch::Tensor a = adjX ? in[0].transpose(-1, -2) : in[0];
    const torch::Tensor b = adjY ? in[1].transpose(-1, -2) : in[1];
    return torch::matmul(a, b);
}

torch::Tensor opStridedSlice(const Node &n, const Inputs &in)
{
    if (attrInt(n, "ellipsis_mask", 0) != 0 || attrInt(n, "new_axis_mask", 0) != 0)
        fail(maskbench::TfjsGraphTr::tr("StridedSlice with ellipsis_mask or new_axis_mask is not supported"));
    const std::vector<int64_t> begin = intsOf(in[1]), end = intsOf(in[2]), strides = intsOf(in[3]);
    const int64_t beginMask = attrInt(n, "begin_mask", 0), endMask = attrInt(n, "end_mask", 0);
    const int64_t shrinkMask = attrInt(n, "shrink_axis_mask", 0);
    torch::Tensor x = in[0];
    if (begin.size() != end.size() || begin.size() != strides.size() || int64_t(begin.size()) > x.dim())
        fail(maskbench::TfjsGraphTr::tr("StridedSlice begin/end/strides %1/%2/%3 do not fit %4")
                 .arg(shapeText(begin), shapeText(end), shapeText(strides), shapeText(x)));
    std::vector<int64_t> shrink;
    for (int64_t d = 0; d < int64_t(begin.size()); ++d) {
        const int64_t size = x.size(d), s = strides[size_t(d)];
        if (s == 0)
            fail(maskbench::TfjsGraphTr::tr("StridedSlice stride 0"));
        auto norm = [size](int64_t v) { return v < 0 ? v + size : v; };
        if (shrinkMask & (int64_t(1) << d)) {
            const int64_t i = norm(begin[size_t(d)]);
            if (i < 0 || i >= size)
                fail(maskbench::TfjsGraphTr::tr("StridedSlice index %1 out of range for axis %2 of size %3").arg(begin[size_t(d)]).arg(d).arg(size));
            x = x.narrow(d, i, 1);
            shrink.push_back(d);
            continue;
        }
        int64_t start, stop;
        if (s > 0) {
            start = (beginMask & (int64_t(1) << d)) ? 0 : std::clamp<int64_t>(norm(begin[size_t(d)]), 0, size);
            stop = (endMask & (int64_t(1) << d)) ? size : std::clamp<int64_t>(norm(end[size_t(d)]), 0, size);
        } else {
            start = (beginMask & (int64_t(1) << d)) ? size - 1 : std::clamp<int64_t>(norm(begin[size_t(d)]), -1, size - 1);
            stop = (endMask & (int64_t(1) << d)) ? -1 : std::clamp<int64_t>(norm(end[size_t(d)]), -1, size - 1);
        }
        std::vector<int64_t> idx;
        for (int64_t i = start; s > 0 ? i < stop : i > stop; i += s)
            idx.push_back(i);
        if (int64_t(idx.size()) == size && s == 1)
            continue;
        x = x.index_select(d, torch::tensor(idx, torch::kLong));
    }
    for (auto it = shrink.rbegin(); it != shrink.rend(); ++it)
        x = x.squeeze(*it);
    return x;
}

torch::Tensor opTranspose(const Node &, const Inputs &in)
{
    const std::vector<int64_t> perm = intsOf(in[1]);
    if (int64_t(perm.size()) != in[0].dim())
        fail(maskbench::TfjsGraphTr::tr("Transpose permutation %1 does not fit %2").arg(shapeText(perm), shapeText(in[0])));
    return in[0].permute(perm);
}

torch::Dtype dtypeOf(const QString &tfType)
{
    if (tfType == QLatin1String("DT_FLOAT") || tfType == QLatin1String("DT_HALF") || tfType == QLatin1String("DT_DOUBLE"))
        return torch::kFloat;
    if (tfType == QLatin1String("DT_INT32") || tfType == QLatin1String("DT_INT64") || tfType == QLatin1String("DT_UINT8")
        || tfType == QLatin1String("DT_INT16") || tfType == QLatin1String("DT_INT8"))
        return torch::kLong;
    if (tfType == QLatin1String("DT_BOOL"))
        return torch::kBool;
    fail(maskbench::TfjsGraphTr::tr("dtype %1 is not supported (float, integer, bool)").arg(tfType));
}

torch::Tensor opCast(const Node &n, const Inputs &in) { return in[0].to(dtypeOf(attrType(n, "DstT"))); }

torch::Tensor opShape(const Node &, const Inputs &in) { return torch::tensor(in[0].sizes().vec(), torch::kLong); }

using OpFn = torch::Tensor (*)(const Node &, const Inputs &);

struct OpSpec
{
    const char *op;
    int minInputs;
    int maxInputs; // -1: any number
    OpFn fn;
};

// Every op the runner knows; Const and Placeholder are values, not functions.
const std::vector<OpSpec> &opTable()
{
    static const std::vector<OpSpec> table = {
        {"Const", 0, 0, nullptr},
        {"Placeholder", 0, 0, nullptr},
        {"Identity", 1, 1, opIdentity},
        {"StopGradient", 1, 1, opIdentity},
        {"Snapshot", 1, 1, opIdentity},
        {"Conv2D", 2, 2, opConv2D},
        {"_FusedConv2D", 3, -1, opFusedConv2D},
        {"DepthwiseConv2dNative", 2, 2, opDepthwise},
        {"DepthwiseConv2D", 2, 2, opDepthwise},
        {"FusedDepthwiseConv2dNative", 3, -1, opFusedDepthwise},
        {"FusedBatchNorm", 5, 5, opFusedBatchNorm},
        {"FusedBatchNormV2", 5, 5, opFusedBatchNorm},
        {"FusedBatchNormV3", 5, 5, opFusedBatchNorm},
        {"BiasAdd", 2, 2, opBiasAdd},
        {"Add", 2, 2, opAdd},
        {"AddV2", 2, 2, opAdd},
        {"AddN", 1, -1, opAddN},
        {"Sub", 2, 2, opSub},
        {"Mul", 2, 2, opMul},
        {"RealDiv", 2, 2, opRealDiv},
        {"Div", 2, 2, opDiv},
        {"FloorDiv", 2, 2, opFloorDiv},
        {"Maximum", 2, 2, opMaximum},
        {"Minimum", 2, 2, opMinimum},
        {"Pow", 2, 2, opPow},
        {"SquaredDifference", 2, 2, opSquaredDifference},
        {"Relu", 1, 1, opRelu},
        {"Relu6", 1, 1, opRelu6},
        {"Elu", 1, 1, opElu},
        {"LeakyRelu", 1, 1, opLeakyRelu},
        {"Prelu", 2, 2, opPrelu},
        {"Sigmoid", 1, 1, opSigmoid},
        {"Tanh", 1, 1, opTanh},
        {"Softmax", 1, 1, opSoftmax},
        {"Exp", 1, 1, opExp},
        {"Log", 1, 1, opLog},
        {"Sqrt", 1, 1, opSqrt},
        {"Rsqrt", 1, 1, opRsqrt},
        {"Square", 1, 1, opSquare},
        {"Neg", 1, 1, opNeg},
        {"Abs", 1, 1, opAbs},
        {"MaxPool", 1, 1, opMaxPool},
        {"AvgPool", 1, 1, opAvgPool},
        {"Mean", 2, 2, opMean},
        {"Sum", 2, 2, opSum},
        {"Max", 2, 2, opMax},
        {"Min", 2, 2, opMin},
        {"Reshape", 2, 2, opReshape},
        {"Squeeze", 1, 1, opSqueeze},
        {"ExpandDims", 2, 2, opExpandDims},
        {"Pad", 2, 2, opPad},
        {"PadV2", 3, 3, opPad},
        {"MirrorPad", 2, 2, opMirrorPad},
        {"ConcatV2", 2, -1, opConcatV2},
        {"Pack", 1, -1, opPack},
        {"ResizeBilinear", 2, 2, opResizeBilinear},
        {"MatMul", 2, 2, opMatMul},
        {"_FusedMatMul", 3, -1, opFusedMatMul},
        {"BatchMatMul", 2, 2, opBatchMatMul},
        {"BatchMatMulV2", 2, 2, opBatchMatMul},
        {"StridedSlice", 4, 4, opStridedSlice},
        {"Transpose", 2, 2, opTranspose},
        {"Cast", 1, 1, opCast},
        {"Shape", 1, 1, opShape},
    };
    return table;
}

const OpSpec *findOp(const std::string &op)
{
    for (const OpSpec &s : opTable())
        if (op == s.op)
            return &s;
    return nullptr;
}

// "name", "name:0" -> "name"; ":k" for k > 0 is kept (no op here has several outputs).
std::string baseName(const std::string &ref)
{
    const auto colon = ref.rfind(':');
    if (colon != std::string::npos && ref.substr(colon) == ":0")
        return ref.substr(0, colon);
    return ref;
}

} // namespace

class TfjsGraphModel::Impl
{
public:
    QString path;
    std::vector<Node> nodes;
    std::unordered_map<std::string, int> index;
    std::vector<int> order; // topological
    std::vector<int> inputs;
    std::vector<int> outputs;

    [[noreturn]] void nodeError(const Node &n, const QString &message) const
    {
        throw Error(TfjsGraphTr::tr("%1: node \"%2\" (op %3): %4")
                        .arg(path, QString::fromStdString(n.name), QString::fromStdString(n.op), message));
    }

    int nodeIndex(const std::string &ref) const
    {
        const auto it = index.find(baseName(ref));
        if (it == index.end())
            throw Error(TfjsGraphTr::tr("%1: the model has no node \"%2\"").arg(path, QString::fromStdString(ref)));
        return it->second;
    }

    std::vector<torch::Tensor> execute(const std::vector<std::pair<int, torch::Tensor>> &given,
                                       const std::vector<int> &wanted) const;
};

namespace {

torch::Tensor constantTensor(const TfjsTensor &t, const QString &dtype)
{
    torch::Tensor v = torch::from_blob(const_cast<float *>(t.values.data()), {int64_t(t.values.size())}, torch::kFloat)
                          .clone()
                          .reshape(t.shape);
    if (dtype == QLatin1String("DT_FLOAT"))
        return v;
    return v.to(dtypeOf(dtype));
}

std::vector<int64_t> placeholderShape(const Node &n)
{
    std::vector<int64_t> shape;
    const QJsonObject s = attrOf(n, "shape").value(QLatin1String("shape")).toObject();
    if (s.value(QLatin1String("unknownRank")).toBool())
        return {};
    for (const QJsonValue &d : s.value(QLatin1String("dim")).toArray())
        shape.push_back(d.toObject().contains(QLatin1String("size")) ? jsonInt(d.toObject().value(QLatin1String("size")))
                                                                      : -1);
    return shape;
}

QJsonObject readModelJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(TfjsGraphTr::tr("Cannot open the tfjs graph model %1: %2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(TfjsGraphTr::tr("%1 is not valid JSON: %2 at byte %3").arg(path, pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        throw Error(TfjsGraphTr::tr("%1 is not a tfjs graph model: the file holds no JSON object").arg(path));
    return doc.object();
}

} // namespace

TfjsGraphModel::TfjsGraphModel(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
TfjsGraphModel::TfjsGraphModel(TfjsGraphModel &&) noexcept = default;
TfjsGraphModel &TfjsGraphModel::operator=(TfjsGraphModel &&) noexcept = default;
TfjsGraphModel::~TfjsGraphModel() = default;

TfjsGraphModel TfjsGraphModel::open(const QString &path)
{
    const QJsonObject root = readModelJson(path);
    const QString format = root.value(QLatin1String("format")).toString();
    if (!format.isEmpty() && format != QLatin1String("graph-model"))
        throw Error(TfjsGraphTr::tr("%1 is a tfjs \"%2\", not a graph model").arg(path, format));
    const QJsonValue nodeList = root.value(QLatin1String("modelTopology")).toObject().value(QLatin1String("node"));
    if (!nodeList.isArray() || nodeList.toArray().isEmpty())
        throw Error(TfjsGraphTr::tr("%1 is not a tfjs graph model: it has no \"modelTopology\".\"node\" list").arg(path));

    auto d = std::make_unique<Impl>();
    d->path = path;
    const QJsonArray list = nodeList.toArray();
    std::vector<QStringList> inputRefs;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Node n;
        n.name = o.value(QLatin1String("name")).toString().toStdString();
        n.op = o.value(QLatin1String("op")).toString().toStdString();
        if (n.name.empty() || n.op.empty())
            throw Error(TfjsGraphTr::tr("%1: node %2 of \"modelTopology\".\"node\" has no name or no op").arg(path).arg(i));
        if (d->index.count(n.name))
            throw Error(TfjsGraphTr::tr("%1: two nodes are named \"%2\"").arg(path, QString::fromStdString(n.name)));
        n.attr = o.value(QLatin1String("attr")).toObject();
        QStringList refs;
        for (const QJsonValue &v : o.value(QLatin1String("input")).toArray())
            refs.append(v.toString());
        inputRefs.push_back(refs);
        d->index.emplace(n.name, i);
        d->nodes.push_back(std::move(n));
    }

    // Ops, inputs and their counts, before any weight is read.
    for (size_t i = 0; i < d->nodes.size(); ++i) {
        Node &n = d->nodes[i];
        const OpSpec *spec = findOp(n.op);
        if (!spec)
            d->nodeError(n, TfjsGraphTr::tr("unknown op; MaskBench's graph runner supports %1")
                                .arg(QString::fromStdString([] {
                                    std::string all;
                                    for (const std::string &s : supportedOps())
                                        all += (all.empty() ? "" : ", ") + s;
                                    return all;
                                }())));
        for (const QString &ref : inputRefs[i]) {
            if (ref.startsWith(QLatin1Char('^')))
                continue; // control dependency: order only, which the data flow already gives
            // "node" or "node:k", output k of node; every supported op has one output.
            QString base = ref;
            const int colon = ref.lastIndexOf(QLatin1Char(':'));
            bool numeric = false;
            const int k = colon > 0 ? ref.mid(colon + 1).toInt(&numeric) : 0;
            if (numeric)
                base = ref.left(colon);
            const auto it = d->index.find(base.toStdString());
            if (it == d->index.end())
                d->nodeError(n, TfjsGraphTr::tr("input \"%1\" is not a node of the graph").arg(ref));
            if (numeric && k != 0)
                d->nodeError(n, TfjsGraphTr::tr("input \"%1\" uses output %2; the supported ops have one output").arg(ref).arg(k));
            n.inputs.push_back(it->second);
        }
        const int count = int(n.inputs.size());
        if (count < spec->minInputs || (spec->maxInputs >= 0 && count > spec->maxInputs))
            d->nodeError(n, TfjsGraphTr::tr("has %1 inputs, the op takes %2")
                                .arg(count)
                                .arg(spec->maxInputs < 0 ? TfjsGraphTr::tr("at least %1").arg(spec->minInputs)
                                     : spec->minInputs == spec->maxInputs ? QString::number(spec->minInputs)
                                                                          : TfjsGraphTr::tr("%1 to %2").arg(spec->minInputs).arg(spec->maxInputs)));
        if (n.op == "Placeholder") {
            n.shape = placeholderShape(n);
            d->inputs.push_back(int(i));
        }
    }

    // Topological order (depth first, iterative); a cycle is a malformed file.
    {
        std::vector<int> state(d->nodes.size(), 0); // 0 new, 1 on the stack, 2 done
        for (size_t root = 0; root < d->nodes.size(); ++root) {
            if (state[root])
                continue;
            std::vector<std::pair<int, size_t>> stack = {{int(root), 0}};
            state[root] = 1;
            while (!stack.empty()) {
                auto &[v, next] = stack.back();
                const Node &n = d->nodes[size_t(v)];
                if (next < n.inputs.size()) {
                    const int u = n.inputs[next++];
                    if (state[size_t(u)] == 1)
                        d->nodeError(n, TfjsGraphTr::tr("the graph has a cycle through \"%1\"").arg(QString::fromStdString(d->nodes[size_t(u)].name)));
                    if (state[size_t(u)] == 0) {
                        state[size_t(u)] = 1;
                        stack.push_back({u, 0});
                    }
                } else {
                    state[size_t(v)] = 2;
                    d->order.push_back(v);
                    stack.pop_back();
                }
            }
        }
    }

    // Weights: every Const is a manifest entry (the tfjs converter moves all constants there).
    const bool anyConst = std::any_of(d->nodes.begin(), d->nodes.end(), [](const Node &n) { return n.op == "Const"; });
    if (anyConst) {
        const TfjsWeights weights = readTfjsWeights(path);
        for (Node &n : d->nodes) {
            if (n.op != "Const")
                continue;
            const TfjsTensor *t = weights.find(n.name);
            if (!t)
                d->nodeError(n, TfjsGraphTr::tr("the constant is missing from \"weightsManifest\""));
            QString dtype = attrType(n, "dtype");
            if (dtype.isEmpty())
                dtype = QStringLiteral("DT_FLOAT");
            try {
                n.constant = constantTensor(*t, dtype);
            } catch (const OpFailure &f) {
                d->nodeError(n, f.message);
            }
        }
    }

    // Filters in torch's layout once, not per run.
    for (Node &n : d->nodes) {
        const bool depthwise = n.op == "DepthwiseConv2dNative" || n.op == "DepthwiseConv2D"
                               || n.op == "FusedDepthwiseConv2dNative";
        const bool conv = n.op == "Conv2D" || n.op == "_FusedConv2D";
        if (!(depthwise || conv))
            continue;
        const Node &filter = d->nodes[size_t(n.inputs[1])];
        if (filter.op != "Const")
            continue;
        try {
            n.weight = depthwise ? depthwiseWeight(filter.constant) : convWeight(filter.constant);
        } catch (const OpFailure &f) {
            d->nodeError(n, f.message);
        }
    }

    // Outputs: the signature's, else the nodes nothing consumes (tfjs' rule).
    QJsonObject signature = root.value(QLatin1String("signature")).toObject();
    if (signature.value(QLatin1String("outputs")).toObject().isEmpty())
        signature = root.value(QLatin1String("userDefinedMetadata")).toObject().value(QLatin1String("signature")).toObject();
    const QJsonObject sigOutputs = signature.value(QLatin1String("outputs")).toObject();
    for (auto it = sigOutputs.begin(); it != sigOutputs.end(); ++it) {
        const std::string name = it.value().toObject().value(QLatin1String("name")).toString(it.key()).toStdString();
        const auto found = d->index.find(baseName(name));
        if (found == d->index.end())
            throw Error(TfjsGraphTr::tr("%1: the signature names output \"%2\", which is not a node")
                            .arg(path, QString::fromStdString(name)));
        d->outputs.push_back(found->second);
    }
    if (d->outputs.empty()) {
        std::vector<bool> consumed(d->nodes.size(), false);
        for (const Node &n : d->nodes)
            for (int u : n.inputs)
                consumed[size_t(u)] = true;
        for (size_t i = 0; i < d->nodes.size(); ++i)
            if (!consumed[i] && d->nodes[i].op != "Const")
                d->outputs.push_back(int(i));
    }
    return TfjsGraphModel(std::move(d));
}

std::vector<torch::Tensor> TfjsGraphModel::Impl::execute(const std::vector<std::pair<int, torch::Tensor>> &given,
                                                         const std::vector<int> &wanted) const
{
    torch::NoGradGuard noGrad;
    // Only what the wanted nodes depend on, in topological order; values freed after last use.
    std::vector<bool> needed(nodes.size(), false);
    std::vector<int> stack(wanted.begin(), wanted.end());
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        if (needed[size_t(v)])
            continue;
        needed[size_t(v)] = true;
        for (int u : nodes[size_t(v)].inputs)
            stack.push_back(u);
    }
    std::vector<int> uses(nodes.size(), 0);
    for (size_t v = 0; v < nodes.size(); ++v)
        if (needed[v])
            for (int u : nodes[v].inputs)
                ++uses[size_t(u)];
    for (int w : wanted)
        ++uses[size_t(w)];

    std::vector<torch::Tensor> values(nodes.size());
    for (const auto &[i, t] : given)
        values[size_t(i)] = t;
    for (int v : order) {
        if (!needed[size_t(v)])
            continue;
        const Node &n = nodes[size_t(v)];
        if (n.op == "Const") {
            values[size_t(v)] = n.constant;
            continue;
        }
        if (n.op == "Placeholder") {
            if (!values[size_t(v)].defined())
                throw Error(TfjsGraphTr::tr("%1: no value given for the input \"%2\"").arg(path, QString::fromStdString(n.name)));
            continue;
        }
        Inputs in;
        in.reserve(n.inputs.size());
        for (int u : n.inputs)
            in.push_back(values[size_t(u)]);
        try {
            values[size_t(v)] = findOp(n.op)->fn(n, in);
        } catch (const OpFailure &f) {
            nodeError(n, f.message);
        } catch (const c10::Error &e) {
            QStringList shapes;
            for (const torch::Tensor &t : in)
                shapes.append(shapeText(t));
            nodeError(n, TfjsGraphTr::tr("%1 (input shapes %2)").arg(torchErrorLine(e), shapes.join(QLatin1Char(' '))));
        }
        for (int u : n.inputs)
            if (--uses[size_t(u)] == 0)
                values[size_t(u)] = torch::Tensor();
    }
    std::vector<torch::Tensor> out;
    for (int w : wanted)
        out.push_back(values[size_t(w)]);
    return out;
}

const QString &TfjsGraphModel::path() const { return d->path; }

std::vector<std::string> TfjsGraphModel::inputs() const
{
    std::vector<std::string> out;
    for (int i : d->inputs)
        out.push_back(d->nodes[size_t(i)].name);
    return out;
}

std::vector<std::string> TfjsGraphModel::outputs() const
{
    std::vector<std::string> out;
    for (int i : d->outputs)
        out.push_back(d->nodes[size_t(i)].name);
    return out;
}

std::vector<int64_t> TfjsGraphModel::inputShape(const std::string &input) const
{
    const Node &n = d->nodes[size_t(d->nodeIndex(input))];
    if (n.op != "Placeholder")
        throw Error(TfjsGraphTr::tr("%1: \"%2\" is not an input of the model").arg(d->path, QString::fromStdString(input)));
    return n.shape;
}

std::vector<std::string> TfjsGraphModel::ops() const
{
    std::set<std::string> ops;
    for (const Node &n : d->nodes)
        ops.insert(n.op);
    return {ops.begin(), ops.end()};
}

std::vector<std::string> TfjsGraphModel::supportedOps()
{
    std::vector<std::string> out;
    for (const OpSpec &s : opTable())
        out.emplace_back(s.op);
    std::sort(out.begin(), out.end());
    return out;
}

std::map<std::string, TensorF> TfjsGraphModel::run(const std::map<std::string, TensorF> &inputs) const
{
    return run(inputs, outputs());
}

std::map<std::string, TensorF> TfjsGraphModel::run(const std::map<std::string, TensorF> &inputs,
                                                   const std::vector<std::string> &outputNames) const
{
    std::vector<std::pair<std::string, torch::Tensor>> given;
    for (const auto &[name, t] : inputs) {
        if (int64_t(t.values.size()) != t.numel())
            throw Error(TfjsGraphTr::tr("%1: input \"%2\" has %3 values for shape %4")
                            .arg(d->path, QString::fromStdString(name)).arg(t.values.size()).arg(shapeText(t.shape)));
        given.emplace_back(name, torch::from_blob(const_cast<float *>(t.values.data()), t.shape, torch::kFloat).clone());
    }
    const std::vector<torch::Tensor> res = tfjs::runGraph(*this, given, outputNames);
    std::map<std::string, TensorF> out;
    for (size_t i = 0; i < res.size(); ++i) {
        const torch::Tensor c = res[i].to(torch::kFloat).contiguous();
        TensorF t;
        t.shape = c.sizes().vec();
        t.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        out[baseName(outputNames[i])] = std::move(t);
    }
    return out;
}

namespace tfjs {

std::vector<torch::Tensor> runGraph(const TfjsGraphModel &model,
                                    const std::vector<std::pair<std::string, torch::Tensor>> &inputs,
                                    const std::vector<std::string> &outputs)
{
    const TfjsGraphModel::Impl &d = model.impl();
    std::vector<std::pair<int, torch::Tensor>> given;
    for (const auto &[name, t] : inputs) {
        const int i = d.nodeIndex(name);
        const Node &n = d.nodes[size_t(i)];
        if (n.op != "Placeholder")
            throw Error(TfjsGraphTr::tr("%1: \"%2\" is not an input of the model").arg(d.path, QString::fromStdString(name)));
        bool fits = n.shape.empty() || int64_t(n.shape.size()) == t.dim();
        for (size_t k = 0; fits && k < n.shape.size(); ++k)
            fits = n.shape[k] < 0 || n.shape[k] == t.size(int64_t(k));
        if (!fits)
            throw Error(TfjsGraphTr::tr("%1: input \"%2\" has shape %3, the model expects %4")
                            .arg(d.path, QString::fromStdString(name), shapeText(t), shapeText(n.shape)));
        given.emplace_back(i, t.to(torch::kFloat));
    }
    std::vector<int> wanted;
    for (const std::string &o : outputs)
        wanted.push_back(d.nodeIndex(o));
    return d.execute(given, wanted);
}

torch::Tensor resizeBilinear(const torch::Tensor &x, int64_t height, int64_t width, bool alignCorners,
                             bool halfPixelCenters)
{
    TORCH_CHECK(x.dim() == 4, "resizeBilinear expects N x H x W x C, got ", x.sizes());
    TORCH_CHECK(height > 0 && width > 0, "resizeBilinear to ", height, " x ", width);
    struct Axis
    {
        torch::Tensor lower, upper, frac;
    };
    // tfjs-backend-cpu ResizeBilinear: the same index arithmetic in JavaScript numbers (double).
    auto axis = [&](int64_t in, int64_t out) {
        const double ratio = (alignCorners && out > 1) ? double(in - 1) / double(out - 1) : double(in) / double(out);
        std::vector<int64_t> lower(static_cast<size_t>(out)), upper(static_cast<size_t>(out));
        std::vector<double> frac(static_cast<size_t>(out));
        for (int64_t i = 0; i < out; ++i) {
            const double src = halfPixelCenters ? ratio * (double(i) + 0.5) - 0.5 : ratio * double(i);
            const double fl = std::floor(src);
            lower[size_t(i)] = std::max<int64_t>(0, int64_t(fl));
            upper[size_t(i)] = std::min<int64_t>(in - 1, int64_t(std::ceil(src)));
            frac[size_t(i)] = src - fl;
        }
        return Axis{torch::tensor(lower, torch::kLong), torch::tensor(upper, torch::kLong),
                    torch::tensor(frac, torch::kDouble)};
    };
    const Axis rows = axis(x.size(1), height);
    const Axis cols = axis(x.size(2), width);
    const torch::Tensor xd = x.to(torch::kDouble);
    const torch::Tensor top = xd.index_select(1, rows.lower), bottom = xd.index_select(1, rows.upper);
    const torch::Tensor cf = cols.frac.view({1, 1, width, 1}), rf = rows.frac.view({1, height, 1, 1});
    const torch::Tensor topLeft = top.index_select(2, cols.lower), topRight = top.index_select(2, cols.upper);
    const torch::Tensor bottomLeft = bottom.index_select(2, cols.lower), bottomRight = bottom.index_select(2, cols.upper);
    const torch::Tensor t = topLeft + (topRight - topLeft) * cf;
    const torch::Tensor b = bottomLeft + (bottomRight - bottomLeft) * cf;
    return (t + (b - t) * rf).to(torch::kFloat);
}

} // namespace tfjs
} // namespace maskbench
