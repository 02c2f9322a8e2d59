#include "tableimportdialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ap {

QString TableImportDialog::rememberKey(const QList<QStringList> &rows)
{
    const TableMapping guess = TableImport::guess(rows);
    const QByteArray headers = TableImport::headers(rows, guess).join(QLatin1Char('|')).toUtf8();
    return QStringLiteral("tableImport/mapping-")
        + QString::fromLatin1(QCryptographicHash::hash(headers, QCryptographicHash::Sha1).toHex().left(16));
}

TableImportDialog::TableImportDialog(const QList<QStringList> &rows, const QString &fileName, bool canAddToOpenPlan,
                                     QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_guess(TableImport::guess(rows))
{
    setObjectName(QStringLiteral("TableImportDialog"));
    setWindowTitle(tr("Import a Task Table — %1").arg(fileName));

    // A mapping chosen before for a table with the same header wins over the guess.
    const QVariant remembered = QSettings().value(rememberKey(rows));
    if (remembered.isValid()) {
        const QStringList parts = remembered.toString().split(QLatin1Char(';'));
        if (parts.size() == m_guess.columns.size() + 2) {
            TableMapping m;
            m.firstHeaderRow = parts.at(0).toInt();
            m.headerRows = parts.at(1).toInt();
            for (int i = 2; i < parts.size(); ++i)
                m.columns.append(parts.at(i).toInt());
            m_guess = m;
        }
    }

    auto *intro = new QLabel(tr("Say which column holds what. Rows whose task title is already in the open plan update "
                                "that task; rows that only name a group (一、…) start a section."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_firstHeader = new QSpinBox(this);
    m_firstHeader->setRange(1, std::max(1, int(rows.size())));
    m_firstHeader->setValue(m_guess.firstHeaderRow + 1);
    m_headerRows = new QSpinBox(this);
    m_headerRows->setRange(0, 5);
    m_headerRows->setValue(m_guess.headerRows);
    form->addRow(tr("Header starts in &row:"), m_firstHeader);
    form->addRow(tr("Header r&ows:"), m_headerRows);

    auto *gridHolder = new QWidget(this);
    m_grid = new QGridLayout(gridHolder);
    const QStringList headers = TableImport::headers(rows, m_guess);
    for (int c = 0; c < m_guess.columns.size(); ++c) {
        auto *label = new QLabel(headers.value(c), gridHolder);
        auto *box = new QComboBox(gridHolder);
        box->setObjectName(QStringLiteral("FieldBox%1").arg(c));
        for (int f : TableImport::fieldChoices())
            box->addItem(TableImport::fieldName(f), f);
        box->setCurrentIndex(box->findData(m_guess.columns.at(c)));
        m_grid->addWidget(label, 0, c);
        m_grid->addWidget(box, 1, c);
        m_boxes.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, &TableImportDialog::rebuild);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(gridHolder);
    scroll->setWidgetResizable(true);
    scroll->setMaximumHeight(90);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("TablePreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status = new QLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    auto *create = buttons->addButton(tr("&Create New Plan…"), QDialogButtonBox::AcceptRole);
    connect(create, &QPushButton::clicked, this, [this] { finish(Outcome::NewPlan); });
    if (canAddToOpenPlan) {
        auto *add = buttons->addButton(tr("&Update the Open Plan"), QDialogButtonBox::ActionRole);
        add->setObjectName(QStringLiteral("UpdatePlanButton"));
        connect(add, &QPushButton::clicked, this, [this] { finish(Outcome::AddToOpenPlan); });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(scroll);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_firstHeader, &QSpinBox::valueChanged, this, &TableImportDialog::rebuild);
    connect(m_headerRows, &QSpinBox::valueChanged, this, &TableImportDialog::rebuild);
    resize(1100, 640);
    rebuild();
}

TableMapping TableImportDialog::mapping() const
{
    TableMapping m;
    m.firstHeaderRow = m_firstHeader->value() - 1;
    m.headerRows = m_headerRows->value();
    for (QComboBox *box : m_boxes)
        m.columns.append(box->currentData().toInt());
    return m;
}

void TableImportDialog::rebuild()
{
    const TableMapping m = mapping();
    const int first = m.firstHeaderRow + m.headerRows;
    const int shown = std::min<int>(200, std::max(0, int(m_rows.size()) - first));
    m_preview->clear();
    m_preview->setColumnCount(int(m.columns.size()));
    m_preview->setRowCount(shown);
    QStringList headers;
    for (int f : m.columns)
        headers.append(TableImport::fieldName(f));
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < shown; ++r) {
        const QStringList &row = m_rows.at(first + r);
        for (int c = 0; c < row.size() && c < m.columns.size(); ++c) {
            auto *item = new QTableWidgetItem(row.at(c));
            if (m.columns.at(c) == TaskTsv::Ignored)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_preview->setItem(r, c, item);
        }
    }
    m_status->setText(m.hasTitle() ? tr("%1 rows below the header.").arg(std::max(0, int(m_rows.size()) - first))
                                   : tr("Choose the column that holds the task titles."));
}

void TableImportDialog::remember() const
{
    const TableMapping m = mapping();
    QStringList parts{QString::number(m.firstHeaderRow), QString::number(m.headerRows)};
    for (int f : m.columns)
        parts.append(QString::number(f));
    QSettings().setValue(rememberKey(m_rows), parts.join(QLatin1Char(';')));
}

void TableImportDialog::finish(Outcome outcome)
{
    if (!mapping().hasTitle()) {
        m_status->setText(tr("Choose the column that holds the task titles."));
        return;
    }
    remember();
    m_outcome = outcome;
    accept();
}

} // namespace ap
