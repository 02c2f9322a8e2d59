#include "dashboard.h"

#include "indicatorchart.h"
#include "widgets/measuredoncedelegate.h"
#include "widgets/optionaldateedit.h"
#include "status/monthlyschedule.h"

#include "domain/targettext.h"

#include "models/statussortmodel.h"
#include "models/statustablemodel.h"
#include "status/assessmentengine.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ap {

namespace {

// A list sorted by sortColumn, or in the outline's order (the model's own) with -1: sorted once
// (the sort indicator is set before sorting is enabled, which sorts by it).
QTableView *statusView(QAbstractItemModel *model, QWidget *parent, const QList<int> &hidden, int sortColumn,
                       Qt::SortOrder order = Qt::AscendingOrder)
{
    auto *proxy = new StatusSortModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(StatusTableModel::SortRole);
    auto *view = new QTableView(parent);
    view->setItemDelegate(new MeasuredOnceDelegate(view));
    // The rows' height before the rows: set after, it walks every row of a long list again.
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setModel(proxy);
    view->horizontalHeader()->setSortIndicator(sortColumn, order);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    for (int c : hidden)
        view->hideColumn(c);
    // Every column in view without scrolling sideways: the task's title takes what is left and
    // the long texts (latest progress, problems) stay out of the lists; the tip shows them.
    view->hideColumn(StatusTableModel::ProgressColumn);
    view->hideColumn(StatusTableModel::ProblemsColumn);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StatusTableModel::TitleColumn, QHeaderView::Stretch);
    // Columns as wide as the rows in view and a sample of the rest (labels, dates, departments
    // are alike from row to row), measured when the dashboard is shown or its lists change while
    // shown (Dashboard::fitColumns): measuring a thousand rows of each list made the dashboard of a
    // large plan take a quarter of a second to appear, and measuring again at each resize and
    // sort (ResizeToContents) took as long again.
    header->setResizeContentsPrecision(100);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setMinimumHeight(120);
    return view;
}

} // namespace

Dashboard::Dashboard(PlanDocument *doc, const QDateTime &lastOpened, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_lastOpened(lastOpened)
{
    setObjectName(QStringLiteral("Dashboard"));
    const PlanInfo &info = doc->plan().info;
    // The day to judge on, typed as a clerk writes dates (6月底, 2026/9/30 …) or picked.
    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("DashboardDate"));
    m_date->setPlanYear(info.year);
    const QDate today = QDate::currentDate();
    m_date->setDate(today.year() == info.year ? today : QDate(info.year, 12, 31) < today ? QDate(info.year, 12, 31) : QDate(info.year, 1, 1));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("DashboardCounts"));
    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_scores = new QLabel(this);
    m_scores->setObjectName(QStringLiteral("DashboardScores"));
    m_scores->setWordWrap(true);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("DashboardDue"));
    m_due->setWordWrap(true);
    m_due->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_due, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT taskActivated(link.section(QLatin1Char(':'), 1).toLongLong());
    });

    // The plan evaluated once, on the day shown; the two lists narrow those results.
    m_all = new StatusTableModel(doc, this, m_date->date());
    m_alerts = new StatusTableModel(m_all, this);
    m_alerts->setWarnings({Warning::Red, Warning::Yellow, Warning::Unreported, Warning::DoneUnmet, Warning::Blue});
    m_byDepartment = new StatusTableModel(m_all, this);

    m_alertView = statusView(m_alerts, this, {StatusTableModel::RoleColumn, StatusTableModel::ProblemsColumn},
                             StatusTableModel::WarningColumn);
    m_alertView->setObjectName(QStringLiteral("AlertView"));
    m_departmentView = statusView(m_byDepartment, this, {StatusTableModel::LeadColumn}, -1);
    m_departmentView->setObjectName(QStringLiteral("DepartmentView"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("DepartmentBox"));

    m_departmentChart = new QChartView(this);
    m_departmentChart->setRenderHint(QPainter::Antialiasing);
    // Small enough that the dashboard fits a 1366×768 screen with the tables.
    m_departmentChart->setMinimumHeight(180);
    m_trendChart = new IndicatorChart(this);
    m_trendTarget = new QComboBox(this);
    m_trendTarget->setObjectName(QStringLiteral("TrendTargetBox"));
    connect(m_trendTarget, &QComboBox::currentIndexChanged, this, &Dashboard::drawTrend);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of:"), this));
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(m_counts, 1);

    auto *alerts = new QGroupBox(tr("Overdue, not reported, behind and due soon (click to open the task)"), this);
    (new QVBoxLayout(alerts))->addWidget(m_alertView);
    auto *chartBox = new QGroupBox(tr("Warnings by lead department"), this);
    (new QVBoxLayout(chartBox))->addWidget(m_departmentChart);
    auto *trendBox = new QGroupBox(tr("Trend of a target of the selected task"), this);
    auto *trendLayout = new QVBoxLayout(trendBox);
    trendLayout->addWidget(m_trendTarget);
    trendLayout->addWidget(m_trendChart);
    auto *deptBox = new QGroupBox(tr("Department view"), this);
    auto *deptLayout = new QVBoxLayout(deptBox);
    deptLayout->addWidget(m_department);
    deptLayout->addWidget(m_departmentView);

    auto *grid = new QGridLayout;
    grid->addWidget(alerts, 0, 0);
    grid->addWidget(chartBox, 0, 1);
    grid->addWidget(deptBox, 1, 0);
    grid->addWidget(trendBox, 1, 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_changes);
    layout->addWidget(m_scores);
    layout->addWidget(m_due);
    layout->addLayout(grid, 1);

    connect(m_date, &OptionalDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!d.isValid()) {   // an emptied field means today
            m_date->setDate(QDate::currentDate());
            return;
        }
        m_all->setDate(d);   // the lists follow it, and so does the dashboard (refresh() on its reset)
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        m_byDepartment->setDepartment(m_department->currentData().toLongLong());
        fitColumns();
    });
    for (QTableView *v : {m_alertView, m_departmentView}) {
        connect(v, &QTableView::activated, this, [this](const QModelIndex &i) {
            Q_EMIT taskActivated(i.data(StatusTableModel::TaskIdRole).toLongLong());
        });
        connect(v, &QTableView::clicked, this, [this](const QModelIndex &i) {
            showTrend(i.data(StatusTableModel::TaskIdRole).toLongLong());
        });
        connect(v, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
            Q_EMIT taskActivated(i.data(StatusTableModel::TaskIdRole).toLongLong());
        });
    }
    connect(m_all, &QAbstractItemModel::modelReset, this, &Dashboard::refresh);
    connect(doc, &PlanDocument::departmentsChanged, this, &Dashboard::refresh);
    connect(doc, &PlanDocument::assessmentChanged, this, [this] {
        if (isVisible())
            showScores();
        else
            m_refreshDue = true;
    });
    refresh();
}

namespace {

// Long names keep the axis readable without the prefix they share with another name
// ("区卫健委医政科", "区卫健委疾控科" → "医政科", "疾控科").
QStringList withoutSharedPrefixes(QStringList names)
{
    const QStringList full = names;
    for (QString &n : names) {
        int shared = 0;
        for (const QString &other : full) {
            if (other == n)
                continue;
            int k = 0;
            while (k < n.size() && k < other.size() && n.at(k) == other.at(k))
                ++k;
            shared = std::max(shared, k);
        }
        if (shared >= 3 && n.size() - shared >= 2)
            n = n.mid(shared);
    }
    return names;
}

} // namespace

void Dashboard::refresh()
{
    // Only what is shown is computed: hidden, or its lists between a change and their recompute,
    // it is done when shown (showEvent) or when the lists are computed again (their reset).
    if (!isVisible() || m_all->isStale()) {
        m_refreshDue = true;
        return;
    }
    m_refreshDue = false;
    const QList<TaskResult> &results = m_all->allResults();
    showCounts(results);
    showNewReports();
    showDepartments();
    showDepartmentChart(results);
    showScores();
    showDue();
    // The task whose trend the clerk chose stays chosen while it is in the plan; else the list's
    // first row as it is sorted.
    const QModelIndex current = m_alertView->currentIndex();
    const Id chosen = current.isValid() ? current.data(StatusTableModel::TaskIdRole).toLongLong() : m_trendTask;
    const QModelIndex first = m_alertView->model()->index(0, 0);
    showTrend(chosen && m_doc->plan().tasks.contains(chosen) ? chosen
              : first.isValid()                                ? first.data(StatusTableModel::TaskIdRole).toLongLong()
                                                               : Id(0));
    fitColumns();
}

void Dashboard::fitColumns()
{
    // Column by column: resizeColumnsToContents() would size the task's title too, which is to
    // take what is left of the width (its stretch came back only at the next layout).
    for (QTableView *v : {m_alertView, m_departmentView}) {
        auto *delegate = qobject_cast<MeasuredOnceDelegate *>(v->itemDelegate());
        Q_ASSERT(delegate);
        delegate->beginFitting();
        for (int c = 0; c < StatusTableModel::ColumnCount; ++c)
            if (c != StatusTableModel::TitleColumn && !v->isColumnHidden(c))
                v->resizeColumnToContents(c);
        delegate->endFitting();
    }
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // What changed while another page was shown, computed now (the lists first: their reset
    // refreshes the rest).
    m_all->setLive(true);
    if (m_refreshDue)
        refresh();
}

void Dashboard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_all->setLive(false);
}

void Dashboard::showCounts(const QList<TaskResult> &results)
{
    QHash<TaskStatus, int> byStatus;
    QHash<Warning, int> byWarning;
    for (const TaskResult &r : results) {
        ++byStatus[r.status];
        ++byWarning[r.warning];
    }
    auto badge = [](const QColor &c, const QString &text) {
        return QStringLiteral("<span style='background:%1;color:white'>&nbsp;%2&nbsp;</span>").arg(c.name(), text.toHtmlEscaped());
    };
    m_counts->setText(
        tr("%1 tasks: %2 done, %3 in progress, %4 not started, %5 reported behind, %6 cancelled.").arg(results.size())
            .arg(byStatus.value(TaskStatus::Done)).arg(byStatus.value(TaskStatus::InProgress))
            .arg(byStatus.value(TaskStatus::NotStarted)).arg(byStatus.value(TaskStatus::Behind))
            .arg(byStatus.value(TaskStatus::Cancelled))
        + QStringLiteral("&nbsp;&nbsp;")
        + badge(StatusTableModel::warningColour(Warning::Red), tr("%1 overdue").arg(byWarning.value(Warning::Red))) + QLatin1Char(' ')
        + badge(StatusTableModel::warningColour(Warning::Yellow), tr("%1 behind").arg(byWarning.value(Warning::Yellow))) + QLatin1Char(' ')
        + badge(StatusTableModel::warningColour(Warning::Unreported), tr("%1 not reported").arg(byWarning.value(Warning::Unreported))) + QLatin1Char(' ')
        + badge(StatusTableModel::warningColour(Warning::DoneUnmet), tr("%1 done, target not met").arg(byWarning.value(Warning::DoneUnmet))) + QLatin1Char(' ')
        + badge(StatusTableModel::warningColour(Warning::Blue), tr("%1 due soon").arg(byWarning.value(Warning::Blue))) + QLatin1Char(' ')
        + badge(StatusTableModel::warningColour(Warning::None), tr("%1 on track").arg(byWarning.value(Warning::None))));
}

// Once the day shown is the plan's year's end or later: each unit's score, best first.
void Dashboard::showScores()
{
    const PlanData &plan = m_doc->plan();
    const QDate yearEnd = AssessmentEngine::yearEnd(plan);
    const AssessmentResult r = m_date->date() >= yearEnd
        ? AssessmentEngine::assess(*m_doc->planInForce(yearEnd), m_doc->reports())
        : AssessmentResult();
    m_scores->setVisible(r.itemCount > 0);
    if (r.itemCount == 0)
        return;
    QStringList units;
    for (const UnitScore &u : r.units) {
        const Department *d = plan.department(u.departmentId);
        units << tr("%1. %2 %3 (%4)").arg(u.rank).arg(d ? d->name : QString(), formatNumber(u.score), u.tier);
    }
    m_scores->setText(tr("Year-end assessment (figures of %1%2): %3. Plan ▸ Year-End Assessment for each unit's points.")
                          .arg(yearEnd.toString(Qt::ISODate),
                               plan.assessment.published ? tr(", published") : QString(),
                               units.join(QStringLiteral("；"))));
}

// What falls due in the month of the day shown and in the next (倒排工期): a step or a deadline,
// each task a link that opens it; a long list is cut after a few with how many more.
void Dashboard::showDue()
{
    const PlanData &plan = m_doc->plan();
    QStringList parts;
    const QDate day = m_date->date();
    for (const QDate month : {day, day.addMonths(1)}) {
        const QList<Id> due = MonthlySchedule::dueIn(plan, month.year(), month.month());
        QStringList links;
        for (int i = 0; i < due.size() && i < 6; ++i)
            links << QStringLiteral("<a href='task:%1'>%2</a>")
                         .arg(due.at(i))
                         .arg((m_doc->taskPlace(due.at(i)) + plan.tasks.value(due.at(i)).title).toHtmlEscaped());
        if (due.size() > 6)
            links << tr("and %n more", nullptr, int(due.size() - 6));
        const QString head = month == day ? tr("Due this month (%1): %n task(s)", nullptr, int(due.size()))
                                          : tr("Due next month (%1): %n task(s)", nullptr, int(due.size()));
        parts << QStringLiteral("<b>%1</b>%2").arg(head.arg(month.toString(QStringLiteral("yyyy-MM"))).toHtmlEscaped(),
                                                   links.isEmpty() ? QString() : QStringLiteral("：") + links.join(QStringLiteral("、")));
    }
    m_due->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
}

// What came in since the plan was last open here.
void Dashboard::showNewReports()
{
    const PlanData &plan = m_doc->plan();
    int newReports = 0;
    QStringList titles;
    for (const ProgressReport &c : m_doc->reports().entries)
        if (m_lastOpened.isValid() && c.enteredAt > m_lastOpened) {
            ++newReports;
            const QString t = plan.tasks.value(c.taskId).title;
            if (!titles.contains(t) && titles.size() < 5)
                titles.append(t);
        }
    m_changes->setText(!m_lastOpened.isValid() ? QString()
                       : newReports == 0
                           ? tr("No new progress reports since this plan was last open (%1).")
                                 .arg(m_lastOpened.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("Since this plan was last open (%1): %2 new progress reports, on %3.")
                                 .arg(m_lastOpened.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 .arg(newReports)
                                 .arg(titles.join(QStringLiteral("、"))));
}

// Departments for the department view; keep the choice.
void Dashboard::showDepartments()
{
    const PlanData &plan = m_doc->plan();
    const Id chosen = m_department->currentData().toLongLong();
    {
        const QSignalBlocker block(m_department);
        m_department->clear();
        for (const Department &d : plan.departments)
            m_department->addItem(d.name, d.id);
        const int i = m_department->findData(chosen);
        m_department->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_byDepartment->setDepartment(m_department->currentData().toLongLong());
}

// Warnings per lead department, a stacked bar for each department that leads work.
void Dashboard::showDepartmentChart(const QList<TaskResult> &results)
{
    const PlanData &plan = m_doc->plan();
    QList<Id> departments;
    QHash<Id, QHash<Warning, int>> counts;
    for (const TaskResult &r : results) {
        const QList<Id> leads = plan.tasks.constFind(r.taskId)->departmentIds(DepartmentRole::Lead);
        const Id lead = leads.isEmpty() ? 0 : leads.first();
        if (!departments.contains(lead))
            departments.append(lead);
        ++counts[lead][r.warning];
    }
    std::sort(departments.begin(), departments.end(), [&](Id a, Id b) {
        const auto score = [&](Id d) {
            return counts[d][Warning::Red] * 100000 + counts[d][Warning::Unreported] * 1000 + counts[d][Warning::Yellow] * 10
                + counts[d][Warning::Blue];
        };
        return score(a) > score(b);
    });
    departments = departments.mid(0, 10);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList names;
    for (Id d : departments) {
        const QString shortName = d ? plan.department(d)->shortName : QString();
        names.prepend(!shortName.isEmpty() ? shortName : d ? plan.department(d)->name : tr("(no lead)"));
    }
    names = withoutSharedPrefixes(names);
    for (Warning w : {Warning::Red, Warning::Unreported, Warning::Yellow, Warning::DoneUnmet, Warning::Blue, Warning::None}) {
        auto *set = new QBarSet(warningDisplay(w));
        set->setColor(StatusTableModel::warningColour(w));
        for (auto it = departments.crbegin(); it != departments.crend(); ++it)
            *set << counts[*it][w];
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    axisY->setLabelsFont(small);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = m_departmentChart->chart();
    m_departmentChart->setChart(chart);
    delete old;
}

void Dashboard::showTrend(Id taskId)
{
    // The same task shown again (the plan changed): the target chosen stays chosen.
    const QVariant chosenTarget = taskId == m_trendTask ? m_trendTarget->currentData() : QVariant();
    m_trendTask = taskId;
    const QSignalBlocker block(m_trendTarget);
    m_trendTarget->clear();
    const auto it = m_doc->plan().tasks.constFind(taskId);
    if (it != m_doc->plan().tasks.cend())
        for (const Target &t : it->targets)
            m_trendTarget->addItem(t.indicator, t.id);
    if (chosenTarget.isValid() && m_trendTarget->findData(chosenTarget) >= 0)
        m_trendTarget->setCurrentIndex(m_trendTarget->findData(chosenTarget));
    m_trendTarget->setEnabled(m_trendTarget->count() > 1);
    drawTrend();
}

void Dashboard::drawTrend()
{
    m_trendChart->showIndicator(*m_doc, m_trendTask, m_trendTarget->currentData().toLongLong());
}

} // namespace ap
