#include "workers/evaluate_run_job.h"

namespace maskbench {

EvaluateRunJob::EvaluateRunJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::Progress>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<EvaluateRunJobResult>::finished, this, &EvaluateRunJob::onFinished);
    connect(&m_watcher, &QFutureWatcher<EvaluateRunJobResult>::progressValueChanged, this,
            [this] { Q_EMIT progress(m_progress.latest()); });
}

EvaluateRunJob::~EvaluateRunJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

// Running until the outcome is delivered (see FaceModelsJob::isRunning).
bool EvaluateRunJob::isRunning() const { return m_running; }

void EvaluateRunJob::cancel()
{
    if (m_running)
        m_watcher.future().cancel();
}

void EvaluateRunJob::start(const RunEvaluationRequest &request)
{
    if (isRunning())
        return;
    m_running = true;
    m_watcher.setFuture(runThrottled<EvaluateRunJobResult>(m_pool, m_progress, [request](const ProgressCallback &cb) {
        EvaluateRunJobResult result;
        result.evaluation = std::make_shared<RunEvaluation>(evaluateRun(request, cb));
        return result;
    }));
}

void EvaluateRunJob::onFinished()
{
    m_running = false;
    const QFuture<EvaluateRunJobResult> f = m_watcher.future();
    if (f.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const EvaluateRunJobResult r = f.result();
    if (r.cancelled)
        Q_EMIT cancelled();
    else if (!r.error.isEmpty())
        Q_EMIT failed(r.error);
    else
        Q_EMIT finished(r.evaluation);
}

} // namespace maskbench
