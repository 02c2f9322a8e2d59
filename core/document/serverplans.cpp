#include "serverplans.h"

#include "checkinrequest.h"
#include "plandocument.h"
#include "storage/planstore.h"
#include "storage/serverstore.h"

namespace ap {

bool ServerPlans::isAddress(const QString &text)
{
    return ServerAddress::looksLikeAddress(text);
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
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    auto store = ServerStore::open(*a, error);
    if (!store)
        return false;
    // One connection, and the plan, its reports and the period's lock read in the transaction
    // that writes the report.
    PlanRows::Transaction tx(*store);
    PlanData plan;
    CheckInLog log;
    CheckIn c;
    if (!tx.isActive()) {
        if (error)
            *error = store->lastError();
        return false;
    }
    if (!store->load(&plan, error) || !store->loadCheckIns(&log, error) || !request.toCheckIn(plan, log, &c, error))
        return false;
    if (!store->insertCheckIn(c)) {
        if (error)
            *error = store->lastError();
        return false;
    }
    if (!tx.commit(error))
        return false;
    if (id)
        *id = c.id;
    return true;
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
