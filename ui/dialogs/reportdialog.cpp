#include "reportdialog.h"

#include "domain/targettext.h"
#include "status/statusengine.h"
#include "widgets/evidencelist.h"

#include <QListWidget>

#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ap {

ReportDialog::ReportDialog(const PlanDocument &doc, Id taskId, const QString &period, QWidget *parent)
    : ReportDialog(doc, QList<Id>{taskId}, taskId, period, parent)
{
}

ReportDialog::ReportDialog(const PlanDocument &doc, const QList<Id> &tasks, Id taskId, const QString &period,
                             QWidget *parent)
    : QDialog(parent), m_doc(doc), m_taskId(taskId)
{
    setObjectName(QStringLiteral("ReportDialog"));
    const PlanData &plan = doc.plan();

    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("ReportTaskBox"));
    for (Id t : tasks)
        m_task->addItem(doc.taskPlace(t) + QLatin1Char(' ') + plan.tasks.value(t).title, t);
    m_task->setCurrentIndex(std::max(0, m_task->findData(taskId)));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("ReportPeriodBox"));
    for (const QString &p : period::ofYear(plan.info.year, plan.info.cadence))
        m_period->addItem(period::display(p) + (doc.reports().isLocked(p) ? tr(" (locked)") : QString()), p);
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    m_status = new QComboBox(this);
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Behind,
                         TaskStatus::Cancelled})
        m_status->addItem(statusDisplay(s), int(s));
    m_percent = new QDoubleSpinBox(this);
    m_percent->setRange(0, 100);
    m_percent->setDecimals(0);
    m_percent->setSuffix(QStringLiteral("%"));
    m_progress = new QPlainTextEdit(this);
    m_problems = new QPlainTextEdit(this);
    m_next = new QPlainTextEdit(this);
    for (QPlainTextEdit *e : {m_progress, m_problems, m_next})
        e->setTabChangesFocus(true);
    m_progress->setMinimumHeight(70);
    m_department = new QComboBox(this);
    m_evidence = new EvidenceList(this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why the earlier report is corrected"));
    m_reasonLabel = new QLabel(tr("Correction &reason:"), this);
    m_reasonLabel->setBuddy(m_reason);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_yearEnd = new QCheckBox(tr("These are the year's final &values (年终实绩)"), this);
    m_yearEnd->setObjectName(QStringLiteral("YearEndBox"));
    m_yearEnd->setToolTip(tr("Next year's plan takes its baselines from the year's final values; a period's figure "
                             "is never printed as the year's."));

    auto *form = new QFormLayout;
    if (tasks.size() > 1)
        form->addRow(tr("&Task:"), m_task);
    else
        m_task->hide();
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Percent &complete:"), m_percent);
    // The targets' rows are the task's own, made again when another task is chosen.
    m_targetForm = new QFormLayout;
    m_targetForm->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_targetForm);
    form->addRow(m_yearEnd);
    form->addRow(tr("Progress (进展情况):"), m_progress);
    form->addRow(tr("Problems (存在问题):"), m_problems);
    form->addRow(tr("Next steps (下步打算):"), m_next);
    form->addRow(tr("Reported &by:"), m_department);
    form->addRow(tr("Evidence (佐证材料):"), m_evidence);
    form->addRow(m_reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(m_task, &QComboBox::currentIndexChanged, this, [this]() { showTask(m_task->currentData().toLongLong()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::load);
    connect(m_reason, &QLineEdit::textChanged, this, &ReportDialog::validate);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (v >= 100 && m_status->currentData().toInt() == int(TaskStatus::InProgress))
            m_status->setCurrentIndex(m_status->findData(int(TaskStatus::Done)));
    });
    for (QWidget *field : std::initializer_list<QWidget *>{m_progress->viewport(), m_problems->viewport(), m_next->viewport(), m_reason})
        field->installEventFilter(this);
    resize(560, 680);
    showTask(m_task->currentData().toLongLong());
}

bool ReportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); })) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop) {
                QStringList paths;
                for (const QUrl &u : urls)
                    paths << u.toLocalFile();
                m_evidence->addFiles(paths);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReportDialog::showTask(Id taskId)
{
    const PlanData &plan = m_doc.plan();
    m_taskId = taskId;
    const Task &task = *plan.tasks.constFind(taskId);
    setWindowTitle(tr("Report Progress — %1").arg(task.title));
    while (m_targetForm->rowCount() > 0)
        m_targetForm->removeRow(0);
    m_actuals.clear();
    auto *validator = new QDoubleValidator(m_targetForm);
    for (const Target &t : task.targets) {
        auto *edit = new QLineEdit(this);
        edit->setValidator(validator);
        edit->setProperty("targetId", t.id);
        // A count is reported to date; a rate or level as it stands at the period's end.
        const QString unit = t.unit.isEmpty() ? tr("value") : t.unit;
        m_targetForm->addRow(StatusEngine::measureOf(t) == TargetMeasure::Level
                                 ? tr("%1 (at the period's end, %2):").arg(t.indicator, unit)
                                 : tr("%1 (to date, %2):").arg(t.indicator, unit),
                             edit);
        m_actuals.append(edit);
    }
    // A reporter reports as its own department (the server allows no other); others may name
    // any department the task names.
    const QSignalBlocker block(m_department);
    m_department->clear();
    const Id own = m_doc.reportingDepartment();
    if (own == 0)
        m_department->addItem(tr("(not given)"), 0);
    for (Id d : task.departmentIds(DepartmentRole::Lead) + task.departmentIds(DepartmentRole::Support))
        if (const Department *dep = plan.department(d); dep && (own == 0 || d == own))
            m_department->addItem(dep->name, dep->id);
    // Tab goes down the form as it reads: the target fields are made last and would come last.
    QList<QWidget *> order;
    if (m_task->isVisibleTo(this))
        order.append(m_task);
    order << m_period << m_status << m_percent;
    for (QLineEdit *e : std::as_const(m_actuals))
        order.append(e);
    order << m_yearEnd << m_progress << m_problems << m_next << m_department << m_evidence->addButton()
          << m_evidence->list() << m_evidence->removeButton() << m_reason << m_ok << m_cancel;
    for (int i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
    load();
}

void ReportDialog::load()
{
    const QString p = m_period->currentData().toString();
    const ProgressReport *current = m_doc.reports().currentFor(m_taskId, p);
    m_supersedes = current ? current->id : 0;
    const bool locked = m_doc.reports().isLocked(p);
    m_status->setCurrentIndex(m_status->findData(int(current ? current->status : TaskStatus::InProgress)));
    m_percent->setValue(current && current->percent ? *current->percent : 0);
    QDate periodEnd;
    period::parse(p, nullptr, &periodEnd);
    const Task &task = *m_doc.plan().tasks.constFind(m_taskId);
    for (QLineEdit *e : std::as_const(m_actuals)) {
        const Id target = e->property("targetId").toLongLong();
        e->setText(current && current->actuals.contains(target) ? formatNumber(current->actuals.value(target)) : QString());
        for (const Target &t : task.targets)
            if (t.id == target)
                e->setPlaceholderText(dueHint(t, task, periodEnd));
    }
    // The year's final values come with its last period.
    const QList<QString> periods = period::ofYear(m_doc.plan().info.year, m_doc.plan().info.cadence);
    m_yearEnd->setEnabled(!periods.isEmpty() && p == periods.last());
    m_yearEnd->setChecked(m_yearEnd->isEnabled() && current && current->yearEnd);
    m_progress->setPlainText(current ? current->progress : QString());
    m_problems->setPlainText(current ? current->problems : QString());
    m_next->setPlainText(current ? current->nextSteps : QString());
    // A correction keeps the department of the report it corrects; a new report starts from the lead.
    if (current)
        m_department->setCurrentIndex(std::max(0, m_department->findData(current->departmentId)));
    else
        m_department->setCurrentIndex(m_department->count() > 1 && m_doc.reportingDepartment() == 0 ? 1 : 0);
    // A correction's files are its own; the earlier report keeps the ones it carries.
    m_evidence->setEarlier(current ? current->evidence : QList<EvidenceFile>());
    m_reason->clear();
    m_reason->setVisible(current);
    m_reasonLabel->setVisible(current);
    if (locked)
        m_note->setText(tr("%1 has been reported and is locked. Unlock it from the Plan menu to change its reports.")
                            .arg(period::display(p)));
    else if (current) {
        const QString when = current->enteredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString entered = current->enteredBy.isEmpty() ? when : tr("%1 by %2").arg(when, current->enteredBy);
        m_note->setText(tr("%1 already has a report (entered %2). Saving records a correction; the earlier report stays "
                           "in the history.")
                            .arg(period::display(p), entered));
    }
    else
        m_note->clear();
    validate();
}

QString ReportDialog::dueHint(const Target &t, const Task &task, const QDate &periodEnd) const
{
    const std::optional<TargetStep> due = StatusEngine::stepFor(t, task, m_doc.plan().info.year, periodEnd);
    if (!due)
        return QString();
    return tr("due %1 by %2").arg(opDisplay(t.op) + formatNumber(*due->value) + t.unit, due->due.toString(Qt::ISODate));
}

void ReportDialog::validate()
{
    const bool locked = m_doc.reports().isLocked(m_period->currentData().toString());
    m_ok->setEnabled(!locked && (m_supersedes == 0 || !m_reason->text().trimmed().isEmpty()));
}

ProgressReport ReportDialog::report() const
{
    ProgressReport c;
    c.taskId = m_taskId;
    c.period = m_period->currentData().toString();
    c.reportDate = QDate::currentDate();
    c.status = TaskStatus(m_status->currentData().toInt());
    c.percent = m_percent->value();
    for (QLineEdit *e : m_actuals) {
        bool ok = false;
        const double v = e->text().trimmed().toDouble(&ok);
        if (ok)
            c.actuals.insert(e->property("targetId").toLongLong(), v);
    }
    c.progress = m_progress->toPlainText().trimmed();
    c.problems = m_problems->toPlainText().trimmed();
    c.nextSteps = m_next->toPlainText().trimmed();
    c.departmentId = m_department->currentData().toLongLong();
    c.yearEnd = m_yearEnd->isEnabled() && m_yearEnd->isChecked();
    c.supersedesId = m_supersedes;
    c.correctionReason = m_reason->text().trimmed();
    c.evidence = m_evidence->files();
    return c;
}

} // namespace ap
