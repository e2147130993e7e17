#pragma once
// The body that the progress-reporting jobs (DatasetJob, AugmentJob) run on their pool (STYLE
// rules 5-7): QtConcurrent::run with a QPromise; core's ProgressCallback throttled to about 10
// updates a second, the last one always delivered (the latest Progress waits in a ProgressMailbox
// and a tick through the promise makes the job's QFutureWatcher signal on the job's thread);
// cancellation through the future; and every exception turned into Result::error, Cancelled into
// Result::cancelled, because one escaping a worker would end the program.
//
// Result needs a default constructor and the members `QString error` and `bool cancelled`.
// Core calls the callback from the task's own thread only (parallelFor reports from its caller),
// so the throttle needs no lock; the mailbox is read from the job's thread.

#include "core/common/progress.h"
#include "workers/worker_errors.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace maskbench {

class ProgressMailbox
{
public:
    void put(const Progress &p)
    {
        QMutexLocker lock(&m_mutex);
        m_latest = p;
    }
    Progress latest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_latest;
    }

private:
    mutable QMutex m_mutex;
    Progress m_latest;
};

// task: Result(const ProgressCallback &). The mailbox must outlive the future.
template <typename Result, typename Task>
QFuture<Result> runThrottled(QThreadPool &pool, ProgressMailbox &mailbox, Task task)
{
    return QtConcurrent::run(&pool, [&mailbox, task = std::move(task)](QPromise<Result> &promise) {
        QElapsedTimer throttle;
        throttle.start();
        int tick = 0;
        promise.setProgressRange(0, 1 << 30);
        const ProgressCallback cb = [&](const Progress &p) {
            if (promise.isCanceled())
                return false;
            if (throttle.elapsed() >= 100 || (p.total > 0 && p.done == p.total)) {
                throttle.restart();
                mailbox.put(p);
                promise.setProgressValue(++tick);
            }
            return true;
        };
        Result result;
        try {
            result = task(cb);
        } catch (const Cancelled &) {
            result = Result{};
            result.cancelled = true;
        } catch (...) {
            result = Result{};
            result.error = currentExceptionMessage();
        }
        promise.addResult(std::move(result));
    });
}

} // namespace maskbench
