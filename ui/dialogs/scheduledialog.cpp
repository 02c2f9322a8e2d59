#include "scheduledialog.h"

#include "documentpreview.h"
#include "document/plandocument.h"
#include "print/tablexlsx.h"
#include "print/planprinter.h"
#include "print/scheduleprinter.h"
#include "shell/outputprompt.h"
#include "widgets/timelineview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ap {

ScheduleDialog::ScheduleDialog(PlanDocument *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
{
    setWindowTitle(tr("Monthly Schedule"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("ScheduleGrouping"));
    m_grouping->addItem(tr("By section"), int(MonthlySchedule::Grouping::BySection));
    m_grouping->addItem(tr("By lead unit"), int(MonthlySchedule::Grouping::ByDepartment));
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("ScheduleZoom"));
    m_zoom->addItem(tr("The year (quarters)"), int(TimelineView::Zoom::Quarter));
    m_zoom->addItem(tr("Months"), int(TimelineView::Zoom::Month));
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    auto *previewButton = new QPushButton(tr("&Preview Schedule Table…"), this);
    previewButton->setObjectName(QStringLiteral("PreviewScheduleButton"));
    previewButton->setAutoDefault(false);
    auto *excel = new QPushButton(tr("Save as &Excel…"), this);
    excel->setObjectName(QStringLiteral("SaveScheduleXlsxButton"));
    excel->setAutoDefault(false);
    row->addWidget(groupLabel);
    row->addWidget(m_grouping);
    row->addSpacing(12);
    row->addWidget(zoomLabel);
    row->addWidget(m_zoom);
    row->addStretch();
    row->addWidget(previewButton);
    row->addWidget(excel);
    layout->addLayout(row);

    m_timeline = new TimelineView(doc, this);
    layout->addWidget(m_timeline, 1);
    auto *hint = new QLabel(tr("A bar runs from a task's start to its deadline in its warning colour; ◆ a step of a target, ■ the "
                               "deadline, the red line today. Up and Down go from task to task, Enter or a click opens it, + and − zoom."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this]() {
        m_timeline->setGrouping(MonthlySchedule::Grouping(m_grouping->currentData().toInt()));
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this]() {
        m_timeline->setZoom(TimelineView::Zoom(m_zoom->currentData().toInt()));
    });
    // The zoom typed on the timeline (+, −) shows in its box.
    connect(m_timeline, &TimelineView::zoomChanged, this, [this]() {
        const QSignalBlocker block(m_zoom);
        m_zoom->setCurrentIndex(m_zoom->findData(int(m_timeline->zoom())));
    });
    connect(m_timeline, &TimelineView::taskActivated, this, [this](Id task) {
        m_opened = task;
        accept();
    });
    connect(previewButton, &QPushButton::clicked, this, &ScheduleDialog::preview);
    connect(excel, &QPushButton::clicked, this, &ScheduleDialog::saveWorkbook);
    m_timeline->setFocus();
    resize(1100, 640);
}

void ScheduleDialog::preview()
{
    const SchedulePrinter printer(*m_doc, MonthlySchedule::Grouping(m_grouping->currentData().toInt()),
                                  PrintOptions::fromSettings().fonts);
    DocumentPreview::show(this,
                          {printer.title(), [&printer](const QString &path, QString *error) { return printer.writePdf(path, error); },
                           [&printer](const QString &path, QString *error) { return printer.writeDocx(path, error); },
                           [&printer](QPagedPaintDevice *device) { printer.paint(device); }},
                          m_doc->folder(), m_doc->filePath());
}

void ScheduleDialog::saveWorkbook()
{
    const SchedulePrinter printer(*m_doc, MonthlySchedule::Grouping(m_grouping->currentData().toInt()));
    const QString path = OutputPrompt::askPath(this, tr("Save the Schedule as Excel"),
                                               QDir(m_doc->folder()).filePath(m_doc->baseName() + tr("-schedule") + QStringLiteral(".xlsx")),
                                               QStringLiteral(".xlsx"), tr("Excel workbooks (*.xlsx)"), m_doc->filePath());
    if (path.isEmpty())
        return;
    QString error;
    if (!TableXlsx::write(printer.table(), printer.title(), path, &error))
        QMessageBox::warning(this, tr("Not Saved"), error);
}

} // namespace ap
