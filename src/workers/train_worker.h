#pragma once
// Runs core's runTraining / resumeTraining off the UI thread (STYLE rule 4): a TrainWorker lives
// on TrainJob's QThread and is started by a queued call; it deletes itself when done. The epoch
// loop keeps that thread's event loop busy, so pause and stop are TrainControl's atomic flags,
// set directly from the UI thread. Batch events are throttled to at most ~10 a second (the last
// batch of an epoch always passes); epoch, stage and log events are always delivered (rule 6).
// Every exception becomes failed(QString) (rule 7). Destroying a running TrainJob stops the run
// after the current batch and waits for the thread.

#include "core/train/trainer.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <memory>

namespace maskbench {

class TrainWorker : public QObject
{
    Q_OBJECT
public:
    // Empty resumeDir: a new run with config; otherwise continue the run in resumeDir.
    TrainWorker(TrainConfig config, QString resumeDir, std::shared_ptr<TrainControl> control,
                int maxBatchEventsPerSecond = 10);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void event(const maskbench::TrainEvent &event);
    void succeeded(const maskbench::TrainResult &result);
    void failed(const QString &message);
    void finished(); // after succeeded or failed

private:
    TrainConfig m_config;
    QString m_resumeDir;
    std::shared_ptr<TrainControl> m_control;
    int m_minBatchIntervalMs;
};

class TrainJob : public QObject
{
    Q_OBJECT
public:
    explicit TrainJob(QObject *parent = nullptr);
    ~TrainJob() override;

    // Both return false (and do nothing) while a run is going.
    bool start(const TrainConfig &config);
    bool resume(const QString &runDir);
    void pause();
    void unpause();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_running && m_control && m_control->pause.load(); }

Q_SIGNALS:
    void event(const maskbench::TrainEvent &event);
    void succeeded(const maskbench::TrainResult &result);
    void failed(const QString &message);
    void finished();

private:
    bool launch(const TrainConfig &config, const QString &resumeDir);

    QThread m_thread;
    std::shared_ptr<TrainControl> m_control;
    bool m_running = false;
};

} // namespace maskbench

Q_DECLARE_METATYPE(maskbench::TrainEvent)
Q_DECLARE_METATYPE(maskbench::TrainResult)
