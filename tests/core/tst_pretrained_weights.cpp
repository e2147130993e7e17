// Pretrained weights: the file format round trip, strict validation (missing, unexpected,
// mis-shaped keys; head tensors skipped when the class count differs), bad files, the CLI's
// `weights check` and `train --weights` (config.json records path and SHA-256), and numerical
// parity with Python sources: torchvision's inception_v3 and a Keras-architecture ResNet50V2, both
// with random weights, exported by tools/export_weights.py (tests/reference/weights_parity.py).
// The parity cases need python3-torch and python3-torchvision (scripts/install-deps.sh installs
// them) and skip, naming the packages, where they are missing.

#include "core/common/error.h"
#include "core/model/keras_h5.h"
#include "core/model/pretrained_load.h"
#include "test_support.h"
#include "core/train/trainer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;
using namespace maskbench::test;

namespace {

ModelConfig leviConfig(int classes = 2)
{
    ModelConfig c;
    c.name = QStringLiteral("levi-hassner");
    c.inputSize = 48;
    c.hiddenUnits = 16;
    c.classes = classes;
    return c;
}

model::Classifier seeded(const ModelConfig &c, int seed)
{
    torch::manual_seed(seed);
    model::Classifier net = model::makeClassifier(c);
    torch::NoGradGuard noGrad;
    for (auto &[name, t] : model::namedTensors(*net))
        t.add_(torch::rand_like(t)); // BN statistics and biases too, so every tensor is distinct
    return net;
}

torch::Tensor tensorOf(model::ClassifierImpl &net, const std::string &key)
{
    for (auto &[name, t] : model::namedTensors(net))
        if (name == key)
            return t;
    return {};
}

torch::Tensor loadIo(const QString &path, const std::string &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.readAll();
    const c10::IValue v = torch::pickle_load(std::vector<char>(b.begin(), b.end()));
    for (const auto &item : v.toGenericDict())
        if (item.key().toStringRef() == key)
            return item.value().toTensor();
    return {};
}

// Every tensor of a torch.save'd dict (string entries skipped).
std::map<std::string, torch::Tensor> loadTensors(const QString &path)
{
    std::map<std::string, torch::Tensor> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray b = f.readAll();
    const c10::IValue v = torch::pickle_load(std::vector<char>(b.begin(), b.end()));
    for (const auto &item : v.toGenericDict())
        if (item.value().isTensor())
            out[item.key().toStringRef()] = item.value().toTensor();
    return out;
}

double relError(const torch::Tensor &a, const torch::Tensor &ref)
{
    return (a - ref).norm().item<double>() / ref.norm().item<double>();
}

// $MASKBENCH_PYTHON, else Debian's /usr/bin/python3, else python3: one that imports torch and
// torchvision. Empty with the reason otherwise.
QString findTorchPython(QString *problem)
{
    QStringList candidates;
    const QString env = QString::fromLocal8Bit(qgetenv("MASKBENCH_PYTHON"));
    if (!env.isEmpty())
        candidates << env;
    else
        candidates << QStringLiteral("/usr/bin/python3") << QStringLiteral("python3");
    QStringList tried;
    for (const QString &c : candidates) {
        QProcess p;
        p.start(c, {QStringLiteral("-c"), QStringLiteral("import torch, torchvision")});
        if (!p.waitForStarted(10000)) {
            tried << QStringLiteral("%1: not found").arg(c);
            continue;
        }
        p.waitForFinished(120000);
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return c;
        tried << QStringLiteral("%1: %2").arg(c, QString::fromUtf8(p.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1));
    }
    *problem = QStringLiteral("parity needs python3 with PyTorch and torchvision: install the Debian packages "
                              "python3-torch and python3-torchvision (scripts/install-deps.sh does), or set "
                              "MASKBENCH_PYTHON. Tried: %1").arg(tried.join(QStringLiteral("; ")));
    return {};
}

} // namespace

class TestPretrainedWeights : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        torch::set_num_threads(2);
    }

    void roundTrip()
    {
        model::Classifier a = seeded(leviConfig(), 1);
        model::saveWeightsFile(model::namedTensors(*a), {{QStringLiteral("model"), QStringLiteral("levi-hassner")}},
                               path(QStringLiteral("levi.pt")));
        model::Classifier b = seeded(leviConfig(), 2);
        const WeightsReport r = model::loadPretrainedWeights(*b, path(QStringLiteral("levi.pt")));
        qInfo().noquote() << r.describe();
        QVERIFY(r.ok());
        QCOMPARE(r.loaded, r.modelTensors);
        QCOMPARE(r.fileTensors, r.modelTensors);
        QCOMPARE(r.sha256, fileSha256(path(QStringLiteral("levi.pt"))));
        QCOMPARE(r.sha256.size(), 64);
        const auto ta = model::namedTensors(*a), tb = model::namedTensors(*b);
        for (size_t i = 0; i < ta.size(); ++i)
            QVERIFY2(torch::equal(ta[i].second, tb[i].second), ta[i].first.c_str());
    }

    void strictReport()
    {
        model::Classifier a = seeded(leviConfig(), 1);
        auto tensors = model::namedTensors(*a);
        std::vector<std::pair<std::string, torch::Tensor>> edited;
        for (auto &[k, t] : tensors) {
            if (k == "backbone.conv2.bias")
                continue; // missing
            if (k == "backbone.conv3.weight")
                edited.emplace_back(k, torch::zeros({5, 5, 3, 3})); // mis-shaped
            else
                edited.emplace_back(k, t);
        }
        edited.emplace_back("backbone.conv4.weight", torch::zeros({2, 2})); // unexpected
        const QString file = path(QStringLiteral("broken.pt"));
        model::saveWeightsFile(edited, {}, file);

        model::Classifier b = seeded(leviConfig(), 2);
        const torch::Tensor before = tensorOf(*b, "backbone.conv1.weight").clone();
        try {
            model::loadPretrainedWeights(*b, file);
            QFAIL("a mismatched file loaded under strict validation");
        } catch (const Error &e) {
            qInfo().noquote() << e.message();
            QVERIFY(e.message().contains(file));
            QVERIFY(e.message().contains(QStringLiteral("backbone.conv2.bias")));
            QVERIFY(e.message().contains(QStringLiteral("backbone.conv3.weight: file [5, 5, 3, 3], model [384, 256, 3, 3]")));
            QVERIFY(e.message().contains(QStringLiteral("backbone.conv4.weight")));
        }
        QVERIFY2(torch::equal(before, tensorOf(*b, "backbone.conv1.weight")), "a failed load changed the model");

        const WeightsReport r = checkPretrainedWeights(file, leviConfig());
        QVERIFY(!r.ok());
        QCOMPARE(r.missing, QStringList{QStringLiteral("backbone.conv2.bias")});
        QCOMPARE(r.misshaped.size(), 1);
        QCOMPARE(r.unexpected, QStringList{QStringLiteral("backbone.conv4.weight [2, 2]")});
        QCOMPARE(r.loaded, 0);
    }

    void headSkippedWhenClassesDiffer()
    {
        model::Classifier a = seeded(leviConfig(5), 1);
        const QString file = path(QStringLiteral("five.pt"));
        model::saveWeightsFile(model::namedTensors(*a), {}, file);
        model::Classifier b = seeded(leviConfig(2), 2);
        const torch::Tensor outBefore = tensorOf(*b, "head.output.weight").clone();
        const WeightsReport r = model::loadPretrainedWeights(*b, file);
        qInfo().noquote() << r.describe();
        QVERIFY(r.ok());
        QCOMPARE(r.skippedHead.size(), 2);
        QVERIFY(r.skippedHead.join(QLatin1Char('\n')).contains(QStringLiteral("head.output.weight: file [5, 16], model [1, 16]")));
        QVERIFY(r.describe().contains(QStringLiteral("head tensors skipped (2)")));
        QCOMPARE(r.headInitialised, 2);
        QCOMPARE(r.loaded, r.modelTensors - 2);
        QVERIFY(torch::equal(outBefore, tensorOf(*b, "head.output.weight")));
        QVERIFY(torch::equal(tensorOf(*a, "head.dense_1.weight"), tensorOf(*b, "head.dense_1.weight")));
        QVERIFY(torch::equal(tensorOf(*a, "backbone.conv3.weight"), tensorOf(*b, "backbone.conv3.weight")));
    }

    void otherModelAndBadFiles()
    {
        // ResNet50V2's backbone offered to Levi-Hassner: nothing fits, and the file says why.
        model::Classifier a = seeded(leviConfig(), 1);
        const QString file = path(QStringLiteral("wrong_model.pt"));
        model::saveWeightsFile(model::namedTensors(*a), {{QStringLiteral("model"), QStringLiteral("resnet50v2")}}, file);
        WeightsReport r = checkPretrainedWeights(file, leviConfig());
        QVERIFY(!r.ok());
        QVERIFY(!r.modelMatches());
        QVERIFY(r.describe().contains(QStringLiteral("made for model resnet50v2, not levi-hassner")));

        const QString missing = path(QStringLiteral("nope.pt"));
        try {
            checkPretrainedWeights(missing, leviConfig());
            QFAIL("no error for a missing file");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(missing));
            QVERIFY(e.message().contains(QStringLiteral("does not exist")));
        }
        const QString text = path(QStringLiteral("text.pt"));
        QVERIFY(writeText(text, "not weights at all\n"));
        try {
            checkPretrainedWeights(text, leviConfig());
            QFAIL("no error for a text file");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(text));
            QVERIFY(e.message().contains(QStringLiteral("export_weights.py")));
        }
        const QString truncated = path(QStringLiteral("truncated.pt"));
        QVERIFY(writeTruncated(path(QStringLiteral("wrong_model.pt")), truncated, 3000));
        try {
            checkPretrainedWeights(truncated, leviConfig());
            QFAIL("no error for a truncated file");
        } catch (const Error &e) {
            qInfo().noquote() << e.message();
            QVERIFY(e.message().contains(truncated));
        }
    }

    void cliCheckAndTrain()
    {
        model::Classifier a = seeded(leviConfig(), 1);
        const QString file = path(QStringLiteral("cli.pt"));
        model::saveWeightsFile(model::namedTensors(*a), {{QStringLiteral("model"), QStringLiteral("levi-hassner")},
                                                         {QStringLiteral("input"), QStringLiteral("source: x/127.5 - 1")}},
                               file);
        CliResult ok = runCli({QStringLiteral("weights"), QStringLiteral("check"), file, QStringLiteral("--model"),
                               QStringLiteral("levi"), QStringLiteral("--input-size"), QStringLiteral("48"),
                               QStringLiteral("--hidden"), QStringLiteral("16")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("result: OK")), qPrintable(ok.out));
        CliResult bad = runCli({QStringLiteral("weights"), QStringLiteral("check"), file, QStringLiteral("--model"),
                                QStringLiteral("levi"), QStringLiteral("--input-size"), QStringLiteral("48")});
        // Hidden 512 by default: the head's dense layers differ, are skipped and said so; the
        // backbone still loads.
        QVERIFY2(bad.exitCode == 0, qPrintable(bad.out + bad.err));
        QVERIFY2(bad.out.contains(QStringLiteral("head tensors skipped (5)")), qPrintable(bad.out));
        CliResult other = runCli({QStringLiteral("weights"), QStringLiteral("check"), file, QStringLiteral("--model"),
                                  QStringLiteral("resnet50v2"), QStringLiteral("--head"), QStringLiteral("gap")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.out.contains(QStringLiteral("missing in the file (")), qPrintable(other.out));

        // A frozen stage trains only the head: the checkpoint's backbone is the file's.
        QDir().mkpath(path(QStringLiteral("data")));
        QFile manifest(path(QStringLiteral("data/split.csv")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("path,label,split\n");
        for (int i = 0; i < 12; ++i) {
            const QString img = QStringLiteral("img%1.png").arg(i);
            QVERIFY(writeImage(path(QStringLiteral("data/") + img), 40, 40, i));
            manifest.write(QStringLiteral("%1,%2,%3\n").arg(img, i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                                                           i < 8 ? QStringLiteral("train") : QStringLiteral("val")).toUtf8());
        }
        manifest.close();
        const QString run = path(QStringLiteral("run"));
        CliResult train = runCli({QStringLiteral("train"), QStringLiteral("--data"), manifest.fileName(),
                                  QStringLiteral("--model"), QStringLiteral("levi"), QStringLiteral("--input-size"),
                                  QStringLiteral("48"), QStringLiteral("--hidden"), QStringLiteral("16"),
                                  QStringLiteral("--stages"), QStringLiteral("frozen:1"), QStringLiteral("--batch"),
                                  QStringLiteral("4"), QStringLiteral("--threads"), QStringLiteral("2"),
                                  QStringLiteral("--weights"), file, QStringLiteral("--out"), run, QStringLiteral("--quiet")});
        QVERIFY2(train.exitCode == 0, qPrintable(train.out + train.err));
        QFile cfg(run + QStringLiteral("/config.json"));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(cfg.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("weights")).toString(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(o.value(QStringLiteral("weights_sha256")).toString(), fileSha256(file));
        QCOMPARE(o.value(QStringLiteral("weights_report")).toObject().value(QStringLiteral("loaded_tensors")).toInt(),
                 int(model::namedTensors(*a).size()));

        QFile log(run + QStringLiteral("/train.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString logText = QString::fromUtf8(log.readAll());
        QVERIFY2(logText.contains(QStringLiteral("--input unit")), qPrintable(logText)); // the range warning
        QVERIFY2(logText.contains(QStringLiteral("result: OK")), qPrintable(logText));

        torch::serialize::InputArchive ckpt, modelArchive;
        ckpt.load_from((run + QStringLiteral("/checkpoints/last.pt")).toStdString());
        QVERIFY(ckpt.try_read("model", modelArchive));
        for (const char *key : {"backbone.conv1.weight", "backbone.conv3.bias"}) {
            std::string archiveKey = key;
            for (size_t p; (p = archiveKey.find('.')) != std::string::npos;)
                archiveKey.replace(p, 1, "__");
            torch::Tensor saved;
            QVERIFY(modelArchive.try_read(archiveKey, saved));
            QVERIFY2(torch::equal(saved, tensorOf(*a, key)), key);
        }
    }

    // The C++ Keras .h5 reader against tools/export_weights.py on the same file (written by h5py in
    // Keras' layout): the same keys and bit-identical tensors, with and without the input fold; then
    // the .h5 loaded straight into a model (train --weights FILE.h5) gives the reference features.
    void checkKerasH5(const QString &model, const QString &dir, const torch::Tensor &x, const torch::Tensor &features)
    {
        const QString h5 = dir + QLatin1Char('/') + model + QStringLiteral("_random.h5");
        QVERIFY(isHdf5File(h5));
        for (const bool unitInput : {false, true}) {
            const auto ref = loadTensors(dir + (unitInput ? QStringLiteral("/weights_h5_unit.pt") : QStringLiteral("/weights_h5_source.pt")));
            const model::KerasConversion k = model::convertKerasWeights(h5, model, unitInput);
            QVERIFY2(k.unused.isEmpty(), qPrintable(k.unused.join(QLatin1Char('\n'))));
            QCOMPARE(k.tensors.size(), ref.size());
            int identical = 0;
            for (const auto &[key, t] : ref) {
                const auto it = k.tensors.find(key);
                QVERIFY2(it != k.tensors.end(), key.c_str());
                QVERIFY2(it->second.sizes() == t.sizes(), key.c_str());
                QVERIFY2(torch::equal(it->second, t), qPrintable(QStringLiteral("%1 differs from the Python exporter's (input %2)")
                                                                     .arg(QString::fromStdString(key), unitInput ? "unit" : "source")));
                ++identical;
            }
            qInfo("%s .h5 read in C++ (input %s): %d tensors bit-identical to tools/export_weights.py's", qPrintable(model),
                  unitInput ? "folded" : "as Keras", identical);
        }
        // Through the CLI as a user would check the downloaded file.
        const CliResult check = runCli({QStringLiteral("weights"), QStringLiteral("check"), h5, QStringLiteral("--model"), model,
                                            QStringLiteral("--classes"), QStringLiteral("1000"), QStringLiteral("--head"), QStringLiteral("keras-top")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.contains(QLatin1String("result: OK")), qPrintable(check.out));
        // `weights convert` writes the same tensors as the exporter, as a .pt file.
        const QString converted = dir + QStringLiteral("/converted.pt");
        const CliResult conv = runCli({QStringLiteral("weights"), QStringLiteral("convert"), h5, QStringLiteral("--model"), model,
                                       QStringLiteral("--out"), converted});
        QVERIFY2(conv.exitCode == 0, qPrintable(conv.out + conv.err));
        const auto mine = loadTensors(converted), theirs = loadTensors(dir + QStringLiteral("/weights_h5_unit.pt"));
        QCOMPARE(mine.size(), theirs.size());
        for (const auto &[key, t] : theirs)
            QVERIFY2(mine.count(key) && torch::equal(mine.at(key), t), key.c_str());
        const CliResult self = runCli({QStringLiteral("weights"), QStringLiteral("convert"), h5, QStringLiteral("--model"), model,
                                       QStringLiteral("--out"), h5});
        QVERIFY(self.exitCode != 0);
        QVERIFY(isHdf5File(h5)); // the input was not overwritten
        if (model == QLatin1String("inceptionv3")) {
            // The fold is exact for InceptionV3: the .h5 loaded as is takes x/255 and computes the source network.
            ModelConfig c;
            c.name = model;
            c.classes = 1000;
            c.head = QStringLiteral("keras-top");
            model::Classifier net = seeded(c, 11);
            const WeightsReport r = model::loadPretrainedWeights(*net, h5);
            QVERIFY(r.ok());
            QCOMPARE(r.loaded, r.modelTensors);
            QVERIFY(r.input.startsWith(QLatin1String("unit")));
            net->eval();
            torch::NoGradGuard noGrad;
            const double e = relError(net->backbone().forward(x), features);
            qInfo("inceptionv3 .h5 loaded directly: relative error of the features %.3g", e);
            QVERIFY2(e < 1e-4, qPrintable(QString::number(e)));
        }
        // Damaged and mismatched files: clear messages naming the file, nothing loaded.
        ModelConfig other;
        other.name = model == QLatin1String("inceptionv3") ? QStringLiteral("resnet50v2") : QStringLiteral("inceptionv3");
        QString wrongText;
        const QString thrown = errorMessage([&] {
            const WeightsReport r = checkPretrainedWeights(h5, other);
            QVERIFY(!r.ok()); // ResNet50V2's names are not in an InceptionV3 file: all missing
            QCOMPARE(r.loaded, 0);
            wrongText = r.describe(3);
        });
        if (!thrown.isEmpty()) {
            QVERIFY2(thrown.contains(h5), qPrintable(thrown)); // InceptionV3's layer count checked
            wrongText = thrown;
        }
        qInfo().noquote() << "as the other model:" << wrongText.left(300);
        const QString truncated = dir + QStringLiteral("/truncated.h5");
        {
            QFile in(h5), out(truncated);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 3));
        }
        const CliResult bad = runCli({QStringLiteral("weights"), QStringLiteral("check"), truncated, QStringLiteral("--model"), model});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(truncated), qPrintable(bad.err));
        QVERIFY2(!bad.err.contains(QLatin1String("HDF5-DIAG")), qPrintable(bad.err)); // no library dump
        qInfo().noquote() << "truncated:" << bad.err.trimmed();
        const QString levi = errorMessage([&] { checkPretrainedWeights(h5, leviConfig()); });
        QVERIFY2(levi.contains(QLatin1String("levi-hassner")) && levi.contains(h5), qPrintable(levi));
    }

    void parity_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("inceptionv3 (torchvision)") << QStringLiteral("inceptionv3");
        QTest::newRow("resnet50v2 (Keras architecture)") << QStringLiteral("resnet50v2");
    }
    void parity()
    {
        QFETCH(QString, model);
        QString problem;
        const QString python = findTorchPython(&problem);
        if (python.isEmpty())
            QSKIP(qPrintable(problem));
        const QString dir = path(QStringLiteral("parity_") + model);
        QProcess py;
        py.setProcessChannelMode(QProcess::MergedChannels);
        py.start(python, {QStringLiteral(MASKBENCH_REFERENCE_DIR "/weights_parity.py"), QStringLiteral("--model"), model,
                          QStringLiteral("--dir"), dir, QStringLiteral("--batch"), QStringLiteral("2")});
        QVERIFY2(py.waitForFinished(300000), "the Python reference did not finish in 5 minutes");
        const QString pyOut = QString::fromUtf8(py.readAll());
        qInfo().noquote() << pyOut.trimmed();
        QVERIFY2(py.exitStatus() == QProcess::NormalExit && py.exitCode() == 0, qPrintable(pyOut));
        if (model == QLatin1String("resnet50v2") && pyOut.contains(QLatin1String("h5py missing")))
            qWarning("python3-h5py missing: the ResNet50V2 case skips the Keras .h5 file reader");
        else if (model == QLatin1String("resnet50v2"))
            QVERIFY(pyOut.contains(QLatin1String("Keras .h5 file read by h5py")));

        ModelConfig c;
        c.name = model;
        c.classes = 1000;
        c.head = QStringLiteral("keras-top");
        const QString io = dir + QStringLiteral("/io.pt");
        const torch::Tensor features = loadIo(io, "features"), logits = loadIo(io, "logits");
        QVERIFY(features.defined() && logits.defined());
        torch::NoGradGuard noGrad;
        model::Classifier net = seeded(c, 9);
        const WeightsReport r = model::loadPretrainedWeights(*net, dir + QStringLiteral("/weights.pt"));
        QVERIFY(r.ok());
        QCOMPARE(r.loaded, r.modelTensors); // the ImageNet top fits keras-top with 1000 classes
        net->eval();
        // InceptionV3's file has the input map folded in (exact): MaskBench gets x in [0, 1] and
        // the source 2x - 1. ResNet50V2's keeps the source's range (its fold is inexact at the
        // border, README "Pretrained weights").
        const bool unit = model == QLatin1String("inceptionv3");
        const torch::Tensor x = loadIo(io, unit ? "input_unit" : "input_source");
        const torch::Tensor f = net->backbone().forward(x);
        const torch::Tensor y = net->head()->forward(f);
        QCOMPARE(f.sizes(), features.sizes());
        QCOMPARE(y.sizes(), logits.sizes());
        const double ef = relError(f, features), el = relError(y, logits);
        qInfo("%s (input %s, batch %d): relative error features %.3g, logits %.3g (|features| %.3g)", qPrintable(model),
              unit ? "x/255 folded" : "as the source", int(x.size(0)), ef, el, features.norm().item<double>());
        QVERIFY2(ef < 1e-4, qPrintable(QString::number(ef)));
        QVERIFY2(el < 1e-4, qPrintable(QString::number(el)));
        if (QFileInfo::exists(dir + QStringLiteral("/weights_h5_unit.pt")))
            checkKerasH5(model, dir, x, features);
        else
            qWarning("python3-h5py missing: the C++ .h5 reader was not compared with the Python exporter");
        if (unit) {
            // torchvision's own forward counts the padding in its average pools.
            qInfo("inceptionv3 vs torchvision's forward as is (count_include_pad): relative error features %.3g, logits %.3g",
                  relError(f, loadIo(io, "features_tv")), relError(y, loadIo(io, "logits_tv")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPretrainedWeights)
#include "tst_pretrained_weights.moc"
