#pragma once
// Evaluates a run off the UI thread (core's evaluateRun: inference over a split, then the
// evaluation folder's files): QtConcurrent on a dedicated one-thread pool,
// watched by a QFutureWatcher (STYLE rule 5), progress with ETA throttled to about ten updates a
// second (rule 6), every exception turned into failed() (rule 7). Cancel takes effect at the next
// batch; nothing is written then. Destroying a running job cancels it and waits.

#include "core/common/progress.h"
#include "workers/dataset_job.h" // Progress metatype
#include "core/eval/run_evaluation.h"
#include "workers/throttled_task.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace maskbench {

struct EvaluateRunJobResult
{
    std::shared_ptr<const RunEvaluation> evaluation;
    QString error;
    bool cancelled = false;
};

class EvaluateRunJob : public QObject
{
    Q_OBJECT
public:
    explicit EvaluateRunJob(QObject *parent = nullptr);
    ~EvaluateRunJob() override;

    void start(const RunEvaluationRequest &request);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const maskbench::Progress &progress);
    void finished(std::shared_ptr<const maskbench::RunEvaluation> evaluation);
    void failed(const QString &message);
    void cancelled();

private:
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<EvaluateRunJobResult> m_watcher;
    bool m_running = false;
    ProgressMailbox m_progress;
};

} // namespace maskbench
