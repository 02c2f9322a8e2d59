#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace ap {

class ServerStore;

// A server plan's presence while a document has it open: a ping every few seconds (so that a lost
// server shows without an edit), others' commits to the plan (told together a moment later: many
// reports in a burst, one read), and whether the connection is lost. It tells; the document reads
// what changed and the window hears that the connection is lost. A plan file has none.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    // store must outlive the session.
    explicit ServerSession(ServerStore &store, QObject *parent = nullptr);

    // Whether the server stopped answering (found by a ping, or by check() after a failed write).
    bool isLost() const { return m_lost; }
    // Asks the server whether it still answers; when it does not, the session is lost (told once).
    bool check();

Q_SIGNALS:
    // Others committed changes to these tables of the plan.
    void changed(const QSet<QString> &tables);
    void lost();

private:
    void noteChange(const QString &table);
    void tellChanges();

    ServerStore &m_store;
    QTimer m_ping;
    QTimer m_changes;
    QSet<QString> m_tables;
    bool m_lost = false;
};

} // namespace ap
