#pragma once
// Output paths that must not be inputs (issue 15: nothing a user owns is ever overwritten).

#include <QSet>
#include <QString>

namespace maskbench {

// The path as the file system resolves it: canonical (symbolic links resolved) when the file
// exists, else absolute and cleaned (its folder resolved when that exists).
QString resolvedPath(const QString &path);

// The resolved inputs a job reads, for quick membership tests.
class InputPaths
{
public:
    void add(const QString &path);
    // The input that `output` would replace, or an empty string.
    QString clash(const QString &output) const;

private:
    QSet<QString> m_paths;
};

// Throws Error when `output` is one of `inputs`: "%what% %output% would replace %input%, which
// this job reads; choose another %option%". `what` names the output ("The manifest"), `option`
// the way to choose it ("--out" or a GUI field's name).
void refuseToReplaceInput(const InputPaths &inputs, const QString &output, const QString &what, const QString &option);

} // namespace maskbench
