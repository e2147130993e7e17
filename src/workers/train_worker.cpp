#include "workers/train_worker.h"

#include "core/common/error.h"

#include <QElapsedTimer>

#include <exception>

namespace maskbench {

TrainWorker::TrainWorker(TrainConfig config, QString resumeDir, std::shared_ptr<TrainControl> control,
                         int maxBatchEventsPerSecond)
    : m_config(std::move(config)), m_resumeDir(std::move(resumeDir)), m_control(std::move(control)),
      m_minBatchIntervalMs(maxBatchEventsPerSecond > 0 ? 1000 / maxBatchEventsPerSecond : 0)
{
}

void TrainWorker::run()
{
    // Runs on the job's thread; signals cross to the owner's thread as queued copies of small
    // value types (no tensors).
    QElapsedTimer throttle;
    bool anyBatch = false;
    const TrainCallback callback = [&](const TrainEvent &e) {
        if (e.kind == TrainEvent::Batch) {
            const bool lastOfEpoch = e.batch >= e.batches;
            if (anyBatch && !lastOfEpoch && throttle.elapsed() < m_minBatchIntervalMs)
                return;
            anyBatch = true;
            throttle.restart();
        }
        Q_EMIT event(e);
    };
    try {
        const TrainResult r = m_resumeDir.isEmpty() ? runTraining(m_config, m_control.get(), callback)
                                                    : resumeTraining(m_resumeDir, m_control.get(), callback);
        Q_EMIT succeeded(r);
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
    } catch (const std::exception &e) {
        // c10::Error derives from std::exception; its what() carries the cause and a backtrace.
        const QString what = QString::fromLocal8Bit(e.what());
        Q_EMIT failed(tr("Training failed: %1").arg(what.section(QLatin1Char('\n'), 0, 2)));
    } catch (...) {
        Q_EMIT failed(tr("Training failed with an unknown error"));
    }
    Q_EMIT finished();
}

TrainJob::TrainJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::TrainEvent>();
    qRegisterMetaType<maskbench::TrainResult>();
    m_thread.setObjectName(QStringLiteral("maskbench-train"));
}

TrainJob::~TrainJob()
{
    if (m_control) {
        m_control->pause.store(false);
        m_control->stop.store(true);
    }
    m_thread.quit();
    m_thread.wait();
}

bool TrainJob::start(const TrainConfig &config) { return launch(config, QString()); }

bool TrainJob::resume(const QString &runDir) { return launch(TrainConfig(), runDir); }

bool TrainJob::launch(const TrainConfig &config, const QString &resumeDir)
{
    if (m_running)
        return false;
    if (!m_thread.isRunning())
        m_thread.start();
    m_control = std::make_shared<TrainControl>();
    auto *worker = new TrainWorker(config, resumeDir, m_control);
    worker->moveToThread(&m_thread);
    connect(worker, &TrainWorker::event, this, &TrainJob::event);
    // The worker emits exactly one of succeeded / failed; the job is idle again before either
    // reaches the owner, so its slots may start the next run or query isRunning().
    connect(worker, &TrainWorker::succeeded, this, [this](const TrainResult &r) {
        m_running = false;
        Q_EMIT succeeded(r);
    });
    connect(worker, &TrainWorker::failed, this, [this](const QString &message) {
        m_running = false;
        Q_EMIT failed(message);
    });
    connect(worker, &TrainWorker::finished, this, &TrainJob::finished);
    connect(worker, &TrainWorker::finished, worker, &QObject::deleteLater);
    m_running = true;
    QMetaObject::invokeMethod(worker, &TrainWorker::run, Qt::QueuedConnection);
    return true;
}

void TrainJob::pause()
{
    if (m_control)
        m_control->pause.store(true);
}

void TrainJob::unpause()
{
    if (m_control)
        m_control->pause.store(false);
}

void TrainJob::stop()
{
    if (m_control) {
        m_control->stop.store(true);
        m_control->pause.store(false);
    }
}

} // namespace maskbench
