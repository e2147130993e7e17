#include "workers/dataset_job.h"

#include "core/common/error.h"
#include "core/dataset/manifest.h"

namespace maskbench {

DatasetJob::DatasetJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::Progress>();
    m_pool.setMaxThreadCount(1); // the job itself fans out through core's parallelFor
    connect(&m_watcher, &QFutureWatcher<DatasetJobResult>::finished, this, &DatasetJob::onFinished);
    connect(&m_watcher, &QFutureWatcher<DatasetJobResult>::progressValueChanged, this, &DatasetJob::onProgressSignal);
}

DatasetJob::~DatasetJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

// Running until the outcome is delivered (see FaceModelsJob::isRunning): the future ends on the
// worker a moment before the watcher's finished() reaches this thread.
bool DatasetJob::isRunning() const { return m_running; }

void DatasetJob::cancel()
{
    if (isRunning())
        m_watcher.future().cancel();
}

void DatasetJob::start(const QString &source, const LoadOptions &options, bool audit)
{
    run([source, options, audit](const ProgressCallback &cb) {
        DatasetJobResult result;
        auto ds = std::make_shared<Dataset>(loadDataset(source, options, cb));
        if (audit && ds->hasSplits())
            result.audit = std::make_shared<LeakageReport>(auditLeakage(*ds, cb));
        result.dataset = std::move(ds);
        return result;
    });
}

void DatasetJob::startSplit(std::shared_ptr<const Dataset> dataset, const SplitOptions &options, const QString &manifestPath)
{
    run([dataset, options, manifestPath](const ProgressCallback &cb) {
        DatasetJobResult result;
        SplitSummary summary;
        auto split = std::make_shared<Dataset>(splitDataset(*dataset, options, &summary, cb));
        writeManifest(*split, manifestPath);
        writeSplitRecord(manifestPath, dataset->source, options, summary, qint64(split->items.size()));
        split->source = manifestPath;
        result.audit = std::make_shared<LeakageReport>(auditLeakage(*split, cb));
        result.dataset = std::move(split);
        return result;
    });
}

void DatasetJob::run(Task task)
{
    if (isRunning())
        return;
    m_running = true;
    m_watcher.setFuture(runThrottled<DatasetJobResult>(m_pool, m_progress, std::move(task)));
}

void DatasetJob::onProgressSignal()
{
    Q_EMIT progress(m_progress.latest());
}

void DatasetJob::onFinished()
{
    m_running = false;
    const QFuture<DatasetJobResult> f = m_watcher.future();
    if (f.isCanceled() && f.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const DatasetJobResult r = f.result();
    if (r.cancelled)
        Q_EMIT cancelled();
    else if (!r.error.isEmpty())
        Q_EMIT failed(r.error);
    else
        Q_EMIT loaded(r.dataset, r.audit);
}

} // namespace maskbench
