#pragma once
// Follows a network's blocks in order and records payments to deposit
// addresses (native coin and ERC-20 Transfer events) and to the hot wallet.
// Each pass fetches up to `batch` blocks and their token transfers at once,
// checks every block's parent hash against the stored chain and, when it
// differs (a reorg), rewinds one block, orphaning what was recorded there,
// until the chains agree again. The block hashes, the deposits and the next
// block to scan are written in one database transaction per pass, so a
// restart resumes exactly where the last pass ended.

#include "common/result.h"

#include <QByteArray>
#include <functional>

namespace azc::storage { class Database; }

namespace azc::custody {

class DepositAddresses;
class DepositBook;
struct Deposit;
struct Network;
class NetworkRegistry;

class DepositScanner
{
public:
    DepositScanner(storage::Database &db, NetworkRegistry &networks, DepositAddresses &addresses, DepositBook &book,
                   QByteArray hotWallet);

    void setBatch(int blocks) { m_batch = qMax(1, blocks); }
    // One pass up to the network's known head; `done` with the deposits first seen in it.
    void scan(const Network &network, std::function<void(Result<QList<Deposit>>)> done);
    Result<quint64> nextBlock(const QString &networkId);

private:
    struct Fetched;
    void process(const QString &networkId, std::shared_ptr<Fetched> fetched,
                 std::function<void(Result<QList<Deposit>>)> done);

    storage::Database &m_db;
    NetworkRegistry &m_networks;
    DepositAddresses &m_addresses;
    DepositBook &m_book;
    QByteArray m_hotWallet;
    int m_batch = 16;
};

} // namespace azc::custody
