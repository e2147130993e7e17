#include "core/dataset/subset.h"

#include "core/common/error.h"
#include "core/common/seed_mix.h"
#include "core/dataset/readers_p.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>

namespace maskbench {

using detail::DatasetTr;

namespace {


void refuseNonPositive(qint64 n)
{
    if (n <= 0)
        throw Error(DatasetTr::tr("The number of images to use must be at least 1, not %1").arg(n));
}

} // namespace

std::vector<qint64> seededSample(qint64 count, qint64 n, quint64 seed)
{
    refuseNonPositive(n);
    std::vector<qint64> v(size_t(std::max<qint64>(count, 0)));
    std::iota(v.begin(), v.end(), qint64(0));
    if (n >= count)
        return v;
    // The trainer's sampleDown (train/trainer.cpp), step for step: its --limit-train subsets stay.
    quint64 state = mix(seed ^ 0x5a5a5a5aULL);
    for (size_t i = v.size(); i > 1; --i) {
        state = mix(state);
        std::swap(v[i - 1], v[size_t(state % i)]);
    }
    v.resize(size_t(n));
    return v;
}

std::vector<qint64> stratifiedSample(const std::vector<int> &strata, qint64 n, quint64 seed)
{
    refuseNonPositive(n);
    const qint64 total = qint64(strata.size());
    std::vector<qint64> out;
    if (n >= total) {
        out.resize(size_t(total));
        std::iota(out.begin(), out.end(), qint64(0));
        return out;
    }
    std::map<int, std::vector<qint64>> members; // by stratum id: the same order on every machine
    for (qint64 i = 0; i < total; ++i)
        members[strata[size_t(i)]].push_back(i);

    // Largest remainder: floor(n * size / total) each, then one more to the largest remainders
    // (ties: the smaller stratum id first).
    struct Quota { int stratum; qint64 take; qint64 remainder; };
    std::vector<Quota> quotas;
    qint64 given = 0;
    for (const auto &[stratum, items] : members) {
        const qint64 product = n * qint64(items.size());
        quotas.push_back({stratum, product / total, product % total});
        given += product / total;
    }
    std::vector<size_t> order(quotas.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return quotas[a].remainder > quotas[b].remainder; });
    for (size_t k = 0; given < n && k < order.size(); ++k, ++given)
        ++quotas[order[k]].take;

    for (const Quota &q : quotas) {
        if (q.take <= 0)
            continue;
        const std::vector<qint64> &items = members[q.stratum];
        // Each stratum draws from its own stream of the seed.
        const quint64 streamSeed = seed ^ mix(quint64(qint64(q.stratum)) + 0x2545f4914f6cdd1dULL);
        for (qint64 i : seededSample(qint64(items.size()), q.take, streamSeed))
            out.push_back(items[size_t(i)]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Dataset subsetDataset(const Dataset &dataset, qint64 n, quint64 seed)
{
    refuseNonPositive(n);
    const QStringList classes = dataset.classes();
    QHash<QString, int> classIndex;
    for (int c = 0; c < classes.size(); ++c)
        classIndex.insert(classes[c], c);
    std::vector<int> strata;
    strata.reserve(dataset.items.size());
    for (const DatasetItem &item : dataset.items)
        strata.push_back(classIndex.value(item.label, -1));
    Dataset out = dataset;
    out.items.clear();
    for (qint64 i : stratifiedSample(strata, n, seed))
        out.items.push_back(dataset.items[size_t(i)]);
    return out;
}

} // namespace maskbench
