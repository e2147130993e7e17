// dataset/adience_reader: fold_0_data.txt is the input (tab-separated Adience fold file).
#include "core/dataset/dataset.h"
#include "fuzz_common.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    fuzz::writeFile(QStringLiteral("adience/fold_0_data.txt"), fuzz::bytes(data, size));
    LoadOptions options;
    options.format = SourceFormat::Adience;
    options.probeImages = false;
    if (size > 0 && (data[0] & 1))
        options.labelColumn = QStringLiteral("age");
    try {
        loadDataset(fuzz::scratch().filePath(QStringLiteral("adience")), options);
    } catch (const Error &) {
    }
    return 0;
}
