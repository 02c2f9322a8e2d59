#include "serversession.h"

#include "storage/server/serverstore.h"

#include <utility>

namespace ap {

ServerSession::ServerSession(ServerStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_ping.setInterval(4000);
    connect(&m_ping, &QTimer::timeout, this, &ServerSession::check);
    m_ping.start();
    m_changes.setSingleShot(true);
    m_changes.setInterval(200);
    connect(&m_changes, &QTimer::timeout, this, &ServerSession::tellChanges);
    m_store.watchChanges(this, [this](const QString &table) { noteChange(table); });
}

bool ServerSession::check()
{
    if (m_lost || m_store.isReachable())
        return !m_lost;
    m_lost = true;
    m_ping.stop();
    m_changes.stop();
    Q_EMIT lost();
    return false;
}

void ServerSession::noteChange(const QString &table)
{
    m_tables.insert(table);
    if (!m_changes.isActive())
        m_changes.start();
}

void ServerSession::tellChanges()
{
    Q_EMIT changed(std::exchange(m_tables, {}));
}

} // namespace ap
