#pragma once

#include "domain/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ap {

class OptionalDateEdit;

// Edits the plan's properties (year, title, issuing organisation, document date, cadence) and,
// on a page of its own, the notice the plan is issued in (版头, 主送机关, text, 版记). It only
// collects values; the caller pushes the command or creates the file.
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanPropertiesDialog(const PlanInfo &info, QWidget *parent = nullptr);
    // The values given, with the fields shown here changed (the others kept).
    PlanInfo info() const;

private:
    QWidget *noticePage(const IssueNotice &notice);
    void noticeToggled(bool on);

    PlanInfo m_base;
    QSpinBox *m_year;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    OptionalDateEdit *m_date;
    QComboBox *m_cadence;
    QCheckBox *m_notice;
    QLineEdit *m_issuerMark, *m_number, *m_addressees, *m_copiesTo, *m_printedBy;
    QPlainTextEdit *m_noticeText;
    OptionalDateEdit *m_printDate;
    QList<QWidget *> m_noticeFields;
};

} // namespace ap
