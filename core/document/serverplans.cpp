#include "serverplans.h"

#include "reportrequest.h"
#include "plandocument.h"
#include "reportsession.h"
#include "storage/file/planstore.h"
#include "storage/server/servercredentials.h"
#include "storage/server/serverdatabase.h"
#include "storage/server/serverprobe.h"
#include "storage/server/serverstore.h"


namespace ap {

bool ServerPlans::answers(const ServerAddress &address)
{
    return ServerProbe::answers(address);
}

QString ServerPlans::roleName(const QString &role)
{
    if (role == QLatin1String("reporter"))
        return tr("reporter");
    if (role == QLatin1String("viewer"))
        return tr("viewer");
    if (role == QLatin1String("editor"))
        return tr("editor");
    if (role == QLatin1String("owner"))
        return tr("owner");
    return role;
}

bool ServerPlans::initDatabase(const ServerAddress &address, const QStringList &publishers, QString *error, QString *group)
{
    return ServerDatabase::init(address, publishers, error, group);
}

bool ServerPlans::list(const ServerAddress &address, QList<ListedPlan> *out, QString *error)
{
    QList<ServerPlanEntry> entries;
    out->clear();
    if (!ServerStore::listPlans(address, &entries, error))
        return false;
    for (const ServerPlanEntry &e : std::as_const(entries))
        out->append({e.name, e.title, e.year, ServerRights::roleKey(e.role)});
    return true;
}

void ServerPlans::rememberPassword(const ServerAddress &address, const QString &password)
{
    ServerCredentials::remember(address, password);
}

bool ServerPlans::knowsPassword(const ServerAddress &address)
{
    return !ServerCredentials::password(address).isEmpty();
}

void ServerPlans::forgetPassword(const ServerAddress &address)
{
    ServerCredentials::forget(address);
}

bool ServerPlans::publish(const QString &file, const ServerAddress &address, bool replace, QString *error)
{
    // The file is only read.
    auto doc = PlanDocument::open(file, PlanDocument::Mode::ReadOnly, error);
    if (!doc)
        return false;
    // Its versions go with it (印发版 and the rest), each turned to the server plan's ids.
    QList<CarriedVersion> versions;
    for (const PlanVersion &v : doc->versions().list) {
        CarriedVersion c;
        c.version = v;
        c.reasons = doc->versions().reasons.value(v.id);
        if (!doc->readVersion(v.id, &c.content, error))
            return false;
        versions.append(std::move(c));
    }
    return ServerStore::publish(doc->plan(), address, replace, error, nullptr, &doc->reports(), &versions,
                                [&doc](Id id, QByteArray *content, QString *why) { return doc->readEvidence(id, content, why); });
}

bool ServerPlans::read(const ServerAddress &address, PlanData *out, int *schemaVersion, QString *error, ReportLog *reports)
{
    auto store = ServerStore::open(address, error);
    if (!store || !(reports ? store->rows().readAll(out, reports, error) : store->rows().load(out, error)))
        return false;
    if (schemaVersion)
        *schemaVersion = store->serverSchemaVersion();
    return true;
}

bool ServerPlans::addReport(const ServerAddress &address, const ReportRequest &request, QString *error, Id *id)
{
    auto session = ReportSession::open(address, error);
    return session && session->add(request, error, id);
}

bool ServerPlans::grant(const ServerAddress &address, const QString &login, const QString &role, const QString &department,
                        const std::optional<QString> &password, QString *error, bool passwordToChoose)
{
    const std::optional<ServerRole> r = ServerRights::roleFromKey(role);
    if (!r) {
        if (error)
            *error = tr("Unknown role “%1”; use reporter, viewer or editor.").arg(role);
        return false;
    }
    auto store = ServerStore::open(address, error);
    return store && store->grant(login, *r, department, password, error, passwordToChoose);
}

bool ServerPlans::passwordToChoose(const ServerAddress &address, bool *asked, QString *error)
{
    auto store = ServerStore::open(address, error);
    if (asked)
        *asked = store != nullptr;
    return store && store->rights().passwordToChoose;
}

bool ServerPlans::choosePassword(const ServerAddress &address, const QString &password, QString *error)
{
    // A password of one's own: not the first one (the owner knows it), and not a short one.
    const QString refused = password.size() < kMinPasswordLength
        ? tr("Choose a password of at least %1 characters.").arg(kMinPasswordLength)
        : password == ServerCredentials::password(address) ? tr("Choose a password other than the first one: the plan's owner knows that one.")
                                                           : QString();
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    auto store = ServerStore::open(address, error);
    if (!store || !store->choosePassword(password, error))
        return false;
    rememberPassword(address, password);
    return true;
}

bool ServerPlans::members(const ServerAddress &address, QList<PlanMember> *out, QString *error)
{
    out->clear();
    auto store = ServerStore::open(address, error);
    PlanData plan;
    QList<ServerMember> members;
    if (!store || !store->rows().load(&plan, error) || !store->members(&members, error))
        return false;
    for (const ServerMember &m : std::as_const(members)) {
        const Department *d = plan.department(m.departmentId);
        out->append({m.login, ServerRights::roleKey(m.role), d ? d->name : QString()});
    }
    return true;
}

bool ServerPlans::revoke(const ServerAddress &address, const QString &login, QString *error)
{
    auto store = ServerStore::open(address, error);
    return store && store->revoke(login, error);
}

bool ServerPlans::copy(const ServerAddress &address, const QString &file, QString *error)
{
    auto store = ServerStore::open(address, error);
    if (!store)
        return false;
    PlanData plan;
    ReportLog reports;
    QList<CarriedVersion> versions;
    // The rows and the evidence files' bytes of one moment.
    const PlanRows::Snapshot moment(store->rows());
    if (!store->rows().readAll(&plan, &reports, error) || !readCarriedVersions(store->rows(), &versions, error))
        return false;
    return PlanStore::create(file, plan.info, error, nullptr, &plan, &reports, &versions, evidenceOf(store->rows()))
        != nullptr;
}

} // namespace ap
