// TrainJob, the worker that runs core's trainer on its own thread for the Training panel: on a tiny
// generated dataset (two separable classes of 32x32 stripes) batch events reach the owner at most
// about 10 times a second while every epoch event arrives, one run goes at a time, and destroying
// a running job stops the run and joins its thread.

#include "core/dataset/dataset.h"
#include "core/dataset/manifest.h"
#include "core/dataset/splitter.h"
#include "core/train/trainer.h"
#include "test_support.h"
#include "workers/train_worker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestTrainJob : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_manifest;

    TrainConfig tinyConfig(const QString &name, int epochs) const
    {
        TrainConfig c;
        c.data = m_manifest;
        c.model.name = QStringLiteral("levi-hassner");
        c.model.inputSize = 35; // the smallest Levi-Hassner takes (model_config.h)
        c.model.hiddenUnits = 32;
        c.stages = {{QStringLiteral("full"), epochs}};
        c.batchSize = 4;
        c.optimizer = QStringLiteral("adam");
        c.learningRate = 1e-3;
        c.threads = 1;
        c.seed = 3;
        c.outDir = m_dir.filePath(QStringLiteral("runs/") + name);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 40; ++i) {
            const bool vertical = i % 2;
            QVERIFY(test::writeStripes(m_dir.filePath(QStringLiteral("data/%1/img_%2.png").arg(vertical ? "vertical" : "horizontal").arg(i)),
                                       vertical, i));
        }
        const Dataset ds = loadDataset(m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(int(ds.items.size()), 40);
        SplitOptions o;
        o.train = 0.7;
        o.val = 0.3;
        o.test = 0.0;
        o.seed = 5;
        o.groupDuplicates = false;
        m_manifest = m_dir.filePath(QStringLiteral("split.csv"));
        writeManifest(splitDataset(ds, o), m_manifest);
    }

    void throttlesBatchesButDeliversEveryEpoch()
    {
        // Batch size 1: dozens of batches a second; at most ~10 batch events a second reach the
        // owner (plus each epoch's last batch), and every epoch event arrives.
        TrainJob job;
        QVector<QPair<qint64, int>> batches; // (ms since start, epoch)
        int epochs = 0;
        QElapsedTimer clock;
        connect(&job, &TrainJob::event, this, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Batch)
                batches.append({clock.elapsed(), e.epoch});
            else if (e.kind == TrainEvent::Epoch)
                ++epochs;
        });
        QSignalSpy done(&job, &TrainJob::succeeded);
        TrainConfig c = tinyConfig(QStringLiteral("throttle"), 3);
        c.batchSize = 1;
        clock.start();
        QVERIFY(job.start(c));
        QVERIFY(!job.start(c)); // one run at a time
        QVERIFY(done.wait(60000));
        const double seconds = clock.elapsed() / 1000.0;
        QCOMPARE(epochs, 3);
        QVERIFY(!batches.isEmpty());
        QVERIFY2(batches.size() <= int(seconds * 10) + 3 + 1,
                 qPrintable(QStringLiteral("%1 batch events in %2 s").arg(batches.size()).arg(seconds)));
        QVERIFY(!job.isRunning());
        qInfo("%d batch events for 3 epochs of batch 1 in %.2f s", int(batches.size()), seconds);
    }

    void destroyingARunningJobStopsTheRun()
    {
        auto *job = new TrainJob;
        int events = 0;
        connect(job, &TrainJob::event, this, [&events] { ++events; });
        QVERIFY(job->start(tinyConfig(QStringLiteral("abandoned"), 50)));
        QTRY_VERIFY_WITH_TIMEOUT(events > 0, 30000); // the run is under way
        QElapsedTimer t;
        t.start();
        delete job; // stops after the current batch and joins the thread
        // 50 epochs take minutes here; a stopped run ends within a batch.
        QVERIFY2(t.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTrainJob)
#include "tst_train_job.moc"
