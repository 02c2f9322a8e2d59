#pragma once

#include <QList>
#include <QObject>

#include <functional>

namespace ap {

// Steps that must wait until no dialog or menu is open (a dialog may be holding the document a
// step replaces): each runs at once, or when the last dialog or menu open closes — heard as its
// window hiding or the window it blocked unblocked, never polled — in the order given.
class StepsAfterDialogs : public QObject
{
    Q_OBJECT
public:
    explicit StepsAfterDialogs(QObject *parent) : QObject(parent) {}

    // Runs step once the step asking has returned and no dialog is open.
    void add(std::function<void()> step);

private:
    void runWaiting();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QList<std::function<void()>> m_waiting;   // in order
};

} // namespace ap
