#include "recentplans.h"

#include <QSettings>
#include <QStringList>

namespace ap {

namespace {
const int kMaxRecent = 8;
} // namespace

QString RecentPlans::titleKey(const PlanLocation &where)
{
    return QStringLiteral("recentTitles/") + QString::fromLatin1(where.toString().toUtf8().toBase64());
}

void RecentPlans::rememberTitle(const PlanLocation &where, const QString &title)
{
    QSettings().setValue(titleKey(where), title);
}

QString RecentPlans::label(const PlanLocation &where)
{
    const QString title = QSettings().value(titleKey(where)).toString();
    // A server plan by its name, server and login (one plan opened as two logins is two entries,
    // told apart); an address has no password to show.
    const QString name = where.isServer() && !where.address().user.isEmpty()
        ? tr("%1 (login %2)").arg(where.displayName(), where.address().user)
        : where.displayName();
    return title.isEmpty() ? name : title + QStringLiteral("  —  ") + name;
}

QList<PlanLocation> RecentPlans::list()
{
    // The list is text in the settings: read back into locations here, where it comes in.
    QList<PlanLocation> out;
    for (const QString &p : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        if (const std::optional<PlanLocation> where = PlanLocation::parse(p); where && where->mayExist())
            out << *where;
    return out;
}

QStringList RecentPlans::serverAddresses()
{
    QStringList out;
    for (const PlanLocation &where : list())
        if (where.isServer())
            out << where.toString();
    return out;
}

void RecentPlans::add(const PlanLocation &where)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString text = where.toString();
    files.removeAll(text);
    files.prepend(text);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
}

} // namespace ap
