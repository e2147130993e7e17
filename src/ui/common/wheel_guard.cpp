#include "ui/common/wheel_guard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace maskbench::ui {

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)) && !w->hasFocus()) {
            // Filtered but not accepted: QApplication hands the event on to the parent (the scroll area).
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void installWheelGuard(QCoreApplication *app)
{
    if (!app || app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

} // namespace maskbench::ui
