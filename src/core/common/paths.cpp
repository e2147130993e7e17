// Output paths that must not be inputs.

#include "core/common/paths.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace maskbench {

QString resolvedPath(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.exists())
        return fi.canonicalFilePath();
    const QFileInfo dir(fi.absolutePath());
    if (dir.exists())
        return QDir(dir.canonicalFilePath()).filePath(fi.fileName());
    return QDir::cleanPath(fi.absoluteFilePath());
}

void InputPaths::add(const QString &path)
{
    if (!path.isEmpty())
        m_paths.insert(resolvedPath(path));
}

QString InputPaths::clash(const QString &output) const
{
    const QString r = resolvedPath(output);
    return m_paths.contains(r) ? r : QString();
}

void refuseToReplaceInput(const InputPaths &inputs, const QString &output, const QString &what, const QString &option)
{
    const QString input = inputs.clash(output);
    if (input.isEmpty())
        return;
    throw Error(QCoreApplication::translate("Paths", "%1 %2 would replace %3, which this job reads; nothing was written. "
                                                     "Choose another %4")
                    .arg(what, output, input, option));
}

} // namespace maskbench
