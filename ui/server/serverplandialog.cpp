#include "serverplandialog.h"

#include "passwordkeyring.h"

#include "shell/errorbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ap {

namespace {

const QString kServersKey = QStringLiteral("sharedPlanServers");

// The servers used before, the last first: host, port, database and login (never a password).
QList<ServerAddress> rememberedServers(const QStringList &recentAddresses)
{
    QList<ServerAddress> out;
    QSettings settings;
    const int n = settings.beginReadArray(kServersKey);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ServerAddress a;
        a.host = settings.value(QStringLiteral("host")).toString();
        a.port = settings.value(QStringLiteral("port"), 5432).toInt();
        a.database = settings.value(QStringLiteral("database")).toString();
        a.user = settings.value(QStringLiteral("login")).toString();
        if (!a.host.isEmpty())
            out.append(a);
    }
    settings.endArray();
    // The recent server plans' servers too, for a clerk who typed addresses before.
    for (const QString &text : recentAddresses)
        if (const std::optional<ServerAddress> a = ServerAddress::parse(text, nullptr);
            a && std::none_of(out.cbegin(), out.cend(), [&a](const ServerAddress &b) { return b.host == a->host; }))
            out.append(*a);
    return out;
}

} // namespace

ServerPlanDialog::ServerPlanDialog(const QStringList &recentAddresses, QWidget *parent)
    : QDialog(parent)
    , m_host(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("Remember the password in this computer's &keyring"), this))
    , m_list(new QPushButton(tr("&List Plans"), this))
    , m_plans(new QTreeWidget(this))
    , m_listState(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ServerPlanDialog"));
    setWindowTitle(tr("Open Shared Plan"));
    m_host->setObjectName(QStringLiteral("ServerHostBox"));
    m_host->setEditable(true);
    m_host->lineEdit()->setPlaceholderText(tr("the server's name or IP address, as the IT office gives it"));
    m_servers = rememberedServers(recentAddresses);
    for (const ServerAddress &a : std::as_const(m_servers))
        m_host->addItem(a.host);
    m_port->setObjectName(QStringLiteral("ServerPortBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("ServerDatabaseEdit"));
    m_login->setObjectName(QStringLiteral("ServerLoginEdit"));
    m_password->setObjectName(QStringLiteral("ServerPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    m_keep->setObjectName(QStringLiteral("RememberPasswordBox"));
    m_keep->setToolTip(tr("The desktop's keyring keeps it, encrypted; the program's settings never hold it."));
    m_list->setObjectName(QStringLiteral("ListPlansButton"));
    m_list->setAutoDefault(false);
    m_plans->setObjectName(QStringLiteral("ServerPlanList"));
    m_plans->setHeaderLabels({tr("Plan"), tr("Year"), tr("Your role")});
    m_plans->setRootIsDecorated(false);
    m_plans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plans->setMinimumHeight(140);
    m_listState->setObjectName(QStringLiteral("ServerListState"));
    m_listState->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("ServerAddressEdit"));
    m_address->setEditable(true);
    m_address->addItem(QString());
    m_address->addItems(recentAddresses);
    m_address->lineEdit()->setPlaceholderText(tr("postgresql://login@server/database?plan=plan name"));
    // Wide enough for an address as an invitation gives it: login, server, database and plan name.
    m_address->setMinimumContentsLength(56);
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_problem->setObjectName(QStringLiteral("ServerAddressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    serverRow->addWidget(portLabel);
    serverRow->addWidget(m_port);
    auto *form = new QFormLayout;
    // (A label beside a layout has no buddy of its own: its key goes to the server's field.)
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_host);
    form->addRow(serverLabel, serverRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Lo&gin:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    // Only where the desktop has a keyring: elsewhere the password is asked each run.
    const bool keyring = PasswordKeyring::available();
    if (keyring)
        form->addRow(QString(), m_keep);
    m_keep->setVisible(keyring);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list);
    listRow->addWidget(m_listState, 1);
    auto *addressForm = new QFormLayout;
    addressForm->addRow(tr("Or a plan's &address:"), m_address);
    auto *note = new QLabel(keyring ? tr("Unless the keyring is to remember it, the password is used for this session only "
                                         "and is not saved.")
                                    : tr("The password is used for this session only and is not saved."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QPushButton::clicked, this, &ServerPlanDialog::listPlans);
    connect(&m_listing, &QFutureWatcher<Listing>::finished, this, &ServerPlanDialog::showPlans);
    connect(m_host, &QComboBox::currentTextChanged, this, &ServerPlanDialog::fillFrom);
    connect(m_plans, &QTreeWidget::itemActivated, this, [this]() { accept(); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addLayout(listRow);
    layout->addWidget(m_plans, 1);
    layout->addLayout(addressForm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    fillFrom(m_host->currentText());
    // The first field with nothing in it is where typing starts.
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_database, m_login, m_password})
        if ((w == m_host && m_host->currentText().isEmpty()) || (w != m_host && static_cast<QLineEdit *>(w)->text().isEmpty())) {
            w->setFocus();
            break;
        }
}

void ServerPlanDialog::fillFrom(const QString &host)
{
    for (const ServerAddress &a : std::as_const(m_servers))
        if (a.host == host) {
            m_port->setValue(a.port);
            m_database->setText(a.database);
            m_login->setText(a.user);
            offerKept();
            return;
        }
}

void ServerPlanDialog::offerKept()
{
    // The box says whether the keyring keeps a password for the login and server typed; the
    // password itself never comes into the field (it goes only to the server it was kept for:
    // PlanSession reads it for the exact address it opens, listPlans for the exact server).
    if (PasswordKeyring::available())
        m_keep->setChecked(!PasswordKeyring::read(typedServer()).isEmpty());
}

bool ServerPlanDialog::keepsPassword() const
{
    return PasswordKeyring::available() && m_keep->isChecked();
}

void ServerPlanDialog::useAddress(const ServerAddress &address, const QString &why)
{
    m_address->setCurrentText(address.toString());
    m_host->setCurrentText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_login->setText(address.user);
    // Whatever the field held was for another server, or was just refused: typed afresh. The box
    // stays ticked when the keyring keeps one, so that the one typed now replaces it.
    m_password->clear();
    offerKept();
    m_password->setFocus();
    if (!why.isEmpty())
        showProblem(why);
}

QString ServerPlanDialog::password() const
{
    return m_password->text();
}

ServerAddress ServerPlanDialog::typedServer() const
{
    ServerAddress a;
    a.host = m_host->currentText().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_login->text().trimmed();
    return a;
}

void ServerPlanDialog::showProblem(const QString &message)
{
    ErrorBox::showIn(m_problem, message);
    m_problem->show();
}

void ServerPlanDialog::listPlans()
{
    const ServerAddress server = typedServer();
    if (server.host.isEmpty() || server.database.isEmpty()) {
        showProblem(tr("Type the server and the database the IT office gave you."));
        (server.host.isEmpty() ? static_cast<QWidget *>(m_host) : m_database)->setFocus();
        return;
    }
    if (m_listing.isRunning())
        return;
    m_problem->hide();
    m_plans->clear();
    if (!m_password->text().isEmpty())
        ServerPlans::rememberPassword(server, m_password->text());
    else if (!ServerPlans::knowsPassword(server))
        if (const QString kept = PasswordKeyring::read(server); !kept.isEmpty())
            ServerPlans::rememberPassword(server, kept);   // kept for exactly this login and server
    m_listed = server;
    m_list->setEnabled(false);
    m_listState->setText(tr("Asking %1 for its plans…").arg(server.host));
    m_listing.setFuture(QtConcurrent::run([server]() {
        Listing l;
        l.ok = ServerPlans::list(server, &l.plans, &l.error);
        return l;
    }));
}

void ServerPlanDialog::showPlans()
{
    m_list->setEnabled(true);
    const Listing l = m_listing.result();
    if (!l.ok) {
        m_listState->clear();
        showProblem(l.error);
        return;
    }
    remember(m_listed);
    for (const ListedPlan &p : l.plans) {
        auto *item = new QTreeWidgetItem(m_plans, {p.title.isEmpty() ? p.name : p.title,
                                                   p.year ? QString::number(p.year) : QString(), ServerPlans::roleName(p.role)});
        item->setData(0, Qt::UserRole, p.name);
        item->setToolTip(0, tr("On the server as “%1”").arg(p.name));
    }
    m_listState->setText(l.plans.isEmpty() ? tr("Your login may open no plan on this server yet: ask the plan's owner to "
                                                 "give it a role.")
                                           : tr("%n plan(s) your login may open. Choose one and press Enter.", nullptr,
                                                int(l.plans.size())));
    if (!l.plans.isEmpty()) {
        m_plans->setCurrentItem(m_plans->topLevelItem(0));
        m_plans->setFocus();
    }
}

void ServerPlanDialog::remember(const ServerAddress &address) const
{
    QList<ServerAddress> servers = rememberedServers({});
    servers.removeIf([&address](const ServerAddress &a) { return a.host == address.host; });
    servers.prepend(address);
    QSettings settings;
    settings.beginWriteArray(kServersKey, int(std::min<qsizetype>(servers.size(), 10)));
    for (int i = 0; i < servers.size() && i < 10; ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("host"), servers.at(i).host);
        settings.setValue(QStringLiteral("port"), servers.at(i).port);
        settings.setValue(QStringLiteral("database"), servers.at(i).database);
        settings.setValue(QStringLiteral("login"), servers.at(i).user);
    }
    settings.endArray();
}

void ServerPlanDialog::accept()
{
    if (!m_address->currentText().trimmed().isEmpty()) {
        if (acceptAddress())
            QDialog::accept();
        return;
    }
    const QTreeWidgetItem *chosen = m_plans->currentItem();
    // Enter in the fields lists the plans first; once listed, Enter opens the one chosen.
    if (!chosen || !(typedServer().host == m_listed.host && typedServer().database == m_listed.database
                     && typedServer().user == m_listed.user && typedServer().port == m_listed.port)) {
        listPlans();
        return;
    }
    ServerAddress a = m_listed;
    a.plan = chosen->data(0, Qt::UserRole).toString();
    m_accepted = PlanLocation::server(a);
    QDialog::accept();
}

bool ServerPlanDialog::acceptAddress()
{
    // A wrong address is said here, where it can be corrected, not after a wait for the server.
    QString why;
    const std::optional<PlanLocation> typed = PlanLocation::parseServer(m_address->currentText().trimmed(), &why);
    if (!typed) {
        showProblem(why);
        m_address->setFocus();
        return false;
    }
    // A password that would cross the network unencrypted is asked about first, in those words.
    if (typed->address().sendsInClear()) {
        QMessageBox ask(QMessageBox::Warning, windowTitle(), typed->address().clearTextWarning(),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("ClearTextWarning"));
        QPushButton *anyway = ask.addButton(tr("Connect &Anyway"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != anyway) {
            m_address->setFocus();
            return false;
        }
    }
    m_accepted = *typed;
    return true;
}

} // namespace ap
