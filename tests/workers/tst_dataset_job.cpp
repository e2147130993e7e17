// The worker that loads datasets off the UI thread: results arrive as signals on the owner's
// thread, progress is throttled, cancel stops the scan, a failure becomes failed(message), and
// destroying a running job cancels the scan and waits for it instead of crashing.

#include "workers/dataset_job.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestDatasetJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void loadsAndAuditsASplit()
    {
        QTemporaryDir dir;
        QString csv = QStringLiteral("path,label,split\n");
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("%1.png").arg(i);
            QVERIFY(test::writeImage(dir.filePath(name), 16, 16, i % 6)); // i and i+6 identical
            csv += QStringLiteral("%1,%2,%3\n").arg(name, i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                                                     i < 6 ? QStringLiteral("train") : QStringLiteral("test"));
        }
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("m.csv")), csv.toUtf8()));
        DatasetJob job;
        QSignalSpy loaded(&job, &DatasetJob::loaded);
        job.start(dir.filePath(QStringLiteral("m.csv")), LoadOptions{});
        QVERIFY(job.isRunning());
        QVERIFY(loaded.wait(20000));
        const auto ds = loaded.first().at(0).value<std::shared_ptr<const Dataset>>();
        const auto audit = loaded.first().at(1).value<std::shared_ptr<const LeakageReport>>();
        QCOMPARE(ds->items.size(), size_t(12));
        QVERIFY(audit);
        QCOMPARE(audit->duplicates.size(), size_t(6)); // the planted train/test twins
    }

    void cancelStopsTheScan()
    {
        DatasetJob job;
        QSignalSpy progress(&job, &DatasetJob::progress);
        QSignalSpy cancelled(&job, &DatasetJob::cancelled);
        QSignalSpy loaded(&job, &DatasetJob::loaded);
        LoadOptions o;
        o.labelColumn = QStringLiteral("gender");
        // Cancel at the first progress report, as a user pressing Esc while the bar first moves.
        connect(&job, &DatasetJob::progress, &job, [&job] { job.cancel(); });
        job.start(test::sharedDataDir() + QStringLiteral("/utkface-dev/labels.csv"), o);
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count() + loaded.count(), 1, 5000);
        // A scan of 16,251 headers takes far longer than the first progress tick: it was cancelled.
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(progress.count() >= 1);
    }

    void failureBecomesAMessage()
    {
        DatasetJob job;
        QSignalSpy failed(&job, &DatasetJob::failed);
        job.start(QStringLiteral("/no/such/dataset.csv"), LoadOptions{});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/no/such/dataset.csv")));
    }

    void destroyWhileRunning()
    {
        LoadOptions o;
        o.labelColumn = QStringLiteral("gender");
        const QString labels = test::sharedDataDir() + QStringLiteral("/utkface-dev/labels.csv");
        QElapsedTimer t;
        qint64 whole = 0;
        {
            DatasetJob job;
            QSignalSpy loaded(&job, &DatasetJob::loaded);
            t.start();
            job.start(labels, o);
            QVERIFY(loaded.wait(60000));
            whole = t.elapsed();
        }
        // Destroying a job in the middle of the same scan cancels it and waits for the worker:
        // it returns long before the scan would have ended (and a thread left running would
        // crash the test when its results reach the deleted job).
        auto *job = new DatasetJob;
        QSignalSpy progress(job, &DatasetJob::progress);
        job->start(labels, o);
        QVERIFY(progress.wait(20000)); // the scan is under way
        QVERIFY(job->isRunning());
        t.restart();
        delete job;
        const qint64 destroy = t.elapsed();
        qInfo("whole scan %lld ms, destroying the running job %lld ms", whole, destroy);
        QVERIFY2(destroy * 3 < whole, qPrintable(QStringLiteral("destroying took %1 ms, the whole scan %2 ms").arg(destroy).arg(whole)));
    }
};

QTEST_GUILESS_MAIN(TestDatasetJob)
#include "tst_dataset_job.moc"
