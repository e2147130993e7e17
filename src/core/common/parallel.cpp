#include "common/parallel.h"

#include "common/settings.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

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
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    QList<QFuture<void>> futures;
    for (int w = 0; w < workers; ++w) {
        futures.append(QtConcurrent::run(&pool, [&] {
            for (qint64 i = next.fetch_add(1); i < n && !stop.load(std::memory_order_relaxed); i = next.fetch_add(1)) {
                fn(i);
                done.fetch_add(1, std::memory_order_relaxed);
            }
        }));
    }
    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;
    while (done.load() < n) {
        QThread::msleep(20);
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
