#pragma once
// Loads (and optionally splits and audits) a dataset off the UI thread: QtConcurrent on a
// dedicated QThreadPool, watched by a QFutureWatcher (STYLE rule 5). Signals arrive on the
// thread that owns the job. Progress is throttled to about 10 updates a second (rule 6).
// Destroying a running job cancels it and waits for the worker to stop.

#include "core/common/progress.h"
#include "core/dataset/audit.h"
#include "core/dataset/dataset.h"
#include "core/dataset/splitter.h"
#include "workers/throttled_task.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace maskbench {

struct DatasetJobResult
{
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const LeakageReport> audit; // set when the dataset has splits
    QString error;   // non-empty on failure
    bool cancelled = false;
};

class DatasetJob : public QObject
{
    Q_OBJECT
public:
    explicit DatasetJob(QObject *parent = nullptr);
    ~DatasetJob() override;

    void start(const QString &source, const LoadOptions &options, bool audit = true);
    // Splits an already loaded dataset, writes the manifest to manifestPath, audits the result;
    // loaded() then carries the split dataset and its audit.
    void startSplit(std::shared_ptr<const Dataset> dataset, const SplitOptions &options, const QString &manifestPath);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const maskbench::Progress &progress);
    void loaded(std::shared_ptr<const maskbench::Dataset> dataset,
                std::shared_ptr<const maskbench::LeakageReport> audit);
    void failed(const QString &message);
    void cancelled();

private:
    using Task = std::function<DatasetJobResult(const ProgressCallback &)>;
    void run(Task task);
    void onFinished();
    void onProgressSignal();

    QThreadPool m_pool;
    QFutureWatcher<DatasetJobResult> m_watcher;
    bool m_running = false;
    ProgressMailbox m_progress;
};

} // namespace maskbench

Q_DECLARE_METATYPE(maskbench::Progress)
