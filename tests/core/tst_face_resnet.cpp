// The face-pretrained backbone: the tfjs weights reader (float32, int32, float16, uint8/uint16
// quantisation, shards, truncated and missing shards), dlib's face ResNet as "face-resnet" (forward
// shape, stages, freezing counts, a training step that moves only what should move), dlib-style
// face chips, and descriptor parity with face-api itself running in Node on tfjs' pure-JS CPU
// backend (tests/reference/faceapi_descriptors.mjs), for 20 real UTKFace faces: relative error
// under 1e-4. The parity test skips, saying why, when node or the face-api cache is missing
// (scripts/fetch-face-api.sh fills it; scripts/install-deps.sh calls it).

// Torch first, before Qt headers (STYLE rule 11); the target builds with QT_NO_KEYWORDS too.
#include "core/model/classifier.h"
#include "core/model/tfjs_weights.h"

#include "core/common/error.h"
#include "core/eval/inference.h"
#include "core/train/trainer.h"
#include "core/face/face_chip.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
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

#include <cstring>

using namespace maskbench;

namespace {

void appendLe(QByteArray &b, const void *p, int n) { b.append(static_cast<const char *>(p), n); }

int64_t paramsOf(const torch::nn::Module &m)
{
    int64_t n = 0;
    for (const auto &p : m.parameters())
        n += p.numel();
    return n;
}

// The same pixels both sides see: 8-bit RGB, binary PPM.
bool writePpm(const QString &path, const cv::Mat &bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("P6\n%1 %2\n255\n").arg(rgb.cols).arg(rgb.rows).toLatin1());
    for (int r = 0; r < rgb.rows; ++r)
        f.write(reinterpret_cast<const char *>(rgb.ptr(r)), rgb.cols * 3);
    return f.error() == QFile::NoError;
}

// face-api's FaceRecognitionNet input: (RGB - mean) / 255, as N x 3 x H x W.
torch::Tensor faceApiInput(const cv::Mat &bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    torch::Tensor t = torch::from_blob(rgb.data, {rgb.rows, rgb.cols, 3}, torch::kUInt8).to(torch::kFloat32);
    const torch::Tensor mean = torch::tensor({kFaceApiMeanRgb[0], kFaceApiMeanRgb[1], kFaceApiMeanRgb[2]});
    return ((t - mean) / 255.0f).permute({2, 0, 1}).unsqueeze(0).contiguous();
}

} // namespace

class TestFaceResNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tfjsReaderDtypesAndShards()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Group 0 over two shards: f32 [2,2], uint8-quantised [3], int32 [2]; group 1: float16 [3],
        // uint16-quantised [2]. Values chosen so every conversion is checkable by hand.
        QByteArray g0;
        const float f32[4] = {1.5f, -2.25f, 3.0f, 1e-7f};
        appendLe(g0, f32, 16);
        const uint8_t q8[3] = {0, 10, 255};
        appendLe(g0, q8, 3);
        const int32_t i32[2] = {-7, 123456};
        appendLe(g0, i32, 8);
        QByteArray g1;
        const uint16_t f16[3] = {0x3c00, 0xc000, 0x0001}; // 1, -2, smallest subnormal
        appendLe(g1, f16, 6);
        const uint16_t q16[2] = {0, 65535};
        appendLe(g1, q16, 4);
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("a.bin")), g0.left(10)));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("b.bin")), g0.mid(10)));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("c.bin")), g1));
        const QByteArray manifest = R"([
 {"paths": ["a.bin", "b.bin"], "weights": [
   {"name": "dense/kernel", "shape": [2, 2], "dtype": "float32"},
   {"name": "q8", "shape": [3], "dtype": "float32", "quantization": {"dtype": "uint8", "scale": 0.5, "min": -1.25}},
   {"name": "count", "shape": [2], "dtype": "int32"}]},
 {"paths": ["c.bin"], "weights": [
   {"name": "half", "shape": [3], "dtype": "float16"},
   {"name": "q16", "shape": [2], "dtype": "float32", "quantization": {"dtype": "uint16", "scale": 0.001, "min": 2}}]}
])";
        const QString path = dir.filePath(QStringLiteral("weights_manifest.json"));
        QVERIFY(test::writeText(path, manifest));
        const TfjsWeights w = readTfjsWeights(path);
        QCOMPARE(int(w.tensors.size()), 5);
        QCOMPARE(w.shards.size(), 3);
        const TfjsTensor *k = w.find("dense/kernel");
        QVERIFY(k);
        QCOMPARE(k->shape, (std::vector<int64_t>{2, 2}));
        QCOMPARE(k->values, (std::vector<float>{1.5f, -2.25f, 3.0f, 1e-7f}));
        QCOMPARE(w.find("q8")->values, (std::vector<float>{-1.25f, 3.75f, 126.25f}));
        QCOMPARE(w.find("count")->values, (std::vector<float>{-7.f, 123456.f}));
        QCOMPARE(w.find("half")->values[0], 1.0f);
        QCOMPARE(w.find("half")->values[1], -2.0f);
        QCOMPARE(w.find("half")->values[2], std::ldexp(1.0f, -24));
        QCOMPARE(w.find("q16")->values[1], float(65535 * 0.001 + 2));
        // model.json form: the same groups under "weightsManifest".
        const QString modelJson = dir.filePath(QStringLiteral("model.json"));
        QVERIFY(test::writeText(modelJson, "{\"format\": \"layers-model\", \"weightsManifest\": " + manifest + "}"));
        QCOMPARE(int(readTfjsWeights(modelJson).tensors.size()), 5);

        // A truncated shard and a missing shard name the file and the problem.
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("b.bin")), g0.mid(10, 5)));
        try {
            readTfjsWeights(path);
            QFAIL("a truncated shard was accepted");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("truncated")), e.what());
        }
        QFile::remove(dir.filePath(QStringLiteral("b.bin")));
        try {
            readTfjsWeights(path);
            QFAIL("a missing shard was accepted");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("b.bin")), e.what());
        }
    }

    void forwardShapeStagesAndFreezing()
    {
        ModelConfig mc;
        mc.name = QStringLiteral("face-resnet");
        mc.pretrained = false; // shapes and counts need no download
        const ModelSummary frozen = summarizeModel(mc, QStringLiteral("frozen"), 2);
        QCOMPARE(frozen.inputSize, 150);
        QCOMPARE(frozen.outputShape, (QList<qint64>{2, 1}));
        QCOMPARE(frozen.stages, (QStringList{"stem", "conv32", "conv64", "conv128", "conv256_down", "conv256",
                                             "conv256_out", "descriptor"}));
        // dlib's network: 5,614,592 weights (face-api's extractParams consumes exactly these),
        // Flatten(128) -> Dense 1024 -> Dense 1 head.
        QCOMPARE(frozen.backboneParameters, qint64(5614592));
        QCOMPARE(frozen.headParameters, qint64(128 * 1024 + 1024 + 1024 + 1));
        QCOMPARE(frozen.trainable, frozen.headParameters);

        model::Classifier net = model::makeClassifier(resolved(mc));
        net->applyPolicy(QStringLiteral("finetune"));
        int64_t expected = paramsOf(*net->head());
        for (const char *name : {"conv256_1", "conv256_2", "conv256_down_out", "fc"})
            expected += paramsOf(*net->backbone().named_children()[name]);
        QCOMPARE(model::countParameters(*net, true), expected);
        QCOMPARE(summarizeModel(mc, QStringLiteral("finetune")).trainable, qint64(expected));
        QCOMPARE(summarizeModel(mc, QStringLiteral("full")).trainable, frozen.parameters);
        // Below 103 pixels a downsampling convolution would get less than its 3x3 kernel.
        mc.inputSize = 102;
        QVERIFY_THROWS_EXCEPTION(Error, resolved(mc));
        mc.inputSize = 103;
        QCOMPARE(summarizeModel(mc, QStringLiteral("frozen"), 1).outputShape, (QList<qint64>{1, 1}));
    }

    void trainingStepMovesOnlyTrainableWeights()
    {
        ModelConfig mc;
        mc.name = QStringLiteral("face-resnet");
        mc.pretrained = false;
        mc.inputSize = 112; // smaller than 150: the architecture works at any size >= 103
        mc.dropout = 0;     // the loss on a fixed batch must fall: no dropout noise
        torch::manual_seed(3);
        model::Classifier net = model::makeClassifier(resolved(mc));
        net->applyPolicy(QStringLiteral("finetune"));
        net->train();
        const torch::Tensor stem = net->backbone().named_parameters()["conv32_down.conv.weight"].clone();
        const torch::Tensor top = net->backbone().named_parameters()["conv256_2.conv2.conv.weight"].clone();
        torch::optim::Adam opt(net->trainableParameters(), torch::optim::AdamOptions(1e-4));
        const torch::Tensor x = torch::randn({4, 3, 112, 112});
        const torch::Tensor y = torch::tensor({0.f, 1.f, 0.f, 1.f}).unsqueeze(1);
        auto evalLoss = [&] {
            torch::NoGradGuard noGrad;
            net->eval();
            const double l = torch::binary_cross_entropy_with_logits(net->forward(x), y).item<double>();
            net->train();
            return l;
        };
        const double first = evalLoss();
        for (int step = 0; step < 5; ++step) {
            opt.zero_grad();
            torch::binary_cross_entropy_with_logits(net->forward(x), y).backward();
            opt.step();
        }
        const double last = evalLoss();
        QVERIFY2(last < first, qPrintable(QStringLiteral("loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(torch::equal(stem, net->backbone().named_parameters()["conv32_down.conv.weight"]));
        QVERIFY(!torch::equal(top, net->backbone().named_parameters()["conv256_2.conv2.conv.weight"]));
    }

    void missingWeightsSayHowToFetch()
    {
        qputenv("MASKBENCH_FACEAPI_DIR", QByteArrayLiteral("/nonexistent/face-api"));
        ModelConfig mc;
        mc.name = QStringLiteral("face-resnet");
        try {
            model::makeClassifier(resolved(mc));
            QFAIL("face-resnet built without its weights");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("scripts/fetch-face-api.sh")), e.what());
        }
        qputenv("MASKBENCH_FACEAPI_DIR", m_faceApiDir.toLocal8Bit());
    }

    void descriptorsMatchFaceApiInNode()
    {
        const QString problem = test::sharedDataProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed: install Node.js (Debian: nodejs) to run the face-api parity check");
        if (!QFileInfo::exists(m_faceApiDir + QStringLiteral("/node_modules/@vladmandic/face-api/model/face_recognition_model.bin")))
            QSKIP(qPrintable(QStringLiteral("face-api is not in %1: run scripts/fetch-face-api.sh (npm) to run the parity check")
                                 .arg(m_faceApiDir)));

        // 20 real faces, spread over the folder; each aligned as dlib does, written once as PPM.
        const QDir images(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() > 100);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FaceDetector detector;
        QStringList chips;
        std::vector<cv::Mat> mats;
        for (int i = 0; chips.size() < 20 && i < 60; ++i) {
            const QString path = images.filePath(names[int((qint64(i) * 7919) % names.size())]);
            const ImageInput in = readImageInput(path);
            QVERIFY2(in.status == ImageInputStatus::Ok, qPrintable(path));
            const std::vector<Face> faces = detector.detect(in.image);
            if (faces.empty())
                continue;
            const cv::Mat chip = extractFaceChip(in.image, faces.front());
            QCOMPARE(chip.rows, 150);
            QCOMPARE(chip.cols, 150);
            const QString ppm = dir.filePath(QStringLiteral("chip%1.ppm").arg(chips.size(), 2, 10, QLatin1Char('0')));
            QVERIFY(writePpm(ppm, chip));
            chips.append(ppm);
            mats.push_back(chip);
        }
        QCOMPARE(chips.size(), 20);

        const QString out = dir.filePath(QStringLiteral("reference.json"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(node, QStringList{QStringLiteral(MASKBENCH_REFERENCE_DIR "/faceapi_descriptors.mjs"), m_faceApiDir, out} + chips);
        QVERIFY(p.waitForFinished(240000));
        const QString log = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitCode() == 0, qPrintable(log));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray ref = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("chips")).toArray();
        QCOMPARE(ref.size(), 20);

        ModelConfig mc;
        mc.name = QStringLiteral("face-resnet");
        model::Classifier net = model::makeClassifier(resolved(mc));
        net->eval();
        torch::NoGradGuard noGrad;
        auto &backbone = static_cast<model::FaceResNetImpl &>(net->backbone());
        double worst = 0, worstAbs = 0;
        std::vector<torch::Tensor> inputs;
        for (const cv::Mat &m : mats)
            inputs.push_back(faceApiInput(m));
        const torch::Tensor ours = backbone.descriptor(torch::cat(inputs)); // one batch, as training runs it
        for (int i = 0; i < 20; ++i) {
            const QJsonArray d = ref.at(i).toObject().value(QStringLiteral("descriptor")).toArray();
            QCOMPARE(d.size(), 128);
            std::vector<float> v;
            for (const QJsonValue &x : d)
                v.push_back(float(x.toDouble()));
            const torch::Tensor theirs = torch::tensor(v);
            const double rel = ((ours[i] - theirs).norm() / theirs.norm()).item<double>();
            worst = std::max(worst, rel);
            worstAbs = std::max(worstAbs, (ours[i] - theirs).abs().max().item<double>());
            // Real descriptors, not a degenerate output: dlib's are of norm about 0.4 .. 0.6.
            QVERIFY(theirs.norm().item<double>() > 0.1);
        }
        qInfo("face-api parity over 20 faces: max relative error %.3g (L2), max absolute %.3g", worst, worstAbs);
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("relative error %1").arg(worst)));
        // Different faces get different descriptors (a network that ignored its input would pass above).
        QVERIFY((ours[0] - ours[1]).norm().item<double>() > 0.1);
    }

    void chipsAlignTheEyes()
    {
        const QString problem = test::sharedDataProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // After alignment the eyes sit at the same place in every chip (dlib's mean face), whatever
        // the pose and scale of the source photo; detected again on the chip, they agree to a few pixels.
        const QDir images(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 12; ++i)
            paths.append(images.filePath(names[int((qint64(i) * 104729) % names.size())]));
        paths.append(dir.filePath(QStringLiteral("missing.jpg")));
        FaceChipOptions o;
        o.folder = dir.filePath(QStringLiteral("chips"));
        o.landmarkCache = QStringLiteral("-");
        o.threads = 2;
        FaceChipSummary s;
        const std::vector<QString> chips = prepareFaceChips(paths, o, &s);
        QCOMPARE(int(chips.size()), paths.size());
        QCOMPARE(s.unreadable, qint64(1));
        QVERIFY(chips.back().isEmpty());
        QCOMPARE(s.aligned + s.noFace, qint64(12));
        QVERIFY(s.aligned >= 10);
        FaceDetector detector;
        std::vector<cv::Point2f> leftEyes;
        for (int i = 0; i < 12; ++i) {
            const cv::Mat chip = cv::imread(chips[size_t(i)].toStdString());
            QCOMPARE(chip.rows, 150);
            const std::vector<Face> f = detector.detect(chip);
            if (f.empty())
                continue;
            cv::Point2f eye(0, 0);
            for (int k = 37; k <= 42; ++k)
                eye += f.front().point(k) / 6.0f;
            leftEyes.push_back(eye);
        }
        QVERIFY(leftEyes.size() >= 8);
        cv::Point2f mean(0, 0);
        for (const auto &e : leftEyes)
            mean += e / float(leftEyes.size());
        for (const auto &e : leftEyes)
            QVERIFY2(cv::norm(e - mean) < 6.0, qPrintable(QStringLiteral("eye at %1,%2, mean %3,%4").arg(e.x).arg(e.y).arg(mean.x).arg(mean.y)));
        // A second pass reuses every chip.
        FaceChipSummary again;
        QCOMPARE(prepareFaceChips(paths, o, &again), chips);
        QCOMPARE(again.reused, qint64(12));
    }

    void evaluateAndPredictUseTheRunsFaceChips()
    {
        // A tiny face-resnet run (real weights, frozen, one epoch) on real UTKFace faces, plus one
        // test image without a face. Evaluation must feed the same aligned chips and normalisation
        // training did: the probabilities of test_predictions.csv come back; the faceless image is
        // skipped and listed; `predict` on a photo gives the same probability.
        const QString problem = test::sharedDataProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!QFileInfo::exists(m_faceApiDir + QStringLiteral("/node_modules/@vladmandic/face-api/model/face_recognition_model.bin")))
            QSKIP(qPrintable(QStringLiteral("face-api is not in %1: run scripts/fetch-face-api.sh (npm) to run the face-resnet "
                                            "evaluation check").arg(m_faceApiDir)));
        const QString dataDir = QDir(test::sharedDataDir()).absoluteFilePath(QStringLiteral("utkface-dev"));
        QFile labels(dataDir + QStringLiteral("/labels.csv"));
        QVERIFY(labels.open(QIODevice::ReadOnly));
        labels.readLine();
        QStringList female, male;
        for (int row = 0; !labels.atEnd(); ++row) {
            const QList<QByteArray> f = labels.readLine().trimmed().split(',');
            if (f.size() < 2 || row % 97 != 0) // spread over the folder
                continue;
            (f[1] == "female" ? female : male).append(dataDir + QLatin1Char('/') + QString::fromUtf8(f[0]));
        }
        QVERIFY(female.size() >= 6 && male.size() >= 6);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString faceless = dir.filePath(QStringLiteral("stripes.png"));
        QVERIFY(test::writeImage(faceless, 160, 160, 3));
        QByteArray csv = "path,label,split\n";
        auto add = [&](const QString &path, const char *label, const char *split) {
            csv += path.toUtf8() + ',' + label + ',' + split + '\n';
        };
        for (int i = 0; i < 4; ++i) {
            add(female[i], "female", "train");
            add(male[i], "male", "train");
        }
        add(female[4], "female", "val");
        add(male[4], "male", "val");
        add(female[5], "female", "test");
        add(male[5], "male", "test");
        add(faceless, "male", "test");
        const QString manifest = dir.filePath(QStringLiteral("split.csv"));
        QVERIFY(test::writeText(manifest, csv));

        TrainConfig c;
        c.data = manifest;
        c.model.name = QStringLiteral("face-resnet");
        c.model.hiddenUnits = 16;
        c.stages = {{QStringLiteral("frozen"), 1}};
        c.batchSize = 4;
        c.optimizer = QStringLiteral("adam");
        c.learningRate = 1e-3;
        c.widthShift = c.heightShift = 0;
        c.threads = 2;
        c.workers = 1;
        c.evaluateTest = true;
        c.landmarkCache = dir.filePath(QStringLiteral("landmarks.sqlite"));
        c.faceChipFolder = dir.filePath(QStringLiteral("chips"));
        c.outDir = dir.filePath(QStringLiteral("run"));
        const TrainResult trained = runTraining(c);
        // Training's test split goes through the same evaluator: the faceless image is asked
        // about (given) but not answered, and test_predictions.csv has evaluate's columns.
        QCOMPARE(trained.testGiven, qint64(3));
        QCOMPARE(trained.testImages, qint64(2));

        QMap<QString, double> trainedProb; // path -> prob_male from test_predictions.csv
        QFile tp(c.outDir + QStringLiteral("/test_predictions.csv"));
        QVERIFY(tp.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = tp.readLine().trimmed().split(',');
        const int pathCol = int(header.indexOf("path")), maleCol = int(header.indexOf("prob_male"));
        QVERIFY(pathCol >= 0 && maleCol >= 0);
        while (!tp.atEnd()) {
            const QList<QByteArray> f = tp.readLine().trimmed().split(',');
            trainedProb.insert(QString::fromUtf8(f[pathCol]), f[maleCol].toDouble());
        }
        QCOMPARE(trainedProb.size(), 2);
        QVERIFY(!trainedProb.contains(faceless));

        InferenceOptions o;
        o.runDir = c.outDir;
        o.data = manifest;
        o.split = QStringLiteral("test");
        o.threads = 2;
        const InferenceResult r = runInference(o);
        QCOMPARE(r.noFace, qint64(1));
        QCOMPARE(r.noFacePaths, QStringList{faceless});
        QVERIFY(r.warnings.join(' ').contains(QStringLiteral("no face found")));
        QCOMPARE(int(r.table.rows.size()), 2);
        for (const Prediction &p : r.table.rows) {
            QVERIFY2(trainedProb.contains(p.path), qPrintable(p.path));
            QVERIFY2(std::abs(p.probs[1] - trainedProb.value(p.path)) < 1e-5,
                     qPrintable(QStringLiteral("%1: evaluate %2, training %3").arg(p.path).arg(p.probs[1]).arg(trainedProb.value(p.path))));
        }
        // The chip matters: the whole photo resized gives another answer (so the check above can fail).
        std::unique_ptr<RunModel> model = RunModel::open(c.outDir);
        QVERIFY(model->faceAlignment().enabled);
        const double whole = model->predict(cv::imread(female[5].toStdString()))[1];
        QVERIFY2(std::abs(whole - trainedProb.value(female[5])) > 1e-4, qPrintable(QString::number(whole)));

        const test::CliResult cli = test::runCli({QStringLiteral("predict"), QStringLiteral("--run"), c.outDir, QStringLiteral("--csv"),
                                                  female[5], faceless});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        const QStringList lines = cli.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].contains(QStringLiteral(",ok,")) && lines[1].contains(QStringLiteral("dlib face chip")), qPrintable(lines[1]));
        const double predicted = lines[1].split(QLatin1Char(','))[4].toDouble();
        QVERIFY2(std::abs(predicted - trainedProb.value(female[5])) < 1e-4,
                 qPrintable(QStringLiteral("predict %1, training %2").arg(predicted).arg(trainedProb.value(female[5]))));
        QVERIFY2(lines[2].contains(QStringLiteral(",no_face,")), qPrintable(lines[2]));
        QVERIFY(cli.err.contains(QStringLiteral("1 without a usable face")));
    }

    void initTestCase()
    {
        m_faceApiDir = qEnvironmentVariable("MASKBENCH_FACEAPI_DIR");
        if (m_faceApiDir.isEmpty())
            m_faceApiDir = faceApiDirectory();
    }

private:
    QString m_faceApiDir;
};

QTEST_GUILESS_MAIN(TestFaceResNet)
#include "tst_face_resnet.moc"
