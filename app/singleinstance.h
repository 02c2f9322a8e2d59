#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ap {

class MainWindow;

// One window of the user's takes the plans the desktop hands to new processes (a double click on
// an .aplan file), so that a second window never fights the first over a plan's lock. The window
// takes a plan when it has none open or has that plan open (then it only comes forward); a window
// busy with another plan declines, and the new process opens a window of its own.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // Offers path to a running window; true when it took it (this process may leave).
    static bool handOver(const QString &path);

    // Listens for plans handed over, unless another window of the user's listens already.
    explicit SingleInstance(MainWindow *window);

private:
    void take();
    static QString socketName();

    MainWindow *m_window;
    QLocalServer *m_server = nullptr;
};

} // namespace ap
