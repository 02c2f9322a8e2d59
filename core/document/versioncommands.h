#pragma once

#include "commands.h"

// The command of a plan's versions that is an edit: a reason typed for an item changed since a
// version (调整理由). Saving and removing a version are not edits (no undo reaches into one).
namespace ap {

class SetAdjustmentReasonCommand : public PlanCommand
{
public:
    SetAdjustmentReasonCommand(PlanDocument *doc, Id versionId, const QString &item, const QString &reason);
    void redo() override { check(m_doc->applyAdjustmentReason(m_version, m_item, m_new)); }
    void undo() override { check(m_doc->applyAdjustmentReason(m_version, m_item, m_old)); }

private:
    Id m_version;
    QString m_item, m_old, m_new;
};

} // namespace ap
