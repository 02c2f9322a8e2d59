#include "singleinstance.h"

#include "shell/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace ap {

namespace {
// The exchange: "OPEN <absolute path>\n", answered "OPENED\n" or "BUSY\n".
const QByteArray kOpen = "OPEN ";
const QByteArray kOpened = "OPENED\n";
const QByteArray kBusy = "BUSY\n";
constexpr int kWaitMs = 3000;
} // namespace

QString SingleInstance::socketName()
{
    // In the user's own runtime folder (mode 0700) where there is one, else in /tmp by user id.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("annualplan-window"));
    return QDir::temp().filePath(QStringLiteral("annualplan-window-%1").arg(::getuid()));
}

bool SingleInstance::handOver(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(kWaitMs))
        return false;
    socket.write(kOpen + QFileInfo(path).absoluteFilePath().toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kWaitMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(kWaitMs))
        answer += socket.readAll();
    return answer == kOpened;
}

SingleInstance::SingleInstance(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    const QString name = socketName();
    {
        // A live window listens already: this one is a second window and takes nothing.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500))
            return;
    }
    // What is left is the socket of a window that ended without closing it.
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        delete m_server;
        m_server = nullptr;
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::take);
}

void SingleInstance::take()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto answer = [this, socket]() {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine().trimmed();
            if (!line.startsWith(kOpen)) {
                socket->disconnectFromServer();
                return;
            }
            const std::optional<PlanLocation> where = PlanLocation::parse(QString::fromUtf8(line.mid(kOpen.size())));
            const PlanDocument *doc = m_window->document();
            const bool take = where && (!doc || doc->location() == *where);
            socket->write(take ? kOpened : kBusy);
            socket->flush();
            socket->disconnectFromServer();
            if (!take)
                return;
            // Opened after the answer: a message the window shows about the file must not keep the
            // other process waiting.
            QPointer<MainWindow> window(m_window);
            QTimer::singleShot(0, m_window, [window, where = *where]() {
                if (!window)
                    return;
                if (window->isMinimized())
                    window->showNormal();
                window->raise();
                window->activateWindow();
                window->openPlan(where);
            });
        };
        connect(socket, &QLocalSocket::readyRead, this, answer);
        // The line may be here already.
        if (socket->canReadLine())
            answer();
    }
}

} // namespace ap
