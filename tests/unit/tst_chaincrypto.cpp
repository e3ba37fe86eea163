// The chain crypto against published vectors, fetched from their sources:
// - BIP39: trezor/python-mnemonic vectors.json (commit b57a5ad7), passphrase "TREZOR"
// - BIP32: bitcoin/bips bip-0032.mediawiki test vectors 1, 2 and 3 (commit 7fe0b034)
// - EIP-55: ethereum/EIPs EIPS/eip-55.md "Test Cases" (before the move to ethereum/ercs)
// - EIP-155: the example in ethereum/EIPs EIPS/eip-155.md
// - EIP-1559: ethereumjs/ethereumjs-monorepo packages/tx/test/json/eip1559.json
#include "chaincrypto/bip32.h"
#include "chaincrypto/bip39.h"
#include "chaincrypto/eth_address.h"
#include "chaincrypto/eth_transaction.h"
#include "chaincrypto/hashes.h"
#include "chaincrypto/rlp.h"
#include "chaincrypto/sealed_seed.h"
#include "chaincrypto/secp256k1_keys.h"
#include "chaincrypto/signer.h"

#include <QTest>

using namespace azc::chain;

namespace {

QByteArray hex(const char *h)
{
    QByteArray s(h);
    if (s.startsWith("0x"))
        s = s.mid(2);
    return QByteArray::fromHex(s);
}

struct Bip39Vector
{
    const char *entropy, *mnemonic, *seed, *xprv;
};
const Bip39Vector kBip39[] = {
        {"00000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "about",
         "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92"
         "f2cf141630c7a3c4ab7c81b2f001698e7463b04",
         "xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhx"
         "MwvKDwqdKiGJS9XFKzUsAF"},
        {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank yellow",
         "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a"
         "1c1069be3a3a5bd381ee6260e8d9739fce1f607",
         "xprv9s21ZrQH143K2gA81bYFHqU68xz1cX2APaSq5tt6MFSLeXnCKV1RVUJt9FWNTbrrryem4ZckN8k4Ls1H6nwdv"
         "DTvnV7zEXs2HgPezuVccsq"},
        {"80808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
         "d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c4"
         "62a0358d18d69fe4f985ec81778c1b370b652a8",
         "xprv9s21ZrQH143K2shfP28KM3nr5Ap1SXjz8gc2rAqqMEynmjt6o1qboCDpxckqXavCwdnYds6yBHZGKHv7ef2eT"
         "Xy461PXUjBFQg6PrwY4Gzq"},
        {"ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
         "ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f"
         "15b11c61dee327651a14c34e18231052e48c069",
         "xprv9s21ZrQH143K2V4oox4M8Zmhi2Fjx5XK4Lf7GKRvPSgydU3mjZuKGCTg7UPiBUD7ydVPvSLtg9hjp7MQTYsW6"
         "7rZHAXeccqYqrsx8LcXnyd"},
        {"000000000000000000000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon abandon abandon abandon abandon abandon agent",
         "035895f2f481b1b0f01fcf8c289c794660b289981a78f8106447707fdd9666ca06da5a9a565181599b79f53b8"
         "44d8a71dd9f439c52a3d7b3e8a79c906ac845fa",
         "xprv9s21ZrQH143K3mEDrypcZ2usWqFgzKB6jBBx9B6GfC7fu26X6hPRzVjzkqkPvDqp6g5eypdk6cyhGnBngbjeH"
         "Te4LsuLG1cCmKJka5SMkmU"},
        {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank year wave sausage "
         "worth useful legal will",
         "f2b94508732bcbacbcc020faefecfc89feafa6649a5491b8c952cede496c214a0c7b3c392d168748f2d4a612b"
         "ada0753b52a1c7ac53c1e93abd5c6320b9e95dd",
         "xprv9s21ZrQH143K3Lv9MZLj16np5GzLe7tDKQfVusBni7toqJGcnKRtHSxUwbKUyUWiwpK55g1DUSsw76TF1T93V"
         "T4gz4wt5RM23pkaQLnvBh7"},
        {"808080808080808080808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount "
         "doctor acoustic avoid letter always",
         "107d7c02a5aa6f38c58083ff74f04c607c2d2c0ecc55501dadd72d025b751bc27fe913ffb796f841c49b1d33b"
         "610cf0e91d3aa239027f5e99fe4ce9e5088cd65",
         "xprv9s21ZrQH143K3VPCbxbUtpkh9pRG371UCLDz3BjceqP1jz7XZsQ5EnNkYAEkfeZp62cDNj13ZTEVG1TEro9sZ"
         "9grfRmcYWLBhCocViKEJae"},
        {"ffffffffffffffffffffffffffffffffffffffffffffffff",
         "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo when",
         "0cd6e5d827bb62eb8fc1e262254223817fd068a74b5b449cc2f667c3f1f985a76379b43348d952e2265b4cd12"
         "9090758b3e3c2c49103b5051aac2eaeb890a528",
         "xprv9s21ZrQH143K36Ao5jHRVhFGDbLP6FCx8BEEmpru77ef3bmA928BxsqvVM27WnvvyfWywiFN8K6yToqMaGYfz"
         "S6Db1EHAXT5TuyCLBXUfdm"},
        {"0000000000000000000000000000000000000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
         "abandon art",
         "bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d73245cafa9c3cca8d"
         "561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8",
         "xprv9s21ZrQH143K32qBagUJAMU2LsHg3ka7jqMcV98Y7gVeVyNStwYS3U7yVVoDZ4btbRNf4h6ibWpY22iRmXq35"
         "qgLs79f312g2kj5539ebPM"},
        {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank year wave sausage "
         "worth useful legal winner thank year wave sausage worth title",
         "bc09fca1804f7e69da93c2f2028eb238c227f2e9dda30cd63699232578480a4021b146ad717fbb7e451ce9eb8"
         "35f43620bf5c514db0f8add49f5d121449d3e87",
         "xprv9s21ZrQH143K3Y1sd2XVu9wtqxJRvybCfAetjUrMMco6r3v9qZTBeXiBZkS8JxWbcGJZyio8TrZtm6pkbzG8S"
         "Yt1sxwNLh3Wx7to5pgiVFU"},
        {"8080808080808080808080808080808080808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount "
         "doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless",
         "c0c519bd0e91a2ed54357d9d1ebef6f5af218a153624cf4f2da911a0ed8f7a09e2ef61af0aca007096df43002"
         "2f7a2b6fb91661a9589097069720d015e4e982f",
         "xprv9s21ZrQH143K3CSnQNYC3MqAAqHwxeTLhDbhF43A4ss4ciWNmCY9zQGvAKUSqVUf2vPHBTSE1rB2pg4avopqS"
         "iLVzXEU8KziNnVPauTqLRo"},
        {"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
         "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo "
         "zoo vote",
         "dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a5b694407be899ffd3"
         "1ed3992c456cdf60f5d4564b8ba3f05a69890ad",
         "xprv9s21ZrQH143K2WFF16X85T2QCpndrGwx6GueB72Zf3AHwHJaknRXNF37ZmDrtHrrLSHvbuRejXcnYxoZKvRqu"
         "TPyp2JiNG3XcjQyzSEgqCB"},
        {"9e885d952ad362caeb4efe34a8e91bd2",
         "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
         "274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c91689f9c8a54fd55bd38606"
         "aa6a8595ad213d4c9c9f9aca3fb217069a41028",
         "xprv9s21ZrQH143K2oZ9stBYpoaZ2ktHj7jLz7iMqpgg1En8kKFTXJHsjxry1JbKH19YrDTicVwKPehFKTbmaxgVE"
         "c5TpHdS1aYhB2s9aFJBeJH"},
        {"6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
         "gravity machine north sort system female filter attitude volume fold club stay feature "
         "office ecology stable narrow fog",
         "628c3827a8823298ee685db84f55caa34b5cc195a778e52d45f59bcf75aba68e4d7590e101dc414bc1bbd5737"
         "666fbbef35d1f1903953b66624f910feef245ac",
         "xprv9s21ZrQH143K3uT8eQowUjsxrmsA9YUuQQK1RLqFufzybxD6DH6gPY7NjJ5G3EPHjsWDrs9iivSbmvjc9DQJb"
         "JGatfa9pv4MZ3wjr8qWPAK"},
        {"68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c",
         "hamster diagram private dutch cause delay private meat slide toddler razor book happy "
         "fancy gospel tennis maple dilemma loan word shrug inflict delay length",
         "64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1588d9c7b38f1b39d4"
         "15665b8a9030c9ec653d75e65f847d8fc1fc440",
         "xprv9s21ZrQH143K2XTAhys3pMNcGn261Fi5Ta2Pw8PwaVPhg3D8DWkzWQwjTJfskj8ofb81i9NP2cUNKxwjueJHH"
         "MQAnxtivTA75uUFqPFeWzk"},
        {"c0ba5a8e914111210f2bd131f3d5e08d",
         "scheme spot photo card baby mountain device kick cradle pact join borrow",
         "ea725895aaae8d4c1cf682c1bfd2d358d52ed9f0f0591131b559e2724bb234fca05aa9c02c57407e04ee9dc3b"
         "454aa63fbff483a8b11de949624b9f1831a9612",
         "xprv9s21ZrQH143K3FperxDp8vFsFycKCRcJGAFmcV7umQmcnMZaLtZRt13QJDsoS5F6oYT6BB4sS6zmTmyQAEkJK"
         "xJ7yByDNtRe5asP2jFGhT6"},
        {"6d9be1ee6ebd27a258115aad99b7317b9c8d28b6d76431c3",
         "horn tenant knee talent sponsor spell gate clip pulse soap slush warm silver nephew swap "
         "uncle crack brave",
         "fd579828af3da1d32544ce4db5c73d53fc8acc4ddb1e3b251a31179cdb71e853c56d2fcb11aed39898ce6c34b"
         "10b5382772db8796e52837b54468aeb312cfc3d",
         "xprv9s21ZrQH143K3R1SfVZZLtVbXEB9ryVxmVtVMsMwmEyEvgXN6Q84LKkLRmf4ST6QrLeBm3jQsb9gx1uo23TS7"
         "vo3vAkZGZz71uuLCcywUkt"},
        {"9f6a2878b2520799a44ef18bc7df394e7061a224d2c33cd015b157d746869863",
         "panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol "
         "speed nation flash devote level hobby quick inner drive ghost inside",
         "72be8e052fc4919d2adf28d5306b5474b0069df35b02303de8c1729c9538dbb6fc2d731d5f832193cd9fb6aee"
         "cbc469594a70e3dd50811b5067f3b88b28c3e8d",
         "xprv9s21ZrQH143K2WNnKmssvZYM96VAr47iHUQUTUyUXH3sAGNjhJANddnhw3i3y3pBbRAVk5M5qUGFr4rHbEWwX"
         "gX4qrvrceifCYQJbbFDems"},
        {"23db8160a31d3e0dca3688ed941adbf3",
         "cat swing flag economy stadium alone churn speed unique patch report train",
         "deb5f45449e615feff5640f2e49f933ff51895de3b4381832b3139941c57b59205a42480c52175b6efcffaa58"
         "a2503887c1e8b363a707256bdd2b587b46541f5",
         "xprv9s21ZrQH143K4G28omGMogEoYgDQuigBo8AFHAGDaJdqQ99QKMQ5J6fYTMfANTJy6xBmhvsNZ1CJzRZ64PWbn"
         "TFUn6CDV2FxoMDLXdk95DQ"},
        {"8197a4a47f0425faeaa69deebc05ca29c0a5b5cc76ceacc0",
         "light rule cinnamon wrap drastic word pride squirrel upgrade then income fatal apart "
         "sustain crack supply proud access",
         "4cbdff1ca2db800fd61cae72a57475fdc6bab03e441fd63f96dabd1f183ef5b782925f00105f318309a7e9c3e"
         "a6967c7801e46c8a58082674c860a37b93eda02",
         "xprv9s21ZrQH143K3wtsvY8L2aZyxkiWULZH4vyQE5XkHTXkmx8gHo6RUEfH3Jyr6NwkJhvano7Xb2o6UqFKWHVo5"
         "scE31SGDCAUsgVhiUuUDyh"},
        {"066dca1a2bb7e8a1db2832148ce9933eea0f3ac9548d793112d9a95c9407efad",
         "all hour make first leader extend hole alien behind guard gospel lava path output census "
         "museum junior mass reopen famous sing advance salt reform",
         "26e975ec644423f4a4c4f4215ef09b4bd7ef924e85d1d17c4cf3f136c2863cf6df0a475045652c57eb5fb4151"
         "3ca2a2d67722b77e954b4b3fc11f7590449191d",
         "xprv9s21ZrQH143K3rEfqSM4QZRVmiMuSWY9wugscmaCjYja3SbUD3KPEB1a7QXJoajyR2T1SiXU7rFVRXMV9XdYV"
         "SZe7JoUXdP4SRHTxsT1nzm"},
        {"f30f8c1da665478f49b001d94c5fc452",
         "vessel ladder alter error federal sibling chat ability sun glass valve picture",
         "2aaa9242daafcee6aa9d7269f17d4efe271e1b9a529178d7dc139cd18747090bf9d60295d0ce74309a78852a9"
         "caadf0af48aae1c6253839624076224374bc63f",
         "xprv9s21ZrQH143K2QWV9Wn8Vvs6jbqfF1YbTCdURQW9dLFKDovpKaKrqS3SEWsXCu6ZNky9PSAENg6c9AQYHcg4P"
         "jopRGGKmdD313ZHszymnps"},
        {"c10ec20dc3cd9f652c7fac2f1230f7a3c828389a14392f05",
         "scissors invite lock maple supreme raw rapid void congress muscle digital elegant little "
         "brisk hair mango congress clump",
         "7b4a10be9d98e6cba265566db7f136718e1398c71cb581e1b2f464cac1ceedf4f3e274dc270003c670ad8d02c"
         "4558b2f8e39edea2775c9e232c7cb798b069e88",
         "xprv9s21ZrQH143K4aERa2bq7559eMCCEs2QmmqVjUuzfy5eAeDX4mqZffkYwpzGQRE2YEEeLVRoH4CSHxianrFaV"
         "nMN2RYaPUZJhJx8S5j6puX"},
        {"f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
         "void come effort suffer camp survey warrior heavy shoot primary clutch crush open "
         "amazing screen patrol group space point ten exist slush involve unfold",
         "01f5bced59dec48e362f2c45b5de68b9fd6c92c6634f44d6d40aab69056506f0e35524a518034ddc1192e1dac"
         "d32c1ed3eaa3c3b131c88ed8e7e54c49a5d0998",
         "xprv9s21ZrQH143K39rnQJknpH1WEPFJrzmAqqasiDcVrNuk926oizzJDDQkdiTvNPr2FYDYzWgiMiC63YmfPAa2o"
         "PyNB23r2g7d1yiK6WpqaQS"},
};

struct Bip32Vector
{
    const char *seed, *path, *xpub, *xprv;
};
const Bip32Vector kBip32[] = {
        {"000102030405060708090a0b0c0d0e0f", "m",
         "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD26"
         "5TMg7usUDFdp6W1EGMcet8",
         "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU"
         "3TGtRBeJgk33yuGBxrMPHi"},
        {"000102030405060708090a0b0c0d0e0f", "m/0'",
         "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9"
         "xv5ski8PX9rL2dZXvgGDnw",
         "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG"
         "7XnxHrnYeSvkzY7d2bhkJ7"},
        {"000102030405060708090a0b0c0d0e0f", "m/0'/1",
         "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hq"
         "ck2AxYysAA7xmALppuCkwQ",
         "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3"
         "H2EU4pWcQDnRnrVA1xe8fs"},
        {"000102030405060708090a0b0c0d0e0f", "m/0'/1/2'",
         "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu"
         "4trkrX7x7DogT5Uv6fcLW5",
         "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjA"
         "NTtpgP4mLTj34bhnZX7UiM"},
        {"000102030405060708090a0b0c0d0e0f", "m/0'/1/2'/2",
         "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62c"
         "fN7fe5JnJ7dh8zL4fiyLHV",
         "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5M"
         "m3wDvUAKRHSC34sJ7in334"},
        {"000102030405060708090a0b0c0d0e0f", "m/0'/1/2'/2/1000000000",
         "xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasT"
         "vXEYBVPamhGW6cFJodrTHy",
         "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoU"
         "ihUZREPSL39UNdE3BBDu76"},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7"
         "b7875726f6c696663605d5a5754514e4b484542",
         "m",
         "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BD"
         "zTJY47LJhkJ8UB7WEGuduB",
         "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55"
         "Qn3LqFtT2emdEXVYsCzC2U"},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7"
         "b7875726f6c696663605d5a5754514e4b484542",
         "m/0",
         "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZ"
         "b7ap6r1D3tgFxHmwMkQTPH",
         "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81"
         "dwSM1fwqWpWkeS3v86pgKt"},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7"
         "b7875726f6c696663605d5a5754514e4b484542",
         "m/0/2147483647'",
         "xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiH"
         "jaDMBU4Zn9h8LZNnBC5y4a",
         "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFa"
         "wNzmjuHc2YmYRmagcEPdU9"},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7"
         "b7875726f6c696663605d5a5754514e4b484542",
         "m/0/2147483647'/1",
         "xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ"
         "537wTfunKau47EL2dhHKon",
         "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdb"
         "RCHuWS6T8XA2ECKADdw4Ef"},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7"
         "b7875726f6c696663605d5a5754514e4b484542",
         "m/0/2147483647'/1/2147483646'",
         "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBG"
         "RjaDMzQLcgJvLJuZZvRcEL",
         "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8H"
         "FsTjSyQbLYnMpCqE2VbFWc"},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7"
         "b7875726f6c696663605d5a5754514e4b484542",
         "m/0/2147483647'/1/2147483646'/2",
         "xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5a"
         "gb9rXpVGyy3bdW6EEgAtqt",
         "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefML"
         "EcBYJUuekgW4BYPJcr9E7j"},
        {"4b381541583be4423346c643850da4b320e46a87ae3d2a4e6da11eba819cd4acba45d239319ac14f863b8d5ab"
         "5a0d0c64d2e8a1e7d1457df2e5a3c51c73235be",
         "m",
         "xpub661MyMwAqRbcEZVB4dScxMAdx6d4nFc9nvyvH3v4gJL378CSRZiYmhRoP7mBy6gSPSCYk6SzXPTf3ND1cZAce"
         "L7SfJ1Z3GC8vBgp2epUt13",
         "xprv9s21ZrQH143K25QhxbucbDDuQ4naNntJRi4KUfWT7xo4EKsHt2QJDu7KXp1A3u7Bi1j8ph3EGsZ9Xvz9dGuVr"
         "tHHs7pXeTzjuxBrCmmhgC6"},
        {"4b381541583be4423346c643850da4b320e46a87ae3d2a4e6da11eba819cd4acba45d239319ac14f863b8d5ab"
         "5a0d0c64d2e8a1e7d1457df2e5a3c51c73235be",
         "m/0'",
         "xpub68NZiKmJWnxxS6aaHmn81bvJeTESw724CRDs6HbuccFQN9Ku14VQrADWgqbhhTHBaohPX4CjNLf9fq9MYo6oD"
         "aPPLPxSb7gwQN3ih19Zm4Y",
         "xprv9uPDJpEQgRQfDcW7BkF7eTya6RPxXeJCqCJGHuCJ4GiRVLzkTXBAJMu2qaMWPrS7AANYqdq6vcBcBUdJCVVFc"
         "eUvJFjaPdGZ2y9WACViL4L"},
};

// Signs with one fixed private key, whatever the path (the EIP vectors give a bare key).
class FixedKeySigner final : public Signer
{
public:
    explicit FixedKeySigner(QByteArray key)
        : m_key(std::move(key))
    {}
    azc::Result<Signature> sign(const QByteArray &hash32, const DerivationPath &) override
    {
        return secp256k1::signRecoverable(hash32, m_key);
    }

private:
    QByteArray m_key;
};

} // namespace

class TstChainCrypto : public QObject
{
    Q_OBJECT

private slots:
    void keccakOfEmpty()
    {
        QCOMPARE(keccak256({}).toHex(),
                 QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        // Not SHA3-256, whose digest of "" starts a7ffc6f8.
        QVERIFY(!keccak256({}).toHex().startsWith("a7ffc6f8"));
    }

    void bip39Vectors_data()
    {
        QTest::addColumn<int>("i");
        for (int i = 0; i < int(std::size(kBip39)); ++i)
            QTest::addRow("%d", i) << i;
    }
    void bip39Vectors()
    {
        QFETCH(int, i);
        const Bip39Vector &v = kBip39[i];
        const QString mnemonic = QString::fromUtf8(v.mnemonic);
        auto made = bip39::mnemonicFromEntropy(hex(v.entropy));
        QVERIFY(made.ok());
        QCOMPARE(made.value(), mnemonic);
        auto entropy = bip39::entropyFromMnemonic(mnemonic);
        QVERIFY2(entropy.ok(), qPrintable(entropy.ok() ? QString() : entropy.error().message));
        QCOMPARE(entropy.value().toHex(), QByteArray(v.entropy));
        const QByteArray seed = bip39::seedFromMnemonic(mnemonic, QStringLiteral("TREZOR"));
        QCOMPARE(seed.toHex(), QByteArray(v.seed));
        auto master = ExtendedKey::fromSeed(seed);
        QVERIFY(master.ok());
        QCOMPARE(master->toBase58(), QString::fromLatin1(v.xprv));
    }

    void bip39Refusals()
    {
        const QString good = QString::fromUtf8(kBip39[0].mnemonic);
        QVERIFY(bip39::validateMnemonic(good).ok());
        QVERIFY(bip39::validateMnemonic(QStringLiteral("  ABANDON ") + good.mid(8))
                        .ok()); // case and spaces
        QCOMPARE(bip39::validateMnemonic(good.left(good.lastIndexOf(QLatin1Char(' ')))
                                         + QStringLiteral(" abandon"))
                         .error()
                         .reason,
                 QStringLiteral("bad_checksum"));
        const auto unknown = bip39::validateMnemonic(
                QString(good).replace(QStringLiteral("about"), QStringLiteral("aboutt")));
        QCOMPARE(unknown.error().reason, QStringLiteral("unknown_word"));
        QCOMPARE(unknown.error().data.value(QStringLiteral("position")).toInt(), 12);
        QCOMPARE(bip39::validateMnemonic(good + QStringLiteral(" about")).error().reason,
                 QStringLiteral("invalid_length"));
        QCOMPARE(bip39::validateMnemonic({}).error().reason, QStringLiteral("invalid_length"));
        QCOMPARE(bip39::mnemonicFromEntropy(QByteArray(15, 'x')).error().reason,
                 QStringLiteral("invalid_entropy"));
        auto fresh = bip39::generateMnemonic(256);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.value().split(QLatin1Char(' ')).size(), 24);
        QVERIFY(bip39::validateMnemonic(fresh.value()).ok());
    }

    void bip32Vectors_data()
    {
        QTest::addColumn<int>("i");
        for (int i = 0; i < int(std::size(kBip32)); ++i)
            QTest::addRow("%s %s",
                          kBip32[i].seed[0] == '0'           ? "tv1"
                                  : kBip32[i].seed[0] == 'f' ? "tv2"
                                                             : "tv3",
                          kBip32[i].path)
                    << i;
    }
    void bip32Vectors()
    {
        QFETCH(int, i);
        const Bip32Vector &v = kBip32[i];
        auto master = ExtendedKey::fromSeed(hex(v.seed));
        QVERIFY(master.ok());
        auto path = DerivationPath::parse(QString::fromLatin1(v.path));
        QVERIFY(path.ok());
        QCOMPARE(path->toString(), QString::fromLatin1(v.path));
        auto key = master->derivePath(path.value());
        QVERIFY(key.ok());
        QCOMPARE(key->toBase58(), QString::fromLatin1(v.xprv));
        QCOMPARE(key->neuter().toBase58(), QString::fromLatin1(v.xpub));

        // Round trip through Base58.
        auto prv = ExtendedKey::fromBase58(QString::fromLatin1(v.xprv));
        QVERIFY(prv.ok());
        QVERIFY(prv->isPrivate());
        QCOMPARE(prv->toBase58(), QString::fromLatin1(v.xprv));
        auto pub = ExtendedKey::fromBase58(QString::fromLatin1(v.xpub));
        QVERIFY(pub.ok());
        QVERIFY(!pub->isPrivate());
        QCOMPARE(pub->publicKey(), key->publicKey());

        // A non-hardened step must also work from the parent's xpub alone.
        const QList<quint32> &idx = path->indices();
        if (!idx.isEmpty() && !(idx.last() & kHardened)) {
            auto parent = master->derivePath(DerivationPath(idx.mid(0, idx.size() - 1)));
            QVERIFY(parent.ok());
            auto parentPub = ExtendedKey::fromBase58(parent->neuter().toBase58());
            QVERIFY(parentPub.ok());
            auto child = parentPub->derive(idx.last());
            QVERIFY(child.ok());
            QCOMPARE(child->toBase58(), QString::fromLatin1(v.xpub));
        }
    }

    void bip32Refusals()
    {
        const QString xpub = QString::fromLatin1(kBip32[0].xpub);
        auto pub = ExtendedKey::fromBase58(xpub);
        QVERIFY(pub.ok());
        QCOMPARE(pub->derive(kHardened).error().reason, QStringLiteral("hardened_from_public"));
        QString typo = xpub;
        typo[20] = typo[20] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QCOMPARE(ExtendedKey::fromBase58(typo).error().reason, QStringLiteral("bad_checksum"));
        QCOMPARE(ExtendedKey::fromBase58(QStringLiteral("xpub0OIl")).error().reason,
                 QStringLiteral("invalid_base58"));
        for (const char *bad :
             {"", "44'/60'", "m/", "m/x", "m/-1", "m/2147483648", "m/1''", "m/+1"})
            QVERIFY2(!DerivationPath::parse(QString::fromLatin1(bad)).ok(), bad);
        QCOMPARE(DerivationPath::bip44(kCoinTypeEthereum, 0, 0, 5).toString(),
                 QStringLiteral("m/44'/60'/0'/0/5"));
        QCOMPARE(DerivationPath::parse(QStringLiteral("m/44h/60H/0'/0/5")).value(),
                 DerivationPath::bip44(kCoinTypeEthereum, 0, 0, 5));
    }

    // Deposit addresses from the account xpub equal the signer's own addresses.
    void depositAddressesFromXpubOnly()
    {
        auto signer = SeedSigner::fromSeed(
                bip39::seedFromMnemonic(QString::fromUtf8(kBip39[0].mnemonic)));
        QVERIFY(signer.ok());
        auto xpub = signer->accountXpub(DerivationPath::bip44Account(kCoinTypeEthereum, 0));
        QVERIFY(xpub.ok());
        QVERIFY(xpub->startsWith(QLatin1String("xpub")));
        auto account = ExtendedKey::fromBase58(xpub.value());
        QVERIFY(account.ok());
        for (quint32 user : {0u, 1u, 7u, 1000u}) {
            auto key = account->derivePath(DerivationPath({0, user}));
            QVERIFY(key.ok());
            auto fromXpub = addressFromPublicKey(key->publicKey());
            QVERIFY(fromXpub.ok());
            auto fromSeed = signer->address(DerivationPath::bip44(kCoinTypeEthereum, 0, 0, user));
            QVERIFY(fromSeed.ok());
            QCOMPARE(fromXpub.value(), fromSeed.value());
        }
    }

    void eip55_data()
    {
        QTest::addColumn<QString>("address");
        for (const char *a : {"0x52908400098527886E0F7030069857D2E4169EE7",
                              "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                              "0xde709f2102306220921060314715629080e2fb77",
                              "0x27b1fdb04752bbc536007a920d24acb045561c26",
                              "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                              "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                              "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }
    void eip55()
    {
        QFETCH(QString, address);
        auto parsed = parseAddress(address);
        QVERIFY(parsed.ok());
        QCOMPARE(toChecksumAddress(parsed.value()), address);
        // The unchecksummed forms are accepted too.
        QVERIFY(parseAddress(QStringLiteral("0x") + address.mid(2).toLower()).ok());
        QVERIFY(parseAddress(QStringLiteral("0x") + address.mid(2).toUpper()).ok());
    }

    void eip55Refusals()
    {
        QCOMPARE(parseAddress(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"))
                         .error()
                         .reason,
                 QStringLiteral("bad_checksum"));
        for (const char *bad : {"", "0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
                                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
                                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
                                "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"})
            QCOMPARE(parseAddress(QString::fromLatin1(bad)).error().reason,
                     QStringLiteral("invalid_address"));
    }

    void rlpBasics()
    {
        QCOMPARE(rlp::encodeBytes("dog").toHex(), QByteArray("83646f67"));
        QCOMPARE(rlp::encodeList({rlp::encodeBytes("cat"), rlp::encodeBytes("dog")}).toHex(),
                 QByteArray("c88363617483646f67"));
        QCOMPARE(rlp::encodeBytes({}).toHex(), QByteArray("80"));
        QCOMPARE(rlp::encodeList({}).toHex(), QByteArray("c0"));
        QCOMPARE(rlp::encodeUint(quint64(0)).toHex(), QByteArray("80"));
        QCOMPARE(rlp::encodeUint(quint64(15)).toHex(), QByteArray("0f"));
        QCOMPARE(rlp::encodeUint(quint64(1024)).toHex(), QByteArray("820400"));
        QCOMPARE(rlp::encodeUint(hex("000000000400")).toHex(), QByteArray("820400"));
        const QByteArray lorem("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
        QCOMPARE(rlp::encodeBytes(lorem).left(2).toHex(), QByteArray("b838"));
        auto back = rlp::decode(rlp::encodeBytes(lorem));
        QVERIFY(back.ok());
        QCOMPARE(back->bytes, lorem);
        for (const char *bad : {"", "81", "8100", "b800", "c1", "8261", "820400ff", "b80100"})
            QVERIFY2(!rlp::decode(hex(bad)).ok(), bad);
    }

    void eip155Example()
    {
        LegacyTransaction tx;
        tx.nonce = 9;
        tx.gasPrice = uint256(20000000000ULL);
        tx.gasLimit = 21000;
        tx.to = hex("3535353535353535353535353535353535353535");
        tx.value = uint256(1000000000000000000ULL);
        tx.chainId = 1;
        QCOMPARE(signingPayload(tx).value().toHex(),
                 QByteArray("ec098504a817c800825208943535353535353535353535353535353535353535880de0"
                            "b6b3a764000080018080"));
        QCOMPARE(signingHash(tx).value().toHex(),
                 QByteArray("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        FixedKeySigner signer(
                hex("4646464646464646464646464646464646464646464646464646464646464646"));
        auto signedTx = signTransaction(tx, signer, {});
        QVERIFY(signedTx.ok());
        QCOMPARE(signedTx->raw.toHex(),
                 QByteArray("f86c098504a817c800825208943535353535353535353535353535353535353535880d"
                            "e0b6b3a76400008025a028ef"
                            "61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8"
                            "997f761aecb703304b380"
                            "0ccf555c9f3dc64214b297fb1966a3b6d83"));
        QCOMPARE(signedTx->hash, keccak256(signedTx->raw));
    }

    // ethereumjs's vectors wrap the typed transaction in an RLP string
    // (b8 73 …); the payload inside is the raw transaction.
    void eip1559Vectors_data()
    {
        QTest::addColumn<quint64>("nonce");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<quint64>("gasLimit");
        QTest::addColumn<quint64>("tip");
        QTest::addColumn<quint64>("maxFee");
        QTest::addColumn<QByteArray>("wrapped");
        QTest::newRow("ethereumjs 0")
                << quint64(819) << quint64(43203529) << quint64(35552) << quint64(75853)
                << quint64(121212)
                << hex("b87302f870821e8e8203338301284d8301d97c828ae09400000000000000000000000000000"
                       "0000000aaaa8402933bc980c080a0d067f2167008c59219652f91cbf8788dbca5f771f6e91e"
                       "2b7657e85b78b472e0a01d305af9fe81fdba43f0dfcd400ed24dcace0a7e30d4e85701dcaaf"
                       "484cd079e");
        QTest::newRow("ethereumjs 1")
                << quint64(353) << quint64(61901619) << quint64(32593) << quint64(38850)
                << quint64(136295)
                << hex("b87202f86f821e8e8201618297c283021467827f51940000000000000000000000000000000"
                       "00000aaaa8403b08b3380c001a004205678f13fc1d7b10feea6513dfa76e24418b6e08097d9"
                       "5c6f93a3b64e536da01d45ad61bfece43862de2cce7d2575a8c1d08c26c87f3cb5f26d7b0be"
                       "54a91b2");
    }
    void eip1559Vectors()
    {
        QFETCH(quint64, nonce);
        QFETCH(quint64, value);
        QFETCH(quint64, gasLimit);
        QFETCH(quint64, tip);
        QFETCH(quint64, maxFee);
        QFETCH(QByteArray, wrapped);
        Eip1559Transaction tx;
        tx.chainId = 0x1e8e; // as encoded in the vectors
        tx.nonce = nonce;
        tx.value = uint256(value);
        tx.gasLimit = gasLimit;
        tx.maxPriorityFeePerGas = uint256(tip);
        tx.maxFeePerGas = uint256(maxFee);
        tx.to = hex("000000000000000000000000000000000000aaaa");
        const QByteArray key =
                hex("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63");
        FixedKeySigner signer(key);
        auto signedTx = signTransaction(tx, signer, {});
        QVERIFY(signedTx.ok());
        auto unwrapped = rlp::decode(wrapped);
        QVERIFY(unwrapped.ok());
        QCOMPARE(signedTx->raw.toHex(), unwrapped->bytes.toHex());

        // Decode our own raw transaction and recover the signer from it.
        QCOMPARE(signedTx->raw.at(0), '\x02');
        auto fields = rlp::decode(signedTx->raw.mid(1));
        QVERIFY(fields.ok());
        QVERIFY(fields->isList);
        QCOMPARE(fields->items.size(), 12);
        Signature sig{rlp::leftPad(fields->items[10].bytes, 32),
                      rlp::leftPad(fields->items[11].bytes, 32),
                      fields->items[9].bytes.isEmpty() ? 0
                                                       : int(quint8(fields->items[9].bytes[0]))};
        auto recovered = secp256k1::recover(signingHash(tx).value(), sig);
        QVERIFY(recovered.ok());
        QCOMPARE(addressFromPublicKey(recovered.value()).value(),
                 addressFromPublicKey(secp256k1::publicKey(key, false).value()).value());
    }

    void eip1559FromSeedRecoversToSigner()
    {
        auto signer = SeedSigner::fromSeed(
                bip39::seedFromMnemonic(QString::fromUtf8(kBip39[3].mnemonic)));
        QVERIFY(signer.ok());
        const DerivationPath path = DerivationPath::bip44(kCoinTypeEthereum, 0, 0, 3);
        Eip1559Transaction tx;
        tx.chainId = 31337;
        tx.nonce = 0;
        tx.maxPriorityFeePerGas = uint256(1000000000ULL);
        tx.maxFeePerGas = uint256(30000000000ULL);
        tx.gasLimit = 21000;
        tx.to = parseAddress(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).value();
        tx.value = hex(
                "00000000000000000000000000000000000000000000003635c9adc5dea00000"); // 1000 ether,
                                                                                     // padded
        auto signedTx = signTransaction(tx, signer.value(), path);
        QVERIFY(signedTx.ok());
        auto fields = rlp::decode(signedTx->raw.mid(1));
        QVERIFY(fields.ok());
        QCOMPARE(fields->items[6].bytes.toHex(), QByteArray("3635c9adc5dea00000"));
        const int recid =
                fields->items[9].bytes.isEmpty() ? 0 : int(quint8(fields->items[9].bytes[0]));
        auto recovered =
                secp256k1::recover(signingHash(tx).value(),
                                   Signature{rlp::leftPad(fields->items[10].bytes, 32),
                                             rlp::leftPad(fields->items[11].bytes, 32), recid});
        QVERIFY(recovered.ok());
        QCOMPARE(addressFromPublicKey(recovered.value()).value(), signer->address(path).value());

        tx.value = QByteArray(33, '\x01');
        QCOMPARE(signTransaction(tx, signer.value(), path).error().reason,
                 QStringLiteral("invalid_transaction"));
    }

    void sealedSeed()
    {
        const QByteArray seed = bip39::seedFromMnemonic(QString::fromUtf8(kBip39[5].mnemonic));
        const azc::crypto::Argon2Params quick{19456, 2, 1}; // the minimum keeps the test fast
        const QString sealed = sealSeed(seed, QStringLiteral("correct horse"), quick);
        QVERIFY(sealed.startsWith(QLatin1String("azcseed$v1$m=19456,t=2,p=1$")));
        QVERIFY(!sealed.contains(QString::fromLatin1(seed.toBase64())));
        auto opened = openSeed(sealed, QStringLiteral("correct horse"));
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), seed);

        QCOMPARE(openSeed(sealed, QStringLiteral("correct horsE")).error().reason,
                 QStringLiteral("wrong_passphrase"));

        // Flip one byte of the ciphertext.
        const qsizetype boxAt = sealed.indexOf(QLatin1String("$v1:")) + 4;
        QByteArray box = QByteArray::fromBase64(sealed.mid(boxAt).toLatin1());
        box[20] = char(box[20] ^ 0x01);
        const QString flipped = sealed.left(boxAt) + QString::fromLatin1(box.toBase64());
        QCOMPARE(openSeed(flipped, QStringLiteral("correct horse")).error().reason,
                 QStringLiteral("wrong_passphrase"));

        QCOMPARE(openSeed(QStringLiteral("azcseed$v2$x"), QStringLiteral("p")).error().reason,
                 QStringLiteral("malformed_sealed_seed"));
        // Parameters below the minimum are refused, not obeyed.
        QString weak = sealed;
        weak.replace(QLatin1String("m=19456"), QLatin1String("m=8"));
        QCOMPARE(openSeed(weak, QStringLiteral("correct horse")).error().reason,
                 QStringLiteral("malformed_sealed_seed"));
    }
};

QTEST_GUILESS_MAIN(TstChainCrypto)
#include "tst_chaincrypto.moc"
