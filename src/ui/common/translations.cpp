#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace maskbench::ui {

namespace {
QPointer<QTranslator> s_qt, s_own;
}

bool installTranslations(const QString &language)
{
    removeTranslations();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();
    s_qt = new QTranslator(app);
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    s_own = new QTranslator(app);
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
