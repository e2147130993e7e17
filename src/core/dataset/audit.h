#pragma once
// Leakage audit of a split: groups (identities, users) and byte-identical files (SHA-1 of the
// content) that appear in more than one split, and images listed twice. A split made by
// splitDataset must come out clean.

#include "core/dataset/dataset.h"

#include <QByteArray>

namespace maskbench {

struct GroupLeak
{
    QString group;
    QStringList splits;
    qint64 items = 0;
};

struct DuplicateLeak
{
    QByteArray sha1; // hex
    QStringList paths;
    QStringList splits;
};

struct LeakageReport
{
    std::vector<GroupLeak> groups;
    std::vector<DuplicateLeak> duplicates;
    qint64 itemsChecked = 0;
    qint64 filesHashed = 0;
    qint64 filesUnhashed = 0; // missing or unreadable files, not hashed
    qint64 groupsChecked = 0;
    bool clean() const { return groups.empty() && duplicates.empty(); }
};

// SHA-1 of a file's bytes, hex; empty when it cannot be read.
QByteArray contentHash(const QString &path);
// Hashes every existing item in parallel; result[i] belongs to dataset.items[i] (empty if unread).
std::vector<QByteArray> hashItems(const Dataset &dataset, const ProgressCallback &progress = {});

LeakageReport auditLeakage(const Dataset &dataset, const ProgressCallback &progress = {});

} // namespace maskbench
