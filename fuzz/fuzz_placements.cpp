// mask/placement: mask-placements.json (the user's dragged mask anchors), read by PlacementStore.
#include "fuzz_common.h"
#include "core/mask/placement.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const QString path = fuzz::writeFile(QStringLiteral("mask-placements.json"), fuzz::bytes(data, size));
    try {
        PlacementStore store(path);
        store.size();
        store.find(QByteArray(32, 'a'), QStringLiteral("surgical"));
    } catch (const Error &) {
    }
    return 0;
}
