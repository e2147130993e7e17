#pragma once
// Core jobs report through a callback, not signals, so tests need no event loop (STYLE rule 3).
// Returning false from the callback asks the job to stop; the job then throws Cancelled or
// returns a partial result, as its own contract says.

#include <QString>
#include <QtGlobal>
#include <functional>

namespace maskbench {

struct Progress
{
    QString stage;       // short, translated description of what runs now
    qint64 done = 0;     // items finished in this stage
    qint64 total = 0;    // 0 when unknown
    double etaSeconds = -1; // < 0 when unknown
};

using ProgressCallback = std::function<bool(const Progress &)>;

// Thrown by a job whose callback returned false.
struct Cancelled
{
};

// Calls cb (if any) and throws Cancelled when it asks to stop.
inline void reportProgress(const ProgressCallback &cb, const Progress &p)
{
    if (cb && !cb(p))
        throw Cancelled{};
}

} // namespace maskbench
