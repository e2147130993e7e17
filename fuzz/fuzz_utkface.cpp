// dataset/utkface_reader: the input is a list of file names (one per line); each becomes an empty
// file in a fresh folder, read as UTKFace with gender, age or race as the label.
#include "core/dataset/dataset.h"
#include "fuzz_common.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    QDir dir(fuzz::scratch().filePath(QStringLiteral("utk")));
    dir.removeRecursively();
    fuzz::scratch().mkpath(QStringLiteral("utk"));
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    int made = 0;
    for (const QByteArray &line : lines) {
        const QString name = QString::fromUtf8(line);
        // Plain names only: the reader gets file names from the file system, never paths.
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QChar(0)) || name == QLatin1String(".")
            || name == QLatin1String("..") || ++made > 64)
            continue;
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write("x");
    }
    LoadOptions options;
    options.format = SourceFormat::UtkFace;
    options.probeImages = false;
    static const char *kLabels[] = {"gender", "age", "race", ""};
    options.labelColumn = QString::fromLatin1(kLabels[size % 4]);
    try {
        loadDataset(dir.absolutePath(), options);
    } catch (const Error &) {
    }
    return 0;
}
