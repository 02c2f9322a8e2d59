#pragma once

#include "plan.h"

namespace ap {

// What the one who opened a plan may do with it: change the plan, add progress reports (and on
// which task), give others rights. A plan file opened for writing allows everything but the last;
// a server plan's rights are its login's role there (ServerAccess), fixed when it is opened.
struct PlanRights
{
    bool editPlan = false;
    bool addReports = false;
    bool owner = false;
    // The department a login reports as (a server plan's reporter); 0 when it may name any.
    Id reportingDepartment = 0;
    // A server plan's member whose password is a first one the owner gave, to be replaced by its own.
    bool passwordToChoose = false;

    // A plan file's: everything when it may be written, nothing when read-only.
    static PlanRights ofFile(bool readOnly);
    // Whether a report may be added on task: an editor's on any; a reporter's on the tasks its
    // department leads or supports (what the server's policy allows, said here so that the window
    // offers no more).
    bool mayReportOn(const Task &task) const;
};

} // namespace ap
