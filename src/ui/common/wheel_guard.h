#pragma once
// The mouse wheel never edits a field that does not have the keyboard focus (issue 12: scrolling
// the training form changed Epochs from 10 to 24 unnoticed). Over an unfocused spin box or combo
// box the wheel event goes on to the parent, so the form scrolls instead; click (or Tab into) a
// field first to change it with the wheel.

#include <QObject>

class QCoreApplication;

namespace maskbench::ui {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// Installs one guard on the application (idempotent).
void installWheelGuard(QCoreApplication *app);

} // namespace maskbench::ui
