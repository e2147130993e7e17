// On-the-fly masking in the training data pipeline, on a few real faces from ../shared/data and
// one generated image without a face: masks land on the mouth and nose, the same seed gives the
// same pixels, p = 0 gives exactly the unmasked pipeline, and the face-less image is counted.

#include "core/common/error.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"
#include "core/train/data_pipeline.h"
#include "core/train/trainer.h"

#include "test_support.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

constexpr int kSize = 64;

// Mean absolute difference of two CHW tensors inside (or outside) a box in tensor pixels.
double meanDiff(const std::vector<float> &a, const std::vector<float> &b, size_t offset, cv::Rect box, bool inside)
{
    double sum = 0;
    int n = 0;
    for (int c = 0; c < 3; ++c)
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x) {
                if (box.contains(cv::Point(x, y)) != inside)
                    continue;
                const size_t i = offset + size_t(c) * kSize * kSize + size_t(y) * kSize + x;
                sum += std::abs(a[i] - b[i]);
                ++n;
            }
    return n ? sum / n : 0;
}

} // namespace

class TestTrainMasking : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<Sample> m_samples;
    QString m_noFace;
    std::vector<cv::Rect> m_lowerFace; // mouth + nose box per face sample, in tensor pixels
    std::vector<cv::Rect> m_upperFace; // above the eyes' top: forehead, no mask there

    PipelineOptions options(double p) const
    {
        PipelineOptions o;
        o.width = o.height = kSize;
        o.batchSize = int(m_samples.size());
        o.shuffle = false;
        o.seed = 7;
        o.workers = 2;
        o.maskProbability = p;
        o.landmarkCache = m_dir.filePath(QStringLiteral("landmarks.sqlite"));
        return o;
    }

    Batch oneBatch(const PipelineOptions &o, int epoch = 1)
    {
        BatchLoader loader(m_samples, o);
        loader.startEpoch(epoch);
        Batch b;
        if (!loader.next(b))
            qFatal("no batch");
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        const QDir images(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() > 100);
        FaceDetector detector;
        // Four frontal-enough faces (the mask fits), spread over the folder.
        for (int k = 0; m_lowerFace.size() < 4 && k < 40; ++k) {
            const QString src = images.filePath(names[int((qint64(k) * 3917 + 11) % names.size())]);
            const ImageInput in = readImageInput(src);
            const std::vector<Face> faces = detector.detect(in.image);
            if (faces.empty() || std::abs(faces.front().pose.yaw) > 20)
                continue;
            const QString copy = m_dir.filePath(QStringLiteral("face%1.jpg").arg(m_samples.size()));
            QVERIFY(QFile::copy(src, copy));
            m_samples.push_back({copy, int(m_samples.size() % 2)});
            // Mouth corners and lips (49..68) and the nose below the bridge (31..36).
            std::vector<cv::Point2f> pts;
            for (int i = 31; i <= 36; ++i)
                pts.push_back(faces.front().point(i));
            for (int i = 49; i <= 68; ++i)
                pts.push_back(faces.front().point(i));
            const cv::Rect r = cv::boundingRect(pts);
            const double sx = double(kSize) / in.image.cols, sy = double(kSize) / in.image.rows;
            float eyeTop = 1e9f;
            for (int i = 37; i <= 48; ++i)
                eyeTop = std::min(eyeTop, faces.front().point(i).y);
            m_upperFace.push_back(cv::Rect(0, 0, kSize, std::clamp(int(eyeTop * sy), 1, kSize)));
            m_lowerFace.push_back(cv::Rect(int(r.x * sx), int(r.y * sy), std::max(1, int(r.width * sx)), std::max(1, int(r.height * sy)))
                                  & cv::Rect(0, 0, kSize, kSize));
        }
        QCOMPARE(int(m_lowerFace.size()), 4);
        // A flat grey image with some noise: no face.
        m_noFace = m_dir.filePath(QStringLiteral("noface.png"));
        QVERIFY(test::writeImage(m_noFace, 120, 120, 3));
        m_samples.push_back({m_noFace, 1});
    }

    void maskedOnMouthAndNoseDeterministically()
    {
        const Batch plain = oneBatch(options(0));
        const Batch masked = oneBatch(options(1));
        QCOMPARE(plain.count, 5);
        QCOMPARE(masked.count, 5);
        QCOMPARE(masked.maskDrawn, 5);
        QCOMPARE(masked.masked, 4);
        QCOMPARE(masked.noFace, QStringList{m_noFace});
        QVERIFY2(masked.maskFailed.isEmpty(), qPrintable(masked.maskFailed.join(QLatin1Char('\n'))));
        const size_t image = size_t(3) * kSize * kSize;
        for (size_t i = 0; i < 4; ++i) {
            // Normalised 0..1 pixels: a mask changes the mouth and nose a lot, the forehead and
            // everything above the eyes not at all.
            const double inside = meanDiff(plain.pixels, masked.pixels, i * image, m_lowerFace[i], true);
            const double outside = meanDiff(plain.pixels, masked.pixels, i * image, m_upperFace[i], true);
            QVERIFY2(inside > 0.08, qPrintable(QStringLiteral("face %1: mean change %2 under the mask").arg(i).arg(inside)));
            QVERIFY2(outside < 0.01, qPrintable(QStringLiteral("face %1: %2 inside vs %3 outside").arg(i).arg(inside).arg(outside)));
        }
        // The image without a face is used as it is.
        QVERIFY(std::equal(plain.pixels.begin() + 4 * image, plain.pixels.end(), masked.pixels.begin() + 4 * image));

        // Same seed: same pixels (now with every landmark from the cache file, as a resumed run).
        const Batch again = oneBatch(options(1));
        QVERIFY(again.pixels == masked.pixels);
        QCOMPARE(again.noFace, QStringList{m_noFace});
        LandmarkCache cache(options(1).landmarkCache);
        QCOMPARE(cache.entryCount(), qint64(5)); // the no-face result is cached too
        // Another epoch draws other masks.
        QVERIFY(oneBatch(options(1), 2).pixels != masked.pixels);
    }

    void zeroProbabilityIsThePlainPipeline()
    {
        const PipelineOptions o = options(0);
        const Batch b = oneBatch(o);
        QCOMPARE(b.maskDrawn, 0);
        QCOMPARE(b.masked, 0);
        QVERIFY(b.noFace.isEmpty());
        // Exactly what loadImageTensor gives each image (the pipeline before masking existed).
        std::vector<float> expected;
        for (const Sample &s : m_samples) {
            const std::vector<float> t = loadImageTensor(s.path, o, 0, false);
            expected.insert(expected.end(), t.begin(), t.end());
        }
        QVERIFY(b.pixels == expected);
        // p = 0 never opens a landmark cache.
        PipelineOptions other = o;
        other.landmarkCache = m_dir.filePath(QStringLiteral("never/created.sqlite"));
        oneBatch(other);
        QVERIFY(!QFileInfo::exists(other.landmarkCache));
    }

    void partialProbabilityIsPerPosition()
    {
        PipelineOptions o = options(0.5);
        o.batchSize = 1; // one image per batch: positions, not batch timing, decide
        int drawn = 0;
        for (int epoch = 1; epoch <= 4; ++epoch) {
            BatchLoader a(m_samples, o), b(m_samples, o);
            a.startEpoch(epoch);
            b.startEpoch(epoch);
            Batch x, y;
            while (a.next(x)) {
                QVERIFY(b.next(y));
                QCOMPARE(x.maskDrawn, y.maskDrawn);
                QVERIFY(x.pixels == y.pixels);
                drawn += x.maskDrawn;
            }
        }
        QVERIFY2(drawn > 2 && drawn < 18, qPrintable(QString::number(drawn))); // 20 draws at p = 0.5
    }

    void badOptionsAreClearErrors()
    {
        PipelineOptions o = options(1.5);
        QVERIFY_THROWS_EXCEPTION(Error, BatchLoader(m_samples, o));
        o = options(1);
        o.maskTypes = QStringList{QStringLiteral("balaclava")};
        try {
            BatchLoader loader(m_samples, o);
            QFAIL("an unknown mask type was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("balaclava")) && e.message().contains(QStringLiteral("surgical")),
                     qPrintable(e.message()));
        }
    }

    void configRoundTripAndRunLog()
    {
        // Written to config.json and read back (what --resume uses).
        TrainConfig c;
        c.maskProbability = 0.3;
        c.maskTypes = QStringLiteral("surgical,cloth");
        c.landmarkCache = QStringLiteral("/tmp/x.sqlite");
        const TrainConfig back = TrainConfig::fromJson(c.toJson());
        QCOMPARE(back.maskProbability, 0.3);
        QCOMPARE(back.maskTypes, c.maskTypes);
        QCOMPARE(back.landmarkCache, c.landmarkCache);
        QJsonObject older = TrainConfig().toJson(); // a run from before masking existed
        older.remove(QStringLiteral("mask_probability"));
        older.remove(QStringLiteral("mask_types"));
        older.remove(QStringLiteral("landmark_cache"));
        QCOMPARE(TrainConfig::fromJson(older).maskProbability, 0.0);

        // A tiny run: the no-face image is named in the log and counted in the result.
        QFile manifest(m_dir.filePath(QStringLiteral("split.csv")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("path,label,split\n");
        for (size_t i = 0; i < m_samples.size(); ++i)
            manifest.write(QStringLiteral("%1,%2,train\n").arg(QFileInfo(m_samples[i].path).fileName()).arg(i % 2 ? "b" : "a").toUtf8());
        // Validation images: two more files (a path may belong to one split only).
        QVERIFY(QFile::copy(m_samples[0].path, m_dir.filePath(QStringLiteral("val0.jpg"))));
        QVERIFY(QFile::copy(m_samples[1].path, m_dir.filePath(QStringLiteral("val1.jpg"))));
        manifest.write("val0.jpg,a,val\nval1.jpg,b,val\n");
        manifest.close();
        TrainConfig t;
        t.data = manifest.fileName();
        t.model.name = QStringLiteral("levi-hassner");
        t.model.inputSize = 48;
        t.model.hiddenUnits = 16;
        t.stages = parseStages(QStringLiteral("full:1"));
        t.batchSize = 5;
        t.threads = 1;
        t.workers = 1;
        t.maskProbability = 1;
        t.maskTypes = QStringLiteral("surgical,patterned");
        t.landmarkCache = options(1).landmarkCache;
        t.outDir = m_dir.filePath(QStringLiteral("run"));
        const TrainResult r = runTraining(t);
        QCOMPARE(r.noFaceImages, qint64(1));
        QCOMPARE(r.maskedImages, qint64(4));
        QCOMPARE(r.noFace, QStringList{m_noFace});
        QFile log(QDir(t.outDir).filePath(QStringLiteral("train.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QStringLiteral("no face found in ") + m_noFace), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 without a face")), qPrintable(text));
        QFile config(QDir(t.outDir).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("mask_probability")).toDouble(), 1.0);
        QCOMPARE(saved.value(QStringLiteral("mask_types")).toString(), QStringLiteral("surgical,patterned"));
    }
};

QTEST_GUILESS_MAIN(TestTrainMasking)
#include "tst_train_masking.moc"
