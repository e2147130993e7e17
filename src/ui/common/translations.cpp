#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace maskbench::ui {

namespace {
QPointer<QTranslator> s_qt, s_own;

// lupdate files a tr() call by the scope it sees: a file-local helper such as core's
//   QString tr(const char *s) { return QCoreApplication::translate("Csv", s); }
// is extracted under "maskbench" (its namespace), a Q_DECLARE_TR_FUNCTIONS class inside a
// namespace under "maskbench::ui", while at run time the message is asked for under "Csv" or
// "Report". Messages not found under the asked context are therefore looked up under the scopes
// lupdate uses, so those texts are translated too (the same English text means the same thing
// throughout this program).
class ScopeFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!t.isEmpty())
            return t;
        static const char *const kScopes[] = {"maskbench", "maskbench::ui", "maskbench::cli", "maskbench::FaceDetector",
                                              "maskbench::LandmarkCache", "maskbench::LandmarkCache::Impl",
                                              "maskbench::PlacementStore", "maskbench::Project", "maskbench::RunModel",
                                              "maskbench::TrainWorker", "maskbench::GradCamJob", "cv", "QObject"};
        for (const char *scope : kScopes) {
            if (context && qstrcmp(scope, context) == 0)
                continue;
            t = QTranslator::translate(scope, sourceText, disambiguation, n);
            if (!t.isEmpty())
                return t;
        }
        return {};
    }
};
} // namespace

bool installTranslations(const QString &language)
{
    removeTranslations();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();
    s_qt = new QTranslator(app);
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    s_own = new ScopeFallbackTranslator(app);
    // The .qm files are compiled into the resources under :/i18n (src/app/CMakeLists.txt).
    const bool found = s_own->load(locale, QStringLiteral("maskbench"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(s_own);
    return found;
}

void removeTranslations()
{
    for (QPointer<QTranslator> *t : {&s_qt, &s_own}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

} // namespace maskbench::ui
