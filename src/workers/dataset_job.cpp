#include "dataset_job.h"

#include "common/error.h"
#include "dataset/manifest.h"
#include "worker_errors.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

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
    if (isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

bool DatasetJob::isRunning() const { return m_watcher.isRunning(); }

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
        auto split = std::make_shared<Dataset>(splitDataset(*dataset, options, nullptr, cb));
        writeManifest(*split, manifestPath);
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
    auto future = QtConcurrent::run(&m_pool, [this, task = std::move(task)](QPromise<DatasetJobResult> &promise) {
        DatasetJobResult result;
        QElapsedTimer throttle;
        throttle.start();
        int tick = 0;
        promise.setProgressRange(0, 1 << 30);
        ProgressCallback cb = [&](const Progress &p) {
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
        // Every exception ends here as a message: one escaping a worker would end the program.
        try {
            result = task(cb);
        } catch (const Cancelled &) {
            result.cancelled = true;
        } catch (...) {
            result.error = currentExceptionMessage();
        }
        promise.addResult(std::move(result));
    });
    m_watcher.setFuture(future);
}

void DatasetJob::onProgressSignal()
{
    Progress p;
    {
        QMutexLocker lock(&m_mutex);
        p = m_latest;
    }
    Q_EMIT progress(p);
}

void DatasetJob::onFinished()
{
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
