#pragma once
// Runs fn(i) for every i in [0, n) on a private thread pool of effectiveThreads() workers, while
// the calling thread reports progress (with an ETA) through the callback and stops the workers
// when it asks to cancel (then throws Cancelled). fn must be safe to call concurrently for
// different i, and must not throw: catch inside and record the failure per item.

#include "core/common/progress.h"

#include <functional>

namespace maskbench {

void parallelFor(qint64 n, const std::function<void(qint64)> &fn, const QString &stage,
                 const ProgressCallback &progress, int threads = 0);

} // namespace maskbench
