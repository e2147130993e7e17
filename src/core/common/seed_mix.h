#pragma once
// splitmix64 (Steele, Lea, Flood 2014): a cheap, well-mixed hash for deriving independent seeds
// from (seed, epoch, index). The trainer, the data pipeline and the dataset subset share it, so a
// seed means the same draw everywhere.

#include <QtGlobal>

namespace maskbench {

inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace maskbench
