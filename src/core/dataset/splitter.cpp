#include "core/dataset/splitter.h"

#include "core/common/error.h"
#include "core/common/json_file.h"
#include "core/dataset/audit.h"
#include "core/dataset/readers_p.h"
#include "core/dataset/subset.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

#include <algorithm>
#include <numeric>
#include <random>

namespace maskbench {

using detail::DatasetTr;

SplitOptions parseRatios(const QString &text, SplitOptions base)
{
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3)
        throw Error(DatasetTr::tr("ratios '%1': give train,val[,test], e.g. 0.8,0.1,0.1").arg(text));
    double v[3] = {0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || v[i] < 0)
            throw Error(DatasetTr::tr("ratios '%1': '%2' is not a non-negative number").arg(text, parts[i]));
    }
    double sum = v[0] + v[1] + v[2];
    if (std::abs(sum - 100.0) < 1e-6) { // percentages
        for (double &x : v)
            x /= 100.0;
        sum = 1.0;
    }
    if (std::abs(sum - 1.0) > 1e-6)
        throw Error(DatasetTr::tr("ratios '%1' add up to %2, not 1").arg(text).arg(sum));
    if (v[0] <= 0)
        throw Error(DatasetTr::tr("ratios '%1': the training share must be above 0").arg(text));
    base.train = v[0];
    base.val = v[1];
    base.test = v[2];
    return base;
}

namespace {

struct UnionFind
{
    std::vector<qint64> parent;
    explicit UnionFind(qint64 n) : parent(size_t(n)) { std::iota(parent.begin(), parent.end(), 0); }
    qint64 find(qint64 x)
    {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    void unite(qint64 a, qint64 b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    }
};

struct Group
{
    std::vector<qint64> items;
    std::vector<qint64> perClass;
};

} // namespace

Dataset splitDataset(const Dataset &dataset, const SplitOptions &options, SplitSummary *summary,
                     const ProgressCallback &progress)
{
    const double ratios[3] = {options.train, options.val, options.test};
    if (options.train <= 0 || options.val < 0 || options.test < 0
        || std::abs(options.train + options.val + options.test - 1.0) > 1e-6)
        throw Error(DatasetTr::tr("split ratios must be non-negative, train above 0, adding up to 1"));
    static const QString kSplits[3] = {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")};

    SplitSummary sum;
    Dataset out = dataset;
    out.items.clear();
    for (const DatasetItem &item : dataset.items) {
        if (!options.keepMissing && !item.exists) {
            ++sum.excludedMissing;
            continue;
        }
        if (!options.keepMissing && item.image.probed && !item.image.ok) {
            ++sum.excludedUnreadable;
            continue;
        }
        out.items.push_back(item);
        out.items.back().split.clear();
    }
    if (out.items.empty())
        throw Error(DatasetTr::tr("%1: no usable images to split (%2 missing, %3 unreadable); keep missing images (%4) to split the labels alone")
                        .arg(dataset.source).arg(sum.excludedMissing).arg(sum.excludedUnreadable).arg(options.keepMissingChoice));
    sum.usable = qint64(out.items.size());
    if (options.limit != 0) // "Use N images": a stratified subset of what is usable (n < 0 refused there)
        out = subsetDataset(out, options.limit, options.seed);

    const qint64 n = qint64(out.items.size());
    UnionFind uf(n);
    {
        QHash<QString, qint64> firstOfGroup;
        for (qint64 i = 0; i < n; ++i) {
            const QString &g = out.items[size_t(i)].group;
            if (g.isEmpty())
                continue;
            auto it = firstOfGroup.constFind(g);
            if (it == firstOfGroup.constEnd())
                firstOfGroup.insert(g, i);
            else
                uf.unite(*it, i);
        }
    }
    if (options.groupDuplicates) {
        const std::vector<QByteArray> hashes = hashItems(out, progress);
        QHash<QByteArray, qint64> firstOfHash;
        QSet<QByteArray> duplicated;
        for (qint64 i = 0; i < n; ++i) {
            const QByteArray &h = hashes[size_t(i)];
            if (h.isEmpty())
                continue;
            auto it = firstOfHash.constFind(h);
            if (it == firstOfHash.constEnd()) {
                firstOfHash.insert(h, i);
            } else {
                uf.unite(*it, i);
                duplicated.insert(h);
            }
        }
        sum.duplicateGroups = duplicated.size();
    }

    const QStringList classes = out.classes();
    QHash<QString, int> classIndex;
    for (int c = 0; c < classes.size(); ++c)
        classIndex.insert(classes[c], c);
    const int k = int(classes.size());

    // Groups in order of their smallest item index: deterministic before the seeded shuffle.
    std::vector<Group> groups;
    QHash<qint64, size_t> groupOfRoot;
    std::vector<qint64> classTotals(size_t(k), 0);
    for (qint64 i = 0; i < n; ++i) {
        const qint64 root = uf.find(i);
        auto it = groupOfRoot.constFind(root);
        size_t g;
        if (it == groupOfRoot.constEnd()) {
            g = groups.size();
            groupOfRoot.insert(root, g);
            groups.push_back(Group{{}, std::vector<qint64>(size_t(k), 0)});
        } else {
            g = *it;
        }
        const int c = classIndex.value(out.items[size_t(i)].label);
        groups[g].items.push_back(i);
        ++groups[g].perClass[size_t(c)];
        ++classTotals[size_t(c)];
    }
    sum.groups = qint64(groups.size());

    std::mt19937_64 rng(options.seed);
    for (size_t i = groups.size(); i > 1; --i)
        std::swap(groups[i - 1], groups[size_t(rng() % i)]);
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group &a, const Group &b) { return a.items.size() > b.items.size(); });

    std::vector<std::vector<double>> targets(3, std::vector<double>(size_t(k)));
    for (int s = 0; s < 3; ++s)
        for (int c = 0; c < k; ++c)
            targets[size_t(s)][size_t(c)] = ratios[s] * double(classTotals[size_t(c)]);
    std::vector<std::vector<qint64>> current(3, std::vector<qint64>(size_t(k), 0));

    for (const Group &g : groups) {
        int best = 0;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (int s = 0; s < 3; ++s) {
            if (ratios[s] <= 0)
                continue;
            // How much this split still wants the group's classes, relative to its targets.
            double score = 0;
            for (int c = 0; c < k; ++c) {
                const qint64 m = g.perClass[size_t(c)];
                if (m == 0)
                    continue;
                const double t = targets[size_t(s)][size_t(c)];
                score += double(m) * (t - double(current[size_t(s)][size_t(c)])) / std::max(t, 1e-9);
            }
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = s;
            }
        }
        for (int c = 0; c < k; ++c)
            current[size_t(best)][size_t(c)] += g.perClass[size_t(c)];
        for (qint64 i : g.items)
            out.items[size_t(i)].split = kSplits[best];
    }
    if (summary)
        *summary = sum;
    return out;
}

QString splitRecordPath(const QString &manifestPath) { return manifestPath + QStringLiteral(".json"); }

void writeSplitRecord(const QString &manifestPath, const QString &source, const SplitOptions &options,
                      const SplitSummary &summary, qint64 rows)
{
    QJsonObject ratios{{QStringLiteral("train"), options.train}, {QStringLiteral("val"), options.val},
                       {QStringLiteral("test"), options.test}};
    QJsonObject o{{QStringLiteral("manifest"), QFileInfo(manifestPath).fileName()},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("ratios"), ratios},
                  {QStringLiteral("seed"), QString::number(options.seed)},
                  {QStringLiteral("keep_missing"), options.keepMissing},
                  {QStringLiteral("group_duplicates"), options.groupDuplicates},
                  {QStringLiteral("usable"), summary.usable},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("excluded_missing"), summary.excludedMissing},
                  {QStringLiteral("excluded_unreadable"), summary.excludedUnreadable}};
    if (options.limit > 0)
        o.insert(QStringLiteral("limit"), options.limit);
    writeJsonObjectFile(splitRecordPath(manifestPath), o);
}

} // namespace maskbench
