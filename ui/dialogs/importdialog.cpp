#include "importdialog.h"

#include "models/importreviewmodel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace ap {

namespace {

QTextEdit::ExtraSelection mark(QPlainTextEdit *edit, int start, int end, const QColor &background, bool bold = false)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(edit->document());
    s.cursor.setPosition(start);
    s.cursor.setPosition(end, QTextCursor::KeepAnchor);
    s.format.setBackground(background);
    if (bold)
        s.format.setFontWeight(QFont::Bold);
    return s;
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const ImportResult &result, const QString &fileName, bool canAddToOpenPlan,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportReviewModel(result, this))
{
    setObjectName(QStringLiteral("ImportReviewDialog"));
    setWindowTitle(tr("Review the Import — %1").arg(fileName));

    auto *form = new QFormLayout;
    m_title = new QLineEdit(result.title, this);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(result.year > 0 ? result.year : QDate::currentDate().year() + 1);
    m_model->setPlanYear(m_year->value());
    form->addRow(tr("Plan &title:"), m_title);
    form->addRow(tr("Plan &year:"), m_year);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) { m_model->setPlanYear(y); });
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &t) { m_model->setTitle(t); });

    auto *legend = new QLabel(
        tr("Read as %1. <span style='background:#d6e4ff'>&nbsp;Headings&nbsp;</span> "
           "<span style='background:#dff3d6'>&nbsp;Work items&nbsp;</span> "
           "<span style='background:#ffe98a'>&nbsp;Targets&nbsp;</span> "
           "<span style='background:#f1dcf7'>&nbsp;Responsible units&nbsp;</span> — "
           "untick what should not be imported; double-click a cell to correct it.")
            .arg(result.format.toHtmlEscaped()),
        this);
    legend->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ImportSplitter"));
    m_source = new QPlainTextEdit(splitter);
    m_source->setObjectName(QStringLiteral("ImportSource"));
    m_source->setReadOnly(true);
    // The cursor moves by keyboard too: Split Here works where it stands.
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_source->setPlainText(result.source);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(right);
    m_view->setObjectName(QStringLiteral("ImportTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(ImportReviewModel::ItemColumn, 120);
    m_view->setColumnWidth(ImportReviewModel::KindColumn, 60);
    m_view->setColumnWidth(ImportReviewModel::FoundColumn, 120);
    m_view->setColumnWidth(ImportReviewModel::TitleColumn, 260);
    m_view->setColumnWidth(ImportReviewModel::LeadColumn, 110);
    m_view->setColumnWidth(ImportReviewModel::SupportColumn, 110);
    m_view->setColumnWidth(ImportReviewModel::DeadlineColumn, 90);
    m_view->setColumnWidth(ImportReviewModel::TargetsColumn, 160);
    auto *levels = new QHBoxLayout;
    auto *up = new QPushButton(tr("Level &Up"), right);
    auto *down = new QPushButton(tr("Level &Down"), right);
    up->setToolTip(tr("Make the selected item (and what is under it) one level higher (Shift+Tab)"));
    down->setToolTip(tr("Make the selected item (and what is under it) one level lower (Tab)"));
    connect(up, &QPushButton::clicked, this, [this] { shiftLevel(-1); });
    connect(down, &QPushButton::clicked, this, [this] { shiftLevel(+1); });
    auto *upKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Backtab), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { shiftLevel(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::Key_Tab), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { shiftLevel(+1); });
    // Paragraphs that ran together (line breaks lost) are taken apart by the clerk: the cursor
    // in the text on the left, then Split Here.
    auto *split = new QPushButton(tr("&Split Here"), right);
    split->setObjectName(QStringLiteral("SplitHereButton"));
    split->setToolTip(tr("Split the work item in two where the sentence at the cursor in the text begins "
                         "(Ctrl+Enter in the text)"));
    connect(split, &QPushButton::clicked, this, &ImportReviewDialog::splitHere);
    auto *splitKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_source, nullptr, nullptr, Qt::WidgetShortcut);
    connect(splitKey, &QShortcut::activated, this, &ImportReviewDialog::splitHere);
    m_summary = new QLabel(right);
    levels->addWidget(up);
    levels->addWidget(down);
    levels->addWidget(split);
    levels->addStretch(1);
    levels->addWidget(m_summary);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addLayout(levels);
    rightLayout->addLayout(guessButtons(right));
    splitter->addWidget(m_source);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    auto *create = buttons->addButton(tr("&Create New Plan…"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("CreatePlanButton"));
    connect(create, &QPushButton::clicked, this, [this] { finish(Outcome::NewPlan); });
    if (canAddToOpenPlan) {
        auto *add = buttons->addButton(tr("&Add to the Open Plan"), QDialogButtonBox::ActionRole);
        add->setObjectName(QStringLiteral("AddToPlanButton"));
        add->setToolTip(tr("Adds the sections and tasks after the open plan's own, as one step you can undo"));
        connect(add, &QPushButton::clicked, this, [this] { finish(Outcome::AddToOpenPlan); });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(legend);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showSourceOf(current.row()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportReviewDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        highlightSource();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImportReviewDialog::updateSummary);
    highlightSource();
    updateSummary();
    auto corrected = [this] { m_corrected = true; };
    connect(m_model, &QAbstractItemModel::dataChanged, this, corrected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, corrected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, corrected);
    connect(m_model, &QAbstractItemModel::modelReset, this, corrected);
    connect(m_title, &QLineEdit::textEdited, this, corrected);
    connect(m_year, &QSpinBox::valueChanged, this, corrected);

    QSettings settings;
    // As large as asked, but never past the screen (a 1366×768 office screen has 728 rows free).
    QSize wanted = settings.value(QStringLiteral("importDialog/size"), QSize(1280, 760)).toSize();
    if (const QScreen *s = screen())
        wanted = wanted.boundedTo(s->availableGeometry().size() - QSize(16, 40));
    resize(wanted);
    splitter->restoreState(settings.value(QStringLiteral("importDialog/splitter")).toByteArray());
    connect(this, &QDialog::finished, this, [this, splitter] {
        QSettings s;
        s.setValue(QStringLiteral("importDialog/size"), size());
        s.setValue(QStringLiteral("importDialog/splitter"), splitter->saveState());
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

ImportReviewDialog::~ImportReviewDialog() = default;

ImportResult ImportReviewDialog::result() const
{
    ImportResult r = m_model->result();
    r.title = m_title->text().trimmed();
    r.year = m_year->value();
    return r;
}

void ImportReviewDialog::reject()
{
    if (m_corrected) {
        QMessageBox ask(QMessageBox::Question, tr("Close the Review"),
                        tr("Close the review with your corrections? They are kept until you quit: "
                           "File ▸ Reopen the Import Review brings them back."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("CloseReviewQuestion"));
        QPushButton *close = ask.addButton(tr("&Close the Review"), QMessageBox::AcceptRole);
        close->setObjectName(QStringLiteral("CloseReviewButton"));
        QPushButton *stay = ask.addButton(tr("&Keep Reviewing"), QMessageBox::RejectRole);
        ask.setDefaultButton(stay);
        ask.setEscapeButton(stay);
        ask.exec();
        if (ask.clickedButton() != close)
            return;
    }
    QDialog::reject();
}

void ImportReviewDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    accept();
}

void ImportReviewDialog::highlightSource()
{
    QList<QTextEdit::ExtraSelection> marks;
    const ImportResult &r = m_model->source();
    for (const ImportNode &n : r.nodes) {
        const bool section = n.kind == ImportNode::Kind::Section;
        // The heading line (label and title) of each node, the rest of a work item lighter.
        const int titleEnd = std::min(n.sourceEnd, n.sourceStart + int(n.label.size() + n.title.size()) + 2);
        if (!section)
            marks.append(mark(m_source, n.sourceStart, n.sourceEnd, QColor(0xdf, 0xf3, 0xd6)));
        marks.append(mark(m_source, n.sourceStart, titleEnd, section ? QColor(0xd6, 0xe4, 0xff) : QColor(0xc4, 0xe8, 0xb4), section));
        for (const auto &span : n.responsibilitySpans)
            marks.append(mark(m_source, span.first, span.second, QColor(0xf1, 0xdc, 0xf7)));
        for (const auto &span : n.targetSpans)
            marks.append(mark(m_source, span.first, span.second, QColor(0xff, 0xe9, 0x8a)));
    }
    m_source->setExtraSelections(marks);
}

void ImportReviewDialog::showSourceOf(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex i = m_model->index(row, 0);
    QTextCursor c(m_source->document());
    c.setPosition(i.data(ImportReviewModel::SourceStartRole).toInt());
    c.setPosition(i.data(ImportReviewModel::SourceEndRole).toInt(), QTextCursor::KeepAnchor);
    m_source->setTextCursor(c);
    m_source->ensureCursorVisible();
}

void ImportReviewDialog::updateSummary()
{
    const ImportResult r = m_model->result();
    m_summary->setText(tr("To import: %1 sections, %2 tasks, %3 targets")
                           .arg(r.count(ImportNode::Kind::Section))
                           .arg(r.count(ImportNode::Kind::Task))
                           .arg(r.targetCount()));
    const int guesses = m_model->guessCount();
    m_guesses->setText(guesses > 0 ? tr("%n guess(es) to check", nullptr, guesses) : tr("No guesses left to check"));
}

QHBoxLayout *ImportReviewDialog::guessButtons(QWidget *parent)
{
    // The rows the importer guessed (tinted, ⚠ in 依据) are checked first: F8 walks them.
    auto *row = new QHBoxLayout;
    auto *next = new QPushButton(tr("Next &Guess"), parent);
    next->setObjectName(QStringLiteral("NextGuessButton"));
    next->setToolTip(tr("Go to the next row the import guessed (F8; Shift+F8 goes back)"));
    connect(next, &QPushButton::clicked, this, [this] { goToGuess(true); });
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(nextKey, &QShortcut::activated, this, [this] { goToGuess(true); });
    auto *backKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this);
    connect(backKey, &QShortcut::activated, this, [this] { goToGuess(false); });
    auto *checked = new QPushButton(tr("Chec&ked"), parent);
    checked->setObjectName(QStringLiteral("CheckedButton"));
    checked->setToolTip(tr("The selected row is right as it is: no longer a guess (Ctrl+K)"));
    connect(checked, &QPushButton::clicked, this, [this] { m_model->checked(m_view->currentIndex().row()); });
    auto *checkedKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(checkedKey, &QShortcut::activated, this, [this] { m_model->checked(m_view->currentIndex().row()); });
    auto *merge = new QPushButton(tr("&Merge with Previous"), parent);
    merge->setObjectName(QStringLiteral("MergeButton"));
    merge->setToolTip(tr("Join the selected work item to the one before it: two paragraphs of one item"));
    connect(merge, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (!m_model->mergeWithPrevious(row)) {
            QApplication::beep();
            return;
        }
        m_view->selectRow(row - 1);
        highlightSource();
    });
    auto *swap = new QPushButton(tr("Lead ⇄ Su&pport"), parent);
    swap->setObjectName(QStringLiteral("SwapUnitsButton"));
    swap->setToolTip(tr("Exchange the selected item's lead and support units"));
    connect(swap, &QPushButton::clicked, this, [this] {
        if (!m_model->swapUnits(m_view->currentIndex().row()))
            QApplication::beep();
    });
    m_guesses = new QLabel(parent);
    m_guesses->setObjectName(QStringLiteral("GuessCount"));
    row->addWidget(next);
    row->addWidget(checked);
    row->addWidget(merge);
    row->addWidget(swap);
    row->addStretch(1);
    row->addWidget(m_guesses);
    return row;
}

void ImportReviewDialog::goToGuess(bool forward)
{
    // The first F8 counts the row the review opened on: it may be the first guess itself.
    int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (forward ? -1 : 0);
    if (!m_walkedGuesses && forward && from >= 0)
        --from;
    m_walkedGuesses = true;
    const int row = m_model->nextGuess(from, forward);
    if (row < 0) {
        QApplication::beep();
        return;
    }
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(row, ImportReviewModel::TitleColumn));
    m_view->scrollTo(m_view->currentIndex());
}

void ImportReviewDialog::splitHere()
{
    const int position = m_source->textCursor().position();
    const int row = m_model->splitAt(position);
    if (row < 0) {
        QApplication::beep();
        return;
    }
    // The new item is selected; the cursor goes back where the clerk put it, for the next split.
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    QTextCursor c = m_source->textCursor();
    c.setPosition(position);
    m_source->setTextCursor(c);
}

void ImportReviewDialog::shiftLevel(int delta)
{
    const int row = m_view->currentIndex().row();
    if (!m_model->shiftLevel(row, delta))
        QApplication::beep();
}

} // namespace ap
