#include "workers/augment_job.h"

namespace maskbench {

AugmentJob::AugmentJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::Progress>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<AugmentJobResult>::finished, this, &AugmentJob::onFinished);
    connect(&m_watcher, &QFutureWatcher<AugmentJobResult>::progressValueChanged, this,
            [this] { Q_EMIT progress(m_progress.latest()); });
}

AugmentJob::~AugmentJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

// Running until the outcome is delivered (see FaceModelsJob::isRunning): the future ends on the
// worker a moment before the watcher's finished() reaches this thread.
bool AugmentJob::isRunning() const { return m_running; }

void AugmentJob::cancel()
{
    if (isRunning())
        m_watcher.future().cancel();
}

void AugmentJob::start(const AugmentOptions &options)
{
    if (isRunning())
        return;
    m_running = true;
    m_watcher.setFuture(runThrottled<AugmentJobResult>(m_pool, m_progress, [options](const ProgressCallback &cb) {
        AugmentJobResult result;
        result.summary = std::make_shared<AugmentSummary>(runAugment(options, cb));
        return result;
    }));
}

void AugmentJob::onFinished()
{
    m_running = false;
    const QFuture<AugmentJobResult> f = m_watcher.future();
    if (f.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const AugmentJobResult r = f.result();
    if (r.cancelled)
        Q_EMIT cancelled();
    else if (!r.error.isEmpty())
        Q_EMIT failed(r.error);
    else
        Q_EMIT finished(r.summary);
}

} // namespace maskbench
