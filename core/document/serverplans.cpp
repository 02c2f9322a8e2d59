#include "serverplans.h"

#include "checkinrequest.h"
#include "plandocument.h"
#include "reportsession.h"
#include "storage/planstore.h"
#include "storage/servercredentials.h"
#include "storage/serverstore.h"


namespace ap {

bool ServerPlans::isAddress(const QString &text)
{
    return ServerAddress::looksLikeAddress(text);
}

QString ServerPlans::displayName(const QString &address)
{
    const std::optional<ServerAddress> a = ServerAddress::parse(address, nullptr);
    return a ? QStringLiteral("%1 @ %2").arg(a->plan, a->host) : address;
}

bool ServerPlans::checkAddress(const QString &text, QString *error)
{
    return ServerAddress::parse(text, error).has_value();
}

void ServerPlans::rememberPassword(const QString &address, const QString &password)
{
    if (const std::optional<ServerAddress> a = ServerAddress::parse(address, nullptr))
        ServerCredentials::remember(*a, password);
}

bool ServerPlans::publish(const QString &file, const QString &address, bool replace, QString *error)
{
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    // The file is only read.
    auto doc = PlanDocument::open(file, PlanDocument::Mode::ReadOnly, error);
    if (!doc)
        return false;
    return ServerStore::publish(doc->plan(), *a, replace, error, nullptr, &doc->checkins());
}

bool ServerPlans::read(const QString &address, PlanData *out, int *schemaVersion, QString *error, CheckInLog *reports)
{
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    auto store = ServerStore::open(*a, error);
    if (!store || !store->load(out, error) || (reports && !store->loadCheckIns(reports, error)))
        return false;
    if (schemaVersion)
        *schemaVersion = store->serverSchemaVersion();
    return true;
}

bool ServerPlans::addCheckIn(const QString &address, const CheckInRequest &request, QString *error, Id *id)
{
    auto session = ReportSession::open(address, error);
    return session && session->add(request, error, id);
}

bool ServerPlans::grant(const QString &address, const QString &login, const QString &role, const QString &department,
                        const std::optional<QString> &password, QString *error)
{
    const std::optional<ServerRole> r = ServerRights::roleFromKey(role);
    if (!r) {
        if (error)
            *error = tr("Unknown role “%1”; use reporter, viewer or editor.").arg(role);
        return false;
    }
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    auto store = ServerStore::open(*a, error);
    return store && store->grant(login, *r, department, password, error);
}

bool ServerPlans::members(const QString &address, QList<PlanMember> *out, QString *error)
{
    out->clear();
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    auto store = ServerStore::open(*a, error);
    PlanData plan;
    QList<ServerMember> members;
    if (!store || !store->load(&plan, error) || !store->members(&members, error))
        return false;
    for (const ServerMember &m : std::as_const(members)) {
        const Department *d = plan.department(m.departmentId);
        out->append({m.login, ServerRights::roleKey(m.role), d ? d->name : QString()});
    }
    return true;
}

bool ServerPlans::revoke(const QString &address, const QString &login, QString *error)
{
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    auto store = ServerStore::open(*a, error);
    return store && store->revoke(login, error);
}

bool ServerPlans::copy(const QString &address, const QString &file, QString *error)
{
    PlanData plan;
    CheckInLog reports;
    if (!read(address, &plan, nullptr, error, &reports))
        return false;
    return PlanStore::create(file, plan.info, error, nullptr, &plan, &reports) != nullptr;
}

} // namespace ap
