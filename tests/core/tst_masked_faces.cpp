// Mask-robust face finding on real data: masked-face models trained by MaskBench on UTKFace photos
// from ../shared/data, then judged on other UTKFace photos masked in memory (every template type
// and a band renderer training never uses), with nothing but the masked image given. The truth is
// what dlib's stock models find on the unmasked original. Also: the crop method, model files that
// are missing or damaged, "auto" choosing the method, the chips that evaluation aligns, and the
// coverage arithmetic evaluate reports next to accuracy.

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/dataset/dataset.h"
#include "core/eval/evaluation.h"
#include "core/face/face_chip.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/face/masked_face_models.h"
#include "core/mask/masker.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace maskbench;

namespace {

constexpr int kTrainImages = 260;
constexpr int kTestImages = 70;
constexpr quint64 kSeed = 5;

} // namespace

class TestMaskedFaces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_models;
    QStringList m_heldOut;
    MaskedFaceTrainingResult m_trained;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::sharedDataProblem().isEmpty(), qPrintable(test::sharedDataProblem()));
        QVERIFY(m_dir.isValid());
        m_models = m_dir.filePath(QStringLiteral("models"));
        MaskedFaceTrainingOptions o;
        o.source = test::sharedDataDir() + QStringLiteral("/utkface-dev/images");
        o.outDir = m_models;
        o.images = kTrainImages;
        o.seed = kSeed;
        o.detectorImages = kTrainImages;
        o.treesPerLevel = 120;
        o.oversampling = 5;
        o.landmarkCache = m_dir.filePath(QStringLiteral("landmarks.sqlite"));
        m_trained = trainMaskedFaceModels(o);
        qInfo("trained on %lld faces (%lld masked) in %.1f + %.1f + %.1f s", m_trained.faces, m_trained.masked,
              m_trained.prepareSeconds, m_trained.detectorSeconds, m_trained.predictorSeconds);

        LoadOptions lo;
        lo.probeImages = false;
        QStringList all;
        for (const DatasetItem &it : loadDataset(o.source, lo).items)
            all.append(it.path);
        const std::vector<QString> order = seededImageOrder(all, kSeed);
        for (size_t i = kTrainImages; i < order.size() && m_heldOut.size() < kTestImages; ++i)
            m_heldOut.append(order[i]);
    }

    void trainingAccountsForEveryImage()
    {
        QCOMPARE(m_trained.images, qint64(kTrainImages));
        QCOMPARE(m_trained.faces + m_trained.noFace + m_trained.unreadable, m_trained.images);
        QCOMPARE(m_trained.masked + m_trained.unmasked, m_trained.faces);
        QVERIFY(m_trained.masked > m_trained.unmasked); // 20% left unmasked by default
        QVERIFY(QFileInfo::exists(m_trained.models.detectorPath));
        QVERIFY(QFileInfo::exists(m_trained.models.predictorPath));
        // UTKFace crops are tight: dlib's box covers nearly all of the picture, centred.
        const cv::Rect2f b = m_trained.models.cropBox;
        QVERIFY2(b.x > 0.f && b.x < 0.2f && b.y > 0.f && b.y < 0.2f && b.width > 0.7f && b.width <= 1.f,
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(b.x).arg(b.y).arg(b.width).arg(b.height)));
        QVERIFY(std::abs((b.x + b.width / 2) - 0.5f) < 0.05f);
    }

    // The heart of it: masked faces the models never saw are found on the masked image alone, far
    // more often than by dlib's stock detector, and their eyes and jaw land where the original's
    // are, better than the stock landmark model puts them.
    void findsMaskedFacesItNeverSaw()
    {
        FaceDetectorOptions hogOptions;
        FaceDetector truthDetector(hogOptions);
        FaceDetectorOptions maskedOptions;
        maskedOptions.method = FaceMethod::Masked;
        maskedOptions.maskedModels = m_models;
        FaceDetector masked(maskedOptions);
        FaceDetector stock(hogOptions);

        int given = 0, foundMasked = 0, foundStock = 0, bandGiven = 0, bandFound = 0;
        double errMasked = 0, errStockSame = 0, errMaskedSame = 0, errUnmasked = 0;
        int nMasked = 0, nSame = 0, nUnmasked = 0;
        const QStringList types = maskTypeNames();
        for (int i = 0; i < m_heldOut.size(); ++i) {
            const ImageInput in = readImageInput(m_heldOut[i]);
            QVERIFY2(in.status == ImageInputStatus::Ok, qPrintable(m_heldOut[i]));
            const std::vector<Face> truth = truthDetector.detect(in.image);
            if (truth.empty())
                continue;
            // The same method on the unmasked original: the error floor its masked error is judged by.
            if (const std::vector<Face> plain = masked.detect(in.image); !plain.empty()) {
                errUnmasked += landmarkError(truth.front(), plain.front(), in.image.size());
                ++nUnmasked;
            }
            const quint64 seed = itemSeed(99, m_heldOut[i]);
            cv::Mat image;
            const bool band = i % 6 == 5;
            if (band) {
                image = drawBandMask(in.image, truth.front(), seed);
            } else {
                const MaskResult m = applyMask(in.image, truth.front(),
                                               chooseMask({parseMaskType(types[i % types.size()])}, seed, true));
                if (!m.ok)
                    continue;
                image = m.image;
            }
            ++given;
            bandGiven += band;
            const std::vector<Face> a = masked.detect(image);
            const std::vector<Face> b = stock.detect(image);
            if (!a.empty()) {
                ++foundMasked;
                bandFound += band;
                errMasked += landmarkError(truth.front(), a.front(), image.size());
                ++nMasked;
            }
            if (!b.empty())
                ++foundStock;
            if (!a.empty() && !b.empty()) {
                errMaskedSame += landmarkError(truth.front(), a.front(), image.size());
                errStockSame += landmarkError(truth.front(), b.front(), image.size());
                ++nSame;
            }
        }
        const double rateMasked = double(foundMasked) / std::max(1, given);
        const double rateStock = double(foundStock) / std::max(1, given);
        const double maskedError = nMasked ? errMasked / nMasked : 1.0, unmaskedError = nUnmasked ? errUnmasked / nUnmasked : 1.0;
        qInfo("held-out masked faces: %d; found: masked %.3f, stock %.3f; band renderer %d/%d; landmark error masked %.3f, "
              "same method unmasked %.3f; on faces both found: masked %.3f vs stock %.3f (%d faces)",
              given, rateMasked, rateStock, bandFound, bandGiven, maskedError, unmaskedError,
              nSame ? errMaskedSame / nSame : -1.0, nSame ? errStockSame / nSame : -1.0, nSame);
        QVERIFY2(given >= kTestImages / 2, "too few held-out faces");
        QVERIFY2(rateMasked >= 0.9, qPrintable(QStringLiteral("masked method found %1").arg(rateMasked)));
        QVERIFY2(rateMasked >= rateStock + 0.15, qPrintable(QStringLiteral("masked %1 vs stock %2").arg(rateMasked).arg(rateStock)));
        QVERIFY2(bandFound * 10 >= bandGiven * 7, "the unseen band renderer defeats the masked detector");
        // Eyes, brows and jaw within a sixth of the eye distance on average, and (with this small a
        // model; the bench reports the full-size one against the 1.5x) at most twice the
        // error the same models make on the unmasked originals.
        QVERIFY2(maskedError < 0.16, qPrintable(QStringLiteral("masked landmark error %1").arg(maskedError)));
        QVERIFY2(maskedError <= 2.0 * unmaskedError,
                 qPrintable(QStringLiteral("masked %1 vs unmasked %2").arg(maskedError).arg(unmaskedError)));
    }

    void cropMethodFitsWholeCrops()
    {
        FaceDetectorOptions o;
        o.method = FaceMethod::Crop;
        o.maskedModels = m_models;
        FaceDetector crop(o);
        FaceDetector truth{FaceDetectorOptions{}};
        int checked = 0;
        for (int i = 0; i < 10; ++i) {
            const ImageInput in = readImageInput(m_heldOut[i]);
            const std::vector<Face> faces = crop.detect(in.image);
            QCOMPARE(int(faces.size()), 1); // always: the crop is the face
            const std::vector<Face> t = truth.detect(in.image);
            if (!t.empty()) {
                QVERIFY2(landmarkError(t.front(), faces.front(), in.image.size()) < 0.25, qPrintable(m_heldOut[i]));
                ++checked;
            }
        }
        QVERIFY(checked >= 5);
        // A picture without a face still gets one under Crop (the user said these are crops) ...
        const cv::Mat grey(120, 120, CV_8UC3, cv::Scalar(128, 128, 128));
        QCOMPARE(int(crop.detect(grey).size()), 1);
        // ... and none under Masked.
        FaceDetectorOptions m = o;
        m.method = FaceMethod::Masked;
        QCOMPARE(int(FaceDetector(m).detect(grey).size()), 0);
    }

    void missingOrDamagedModelsAreNamed()
    {
        FaceDetectorOptions o;
        o.method = FaceMethod::Masked;
        o.maskedModels = m_dir.filePath(QStringLiteral("nothing-here"));
        QString msg = test::errorMessage([&] { FaceDetector d(o); });
        QVERIFY2(msg.contains(QStringLiteral("nothing-here")) && msg.contains(QStringLiteral("faces train-masked")), qPrintable(msg));

        // A damaged detector file: named, with the way out.
        const QString copy = m_dir.filePath(QStringLiteral("damaged"));
        QDir().mkpath(copy);
        const MaskedFaceModels good = readMaskedFaceModels(m_models);
        QVERIFY(QFile::copy(QDir(m_models).filePath(QStringLiteral("model.json")), QDir(copy).filePath(QStringLiteral("model.json"))));
        QVERIFY(QFile::copy(good.predictorPath, QDir(copy).filePath(QFileInfo(good.predictorPath).fileName())));
        QVERIFY(test::writeText(QDir(copy).filePath(QFileInfo(good.detectorPath).fileName()), "not a detector"));
        o.maskedModels = copy;
        msg = test::errorMessage([&] {
            FaceDetector d(o);
            d.detect(cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(90)));
        });
        QVERIFY2(msg.contains(QFileInfo(good.detectorPath).fileName()) && msg.contains(QStringLiteral("corrupt")), qPrintable(msg));

        // A missing file listed in model.json.
        QFile::remove(QDir(copy).filePath(QFileInfo(good.predictorPath).fileName()));
        msg = test::errorMessage([&] { readMaskedFaceModels(copy); });
        QVERIFY2(msg.contains(QFileInfo(good.predictorPath).fileName()) && msg.contains(QStringLiteral("missing")), qPrintable(msg));

        // Not our file at all.
        QVERIFY(test::writeText(QDir(copy).filePath(QStringLiteral("model.json")), "{\"format\": \"something else\"}"));
        msg = test::errorMessage([&] { readMaskedFaceModels(copy); });
        QVERIFY2(msg.contains(QStringLiteral("model.json")) && msg.contains(QStringLiteral("not a MaskBench")), qPrintable(msg));

        msg = test::errorMessage([&] { parseFaceMethod(QStringLiteral("magic")); });
        QVERIFY2(msg.contains(QStringLiteral("magic")) && msg.contains(QStringLiteral("masked")), qPrintable(msg));
    }

    void autoPicksMaskedOnlyWhenBuilt()
    {
        QString note;
        Settings::maskedFaceModels.set(m_dir.filePath(QStringLiteral("nothing-here")));
        FaceDetectorOptions o = faceOptionsFor(QStringLiteral("auto"), &note);
        QCOMPARE(o.method, FaceMethod::Hog);
        QVERIFY2(note.contains(QStringLiteral("faces train-masked")), qPrintable(note));
        QVERIFY(!test::errorMessage([&] { faceOptionsFor(QStringLiteral("masked")); }).isEmpty());

        Settings::maskedFaceModels.set(m_models);
        note.clear();
        o = faceOptionsFor(QStringLiteral("auto"), &note);
        QCOMPARE(o.method, FaceMethod::Masked);
        QVERIFY(note.isEmpty());
        QCOMPARE(faceOptionsFor(QStringLiteral("crop")).method, FaceMethod::Crop);
        QCOMPARE(faceOptionsFor(QStringLiteral("HOG")).method, FaceMethod::Hog);
        Settings::maskedFaceModels.set(QString());
    }

    // Chips are named by where their landmarks came from: the same image aligned by another face
    // method, or with an original's landmarks, never reuses a chip made the other way.
    void chipsDoNotMixAlignments()
    {
        const QString image = m_heldOut[0];
        FaceChipOptions o;
        o.folder = m_dir.filePath(QStringLiteral("chips"));
        o.landmarkCache = QStringLiteral("-");
        const std::vector<QString> hog = prepareFaceChips({image}, o);
        o.detector.method = FaceMethod::Masked;
        o.detector.maskedModels = m_models;
        FaceChipSummary s;
        const std::vector<QString> masked = prepareFaceChips({image}, o, &s);
        QCOMPARE(s.reused, qint64(0));
        QVERIFY(!hog[0].isEmpty() && !masked[0].isEmpty());
        QVERIFY(hog[0] != masked[0]);
        const std::vector<QString> again = prepareFaceChips({image}, o, &s);
        QCOMPARE(again[0], masked[0]);
        QCOMPARE(s.reused, qint64(1));
    }

    void coverageCountsSkipsAsErrors()
    {
        PredictionTable t;
        t.classes = {QStringLiteral("female"), QStringLiteral("male")};
        for (int i = 0; i < 8; ++i) {
            Prediction p;
            p.path = QStringLiteral("x%1.jpg").arg(i);
            p.label = i % 2;
            p.predicted = i < 6 ? p.label : 1 - p.label; // 6 right, 2 wrong
            p.probs = {p.predicted == 0 ? 0.8 : 0.2, p.predicted == 0 ? 0.2 : 0.8};
            t.rows.push_back(p);
        }
        const AnswerCoverage c = answerCoverage(t, 10); // 2 more were given but not answered
        QCOMPARE(c.answered, qint64(8));
        QCOMPARE(c.correct, qint64(6));
        QCOMPARE(c.coverage(), 0.8);
        QCOMPARE(c.accuracyAnswered(), 0.75);
        QCOMPARE(c.accuracyCountingSkips(), 0.6);
        QVERIFY(describeAnswerCoverage(c).contains(QStringLiteral("8 of 10")));
        QVERIFY(!test::errorMessage([&] { answerCoverage(t, 7); }).isEmpty());
        const AnswerCoverage none = answerCoverage(PredictionTable{}, 0);
        QCOMPARE(none.coverage(), 1.0);
    }

    void cliDetectCountsFacesAndSkips()
    {
        const QString folder = m_dir.filePath(QStringLiteral("photos"));
        QDir().mkpath(folder);
        FaceDetector truth{FaceDetectorOptions{}};
        int masked = 0;
        for (int i = 0; i < 12 && masked < 6; ++i) {
            const ImageInput in = readImageInput(m_heldOut[i]);
            const std::vector<Face> t = truth.detect(in.image);
            if (t.empty())
                continue;
            const MaskResult m = applyMask(in.image, t.front(), MaskSpec{MaskType::Surgical, QString(), 0});
            if (!m.ok)
                continue;
            QVERIFY(cv::imwrite(QDir(folder).filePath(QStringLiteral("m%1.jpg").arg(masked++)).toStdString(), m.image));
        }
        QVERIFY(cv::imwrite(QDir(folder).filePath(QStringLiteral("blank.png")).toStdString(),
                            cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(200))));
        QVERIFY(test::writeText(QDir(folder).filePath(QStringLiteral("broken.jpg")), "not a jpeg"));
        const QString csv = m_dir.filePath(QStringLiteral("faces.csv"));
        const test::CliResult r = test::runCli({QStringLiteral("faces"), QStringLiteral("detect"), folder, QStringLiteral("--models"),
                                                m_models, QStringLiteral("--csv"), csv});
        QCOMPARE(r.exitCode, 3); // an unreadable input: listed, the others still answered
        QVERIFY2(r.out.contains(QStringLiteral("Images: %1 given, 1 unreadable").arg(masked + 2)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("no face: ")) && r.out.contains(QStringLiteral("blank.png")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("broken.jpg")), qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')) >= masked + 3, true);
        QVERIFY(text.contains(QStringLiteral("no face")));
    }
};

QTEST_GUILESS_MAIN(TestMaskedFaces)
#include "tst_masked_faces.moc"
