#pragma once

#include "domain/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

// The plan as JSON: the nodes list of ../shared/samples/SCHEMA.md (kind, level, label, title,
// lead, support, deadline, targets) plus plan properties and the department registry. Used for
// the bundled sample plan, generated benchmark plans and "import --json".
namespace ap {

class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanJson)
public:
    // Builds a plan from JSON. Ids in the result are provisional (1, 2, …); labels in the input
    // are ignored because the outline derives them. Unknown department names are added.
    static bool read(const QByteArray &json, PlanData *out, QString *error);

    // Writes the plan in document order with derived labels.
    static QByteArray write(const PlanData &plan);

    // Values as the JSON forms write them: whole numbers as integers, absent values as null.
    static QJsonValue number(const std::optional<double> &v);
    static QJsonValue date(const QDate &d);
};

} // namespace ap
