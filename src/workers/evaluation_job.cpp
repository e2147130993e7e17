#include "workers/evaluation_job.h"

#include "workers/worker_errors.h"

#include <QtConcurrent/QtConcurrentRun>

namespace maskbench {

EvaluationView evaluationView(const PredictionTable &base, std::optional<double> threshold, const QString &sliceAttribute)
{
    EvaluationView v;
    v.threshold = threshold;
    v.table = threshold ? std::make_shared<const PredictionTable>(applyThreshold(base, *threshold))
                        : std::make_shared<const PredictionTable>(base);
    v.report = classificationReport(*v.table);
    v.errors = misclassified(*v.table);
    if (!sliceAttribute.isEmpty())
        v.slice = sliceBy(*v.table, sliceAttribute);
    return v;
}

EvaluationJob::EvaluationJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::EvaluationView>();
    qRegisterMetaType<std::shared_ptr<const maskbench::Evaluation>>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &EvaluationJob::onFinished);
}

EvaluationJob::~EvaluationJob()
{
    m_waiting = nullptr;
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

// Running until the outcome is delivered (see FaceModelsJob::isRunning): the future ends on the
// worker a moment before the watcher's finished() reaches this thread.
bool EvaluationJob::isRunning() const { return m_running; }

void EvaluationJob::cancel()
{
    m_waiting = nullptr;
    if (isRunning())
        m_watcher.future().cancel();
}

void EvaluationJob::open(const QString &path, const QString &sliceAttribute)
{
    const quint64 serial = ++m_serial;
    run([path, sliceAttribute, serial] {
        Result r;
        auto table = readPredictions(path);
        EvaluationOptions options;
        QString slice = sliceAttribute;
        if (slice.isEmpty() || table.attributeIndex(slice) < 0)
            slice = defaultSliceAttributes(table).value(0); // core's rule; none: no slice table
        auto evaluation = std::make_shared<Evaluation>(evaluatePredictions(table, options));
        r.view = evaluationView(evaluation->table, std::nullopt, slice);
        r.view.serial = serial;
        r.evaluation = std::move(evaluation);
        return r;
    });
}

quint64 EvaluationJob::requestView(std::shared_ptr<const PredictionTable> base, std::optional<double> threshold, const QString &sliceAttribute)
{
    const quint64 serial = ++m_serial;
    run([base = std::move(base), threshold, sliceAttribute, serial] {
        Result r;
        r.view = evaluationView(*base, threshold, sliceAttribute);
        r.view.serial = serial;
        return r;
    });
    return serial;
}

void EvaluationJob::run(Task task)
{
    if (isRunning()) {
        m_waiting = std::move(task);
        return;
    }
    auto future = QtConcurrent::run(&m_pool, [task = std::move(task)](QPromise<Result> &promise) {
        Result result;
        // Every exception ends here as a message: one escaping a worker would end the program.
        try {
            result = task();
        } catch (...) {
            result.error = currentExceptionMessage();
        }
        if (!promise.isCanceled())
            promise.addResult(std::move(result));
    });
    m_running = true;
    m_watcher.setFuture(future);
}

void EvaluationJob::onFinished()
{
    m_running = false;
    const QFuture<Result> f = m_watcher.future();
    Task next = std::move(m_waiting);
    m_waiting = nullptr;
    if (f.isCanceled() || f.resultCount() == 0) {
        Q_EMIT cancelled();
    } else {
        const Result r = f.result();
        if (!r.error.isEmpty())
            Q_EMIT failed(r.error);
        else if (r.evaluation)
            Q_EMIT opened(r.evaluation, r.view);
        else
            Q_EMIT viewReady(r.view);
    }
    if (next)
        run(std::move(next));
}

} // namespace maskbench
