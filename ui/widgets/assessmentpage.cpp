#include "assessmentpage.h"

#include "widgets/visiblerowfitter.h"

#include "dialogs/documentpreview.h"
#include "dialogs/printsettingsdialog.h"
#include "dialogs/schemeweightsdialog.h"
#include "document/planedits.h"
#include "editor/choicedelegate.h"
#include "models/assessmentawardmodel.h"
#include "models/assessmentextramodel.h"
#include "models/assessmentschememodel.h"
#include "models/assessmentscoremodel.h"
#include "print/assessmentprinter.h"
#include "print/planprinter.h"
#include "print/yearsummary.h"
#include "status/assessmentwords.h"
#include "domain/targettext.h"
#include "widgets/checkeddelegate.h"
#include "widgets/gridview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ap {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

GridView *grid(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *view = new GridView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    VisibleRowFitter::attach(view);   // its words wrapped, row by row as they come into view
    return view;
}

} // namespace

AssessmentPage::AssessmentPage(PlanDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_scores(new AssessmentScoreModel(doc, this))
    , m_scheme(new AssessmentSchemeModel(doc, this))
    , m_extras(new AssessmentExtraModel(doc, this))
    , m_awards(new AssessmentAwardModel(doc, this))
{
    setObjectName(QStringLiteral("AssessmentPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("AssessmentSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // The documents and the scheme's two steps, in the order of the year's end.
    auto *buttons = new QHBoxLayout;
    m_make = button(tr("&Make the Scheme from the Plan"), "MakeSchemeButton", this);
    QPushButton *rules = button(tr("&Rules (考核细则)…"), "RulesButton", this);
    QPushButton *bulletin = button(tr("Result &Notice (考核结果通报)…"), "BulletinButton", this);
    m_unitSheet = button(tr("&Unit's Score Sheet…"), "UnitSheetButton", this);
    QPushButton *summary = button(tr("Year's &Summary (年度工作总结)…"), "SummaryButton", this);
    QPushButton *targets = button(tr("&Targets Table…"), "TargetsTableButton", this);
    m_publish = button(QString(), "PublishButton", this);
    for (QPushButton *b : {m_make, rules, bulletin, m_unitSheet, summary, targets, m_publish})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("AssessmentTabs"));
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_ranking = new QTableWidget(0, 5, splitter);
    m_ranking->setObjectName(QStringLiteral("RankingTable"));
    m_ranking->setHorizontalHeaderLabels({tr("Rank"), tr("Unit"), tr("Score"), tr("Tier"), tr("Self-Assessed")});
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->verticalHeader()->hide();
    m_ranking->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ranking->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_scoreView = grid(m_scores, "ScoreTable", splitter);
    const std::pair<int, int> widths[] = {{AssessmentScoreModel::TaskColumn, 190}, {AssessmentScoreModel::PointsColumn, 45},
                                          {AssessmentScoreModel::ReachedColumn, 220}, {AssessmentScoreModel::ComputedColumn, 70},
                                          {AssessmentScoreModel::SelfColumn, 60}, {AssessmentScoreModel::SelfNoteColumn, 110},
                                          {AssessmentScoreModel::ReviewColumn, 60}, {AssessmentScoreModel::ReviewReasonColumn, 110},
                                          {AssessmentScoreModel::ScoreColumn, 55}, {AssessmentScoreModel::LostColumn, 180}};
    for (const auto &[column, width] : widths)
        m_scoreView->setColumnWidth(column, width);
    // Points out of range stay in their cell with why, as a spreadsheet's checked cell keeps them.
    auto *checked = new CheckedDelegate([this](const QModelIndex &index, const QString &text) { return m_scores->refusal(index, text); },
                                        m_scoreView);
    connect(checked, &CheckedDelegate::refused, this, &AssessmentPage::message);
    m_scoreView->setItemDelegateForColumn(AssessmentScoreModel::SelfColumn, checked);
    m_scoreView->setItemDelegateForColumn(AssessmentScoreModel::ReviewColumn, checked);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 1000});
    m_tabs->addTab(splitter, tr("Scores by Unit"));

    auto *schemePage = new QWidget(m_tabs);
    auto *schemeLayout = new QVBoxLayout(schemePage);
    m_schemeTotal = new QLabel(schemePage);
    m_schemeTotal->setObjectName(QStringLiteral("SchemeTotal"));
    m_schemeTotal->setWordWrap(true);
    schemeLayout->addWidget(m_schemeTotal);
    auto *tiersRow = new QHBoxLayout;
    m_tiers = new QLineEdit(schemePage);
    m_tiers->setObjectName(QStringLiteral("TiersEdit"));
    auto *tiersLabel = new QLabel(tr("Tiers by s&core:"), schemePage);
    tiersLabel->setBuddy(m_tiers);
    tiersRow->addWidget(tiersLabel);
    tiersRow->addWidget(m_tiers, 1);
    schemeLayout->addLayout(tiersRow);
    connect(m_tiers, &QLineEdit::editingFinished, this, &AssessmentPage::writeTiers);
    m_schemeView = grid(m_scheme, "SchemeTable", schemePage);
    m_schemeView->setItemDelegateForColumn(AssessmentSchemeModel::RuleColumn, new ChoiceDelegate(m_schemeView));
    auto *checkedScheme = new CheckedDelegate(
        [this](const QModelIndex &index, const QString &text) { return m_scheme->refusal(index, text); }, m_schemeView);
    connect(checkedScheme, &CheckedDelegate::refused, this, &AssessmentPage::message);
    for (int column : {AssessmentSchemeModel::PointsColumn, AssessmentSchemeModel::FloorColumn, AssessmentSchemeModel::StepColumn,
                       AssessmentSchemeModel::DeductColumn, AssessmentSchemeModel::CapColumn})
        m_schemeView->setItemDelegateForColumn(column, checkedScheme);
    m_schemeView->setColumnWidth(AssessmentSchemeModel::TaskColumn, 320);
    m_schemeView->setColumnWidth(AssessmentSchemeModel::RuleColumn, 200);
    schemeLayout->addWidget(m_schemeView);
    m_tabs->addTab(schemePage, tr("Assessment Scheme"));
    m_tabs->addTab(extrasPage(), tr("Bonuses and Vetoes"));
    layout->addWidget(m_tabs, 1);

    connect(m_make, &QPushButton::clicked, this, &AssessmentPage::makeScheme);
    connect(m_publish, &QPushButton::clicked, this, [this] { setPublished(!m_doc->plan().assessment.published); });
    connect(rules, &QPushButton::clicked, this, [this] { preview(int(AssessmentPrinter::Kind::Rules)); });
    connect(bulletin, &QPushButton::clicked, this, [this] { preview(int(AssessmentPrinter::Kind::Bulletin)); });
    connect(m_unitSheet, &QPushButton::clicked, this, [this] { preview(int(AssessmentPrinter::Kind::UnitSheet)); });
    connect(summary, &QPushButton::clicked, this, &AssessmentPage::previewSummary);
    connect(targets, &QPushButton::clicked, this, &AssessmentPage::targetsTableRequested);
    connect(m_ranking, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_ranking->selectedItems();
        if (!selected.isEmpty())
            m_scores->setUnit(selected.first()->data(Qt::UserRole).toLongLong());
        m_unitSheet->setEnabled(m_scores->unitScore() != nullptr);
    });
    connect(m_scores, &AssessmentScoreModel::refused, this, &AssessmentPage::message);
    connect(m_scheme, &AssessmentSchemeModel::refused, this, &AssessmentPage::message);
    connect(m_extras, &AssessmentExtraModel::refused, this, &AssessmentPage::message);
    connect(m_awards, &AssessmentAwardModel::refused, this, &AssessmentPage::message);
    connect(doc, &PlanDocument::assessmentChanged, this, &AssessmentPage::refreshWhenLive);
    connect(doc, &PlanDocument::assessmentChanged, this, [this] { Q_EMIT message(QString()); });   // a refusal said before is past
    connect(doc, &PlanDocument::reportsChanged, this, [this] {
        if (m_live)
            refreshRanking();
        else
            m_refreshDue = true;
    });
    connect(doc, &PlanDocument::planInfoChanged, this, &AssessmentPage::refreshWhenLive);
    // The scores measure against the version in force at the year's end; departments are named.
    connect(doc, &PlanDocument::versionsChanged, this, &AssessmentPage::refreshWhenLive);
    connect(doc, &PlanDocument::departmentsChanged, this, &AssessmentPage::refreshWhenLive);
    refresh();
    // A reporter sees its own unit first.
    if (doc->reportingDepartment() != 0)
        showUnit(doc->reportingDepartment());
    else if (m_ranking->rowCount() > 0)
        m_ranking->selectRow(0);
    // With no scheme yet, the scheme's tab is where the work starts.
    if (m_scores->result().itemCount == 0)
        m_tabs->setCurrentIndex(1);
}

QWidget *AssessmentPage::extrasPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("The scheme's bonus items (加分项: points each time given, up to a cap) and veto items (一票否决: "
                               "the unit scores nothing). Below, how many times each unit was given each."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QHBoxLayout;
    QPushButton *bonus = button(tr("&Add a Bonus Item"), "AddBonusButton", page);
    QPushButton *veto = button(tr("Add a Veto &Item"), "AddVetoButton", page);
    QPushButton *remove = button(tr("De&lete the Item"), "RemoveExtraButton", page);
    for (QPushButton *b : {bonus, veto, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_extraView = grid(m_extras, "ExtraTable", page);
    m_extraView->setItemDelegateForColumn(AssessmentExtraModel::KindColumn, new ChoiceDelegate(m_extraView));
    auto *checkedExtra = new CheckedDelegate(
        [this](const QModelIndex &index, const QString &text) { return m_extras->refusal(index, text); }, m_extraView);
    connect(checkedExtra, &CheckedDelegate::refused, this, &AssessmentPage::message);
    m_extraView->setItemDelegateForColumn(AssessmentExtraModel::PointsColumn, checkedExtra);
    m_extraView->setItemDelegateForColumn(AssessmentExtraModel::CapColumn, checkedExtra);
    m_extraView->setColumnWidth(AssessmentExtraModel::KindColumn, 160);
    m_extraView->setColumnWidth(AssessmentExtraModel::TitleColumn, 360);
    layout->addWidget(m_extraView, 1);
    auto *awards = grid(m_awards, "AwardTable", page);
    auto *checkedAward = new CheckedDelegate(
        [this](const QModelIndex &index, const QString &text) { return m_awards->refusal(index, text); }, awards);
    connect(checkedAward, &CheckedDelegate::refused, this, &AssessmentPage::message);
    awards->setItemDelegate(checkedAward);
    awards->horizontalHeader()->setStretchLastSection(false);
    awards->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(awards, 2);
    auto addExtra = [this](AssessmentExtra::Kind kind) {
        const int row = m_extras->add(kind, kind == AssessmentExtra::Kind::Bonus ? tr("New bonus item") : tr("New veto item"));
        if (row < 0)
            return;
        m_extraView->setFocus();
        m_extraView->setCurrentIndex(m_extras->index(row, AssessmentExtraModel::TitleColumn));
        m_extraView->edit(m_extraView->currentIndex());
    };
    connect(bonus, &QPushButton::clicked, this, [addExtra] { addExtra(AssessmentExtra::Kind::Bonus); });
    connect(veto, &QPushButton::clicked, this, [addExtra] { addExtra(AssessmentExtra::Kind::Veto); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex at = m_extraView->currentIndex();
        if (!at.isValid()) {
            Q_EMIT message(tr("Choose the item to remove in the table first."));
            return;
        }
        m_extras->remove(at.row());
    });
    m_extraButtons = {bonus, veto, remove};
    return page;
}

void AssessmentPage::showUnit(Id departmentId)
{
    for (int r = 0; r < m_ranking->rowCount(); ++r)
        if (m_ranking->item(r, 0)->data(Qt::UserRole).toLongLong() == departmentId) {
            m_ranking->selectRow(r);
            return;
        }
    m_scores->setUnit(departmentId);
}

void AssessmentPage::refreshWhenLive()
{
    if (m_live)
        refresh();
    else
        m_refreshDue = true;
}

void AssessmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_live)
        return;
    m_live = true;
    // The models first: the labels and the ranking read them (and are made again when any of
    // them changed meanwhile).
    const bool scores = m_scores->setLive(true);
    const bool scheme = m_scheme->setLive(true);
    const bool awards = m_awards->setLive(true);
    if (m_refreshDue || scores || scheme || awards) {
        m_refreshDue = false;
        refresh();
    }
    if (scores)
        m_scorePlace.restore(m_scoreView, [this](int row) { return m_scores->taskId(row); });
    if (scheme)
        m_schemePlace.restore(m_schemeView, [this](int row) { return m_scheme->taskId(row); });
}

void AssessmentPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A window minimised hides the page too: computed again when it comes back, where it was.
    m_live = false;
    m_scorePlace = ViewPlace::of(m_scoreView, [this](int row) { return m_scores->taskId(row); });
    m_schemePlace = ViewPlace::of(m_schemeView, [this](int row) { return m_scheme->taskId(row); });
    m_scores->setLive(false);
    m_scheme->setLive(false);
    m_awards->setLive(false);
}

void AssessmentPage::refresh()
{
    const bool writable = !m_doc->isReadOnly();
    const bool published = m_doc->plan().assessment.published;
    m_make->setEnabled(writable && !published);
    if (!m_tiers->hasFocus())
        m_tiers->setText(tiersText(m_doc->plan().assessment.tiers));
    m_tiers->setReadOnly(!writable || published);
    for (QPushButton *b : std::as_const(m_extraButtons))
        b->setEnabled(writable && !published);
    m_publish->setEnabled(writable && m_scores->result().itemCount > 0);
    m_publish->setText(published ? tr("&Withdraw the Publication") : tr("Pu&blish the Result"));
    int assessed = 0;
    for (const Task &t : m_doc->plan().tasks)
        assessed += t.assessment ? 1 : 0;
    m_schemeTotal->setText(assessed == 0 ? tr("No task is assessed yet. Make the scheme from the plan in one click, or type a "
                                              "task's points in its row.")
                                         : tr("%n task(s) assessed, %1 points in all; each unit's points are brought to a "
                                              "scale of 100.",
                                              nullptr, assessed)
                                               .arg(AssessmentWords::points(m_scheme->totalPoints())));
    refreshRanking();
}

void AssessmentPage::refreshRanking()
{
    const Id shown = m_scores->unit();
    const AssessmentResult &r = m_scores->result();
    const QSignalBlocker block(m_ranking);
    m_ranking->setRowCount(int(r.units.size()));
    for (int row = 0; row < r.units.size(); ++row) {
        const UnitScore &u = r.units.at(row);
        const Department *d = m_doc->plan().department(u.departmentId);
        const QStringList cells = {QString::number(u.rank), d ? d->name : QString(),
                                   u.vetoed ? tr("0 (vetoed)") : AssessmentWords::points(u.score), u.tier,
                                   u.selfScore ? AssessmentWords::points(*u.selfScore) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, u.departmentId);
            m_ranking->setItem(row, c, item);
        }
        if (u.departmentId == shown)
            m_ranking->selectRow(row);
    }
    const QString when = PlanPrinter::yearMonthDay(r.asOf);
    if (r.itemCount == 0)
        m_summary->setText(tr("The plan has no assessment scheme yet."));
    else
        m_summary->setText((m_doc->plan().assessment.published ? tr("Published. ") : QString())
                           + tr("%n unit(s) assessed on %1 item(s), from the figures known on %2.", nullptr, int(r.units.size()))
                                 .arg(r.itemCount)
                                 .arg(when)
                           + (r.pendingCount > 0 ? tr(" %n item(s) still to be scored by the assessors.", nullptr, r.pendingCount)
                                                 : QString()));
    m_unitSheet->setEnabled(m_scores->unitScore() != nullptr);
}

QString AssessmentPage::tiersText(const QList<AssessmentTier> &tiers)
{
    QStringList parts;
    for (const AssessmentTier &t : tiers)
        parts << t.name + QLatin1Char(' ') + formatNumber(t.minScore);
    return parts.join(QStringLiteral("，"));
}

std::optional<QList<AssessmentTier>> AssessmentPage::parseTiers(const QString &text)
{
    // "优秀 90，良好 80，合格 60，不合格 0" (or 优秀≥90; 良好>=80 …): a name and its least score each.
    static const QRegularExpression separators(QStringLiteral("[，,；;、\\n]+"));
    static const QRegularExpression part(QStringLiteral("^\\s*(.*?)\\s*(?:≥|>=|＞＝|:|：)?\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*(?:以上|及以上)?\\s*$"));
    QList<AssessmentTier> tiers;
    for (const QString &piece : text.normalized(QString::NormalizationForm_KC).split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = part.match(piece);
        if (!m.hasMatch() || m.captured(1).isEmpty() || m.captured(2).toDouble() > 1000)
            return std::nullopt;
        tiers.append({m.captured(1), m.captured(2).toDouble()});
    }
    std::stable_sort(tiers.begin(), tiers.end(), [](const AssessmentTier &a, const AssessmentTier &b) { return a.minScore > b.minScore; });
    return tiers;
}

void AssessmentPage::writeTiers()
{
    const std::optional<QList<AssessmentTier>> tiers = parseTiers(m_tiers->text());
    if (!tiers) {
        Q_EMIT message(tr("Write the tiers as names with their least scores, such as 优秀 90，良好 80，合格 60，不合格 0."));
        return;
    }
    if (*tiers == m_doc->plan().assessment.tiers)
        return;
    AssessmentChange change;
    change.scheme = m_doc->plan().assessment;
    change.scheme.tiers = *tiers;
    edits::setAssessment(*m_doc, change, tr("Tiers of the Assessment"));
}

void AssessmentPage::makeScheme()
{
    int assessed = 0;
    for (const Task &t : m_doc->plan().tasks)
        assessed += t.assessment ? 1 : 0;
    if (assessed > 0
        && QMessageBox::question(this, tr("Make the Scheme Again?"),
                                 tr("%n task(s) already have points. Make the scheme again from the plan, replacing every "
                                    "task's points and rule? (Edit ▸ Undo takes it back.)",
                                    nullptr, assessed),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    // The clerk's points for each part of the plan first.
    QStringList labels;
    for (Id top : m_doc->plan().childSections.value(0))
        labels << m_doc->sectionLabel(top) + m_doc->plan().sections.value(top).title;
    SchemeWeightsDialog weights(m_doc->plan(), labels, window());
    if (weights.exec() != QDialog::Accepted)
        return;
    const AssessmentChange scheme = AssessmentEngine::defaultScheme(m_doc->plan(), weights.weights());
    if (!edits::setAssessment(*m_doc, scheme, tr("Make the Assessment Scheme")))
        return;
    // What was given, said as it is: a plan of more than a thousand assessed tasks gives each the
    // least a task is given (0.1 point), more than 100 in all.
    double total = 0;
    int given = 0;
    for (const std::optional<AssessmentItem> &item : scheme.items)
        if (item) {
            total += item->points;
            ++given;
        }
    if (std::abs(total - 100) < 0.05)
        Q_EMIT message(tr("The scheme spreads 100 points over the plan's sections and tasks: change any task's points or "
                          "rule in its row."));
    else
        Q_EMIT message(tr("The scheme gives each of its %n task(s) at least 0.1 point, %1 points in all (each unit's "
                          "points are brought to a scale of 100): change any task's points or rule in its row.",
                          nullptr, given)
                           .arg(AssessmentWords::points(total)));
}

void AssessmentPage::setPublished(bool published)
{
    if (published
        && QMessageBox::question(this, tr("Publish the Result?"),
                                 tr("Once published, no self-assessment, review or award changes until the publication is "
                                    "withdrawn. Publish the result?"),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    AssessmentChange change;
    change.scheme = m_doc->plan().assessment;
    change.scheme.published = published;
    edits::setAssessment(*m_doc, change, published ? tr("Publish the Assessment") : tr("Withdraw the Publication"));
}

void AssessmentPage::preview(int kind)
{
    const auto k = AssessmentPrinter::Kind(kind);
    if (k != AssessmentPrinter::Kind::Rules && m_scores->result().itemCount == 0) {
        Q_EMIT message(tr("The plan has no assessment scheme yet: make it first."));
        return;
    }
    const AssessmentPrinter printer(*m_doc, k, QDate(), k == AssessmentPrinter::Kind::UnitSheet ? m_scores->unit() : 0,
                                    PrintOptions::fromSettings().fonts);
    DocumentPreview::show(window(),
                          {printer.title(), [&printer](const QString &path, QString *error) { return printer.writePdf(path, error); },
                           [&printer](const QString &path, QString *error) { return printer.writeDocx(path, error); },
                           [&printer](QPagedPaintDevice *device) { printer.paint(device); }},
                          m_doc->folder(), m_doc->filePath());
}

void AssessmentPage::previewSummary()
{
    const YearSummary summary(*m_doc, QDate(), PrintOptions::fromSettings().fonts);
    DocumentPreview::show(window(),
                          {summary.title(), [&summary](const QString &path, QString *error) { return summary.writePdf(path, error); },
                           [&summary](const QString &path, QString *error) { return summary.writeDocx(path, error); },
                           [&summary](QPagedPaintDevice *device) { summary.paint(device); }},
                          m_doc->folder(), m_doc->filePath());
}

} // namespace ap
