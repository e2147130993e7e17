#include "core/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

// Resources of a static library are registered by name (core's translations are in "maskbench_core_translations").
static void initTranslationResources() { Q_INIT_RESOURCE(maskbench_core_translations); }

namespace maskbench {

namespace {
QPointer<QTranslator> s_qt, s_own;

// Every message is extracted by lupdate under the context it is asked for at run time (each
// file's XxxTr class with Q_DECLARE_TR_FUNCTIONS(Xxx), a QObject, or a literal
// QCoreApplication::translate context; tst_translations checks it), so a plain QTranslator finds
// them all.
} // namespace

bool installTranslations(const QString &language)
{
    static const bool registered = (initTranslationResources(), true);
    Q_UNUSED(registered);
    removeTranslations();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();
    s_qt = new QTranslator(app);
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    s_own = new QTranslator(app);
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

} // namespace maskbench
