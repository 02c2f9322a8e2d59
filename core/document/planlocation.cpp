#include "planlocation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ap {

PlanLocation PlanLocation::file(const QString &path)
{
    PlanLocation l;
    l.m_kind = path.isEmpty() ? Kind::None : Kind::File;
    l.m_text = path;
    return l;
}

PlanLocation PlanLocation::server(const ServerAddress &address)
{
    PlanLocation l;
    l.m_kind = Kind::Server;
    l.m_address = address;
    l.m_text = address.toString();
    return l;
}

std::optional<PlanLocation> PlanLocation::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("No plan is named: give a plan file or a plan address.");
        return std::nullopt;
    }
    if (!ServerAddress::looksLikeAddress(text))
        return file(text);
    return parseServer(text, error);
}

std::optional<PlanLocation> PlanLocation::parseServer(const QString &text, QString *error)
{
    const std::optional<ServerAddress> address = ServerAddress::parse(text, error);
    if (!address)
        return std::nullopt;
    PlanLocation l = server(*address);
    l.m_text = text;   // as written: the recent-plans list finds it again by its own words
    return l;
}

QString PlanLocation::toString() const
{
    return isFile() ? QFileInfo(m_text).absoluteFilePath() : m_text;
}

QString PlanLocation::displayName() const
{
    switch (m_kind) {
    case Kind::File:
        return QFileInfo(m_text).fileName();
    case Kind::Server:
        return QStringLiteral("%1 @ %2").arg(m_address.plan, m_address.host);
    case Kind::None:
        break;
    }
    return QString();
}

QString PlanLocation::baseName() const
{
    if (isFile())
        return QFileInfo(m_text).completeBaseName();
    return fileNameSafe(m_address.plan);
}

QString PlanLocation::fileNameSafe(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    return QString(text).replace(unsafe, QStringLiteral("_"));
}

QString PlanLocation::folder() const
{
    return isFile() ? QFileInfo(m_text).absolutePath()
                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool PlanLocation::mayExist() const
{
    return isServer() || (isFile() && QFileInfo::exists(m_text));
}

bool PlanLocation::operator==(const PlanLocation &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (isFile())
        return QFileInfo(m_text) == QFileInfo(other.m_text);
    return isNull() || m_address.toString() == other.m_address.toString();
}

} // namespace ap
