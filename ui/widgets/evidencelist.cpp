#include "evidencelist.h"

#include "document/evidenceintake.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QSettings>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ap {

EvidenceList::EvidenceList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("EvidenceList"));
    setAcceptDrops(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("EvidenceFiles"));
    m_list->setMaximumHeight(80);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->installEventFilter(this);
    m_add = new QPushButton(tr("Add &Evidence…"), this);
    m_add->setObjectName(QStringLiteral("AddEvidenceButton"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("RemoveEvidenceButton"));
    m_remove->setAutoDefault(false);
    m_earlier = new QLabel(this);
    m_earlier->setWordWrap(true);
    m_earlier->hide();
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("EvidenceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_earlier);
    layout->addWidget(m_problem);
    setFocusProxy(m_add);

    connect(m_add, &QPushButton::clicked, this, &EvidenceList::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceList::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    showFiles();
}

void EvidenceList::chooseFiles()
{
    // Where the clerk last took evidence from; else the pictures folder, where it exists; else home.
    QSettings settings;
    QString folder = settings.value(QStringLiteral("evidence/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Evidence"), folder,
        tr("Evidence (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.doc *.xls *.wps *.et *.ofd);;All files (*)"));
    if (!paths.isEmpty())
        settings.setValue(QStringLiteral("evidence/folder"), QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

void EvidenceList::addFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        if (m_files.size() >= evidence::kMaxFilesPerReport) {
            problems << tr("A report carries at most %1 evidence files.").arg(evidence::kMaxFilesPerReport);
            break;
        }
        EvidenceFile f;
        QString why;
        if (!EvidenceIntake::fromFile(path, &f, &why)) {
            problems << why;
            continue;
        }
        // The same file twice is one file.
        if (std::any_of(m_files.cbegin(), m_files.cend(), [&f](const EvidenceFile &g) { return g.sha256 == f.sha256; }))
            continue;
        m_files.append(f);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    showFiles();
    Q_EMIT changed();
}

void EvidenceList::setEarlier(const QList<EvidenceFile> &earlier)
{
    QStringList names;
    for (const EvidenceFile &f : earlier)
        names << f.name;
    m_earlier->setText(tr("The report it corrects carries %1; they stay with it in the history.")
                           .arg(names.join(tr(", "))));
    m_earlier->setVisible(!earlier.isEmpty());
}

void EvidenceList::clear()
{
    m_files.clear();
    m_problem->hide();
    showFiles();
}

void EvidenceList::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows << m_list->row(item);
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        if (row >= 0 && row < m_files.size())
            m_files.removeAt(row);
    showFiles();
    Q_EMIT changed();
}

void EvidenceList::showFiles()
{
    m_list->clear();
    for (const EvidenceFile &f : m_files)
        m_list->addItem(tr("%1 (%2, %3)").arg(f.name, evidence::kindDisplay(f.kind), evidence::sizeText(f.size)));
    if (m_files.isEmpty())
        m_list->setToolTip(tr("Photos, PDF, Word, Excel, WPS or OFD files: add them, or drop them here."));
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void EvidenceList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidenceList::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

bool EvidenceList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && !m_list->selectedItems().isEmpty()) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ap
