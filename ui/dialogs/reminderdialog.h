#pragma once

#include "document/plandocument.h"
#include "print/planprinter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ap {

// 催报 for one period: every department that leads a task without the period's report, with those
// tasks, kept live as reports arrive (a server plan's departments report while it is open). For the
// department chosen it copies or saves the 催报通知 (PDF or Word) and writes its return form.
class ReminderDialog : public QDialog
{
    Q_OBJECT
public:
    ReminderDialog(const PlanDocument &doc, const QString &period, const PrintFonts &fonts, QWidget *parent = nullptr);

    QString period() const;
    // The department whose row (or task row) is current; 0 when none.
    Id currentDepartment() const;

private:
    void refresh();
    void copyNotice();
    void saveNotice();
    void writeForm();

    const PlanDocument &m_doc;
    PrintFonts m_fonts;
    QComboBox *m_period;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_copy, *m_save, *m_form;
};

} // namespace ap
