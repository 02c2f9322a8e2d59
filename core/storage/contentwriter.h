#pragma once

#include "domain/progress.h"
#include "planrows.h"

#include <functional>

// A whole plan written after what the rows hold (a new plan file from an import or a copy, a plan
// published to a server, a backup), every id assigned anew: departments, sections, tasks and their
// targets and assessment items, the assessment's scheme, then, when given, the reports in the order
// they were entered, the period locks and the assessment's marks and awards, each
// pointed at the new ids. It writes through the rows' own write steps, inside the caller's
// transaction.
namespace ap {

// A named version as a copy or a publish carries it: its name, time and saver, the plan it froze
// and the reasons typed for changes since it (by the change's key).
struct CarriedVersion
{
    PlanVersion version;
    PlanData content;
    QHash<QString, QString> reasons;
};

// Where a copy reads the bytes of the files its reports carry (the log holds their details only):
// one file at a time, so a plan's files are never all in memory at once.
using EvidenceReader = std::function<bool(Id evidenceId, QByteArray *content, QString *error)>;
// A long write's Progress is told in tasks written; false stops it (nothing is kept). Its last call
// is (total, total), the write's point of no return (done == total at no other call of a plan with
// tasks): when it says go on, what follows is kept.

// The files of the plan rows holds, read through them.
EvidenceReader evidenceOf(PlanRows &rows);

// The versions of the plan the rows hold, each read and checked; false and why when one cannot be.
bool readCarriedVersions(PlanRows &rows, QList<CarriedVersion> *out, QString *error);

// versions, when given, are written after the content, their ids turned into the new ones so that
// they still compare with the plan by identity (an item a version has and the plan no longer does
// keeps an id of its own, negative, that no row of the new plan can take), and so are their reasons.
// The reports' files are copied through evidence, each checked on the way; without one they are
// left out. progress, when given, hears how many tasks are written every few hundred; when it says
// not to go on, the write fails with StoreError::Stopped (the caller's transaction undoes it).
bool writeContent(PlanRows &rows, const PlanData &content, const ReportLog *reports = nullptr,
                  const QList<CarriedVersion> *versions = nullptr, const EvidenceReader &evidence = {},
                  const Progress &progress = {});

} // namespace ap
