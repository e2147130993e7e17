#include "workers/face_models_job.h"

namespace maskbench {

FaceModelsJob::FaceModelsJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::Progress>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<FaceModelsJobResult>::finished, this, &FaceModelsJob::onFinished);
    connect(&m_watcher, &QFutureWatcher<FaceModelsJobResult>::progressValueChanged, this,
            [this] { Q_EMIT progress(m_progress.latest()); });
}

FaceModelsJob::~FaceModelsJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

// Running until the outcome is delivered: the future itself ends on the worker thread a moment
// before its watcher's finished() reaches this thread, and a caller that saw "not running" in that
// gap would find no outcome yet.
bool FaceModelsJob::isRunning() const { return m_running; }

void FaceModelsJob::cancel()
{
    if (m_running)
        m_watcher.future().cancel();
}

void FaceModelsJob::start(const MaskedFaceTrainingOptions &options)
{
    if (isRunning())
        return;
    m_running = true;
    m_watcher.setFuture(runThrottled<FaceModelsJobResult>(m_pool, m_progress, [options](const ProgressCallback &cb) {
        FaceModelsJobResult result;
        result.result = std::make_shared<MaskedFaceTrainingResult>(trainMaskedFaceModels(options, cb));
        return result;
    }));
}

void FaceModelsJob::onFinished()
{
    m_running = false;
    const QFuture<FaceModelsJobResult> f = m_watcher.future();
    if (f.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const FaceModelsJobResult r = f.result();
    if (r.cancelled)
        Q_EMIT cancelled();
    else if (!r.error.isEmpty())
        Q_EMIT failed(r.error);
    else
        Q_EMIT finished(r.result);
}

} // namespace maskbench
