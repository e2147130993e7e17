#include "core/dataset/audit.h"

#include "core/common/parallel.h"
#include "core/dataset/readers_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace maskbench {

using detail::DatasetTr;

QByteArray contentHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&f))
        return QByteArray();
    return hash.result().toHex();
}

std::vector<QByteArray> hashItems(const Dataset &dataset, const ProgressCallback &progress)
{
    std::vector<QByteArray> hashes(dataset.items.size());
    parallelFor(
        qint64(dataset.items.size()),
        [&](qint64 i) {
            const DatasetItem &item = dataset.items[size_t(i)];
            if (item.exists)
                hashes[size_t(i)] = contentHash(item.path);
        },
        DatasetTr::tr("Hashing image files"), progress);
    return hashes;
}

LeakageReport auditLeakage(const Dataset &dataset, const ProgressCallback &progress)
{
    LeakageReport report;
    report.itemsChecked = qint64(dataset.items.size());

    QHash<QString, QSet<QString>> splitsOfGroup;
    QHash<QString, qint64> itemsOfGroup;
    for (const DatasetItem &item : dataset.items) {
        if (item.group.isEmpty())
            continue;
        splitsOfGroup[item.group].insert(item.split);
        ++itemsOfGroup[item.group];
    }
    report.groupsChecked = splitsOfGroup.size();
    for (auto it = splitsOfGroup.constBegin(); it != splitsOfGroup.constEnd(); ++it) {
        if (it.value().size() > 1) {
            QStringList splits(it.value().begin(), it.value().end());
            std::sort(splits.begin(), splits.end());
            report.groups.push_back(GroupLeak{it.key(), splits, itemsOfGroup.value(it.key())});
        }
    }
    std::sort(report.groups.begin(), report.groups.end(),
              [](const GroupLeak &a, const GroupLeak &b) { return a.group < b.group; });

    const std::vector<QByteArray> hashes = hashItems(dataset, progress);
    QHash<QByteArray, std::vector<size_t>> byHash;
    for (size_t i = 0; i < hashes.size(); ++i) {
        if (hashes[i].isEmpty()) {
            ++report.filesUnhashed;
            continue;
        }
        ++report.filesHashed;
        byHash[hashes[i]].push_back(i);
    }
    for (auto it = byHash.constBegin(); it != byHash.constEnd(); ++it) {
        if (it.value().size() < 2)
            continue;
        QSet<QString> splits;
        for (size_t i : it.value())
            splits.insert(dataset.items[i].split);
        if (splits.size() < 2)
            continue;
        DuplicateLeak leak;
        leak.sha1 = it.key();
        for (size_t i : it.value())
            leak.paths.append(dataset.items[i].path);
        leak.splits = QStringList(splits.begin(), splits.end());
        std::sort(leak.splits.begin(), leak.splits.end());
        std::sort(leak.paths.begin(), leak.paths.end());
        report.duplicates.push_back(leak);
    }
    std::sort(report.duplicates.begin(), report.duplicates.end(),
              [](const DuplicateLeak &a, const DuplicateLeak &b) { return a.paths.front() < b.paths.front(); });
    return report;
}

} // namespace maskbench
