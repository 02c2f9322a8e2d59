#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ap {

// The row behind a Conflict on a shared plan: which it is, whether it is gone, and who changed it
// last and when, as the server wrote them (empty when it does not say: a row from before it kept
// them, ServerChangeStamps).
struct RowConflict
{
    Q_DECLARE_TR_FUNCTIONS(ap::RowConflict)

public:
    QString table;         // "plan", "department", "section", "task"; empty: no conflict
    Id id = 0;
    bool gone = false;     // removed since it was read
    QString by;            // the login that changed it
    QString byUnit;        // that login's department in the plan, when it has one
    QDateTime at;          // when (UTC)

    // Who and when, in the window's words: "医政科（登录名 yizheng）于 2026/12/6 14:03", "登录名
    // yizheng", or "他人" when the server does not say.
    QString whoAndWhen() const;
};

} // namespace ap
