// The Settings device reaches training, evaluation and prediction (issue 14): a setting naming a
// CUDA device this CPU-only LibTorch lacks makes each command fail with a message naming the
// setting and why CUDA is unavailable; --device overrides it; the device used is recorded in
// config.json and evaluation.json. Real training on real UTKFace faces (a tiny levi-hassner run).
#include "core/common/device.h"
#include "core/common/settings.h"
#include "core/io/csv.h"
#include "core/train/run_record.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace maskbench;
using namespace maskbench::test;

class TestDevice : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_train, m_eval, m_run;

    // A config folder of its own whose MaskBench.conf sets the device, for the CLI's environment.
    QMap<QString, QString> withDevice(const QString &device)
    {
        const QString config = m_dir.filePath(QStringLiteral("config-") + QString(device).replace(QLatin1Char(':'), QLatin1Char('_')));
        QSettings s(config + QStringLiteral("/MaskBench/MaskBench.conf"), QSettings::IniFormat);
        s.setValue(Settings::device.key(), device);
        s.sync();
        return {{QStringLiteral("XDG_CONFIG_HOME"), config}};
    }

    QStringList trainArgs(const QString &out) const
    {
        return {QStringLiteral("train"), QStringLiteral("--data"), m_train, QStringLiteral("--model"), QStringLiteral("levi"),
                QStringLiteral("--input-size"), QStringLiteral("48"), QStringLiteral("--epochs"), QStringLiteral("1"),
                QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--threads"), QStringLiteral("2"),
                QStringLiteral("--quiet"), QStringLiteral("--out"), out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        QByteArray csv = "path,label,split\n";
        for (const UtkFace &f : balancedUtkFaces(12, 211, 6, 3))
            csv += csvLine({f.path, f.gender, f.split}).toUtf8();
        m_train = m_dir.filePath(QStringLiteral("faces.csv"));
        QVERIFY(writeText(m_train, csv));
    }

    void thisMachine()
    {
        const DeviceInfo info = deviceInfo();
        QCOMPARE(info.devices.value(0), QStringLiteral("cpu"));
        QCOMPARE(info.devices.size(), 1 + info.cudaDevices);
        if (info.cudaDevices == 0)
            QVERIFY2(!info.whyNoCuda.isEmpty(), "no CUDA device, and no reason given");
        qInfo().noquote() << "devices:" << info.devices.join(QStringLiteral(", ")) << "|" << info.whyNoCuda;
    }

    void trainFollowsTheSetting()
    {
        if (deviceInfo().cudaDevices > 8)
            QSKIP("this machine has more than 8 CUDA devices: cuda:8 would exist");
        // The setting names a device that does not exist here: train refuses, naming the setting.
        const QString refused = m_dir.filePath(QStringLiteral("refused"));
        const CliResult r = runCli(trainArgs(refused), withDevice(QStringLiteral("cuda:8")));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("Settings device cuda:8")), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(refused + QStringLiteral("/config.json")), "a refused run left a run folder");
        // --device overrides the setting.
        m_run = m_dir.filePath(QStringLiteral("run"));
        const CliResult ok = runCli(trainArgs(m_run) << QStringLiteral("--device") << QStringLiteral("cpu"),
                                    withDevice(QStringLiteral("cuda:8")));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QJsonObject config = readJson(m_run + QStringLiteral("/config.json"));
        QCOMPARE(config.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QCOMPARE(config.value(QStringLiteral("device_used")).toString(), QStringLiteral("cpu"));
        QCOMPARE(config.value(QStringLiteral("mixed_precision")).toString(), QStringLiteral("off"));
        // Mixed precision is a CUDA option: refused on the CPU before a run folder exists.
        const QString amp = m_dir.filePath(QStringLiteral("amp"));
        const CliResult ampRefused = runCli(trainArgs(amp) << QStringLiteral("--device") << QStringLiteral("cpu")
                                                           << QStringLiteral("--mixed-precision") << QStringLiteral("fp16"));
        QVERIFY(ampRefused.exitCode != 0);
        QVERIFY2(ampRefused.err.contains(QLatin1String("Mixed precision (fp16) needs a CUDA device")), qPrintable(ampRefused.err));
        QVERIFY(!QFileInfo::exists(amp + QStringLiteral("/config.json")));
        // A setting of cpu is used as is.
        const QString run2 = m_dir.filePath(QStringLiteral("run2"));
        const CliResult cpu = runCli(trainArgs(run2), withDevice(QStringLiteral("cpu")));
        QVERIFY2(cpu.exitCode == 0, qPrintable(cpu.err));
        QCOMPARE(readJson(run2 + QStringLiteral("/config.json")).value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    }

    void evaluateAndPredictFollowTheSetting()
    {
        QVERIFY(!m_run.isEmpty());
        const QStringList eval{QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), m_train,
                               QStringLiteral("--split"), QStringLiteral("test"), QStringLiteral("--no-report")};
        const CliResult refused = runCli(QStringList(eval) << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("e1")),
                                         withDevice(QStringLiteral("cuda:8")));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("Settings device cuda:8")), qPrintable(refused.err));
        const CliResult ok = runCli(QStringList(eval) << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("e2"))
                                                      << QStringLiteral("--device") << QStringLiteral("cpu"),
                                    withDevice(QStringLiteral("cuda:8")));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(readJson(m_dir.filePath(QStringLiteral("e2/evaluation.json"))).value(QStringLiteral("device")).toString(),
                 QStringLiteral("cpu"));
        const QString image = m_train.isEmpty() ? QString() : balancedUtkFaces(12, 211, 6, 3).front().path;
        const CliResult p = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"),
                                    QStringLiteral("none"), image},
                                   withDevice(QStringLiteral("cuda:8")));
        QVERIFY(p.exitCode != 0);
        QVERIFY2(p.err.contains(QLatin1String("Settings device cuda:8")), qPrintable(p.err));
        const CliResult unknown = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"),
                                          QStringLiteral("none"), QStringLiteral("--device"), QStringLiteral("tpu"), image});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QLatin1String("the device tpu chosen for this job")), qPrintable(unknown.err));
    }

    // Issue 12: Ctrl+C during epoch 1 (before the first checkpoint), then --resume. It used to
    // fail with "Checkpoint .../last.pt does not exist" and mark the run failed; now the stop says
    // no epoch finished (no sentinel accuracy), the run reads as stopped with nothing to continue
    // from, and the resume restarts it from epoch 1 and finishes it.
    void interruptedInTheFirstEpochThenResumed()
    {
        const QString run = m_dir.filePath(QStringLiteral("interrupted"));
        QStringList args = trainArgs(run);
        args[args.indexOf(QStringLiteral("--batch")) + 1] = QStringLiteral("1"); // 12 batches in epoch 1
        args[args.indexOf(QStringLiteral("--input-size")) + 1] = QStringLiteral("160");
        args[args.indexOf(QStringLiteral("--epochs")) + 1] = QStringLiteral("2");
        args << QStringLiteral("--device") << QStringLiteral("cpu");
        QProcess p;
        p.start(qEnvironmentVariable("MASKBENCH_CLI"), args);
        QVERIFY(p.waitForStarted(10000));
        // The first batch line of events.jsonl: epoch 1 is under way.
        const QString events = run + QStringLiteral("/events.jsonl");
        const auto firstBatch = [&] {
            QFile f(events);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("\"type\":\"batch\"");
        };
        QElapsedTimer t;
        t.start();
        while (!firstBatch() && p.state() == QProcess::Running && t.elapsed() < 120000)
            QThread::msleep(2);
        QVERIFY2(p.state() == QProcess::Running, "the run ended before it could be interrupted");
        QVERIFY(::kill(pid_t(p.processId()), SIGINT) == 0);
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()), err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 3, qPrintable(err + out)); // stopped
        QVERIFY2(out.contains(QLatin1String("stopped after 0 epoch(s): no epoch finished")),
                 qPrintable(QStringLiteral("epoch 1 ended before the interrupt landed, or the summary changed: ") + out));
        QVERIFY(!QFileInfo::exists(run + QStringLiteral("/checkpoints/last.pt")));
        const RunStatus stopped = readRunStatus(run);
        QCOMPARE(stopped.state, RunState::Stopped);
        QCOMPARE(stopped.epoch, 0);
        QVERIFY(stopped.resumeFrom.isEmpty());

        const CliResult r = runCli({QStringLiteral("train"), QStringLiteral("--resume"), run, QStringLiteral("--device"), QStringLiteral("cpu"),
                                    QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QLatin1String("restarting from epoch 1")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("finished after 2 epoch(s)")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/checkpoints/last.pt")));
        QCOMPARE(readCsv(run + QStringLiteral("/metrics.csv")).rows.size(), size_t(2)); // each epoch once
        QCOMPARE(readRunStatus(run).state, RunState::Finished);
    }

    // Issue 15's dead ends: a run folder without a checkpoint (killed, stopped or out of disk before
    // its first epoch ended) resumes by restarting from epoch 1 with its configuration; a run made
    // with a relative --data resumes and predicts from another working directory.
    void noDeadEnds()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QString run = m_dir.filePath(QStringLiteral("relative-run"));
        QStringList args = trainArgs(run);
        args[args.indexOf(m_train)] = QFileInfo(m_train).fileName(); // --data faces.csv, relative to this cwd
        const CliResult t = runCli(args << QStringLiteral("--device") << QStringLiteral("cpu"));
        QVERIFY(QDir::setCurrent(QDir::rootPath()));
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QCOMPARE(readJson(run + QStringLiteral("/config.json")).value(QStringLiteral("data")).toString(), m_train);

        // The folder as a kill before the first checkpoint leaves it: config.json, no checkpoints.
        const QString early = m_dir.filePath(QStringLiteral("early-stop"));
        QVERIFY(QDir().mkpath(early));
        QVERIFY(QFile::copy(run + QStringLiteral("/config.json"), early + QStringLiteral("/config.json")));
        QVERIFY(writeText(early + QStringLiteral("/metrics.csv"), "epoch,stage,loss,accuracy,val_loss,val_accuracy,lr,seconds,images_per_second,data_wait_seconds\n"));
        const CliResult r = runCli({QStringLiteral("train"), QStringLiteral("--resume"), early, QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QFile log(early + QStringLiteral("/train.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString logText = QString::fromUtf8(log.readAll());
        QVERIFY2(logText.contains(QLatin1String("restarting from epoch 1")), qPrintable(logText));
        QVERIFY2(r.err.contains(QLatin1String("restarting from epoch 1")), qPrintable(r.err)); // a Notice: the terminal shows it
        QVERIFY(QFileInfo::exists(early + QStringLiteral("/checkpoints/last.pt")));
        QCOMPARE(readCsv(early + QStringLiteral("/metrics.csv")).rows.size(), size_t(1)); // epoch 1 once

        // Predict from yet another directory.
        const CliResult p = runCli({QStringLiteral("predict"), QStringLiteral("--run"), run, QStringLiteral("--crop"), QStringLiteral("none"),
                                    QStringLiteral("--device"), QStringLiteral("cpu"), balancedUtkFaces(12, 211, 6, 3).back().path});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QVERIFY(QDir::setCurrent(before));

        // Invalid numbers are refused, not replaced by defaults (issue 12: --epochs 0 trained 10 epochs).
        QStringList zero = trainArgs(m_dir.filePath(QStringLiteral("zero")));
        zero[zero.indexOf(QStringLiteral("--epochs")) + 1] = QStringLiteral("0");
        const CliResult z = runCli(zero);
        QVERIFY(z.exitCode != 0);
        QVERIFY2(z.err.contains(QLatin1String("--epochs")), qPrintable(z.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("zero"))));
    }
};

QTEST_GUILESS_MAIN(TestDevice)
#include "tst_device.moc"
