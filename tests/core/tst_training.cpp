// The training engine on generated data: it learns, it resumes exactly, its checkpoints survive a
// kill -9, and bad input ends in a clear error rather than a crash.

#include "core/common/error.h"
#include "core/train/data_pipeline.h"
#include "core/train/run_record.h"
#include "core/train/trainer.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>
#include <QThread>

#include <thread>
#include <tuple>

#include <csignal>
#include <cmath>

using namespace maskbench;

namespace {

// Two separable classes: horizontal vs vertical stripes, random phase, period and noise.
void writeStripes(const QString &path, bool vertical, quint32 seed)
{
    QRandomGenerator rng(seed);
    const int size = 48;
    cv::Mat img(size, size, CV_8UC3);
    const int period = 6 + int(rng.bounded(6));
    const int phase = int(rng.bounded(period));
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const int t = vertical ? x : y;
            const int base = ((t + phase) % period) < period / 2 ? 200 : 50;
            const int v = std::clamp(base + int(rng.bounded(60)) - 30, 0, 255);
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(v), uchar(v), uchar(v));
        }
    cv::imwrite(path.toStdString(), img);
}

// Writes images and a manifest (path,label,split) into dir; returns the manifest path.
QString makeDataset(const QString &dir, int train, int val, bool oneClass = false, bool corrupt = false)
{
    QDir().mkpath(dir + "/img");
    QFile f(dir + "/split.csv");
    f.open(QIODevice::WriteOnly);
    f.write("path,label,split\n");
    int n = 0;
    for (const auto &[count, split] : {std::pair<int, const char *>{train, "train"}, {val, "val"}}) {
        for (int i = 0; i < count; ++i, ++n) {
            const bool vertical = !oneClass && (i % 2 == 1);
            const QString name = QStringLiteral("img/%1_%2.png").arg(split).arg(i);
            writeStripes(dir + "/" + name, vertical, quint32(n * 7919 + 1));
            f.write(QStringLiteral("%1,%2,%3\n").arg(name, vertical ? "vertical" : "horizontal", split).toUtf8());
        }
    }
    if (corrupt) {
        QFile bad(dir + "/img/corrupt.png");
        bad.open(QIODevice::WriteOnly);
        bad.write("\x89PNG\r\n\x1a\n this is not really an image");
        f.write("img/corrupt.png,vertical,train\n");
    }
    return dir + "/split.csv";
}

TrainConfig tinyConfig(const QString &manifest, const QString &out)
{
    TrainConfig c;
    c.data = manifest;
    c.model.name = QStringLiteral("levi-hassner");
    c.model.inputSize = 48;
    c.model.hiddenUnits = 64;
    c.stages = {{QStringLiteral("full"), 4}};
    c.batchSize = 16;
    c.optimizer = QStringLiteral("adam");
    c.learningRate = 1e-3;
    c.seed = 7;
    c.threads = 2;
    c.workers = 2;
    c.horizontalFlip = true;
    c.outDir = out;
    return c;
}

// Child mode for the kill test: train "forever" into runDir, writing a checkpoint every epoch.
int writerMain(const QString &manifest, const QString &runDir)
{
    try {
        if (QFile::exists(runDir + "/config.json")) {
            resumeTraining(runDir);
        } else {
            TrainConfig c = tinyConfig(manifest, runDir);
            c.stages = {{QStringLiteral("full"), 100000}};
            // Tiny epochs, big checkpoints (~40 MB with the optimizer state): most of the
            // writer's time is spent writing, so most kills land inside a write.
            c.model.hiddenUnits = 2048;
            runTraining(c);
        }
    } catch (const Error &e) {
        fprintf(stderr, "writer: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_manifest = makeDataset(m_tmp.filePath("data"), 160, 48);
    }

    void parseStages()
    {
        const auto s = maskbench::parseStages(QStringLiteral("frozen:10, finetune:5"));
        QCOMPARE(int(s.size()), 2);
        QCOMPARE(s[1].policy, QStringLiteral("finetune"));
        QCOMPARE(s[1].epochs, 5);
        QVERIFY_THROWS_EXCEPTION(Error, maskbench::parseStages(QStringLiteral("frozen")));
        QVERIFY_THROWS_EXCEPTION(Error, maskbench::parseStages(QStringLiteral("frozen:0")));
    }

    void pipelineIsDeterministicAndBounded()
    {
        std::vector<Sample> samples;
        for (int i = 0; i < 40; ++i)
            samples.push_back({m_tmp.filePath(QStringLiteral("data/img/train_%1.png").arg(i)), i % 2});
        samples.push_back({m_tmp.filePath("data/img/missing.png"), 0});
        PipelineOptions o;
        o.width = o.height = 32;
        o.batchSize = 8;
        o.widthShift = o.heightShift = 0.1;
        o.horizontalFlip = true;
        auto collect = [&](int workers) {
            o.workers = workers;
            o.prefetch = 2;
            BatchLoader loader(samples, o);
            loader.startEpoch(3);
            std::vector<float> all;
            int failed = 0, count = 0;
            Batch b;
            while (loader.next(b)) {
                all.insert(all.end(), b.pixels.begin(), b.pixels.end());
                failed += int(b.failed.size());
                count += b.count;
            }
            return std::make_tuple(all, failed, count);
        };
        const auto [a, failedA, countA] = collect(1);
        const auto [b, failedB, countB] = collect(3);
        QCOMPARE(failedA, 1);
        QCOMPARE(countA, 40);
        QVERIFY(a == b); // same pixels whatever the thread count
        for (float v : a)
            QVERIFY(v >= 0.f && v <= 1.f);
    }

    void learnsSeparableData()
    {
        const QString out = m_tmp.filePath("runs/learn");
        TrainConfig c = tinyConfig(m_manifest, out);
        int batchEvents = 0;
        const TrainResult r = runTraining(c, nullptr, [&](const TrainEvent &e) { batchEvents += e.kind == TrainEvent::Batch; });
        qInfo("val accuracy after %d epochs: %.3f (best %.3f), %.1f s, waited %.2f s for data", r.epochsDone,
              r.lastValAccuracy, r.bestValAccuracy, r.seconds, r.dataWaitSeconds);
        QCOMPARE(r.epochsDone, 4);
        QCOMPARE(batchEvents, 4 * 10);
        QVERIFY2(r.bestValAccuracy >= 0.85, qPrintable(QString::number(r.bestValAccuracy)));
        for (const char *f : {"config.json", "metrics.csv", "events.jsonl", "train.log", "checkpoints/last.pt", "checkpoints/best.pt"})
            QVERIFY2(QFile::exists(out + "/" + f), f);
        QFile m(out + "/metrics.csv");
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = m.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith("epoch,stage,loss,accuracy,val_loss,val_accuracy,lr,seconds"));
        const CheckpointInfo best = readCheckpoint(out + "/checkpoints/best.pt");
        QCOMPARE(best.bestValAccuracy, r.bestValAccuracy);
        QCOMPARE(readCheckpoint(out + "/checkpoints/last.pt").epoch, 4);
        // A new run into the same folder is refused.
        QVERIFY_THROWS_EXCEPTION(Error, runTraining(c));
    }

    void resumeIsExact()
    {
        // Two stages, so the resume also crosses into a fresh optimizer; augmentation and dropout on.
        TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/straight"));
        c.stages = {{QStringLiteral("full"), 3}, {QStringLiteral("from:conv2"), 1}};
        c.optimizer = QStringLiteral("rmsprop");
        const TrainResult straight = runTraining(c);
        QCOMPARE(straight.epochsDone, 4);

        c.outDir = m_tmp.filePath("runs/stopped");
        TrainControl control;
        const TrainResult first = runTraining(c, &control, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Epoch && e.epoch == 2)
                control.stop = true;
        });
        QVERIFY(first.stopped);
        QCOMPARE(first.epochsDone, 2);
        // The comparison below can tell runs apart: epoch 2 is not epoch 4.
        QVERIFY(maxWeightDifference(straight.runDir + "/checkpoints/last.pt", c.outDir + "/checkpoints/last.pt") > 0);
        const TrainResult second = resumeTraining(c.outDir);
        QVERIFY(!second.stopped);
        QCOMPARE(second.epochsDone, 4);
        const double diff = maxWeightDifference(straight.runDir + "/checkpoints/last.pt", c.outDir + "/checkpoints/last.pt");
        QCOMPARE(diff, 0.0);
        QCOMPARE(second.bestValAccuracy, straight.bestValAccuracy);
        // The resumed run's metrics list each epoch once.
        QFile m(c.outDir + "/metrics.csv");
        QVERIFY(m.open(QIODevice::ReadOnly));
        QCOMPARE(m.readAll().trimmed().split('\n').size(), 5);
    }

    void backboneLearningRateScale()
    {
        // Two parameter groups: with scale 0 a "full" epoch leaves the backbone exactly as the
        // frozen epoch left it while the head moves; with scale 1 both move. config.json records
        // the scale, and the model's default (1 for levi-hassner) when none is given.
        auto runWith = [&](double scale, const QString &name) {
            TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/" + name));
            c.stages = {{QStringLiteral("frozen"), 1}, {QStringLiteral("full"), 1}};
            c.backboneLrScale = scale;
            c.limitTrain = 48;
            c.limitVal = 16;
            const QString afterFrozen = m_tmp.filePath("runs/" + name + "-epoch1.pt");
            runTraining(c, nullptr, [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Epoch && e.epoch == 1)
                    QFile::copy(c.outDir + "/checkpoints/last.pt", afterFrozen);
            });
            QFile f(c.outDir + "/config.json");
            if (!f.open(QIODevice::ReadOnly))
                return std::make_tuple(-1.0, -1.0, QJsonValue());
            const QJsonValue recorded = QJsonDocument::fromJson(f.readAll()).object().value("backbone_lr_scale");
            return std::make_tuple(maxWeightDifference(afterFrozen, c.outDir + "/checkpoints/last.pt", "backbone."),
                                   maxWeightDifference(afterFrozen, c.outDir + "/checkpoints/last.pt", "head."), recorded);
        };
        const auto [frozenBackbone, frozenHead, zero] = runWith(0.0, "scale0");
        QCOMPARE(frozenBackbone, 0.0);
        QVERIFY(frozenHead > 0);
        QCOMPARE(zero.toDouble(-1), 0.0);
        const auto [movedBackbone, movedHead, one] = runWith(1.0, "scale1");
        QVERIFY(movedBackbone > 0);
        QVERIFY(movedHead > 0);
        QCOMPARE(one.toDouble(-1), 1.0);
        const auto [autoBackbone, autoHead, automatic] = runWith(-1.0, "scaleauto");
        QCOMPARE(automatic.toDouble(-1), defaultBackboneLrScale(QStringLiteral("levi-hassner")));
        QCOMPARE(automatic.toDouble(-1), 1.0);
        QCOMPARE(autoBackbone, movedBackbone); // the default is scale 1: the same run
        QCOMPARE(defaultBackboneLrScale(QStringLiteral("face-resnet")), 0.01);
        QFile log(m_tmp.filePath("runs/scale0/train.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("(x 0) for the backbone"));
    }

    void resumeIsExactWithTwoLearningRates()
    {
        // The optimizer state of both groups (and their rates) survives a stop and resume.
        TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/groups-straight"));
        c.stages = {{QStringLiteral("frozen"), 1}, {QStringLiteral("full"), 2}};
        c.backboneLrScale = 0.1;
        c.limitTrain = 64;
        c.limitVal = 16;
        const TrainResult straight = runTraining(c);
        c.outDir = m_tmp.filePath("runs/groups-stopped");
        TrainControl control;
        runTraining(c, &control, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Epoch && e.epoch == 2)
                control.stop = true;
        });
        QVERIFY(maxWeightDifference(straight.runDir + "/checkpoints/last.pt", c.outDir + "/checkpoints/last.pt") > 0);
        const TrainResult second = resumeTraining(c.outDir);
        QCOMPARE(second.epochsDone, 3);
        QCOMPARE(maxWeightDifference(straight.runDir + "/checkpoints/last.pt", c.outDir + "/checkpoints/last.pt"), 0.0);
    }

    void featureCacheEqualsUncached()
    {
        // Frozen convolutions, no augmentation: training the head on cached features must give
        // the same weights as running the backbone every batch (an unreadable image included).
        const QString withBad = makeDataset(m_tmp.filePath("cachedata"), 40, 12, false, true);
        TrainConfig c = tinyConfig(withBad, m_tmp.filePath("runs/uncached"));
        c.stages = {{QStringLiteral("frozen"), 2}, {QStringLiteral("full"), 1}};
        c.widthShift = c.heightShift = 0;
        c.horizontalFlip = false;
        const TrainResult plain = runTraining(c);
        c.cacheFeatures = true;
        c.outDir = m_tmp.filePath("runs/cached");
        const TrainResult cached = runTraining(c);
        QCOMPARE(cached.skippedImages, plain.skippedImages);
        const double diff = maxWeightDifference(plain.runDir + "/checkpoints/last.pt", cached.runDir + "/checkpoints/last.pt");
        qInfo("largest weight difference cached vs uncached: %g", diff);
        QVERIFY2(diff < 1e-5, qPrintable(QString::number(diff)));
        QFile log(cached.runDir + "/train.log");
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("cached backbone features"));
    }

    void pauseBlocksBetweenBatches()
    {
        TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/paused"));
        c.stages = {{QStringLiteral("full"), 1}};
        c.limitTrain = 48;
        TrainControl control;
        std::thread releaser;
        RunStatus whilePaused;
        QElapsedTimer pausedFor;
        int batchesWhilePaused = 0;
        qint64 secondBatchAfterMs = -1;
        const TrainResult r = runTraining(c, &control, [&](const TrainEvent &e) {
            if (e.kind != TrainEvent::Batch)
                return;
            if (control.pause)
                ++batchesWhilePaused;
            if (e.batch == 2)
                secondBatchAfterMs = pausedFor.elapsed(); // the trainer waited for the release
            if (e.batch == 1) {
                control.pause = true; // as the GUI does, from another thread in real use
                pausedFor.start();
                releaser = std::thread([&] {
                    QThread::msleep(400);
                    whilePaused = readRunStatus(c.outDir); // what another process sees meanwhile
                    control.pause = false;
                });
            }
        });
        releaser.join();
        QCOMPARE(r.epochsDone, 1);
        QVERIFY(!r.stopped);
        QCOMPARE(batchesWhilePaused, 0);
        QVERIFY2(secondBatchAfterMs >= 400, qPrintable(QString::number(secondBatchAfterMs)));
        QFile log(r.runDir + "/train.log");
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("paused") && text.contains("resumed"));
        QCOMPARE(whilePaused.state, RunState::Paused);
        QVERIFY(!whilePaused.stale);
        QCOMPARE(readRunStatus(c.outDir).state, RunState::Finished);
    }

    void stopMidEpochResumesFromCheckpoint()
    {
        TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/midstop"));
        c.stages = {{QStringLiteral("full"), 2}};
        TrainControl control;
        const TrainResult r = runTraining(c, &control, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Batch && e.epoch == 2 && e.batch == 3)
                control.stop = true;
        });
        QVERIFY(r.stopped);
        QCOMPARE(r.epochsDone, 1);
        QCOMPARE(readCheckpoint(c.outDir + "/checkpoints/last.pt").epoch, 1);
        const RunStatus stopped = readRunStatus(c.outDir);
        QCOMPARE(stopped.state, RunState::Stopped);
        QCOMPARE(stopped.epoch, 1);
        QCOMPARE(stopped.totalEpochs, 2);
        QCOMPARE(stopped.resumeFrom, QStringLiteral("checkpoints/last.pt"));
        QCOMPARE(resumeTraining(c.outDir).epochsDone, 2);
        const RunStatus finished = readRunStatus(c.outDir);
        QCOMPARE(finished.state, RunState::Finished);
        QCOMPARE(finished.epoch, 2);
    }

    // A run folder is trained by one process at a time (RUN/run.lock): a second trainer is refused
    // with a message naming the holder and changes nothing; a lock left by a dead process is taken over.
    void secondTrainerIsRefused()
    {
        TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/locked"));
        c.stages = {{QStringLiteral("full"), 2}};
        TrainControl control;
        const TrainResult r = runTraining(c, &control, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Epoch && e.epoch == 1)
                control.stop = true;
        });
        QVERIFY(r.stopped);
        QVERIFY(!QFileInfo::exists(c.outDir + "/run.lock")); // released when the trainer ends
        QFile metrics(c.outDir + "/metrics.csv");
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QByteArray before = metrics.readAll();
        metrics.close();
        {
            QLockFile other(c.outDir + "/run.lock"); // another trainer, alive (this process)
            QVERIFY(other.tryLock(0));
            QString message;
            try {
                resumeTraining(c.outDir);
            } catch (const Error &e) {
                message = e.message();
            }
            QVERIFY2(message.contains(QStringLiteral("being trained by another process")) && message.contains(c.outDir),
                     qPrintable(message));
            QVERIFY(metrics.open(QIODevice::ReadOnly));
            QCOMPARE(metrics.readAll(), before);
            metrics.close();
            QCOMPARE(readRunStatus(c.outDir).state, RunState::Stopped);
        }
        // A lock whose process is gone (a crashed trainer) does not block the resume.
        QFile stale(c.outDir + "/run.lock");
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("4194303\nmaskbench-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        QCOMPARE(resumeTraining(c.outDir).epochsDone, 2);
        QVERIFY(!QFileInfo::exists(c.outDir + "/run.lock"));
    }

    // The run record (run_record.h): a run that fails after starting reads back as failed with
    // the message; one whose writer died (no heartbeat) reads back as stale; the follower's batch
    // means are exactly the live events' values, so a reopened run draws the live curves.
    void runRecordStatesAndCurves()
    {
        // Failed: every training image is unreadable, found out during the first epoch.
        const QString dir = m_tmp.filePath("broken-data");
        QVERIFY(QDir().mkpath(dir + "/img"));
        QFile f(dir + "/split.csv");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("path,label,split\n");
        for (int i = 0; i < 4; ++i) {
            QFile bad(dir + QStringLiteral("/img/bad%1.png").arg(i));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("not an image");
            f.write(QStringLiteral("img/bad%1.png,%2,train\n").arg(i).arg(i % 2 ? "vertical" : "horizontal").toUtf8());
        }
        writeStripes(dir + "/img/val.png", true, 3);
        f.write("img/val.png,vertical,val\n");
        f.close();
        TrainConfig failing = tinyConfig(dir + "/split.csv", m_tmp.filePath("runs/failing"));
        try {
            runTraining(failing);
            QFAIL("a run without a readable training image trained");
        } catch (const Error &e) {
            const RunStatus s = readRunStatus(failing.outDir);
            QCOMPARE(s.state, RunState::Failed);
            QCOMPARE(s.message, e.message());
            QCOMPARE(s.epoch, 0);
            QVERIFY(s.resumeFrom.isEmpty()); // no checkpoint: a resume restarts from epoch 1
        }

        // Live vs reopened.
        TrainConfig c = tinyConfig(m_manifest, m_tmp.filePath("runs/record"));
        c.stages = {{QStringLiteral("full"), 2}};
        c.limitTrain = 64;
        std::vector<TrainEvent> live;
        runTraining(c, nullptr, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Batch)
                live.push_back(e);
        });
        RunFollower follower(c.outDir);
        const RunFollower::Update u = follower.poll();
        QCOMPARE(u.batches.size(), live.size());
        for (size_t i = 0; i < live.size(); ++i) {
            QCOMPARE(u.batches[i].epoch, live[i].epoch);
            QCOMPARE(u.batches[i].batch, live[i].batch);
            QCOMPARE(u.batches[i].lossMean, live[i].loss); // exact: JSON keeps every double bit
            QCOMPARE(u.batches[i].accuracyMean, live[i].accuracy);
        }
        QCOMPARE(u.epochs.size(), size_t(2));
        QCOMPARE(readRunMetrics(c.outDir).rows.back().valAccuracy, u.epochs.back().valAccuracy);
        QVERIFY(follower.poll().empty()); // nothing new

        // A writer that died: running, last heartbeat long ago.
        RunStatus dead = readRunStatus(c.outDir);
        dead.state = RunState::Running;
        QJsonObject o = dead.toJson();
        o.insert(QStringLiteral("updated"), QDateTime::currentDateTimeUtc().addSecs(-kStaleSeconds - 5).toString(Qt::ISODateWithMs));
        QFile status(c.outDir + "/status.json");
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.write(QJsonDocument(o).toJson());
        status.close();
        const RunStatus stale = readRunStatus(c.outDir);
        QCOMPARE(stale.state, RunState::Running);
        QVERIFY(stale.stale);
    }

    void checkpointSurvivesKill()
    {
        const QString runDir = m_tmp.filePath("runs/killed");
        const QString last = runDir + "/checkpoints/last.pt";
        QRandomGenerator rng(12345);
        const QString small = makeDataset(m_tmp.filePath("small"), 16, 4);
        int checked = 0, tornWrites = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {"--writer", small, runDir});
            QVERIFY(child.waitForStarted());
            // Kill the child while it writes a checkpoint: poll for its temporary file (a 78 MB
            // write plus fsync takes far longer than the poll interval), then kill at once or a
            // few milliseconds later. Round one first lets a complete last.pt appear.
            const QDir ckpt(runDir + "/checkpoints");
            bool sawWrite = false;
            for (int i = 0; i < 60000 && !sawWrite; ++i) {
                sawWrite = QFile::exists(last) && !ckpt.entryList({"*.tmp-*"}, QDir::Files).isEmpty();
                if (!sawWrite)
                    QThread::usleep(1000);
            }
            QVERIFY2(sawWrite, "the writer never wrote a checkpoint");
            QThread::usleep(rng.bounded(20000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            tornWrites += !QDir(runDir + "/checkpoints").entryList({"*.tmp-*"}, QDir::Files).isEmpty();
            const CheckpointInfo info = readCheckpoint(last);
            QVERIFY(info.epoch >= 1);
            ++checked;
        }
        qInfo("%d of %d kills interrupted a checkpoint write; last.pt loaded every time", tornWrites, checked);
        QVERIFY2(tornWrites >= 3, "too few kills landed inside a checkpoint write");
        // A torn file (what a non-atomic write would leave) is reported, not loaded.
        QFile full(last);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        QFile torn(m_tmp.filePath("torn.pt"));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        torn.write(bytes.left(bytes.size() / 2));
        torn.close();
        QVERIFY_THROWS_EXCEPTION(Error, readCheckpoint(torn.fileName()));
    }

    void cli()
    {
        const QString cli = qEnvironmentVariable("MASKBENCH_CLI");
        QVERIFY2(!cli.isEmpty(), "MASKBENCH_CLI is not set (run through ctest)");
        QProcess p;
        p.start(cli, {"train", "--summary", "--model", "resnet50v2", "--stages", "frozen:1,finetune:1"});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("policy frozen") && out.contains("policy finetune"), qPrintable(out));
        const QString runDir = m_tmp.filePath("runs/cli");
        p.start(cli, {"train", "--data", m_manifest, "--model", "levi", "--input-size", "48", "--hidden", "64",
                      "--epochs", "1", "--batch", "16", "--optimizer", "adam", "--lr", "1e-3", "--out", runDir});
        QVERIFY(p.waitForFinished(120000));
        const QString trainOut = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(trainOut + p.readAllStandardError()));
        QVERIFY2(trainOut.contains("epoch 1/1") && trainOut.contains("finished after 1 epoch"), qPrintable(trainOut));
        QVERIFY(QFile::exists(runDir + "/checkpoints/last.pt"));
        p.start(cli, {"train", "--data", m_manifest, "--model", "vgg", "--out", runDir + "2"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Unknown model"));
    }

    void badInput()
    {
        // A single class.
        const QString one = makeDataset(m_tmp.filePath("one"), 8, 4, true);
        QVERIFY_THROWS_EXCEPTION(Error, runTraining(tinyConfig(one, m_tmp.filePath("runs/one"))));
        // No validation split.
        const QString noVal = makeDataset(m_tmp.filePath("noval"), 8, 0);
        QVERIFY_THROWS_EXCEPTION(Error, runTraining(tinyConfig(noVal, m_tmp.filePath("runs/noval"))));
        // Unreadable image in training: skipped, counted, listed; batch larger than the data.
        const QString withBad = makeDataset(m_tmp.filePath("bad"), 8, 4, false, true);
        TrainConfig c = tinyConfig(withBad, m_tmp.filePath("runs/bad"));
        c.stages = {{QStringLiteral("full"), 1}};
        c.batchSize = 64;
        const TrainResult r = runTraining(c);
        QCOMPARE(r.skippedImages, qint64(1));
        QVERIFY(r.skipped.first().endsWith("corrupt.png"));
        // NaN loss stops with a clear message.
        c.outDir = m_tmp.filePath("runs/nan");
        c.scale = std::nan("");
        try {
            runTraining(c);
            QFAIL("NaN loss did not stop the run");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("NaN"), qPrintable(e.message()));
        }
        // Unwritable run folder.
        c.scale = 1.0 / 255;
        c.outDir = QStringLiteral("/proc/maskbench-run");
        QVERIFY_THROWS_EXCEPTION(Error, runTraining(c));
        // Resume: damaged checkpoint, then a checkpoint that does not match the config's model.
        const QString runDir = m_tmp.filePath("runs/bad");
        QVERIFY(QFile::copy(runDir + "/checkpoints/last.pt", m_tmp.filePath("good.pt")));
        QFile ck(runDir + "/checkpoints/last.pt");
        QVERIFY(ck.open(QIODevice::ReadWrite));
        ck.resize(ck.size() / 3);
        ck.close();
        try {
            resumeTraining(runDir);
            QFAIL("a damaged checkpoint was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("damaged"), qPrintable(e.message()));
        }
        QFile::remove(runDir + "/checkpoints/last.pt");
        QVERIFY(QFile::copy(m_tmp.filePath("good.pt"), runDir + "/checkpoints/last.pt"));
        QFile cfg(runDir + "/config.json");
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QByteArray json = cfg.readAll();
        cfg.close();
        json.replace("\"hidden_units\": 64", "\"hidden_units\": 32");
        QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cfg.write(json);
        cfg.close();
        QVERIFY_THROWS_EXCEPTION(Error, resumeTraining(runDir));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0)
        return writerMain(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestTraining t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_training.moc"
