// io/csv: readCsv, readCsvHeader (file, delimiter guessed) and parseCsvRecords (bytes).
#include "fuzz_common.h"
#include "core/io/csv.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const QByteArray in = fuzz::bytes(data, size);
    const char delimiter = size > 0 && (data[0] & 1) ? '\t' : ',';
    try {
        parseCsvRecords(in, delimiter);
    } catch (const Error &) {
    }
    const QString path = fuzz::writeFile(QStringLiteral("input.csv"), in);
    try {
        const CsvTable t = readCsv(path);
        for (const CsvRow &r : t.rows)
            if (r.fields.size() != t.header.size())
                abort(); // readCsv promises: rows match the header
    } catch (const Error &) {
    }
    try {
        readCsvHeader(fuzz::writeFile(QStringLiteral("input.tsv"), in));
    } catch (const Error &) {
    }
    return 0;
}
