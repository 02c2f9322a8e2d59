#include "serverplans.h"

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
    return ServerStore::publish(doc->plan(), *a, replace, error);
}

bool ServerPlans::read(const QString &address, PlanData *out, int *schemaVersion, QString *error)
{
    const std::optional<ServerAddress> a = ServerAddress::parse(address, error);
    if (!a)
        return false;
    auto store = ServerStore::open(*a, error);
    if (!store || !store->load(out, error))
        return false;
    if (schemaVersion)
        *schemaVersion = ServerStore::kServerSchemaVersion;
    return true;
}

bool ServerPlans::copy(const QString &address, const QString &file, QString *error)
{
    PlanData plan;
    if (!read(address, &plan, nullptr, error))
        return false;
    return PlanStore::create(file, plan.info, error, nullptr, &plan) != nullptr;
}

} // namespace ap
