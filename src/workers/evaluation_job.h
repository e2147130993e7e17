#pragma once
// Opens a predictions.csv and evaluates it off the UI thread, and recomputes the threshold-
// dependent part of an evaluation (matrix, per-class report, errors, one slice table) when the
// user moves the threshold of a binary model. QtConcurrent on a dedicated one-thread pool watched
// by a QFutureWatcher, like DatasetJob (STYLE rule 5). Results arrive as signals on the thread that
// owns the job; every exception becomes failed(QString) (rule 7).
//
// Views are coalesced: a view requested while another task runs replaces any view still waiting
// and starts when the running task ends, so a slider dragged across a large table costs at most
// one computation behind the user. An open() waiting likewise replaces a waiting view. Each request
// carries a serial number; viewReady() reports it so the caller can drop results it no longer
// wants. Destroying a running job waits for the worker to stop.

#include "core/eval/evaluation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace maskbench {

// The part of an evaluation that depends on the threshold. With no threshold the table's own
// predicted column is used.
struct EvaluationView
{
    std::shared_ptr<const PredictionTable> table; // predictions as shown (threshold applied)
    std::optional<double> threshold;
    ClassificationReport report;
    std::vector<Misclassified> errors; // most confident first (core's order)
    SliceTable slice;                  // attribute empty when none was asked for
    quint64 serial = 0;
};

// Pure and thread-safe: the panel calls it directly on small tables, the job on large ones.
// Throws Error (a threshold on a table that is not binary, an unknown slice attribute).
EvaluationView evaluationView(const PredictionTable &base, std::optional<double> threshold, const QString &sliceAttribute);

class EvaluationJob : public QObject
{
    Q_OBJECT
public:
    explicit EvaluationJob(QObject *parent = nullptr);
    ~EvaluationJob() override;

    // Reads and evaluates the file; opened() carries the evaluation of the file's own predictions
    // (slices by `sliceAttribute` when the table has it, else by the first of core's
    // defaultSliceAttributes(), else none).
    void open(const QString &path, const QString &sliceAttribute = QString());
    // Returns the request's serial number.
    quint64 requestView(std::shared_ptr<const PredictionTable> base, std::optional<double> threshold, const QString &sliceAttribute);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void opened(std::shared_ptr<const maskbench::Evaluation> evaluation, const maskbench::EvaluationView &view);
    void viewReady(const maskbench::EvaluationView &view);
    void failed(const QString &message);
    void cancelled();

private:
    struct Result
    {
        std::shared_ptr<const Evaluation> evaluation; // set by open
        EvaluationView view;
        QString error;
    };
    using Task = std::function<Result()>;
    void run(Task task);
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<Result> m_watcher;
    bool m_running = false;
    Task m_waiting; // the next task, started when the running one ends
    quint64 m_serial = 0;
};

} // namespace maskbench

Q_DECLARE_METATYPE(maskbench::EvaluationView)
Q_DECLARE_METATYPE(std::shared_ptr<const maskbench::Evaluation>)
