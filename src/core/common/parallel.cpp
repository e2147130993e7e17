#include "core/common/parallel.h"

#include "core/common/settings.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace maskbench {

void parallelFor(qint64 n, const std::function<void(qint64)> &fn, const QString &stage,
                 const ProgressCallback &progress, int threads)
{
    if (n <= 0) {
        reportProgress(progress, Progress{stage, 0, 0, 0.0});
        return;
    }
    const int workers = int(qMin<qint64>(n, threads > 0 ? threads : effectiveThreads()));
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    // The caller waits for the last item on a condition variable (with a 20 ms timeout for the
    // progress reports), not by sleeping 20 ms at a time: a pass that takes 90 ms would otherwise
    // end up to 20 ms late.
    std::mutex finishedMutex;
    std::condition_variable finished;
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    QList<QFuture<void>> futures;
    for (int w = 0; w < workers; ++w) {
        futures.append(QtConcurrent::run(&pool, [&] {
            for (qint64 i = next.fetch_add(1); i < n && !stop.load(std::memory_order_relaxed); i = next.fetch_add(1)) {
                fn(i);
                done.fetch_add(1, std::memory_order_relaxed);
            }
            // Taking the mutex orders this after the caller's check of `done`: no lost wake-up.
            { std::lock_guard<std::mutex> lock(finishedMutex); }
            finished.notify_all();
        }));
    }
    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;
    while (done.load() < n) {
        {
            std::unique_lock<std::mutex> lock(finishedMutex);
            if (finished.wait_for(lock, std::chrono::milliseconds(20), [&] { return done.load() >= n; }))
                break;
        }
        const qint64 d = done.load();
        const double elapsed = timer.elapsed() / 1000.0;
        if (progress && !progress(Progress{stage, d, n, d > 0 ? elapsed * double(n - d) / double(d) : -1.0})) {
            cancelled = true;
            stop = true;
            break;
        }
    }
    for (QFuture<void> &f : futures)
        f.waitForFinished();
    if (cancelled)
        throw Cancelled{};
    reportProgress(progress, Progress{stage, n, n, 0.0});
}

} // namespace maskbench
