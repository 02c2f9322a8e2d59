#include "versionsdialog.h"

#include "widgets/visiblerowfitter.h"

#include "shell/errorbox.h"
#include "document/plandocument.h"
#include "document/versioncomparison.h"
#include "documentpreview.h"
#include "print/adjustmentprinter.h"
#include "print/planprinter.h"
#include "models/comparisonmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ap {

VersionsDialog::VersionsDialog(PlanDocument *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
{
    setWindowTitle(tr("Versions and Adjustments"));
    auto *layout = new QVBoxLayout(this);

    auto *listLabel = new QLabel(tr("&Versions of the plan:"), this);
    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("VersionList"));
    m_versions->setHeaderLabels({tr("Name"), tr("Saved"), tr("By"), tr("Tasks")});
    m_versions->setRootIsDecorated(false);
    m_versions->setMaximumHeight(fontMetrics().height() * 7);
    m_versions->header()->setStretchLastSection(false);
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    listLabel->setBuddy(m_versions);
    layout->addWidget(listLabel);
    layout->addWidget(m_versions);

    auto *row = new QHBoxLayout;
    auto *againstLabel = new QLabel(tr("Compare &with:"), this);
    m_against = new QComboBox(this);
    m_against->setObjectName(QStringLiteral("CompareAgainst"));
    againstLabel->setBuddy(m_against);
    m_remove = new QPushButton(tr("&Remove Version…"), this);
    m_remove->setObjectName(QStringLiteral("RemoveVersionButton"));
    m_remove->setAutoDefault(false);
    m_open = new QPushButton(tr("Op&en Read-Only"), this);
    m_open->setObjectName(QStringLiteral("OpenVersionButton"));
    m_open->setToolTip(tr("The version as it was saved, in a window of its own: read, print and export it like the plan."));
    m_open->setAutoDefault(false);
    row->addWidget(againstLabel);
    row->addWidget(m_against, 1);
    row->addStretch();
    row->addWidget(m_open);
    row->addWidget(m_remove);
    layout->addLayout(row);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ComparisonSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new ComparisonModel(doc, this);
    m_changes = new QTableView(this);
    m_changes->setObjectName(QStringLiteral("ChangeTable"));
    m_changes->setModel(m_model);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->hide();
    VisibleRowFitter::attach(m_changes);   // every item of a plan may have changed: rows fitted as seen
    // The words before and after and the reason share what the item's place leaves.
    QHeaderView *header = m_changes->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ComparisonModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ComparisonModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ComparisonModel::PlaceColumn, QHeaderView::Interactive);
    header->resizeSection(ComparisonModel::PlaceColumn, fontMetrics().horizontalAdvance(QStringLiteral("一、（一）1.扩大重点人群")));
    m_changes->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    m_changes->setTabKeyNavigation(false);
    layout->addWidget(m_changes, 1);

    auto *printRow = new QHBoxLayout;
    auto *coverLabel = new QLabel(tr("Adjustment table's c&over:"), this);
    m_cover = new QComboBox(this);
    m_cover->setObjectName(QStringLiteral("AdjustmentCover"));
    m_cover->addItem(tr("None: the table alone"), int(AdjustmentPrinter::Cover::None));
    m_cover->addItem(tr("Request (请示)"), int(AdjustmentPrinter::Cover::Request));
    m_cover->addItem(tr("Notice (通知)"), int(AdjustmentPrinter::Cover::Notice));
    coverLabel->setBuddy(m_cover);
    m_preview = new QPushButton(tr("&Preview Adjustment Table…"), this);
    m_preview->setObjectName(QStringLiteral("PreviewAdjustmentButton"));
    m_preview->setAutoDefault(false);
    printRow->addWidget(coverLabel);
    printRow->addWidget(m_cover);
    printRow->addWidget(m_preview);
    printRow->addStretch();
    layout->addLayout(printRow);
    connect(m_preview, &QPushButton::clicked, this, &VersionsDialog::previewTable);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_versions, &QTreeWidget::currentItemChanged, this, [this]() {
        fillAgainst();
        compare();
    });
    connect(m_against, &QComboBox::currentIndexChanged, this, &VersionsDialog::compare);
    connect(m_remove, &QPushButton::clicked, this, &VersionsDialog::removeVersion);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        m_toOpen = currentVersion();
        if (m_toOpen)
            accept();
    });
    connect(doc, &PlanDocument::versionsChanged, this, [this]() {
        // A reason typed shows through the model; only a version saved or removed refills the lists.
        QList<qint64> ids;
        for (const PlanVersion &v : m_doc->versions().list)
            ids << v.id;
        if (ids != m_listed)
            fillVersions();
    });

    fillVersions();
    // The latest version is the one a clerk compares with: where the year's adjustment starts.
    if (m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(m_versions->topLevelItemCount() - 1));
    resize(1000, 620);
}

qint64 VersionsDialog::currentVersion() const
{
    const QTreeWidgetItem *item = m_versions->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void VersionsDialog::selectVersion(qint64 id)
{
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i)
        if (m_versions->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            m_versions->setCurrentItem(m_versions->topLevelItem(i));
}

void VersionsDialog::fillVersions()
{
    const qint64 current = currentVersion();
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    m_listed.clear();
    for (const PlanVersion &v : m_doc->versions().list) {
        auto *item = new QTreeWidgetItem(m_versions, {v.name, v.savedWhen(), v.savedBy, QString::number(v.taskCount)});
        item->setData(0, Qt::UserRole, v.id);
        m_listed << v.id;
    }
    selectVersion(current);
    if (!m_versions->currentItem() && m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(m_versions->topLevelItemCount() - 1));
    m_remove->setEnabled(m_versions->currentItem() && !m_doc->isReadOnly());
    fillAgainst();
    compare();
}

void VersionsDialog::fillAgainst()
{
    const qint64 chosen = m_against->currentData().toLongLong();
    const QSignalBlocker block(m_against);
    m_against->clear();
    m_against->addItem(tr("The plan now"), qint64(0));
    // Only versions saved after the one chosen: a comparison reads forward in time.
    bool after = false;
    for (const PlanVersion &v : m_doc->versions().list) {
        if (after)
            m_against->addItem(v.name, v.id);
        after = after || v.id == currentVersion();
    }
    const int at = m_against->findData(chosen);
    m_against->setCurrentIndex(at >= 0 ? at : 0);
}

void VersionsDialog::compare()
{
    m_remove->setEnabled(m_versions->currentItem() && !m_doc->isReadOnly());
    m_open->setEnabled(currentVersion() != 0);
    m_preview->setEnabled(currentVersion() != 0);
    const qint64 from = currentVersion();
    if (!from) {
        m_model->setComparison({});
        m_summary->setText(tr("The plan has no versions yet. Save one with Plan ▸ Save Version… when the plan is issued "
                              "(印发版); what changes after it is listed here, with a reason for each."));
        return;
    }
    VersionComparison comparison;
    QString error;
    if (!VersionComparison::make(*m_doc, from, m_against->currentData().toLongLong(), &comparison, &error)) {
        m_model->setComparison({});
        m_summary->setText(error);
        return;
    }
    const int count = int(comparison.changes.size());
    m_summary->setText(count == 0 ? tr("Nothing has changed from “%1” to %2.").arg(comparison.from.name, comparison.toName())
                                  : tr("%n change(s) from “%1” to %2. Type the reason for each in its last column.", nullptr, count)
                                        .arg(comparison.from.name, comparison.toName()));
    m_model->setComparison(std::move(comparison));
    if (count > 0)
        m_changes->setCurrentIndex(m_model->index(0, ComparisonModel::ReasonColumn));
}

void VersionsDialog::previewTable()
{
    if (!currentVersion())
        return;
    const AdjustmentPrinter printer(*m_doc, m_model->comparison(), AdjustmentPrinter::Cover(m_cover->currentData().toInt()),
                                    QDate(), PrintOptions::fromSettings().fonts);
    DocumentPreview::show(this,
                          {printer.title(), [&printer](const QString &path, QString *error) { return printer.writePdf(path, error); },
                           [&printer](const QString &path, QString *error) { return printer.writeDocx(path, error); },
                           [&printer](QPagedPaintDevice *device) { printer.paint(device); }},
                          m_doc->folder(), m_doc->filePath());
}

void VersionsDialog::removeVersion()
{
    const PlanVersion *v = m_doc->versions().byId(currentVersion());
    if (!v)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove the Version?"),
                                              tr("Remove the version “%1” saved %2, and the reasons typed for changes since "
                                                 "it? The plan itself is not changed. This cannot be undone.")
                                                  .arg(v->name, v->savedWhen()),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_doc->removeVersion(v->id))
        ErrorBox::warn(this, tr("Version Not Removed"), m_doc->lastError());
}

} // namespace ap
