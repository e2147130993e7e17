#include "augment_job.h"

#include "worker_errors.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>


namespace maskbench {

AugmentJob::AugmentJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::Progress>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<AugmentJobResult>::finished, this, &AugmentJob::onFinished);
    connect(&m_watcher, &QFutureWatcher<AugmentJobResult>::progressValueChanged, this, [this] {
        Progress p;
        {
            QMutexLocker lock(&m_mutex);
            p = m_latest;
        }
        Q_EMIT progress(p);
    });
}

AugmentJob::~AugmentJob()
{
    if (isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

bool AugmentJob::isRunning() const { return m_watcher.isRunning(); }

void AugmentJob::cancel()
{
    if (isRunning())
        m_watcher.future().cancel();
}

void AugmentJob::start(const AugmentOptions &options)
{
    if (isRunning())
        return;
    auto future = QtConcurrent::run(&m_pool, [this, options](QPromise<AugmentJobResult> &promise) {
        AugmentJobResult result;
        QElapsedTimer throttle;
        throttle.start();
        int tick = 0;
        promise.setProgressRange(0, 1 << 30);
        // parallelFor calls this from the job's own thread only, so the throttle needs no lock.
        const ProgressCallback cb = [&](const Progress &p) {
            if (promise.isCanceled())
                return false;
            if (throttle.elapsed() >= 100 || (p.total > 0 && p.done == p.total)) {
                throttle.restart();
                {
                    QMutexLocker lock(&m_mutex);
                    m_latest = p;
                }
                promise.setProgressValue(++tick);
            }
            return true;
        };
        try {
            result.summary = std::make_shared<AugmentSummary>(runAugment(options, cb));
        } catch (const Cancelled &) {
            result.cancelled = true;
        } catch (...) {
            result.error = currentExceptionMessage();
        }
        promise.addResult(std::move(result));
    });
    m_watcher.setFuture(future);
}

void AugmentJob::onFinished()
{
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
