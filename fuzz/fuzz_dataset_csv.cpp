// dataset/csv_reader: a CSV manifest (the label column guessed or "gender"; images not probed: the
// paths point nowhere), then the same text as split manifest columns for csvLabelColumns.
#include "core/dataset/dataset.h"
#include "fuzz_common.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const QString path = fuzz::writeFile(QStringLiteral("manifest.csv"), fuzz::bytes(data, size));
    LoadOptions options;
    options.format = SourceFormat::Csv;
    options.probeImages = false;
    if (size > 0 && (data[size - 1] & 1))
        options.labelColumn = QStringLiteral("gender");
    try {
        loadDataset(path, options);
    } catch (const Error &) {
    }
    try {
        csvLabelColumns(path, options);
    } catch (const Error &) {
    }
    return 0;
}
