<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AddressBookRow</name>
    <message>
        <source>Ready</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Usable from %1</source>
        <translation>%1부터 사용 가능</translation>
    </message>
    <message>
        <source>Remove from the address book</source>
        <translation>주소록에서 삭제</translation>
    </message>
</context>
<context>
    <name>AdjustmentsView</name>
    <message>
        <source>Reject this adjustment?</source>
        <translation>이 조정을 거절할까요?</translation>
    </message>
    <message>
        <source>The requester and the audit log keep the reason.</source>
        <translation>사유는 요청자에게 전달되고 감사 로그에 보관됩니다.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Request an adjustment</source>
        <translation>조정 요청</translation>
    </message>
    <message>
        <source>Credits (+) or debits (−) a balance once a second admin approves.</source>
        <translation>다른 관리자가 한 번 더 승인하면 잔액에 더하거나(+) 뺍니다(−).</translation>
    </message>
    <message>
        <source>A user&apos;s balance</source>
        <translation>사용자 잔액</translation>
    </message>
    <message>
        <source>A house account</source>
        <translation>플랫폼 계정</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>금액 (+/− 부호 포함)</translation>
    </message>
    <message>
        <source>Reason (for the approver and the audit log)</source>
        <translation>사유 (승인자 확인 및 감사 로그용)</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>승인 요청</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>승인 대기열</translation>
    </message>
    <message>
        <source>Requested by %1 · %2</source>
        <translation>요청자: %1 · %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>결정자: %1</translation>
    </message>
    <message>
        <source>You requested this: another admin must approve it.</source>
        <translation>내가 요청한 건입니다. 다른 관리자가 승인해야 합니다.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <source>Appearance</source>
        <translation>화면 표시</translation>
    </message>
    <message>
        <source>Applies immediately and is remembered on this computer.</source>
        <translation>바로 적용되며 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <source>Easier on the eyes at night.</source>
        <translation>밤에 눈이 덜 피로합니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Persian switches the layout to right-to-left.</source>
        <translation>페르시아어를 선택하면 화면이 오른쪽에서 왼쪽 방향으로 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>AuthScreen</name>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>연결 중…</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>On hold %1 · Total %2</source>
        <translation>보류 %1 · 총 %2</translation>
    </message>
</context>
<context>
    <name>BotsCard</name>
    <message>
        <source>My bots</source>
        <translation>내 봇</translation>
    </message>
    <message>
        <source>Programs that chat through the AZCoiner API with their own token. Add a bot to a group like any member.</source>
        <translation>자체 토큰으로 AZCoiner API를 통해 대화하는 프로그램입니다. 다른 멤버처럼 봇을 그룹에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>새 토큰</translation>
    </message>
    <message>
        <source>You have no bots yet.</source>
        <translation>아직 봇이 없습니다.</translation>
    </message>
    <message>
        <source>Token of @%1 — copy it now, it is not shown again:</source>
        <translation>@%1의 토큰 — 다시 표시되지 않으니 지금 복사하세요:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Name, e.g. Price alerts</source>
        <translation>이름, 예: 가격 알림</translation>
    </message>
    <message>
        <source>username ending in bot</source>
        <translation>bot으로 끝나는 사용자 이름</translation>
    </message>
    <message>
        <source>Create bot</source>
        <translation>봇 만들기</translation>
    </message>
</context>
<context>
    <name>BrandPanel</name>
    <message>
        <source>Messaging, wallet and trading in one secure desktop app.</source>
        <translation>메시지, 지갑, 거래를 하나의 안전한 데스크톱 앱에서.</translation>
    </message>
    <message>
        <source>Sessions protected by two-factor authentication</source>
        <translation>2단계 인증으로 보호되는 세션</translation>
    </message>
    <message>
        <source>Identity verification reviewed by real people</source>
        <translation>실제 담당자가 검토하는 본인 인증</translation>
    </message>
    <message>
        <source>Every staff action written to an audit log</source>
        <translation>모든 직원 작업은 감사 로그에 기록됩니다</translation>
    </message>
</context>
<context>
    <name>BridgeAdminView</name>
    <message>
        <source>%1 is active again.</source>
        <translation>%1이(가) 다시 활성화되었습니다.</translation>
    </message>
    <message>
        <source>Policy for %1 approved: it is in force now.</source>
        <translation>%1 정책이 승인되어 지금부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Policy for %1 rejected.</source>
        <translation>%1 정책이 거절되었습니다.</translation>
    </message>
    <message>
        <source>Reject the policy</source>
        <translation>정책 거절</translation>
    </message>
    <message>
        <source>The partner reads this reason.</source>
        <translation>파트너가 이 사유를 보게 됩니다.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Reserves per coin</source>
        <translation>코인별 준비금</translation>
    </message>
    <message>
        <source>%1 points are paused.</source>
        <translation>포인트 %1종이 일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>What partners&apos; reserves hold against what they must.</source>
        <translation>파트너 준비금의 보유액과 필요액 비교입니다.</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>코인</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>준비금</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필요액</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>충분</translation>
    </message>
    <message>
        <source>short</source>
        <translation>부족</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>유통량</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>준비금</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>준비율</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>No partner has points yet.</source>
        <translation>아직 포인트를 가진 파트너가 없습니다.</translation>
    </message>
    <message>
        <source>Policy proposals</source>
        <translation>정책 제안</translation>
    </message>
    <message>
        <source>A proposal takes effect when approved; until then the point keeps its policy.</source>
        <translation>제안은 승인되면 적용되며, 그 전까지 포인트는 기존 정책을 유지합니다.</translation>
    </message>
    <message>
        <source>%1 · %2, proposed by %3 on %4</source>
        <translation>%1 · %2, %3 제안 (%4)</translation>
    </message>
    <message>
        <source>%1; spread %2 %, fee %3 %, coverage %4 %; per swap %5 to %6; a day %7 per user, %8 in all; %9</source>
        <translation>%1; 스프레드 %2%, 수수료 %3%, 준비율 %4%; 1회 교환 %5 ~ %6; 일일 사용자당 %7, 전체 %8; %9</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>양방향</translation>
    </message>
    <message>
        <source>points to coin only</source>
        <translation>포인트에서 코인으로만</translation>
    </message>
    <message>
        <source>coin to points only</source>
        <translation>코인에서 포인트로만</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>In force when proposed: %1</source>
        <translation>제안 당시 적용 중: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>거절…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>제안이 없습니다.</translation>
    </message>
</context>
<context>
    <name>BridgeErrors</name>
    <message>
        <source>That is below the smallest swap of %1 %2.</source>
        <translation>최소 교환 수량 %1 %2보다 적습니다.</translation>
    </message>
    <message>
        <source>That is below the smallest swap this point allows.</source>
        <translation>이 포인트의 최소 교환 수량보다 적습니다.</translation>
    </message>
    <message>
        <source>That is above the largest swap of %1 %2.</source>
        <translation>최대 교환 수량 %1 %2를 넘습니다.</translation>
    </message>
    <message>
        <source>That is above the largest swap this point allows.</source>
        <translation>이 포인트의 최대 교환 수량을 넘습니다.</translation>
    </message>
    <message>
        <source>That is more than your daily allowance: %1 %2 left today (days end at midnight UTC).</source>
        <translation>일일 한도를 넘습니다. 오늘 %1 %2 남았습니다(하루는 UTC 자정에 끝납니다).</translation>
    </message>
    <message>
        <source>That is more than your daily allowance of %1 %2 (days end at midnight UTC).</source>
        <translation>일일 한도 %1 %2를 넘습니다(하루는 UTC 자정에 끝납니다).</translation>
    </message>
    <message>
        <source>That is more than your daily allowance for this point. Try a smaller amount, or tomorrow.</source>
        <translation>이 포인트의 일일 한도를 넘습니다. 더 적은 수량으로 하거나 내일 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The partner&apos;s daily total for everyone is nearly used: %1 %2 left today (UTC).</source>
        <translation>파트너의 전체 일일 한도가 거의 소진되었습니다. 오늘 %1 %2 남았습니다(UTC 기준).</translation>
    </message>
    <message>
        <source>The partner&apos;s daily total for everyone is used up. Try again tomorrow (UTC).</source>
        <translation>파트너의 전체 일일 한도가 모두 소진되었습니다. 내일(UTC 기준) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>That is outside this point&apos;s limits.</source>
        <translation>이 포인트의 한도를 벗어납니다.</translation>
    </message>
    <message>
        <source>The code is 2 to 10 capital letters or digits.</source>
        <translation>코드는 영문 대문자나 숫자 2~10자입니다.</translation>
    </message>
    <message>
        <source>The name has 2 to 40 characters.</source>
        <translation>이름은 2~40자입니다.</translation>
    </message>
    <message>
        <source>Decimals are a whole number from 0 to 8 (18 for a token).</source>
        <translation>소수 자릿수는 0~8 사이의 정수입니다(토큰은 18까지).</translation>
    </message>
    <message>
        <source>The contract is an address like 0x followed by 40 hex digits.</source>
        <translation>컨트랙트는 0x 뒤에 16진수 40자리가 오는 주소입니다.</translation>
    </message>
    <message>
        <source>Choose a fixed rate or the market&apos;s price.</source>
        <translation>고정 비율 또는 시장 가격을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the rate as coin per whole point, above zero.</source>
        <translation>교환 비율은 포인트 1개당 코인 수량으로, 0보다 크게 입력하세요.</translation>
    </message>
    <message>
        <source>The spread is a percentage below 100 with at most 2 decimals.</source>
        <translation>스프레드는 소수점 이하 최대 2자리의 100 미만 퍼센트입니다.</translation>
    </message>
    <message>
        <source>The fee is a percentage below 100 with at most 2 decimals.</source>
        <translation>수수료는 소수점 이하 최대 2자리의 100 미만 퍼센트입니다.</translation>
    </message>
    <message>
        <source>The coverage is a percentage (100 = fully backed) with at most 2 decimals.</source>
        <translation>준비율은 소수점 이하 최대 2자리의 퍼센트입니다(100 = 전액 담보).</translation>
    </message>
    <message>
        <source>Enter the smallest and largest swap in points (0: none), the largest not below the smallest.</source>
        <translation>최소·최대 교환 수량을 포인트 단위로 입력하세요(0: 제한 없음). 최대는 최소보다 작을 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the daily caps in points (0: none), with no more decimals than the point has.</source>
        <translation>일일 한도를 포인트 단위로, 포인트가 허용하는 소수 자릿수 이내로 입력하세요(0: 제한 없음).</translation>
    </message>
    <message>
        <source>The title has 2 to 80 characters.</source>
        <translation>제목은 2~80자입니다.</translation>
    </message>
    <message>
        <source>The description has at most 2,000 characters.</source>
        <translation>설명은 최대 2,000자입니다.</translation>
    </message>
    <message>
        <source>Enter a price above zero, with no more decimals than its asset has.</source>
        <translation>0보다 큰 가격을 해당 자산이 허용하는 소수 자릿수 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>A product is priced in AZC or in one of your points.</source>
        <translation>상품 가격은 AZC 또는 직접 발행한 포인트 중 하나로 정합니다.</translation>
    </message>
    <message>
        <source>Stock is a whole number from 0 to 1,000,000; for vouchers, the number of codes.</source>
        <translation>재고는 0~1,000,000 사이의 정수이며, 바우처는 코드 개수입니다.</translation>
    </message>
    <message>
        <source>A product has at most 6 pictures.</source>
        <translation>상품 이미지는 최대 6장입니다.</translation>
    </message>
    <message>
        <source>Add the voucher codes, one per line.</source>
        <translation>바우처 코드를 한 줄에 하나씩 추가하세요.</translation>
    </message>
    <message>
        <source>The quantity is from 1 to 100.</source>
        <translation>수량은 1~100입니다.</translation>
    </message>
    <message>
        <source>Enter the shipping address (at most 300 characters).</source>
        <translation>배송 주소를 입력하세요(최대 300자).</translation>
    </message>
    <message>
        <source>Enter the tracking reference (1 to 100 characters).</source>
        <translation>운송장 번호를 입력하세요(1~100자).</translation>
    </message>
    <message>
        <source>Write a reason of 1 to 500 characters.</source>
        <translation>사유를 1~500자로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the username of the person to credit.</source>
        <translation>적립받을 사람의 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The reference has at most 64 characters.</source>
        <translation>참조 번호는 최대 64자입니다.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with no more decimals than the asset has.</source>
        <translation>0보다 큰 수량을 자산이 허용하는 소수 자릿수 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>This request is no longer waiting for you: it was answered or it expired.</source>
        <translation>이 요청은 더 이상 응답을 기다리지 않습니다. 이미 응답했거나 만료되었습니다.</translation>
    </message>
    <message>
        <source>Only a shipped order can be marked as received.</source>
        <translation>발송된 주문만 수령 완료로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>This order cannot be disputed now: it is already refunded, disputed or closed.</source>
        <translation>지금은 이 주문에 분쟁을 제기할 수 없습니다. 이미 환불되었거나 분쟁 중이거나 종료되었습니다.</translation>
    </message>
    <message>
        <source>Only a paid order can be shipped.</source>
        <translation>결제된 주문만 발송할 수 있습니다.</translation>
    </message>
    <message>
        <source>This order cannot be refunded now.</source>
        <translation>지금은 이 주문을 환불할 수 없습니다.</translation>
    </message>
    <message>
        <source>This dispute is already decided.</source>
        <translation>이미 결정된 분쟁입니다.</translation>
    </message>
    <message>
        <source>This proposal is already decided.</source>
        <translation>이미 결정된 제안입니다.</translation>
    </message>
    <message>
        <source>The organisation must be verified (KYB) before it creates points.</source>
        <translation>포인트를 만들려면 먼저 조직 인증(KYB)을 받아야 합니다.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press again: it will not be done twice.</source>
        <translation>응답을 받기 전에 연결이 끊겼습니다. 다시 누르세요. 두 번 처리되지 않습니다.</translation>
    </message>
    <message>
        <source>This point is paused by its partner or the platform: nothing can be swapped or credited for now.</source>
        <translation>파트너 또는 플랫폼이 이 포인트를 일시 중지했습니다. 지금은 교환도 적립도 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The partner does not allow swaps in this direction at the moment.</source>
        <translation>파트너가 현재 이 방향의 교환을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The reserve does not cover these points. Top the reserve up first.</source>
        <translation>준비금이 이 포인트를 감당하지 못합니다. 먼저 준비금을 충전하세요.</translation>
    </message>
    <message>
        <source>Only what is above the required reserve can be withdrawn.</source>
        <translation>필요 준비금을 넘는 금액만 인출할 수 있습니다.</translation>
    </message>
    <message>
        <source>The partner&apos;s reserve cannot pay this swap right now. Try a smaller amount, or later.</source>
        <translation>지금은 파트너의 준비금으로 이 교환을 지급할 수 없습니다. 더 적은 수량으로 하거나 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The quote ran out before it was confirmed. Get a new quote.</source>
        <translation>확인하기 전에 견적이 만료되었습니다. 새 견적을 받으세요.</translation>
    </message>
    <message>
        <source>This point has no approved policy yet, so it cannot be swapped.</source>
        <translation>이 포인트는 아직 승인된 정책이 없어 교환할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is not enough left in stock for this quantity.</source>
        <translation>이 수량만큼 남은 재고가 없습니다.</translation>
    </message>
    <message>
        <source>The balance it comes from does not cover this amount.</source>
        <translation>가져올 잔액이 이 금액에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>The organisation does not hold that many points.</source>
        <translation>조직이 보유한 포인트가 그만큼 많지 않습니다.</translation>
    </message>
    <message>
        <source>The organisation&apos;s balance does not cover the refund.</source>
        <translation>조직 잔액이 환불 금액에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>Your balance does not cover the total.</source>
        <translation>잔액이 총액에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this amount.</source>
        <translation>사용 가능 잔액이 이 금액에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>That code is taken by another asset. Choose another.</source>
        <translation>다른 자산이 이미 사용하는 코드입니다. 다른 코드를 선택하세요.</translation>
    </message>
    <message>
        <source>You proposed this policy: another admin must approve it.</source>
        <translation>내가 제안한 정책입니다. 다른 관리자가 승인해야 합니다.</translation>
    </message>
    <message>
        <source>Only a platform admin can resume a paused point.</source>
        <translation>일시 중지된 포인트는 플랫폼 관리자만 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owner or an admin of it may do this.</source>
        <translation>조직의 소유자나 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>그 이름의 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>이 요청은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This product is no longer on sale.</source>
        <translation>더 이상 판매하지 않는 상품입니다.</translation>
    </message>
    <message>
        <source>This quote is no longer valid: it was used or replaced. Get a new quote.</source>
        <translation>더 이상 유효하지 않은 견적입니다(사용되었거나 교체됨). 새 견적을 받으세요.</translation>
    </message>
</context>
<context>
    <name>BridgeWords</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Draft · no policy yet</source>
        <translation>초안 · 아직 정책 없음</translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation>ERC-20 토큰</translation>
    </message>
    <message>
        <source>Loyalty point</source>
        <translation>적립 포인트</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>at the partner</source>
        <translation>파트너에서</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>앱에서</translation>
    </message>
    <message>
        <source>Shipped to you</source>
        <translation>주소로 배송</translation>
    </message>
    <message>
        <source>Voucher code, at once</source>
        <translation>바우처 코드, 즉시 발급</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>분쟁 중</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>none</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>%1 (the market&apos;s last price)</source>
        <translation>%1 (시장 최근 체결가)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>양방향</translation>
    </message>
    <message>
        <source>Only %1 → %2</source>
        <translation>%1 → %2만</translation>
    </message>
    <message>
        <source>Closed both ways</source>
        <translation>양방향 모두 닫힘</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>교환 비율</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>스프레드</translation>
    </message>
    <message>
        <source>%1 %, taken from you in both directions</source>
        <translation>%1%, 양방향 모두 차감</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>%1 % of the coin, to the platform</source>
        <translation>코인의 %1%, 플랫폼에 지급</translation>
    </message>
    <message>
        <source>Per swap</source>
        <translation>1회 교환</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Your daily allowance</source>
        <translation>나의 일일 한도</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>교환 방향</translation>
    </message>
    <message>
        <source>Reserve backing</source>
        <translation>준비금 담보</translation>
    </message>
    <message>
        <source>%1 % required</source>
        <translation>%1% 필요</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>내 지갑</translation>
    </message>
    <message>
        <source>The organisation&apos;s balance</source>
        <translation>조직 잔액</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1초</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>CallBubble</name>
    <message>
        <source>Tap to call back</source>
        <translation>눌러서 다시 걸기</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>Unmute</source>
        <translation>음소거 해제</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>카메라 끄기</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>카메라 켜기</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>공유 중지</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>화면 공유</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>스피커</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>장치 %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>통화 종료</translation>
    </message>
</context>
<context>
    <name>CallHistoryList</name>
    <message>
        <source>Call back</source>
        <translation>다시 걸기</translation>
    </message>
    <message>
        <source>No calls yet. Call from a chat&apos;s header.</source>
        <translation>아직 통화가 없습니다. 대화 상단에서 전화를 걸어 보세요.</translation>
    </message>
</context>
<context>
    <name>CallHost</name>
    <message>
        <source>Incoming video call</source>
        <translation>수신 영상 통화</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>수신 전화</translation>
    </message>
    <message>
        <source>%1 is calling you</source>
        <translation>%1 님의 전화</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>수신 전화 — %1</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <source>Missed video call</source>
        <translation>부재중 영상 통화</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>부재중 전화</translation>
    </message>
    <message>
        <source>Outgoing video call</source>
        <translation>발신 영상 통화</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>발신 전화</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>수신 영상 통화</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>수신 전화</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>통화 거절됨</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절함</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>통화 중</translation>
    </message>
    <message>
        <source>Cancelled call</source>
        <translation>취소된 통화</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>영상 통화</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>음성 통화</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>연결 양호</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>연결 보통</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>연결 불량</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Calls cannot use the microphone here (the call page is not a secure context).</source>
        <translation>여기서는 통화에 마이크를 쓸 수 없습니다(통화 페이지가 보안 컨텍스트가 아님).</translation>
    </message>
    <message>
        <source>No microphone could be opened: the others can&apos;t hear you.</source>
        <translation>마이크를 열 수 없습니다. 상대방이 내 목소리를 들을 수 없습니다.</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>카메라를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The screen could not be shared.</source>
        <translation>화면을 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>That speaker could not be chosen.</source>
        <translation>해당 스피커를 선택할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>24h high %1 · low %2</source>
        <translation>24시간 최고 %1 · 최저 %2</translation>
    </message>
    <message>
        <source>No trades in this period yet.</source>
        <translation>이 기간에는 아직 거래가 없습니다.</translation>
    </message>
    <message>
        <source>This server does not offer candles yet.</source>
        <translation>이 서버는 아직 캔들 차트를 제공하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Reject this case</source>
        <translation>이 건 거절</translation>
    </message>
    <message>
        <source>Tell the user why. They will see this text.</source>
        <translation>사용자에게 이유를 알려 주세요. 이 내용이 사용자에게 표시됩니다.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Ask for new documents</source>
        <translation>새 서류 요청</translation>
    </message>
    <message>
        <source>Say what is wrong and what to send instead.</source>
        <translation>무엇이 문제인지, 대신 무엇을 보내야 하는지 적어 주세요.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Level requested</source>
        <translation>요청 등급</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>제출일</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>나에게 배정</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>결정 메모: %1</translation>
    </message>
</context>
<context>
    <name>ChatErrors</name>
    <message>
        <source>You are not a member of this conversation.</source>
        <translation>이 대화의 멤버가 아닙니다.</translation>
    </message>
    <message>
        <source>Only the admins of this conversation can do this.</source>
        <translation>이 대화의 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can do this.</source>
        <translation>이 대화의 소유자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the author can change this message.</source>
        <translation>작성자만 이 메시지를 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>This file cannot be shared here.</source>
        <translation>이 파일은 여기에 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>This conversation can only be joined with an invite link.</source>
        <translation>이 대화는 초대 링크로만 참여할 수 있습니다.</translation>
    </message>
    <message>
        <source>This request has already been paid.</source>
        <translation>이미 결제된 요청입니다.</translation>
    </message>
    <message>
        <source>You cannot pay your own request.</source>
        <translation>자신의 요청은 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>This request is being paid right now.</source>
        <translation>이 요청은 지금 결제 처리 중입니다.</translation>
    </message>
    <message>
        <source>You cannot do this with yourself.</source>
        <translation>자기 자신과는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>This account is frozen.</source>
        <translation>동결된 계정입니다.</translation>
    </message>
    <message>
        <source>This is not possible in a direct chat.</source>
        <translation>1:1 채팅에서는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>삭제된 메시지입니다.</translation>
    </message>
    <message>
        <source>This message cannot be edited.</source>
        <translation>이 메시지는 편집할 수 없습니다.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed.</source>
        <translation>소유자의 역할은 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>“%1” 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>This conversation or message no longer exists.</source>
        <translation>대화 또는 메시지가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This handle is already taken.</source>
        <translation>이미 사용 중인 핸들입니다.</translation>
    </message>
    <message>
        <source>Messages have 1 to 4,096 characters.</source>
        <translation>메시지는 1~4,096자여야 합니다.</translation>
    </message>
    <message>
        <source>Handles have 5 to 32 characters: a–z, 0–9 and _, starting with a letter.</source>
        <translation>핸들은 5~32자이며 a–z, 0–9, _만 쓸 수 있고 영문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Your file storage is full (100 MB).</source>
        <translation>파일 저장 공간이 가득 찼습니다 (100MB).</translation>
    </message>
    <message>
        <source>Too many uploads at once. Wait for them to finish.</source>
        <translation>동시에 업로드하는 파일이 너무 많습니다. 업로드가 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>You cannot open your own red packet.</source>
        <translation>자신의 돈봉투는 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Every share of this red packet has been taken.</source>
        <translation>이 돈봉투의 모든 몫이 이미 받아졌습니다.</translation>
    </message>
    <message>
        <source>This red packet has expired; what was left went back to the sender.</source>
        <translation>이 돈봉투는 만료되었습니다. 남은 금액은 보낸 사람에게 돌아갔습니다.</translation>
    </message>
    <message>
        <source>The total is too small to give every share at least one unit.</source>
        <translation>총액이 너무 작아 각 몫에 최소 한 단위씩 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>A red packet has 1 to 100 shares.</source>
        <translation>돈봉투는 1~100개의 몫으로 나뉩니다.</translation>
    </message>
    <message>
        <source>Red packets are for groups.</source>
        <translation>돈봉투는 그룹에서만 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ChatInfoPanel</name>
    <message>
        <source>Channel info</source>
        <translation>채널 정보</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>그룹 정보</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>알림 끄기</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>맨 위에 고정</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>초대 링크</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>아직 링크 없음</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Add by username</source>
        <translation>사용자 이름으로 추가</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Only admins see the subscribers.</source>
        <translation>구독자 목록은 관리자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(나)</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>관리자로 지정</translation>
    </message>
    <message>
        <source>Remove admin rights</source>
        <translation>관리자 권한 해제</translation>
    </message>
    <message>
        <source>Remove from the conversation</source>
        <translation>대화에서 내보내기</translation>
    </message>
    <message>
        <source>Leave channel</source>
        <translation>채널 나가기</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>그룹 나가기</translation>
    </message>
    <message>
        <source>Leave “%1”? You will lose access to its history.</source>
        <translation>“%1”에서 나갈까요? 대화 기록에 더 이상 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>나가기</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1에게 전화</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <source>Search messages</source>
        <translation>메시지 검색</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>채팅 검색</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>New direct chat</source>
        <translation>새 1:1 채팅</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>새 채널</translation>
    </message>
    <message>
        <source>Join by link or handle</source>
        <translation>링크 또는 핸들로 참여</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>No chat matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 채팅이 없습니다.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>아직 대화가 없습니다.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>메시지를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ChatWords</name>
    <message>
        <source>No messages yet</source>
        <translation>아직 메시지 없음</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>삭제된 메시지</translation>
    </message>
    <message>
        <source>Payment: %1 %2</source>
        <translation>결제: %1 %2</translation>
    </message>
    <message>
        <source>Payment request: %1 %2</source>
        <translation>결제 요청: %1 %2</translation>
    </message>
    <message>
        <source>Red packet: %1 %2</source>
        <translation>돈봉투: %1 %2</translation>
    </message>
    <message>
        <source>P2P trade: %1 %2</source>
        <translation>P2P 거래: %1 %2</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>멤버 변경됨</translation>
    </message>
    <message>
        <source>📎 %1</source>
        <translation>📎 %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>구독자</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>1 subscriber</source>
        <translation>구독자 1명</translation>
    </message>
    <message>
        <source>%1 subscribers</source>
        <translation>구독자 %1명</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>멤버 1명</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>멤버 %1명</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>결제 대기 중</translation>
    </message>
    <message>
        <source>Mini program: %1</source>
        <translation>미니 프로그램: %1</translation>
    </message>
    <message>
        <source>📹 Video call</source>
        <translation>📹 영상 통화</translation>
    </message>
    <message>
        <source>📞 Call</source>
        <translation>📞 통화</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose a conversation, or start a new one.</source>
        <translation>대화를 선택하거나 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>통화</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing</source>
        <translation>편집 중</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>%1 님에게 답장</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>업로드 중… %1%</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>송금</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>송금하기</translation>
    </message>
    <message>
        <source>Request money</source>
        <translation>송금 요청</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>메시지를 입력하세요…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>돈봉투</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Done: the partner has been told.</source>
        <translation>완료되었습니다. 파트너에게 알렸습니다.</translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation>요청을 거절했습니다.</translation>
    </message>
    <message>
        <source>Request from %1</source>
        <translation>%1의 요청</translation>
    </message>
    <message>
        <source>%1 asks you to pay %2 %3 in exchange for %4.</source>
        <translation>%1에서 %4을(를) 받는 대가로 %2 %3 지불을 요청합니다.</translation>
    </message>
    <message>
        <source>%1 asks you to give %2 %3 in exchange for coin.</source>
        <translation>%1에서 코인을 받는 대가로 %2 %3을(를) 요청합니다.</translation>
    </message>
    <message>
        <source>Their reference: %1</source>
        <translation>상대방 참조 번호: %1</translation>
    </message>
    <message>
        <source>You give</source>
        <translation>지불할 자산</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>받을 자산</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>교환 비율</translation>
    </message>
    <message>
        <source>Valid for %1</source>
        <translation>%1 동안 유효</translation>
    </message>
    <message>
        <source>This quote has run out. Get a fresh one to go on.</source>
        <translation>이 견적은 만료되었습니다. 계속하려면 새 견적을 받으세요.</translation>
    </message>
    <message>
        <source>The answer was lost. Confirm again to learn the outcome; it will not be done twice.</source>
        <translation>응답을 받지 못했습니다. 결과를 확인하려면 다시 확인을 누르세요. 두 번 처리되지 않습니다.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>새 견적</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>ConsentsView</name>
    <message>
        <source>Request declined.</source>
        <translation>요청을 거절했습니다.</translation>
    </message>
    <message>
        <source>Requests from partners</source>
        <translation>파트너 요청</translation>
    </message>
    <message>
        <source>A partner&apos;s till or website can ask you to swap points or coin. Nothing moves until you confirm here.</source>
        <translation>파트너의 매장 계산대나 웹사이트에서 포인트나 코인 교환을 요청할 수 있습니다. 여기서 확인하기 전에는 아무것도 이동하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: pay %2 in coin for %3</source>
        <translation>%1: %3을(를) 받고 코인으로 %2 지불</translation>
    </message>
    <message>
        <source>%1: give %2 %3 for coin</source>
        <translation>%1: 코인을 받고 %2 %3 지불</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>참조 번호: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>확인…</translation>
    </message>
    <message>
        <source>No requests are waiting for you.</source>
        <translation>대기 중인 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Open a request</source>
        <translation>요청 열기</translation>
    </message>
    <message>
        <source>Paste the link a partner showed you (azcoiner:bridge?consent=…).</source>
        <translation>파트너가 보여 준 링크를 붙여 넣으세요(azcoiner:bridge?consent=…).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Pay %1 %2 to %3? The fee is added by the wallet.</source>
        <translation>%3 님에게 %1 %2을(를) 결제할까요? 수수료는 지갑에서 추가됩니다.</translation>
    </message>
    <message>
        <source>Members and settings</source>
        <translation>멤버 및 설정</translation>
    </message>
    <message>
        <source>You are no longer a member of this conversation.</source>
        <translation>더 이상 이 대화의 멤버가 아닙니다.</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>아직 메시지가 없습니다. 먼저 인사해 보세요!</translation>
    </message>
    <message>
        <source>Only admins post in this channel</source>
        <translation>이 채널에는 관리자만 글을 올릴 수 있습니다</translation>
    </message>
    <message>
        <source>Drop to send</source>
        <translation>놓으면 전송됩니다</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>파일 보내기</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>이미지 및 문서 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>파일 저장</translation>
    </message>
    <message>
        <source>Pay this request?</source>
        <translation>이 요청을 결제할까요?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Forward to…</source>
        <translation>전달할 대화…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답장</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>텍스트 복사</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>전달…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Delete for me</source>
        <translation>나에게서 삭제</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>모두에게서 삭제</translation>
    </message>
    <message>
        <source>Newest messages</source>
        <translation>최신 메시지</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>음성 통화</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>영상 통화</translation>
    </message>
</context>
<context>
    <name>CreatePointDialog</name>
    <message>
        <source>Choose an icon</source>
        <translation>아이콘 선택</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 created. Propose its policy under Policies to open it.</source>
        <translation>%1을(를) 만들었습니다. 운영을 시작하려면 정책 탭에서 정책을 제안하세요.</translation>
    </message>
    <message>
        <source>Register a token</source>
        <translation>토큰 등록</translation>
    </message>
    <message>
        <source>Create a point</source>
        <translation>포인트 만들기</translation>
    </message>
    <message>
        <source>A loyalty point of our own</source>
        <translation>자체 적립 포인트</translation>
    </message>
    <message>
        <source>Our ERC-20 token</source>
        <translation>자체 ERC-20 토큰</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>e.g. NOVA</source>
        <translation>예: NOVA</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>소수 자릿수</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Reserve held in</source>
        <translation>준비금 자산</translation>
    </message>
    <message>
        <source>Network (as custody names it)</source>
        <translation>네트워크 (수탁 시스템에 등록된 이름)</translation>
    </message>
    <message>
        <source>Contract address</source>
        <translation>컨트랙트 주소</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>업로드 중…</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>아이콘 선택</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>CustodyErrors</name>
    <message>
        <source>The smallest withdrawal of %1 on this network is %2 %1.</source>
        <translation>이 네트워크에서 %1의 최소 출금액은 %2 %1입니다.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1은(는) 소수점 이하 최대 %2자리까지 가능합니다.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 0.25.</source>
        <translation>0보다 큰 금액을 입력하세요. 예: 0.25</translation>
    </message>
    <message>
        <source>This address mixes upper and lower case but its checksum is wrong. Copy it again from the wallet it belongs to.</source>
        <translation>이 주소는 대소문자가 섞여 있지만 체크섬이 틀렸습니다. 해당 지갑에서 다시 복사하세요.</translation>
    </message>
    <message>
        <source>This is not an address on this network: it should be 0x followed by 40 hexadecimal characters.</source>
        <translation>이 네트워크의 주소가 아닙니다. 0x 뒤에 16진수 40자가 와야 합니다.</translation>
    </message>
    <message>
        <source>This address is already in your address book.</source>
        <translation>이 주소는 이미 주소록에 있습니다.</translation>
    </message>
    <message>
        <source>Save this address in your address book first.</source>
        <translation>먼저 이 주소를 주소록에 저장하세요.</translation>
    </message>
    <message>
        <source>New addresses can be used after a waiting period, for your safety. This one is usable from %1.</source>
        <translation>안전을 위해 새 주소는 대기 기간 후에 사용할 수 있습니다. 이 주소는 %1부터 사용 가능합니다.</translation>
    </message>
    <message>
        <source>This network is switched off for now.</source>
        <translation>이 네트워크는 현재 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>This withdrawal is large: it needs the approval of two admins; support cannot approve it.</source>
        <translation>큰 금액의 출금입니다. 관리자 두 명의 승인이 필요하며 지원팀은 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>You cannot approve your own withdrawal; another member of staff has to.</source>
        <translation>본인의 출금은 승인할 수 없습니다. 다른 직원이 승인해야 합니다.</translation>
    </message>
    <message>
        <source>This withdrawal has moved on meanwhile; the list shows its current state.</source>
        <translation>그 사이 이 출금의 상태가 바뀌었습니다. 목록에 현재 상태가 표시됩니다.</translation>
    </message>
    <message>
        <source>Withdrawing %1 is not available at your verification level. Verify your identity to unlock it.</source>
        <translation>현재 인증 등급에서는 %1 출금을 할 수 없습니다. 신원을 인증하면 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>This is above your withdrawal limit (%1 %2). You can still withdraw %3 %2 in the next 24 hours.</source>
        <translation>출금 한도(%1 %2)를 넘습니다. 앞으로 24시간 동안 %3 %2를 더 출금할 수 있습니다.</translation>
    </message>
    <message>
        <source>Withdrawals of this size need the 6-digit code from your authenticator app.</source>
        <translation>이 금액의 출금에는 인증 앱의 6자리 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover the amount and the network fee.</source>
        <translation>사용 가능한 %1 잔액이 금액과 네트워크 수수료를 충당하지 못합니다.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals are not available on this server.</source>
        <translation>이 서버에서는 입출금을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press the button again: it will not be sent twice.</source>
        <translation>응답을 받기 전에 연결이 끊겼습니다. 버튼을 다시 누르세요. 두 번 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Saving a new address needs the 6-digit code from your authenticator app too.</source>
        <translation>새 주소를 저장하려면 인증 앱의 6자리 코드도 필요합니다.</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit from a blockchain</source>
        <translation>블록체인에서 입금</translation>
    </message>
    <message>
        <source>No blockchain network is set up for deposits yet.</source>
        <translation>아직 입금용 블록체인 네트워크가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>블록 %1</translation>
    </message>
    <message>
        <source>The node is not answering. You can still send: the deposit is credited when it is back.</source>
        <translation>노드가 응답하지 않습니다. 그래도 보낼 수 있으며, 노드가 복구되면 입금이 반영됩니다.</translation>
    </message>
    <message>
        <source>Your %1 address on %2</source>
        <translation>%2의 내 %1 주소</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The address was copied.</source>
        <translation>주소를 복사했습니다.</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>최소 입금액</translation>
    </message>
    <message>
        <source>Confirmations needed</source>
        <translation>필요한 컨펌 수</translation>
    </message>
    <message>
        <source>Send only %1 on %2 to this address. Smaller amounts are not credited.</source>
        <translation>이 주소로는 %2의 %1만 보내세요. 최소액보다 적은 금액은 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Your deposits</source>
        <translation>내 입금</translation>
    </message>
    <message>
        <source>Nothing has arrived yet. Deposits show up here as soon as the network sees them.</source>
        <translation>아직 도착한 입금이 없습니다. 네트워크에서 확인되는 즉시 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Choose the program&apos;s bundle</source>
        <translation>프로그램 번들 선택</translation>
    </message>
    <message>
        <source>Mini program bundles (*.zip)</source>
        <translation>미니 프로그램 번들 (*.zip)</translation>
    </message>
    <message>
        <source>Your developer key</source>
        <translation>내 개발자 키</translation>
    </message>
    <message>
        <source>Verify your identity first: developers are verified people.</source>
        <translation>먼저 본인 인증을 하세요. 개발자는 모두 인증된 사람입니다.</translation>
    </message>
    <message>
        <source>Bundles you upload are signed with it; AZCoiner checks the signature at every download.</source>
        <translation>업로드하는 번들은 이 키로 서명되며, AZCoiner는 다운로드할 때마다 서명을 확인합니다.</translation>
    </message>
    <message>
        <source>Create a signing key to publish mini programs.</source>
        <translation>미니 프로그램을 게시하려면 서명 키를 만드세요.</translation>
    </message>
    <message>
        <source>%1 · public key %2</source>
        <translation>%1 · 공개 키 %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the private key. Create a new key to upload from here.</source>
        <translation>이 컴퓨터의 키체인에 개인 키가 없습니다. 이 컴퓨터에서 업로드하려면 새 키를 만드세요.</translation>
    </message>
    <message>
        <source>Developer name</source>
        <translation>개발자 이름</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>키 교체</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>서명 키 만들기</translation>
    </message>
    <message>
        <source>Upload a version…</source>
        <translation>버전 업로드…</translation>
    </message>
    <message>
        <source>%1 · version %2 live · %3 installs · %4 opens</source>
        <translation>%1 · 게시 버전 %2 · 설치 %3회 · 실행 %4회</translation>
    </message>
    <message>
        <source>sales: %1</source>
        <translation>판매: %1</translation>
    </message>
</context>
<context>
    <name>DevelopersView</name>
    <message>
        <source>The secret of %1. Copy it now: it is not shown again.</source>
        <translation>%1의 시크릿입니다. 지금 복사하세요. 다시 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Your servers sign every request with a key&apos;s secret. Give each key only what it needs, and the addresses it may come from.</source>
        <translation>서버는 모든 요청에 키의 시크릿으로 서명합니다. 각 키에는 꼭 필요한 권한과 요청을 보낼 수 있는 IP 주소만 허용하세요.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>shop server</source>
        <translation>쇼핑몰 서버</translation>
    </message>
    <message>
        <source>Allowed addresses (optional)</source>
        <translation>허용 IP 주소 (선택)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>키 만들기</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>최근 사용 %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>교체</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>We POST each event (invoice paid, refund, payout…) to your URL, signed, and retry for a day until you answer 2xx.</source>
        <translation>각 이벤트(청구서 결제, 환불, 정산…)를 서명하여 URL로 POST하며, 2xx로 응답할 때까지 하루 동안 재시도합니다.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>엔드포인트 URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Off: kept failing</source>
        <translation>꺼짐: 계속 실패</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n건 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>전송 내역</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>전송 기록</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n회 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <source>%1 buys from %2</source>
        <translation>%1 님이 %2 님에게서 구매</translation>
    </message>
    <message>
        <source>Appealed %1</source>
        <translation>%1 이의 제기</translation>
    </message>
    <message>
        <source>No open appeals.</source>
        <translation>진행 중인 이의 제기가 없습니다.</translation>
    </message>
    <message>
        <source>Choose an appeal to review it.</source>
        <translation>검토할 이의 제기를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Loading document… %1%</source>
        <translation>서류 불러오는 중… %1%</translation>
    </message>
</context>
<context>
    <name>EarnAdminView</name>
    <message>
        <source>Reward pool funded: %1 %2.</source>
        <translation>보상 풀에 입금했습니다: %1 %2.</translation>
    </message>
    <message>
        <source>Staking products</source>
        <translation>스테이킹 상품</translation>
    </message>
    <message>
        <source>The margin is what the house keeps on top of the rate it pays; users never see it. Pick a product to change it.</source>
        <translation>마진은 플랫폼이 지급하는 이율 외에 추가로 가져가는 몫이며, 사용자에게는 표시되지 않습니다. 변경하려면 상품을 선택하세요.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>이율</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>마진</translation>
    </message>
    <message>
        <source>Staked / cap</source>
        <translation>스테이킹 / 한도</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>언본딩</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>Reward pools</source>
        <translation>보상 풀</translation>
    </message>
    <message>
        <source>Claims are paid from these. Owed is what stakes have earned and not been paid yet.</source>
        <translation>보상 수령액은 이 풀에서 지급됩니다. 미지급액은 스테이킹으로 발생했지만 아직 지급되지 않은 금액입니다.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>미지급액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>충분</translation>
    </message>
    <message>
        <source>short</source>
        <translation>부족</translation>
    </message>
    <message>
        <source>Amount from the house treasury</source>
        <translation>플랫폼 재무 계정에서 옮길 금액</translation>
    </message>
    <message>
        <source>Fund pool</source>
        <translation>풀 충전</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Fund again</source>
        <translation>다시 충전</translation>
    </message>
    <message>
        <source>Move %1 %2 to the pool</source>
        <translation>%1 %2을(를) 풀로 이동</translation>
    </message>
    <message>
        <source>Token sales</source>
        <translation>토큰 세일</translation>
    </message>
    <message>
        <source>Proceeds and unsold tokens go to the partner, less the platform&apos;s share.</source>
        <translation>판매 대금과 미판매 토큰은 플랫폼 몫을 제외하고 파트너에게 지급됩니다.</translation>
    </message>
    <message>
        <source>List a sale</source>
        <translation>세일 등록</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>세일</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Committed / target</source>
        <translation>참여 / 목표</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>플랫폼 몫</translation>
    </message>
    <message>
        <source>No sales listed yet.</source>
        <translation>아직 등록된 세일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>EarnErrors</name>
    <message>
        <source>Enter the yearly rate as a percentage with at most 2 decimals, like 8.5.</source>
        <translation>연 이율을 소수점 이하 최대 2자리의 퍼센트로 입력하세요. 예: 8.5</translation>
    </message>
    <message>
        <source>Enter the house margin as a percentage with at most 2 decimals.</source>
        <translation>플랫폼 마진을 소수점 이하 최대 2자리의 퍼센트로 입력하세요.</translation>
    </message>
    <message>
        <source>A locked product needs a lock of 1 to 3650 days.</source>
        <translation>고정형 상품은 잠금 기간이 1~3650일이어야 합니다.</translation>
    </message>
    <message>
        <source>Unbonding is a whole number of hours, at most 90 days.</source>
        <translation>언본딩 기간은 시간 단위의 정수로, 최대 90일입니다.</translation>
    </message>
    <message>
        <source>Give the window as dates like 2026-12-24 18:00, the end after the start.</source>
        <translation>기간은 2026-12-24 18:00 형식의 날짜로 입력하고, 종료가 시작보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>Write the vesting as days after the end and percentages, like 0:50, 30:50 (adding up to 100).</source>
        <translation>베스팅은 종료 후 일수와 퍼센트로 입력하세요. 예: 0:50, 30:50 (합계 100)</translation>
    </message>
    <message>
        <source>There is no user with that name to receive the proceeds.</source>
        <translation>판매 대금을 받을 해당 이름의 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>The token is 2 to 10 capital letters or digits, and not the asset it is priced in.</source>
        <translation>토큰은 영문 대문자 또는 숫자 2~10자여야 하며, 가격 표시 자산과 같을 수 없습니다.</translation>
    </message>
    <message>
        <source>The platform&apos;s share is a percentage from 0 to 100.</source>
        <translation>플랫폼 몫은 0~100 사이의 퍼센트입니다.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>“%1” 항목을 확인하세요.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press again: it will not be done twice.</source>
        <translation>응답을 받기 전에 연결이 끊겼습니다. 다시 누르세요. 두 번 처리되지 않습니다.</translation>
    </message>
    <message>
        <source>The reward pool is short right now. Your rewards stay owed to you: claim them a little later.</source>
        <translation>지금은 보상 풀이 부족합니다. 보상은 그대로 적립되어 있으니 잠시 후에 수령하세요.</translation>
    </message>
    <message>
        <source>That is more than one person may commit to this sale.</source>
        <translation>이 세일의 1인당 참여 한도를 넘습니다.</translation>
    </message>
    <message>
        <source>This product is full: its cap would be passed. Try a smaller amount or another product.</source>
        <translation>이 상품은 한도가 찼습니다. 더 적은 금액이나 다른 상품으로 시도하세요.</translation>
    </message>
    <message>
        <source>Enter an amount of at least the product&apos;s minimum, with no more decimals than the asset has.</source>
        <translation>상품의 최소 수량 이상을, 자산이 허용하는 소수 자릿수 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with no more decimals than the asset has.</source>
        <translation>0보다 큰 수량을 자산이 허용하는 소수 자릿수 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>The house treasury does not hold that much of this asset.</source>
        <translation>플랫폼 재무 계정에 이 자산이 그만큼 없습니다.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this amount.</source>
        <translation>사용 가능 잔액이 이 금액에 미치지 못합니다.</translation>
    </message>
    <message>
        <source>This sale is not taking commitments: it has not opened yet, or its window has closed.</source>
        <translation>이 세일은 지금 참여를 받지 않습니다. 아직 시작되지 않았거나 기간이 끝났습니다.</translation>
    </message>
    <message>
        <source>This needs verification level %1. Complete verification first.</source>
        <translation>인증 %1등급이 필요합니다. 먼저 인증을 완료하세요.</translation>
    </message>
    <message>
        <source>This sale needs a higher verification level. Complete verification first.</source>
        <translation>이 세일에는 더 높은 인증 등급이 필요합니다. 먼저 인증을 완료하세요.</translation>
    </message>
    <message>
        <source>This sale is for members with enough AZC staked. Stake AZC under Staking first.</source>
        <translation>이 세일은 AZC를 충분히 스테이킹한 회원만 참여할 수 있습니다. 먼저 스테이킹에서 AZC를 스테이킹하세요.</translation>
    </message>
    <message>
        <source>This product takes no new stakes.</source>
        <translation>이 상품은 신규 스테이킹을 받지 않습니다.</translation>
    </message>
    <message>
        <source>This stake is no longer active.</source>
        <translation>이 스테이킹은 더 이상 활성 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>There is nothing to claim yet.</source>
        <translation>아직 수령할 보상이 없습니다.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>이 상품은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This stake no longer exists.</source>
        <translation>이 스테이킹은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>이 세일은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This stake is being released right now. Try again in a moment.</source>
        <translation>이 스테이킹은 지금 반환 처리 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>There is no such asset.</source>
        <translation>해당 자산이 없습니다.</translation>
    </message>
</context>
<context>
    <name>EarnPage</name>
    <message>
        <source>Earn</source>
        <translation>수익 상품</translation>
    </message>
    <message>
        <source>Stake your coins to earn every second, and join token sales on the launchpad.</source>
        <translation>코인을 스테이킹해 매초 보상을 받고, 런치패드에서 토큰 세일에 참여하세요.</translation>
    </message>
    <message>
        <source>Staking (%1 earning)</source>
        <translation>스테이킹 (%1개 운용 중)</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>스테이킹</translation>
    </message>
    <message>
        <source>Launchpad</source>
        <translation>런치패드</translation>
    </message>
</context>
<context>
    <name>EarnWords</name>
    <message>
        <source>Locked · %1</source>
        <translation>고정형 · %1</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>자유형</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>연 %1%</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>개설 중</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>수익 발생 중</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>언본딩 중</translation>
    </message>
    <message>
        <source>Returning to wallet</source>
        <translation>지갑으로 반환 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation>배정 중</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>배분 완료</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>%1 후 시작</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>%1 후 마감</translation>
    </message>
    <message>
        <source>Being settled</source>
        <translation>정산 중</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>정산 완료</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>1 buyer</source>
        <translation>구매자 1명</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>구매자 %1명</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1일 %2</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>한도 없음</translation>
    </message>
</context>
<context>
    <name>ExchangeMarketForm</name>
    <message>
        <source>Edit a market</source>
        <translation>마켓 편집</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Pick a market in the table.</source>
        <translation>표에서 마켓을 고르세요.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 저장됨.</translation>
    </message>
    <message>
        <source>Tick size</source>
        <translation>호가 단위</translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation>수량 단위</translation>
    </message>
    <message>
        <source>Min notional (%1)</source>
        <translation>최소 주문 금액 (%1)</translation>
    </message>
    <message>
        <source>Maker fee rate</source>
        <translation>메이커 수수료율</translation>
    </message>
    <message>
        <source>Taker fee rate</source>
        <translation>테이커 수수료율</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Route to the provider</source>
        <translation>공급자로 라우팅</translation>
    </message>
    <message>
        <source>What the book cannot fill of a market or IOC order goes to the liquidity provider.</source>
        <translation>호가창이 채우지 못한 시장가 또는 IOC 주문의 나머지는 유동성 공급자에게 보냅니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Markets</source>
        <translation>마켓</translation>
    </message>
    <message>
        <source>Pick a market to change its rules.</source>
        <translation>규칙을 바꿀 마켓을 고르세요.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>호가 단위</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>수량 단위</translation>
    </message>
    <message>
        <source>Maker · taker</source>
        <translation>메이커 · 테이커</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Liquidity provider</source>
        <translation>유동성 공급자</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>공급자 보유</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>원장 기록</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>수익</translation>
    </message>
    <message>
        <source>Spot fees per market, and every fee account per flow.</source>
        <translation>마켓별 현물 수수료와 흐름별 모든 수수료 계정.</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>체결</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>거래량</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>흐름</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>수익</translation>
    </message>
    <message>
        <source>Hedge log</source>
        <translation>헤지 기록</translation>
    </message>
    <message>
        <source>Every order sent to the provider, newest first. “sent” long after its time means no answer came back.</source>
        <translation>공급자에게 보낸 모든 주문, 최신순. 시간이 한참 지나도 “sent”이면 응답이 오지 않은 것입니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>심볼</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>체결</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>견적 통화</translation>
    </message>
    <message>
        <source>No orders were sent to the provider yet.</source>
        <translation>아직 공급자에게 보낸 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최소</translation>
    </message>
</context>
<context>
    <name>FeesLimitsView</name>
    <message>
        <source>Fees</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>거래 유형</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>요율</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>상한 없음</translation>
    </message>
    <message>
        <source>Edit a fee</source>
        <translation>수수료 수정</translation>
    </message>
    <message>
        <source>fee = fixed + amount × rate, at least the minimum, at most the maximum.</source>
        <translation>수수료 = 고정 + 금액 × 요율, 최소 이상 최대 이하.</translation>
    </message>
    <message>
        <source>Fixed part</source>
        <translation>고정 금액</translation>
    </message>
    <message>
        <source>Rate (a fraction: 0.001 = 0.1 %)</source>
        <translation>요율 (소수: 0.001 = 0.1 %)</translation>
    </message>
    <message>
        <source>Maximum (0 = none)</source>
        <translation>최대 (0 = 없음)</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>수수료 저장</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Per transfer</source>
        <translation>1회 한도</translation>
    </message>
    <message>
        <source>Per 24 hours</source>
        <translation>24시간 한도</translation>
    </message>
    <message>
        <source>2FA above</source>
        <translation>2단계 인증 기준</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>허용 안 함</translation>
    </message>
    <message>
        <source>Edit a limit</source>
        <translation>한도 수정</translation>
    </message>
    <message>
        <source>Per verification level; a daily limit of 0 means the level cannot send the asset.</source>
        <translation>인증 등급별로 설정합니다. 일일 한도가 0이면 해당 등급은 이 자산을 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Ask for a 2FA code above</source>
        <translation>2단계 인증 코드 요구 기준 금액</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>한도 저장</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze %1?</source>
        <translation>%1 님을 동결할까요?</translation>
    </message>
    <message>
        <source>Unfreeze %1?</source>
        <translation>%1 님의 동결을 해제할까요?</translation>
    </message>
    <message>
        <source>They are signed out at once and cannot sign in until unfrozen.</source>
        <translation>즉시 로그아웃되며 동결이 해제될 때까지 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>They can sign in again.</source>
        <translation>다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>사유 (감사 로그에 보관됨)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>동결 해제</translation>
    </message>
</context>
<context>
    <name>FundView</name>
    <message>
        <source>%1 %2 added to the community fund.</source>
        <translation>커뮤니티 기금에 %1 %2을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>커뮤니티 기금</translation>
    </message>
    <message>
        <source>Its money moves only when a proposal passes and its timelock ends.</source>
        <translation>제안이 가결되고 타임락이 끝나야만 기금의 자금이 이동합니다.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Donate from my wallet</source>
        <translation>내 지갑에서 기부</translation>
    </message>
    <message>
        <source>Add from the treasury</source>
        <translation>재무 계정에서 추가</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>입출금 내역</translation>
    </message>
    <message>
        <source>Nothing has moved yet.</source>
        <translation>아직 입출금 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Paid by an executed proposal</source>
        <translation>실행된 제안에 따른 지급</translation>
    </message>
    <message>
        <source>Added to the fund</source>
        <translation>기금에 추가</translation>
    </message>
</context>
<context>
    <name>GovernanceErrors</name>
    <message>
        <source>Writing a proposal needs AZC staked in Earn. %1</source>
        <translation>제안을 작성하려면 수익 상품에서 AZC를 스테이킹해야 합니다. %1</translation>
    </message>
    <message>
        <source>Voting on this proposal is not open.</source>
        <translation>이 제안은 지금 투표를 받지 않습니다.</translation>
    </message>
    <message>
        <source>You had no AZC staked when voting opened, so you have no vote on this proposal.</source>
        <translation>투표가 시작될 때 스테이킹한 AZC가 없어서 이 제안에는 투표권이 없습니다.</translation>
    </message>
    <message>
        <source>Only the author may withdraw a proposal.</source>
        <translation>제안은 작성자만 철회할 수 있습니다.</translation>
    </message>
    <message>
        <source>This proposal can no longer be changed: %1</source>
        <translation>이 제안은 더 이상 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The proposal&apos;s action is not valid: %1</source>
        <translation>제안의 실행 내용이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>Results are not recorded on a blockchain on this server.</source>
        <translation>이 서버에서는 결과가 블록체인에 기록되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Proposals</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>커뮤니티 기금</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>새 제안</translation>
    </message>
</context>
<context>
    <name>GovernanceWords</name>
    <message>
        <source>In discussion</source>
        <translation>토론 중</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>투표 중</translation>
    </message>
    <message>
        <source>Passed · timelock</source>
        <translation>가결 · 타임락</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행됨</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>가결</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>부결</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Rejected by the vote</source>
        <translation>투표로 부결</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>정족수 미달</translation>
    </message>
    <message>
        <source>For</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>기권</translation>
    </message>
    <message>
        <source>No action: a signal of the community&apos;s view.</source>
        <translation>실행 없음: 커뮤니티의 의견을 밝히는 제안입니다.</translation>
    </message>
    <message>
        <source>Pay %1 %2 from the community fund to @%3.</source>
        <translation>커뮤니티 기금에서 @%3 님에게 %1 %2 지급.</translation>
    </message>
    <message>
        <source>Set the %1 fee on %2: %3 fixed, rate %4, min %5, max %6.</source>
        <translation>%2의 %1 수수료 설정: 고정 %3, 요율 %4, 최소 %5, 최대 %6.</translation>
    </message>
    <message>
        <source>Halt trading on %1-%2.</source>
        <translation>%1-%2 거래 정지.</translation>
    </message>
    <message>
        <source>Set a staking product&apos;s reward to %1 % a year.</source>
        <translation>스테이킹 상품의 보상을 연 %1%로 설정.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>잠시</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Voting opens in %1</source>
        <translation>%1 후 투표 시작</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <translation>%1 후 투표 종료</translation>
    </message>
    <message>
        <source>Runs in %1 (timelock)</source>
        <translation>%1 후 실행 (타임락)</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>실행됨: %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <translation>투표 종료: %1</translation>
    </message>
    <message>
        <source>Let %1-%2 orders only be cancelled.</source>
        <translation>%1-%2 마켓은 주문 취소만 허용합니다.</translation>
    </message>
    <message>
        <source>Open trading on %1-%2.</source>
        <translation>%1-%2 거래를 엽니다.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>From %1</source>
        <translation>%1 님으로부터</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>%1 님에게</translation>
    </message>
</context>
<context>
    <name>InCallPanel</name>
    <message>
        <source>Answered on another device</source>
        <translation>다른 기기에서 받음</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>통화 종료됨</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>신호 가는 중…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Compare these with %1: if both screens show the same, the call is encrypted end to end with nobody in between.</source>
        <translation>%1 님과 비교해 보세요. 두 화면이 같으면 통화는 종단 간 암호화되어 있고 중간에 아무도 없습니다.</translation>
    </message>
</context>
<context>
    <name>IncomingCallPanel</name>
    <message>
        <source>Incoming group video call</source>
        <translation>수신 그룹 영상 통화</translation>
    </message>
    <message>
        <source>Incoming group call</source>
        <translation>수신 그룹 통화</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>수신 영상 통화</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>수신 음성 통화</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>%1 님과</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>받기</translation>
    </message>
    <message>
        <source>With video</source>
        <translation>영상으로</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Save a printable invoice</source>
        <translation>인쇄용 청구서 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR 코드 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <source>Priced at %1 %2, rate kept until the invoice expires</source>
        <translation>%1 %2 기준 가격, 청구서 만료 시까지 환율 고정</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>%1까지 유효</translation>
    </message>
    <message>
        <source>Paid by %1 · fee %2 · you receive %3 · refunded %4</source>
        <translation>결제자 %1 · 수수료 %2 · 수령액 %3 · 환불 %4</translation>
    </message>
    <message>
        <source>Refund (empty: all)</source>
        <translation>환불 금액 (비우면 전액)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>QR 저장…</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>청구서 취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>환불 %1</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>순액 %1</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>아직 청구서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>KybQueueView</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>No businesses waiting.</source>
        <translation>대기 중인 사업자가 없습니다.</translation>
    </message>
    <message>
        <source>Owner: %1 · website: %2</source>
        <translation>소유자: %1 · 웹사이트: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>법인명</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>등록번호</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>The registry extract matches the declared company</source>
        <translation>등기부등본이 신고한 회사와 일치함</translation>
    </message>
    <message>
        <source>The representative&apos;s identity is verified</source>
        <translation>대표자 신원이 확인됨</translation>
    </message>
    <message>
        <source>The registered address is verified</source>
        <translation>등록 주소가 확인됨</translation>
    </message>
    <message>
        <source>The business activity is allowed</source>
        <translation>허용된 업종임</translation>
    </message>
    <message>
        <source>Company and people screened against sanctions lists</source>
        <translation>회사와 관련인을 제재 명단과 대조함</translation>
    </message>
    <message>
        <source>The website (or app) was reviewed</source>
        <translation>웹사이트(또는 앱)를 검토함</translation>
    </message>
    <message>
        <source>Reason (when declining or asking again)</source>
        <translation>사유 (거절 또는 재요청 시)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>재요청</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
</context>
<context>
    <name>KycHistoryCard</name>
    <message>
        <source>Your submissions</source>
        <translation>제출 내역</translation>
    </message>
    <message>
        <source>%1 · level %2</source>
        <translation>%1 · %2등급</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>%1 결정</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>%1 제출</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>파일 1개</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>파일 %1개</translation>
    </message>
</context>
<context>
    <name>KycPage</name>
    <message>
        <source>Identity verification</source>
        <translation>본인 인증</translation>
    </message>
    <message>
        <source>Verified accounts can use more of AZCoiner. Your documents are seen only by our support staff.</source>
        <translation>인증된 계정은 AZCoiner의 더 많은 기능을 사용할 수 있습니다. 서류는 고객지원 담당자만 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>KycQueuePage</name>
    <message>
        <source>KYC review</source>
        <translation>KYC 심사</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>나에게 배정됨</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 님에게 배정됨</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>%1 제출</translation>
    </message>
    <message>
        <source>No cases here. Everything is reviewed.</source>
        <translation>남은 건이 없습니다. 모두 심사했습니다.</translation>
    </message>
    <message>
        <source>Choose a case to see the documents and decide.</source>
        <translation>서류를 보고 결정하려면 건을 선택하세요.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1건</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1건</translation>
    </message>
</context>
<context>
    <name>KycStatusCard</name>
    <message>
        <source>Your level</source>
        <translation>내 등급</translation>
    </message>
    <message>
        <source>Your documents are waiting for review. We will notify you of the decision.</source>
        <translation>서류가 심사를 기다리고 있습니다. 결과가 나오면 알려 드립니다.</translation>
    </message>
    <message>
        <source>Your last submission was rejected. You can send new documents below.</source>
        <translation>최근 제출이 거절되었습니다. 아래에서 새 서류를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Support asked for new documents. Please submit again below.</source>
        <translation>고객지원에서 새 서류를 요청했습니다. 아래에서 다시 제출해 주세요.</translation>
    </message>
    <message>
        <source>You hold the highest verification level.</source>
        <translation>최고 인증 등급입니다.</translation>
    </message>
    <message>
        <source>Send an identity document to get verified.</source>
        <translation>인증을 받으려면 신분증을 제출하세요.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>검토자 메모</translation>
    </message>
</context>
<context>
    <name>KycSubmitCard</name>
    <message>
        <source>Submit documents</source>
        <translation>서류 제출</translation>
    </message>
    <message>
        <source>Use a clear photo or scan. PNG, JPEG or PDF, up to 10 MB each, at most six files.</source>
        <translation>선명한 사진이나 스캔본을 사용하세요. PNG, JPEG 또는 PDF, 파일당 최대 10MB, 최대 6개.</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>서류 선택</translation>
    </message>
    <message>
        <source>Documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>서류 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Full name, as on the document</source>
        <translation>서류에 적힌 성명</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>두 글자 코드, 예: KR</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>서류 종류</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>서류 번호</translation>
    </message>
    <message>
        <source>Level to request</source>
        <translation>요청할 등급</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>서류 추가…</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>업로드 중… %1%</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>심사 요청</translation>
    </message>
</context>
<context>
    <name>KycWords</name>
    <message>
        <source>Pending review</source>
        <translation>심사 대기</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>New documents needed</source>
        <translation>새 서류 필요</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>운전면허증</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>주소 증명서</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>고객지원</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>미인증</translation>
    </message>
    <message>
        <source>Level 1 · Identity verified</source>
        <translation>1등급 · 본인 인증 완료</translation>
    </message>
    <message>
        <source>Level 2 · Enhanced</source>
        <translation>2등급 · 강화 인증</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>LaunchpadSaleRow</name>
    <message>
        <source>%1 · %2 %3 per %1</source>
        <translation>%1 · %1당 %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 committed</source>
        <translation>%2 %3 중 %1 참여</translation>
    </message>
    <message>
        <source>Mine: %1 %2</source>
        <translation>내 참여: %1 %2</translation>
    </message>
    <message>
        <source>View sale</source>
        <translation>세일 보기</translation>
    </message>
</context>
<context>
    <name>LaunchpadView</name>
    <message>
        <source>Token sales</source>
        <translation>토큰 세일</translation>
    </message>
    <message>
        <source>Commit during a sale&apos;s window. At the end everyone gets tokens in proportion to what they committed; what is not spent comes back.</source>
        <translation>세일 기간 동안 참여하세요. 종료 후 참여 금액에 비례해 토큰이 배정되며, 사용되지 않은 금액은 돌려받습니다.</translation>
    </message>
    <message>
        <source>No token sales yet. New ones appear here as they are listed.</source>
        <translation>아직 토큰 세일이 없습니다. 새 세일이 등록되면 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>Save the QR code</source>
        <translation>QR 코드 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>새 코드</translation>
    </message>
    <message>
        <source>Leave the amount empty for a counter QR code: the customer enters what they pay.</source>
        <translation>매장 카운터용 QR 코드는 금액을 비워 두세요. 고객이 결제 금액을 직접 입력합니다.</translation>
    </message>
    <message>
        <source>Amount (optional)</source>
        <translation>금액 (선택)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>카운터</translation>
    </message>
    <message>
        <source>Any amount in %1</source>
        <translation>금액 자유 입력 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>결제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>AZCoiner</source>
        <translation>AZCoiner</translation>
    </message>
</context>
<context>
    <name>MarketDisputesView</name>
    <message>
        <source>Refunded: both sides are told.</source>
        <translation>환불했습니다. 양측에 알렸습니다.</translation>
    </message>
    <message>
        <source>Dispute rejected: both sides are told.</source>
        <translation>분쟁을 기각했습니다. 양측에 알렸습니다.</translation>
    </message>
    <message>
        <source>Refund the buyer</source>
        <translation>구매자에게 환불</translation>
    </message>
    <message>
        <source>Reject the dispute</source>
        <translation>분쟁 기각</translation>
    </message>
    <message>
        <source>The buyer and the partner read this note; the audit log keeps it.</source>
        <translation>구매자와 파트너가 이 메모를 보며, 감사 로그에 보관됩니다.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>기각…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>No open market disputes.</source>
        <translation>진행 중인 마켓 분쟁이 없습니다.</translation>
    </message>
</context>
<context>
    <name>MarketOrderRow</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1 · 구매자 %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>판매자: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation>코드를 복사했습니다.</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>운송장 번호: %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>배송지: %1</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>분쟁: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>결정: %1</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Thank you: the order is marked as received.</source>
        <translation>감사합니다. 주문이 수령 완료로 표시되었습니다.</translation>
    </message>
    <message>
        <source>Your dispute is with support now.</source>
        <translation>분쟁이 고객지원에 접수되었습니다.</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>분쟁 제기</translation>
    </message>
    <message>
        <source>Tell support what went wrong. The partner sees it too.</source>
        <translation>무엇이 잘못되었는지 고객지원에 알려 주세요. 파트너도 이 내용을 봅니다.</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>분쟁 제기</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <source>Spend coin or points on our partners&apos; goods and vouchers.</source>
        <translation>코인이나 포인트로 파트너의 상품과 바우처를 구매하세요.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>상점</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>내 주문</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>상품 검색</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>일치하는 상품이 없습니다.</translation>
    </message>
    <message>
        <source>Confirm received</source>
        <translation>수령 확인</translation>
    </message>
    <message>
        <source>You have not bought anything yet.</source>
        <translation>아직 구매한 상품이 없습니다.</translation>
    </message>
</context>
<context>
    <name>MarketStrip</name>
    <message>
        <source>vol %1</source>
        <translation>거래량 %1</translation>
    </message>
</context>
<context>
    <name>MasterWalletView</name>
    <message>
        <source>Per asset</source>
        <translation>자산별</translation>
    </message>
    <message>
        <source>Owed: users&apos; available and held balances. Holdings: what the hot wallet and the liquidity provider hold for them.</source>
        <translation>부채: 사용자의 사용 가능 잔액과 보류 잔액. 보유 자산: 핫월렛과 유동성 공급자가 사용자를 위해 보관하는 자산.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Owed to users</source>
        <translation>사용자 부채</translation>
    </message>
    <message>
        <source>House</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>보유 자산</translation>
    </message>
    <message>
        <source>Solvency</source>
        <translation>지급 능력</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>보유자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee revenue</source>
        <translation>수수료 수익</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>재무 계정</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>핫월렛</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>부채 없음</translation>
    </message>
    <message>
        <source>Fee revenue, last %1 days</source>
        <translation>최근 %1일 수수료 수익</translation>
    </message>
    <message>
        <source>Total %1 %2 · best day %3 %2</source>
        <translation>합계 %1 %2 · 일 최고 %3 %2</translation>
    </message>
    <message>
        <source>Proof of reserves</source>
        <translation>준비금 증명</translation>
    </message>
    <message>
        <source>Publishes a Merkle sum tree of every user&apos;s balance, so each user can check they are counted.</source>
        <translation>모든 사용자 잔액의 Merkle 합계 트리를 공개해 각 사용자가 자신이 포함되었는지 확인할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>공개하는 중…</translation>
    </message>
    <message>
        <source>Publish proof of reserves</source>
        <translation>준비금 증명 공개</translation>
    </message>
    <message>
        <source>Published %1. Roots:</source>
        <translation>%1에 공개됨. 루트:</translation>
    </message>
</context>
<context>
    <name>MerchantOverview</name>
    <message>
        <source>No payments yet</source>
        <translation>아직 결제가 없습니다</translation>
    </message>
    <message>
        <source>Create an invoice or print your shop&apos;s QR code to take the first one.</source>
        <translation>청구서를 만들거나 매장 QR 코드를 인쇄해 첫 결제를 받아 보세요.</translation>
    </message>
    <message>
        <source>Last 14 days (%1, UTC days)</source>
        <translation>최근 14일 (%1, UTC 기준)</translation>
    </message>
    <message>
        <source>Opening balance %1 · closing balance %2</source>
        <translation>기초 잔액 %1 · 기말 잔액 %2</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>받은 결제</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>지불한 수수료</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Moves money from the business to a member&apos;s AZCoiner wallet (yours when no one is named).</source>
        <translation>사업체의 자금을 멤버의 AZCoiner 지갑으로 옮깁니다 (아무도 지정하지 않으면 내 지갑으로).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Member (optional)</source>
        <translation>멤버 (선택)</translation>
    </message>
    <message>
        <source>username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>수수료 %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Staff create invoices; admins also refund, pay out and manage the API; viewers only look.</source>
        <translation>직원은 청구서를 만들고, 관리자는 환불·정산·API 관리도 할 수 있으며, 조회자는 보기만 합니다.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>멤버 추가</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>명세서 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
</context>
<context>
    <name>MerchantPage</name>
    <message>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <source>Take payments from AZCoiner users in your shop, on your website and in your app.</source>
        <translation>매장, 웹사이트, 앱에서 AZCoiner 사용자의 결제를 받으세요.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>새 청구서</translation>
    </message>
    <message>
        <source>Add a business</source>
        <translation>사업체 추가</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>Links and shop QR</source>
        <translation>링크 및 매장 QR</translation>
    </message>
    <message>
        <source>Developers</source>
        <translation>개발자</translation>
    </message>
</context>
<context>
    <name>MerchantSetup</name>
    <message>
        <source>Add a business document</source>
        <translation>사업자 서류 추가</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>이미지 및 문서 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>내 사업체</translation>
    </message>
    <message>
        <source>Customers see this name when they pay. You can add staff later.</source>
        <translation>고객이 결제할 때 이 이름을 보게 됩니다. 직원은 나중에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>상호</translation>
    </message>
    <message>
        <source>Website (optional)</source>
        <translation>웹사이트 (선택)</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>정산 자산</translation>
    </message>
    <message>
        <source>Create the business</source>
        <translation>사업체 만들기</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>사업자 인증</translation>
    </message>
    <message>
        <source>Our team is checking your documents. You will be notified of the decision.</source>
        <translation>담당 팀이 서류를 확인하고 있습니다. 결과가 나오면 알려 드립니다.</translation>
    </message>
    <message>
        <source>Not approved: %1. Correct it and send again.</source>
        <translation>승인되지 않았습니다: %1. 수정한 뒤 다시 보내 주세요.</translation>
    </message>
    <message>
        <source>Before you take payments, tell us who runs the business. Support checks the company registry, the representative and the address.</source>
        <translation>결제를 받기 전에 사업체를 운영하는 사람을 알려 주세요. 고객지원이 법인 등기, 대표자, 주소를 확인합니다.</translation>
    </message>
    <message>
        <source>Registered legal name</source>
        <translation>등기상 법인명</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Country (two letters, e.g. DE)</source>
        <translation>국가 (두 글자 코드, 예: KR)</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>등록 주소</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>서류 추가…</translation>
    </message>
    <message>
        <source>The registry extract at least.</source>
        <translation>최소한 등기부등본이 필요합니다.</translation>
    </message>
    <message>
        <source>Send for verification</source>
        <translation>인증 요청</translation>
    </message>
</context>
<context>
    <name>MerchantWords</name>
    <message>
        <source>Open</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>미인증</translation>
    </message>
    <message>
        <source>Verification under review</source>
        <translation>인증 심사 중</translation>
    </message>
    <message>
        <source>Verified — taking payments</source>
        <translation>인증됨 — 결제 받는 중</translation>
    </message>
    <message>
        <source>Verification declined</source>
        <translation>인증 거절됨</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>조회자</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Create invoices</source>
        <translation>청구서 생성</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>재시도 중</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Forwarded from %1</source>
        <translation>%1 님에게서 전달됨</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>삭제된 메시지입니다</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>결제 요청</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>돈봉투</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>%1 님이 결제함</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>Expired: %1 of %2 shares opened</source>
        <translation>만료됨: %2개 중 %1개 열림</translation>
    </message>
    <message>
        <source>%1 of %2 shares opened (%3 split)</source>
        <translation>%2개 중 %1개 열림 (%3 분배)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>균등</translation>
    </message>
    <message>
        <source>You got %1 %2</source>
        <translation>%1 %2을(를) 받았습니다</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>미니 프로그램</translation>
    </message>
</context>
<context>
    <name>MiniProgramsPage</name>
    <message>
        <source>Mini programs</source>
        <translation>미니 프로그램</translation>
    </message>
    <message>
        <source>Small apps from verified developers, reviewed by AZCoiner. They run apart from your account and ask before they use anything.</source>
        <translation>인증된 개발자가 만들고 AZCoiner가 심사한 작은 앱입니다. 계정과 분리되어 실행되며, 무엇이든 사용하기 전에 먼저 허락을 구합니다.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>My programs</source>
        <translation>내 프로그램</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>개발자</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>심사</translation>
    </message>
    <message>
        <source>Search mini programs</source>
        <translation>미니 프로그램 검색</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No mini programs match.</source>
        <translation>일치하는 미니 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>Programs you install or open appear here, the most recently used first.</source>
        <translation>설치하거나 연 프로그램이 최근 사용한 순서대로 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Send money</source>
        <translation>송금하기</translation>
    </message>
    <message>
        <source>Request money</source>
        <translation>송금 요청</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>Send %1 %2 to @%3? The fee is added by the wallet.</source>
        <translation>@%3 님에게 %1 %2을(를) 보낼까요? 수수료는 지갑에서 추가됩니다.</translation>
    </message>
    <message>
        <source>Send %1 %2? The fee is added by the wallet.</source>
        <translation>%1 %2을(를) 보낼까요? 수수료는 지갑에서 추가됩니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>돈봉투</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총액</translation>
    </message>
    <message>
        <source>Shares (first members to open)</source>
        <translation>몫 개수 (먼저 여는 멤버에게)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분배</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>균등</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Put %1 %2 in a red packet of %3 shares? It leaves your wallet now (the fee is added); what nobody opens within a day comes back.</source>
        <translation>%1 %2을(를) %3개 몫의 돈봉투에 넣을까요? 지금 지갑에서 빠져나갑니다(수수료 추가). 하루 안에 아무도 열지 않은 금액은 돌아옵니다.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Explore</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>NetworksView</name>
    <message>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Head block %1 · %2 confirmations · %3 deposit addresses</source>
        <translation>최신 블록 %1 · 컨펌 %2 · 입금 주소 %3개</translation>
    </message>
    <message>
        <source>Hot wallet %1</source>
        <translation>핫월렛 %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <source>min deposit %1 · min withdrawal %2 · fee %3 · two approvals above %4</source>
        <translation>최소 입금 %1 · 최소 출금 %2 · 수수료 %3 · %4 초과 시 2인 승인</translation>
    </message>
    <message>
        <source>No network yet. Add one with the form.</source>
        <translation>아직 네트워크가 없습니다. 양식으로 추가하세요.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>Id (a–z, 0–9, -)</source>
        <translation>ID (a–z, 0–9, -)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>체인 ID</translation>
    </message>
    <message>
        <source>Node URL (http or https)</source>
        <translation>노드 URL (http 또는 https)</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>컨펌 수</translation>
    </message>
    <message>
        <source>Native asset</source>
        <translation>기본 자산</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>네트워크 저장</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>네트워크 ID</translation>
    </message>
    <message>
        <source>Token contract (empty for the native coin)</source>
        <translation>토큰 컨트랙트 (기본 코인은 비워 두기)</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>최소 입금액</translation>
    </message>
    <message>
        <source>Minimum withdrawal</source>
        <translation>최소 출금액</translation>
    </message>
    <message>
        <source>Withdrawal fee</source>
        <translation>출금 수수료</translation>
    </message>
    <message>
        <source>Two admins approve above (0 = always one approval)</source>
        <translation>초과 시 관리자 2인 승인 (0 = 항상 1인 승인)</translation>
    </message>
    <message>
        <source>Save asset</source>
        <translation>자산 저장</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>레벨 3</translation>
    </message>
    <message>
        <source>Per withdrawal</source>
        <translation>1회 출금 한도</translation>
    </message>
    <message>
        <source>Per 24 hours</source>
        <translation>24시간 한도</translation>
    </message>
    <message>
        <source>2FA code needed above</source>
        <translation>2FA 코드 필요 금액 초과</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>한도 저장</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New direct chat</source>
        <translation>새 1:1 채팅</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>새 채널</translation>
    </message>
    <message>
        <source>Join a conversation</source>
        <translation>대화 참여</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Invite link or @handle</source>
        <translation>초대 링크 또는 @핸들</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>Handle (optional)</source>
        <translation>핸들 (선택)</translation>
    </message>
    <message>
        <source>usernames, separated by commas</source>
        <translation>사용자 이름, 쉼표로 구분</translation>
    </message>
    <message>
        <source>5–32 characters: a–z, 0–9 and _, starting with a letter.</source>
        <translation>5~32자: a–z, 0–9, _ 사용, 영문자로 시작.</translation>
    </message>
    <message>
        <source>About (optional)</source>
        <translation>소개 (선택)</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>공개: 누구나 찾아서 참여할 수 있음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>채팅 열기</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>참여</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>새 청구서</translation>
    </message>
    <message>
        <source>Price in US dollars</source>
        <translation>미국 달러로 가격 책정</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>%1 금액</translation>
    </message>
    <message>
        <source>Price in USD</source>
        <translation>USD 가격</translation>
    </message>
    <message>
        <source>Converted to %1 at the exchange&apos;s rate, kept for 15 minutes.</source>
        <translation>거래소 환율로 %1(으)로 환산되며, 환율은 15분간 유지됩니다.</translation>
    </message>
    <message>
        <source>What is it for (the customer sees it)</source>
        <translation>결제 내용 (고객에게 표시됨)</translation>
    </message>
    <message>
        <source>Your order number (optional)</source>
        <translation>주문 번호 (선택)</translation>
    </message>
    <message>
        <source>Open for (minutes)</source>
        <translation>유효 시간 (분)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>No action (a signal)</source>
        <translation>실행 없음 (의견 표시)</translation>
    </message>
    <message>
        <source>Pay from the community fund</source>
        <translation>커뮤니티 기금에서 지급</translation>
    </message>
    <message>
        <source>Change a fee</source>
        <translation>수수료 변경</translation>
    </message>
    <message>
        <source>Halt or reopen a spot market</source>
        <translation>현물 마켓 정지 또는 재개</translation>
    </message>
    <message>
        <source>Change a staking reward</source>
        <translation>스테이킹 보상 변경</translation>
    </message>
    <message>
        <source>Your proposal is open for discussion.</source>
        <translation>제안이 토론에 올라갔습니다.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>새 제안</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Why (the community discusses it for a day before the vote)</source>
        <translation>제안 이유 (투표 전 하루 동안 커뮤니티가 토론합니다)</translation>
    </message>
    <message>
        <source>Action if it passes</source>
        <translation>가결 시 실행할 내용</translation>
    </message>
    <message>
        <source>To (username)</source>
        <translation>받는 사람 (사용자 이름)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>거래 유형</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>요율 %</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Maximum (0: none)</source>
        <translation>최대 (0: 없음)</translation>
    </message>
    <message>
        <source>Halt</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>New rate % a year</source>
        <translation>새 연 이율 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open for discussion</source>
        <translation>토론 시작</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Nothing new. Decisions on your verification and account changes appear here.</source>
        <translation>새 알림이 없습니다. 인증 결과와 계정 변경 사항이 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>OrderBookLadder</name>
    <message>
        <source>Order book</source>
        <translation>호가창</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>가격 (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>수량 (%1)</translation>
    </message>
    <message>
        <source>Bid %1 · Ask %2</source>
        <translation>매수 %1 · 매도 %2</translation>
    </message>
    <message>
        <source>No quotes on one side</source>
        <translation>한쪽에 호가가 없습니다</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Stop price (%1)</source>
        <translation>스톱 가격 (%1)</translation>
    </message>
    <message>
        <source>Goes in when a trade is at or above it.</source>
        <translation>이 가격 이상에서 체결되면 주문이 들어갑니다.</translation>
    </message>
    <message>
        <source>Goes in when a trade is at or below it.</source>
        <translation>이 가격 이하에서 체결되면 주문이 들어갑니다.</translation>
    </message>
    <message>
        <source>Limit price (%1)</source>
        <translation>지정가 (%1)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>가격 (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>수량 (%1)</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>사용 금액 (%1)</translation>
    </message>
    <message>
        <source>Buys as much as this buys at the best prices now.</source>
        <translation>현재 최우선 가격으로 이 금액만큼 매수합니다.</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>주문 유효 조건</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>예상 합계</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Fee at most</source>
        <translation>최대 수수료</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 매수</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>%1 매도</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>%1 (stop %2)</source>
        <translation>%1 (스톱 %2)</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>이 주문 취소</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>시장가</translation>
    </message>
    <message>
        <source>Price %1 · amount %2 · filled %3</source>
        <translation>가격 %1 · 수량 %2 · 체결 %3</translation>
    </message>
    <message>
        <source>At market · budget %1 · filled %2</source>
        <translation>시장가 · 예산 %1 · 체결 %2</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>지정가</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>시장가</translation>
    </message>
    <message>
        <source>Stop-limit</source>
        <translation>스톱 지정가</translation>
    </message>
    <message>
        <source>Good till cancelled</source>
        <translation>취소 시까지 유효</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>즉시 체결 후 취소</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>전량 체결 아니면 취소</translation>
    </message>
    <message>
        <source>Post only</source>
        <translation>메이커 전용</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>Waiting for stop</source>
        <translation>스톱 대기</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>체결 완료</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>일부 체결</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>nothing to fill it at once</source>
        <translation>즉시 체결할 상대가 없음</translation>
    </message>
    <message>
        <source>could not fill all of it at once</source>
        <translation>전량을 즉시 체결할 수 없음</translation>
    </message>
    <message>
        <source>would have traded at once</source>
        <translation>즉시 체결되었을 것임</translation>
    </message>
    <message>
        <source>would have traded with your own order</source>
        <translation>본인 주문과 체결되었을 것임</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>직접 취소함</translation>
    </message>
    <message>
        <source>the order book is full</source>
        <translation>호가창이 가득 참</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>거래 정지</translation>
    </message>
    <message>
        <source>Cancel only</source>
        <translation>취소만 가능</translation>
    </message>
    <message>
        <source>Quick swap</source>
        <translation>빠른 교환</translation>
    </message>
    <message>
        <source>Routed order</source>
        <translation>라우팅된 주문</translation>
    </message>
    <message>
        <source>%1: filled %2.</source>
        <translation>%1: %2 체결되었습니다.</translation>
    </message>
    <message>
        <source>%1: filled %2 so far, the rest is in the book.</source>
        <translation>%1: 지금까지 %2 체결, 나머지는 호가창에 있습니다.</translation>
    </message>
    <message>
        <source>%1: the order is in the book.</source>
        <translation>%1: 주문이 호가창에 올라갔습니다.</translation>
    </message>
    <message>
        <source>%1: waiting for the stop price %2.</source>
        <translation>%1: 스톱 가격 %2 대기 중입니다.</translation>
    </message>
    <message>
        <source>%1: filled %2, the rest was cancelled (%3).</source>
        <translation>%1: %2 체결, 나머지는 취소되었습니다 (%3).</translation>
    </message>
    <message>
        <source>%1: not filled (%2).</source>
        <translation>%1: 체결되지 않았습니다 (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: bought %2 for %3 %4; the rest of the budget went back.</source>
        <translation>%1: %3 %4로 %2 매수했습니다. 남은 예산은 돌려받았습니다.</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Open orders (%1)</source>
        <translation>미체결 주문 (%1)</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>주문 내역</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>모두 취소</translation>
    </message>
    <message>
        <source>No open orders.</source>
        <translation>미체결 주문이 없습니다.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>아직 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>P2pAdDialog</name>
    <message>
        <source>Edit ad</source>
        <translation>광고 편집</translation>
    </message>
    <message>
        <source>New ad</source>
        <translation>새 광고</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Place ad and hold coins</source>
        <translation>광고 게시 및 코인 보류</translation>
    </message>
    <message>
        <source>Place ad</source>
        <translation>광고 게시</translation>
    </message>
    <message>
        <source>I sell</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>I buy</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>for</source>
        <translation>결제 통화</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>고정 가격</translation>
    </message>
    <message>
        <source>Market + margin</source>
        <translation>시세 + 마진</translation>
    </message>
    <message>
        <source>Price per %1 (%2)</source>
        <translation>%1당 가격 (%2)</translation>
    </message>
    <message>
        <source>Margin over the market price (%)</source>
        <translation>시세 대비 마진 (%)</translation>
    </message>
    <message>
        <source>-50 to 50; the price follows the reference rate and is fixed when a trade opens.</source>
        <translation>-50~50. 가격은 기준 시세를 따르며 거래가 시작될 때 고정됩니다.</translation>
    </message>
    <message>
        <source>Amount to sell (%1)</source>
        <translation>판매 수량 (%1)</translation>
    </message>
    <message>
        <source>Amount to buy (%1)</source>
        <translation>구매 수량 (%1)</translation>
    </message>
    <message>
        <source>Min per trade</source>
        <translation>거래당 최소</translation>
    </message>
    <message>
        <source>Max per trade</source>
        <translation>거래당 최대</translation>
    </message>
    <message>
        <source>Buyers pay me to</source>
        <translation>구매자가 입금할 곳</translation>
    </message>
    <message>
        <source>I pay by</source>
        <translation>내 결제 수단</translation>
    </message>
    <message>
        <source>Add a payment method first</source>
        <translation>먼저 결제 수단을 추가하세요</translation>
    </message>
    <message>
        <source>Time to pay</source>
        <translation>입금 기한</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Terms shown before a trade (which banks, references, …)</source>
        <translation>거래 전에 표시되는 조건 (이용 은행, 입금 메모 등)</translation>
    </message>
    <message>
        <source>Auto-reply posted in the trade chat when a trade opens</source>
        <translation>거래가 시작되면 거래 채팅에 올라가는 자동 응답</translation>
    </message>
    <message>
        <source>Counterparty must have</source>
        <translation>거래 상대방 조건</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>No verification needed</source>
        <translation>인증 불필요</translation>
    </message>
    <message>
        <source>Tier 1 (verified)</source>
        <translation>1등급 (인증)</translation>
    </message>
    <message>
        <source>Tier 2 (enhanced)</source>
        <translation>2등급 (강화 인증)</translation>
    </message>
    <message>
        <source>Account age (days)</source>
        <translation>계정 사용 기간 (일)</translation>
    </message>
    <message>
        <source>Completed trades</source>
        <translation>완료된 거래 수</translation>
    </message>
</context>
<context>
    <name>P2pAdRow</name>
    <message>
        <source>per %1 · market %2%3%</source>
        <translation>%1당 · 시세 %2%3%</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>%1당</translation>
    </message>
    <message>
        <source>%1 %2 available</source>
        <translation>%1 %2 거래 가능</translation>
    </message>
    <message>
        <source>Limit %1 – %2 %3</source>
        <translation>한도 %1 – %2 %3</translation>
    </message>
    <message>
        <source>%1 min to pay</source>
        <translation>입금 기한 %1분</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 매수</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>%1 매도</translation>
    </message>
</context>
<context>
    <name>P2pErrors</name>
    <message>
        <source>The trade is still waiting for payment.</source>
        <translation>이 거래는 아직 입금을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>The buyer has already marked this trade paid.</source>
        <translation>구매자가 이미 이 거래를 입금 완료로 표시했습니다.</translation>
    </message>
    <message>
        <source>This trade is under appeal: support decides it now.</source>
        <translation>이 거래는 이의 제기 중이며 이제 고객지원이 결정합니다.</translation>
    </message>
    <message>
        <source>This trade is already completed.</source>
        <translation>이미 완료된 거래입니다.</translation>
    </message>
    <message>
        <source>This trade has already ended.</source>
        <translation>이미 종료된 거래입니다.</translation>
    </message>
    <message>
        <source>This ad asks for KYC tier %1. Complete verification first.</source>
        <translation>이 광고는 KYC %1등급이 필요합니다. 먼저 인증을 완료하세요.</translation>
    </message>
    <message numerus="yes">
        <source>This ad asks for an account at least %n day(s) old.</source>
        <translation>
            <numerusform>이 광고는 가입한 지 %n일 이상 된 계정이 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ad asks for more completed P2P trades than you have.</source>
        <translation>이 광고에 필요한 완료된 P2P 거래 수가 부족합니다.</translation>
    </message>
    <message>
        <source>This step is the other party&apos;s.</source>
        <translation>이 단계는 상대방이 진행해야 합니다.</translation>
    </message>
    <message>
        <source>The proof must be a file you uploaded.</source>
        <translation>증빙은 직접 업로드한 파일이어야 합니다.</translation>
    </message>
    <message>
        <source>You cannot take your own ad.</source>
        <translation>자신의 광고로는 거래할 수 없습니다.</translation>
    </message>
    <message>
        <source>This ad has no price right now: its reference rate is missing.</source>
        <translation>기준 시세가 없어 지금은 이 광고에 가격이 없습니다.</translation>
    </message>
    <message>
        <source>The advertiser has paused this ad.</source>
        <translation>광고주가 이 광고를 일시 중지했습니다.</translation>
    </message>
    <message>
        <source>This ad is closed.</source>
        <translation>종료된 광고입니다.</translation>
    </message>
    <message>
        <source>You can appeal once the seller&apos;s release window has passed.</source>
        <translation>판매자의 코인 지급 기한이 지나면 이의를 제기할 수 있습니다.</translation>
    </message>
    <message>
        <source>An open ad still uses this payment method. Edit or close the ad first.</source>
        <translation>진행 중인 광고가 이 결제 수단을 사용하고 있습니다. 먼저 광고를 편집하거나 종료하세요.</translation>
    </message>
    <message>
        <source>You can keep at most 20 payment methods.</source>
        <translation>결제 수단은 최대 20개까지 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Feedback is for completed trades.</source>
        <translation>평가는 완료된 거래에만 남길 수 있습니다.</translation>
    </message>
    <message>
        <source>You have already left feedback for this trade.</source>
        <translation>이 거래에는 이미 평가를 남겼습니다.</translation>
    </message>
    <message>
        <source>The amount is outside this ad&apos;s limits.</source>
        <translation>금액이 이 광고의 한도를 벗어납니다.</translation>
    </message>
    <message>
        <source>The ad does not have that much left.</source>
        <translation>광고의 남은 수량이 부족합니다.</translation>
    </message>
    <message>
        <source>Enter a valid amount.</source>
        <translation>올바른 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Your available balance is not enough for this.</source>
        <translation>사용 가능 잔액이 부족합니다.</translation>
    </message>
    <message>
        <source>Choose one of your payment methods.</source>
        <translation>내 결제 수단 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>This ad or trade no longer exists.</source>
        <translation>광고 또는 거래가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose one of your payment methods of a type this ad accepts.</source>
        <translation>이 광고에서 받는 유형의 결제 수단 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose at least one payment method.</source>
        <translation>결제 수단을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Give a reason of 5 to 500 characters.</source>
        <translation>사유를 5~500자로 입력하세요.</translation>
    </message>
    <message>
        <source>The margin is between -50% and 50%.</source>
        <translation>마진은 -50%에서 50% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Enter a price with at most 2 decimals.</source>
        <translation>가격은 소수점 이하 최대 2자리까지 입력하세요.</translation>
    </message>
    <message>
        <source>Give the payment method a name.</source>
        <translation>결제 수단에 이름을 붙이세요.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>“%1” 항목을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>P2pMarket</name>
    <message>
        <source>Best price</source>
        <translation>최적 가격순</translation>
    </message>
    <message>
        <source>Most trades</source>
        <translation>거래 많은 순</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>완료율순</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <source>All coins</source>
        <translation>모든 코인</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>모든 통화</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>모든 결제 수단</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>광고주</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Available / limits</source>
        <translation>거래 가능 / 한도</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Nobody sells on these terms right now. Try another coin, currency or payment.</source>
        <translation>지금은 이 조건으로 판매하는 사람이 없습니다. 다른 코인, 통화 또는 결제 수단을 선택해 보세요.</translation>
    </message>
    <message>
        <source>Nobody buys on these terms right now. Try another coin, currency or payment.</source>
        <translation>지금은 이 조건으로 구매하는 사람이 없습니다. 다른 코인, 통화 또는 결제 수단을 선택해 보세요.</translation>
    </message>
</context>
<context>
    <name>P2pMyAds</name>
    <message>
        <source>A sell ad&apos;s amount is held from your balance while the ad is open; closing it gives back what no trade holds.</source>
        <translation>판매 광고가 게시되어 있는 동안 그 수량은 잔액에서 보류됩니다. 광고를 종료하면 거래에 묶이지 않은 수량이 돌아옵니다.</translation>
    </message>
    <message>
        <source>New ad</source>
        <translation>새 광고</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <source>%1 for %2 at %3 %4</source>
        <translation>%1 / %2 · 가격 %3 %4</translation>
    </message>
    <message>
        <source>(market %1%2%)</source>
        <translation>(시세 %1%2%)</translation>
    </message>
    <message>
        <source>%1 of %2 %3 left · limit %4 – %5 · %6</source>
        <translation>%2 %3 중 %1 남음 · 한도 %4 – %5 · %6</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>You have no ads. Place one to buy or sell at your own price.</source>
        <translation>광고가 없습니다. 원하는 가격으로 사고팔려면 광고를 게시하세요.</translation>
    </message>
</context>
<context>
    <name>P2pPage</name>
    <message>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <source>My trades (%1 open)</source>
        <translation>내 거래 (%1건 진행 중)</translation>
    </message>
    <message>
        <source>My trades</source>
        <translation>내 거래</translation>
    </message>
    <message>
        <source>My ads</source>
        <translation>내 광고</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>결제 수단</translation>
    </message>
</context>
<context>
    <name>P2pPaymentMethods</name>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>No payment methods yet. Add where buyers can pay you.</source>
        <translation>아직 결제 수단이 없습니다. 구매자가 입금할 수 있는 곳을 추가하세요.</translation>
    </message>
    <message>
        <source>Add a payment method</source>
        <translation>결제 수단 추가</translation>
    </message>
    <message>
        <source>Shown to a buyer only inside a trade with you.</source>
        <translation>나와 거래 중인 구매자에게만 표시됩니다.</translation>
    </message>
    <message>
        <source>Name (for you)</source>
        <translation>이름 (나만 보기)</translation>
    </message>
    <message>
        <source>e.g. My Barclays account</source>
        <translation>예: 내 국민은행 계좌</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>P2pProfileDialog</name>
    <message>
        <source>@%1 · member since %2</source>
        <translation>@%1 · %2부터 회원</translation>
    </message>
    <message>
        <source>Completed trades</source>
        <translation>완료된 거래</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>완료율</translation>
    </message>
    <message>
        <source>Average release</source>
        <translation>평균 지급 시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>What counterparties said</source>
        <translation>거래 상대방의 평가</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>아직 평가가 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>P2pTakeDialog</name>
    <message>
        <source>Sell %1 to %2</source>
        <translation>%2 님에게 %1 판매</translation>
    </message>
    <message>
        <source>Buy %1 from %2</source>
        <translation>%2 님에게서 %1 구매</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>%1 min to pay</source>
        <translation>입금 기한 %1분</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>조건: %1</translation>
    </message>
    <message>
        <source>I sell (%1)</source>
        <translation>판매 수량 (%1)</translation>
    </message>
    <message>
        <source>I buy (%1)</source>
        <translation>구매 수량 (%1)</translation>
    </message>
    <message>
        <source>You receive %1 %2</source>
        <translation>받는 금액 %1 %2</translation>
    </message>
    <message>
        <source>You pay %1 %2</source>
        <translation>지불 금액 %1 %2</translation>
    </message>
    <message>
        <source>The buyer pays me to</source>
        <translation>구매자가 입금할 곳</translation>
    </message>
    <message>
        <source>Add a payment method of a type this ad accepts first (Payment methods tab).</source>
        <translation>먼저 이 광고에서 받는 유형의 결제 수단을 추가하세요 (결제 수단 탭).</translation>
    </message>
    <message>
        <source>Your %1 goes into escrow now and reaches the buyer when you release it after being paid.</source>
        <translation>내 %1은(는) 지금 에스크로에 보관되며, 입금을 받은 뒤 내가 지급하면 구매자에게 전달됩니다.</translation>
    </message>
    <message>
        <source>The seller&apos;s %1 is held in escrow for you while you pay.</source>
        <translation>입금하는 동안 판매자의 %1이(가) 나를 위해 에스크로에 보관됩니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open trade and escrow</source>
        <translation>거래 시작 및 에스크로 보관</translation>
    </message>
    <message>
        <source>Open trade</source>
        <translation>거래 시작</translation>
    </message>
</context>
<context>
    <name>P2pTradeView</name>
    <message>
        <source>← Back</source>
        <translation>← 뒤로</translation>
    </message>
    <message>
        <source>%1 %2: %3 buys from %4</source>
        <translation>%1 %2: %3 님이 %4 님에게서 구매</translation>
    </message>
    <message>
        <source>Buy %1 %2 from %3</source>
        <translation>%3 님에게서 %1 %2 구매</translation>
    </message>
    <message>
        <source>Sell %1 %2 to %3</source>
        <translation>%3 님에게 %1 %2 판매</translation>
    </message>
    <message>
        <source>Trade %1 · opened %2</source>
        <translation>거래 %1 · %2 시작</translation>
    </message>
    <message>
        <source>Pay %1 to the seller&apos;s account below, then press “I have paid”. Unpaid, the trade cancels itself when the time is up.</source>
        <translation>아래 판매자 계좌로 %1을(를) 입금한 뒤 “입금했습니다”를 누르세요. 기한 안에 입금하지 않으면 거래가 자동으로 취소됩니다.</translation>
    </message>
    <message>
        <source>Waiting for the buyer to pay %1. Your %2 %3 is in escrow.</source>
        <translation>구매자의 %1 입금을 기다리는 중입니다. 내 %2 %3은(는) 에스크로에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s payment.</source>
        <translation>구매자의 입금을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>The buyer says %1 has been sent. Check that it reached your account, then release the coins.</source>
        <translation>구매자가 %1을(를) 보냈다고 합니다. 내 계좌에 들어왔는지 확인한 뒤 코인을 지급하세요.</translation>
    </message>
    <message>
        <source>Waiting for the seller to release. If they do not, you can appeal when the timer ends.</source>
        <translation>판매자의 코인 지급을 기다리는 중입니다. 지급하지 않으면 타이머가 끝난 뒤 이의를 제기할 수 있습니다.</translation>
    </message>
    <message>
        <source>The seller has not released yet. You can appeal to support now.</source>
        <translation>판매자가 아직 코인을 지급하지 않았습니다. 지금 고객지원에 이의를 제기할 수 있습니다.</translation>
    </message>
    <message>
        <source>The buyer marked the trade paid.</source>
        <translation>구매자가 거래를 입금 완료로 표시했습니다.</translation>
    </message>
    <message>
        <source>Read both sides and the proofs, then release the coins to the buyer or refund the seller.</source>
        <translation>양측의 주장과 증빙을 확인한 뒤 구매자에게 코인을 지급하거나 판매자에게 환불하세요.</translation>
    </message>
    <message>
        <source>Support is looking at this trade. Add anything that helps in the chat; the escrow stays locked until they decide.</source>
        <translation>고객지원이 이 거래를 검토하고 있습니다. 도움이 되는 내용은 채팅에 남겨 주세요. 결정이 날 때까지 에스크로는 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>%1 %2 reached your wallet (less the 0.1% P2P fee).</source>
        <translation>%1 %2이(가) 지갑에 들어왔습니다 (P2P 수수료 0.1% 차감).</translation>
    </message>
    <message>
        <source>The coins were released to the buyer.</source>
        <translation>코인이 구매자에게 지급되었습니다.</translation>
    </message>
    <message>
        <source>Nobody paid in time; the escrow went back to the seller.</source>
        <translation>기한 내에 입금되지 않아 에스크로가 판매자에게 반환되었습니다.</translation>
    </message>
    <message>
        <source>Support refunded the escrow to the seller.</source>
        <translation>고객지원이 에스크로를 판매자에게 환불했습니다.</translation>
    </message>
    <message>
        <source>The trade was cancelled; the escrow went back to the seller.</source>
        <translation>거래가 취소되어 에스크로가 판매자에게 반환되었습니다.</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>입금했습니다</translation>
    </message>
    <message>
        <source>Release %1 %2</source>
        <translation>%1 %2 지급</translation>
    </message>
    <message>
        <source>Release the coins?</source>
        <translation>코인을 지급할까요?</translation>
    </message>
    <message>
        <source>Release only after %1 %2 has arrived in your account. Releasing cannot be undone.</source>
        <translation>%1 %2이(가) 내 계좌에 들어온 뒤에만 지급하세요. 지급은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Appeal to support</source>
        <translation>고객지원에 이의 제기</translation>
    </message>
    <message>
        <source>Appeal possible in %1</source>
        <translation>%1 후 이의 제기 가능</translation>
    </message>
    <message>
        <source>Cancel trade</source>
        <translation>거래 취소</translation>
    </message>
    <message>
        <source>Cancel this trade?</source>
        <translation>이 거래를 취소할까요?</translation>
    </message>
    <message>
        <source>You marked it paid. Cancel only if you have not sent the money or got it back.</source>
        <translation>입금 완료로 표시한 거래입니다. 돈을 보내지 않았거나 돌려받은 경우에만 취소하세요.</translation>
    </message>
    <message>
        <source>Do not cancel if you have already paid.</source>
        <translation>이미 입금했다면 취소하지 마세요.</translation>
    </message>
    <message>
        <source>Release to buyer</source>
        <translation>구매자에게 지급</translation>
    </message>
    <message>
        <source>Refund seller</source>
        <translation>판매자에게 환불</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>총 입금액</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>판매자</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>거래 상대방</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>The buyer pays you to</source>
        <translation>구매자가 입금할 곳</translation>
    </message>
    <message>
        <source>Pay the seller to</source>
        <translation>판매자 입금 정보</translation>
    </message>
    <message>
        <source>The seller&apos;s payment details</source>
        <translation>판매자의 결제 정보</translation>
    </message>
    <message>
        <source>Pay from an account in your own name. Do not write crypto words in the payment reference.</source>
        <translation>본인 명의 계좌에서 입금하세요. 입금 메모에 암호화폐 관련 단어를 쓰지 마세요.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>입금 증빙</translation>
    </message>
    <message>
        <source>The files are in the trade chat, where they can be opened.</source>
        <translation>파일은 거래 채팅에 있으며 그곳에서 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>A few words for other traders (optional)</source>
        <translation>다른 거래자를 위한 한마디 (선택)</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>평가 보내기</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>진행 기록</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Confirm you have paid</source>
        <translation>입금 확인</translation>
    </message>
    <message>
        <source>Only confirm after %1 %2 has left your account. Marking a trade paid without paying can get your account restricted.</source>
        <translation>%1 %2이(가) 내 계좌에서 빠져나간 뒤에만 확인하세요. 입금하지 않고 입금 완료로 표시하면 계정이 제한될 수 있습니다.</translation>
    </message>
    <message>
        <source>Note for the seller (optional)</source>
        <translation>판매자에게 남길 메모 (선택)</translation>
    </message>
    <message>
        <source>Attach proof…</source>
        <translation>증빙 첨부…</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <source>Uploading the proof…</source>
        <translation>증빙 업로드 중…</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>이미지 및 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Tell support what went wrong. They join the trade chat and decide who gets the escrow.</source>
        <translation>무엇이 잘못되었는지 고객지원에 알려 주세요. 고객지원이 거래 채팅에 참여해 에스크로를 누구에게 줄지 결정합니다.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>Release to the buyer</source>
        <translation>구매자에게 지급</translation>
    </message>
    <message>
        <source>Refund the seller</source>
        <translation>판매자에게 환불</translation>
    </message>
    <message>
        <source>The escrow goes to the buyer (less the P2P fee). Both parties see your reason.</source>
        <translation>에스크로가 구매자에게 지급됩니다 (P2P 수수료 차감). 양측 모두 사유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The escrow goes back to the seller. Both parties see your reason.</source>
        <translation>에스크로가 판매자에게 반환됩니다. 양측 모두 사유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>The buyer has not marked this trade paid yet. </source>
        <translation>구매자가 아직 이 거래를 입금 완료로 표시하지 않았습니다. </translation>
    </message>
</context>
<context>
    <name>P2pTradesList</name>
    <message>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 님에게서</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1 님에게</translation>
    </message>
    <message>
        <source>No trades yet. Take an ad in the Market tab to start one.</source>
        <translation>아직 거래가 없습니다. 마켓 탭에서 광고를 골라 거래를 시작하세요.</translation>
    </message>
</context>
<context>
    <name>P2pWords</name>
    <message>
        <source>Waiting for payment</source>
        <translation>입금 대기 중</translation>
    </message>
    <message>
        <source>Paid, waiting for release</source>
        <translation>입금 완료, 코인 지급 대기 중</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>이의 제기 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Completed by support</source>
        <translation>고객지원이 완료</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Refunded by support</source>
        <translation>고객지원이 환불</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>계좌 이체</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>전자지갑</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>1 trade</source>
        <translation>거래 1건</translation>
    </message>
    <message>
        <source>%1 trades</source>
        <translation>거래 %1건</translation>
    </message>
    <message>
        <source>%1 · %2% completion</source>
        <translation>%1 · 완료율 %2%</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative</source>
        <translation>긍정 %1, 부정 %2</translation>
    </message>
    <message>
        <source>releases in ~%1 min</source>
        <translation>약 %1분 내 지급</translation>
    </message>
    <message>
        <source>Trade opened, coins in escrow</source>
        <translation>거래 시작, 코인 에스크로 보관</translation>
    </message>
    <message>
        <source>Buyer marked the payment sent</source>
        <translation>구매자가 입금 완료로 표시함</translation>
    </message>
    <message>
        <source>Seller released the coins</source>
        <translation>판매자가 코인을 지급함</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>구매자가 취소함</translation>
    </message>
    <message>
        <source>Payment window ended; escrow returned</source>
        <translation>입금 기한 종료, 에스크로 반환됨</translation>
    </message>
    <message>
        <source>Appeal opened</source>
        <translation>이의 제기됨</translation>
    </message>
    <message>
        <source>Support released the coins to the buyer</source>
        <translation>고객지원이 구매자에게 코인을 지급함</translation>
    </message>
    <message>
        <source>Support refunded the seller</source>
        <translation>고객지원이 판매자에게 환불함</translation>
    </message>
    <message>
        <source>Feedback left</source>
        <translation>평가를 남김</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>예금주</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <source>Account number or IBAN</source>
        <translation>계좌 번호 또는 IBAN</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>카드 소유자</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>서비스 제공업체</translation>
    </message>
    <message>
        <source>Account or phone</source>
        <translation>계정 또는 전화번호</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
</context>
<context>
    <name>PartnerDashboardView</name>
    <message>
        <source>Export the dashboard</source>
        <translation>대시보드 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The series were saved.</source>
        <translation>시계열 데이터를 저장했습니다.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30일</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90일</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>유통량</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>준비금</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필요액</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>준비율</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>보유자</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>적립</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>소각</translation>
    </message>
    <message>
        <source>Fees paid by users</source>
        <translation>사용자 지불 수수료</translation>
    </message>
    <message>
        <source>Swapped for coin</source>
        <translation>코인으로 교환</translation>
    </message>
    <message>
        <source>%1 swaps · %2 %3 → %4 %5</source>
        <translation>교환 %1회 · %2 %3 → %4 %5</translation>
    </message>
    <message>
        <source>Bought with coin</source>
        <translation>코인으로 구매</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>일별</translation>
    </message>
    <message>
        <source>Outstanding (%1)</source>
        <translation>유통량 (%1)</translation>
    </message>
    <message>
        <source>Reserve (%1)</source>
        <translation>준비금 (%1)</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Daily sales (%1)</source>
        <translation>일별 매출 (%1)</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>아직 표시할 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PartnerOrdersView</name>
    <message>
        <source>Every order</source>
        <translation>전체 주문</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>발송 대기</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>분쟁 중</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Marked as shipped; the buyer sees the tracking.</source>
        <translation>발송됨으로 표시했습니다. 구매자가 운송장 번호를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Refunded: the buyer has the total back.</source>
        <translation>환불했습니다. 구매자가 총액을 돌려받았습니다.</translation>
    </message>
    <message>
        <source>Ship the order</source>
        <translation>주문 발송</translation>
    </message>
    <message>
        <source>The buyer sees this reference to follow the parcel.</source>
        <translation>구매자는 이 번호로 택배를 조회합니다.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>발송됨으로 표시</translation>
    </message>
    <message>
        <source>Refund the order</source>
        <translation>주문 환불</translation>
    </message>
    <message>
        <source>The buyer gets the total back from your organisation&apos;s balance.</source>
        <translation>조직 잔액에서 구매자에게 총액이 환불됩니다.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>발송…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>No orders here.</source>
        <translation>여기에는 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Partner console</source>
        <translation>파트너 콘솔</translation>
    </message>
    <message>
        <source>Issue loyalty points backed by a reserve, and sell in the market.</source>
        <translation>준비금으로 담보된 적립 포인트를 발행하고 마켓에서 판매하세요.</translation>
    </message>
    <message>
        <source>Your points, their reserves and terms, your products and orders.</source>
        <translation>포인트와 그 준비금 및 조건, 상품과 주문을 관리합니다.</translation>
    </message>
    <message>
        <source>You can watch this organisation&apos;s points and orders; its owner and admins make changes.</source>
        <translation>이 조직의 포인트와 주문을 볼 수 있으며, 변경은 소유자와 관리자가 합니다.</translation>
    </message>
    <message>
        <source>Create your business on the Merchant page and have it verified; then you can issue points here.</source>
        <translation>가맹점 페이지에서 사업자를 만들고 인증을 받으세요. 그러면 여기서 포인트를 발행할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PartnerPointsView</name>
    <message>
        <source>The point is paused. Only a platform admin can resume it.</source>
        <translation>포인트를 일시 중지했습니다. 플랫폼 관리자만 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Points are credited only while the reserve covers what is outstanding at the policy&apos;s rate and coverage.</source>
        <translation>준비금이 정책의 교환 비율과 준비율로 유통량을 감당하는 동안에만 포인트를 적립할 수 있습니다.</translation>
    </message>
    <message>
        <source>Create point</source>
        <translation>포인트 만들기</translation>
    </message>
    <message>
        <source>backed by %1</source>
        <translation>%1 담보</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>보유자 %1명</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>유통량</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>준비금</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필요액</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>준비율</translation>
    </message>
    <message>
        <source>nothing outstanding</source>
        <translation>유통량 없음</translation>
    </message>
    <message>
        <source>Top up reserve</source>
        <translation>준비금 충전</translation>
    </message>
    <message>
        <source>Withdraw reserve</source>
        <translation>준비금 인출</translation>
    </message>
    <message>
        <source>Credit a user</source>
        <translation>사용자에게 적립</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>소각</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>No points yet. Create one, then propose its policy.</source>
        <translation>아직 포인트가 없습니다. 포인트를 만든 다음 정책을 제안하세요.</translation>
    </message>
</context>
<context>
    <name>PartnerPoliciesView</name>
    <message>
        <source>In force now.</source>
        <translation>현재 적용 중.</translation>
    </message>
    <message>
        <source>No policy yet: the point cannot be swapped until one is approved.</source>
        <translation>아직 정책이 없습니다. 정책이 승인되기 전에는 이 포인트를 교환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Propose a policy</source>
        <translation>정책 제안</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>A platform admin who did not propose it approves or rejects each one.</source>
        <translation>각 제안은 제안자가 아닌 플랫폼 관리자가 승인하거나 거절합니다.</translation>
    </message>
    <message>
        <source>%1; spread %2 %, fee %3 %, coverage %4 %; by %5</source>
        <translation>%1; 스프레드 %2%, 수수료 %3%, 준비율 %4%; 제안자 %5</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>아직 제안이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PartnerProductsView</name>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Sold for AZC or your points. Vouchers deliver one code per item at once; shipped goods wait for your tracking.</source>
        <translation>AZC나 자체 포인트로 판매합니다. 바우처는 상품 1개당 코드 1개를 즉시 발급하고, 배송 상품은 운송장 번호를 입력할 때까지 대기합니다.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>%1 codes left</source>
        <translation>남은 코드 %1개</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>재고 %1개</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1개 판매</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>판매 중</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>아직 상품이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Changing it signs out your other devices.</source>
        <translation>변경하면 다른 기기에서 로그아웃됩니다.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>At least 10 characters; not a common password and not your username.</source>
        <translation>10자 이상, 흔한 비밀번호나 사용자 이름은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation>결제 확인</translation>
    </message>
    <message>
        <source>Pay a merchant</source>
        <translation>가맹점 결제</translation>
    </message>
    <message>
        <source>Open a picture of the payment code</source>
        <translation>결제 코드 이미지 열기</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>결제 코드</translation>
    </message>
    <message>
        <source>Paste it, scan it with a barcode scanner, or open a picture of the QR code.</source>
        <translation>붙여 넣거나, 바코드 스캐너로 스캔하거나, QR 코드 이미지를 여세요.</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>클립보드에서</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Verified business</source>
        <translation>인증된 사업자</translation>
    </message>
    <message>
        <source>For</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>None — the merchant pays it</source>
        <translation>없음 — 가맹점 부담</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>%1 금액</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>인증 앱 코드</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 결제</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>PointActionDialog</name>
    <message>
        <source>The reserve was topped up with %1 %2.</source>
        <translation>준비금에 %1 %2를 충전했습니다.</translation>
    </message>
    <message>
        <source>%1 %2 went back to the organisation&apos;s balance.</source>
        <translation>%1 %2를 조직 잔액으로 돌려보냈습니다.</translation>
    </message>
    <message>
        <source>%1 %2 credited to %3.</source>
        <translation>%3에게 %1 %2를 적립했습니다.</translation>
    </message>
    <message>
        <source>%1 %2 burned.</source>
        <translation>%1 %2를 소각했습니다.</translation>
    </message>
    <message>
        <source>Top up the reserve of %1</source>
        <translation>%1 준비금 충전</translation>
    </message>
    <message>
        <source>Withdraw from the reserve of %1</source>
        <translation>%1 준비금 인출</translation>
    </message>
    <message>
        <source>Credit %1 to a user</source>
        <translation>사용자에게 %1 적립</translation>
    </message>
    <message>
        <source>Burn %1</source>
        <translation>%1 소각</translation>
    </message>
    <message>
        <source>Reserve now %1 %2; required %3 %2.</source>
        <translation>현재 준비금 %1 %2, 필요액 %3 %2.</translation>
    </message>
    <message>
        <source>Only what is above the required %1 %2 can leave the reserve.</source>
        <translation>필요액 %1 %2를 넘는 금액만 준비금에서 뺄 수 있습니다.</translation>
    </message>
    <message>
        <source>New points are issued to the user; the reserve must cover them afterwards.</source>
        <translation>사용자에게 새 포인트가 발행되며, 발행 후에도 준비금이 이를 감당해야 합니다.</translation>
    </message>
    <message>
        <source>Points the organisation holds (from market sales) are retired for good.</source>
        <translation>조직이 보유한 포인트(마켓 판매분)가 영구히 소멸됩니다.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>@username</source>
        <translation>@사용자이름</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>수량 (%1)</translation>
    </message>
    <message>
        <source>Reference (optional, the user sees it)</source>
        <translation>참조 번호 (선택, 사용자에게 표시됨)</translation>
    </message>
    <message>
        <source>Pay from my own wallet instead of the organisation&apos;s balance</source>
        <translation>조직 잔액 대신 내 지갑에서 지불</translation>
    </message>
    <message>
        <source>Move %1 %2 from %3 into the reserve?</source>
        <translation>%3에서 %1 %2를 준비금으로 옮길까요?</translation>
    </message>
    <message>
        <source>Move %1 %2 from the reserve to the organisation&apos;s balance?</source>
        <translation>준비금에서 %1 %2를 조직 잔액으로 옮길까요?</translation>
    </message>
    <message>
        <source>Issue %1 %2 to %3?</source>
        <translation>%3에게 %1 %2를 발행할까요?</translation>
    </message>
    <message>
        <source>Burn %1 %2?</source>
        <translation>%1 %2를 소각할까요?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>PointView</name>
    <message>
        <source>%1 · %2 · backed by %3</source>
        <translation>%1 · %2 · %3 담보</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>내 잔액</translation>
    </message>
    <message>
        <source>This point is paused: nothing can be swapped until the platform resumes it. Your balance is kept.</source>
        <translation>이 포인트는 일시 중지되었습니다. 플랫폼이 재개할 때까지 교환할 수 없으며, 잔액은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>The partner has no approved policy for this point yet.</source>
        <translation>이 포인트에는 아직 승인된 파트너 정책이 없습니다.</translation>
    </message>
    <message>
        <source>Reserve now: %1 %2 for %3 %4 outstanding (%5 % covered).</source>
        <translation>현재 준비금: 유통 중인 %3 %4에 대해 %1 %2 (준비율 %5%).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>내역</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>교환</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>지갑</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>No swaps of this point yet.</source>
        <translation>아직 이 포인트의 교환 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing has moved in this point yet.</source>
        <translation>아직 이 포인트의 입출금 내역이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Loyalty points of our partners, backed by reserves: swap them for coin and back at the partner&apos;s terms.</source>
        <translation>준비금으로 담보된 파트너 적립 포인트입니다. 파트너의 조건에 따라 코인으로 교환하거나 다시 포인트로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>내 포인트</translation>
    </message>
    <message>
        <source>Requests from partners (%1)</source>
        <translation>파트너 요청 (%1)</translation>
    </message>
    <message>
        <source>Requests from partners</source>
        <translation>파트너 요청</translation>
    </message>
    <message>
        <source>Swap history</source>
        <translation>교환 내역</translation>
    </message>
    <message>
        <source>No partner offers points yet.</source>
        <translation>아직 포인트를 제공하는 파트너가 없습니다.</translation>
    </message>
    <message>
        <source>Every swap</source>
        <translation>전체 교환</translation>
    </message>
    <message>
        <source>Made in the app or at a partner&apos;s request, newest first.</source>
        <translation>앱에서 또는 파트너 요청으로 한 교환, 최신순.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>You have not swapped any points yet.</source>
        <translation>아직 교환한 포인트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>PolicyFormDialog</name>
    <message>
        <source>Proposed. A platform admin approves it; until then the current policy stays in force.</source>
        <translation>제안했습니다. 플랫폼 관리자가 승인할 때까지 현재 정책이 적용됩니다.</translation>
    </message>
    <message>
        <source>Propose a policy for %1</source>
        <translation>%1 정책 제안</translation>
    </message>
    <message>
        <source>Follow the market&apos;s last price instead of a fixed rate</source>
        <translation>고정 비율 대신 시장 최근 체결가 따르기</translation>
    </message>
    <message>
        <source>Rate: %1 per whole %2</source>
        <translation>교환 비율: %2 1개당 %1</translation>
    </message>
    <message>
        <source>Spread (%)</source>
        <translation>스프레드 (%)</translation>
    </message>
    <message>
        <source>Fee (%)</source>
        <translation>수수료 (%)</translation>
    </message>
    <message>
        <source>Reserve coverage (%; 100 = fully backed)</source>
        <translation>준비율 (%, 100 = 전액 담보)</translation>
    </message>
    <message>
        <source>Smallest swap (%1)</source>
        <translation>최소 교환 (%1)</translation>
    </message>
    <message>
        <source>Largest swap (0: none)</source>
        <translation>최대 교환 (0: 제한 없음)</translation>
    </message>
    <message>
        <source>Per user a day (0: none)</source>
        <translation>사용자당 일일 한도 (0: 제한 없음)</translation>
    </message>
    <message>
        <source>Everyone a day (0: none)</source>
        <translation>전체 일일 한도 (0: 제한 없음)</translation>
    </message>
    <message>
        <source>Users may swap points for the coin</source>
        <translation>사용자가 포인트를 코인으로 교환할 수 있음</translation>
    </message>
    <message>
        <source>Users may buy points with the coin</source>
        <translation>사용자가 코인으로 포인트를 구매할 수 있음</translation>
    </message>
    <message>
        <source>Caps count points and reset at midnight UTC. The spread is taken from users both ways; the fee goes to the platform.</source>
        <translation>한도는 포인트 단위로 계산되며 UTC 자정에 초기화됩니다. 스프레드는 양방향 모두 사용자에게서 차감되고, 수수료는 플랫폼에 지급됩니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>제안</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Thank you</source>
        <translation>감사합니다</translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>판매자: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>수령 방법</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>배송 주소</translation>
    </message>
    <message>
        <source>Name, street, city, postcode, country</source>
        <translation>이름, 도로명, 도시, 우편번호, 국가</translation>
    </message>
    <message>
        <source>%1 of 300 characters</source>
        <translation>%1/300자</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>배송지</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총액</translation>
    </message>
    <message>
        <source>Paid %1 %2. Your code:</source>
        <translation>%1 %2를 결제했습니다. 코드:</translation>
    </message>
    <message>
        <source>Paid %1 %2. The partner will ship it; you will find the tracking under My orders.</source>
        <translation>%1 %2를 결제했습니다. 파트너가 배송하며, 운송장 번호는 내 주문에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation>코드를 복사했습니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>품절</translation>
    </message>
    <message>
        <source>Pay again</source>
        <translation>다시 결제</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>%1 %2 결제</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>이미지 추가</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>상품 편집</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Pictures (%1 of 6)</source>
        <translation>이미지 (%1/6)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>업로드 중…</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>이미지 추가</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>In</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>수령 방법</translation>
    </message>
    <message>
        <source>Shipped to the buyer</source>
        <translation>구매자에게 배송</translation>
    </message>
    <message>
        <source>Voucher codes, delivered at once</source>
        <translation>바우처 코드, 즉시 발급</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Voucher codes to add, one per line (%1 not sold yet)</source>
        <translation>추가할 바우처 코드, 한 줄에 하나씩 (미판매 %1개)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>판매 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <source>Shipped</source>
        <translation>배송 상품</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>바우처</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>품절</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>How you appear to others and how we reach you.</source>
        <translation>다른 사람에게 보이는 모습과 연락처입니다.</translation>
    </message>
    <message>
        <source>Verified · level %1</source>
        <translation>인증됨 · %1등급</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>미인증</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile &amp; security</source>
        <translation>프로필 및 보안</translation>
    </message>
    <message>
        <source>Your details, how you sign in, and where you are signed in.</source>
        <translation>내 정보, 로그인 방법, 로그인된 기기를 관리합니다.</translation>
    </message>
</context>
<context>
    <name>ProgramConsentDialog</name>
    <message>
        <source>Allow %1?</source>
        <translation>%1에 권한을 허용할까요?</translation>
    </message>
    <message>
        <source>%1 wants to see your name and username. It gets an id for you that only it knows — never your account number, balances or chats.</source>
        <translation>%1에서 이름과 사용자 이름을 보려고 합니다. 이 프로그램에는 이 프로그램만 아는 전용 ID가 전달됩니다 — 계정 번호, 잔액, 채팅은 절대 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 wants to: %2.</source>
        <translation>%1에서 다음 권한을 요청합니다: %2.</translation>
    </message>
    <message>
        <source>Don&apos;t allow</source>
        <translation>허용 안 함</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>허용</translation>
    </message>
</context>
<context>
    <name>ProgramPaymentDialog</name>
    <message>
        <source>Confirm the payment</source>
        <translation>결제 확인</translation>
    </message>
    <message>
        <source>%1 asks you to pay. This window is AZCoiner&apos;s, not the program&apos;s.</source>
        <translation>%1에서 결제를 요청합니다. 이 창은 프로그램이 아닌 AZCoiner의 창입니다.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Verified business</source>
        <translation>인증된 사업자</translation>
    </message>
    <message>
        <source>For</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>%1 %2 — the merchant pays AZPay&apos;s fee</source>
        <translation>%1 %2 — AZPay 수수료는 가맹점 부담</translation>
    </message>
    <message>
        <source>Today&apos;s limit</source>
        <translation>오늘 한도</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used</source>
        <translation>%2 %3 중 %1 사용</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>인증 앱 코드</translation>
    </message>
    <message>
        <source>Needed above your two-factor threshold.</source>
        <translation>2단계 인증 기준 금액을 넘으면 필요합니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>결제 중…</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>%1 %2 결제</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <source>%1 — settings</source>
        <translation>%1 — 설정</translation>
    </message>
    <message>
        <source>What it may use</source>
        <translation>허용된 권한</translation>
    </message>
    <message>
        <source>See my name and username</source>
        <translation>내 이름과 사용자 이름 보기</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Daily spending limit</source>
        <translation>일일 지출 한도</translation>
    </message>
    <message>
        <source>The most this program can charge you per day (UTC). 0 blocks payments to it.</source>
        <translation>이 프로그램이 하루(UTC 기준)에 청구할 수 있는 최대 금액입니다. 0이면 이 프로그램으로의 결제가 차단됩니다.</translation>
    </message>
    <message>
        <source>%1 per day (%2 used today)</source>
        <translation>일일 %1 (오늘 %2 사용)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <source>Nothing paid to this program yet.</source>
        <translation>아직 이 프로그램에 결제한 내역이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProgramShareDialog</name>
    <message>
        <source>Share to a chat</source>
        <translation>채팅에 공유</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ProgramTile</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>설치</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation>QR 코드가 있는 이미지 선택</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Paid %1 %2 to %3</source>
        <translation>%3에 %1 %2을(를) 결제했습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Mini program · version %1 · reviewed by AZCoiner</source>
        <translation>미니 프로그램 · 버전 %1 · AZCoiner 심사 완료</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) blocked</source>
        <translation>
            <numerusform>요청 %n개 차단됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Closed by AZCoiner</source>
        <translation>AZCoiner가 종료함</translation>
    </message>
    <message>
        <source>This program was not started</source>
        <translation>이 프로그램은 실행되지 않았습니다</translation>
    </message>
    <message>
        <source>Back to mini programs</source>
        <translation>미니 프로그램으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>ProgramWords</name>
    <message>
        <source>Shopping</source>
        <translation>쇼핑</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>소셜</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>금융</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>게임</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Your name and username</source>
        <translation>이름 및 사용자 이름</translation>
    </message>
    <message>
        <source>Ask you to pay</source>
        <translation>결제 요청</translation>
    </message>
    <message>
        <source>Share into your chats (you pick the chat)</source>
        <translation>채팅에 공유 (채팅은 직접 선택)</translation>
    </message>
    <message>
        <source>Read a QR code from a picture you choose</source>
        <translation>선택한 이미지에서 QR 코드 읽기</translation>
    </message>
    <message>
        <source>Keep a little data for you</source>
        <translation>약간의 데이터 저장</translation>
    </message>
    <message>
        <source>Use your camera</source>
        <translation>카메라 사용</translation>
    </message>
    <message>
        <source>Use your microphone</source>
        <translation>마이크 사용</translation>
    </message>
    <message>
        <source>Know your location</source>
        <translation>위치 확인</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>알림 표시</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>심사 대기 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>아직 게시 안 됨</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Your vote (%1, %2 %3) is recorded. You can change it until voting ends.</source>
        <translation>투표(%1, %2 %3)가 기록되었습니다. 투표가 끝날 때까지 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>‹ Proposals</source>
        <translation>‹ 제안</translation>
    </message>
    <message>
        <source>Proposed by @%1 on %2 · %3</source>
        <translation>@%1 님이 %2에 제안 · %3</translation>
    </message>
    <message>
        <source>If it passes</source>
        <translation>가결되면</translation>
    </message>
    <message>
        <source>It could not run: %1. Nothing was moved.</source>
        <translation>실행하지 못했습니다: %1. 이동된 자금은 없습니다.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>제안 이유</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Voting power is AZC staked at the snapshot (%1): %2 %3 in all. Passing needs votes from %4 % of it and more than %5 % of for and against.</source>
        <translation>투표권은 스냅샷 시점(%1)에 스테이킹된 AZC이며, 총 %2 %3입니다. 가결되려면 그중 %4% 이상이 투표하고, 찬성이 찬성·반대 합계의 %5%를 넘어야 합니다.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>내 투표</translation>
    </message>
    <message>
        <source>Your voting power: %1 %2 (your stake when voting opened).</source>
        <translation>내 투표권: %1 %2 (투표 시작 시점의 스테이킹 수량).</translation>
    </message>
    <message>
        <source>You had no AZC staked when voting opened, so you cannot vote on this one. Stake in Earn to vote on the next.</source>
        <translation>투표가 시작될 때 스테이킹한 AZC가 없어서 이번 제안에는 투표할 수 없습니다. 다음 제안에 투표하려면 수익 상품에서 스테이킹하세요.</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>결과 검증</translation>
    </message>
    <message>
        <source>Every vote is published in a Merkle tree with root %1. This app rebuilds it from the published votes and finds yours, on this computer.</source>
        <translation>모든 투표는 루트가 %1인 Merkle 트리로 공개됩니다. 이 앱은 공개된 투표로 이 컴퓨터에서 트리를 다시 만들고 내 투표를 찾습니다.</translation>
    </message>
    <message>
        <source>Verify my vote</source>
        <translation>내 투표 검증</translation>
    </message>
    <message>
        <source>Recorded on chain in transaction %1.</source>
        <translation>트랜잭션 %1에서 체인에 기록되었습니다.</translation>
    </message>
    <message>
        <source>Being recorded on chain (transaction %1).</source>
        <translation>체인에 기록 중 (트랜잭션 %1).</translation>
    </message>
    <message>
        <source>Recording on chain failed (transaction %1).</source>
        <translation>체인 기록 실패 (트랜잭션 %1).</translation>
    </message>
    <message>
        <source>Waiting to be recorded on chain.</source>
        <translation>체인 기록 대기 중.</translation>
    </message>
    <message>
        <source>The chain holds this same root and result (recorded by %1 in contract %2).</source>
        <translation>체인에 같은 루트와 결과가 기록되어 있습니다 (기록자 %1, 컨트랙트 %2).</translation>
    </message>
    <message>
        <source>The chain holds a different result!</source>
        <translation>체인에 다른 결과가 기록되어 있습니다!</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>내 제안 철회</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
</context>
<context>
    <name>ProposalsList</name>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행됨</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No proposal is open right now. Anyone with 100 AZC staked can write one.</source>
        <translation>지금 진행 중인 제안이 없습니다. 100 AZC를 스테이킹한 사람은 누구나 제안을 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>No proposals here yet.</source>
        <translation>아직 제안이 없습니다.</translation>
    </message>
    <message>
        <source>by @%1</source>
        <translation>작성자 @%1</translation>
    </message>
    <message>
        <source>You voted: %1</source>
        <translation>내 투표: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>데이터 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Reason (shown to the user)</source>
        <translation>사유 (사용자에게 표시됨)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Balance adjustment by AZCoiner</source>
        <translation>AZCoiner의 잔액 조정</translation>
    </message>
    <message>
        <source>Sent to %1 (@%2)</source>
        <translation>%1(@%2) 님에게 보냄</translation>
    </message>
    <message>
        <source>Received from %1 (@%2)</source>
        <translation>%1(@%2) 님에게서 받음</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>총 지불액</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Paid to %1</source>
        <translation>%1에 결제함</translation>
    </message>
    <message>
        <source>Refunded by %1</source>
        <translation>%1의 환불</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Checking the chain against the ledger…</source>
        <translation>체인과 원장을 대조하는 중…</translation>
    </message>
    <message>
        <source>No blockchain network is set up yet.</source>
        <translation>아직 설정된 블록체인 네트워크가 없습니다.</translation>
    </message>
    <message>
        <source>Everything matches: the chain agrees with the ledger.</source>
        <translation>모두 일치합니다: 체인과 원장이 같습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 lines differ.</source>
        <translation>%2개 항목 중 %1개가 다릅니다.</translation>
    </message>
    <message>
        <source>Checked %1. Difference = on chain − (ledger + confirming + below minimum).</source>
        <translation>%1에 확인. 차이 = 체인 − (원장 + 컨펌 중 + 최소액 미만).</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>On chain</source>
        <translation>체인상</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>원장상</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>핫월렛</translation>
    </message>
    <message>
        <source>Deposit addresses</source>
        <translation>입금 주소</translation>
    </message>
    <message>
        <source>Confirming %1 · below the minimum %2 · pending withdrawals %3</source>
        <translation>컨펌 중 %1 · 최소액 미만 %2 · 대기 중 출금 %3</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>확인 불가: %1</translation>
    </message>
    <message>
        <source>Differs by %1 %2</source>
        <translation>%1 %2 차이</translation>
    </message>
    <message>
        <source>What users are owed against what is held on chain</source>
        <translation>사용자 부채 대비 체인 보유액</translation>
    </message>
    <message>
        <source>All on chain</source>
        <translation>전액 체인 보유</translation>
    </message>
    <message>
        <source>Partly elsewhere</source>
        <translation>일부는 다른 곳</translation>
    </message>
    <message>
        <source>Owed to users</source>
        <translation>사용자 부채</translation>
    </message>
    <message>
        <source>Held on chain</source>
        <translation>체인 보유액</translation>
    </message>
    <message>
        <source>“Partly elsewhere”: part of what users hold did not come in over a chain (opening balances, adjustments, assets without a network) and is backed by the holdings on the Master wallet tab.</source>
        <translation>“일부는 다른 곳”: 사용자 보유분 중 일부는 체인을 통해 들어오지 않았으며(초기 잔액, 조정, 네트워크가 없는 자산) 마스터 지갑 탭의 보유액으로 뒷받침됩니다.</translation>
    </message>
    <message>
        <source>Deposits not yet swept to the hot wallet</source>
        <translation>아직 핫월렛으로 옮기지 않은 입금</translation>
    </message>
    <message>
        <source>Sweeping</source>
        <translation>이동 중</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Every credited deposit has been swept.</source>
        <translation>반영된 모든 입금이 옮겨졌습니다.</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Create your account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>It takes a minute. You can verify your identity later.</source>
        <translation>1분이면 됩니다. 본인 인증은 나중에 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>3–32 characters: a–z, 0–9, _ and dot.</source>
        <translation>3~32자: a–z, 0–9, _ 및 마침표.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>다른 사람에게 보이는 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>At least 10 characters; not a common password and not your username.</source>
        <translation>10자 이상, 흔한 비밀번호나 사용자 이름은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>이메일 (선택)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>전화번호 (선택)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>만드는 중…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>이미 계정이 있으신가요?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>ResultsBar</name>
    <message>
        <source>For %1</source>
        <translation>찬성 %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>반대 %1</translation>
    </message>
    <message>
        <source>Abstain %1</source>
        <translation>기권 %1</translation>
    </message>
    <message>
        <source>Quorum %1</source>
        <translation>정족수 %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>by %1 · %2 · live: %3</source>
        <translation>개발자 %1 · %2 · 게시 버전: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>요청 권한: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>네트워크: %1</translation>
    </message>
    <message>
        <source>none (only its own files)</source>
        <translation>없음 (자체 파일만)</translation>
    </message>
    <message>
        <source>Payments go to organisation %1 in %2</source>
        <translation>결제는 %2(으)로 조직 %1에 지급됩니다</translation>
    </message>
    <message>
        <source>Reason (needed to reject or suspend)</source>
        <translation>사유 (거절 또는 정지 시 필수)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Roll back to this</source>
        <translation>이 버전으로 되돌리기</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>정지 해제</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Commit more</source>
        <translation>추가 참여</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Commit again</source>
        <translation>다시 참여</translation>
    </message>
    <message>
        <source>Commit %1 %2</source>
        <translation>%1 %2 참여</translation>
    </message>
    <message>
        <source>%1 · %2 · listed for @%3</source>
        <translation>%1 · %2 · 파트너 @%3</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>%1 %2 per %3</source>
        <translation>%3당 %1 %2</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>판매 수량</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>참여 금액</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>1인당</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Up to %1 %2</source>
        <translation>최대 %1 %2</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>판매됨</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>참여 조건</translation>
    </message>
    <message>
        <source>No identity verification needed.</source>
        <translation>본인 인증이 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Verification: %1 (you have it).</source>
        <translation>인증: %1 (충족).</translation>
    </message>
    <message>
        <source>Verification: %1 (you do not have it yet).</source>
        <translation>인증: %1 (아직 미충족).</translation>
    </message>
    <message>
        <source>No staking needed.</source>
        <translation>스테이킹이 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>At least %1 AZC staked (active stakes) when you commit.</source>
        <translation>참여 시점에 최소 %1 AZC 스테이킹 (활성 스테이킹 기준).</translation>
    </message>
    <message>
        <source>Stake AZC</source>
        <translation>AZC 스테이킹</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>지급 일정</translation>
    </message>
    <message>
        <source>%1 % when the sale ends (%2)</source>
        <translation>세일 종료 시 %1% (%2)</translation>
    </message>
    <message>
        <source>%1 % %2 after the end (%3)</source>
        <translation>종료 %2 후 %1% (%3)</translation>
    </message>
    <message>
        <source>You committed %1 %2</source>
        <translation>참여 금액: %1 %2</translation>
    </message>
    <message>
        <source>held in your wallet until the sale ends</source>
        <translation>세일 종료 시까지 지갑에 보류됨</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불액</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>지급됨</translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4</source>
        <translation>%2 %3 중 %1 · %4</translation>
    </message>
    <message>
        <source>Commit (%1)</source>
        <translation>참여 금액 (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>Commit %1 %2 to this sale? It is held in your wallet until the sale ends. Then you pay for the tokens you are allocated, at %3 %2 per %4, and the rest comes back to you.</source>
        <translation>이 세일에 %1 %2을(를) 참여할까요? 세일이 끝날 때까지 지갑에 보류됩니다. 그 후 배정받은 토큰 대금을 %4당 %3 %2에 지불하고, 나머지는 돌려받습니다.</translation>
    </message>
    <message>
        <source>Committed. Your %1 %2 is held until the sale ends.</source>
        <translation>참여했습니다. %1 %2은(는) 세일이 끝날 때까지 보류됩니다.</translation>
    </message>
</context>
<context>
    <name>SaleListingForm</name>
    <message>
        <source>List a token sale</source>
        <translation>토큰 세일 등록</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>List again</source>
        <translation>다시 등록</translation>
    </message>
    <message>
        <source>List the sale</source>
        <translation>세일 등록</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>토큰 이름</translation>
    </message>
    <message>
        <source>Decimals (new token)</source>
        <translation>소수 자릿수 (새 토큰)</translation>
    </message>
    <message>
        <source>Priced in</source>
        <translation>가격 표시 자산</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>토큰당 가격</translation>
    </message>
    <message>
        <source>Tokens on sale</source>
        <translation>판매 토큰 수량</translation>
    </message>
    <message>
        <source>Per-person cap (empty: none)</source>
        <translation>1인당 한도 (비우면 없음)</translation>
    </message>
    <message>
        <source>Verification level (0–3)</source>
        <translation>인증 등급 (0~3)</translation>
    </message>
    <message>
        <source>AZC staked at least</source>
        <translation>최소 AZC 스테이킹 수량</translation>
    </message>
    <message>
        <source>Opens (local time)</source>
        <translation>시작 (현지 시간)</translation>
    </message>
    <message>
        <source>Closes (local time)</source>
        <translation>마감 (현지 시간)</translation>
    </message>
    <message>
        <source>Vesting (days:%)</source>
        <translation>베스팅 (일:%)</translation>
    </message>
    <message>
        <source>Partner (username)</source>
        <translation>파트너 (사용자 이름)</translation>
    </message>
    <message>
        <source>Platform share, %</source>
        <translation>플랫폼 몫, %</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sent</source>
        <translation>송금 완료</translation>
    </message>
    <message>
        <source>Confirm the transfer</source>
        <translation>송금 확인</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>송금하기</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>Memo (optional, the recipient sees it)</source>
        <translation>메모 (선택, 받는 사람에게 표시됨)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Total you pay</source>
        <translation>총 지불액</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Left of your 24-hour limit</source>
        <translation>24시간 한도 잔여</translation>
    </message>
    <message>
        <source>Per transfer at most</source>
        <translation>1회 최대</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>인증 앱 코드</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need it.</source>
        <translation>%1 %2 초과 송금에는 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Send %1 %2</source>
        <translation>%1 %2 보내기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>Signed-in devices</source>
        <translation>로그인된 기기</translation>
    </message>
    <message>
        <source>Sign out any device you do not recognise.</source>
        <translation>모르는 기기는 로그아웃하세요.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>다른 기기 모두 로그아웃</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>이름 없는 기기</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>이 기기</translation>
    </message>
    <message>
        <source>Signed in %1 · last active %2</source>
        <translation>%1 로그인 · 최근 활동 %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>No sessions to show.</source>
        <translation>표시할 세션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>지갑</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>P2P</translation>
    </message>
    <message>
        <source>Mini programs</source>
        <translation>미니 프로그램</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>거버넌스</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>고객지원</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>본인 인증</translation>
    </message>
    <message>
        <source>Profile &amp; security</source>
        <translation>프로필 및 보안</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>재무</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>수익 상품</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <source>Partner console</source>
        <translation>파트너 콘솔</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Welcome back</source>
        <translation>다시 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Sign in to your AZCoiner account.</source>
        <translation>AZCoiner 계정에 로그인하세요.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>예: alice</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>6자리 코드 또는 복구 코드</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>New to AZCoiner?</source>
        <translation>AZCoiner가 처음이신가요?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>계정 만들기</translation>
    </message>
</context>
<context>
    <name>SplashPage</name>
    <message>
        <source>Restoring your session…</source>
        <translation>세션을 복원하는 중…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>서버에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>StakeDialog</name>
    <message>
        <source>Staked</source>
        <translation>스테이킹 완료</translation>
    </message>
    <message>
        <source>Stake in %1</source>
        <translation>%1 스테이킹</translation>
    </message>
    <message>
        <source>Confirm your stake</source>
        <translation>스테이킹 확인</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>수량 (%1)</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>Earns %1 %2 a day</source>
        <translation>하루 %1 %2 수익</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>이율</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>일일 수익</translation>
    </message>
    <message>
        <source>The amount is held in your wallet and locked for %1. Leaving before then forfeits the rewards not yet paid.</source>
        <translation>이 수량은 지갑에 보류되며 %1 동안 잠깁니다. 그 전에 해지하면 아직 지급되지 않은 보상이 소멸됩니다.</translation>
    </message>
    <message>
        <source>The amount is held in your wallet while it earns. You can unstake any time; it then takes %1 to come back, earning nothing meanwhile.</source>
        <translation>수익이 발생하는 동안 이 수량은 지갑에 보류됩니다. 언제든 언스테이킹할 수 있으며, 이후 돌아오기까지 %1이(가) 걸리고 그동안은 수익이 없습니다.</translation>
    </message>
    <message>
        <source>The amount is held in your wallet while it earns. You can unstake any time and it comes back at once.</source>
        <translation>수익이 발생하는 동안 이 수량은 지갑에 보류됩니다. 언제든 언스테이킹할 수 있으며 즉시 돌아옵니다.</translation>
    </message>
    <message>
        <source>%1 %2 is staked and earning from now on.</source>
        <translation>%1 %2이(가) 스테이킹되어 지금부터 수익이 발생합니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Stake again</source>
        <translation>다시 스테이킹</translation>
    </message>
    <message>
        <source>Stake %1 %2</source>
        <translation>%1 %2 스테이킹</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>StakePositionRow</name>
    <message>
        <source>Rewards · %1</source>
        <translation>보상 · %1</translation>
    </message>
    <message>
        <source>Rewards not yet claimed</source>
        <translation>미수령 보상</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>수령</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>재스테이킹</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>언스테이킹</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>paid %1 %2</source>
        <translation>지급 %1 %2</translation>
    </message>
    <message>
        <source>forfeited %1 %2</source>
        <translation>소멸 %1 %2</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1까지 잠김</translation>
    </message>
    <message>
        <source>returns to your wallet on %1</source>
        <translation>%1에 지갑으로 반환</translation>
    </message>
</context>
<context>
    <name>StakingProductForm</name>
    <message>
        <source>New staking product</source>
        <translation>새 스테이킹 상품</translation>
    </message>
    <message>
        <source>Edit staking product</source>
        <translation>스테이킹 상품 수정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>자유형</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>고정형</translation>
    </message>
    <message>
        <source>Rate, % a year</source>
        <translation>연 이율, %</translation>
    </message>
    <message>
        <source>House margin, %</source>
        <translation>플랫폼 마진, %</translation>
    </message>
    <message>
        <source>Lock, days</source>
        <translation>잠금 기간, 일</translation>
    </message>
    <message>
        <source>Unbonding, hours</source>
        <translation>언본딩 기간, 시간</translation>
    </message>
    <message>
        <source>Minimum stake</source>
        <translation>최소 스테이킹 수량</translation>
    </message>
    <message>
        <source>Cap on the total (0: none)</source>
        <translation>총 한도 (0: 없음)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Open to new stakes</source>
        <translation>신규 스테이킹 허용</translation>
    </message>
    <message>
        <source>Closed to new stakes</source>
        <translation>신규 스테이킹 중단</translation>
    </message>
    <message>
        <source>A new rate applies from now: every stake is first brought up to date at the old one.</source>
        <translation>새 이율은 지금부터 적용됩니다. 모든 스테이킹은 먼저 지금까지의 보상을 기존 이율로 정산합니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>상품 만들기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>StakingProductTile</name>
    <message>
        <source>Minimum</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠금 기간</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>%1; leaving early forfeits unpaid rewards</source>
        <translation>%1, 중도 해지 시 미지급 보상 소멸</translation>
    </message>
    <message>
        <source>any time; %1 to unbond</source>
        <translation>언제든지, 언본딩 %1</translation>
    </message>
    <message>
        <source>any time, at once</source>
        <translation>언제든지 즉시</translation>
    </message>
    <message>
        <source>Staked</source>
        <translation>스테이킹 수량</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%2 %3 중 %1</translation>
    </message>
    <message>
        <source>You have %1 %2 here</source>
        <translation>내 스테이킹: %1 %2</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>스테이킹</translation>
    </message>
</context>
<context>
    <name>StakingView</name>
    <message>
        <source>%1 %2 of rewards staked again.</source>
        <translation>보상 %1 %2을(를) 다시 스테이킹했습니다.</translation>
    </message>
    <message>
        <source>%1 %2 of rewards paid to your wallet. The product would not take it as a new stake.</source>
        <translation>보상 %1 %2이(가) 지갑으로 지급되었습니다. 상품이 이를 신규 스테이킹으로 받지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 %2 of rewards paid to your wallet.</source>
        <translation>보상 %1 %2이(가) 지갑으로 지급되었습니다.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Rewards accrue every second from the reward pool. Flexible stakes can leave at any time; locked ones pay more.</source>
        <translation>보상은 보상 풀에서 매초 적립됩니다. 자유형은 언제든 해지할 수 있고, 고정형은 보상이 더 큽니다.</translation>
    </message>
    <message>
        <source>No staking products are open right now.</source>
        <translation>지금 이용 가능한 스테이킹 상품이 없습니다.</translation>
    </message>
    <message>
        <source>My stakes</source>
        <translation>내 스테이킹</translation>
    </message>
    <message>
        <source>Rewards shown to the last decimal, as a claim would pay them this second.</source>
        <translation>보상은 지금 이 순간 수령할 때 지급될 금액 그대로 소수점 마지막 자리까지 표시됩니다.</translation>
    </message>
    <message>
        <source>You have no stakes yet. Pick a product above to start earning.</source>
        <translation>아직 스테이킹이 없습니다. 위에서 상품을 골라 수익을 받아 보세요.</translation>
    </message>
</context>
<context>
    <name>StartupFailedPage</name>
    <message>
        <source>AZCoiner could not start</source>
        <translation>AZCoiner를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The built-in server did not start, so there is nothing to connect to.</source>
        <translation>내장 서버가 시작되지 않아 연결할 곳이 없습니다.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable, or start the app with --server to use a remote server.</source>
        <translation>데이터 폴더에 쓰기 권한이 있는지 확인하거나, 원격 서버를 쓰려면 --server 옵션으로 실행하세요.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>KYC review</source>
        <translation>KYC 심사</translation>
    </message>
    <message>
        <source>Withdrawal approvals</source>
        <translation>출금 승인</translation>
    </message>
    <message>
        <source>P2P appeals</source>
        <translation>P2P 이의 제기</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>사업자</translation>
    </message>
    <message>
        <source>Market disputes</source>
        <translation>마켓 분쟁</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swapped</source>
        <translation>교환 완료</translation>
    </message>
    <message>
        <source>Quick swap</source>
        <translation>빠른 교환</translation>
    </message>
    <message>
        <source>You pay with</source>
        <translation>지불 자산</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>받을 자산</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>수량 (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>받는 금액</translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <translation>%1 %2 지불</translation>
    </message>
    <message>
        <source>This quote has expired.</source>
        <translation>이 견적은 만료되었습니다.</translation>
    </message>
    <message>
        <source>Price held: %1 s left.</source>
        <translation>가격 유지: %1초 남음.</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>지불한 금액</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>받은 금액</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Refresh quote</source>
        <translation>견적 새로 받기</translation>
    </message>
    <message>
        <source>Get quote</source>
        <translation>견적 받기</translation>
    </message>
    <message>
        <source>Swap now (%1 s)</source>
        <translation>지금 교환 (%1초)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Swap</source>
        <translation>교환</translation>
    </message>
    <message>
        <source>Quotes hold for a few seconds; confirm before the time runs out.</source>
        <translation>견적은 몇 초 동안만 유지됩니다. 시간이 끝나기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>Swaps are paused for this point.</source>
        <translation>이 포인트의 교환이 일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>This point has no approved policy yet.</source>
        <translation>이 포인트에는 아직 승인된 정책이 없습니다.</translation>
    </message>
    <message>
        <source>The partner does not allow this direction at the moment.</source>
        <translation>파트너가 현재 이 방향을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>You give (%1)</source>
        <translation>지불할 수량 (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>새 견적</translation>
    </message>
    <message>
        <source>Get quote</source>
        <translation>견적 받기</translation>
    </message>
    <message>
        <source>You give</source>
        <translation>지불할 자산</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>받을 자산</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>교환 비율</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>오늘 남은 한도</translation>
    </message>
    <message>
        <source>This quote has run out. Get a new one.</source>
        <translation>이 견적은 만료되었습니다. 새 견적을 받으세요.</translation>
    </message>
    <message>
        <source>The answer was lost. Confirm again to learn the outcome; the swap will not be made twice.</source>
        <translation>응답을 받지 못했습니다. 결과를 확인하려면 다시 확인을 누르세요. 교환이 두 번 처리되지 않습니다.</translation>
    </message>
    <message>
        <source>Valid for %1</source>
        <translation>%1 동안 유효</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Confirm: get %1 %2</source>
        <translation>확인: %1 %2 받기</translation>
    </message>
</context>
<context>
    <name>SwapRow</name>
    <message>
        <source>%1 %2 → %3 %4</source>
        <translation>%1 %2 → %3 %4</translation>
    </message>
    <message>
        <source>fee %1 %2</source>
        <translation>수수료 %1 %2</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>TradeErrors</name>
    <message>
        <source>The price must be above zero and a multiple of the market&apos;s tick size.</source>
        <translation>가격은 0보다 크고 마켓 호가 단위의 배수여야 합니다.</translation>
    </message>
    <message>
        <source>The order is too small: its value must be at least the market&apos;s minimum (%1).</source>
        <translation>주문이 너무 작습니다: 금액이 마켓 최소 금액(%1) 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The quantity must be above zero and a multiple of the market&apos;s lot size.</source>
        <translation>수량은 0보다 크고 마켓 수량 단위의 배수여야 합니다.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this.</source>
        <translation>사용 가능 잔액이 부족합니다.</translation>
    </message>
    <message>
        <source>The quote has expired. Get a new one.</source>
        <translation>견적이 만료되었습니다. 새 견적을 받으세요.</translation>
    </message>
    <message>
        <source>This quote was used already.</source>
        <translation>이미 사용한 견적입니다.</translation>
    </message>
    <message>
        <source>Tick and lot size cannot change once a market exists.</source>
        <translation>마켓이 생긴 뒤에는 호가 단위와 수량 단위를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The market does not take this order right now (halted or cancel-only).</source>
        <translation>지금은 이 마켓이 주문을 받지 않습니다(정지 또는 취소만 가능).</translation>
    </message>
    <message>
        <source>The amount is below the smallest swap this pair allows.</source>
        <translation>이 쌍의 최소 교환 금액보다 적습니다.</translation>
    </message>
    <message>
        <source>The amount must be a multiple of %1.</source>
        <translation>금액은 %1의 배수여야 합니다.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>0보다 큰 금액을 입력하세요. 예: 12.5</translation>
    </message>
    <message>
        <source>There is not enough liquidity for this amount right now. Try a smaller one.</source>
        <translation>지금은 이 금액에 대한 유동성이 부족합니다. 더 적은 금액으로 시도하세요.</translation>
    </message>
    <message>
        <source>The exchange&apos;s liquidity provider did not fill the swap (%1). Nothing was booked.</source>
        <translation>거래소의 유동성 공급자가 교환을 체결하지 않았습니다(%1). 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>The exchange&apos;s liquidity provider is not available right now.</source>
        <translation>지금은 거래소의 유동성 공급자를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>This order was already sent with different details. Check your open orders.</source>
        <translation>이 주문은 다른 내용으로 이미 전송되었습니다. 미체결 주문을 확인하세요.</translation>
    </message>
    <message>
        <source>The server does not offer this yet.</source>
        <translation>서버가 아직 이 기능을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Try again: it will not be done twice.</source>
        <translation>응답 전에 연결이 끊겼습니다. 다시 시도하세요. 두 번 처리되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Quick swap</source>
        <translation>빠른 교환</translation>
    </message>
</context>
<context>
    <name>TradeTape</name>
    <message>
        <source>Trades</source>
        <translation>체결</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>No trades yet.</source>
        <translation>아직 거래가 없습니다.</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>Master wallet</source>
        <translation>마스터 지갑</translation>
    </message>
    <message>
        <source>Fees &amp;&amp; limits</source>
        <translation>수수료 &amp;&amp; 한도</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>잔액 조정</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>재무</translation>
    </message>
    <message>
        <source>What the platform owes and holds, what it earns, and the rules money moves by.</source>
        <translation>플랫폼의 부채와 보유 자산, 수익, 그리고 자금 이동 규칙입니다.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>대사</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <source>Earn &amp;&amp; launchpad</source>
        <translation>수익 상품 &amp;&amp; 런치패드</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; points</source>
        <translation>파트너 &amp;&amp; 포인트</translation>
    </message>
</context>
<context>
    <name>TreasuryWords</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>재무 계정</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>핫월렛</translation>
    </message>
    <message>
        <source>Liquidity provider</source>
        <translation>유동성 공급자</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>송금</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>스왑</translation>
    </message>
    <message>
        <source>Spot (maker)</source>
        <translation>현물 (메이커)</translation>
    </message>
    <message>
        <source>Spot (taker)</source>
        <translation>현물 (테이커)</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>P2P</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
</context>
<context>
    <name>TwoFactorCard</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>2단계 인증</translation>
    </message>
    <message>
        <source>On. Signing in asks for a code from your authenticator app.</source>
        <translation>사용 중. 로그인할 때 인증 앱의 코드를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Off. Add a second step to signing in with an authenticator app.</source>
        <translation>사용 안 함. 인증 앱으로 로그인에 두 번째 단계를 추가하세요.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>2단계 인증 설정</translation>
    </message>
    <message>
        <source>Add this key to your authenticator app (or open the link on a device that has one), then enter the code it shows.</source>
        <translation>이 키를 인증 앱에 추가하거나(또는 인증 앱이 있는 기기에서 링크를 열고) 앱에 표시된 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>비밀 키</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>설정 링크</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6자리 코드</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Keep these recovery codes somewhere safe: each works once if you lose your phone. They are not shown again.</source>
        <translation>2단계 인증이 켜졌습니다. 이 복구 코드를 안전한 곳에 보관하세요. 휴대폰을 잃어버렸을 때 각 코드는 한 번만 쓸 수 있으며, 다시 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>I have saved them</source>
        <translation>저장했습니다</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Code or recovery code</source>
        <translation>코드 또는 복구 코드</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>끄기</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Private and group conversations, with payments inside chats.</source>
        <translation>1:1 및 그룹 대화와 채팅 내 결제.</translation>
    </message>
    <message>
        <source>Balances, deposits, withdrawals and transfers.</source>
        <translation>잔액, 입금, 출금, 송금.</translation>
    </message>
    <message>
        <source>Spot trading with an order book.</source>
        <translation>호가창 기반 현물 거래.</translation>
    </message>
    <message>
        <source>Person-to-person offers with escrow.</source>
        <translation>에스크로를 통한 개인 간 거래.</translation>
    </message>
    <message>
        <source>Mini programs from partners, running inside AZCoiner.</source>
        <translation>AZCoiner 안에서 실행되는 파트너 미니 프로그램.</translation>
    </message>
    <message>
        <source>Proposals and voting.</source>
        <translation>제안과 투표.</translation>
    </message>
    <message>
        <source>%1 is not available yet</source>
        <translation>%1 기능은 아직 제공되지 않습니다</translation>
    </message>
    <message>
        <source>This part of AZCoiner has not been built in this version, so there is nothing to show here. Nothing on this page is simulated.</source>
        <translation>이 버전에는 AZCoiner의 이 부분이 아직 만들어지지 않아 표시할 내용이 없습니다. 이 페이지에는 가짜로 꾸민 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>아직 제공되지 않음</translation>
    </message>
</context>
<context>
    <name>UnstakeDialog</name>
    <message>
        <source>Unstake %1 %2?</source>
        <translation>%1 %2을(를) 언스테이킹할까요?</translation>
    </message>
    <message>
        <source>This stake is locked until %1. Leaving now forfeits the rewards not yet paid: %2 %3 at this moment.</source>
        <translation>이 스테이킹은 %1까지 잠겨 있습니다. 지금 해지하면 아직 지급되지 않은 보상이 소멸됩니다: 현재 %2 %3.</translation>
    </message>
    <message>
        <source>Your rewards so far (%1 %2) stay yours: claim them whenever you like.</source>
        <translation>지금까지의 보상(%1 %2)은 그대로 내 것입니다. 원할 때 언제든 수령하세요.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and returns to your available balance after the product&apos;s unbonding period.</source>
        <translation>%1 %2은(는) 지금부터 수익이 멈추고, 상품의 언본딩 기간이 지나면 사용 가능 잔액으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and stays held for %3 (unbonding), then returns to your available balance.</source>
        <translation>%1 %2은(는) 지금부터 수익이 멈추고 %3 동안 보류(언본딩)된 후 사용 가능 잔액으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and returns to your available balance right away.</source>
        <translation>%1 %2은(는) 지금부터 수익이 멈추고 즉시 사용 가능 잔액으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Keep earning</source>
        <translation>계속 유지</translation>
    </message>
    <message>
        <source>Unstake and forfeit</source>
        <translation>보상 포기하고 언스테이킹</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>언스테이킹</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User management</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <source>Roles and freezes take effect at once and are written to the audit log.</source>
        <translation>역할 변경과 동결은 즉시 적용되며 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation>이름, 사용자 이름, 이메일로 검색</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>본인 인증</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(나)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>미인증</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>동결됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>동결 해제</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%2명 중 %1명 표시</translation>
    </message>
</context>
<context>
    <name>VerifyBalanceView</name>
    <message>
        <source>Back to wallet</source>
        <translation>지갑으로 돌아가기</translation>
    </message>
    <message>
        <source>Verify my balance is included</source>
        <translation>내 잔액 포함 여부 검증</translation>
    </message>
    <message>
        <source>AZCoiner publishes a fingerprint (a Merkle sum tree) of everything it owes its users. Your app checks here, without trusting the server, that your balance is counted in it.</source>
        <translation>AZCoiner는 사용자에게 지급해야 할 모든 금액의 지문(Merkle 합계 트리)을 공개합니다. 앱은 서버를 신뢰하지 않고도 내 잔액이 여기에 포함되었는지 직접 확인합니다.</translation>
    </message>
    <message>
        <source>Latest published snapshot</source>
        <translation>최근 공개된 스냅샷</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation>%2 님이 %1에 공개</translation>
    </message>
    <message>
        <source>No proof of reserves has been published yet.</source>
        <translation>아직 공개된 준비금 증명이 없습니다.</translation>
    </message>
    <message>
        <source>Owed to users: %1 %2</source>
        <translation>사용자 부채: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>계정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>root %1</source>
        <translation>루트 %1</translation>
    </message>
    <message>
        <source>Check my balance</source>
        <translation>내 잔액 확인</translation>
    </message>
    <message>
        <source>Pick an asset. The proof is fetched and verified on this computer.</source>
        <translation>자산을 선택하세요. 증명을 받아 이 컴퓨터에서 검증합니다.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>검증 실패</translation>
    </message>
    <message>
        <source>Not in this snapshot</source>
        <translation>이 스냅샷에 없음</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Your balance in the tree</source>
        <translation>트리에 기록된 내 잔액</translation>
    </message>
    <message>
        <source>Path to the root</source>
        <translation>루트까지 경로</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) among %1 accounts</source>
        <translation>
            <numerusform>계정 %1개 중 %n단계</numerusform>
        </translation>
    </message>
    <message>
        <source>Published total</source>
        <translation>공개된 합계</translation>
    </message>
    <message>
        <source>Published root</source>
        <translation>공개된 루트</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote %1?</source>
        <translation>%1 투표를 할까요?</translation>
    </message>
    <message>
        <source>On #%1 %2</source>
        <translation>대상: #%1 %2</translation>
    </message>
    <message>
        <source>Your vote weighs %1 %2: your stake when voting opened. Staking more now would not change it.</source>
        <translation>내 투표의 가중치는 %1 %2입니다. 투표 시작 시점의 스테이킹 수량이며, 지금 더 스테이킹해도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>You can change your vote until voting ends.</source>
        <translation>투표가 끝날 때까지 투표를 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>%1 투표</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>지갑</translation>
    </message>
    <message>
        <source>Your balances and everything that moved them.</source>
        <translation>내 잔액과 잔액을 바꾼 모든 내역입니다.</translation>
    </message>
    <message>
        <source>Verify my balance</source>
        <translation>내 잔액 검증</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>History</source>
        <translation>내역</translation>
    </message>
    <message>
        <source>Loading older entries…</source>
        <translation>이전 내역을 불러오는 중…</translation>
    </message>
    <message>
        <source>That is all of your %1 history.</source>
        <translation>%1 내역을 모두 불러왔습니다.</translation>
    </message>
    <message>
        <source>Nothing has moved your %1 balance yet.</source>
        <translation>아직 %1 잔액에 변동이 없습니다.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>No deposits yet. Press Deposit to see your address.</source>
        <translation>아직 입금이 없습니다. 입금을 눌러 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Deposits from a blockchain are not available yet.</source>
        <translation>블록체인 입금은 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>No withdrawals yet.</source>
        <translation>아직 출금이 없습니다.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>교환</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
</context>
<context>
    <name>WalletWords</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Balance adjustment</source>
        <translation>잔액 조정</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>컨펌 중</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>입금 완료</translation>
    </message>
    <message>
        <source>Dropped by the network</source>
        <translation>네트워크에서 취소됨</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>최소액 미만</translation>
    </message>
    <message>
        <source>%1/%2 confirmations. It is added to your balance when all are in.</source>
        <translation>%1/%2 컨펌. 모두 완료되면 잔액에 추가됩니다.</translation>
    </message>
    <message>
        <source>Added to your balance.</source>
        <translation>잔액에 추가되었습니다.</translation>
    </message>
    <message>
        <source>The block with this payment was replaced by the network before it was final, so the payment never happened. Nothing was added; send it again if your wallet shows it as failed.</source>
        <translation>이 결제가 담긴 블록이 확정되기 전에 네트워크에서 교체되어 결제가 이루어지지 않았습니다. 잔액에 추가된 것은 없습니다. 지갑에 실패로 표시되면 다시 보내세요.</translation>
    </message>
    <message>
        <source>This amount is below the minimum deposit, so it was not added to your balance. Contact support if you need it back.</source>
        <translation>최소 입금액보다 적어 잔액에 추가되지 않았습니다. 돌려받으려면 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>Sent to the network</source>
        <translation>네트워크로 전송됨</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdrawal requested</source>
        <translation>출금 요청됨</translation>
    </message>
    <message>
        <source>Withdraw to a blockchain address</source>
        <translation>블록체인 주소로 출금</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Pick an address from your address book →</source>
        <translation>주소록에서 주소를 고르세요 →</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>사용 가능: %1 %2</translation>
    </message>
    <message>
        <source>Minimum: %1 %2</source>
        <translation>최소: %1 %2</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>네트워크 수수료</translation>
    </message>
    <message>
        <source>Total you pay</source>
        <translation>총 지불액</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>필요한 승인 수</translation>
    </message>
    <message>
        <source>Left of your 24-hour limit</source>
        <translation>24시간 한도 잔여</translation>
    </message>
    <message>
        <source>Working out the fee…</source>
        <translation>수수료 계산 중…</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>인증 앱 코드</translation>
    </message>
    <message>
        <source>Withdrawals of this size need it.</source>
        <translation>이 금액의 출금에 필요합니다.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 is waiting for approval. The amount and the fee are held until it is sent; follow it under Withdrawals.</source>
        <translation>%3(으)로 보내는 %1 %2이(가) 승인을 기다리고 있습니다. 전송될 때까지 금액과 수수료가 보류되며, 출금 탭에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Withdraw again</source>
        <translation>다시 출금</translation>
    </message>
    <message>
        <source>Withdraw %1 %2</source>
        <translation>%1 %2 출금</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>주소록</translation>
    </message>
    <message>
        <source>You can only withdraw to saved addresses. A new one can be used after a waiting period, so a stolen session cannot empty your account.</source>
        <translation>저장된 주소로만 출금할 수 있습니다. 새 주소는 대기 기간 후에 사용할 수 있어, 세션이 도용되어도 계정을 비울 수 없습니다.</translation>
    </message>
    <message>
        <source>No saved addresses yet. Add the first one below.</source>
        <translation>저장된 주소가 없습니다. 아래에서 첫 주소를 추가하세요.</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>새 주소</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>e.g. My hardware wallet</source>
        <translation>예: 내 하드웨어 지갑</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>2FA code</source>
        <translation>2단계 인증 코드</translation>
    </message>
</context>
<context>
    <name>WithdrawalQueueView</name>
    <message>
        <source>Reject this withdrawal?</source>
        <translation>이 출금을 거절할까요?</translation>
    </message>
    <message>
        <source>The amount goes back to the user&apos;s balance. The user reads this reason; the audit log keeps it.</source>
        <translation>금액은 사용자 잔액으로 돌아갑니다. 사용자가 이 사유를 보게 되며 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Withdrawals waiting for approval</source>
        <translation>승인 대기 중인 출금</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1건 대기</translation>
    </message>
    <message>
        <source>fee %1 · total %2</source>
        <translation>수수료 %1 · 합계 %2</translation>
    </message>
    <message>
        <source>to %1 on %2</source>
        <translation>%2의 %1(으)로</translation>
    </message>
    <message>
        <source>Approvals %1/%2</source>
        <translation>승인 %1/%2</translation>
    </message>
    <message>
        <source>you approved it</source>
        <translation>내가 승인함</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>No withdrawal is waiting for approval.</source>
        <translation>승인을 기다리는 출금이 없습니다.</translation>
    </message>
</context>
<context>
    <name>WithdrawalRow</name>
    <message>
        <source>to %1</source>
        <translation>받는 주소 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Approvals: %1 of %2. The amount and the fee (%3 %4) are held meanwhile.</source>
        <translation>승인: %2건 중 %1건. 그동안 금액과 수수료(%3 %4)가 보류됩니다.</translation>
    </message>
    <message>
        <source>%1/%2 confirmations</source>
        <translation>%1/%2 컨펌</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>트랜잭션 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The transaction hash was copied.</source>
        <translation>트랜잭션 해시를 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::BotsModel</name>
    <message>
        <source>A bot&apos;s username has 4 to 32 characters (a–z, 0–9, _), starts with a letter and ends in “bot”.</source>
        <translation>봇의 사용자 이름은 4~32자(a–z, 0–9, _)이며 영문자로 시작하고 “bot”으로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>이미 사용 중인 사용자 이름입니다.</translation>
    </message>
    <message>
        <source>You can own at most 20 bots.</source>
        <translation>봇은 최대 20개까지 만들 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>azc::BridgeQuoteFlow</name>
    <message>
        <source>You paid %1 %2, of which %3 %2 was the fee, and received %4 %5.</source>
        <translation>%1 %2를 지불했고(수수료 %3 %2 포함) %4 %5를 받았습니다.</translation>
    </message>
    <message>
        <source>You gave %1 %2 and received %3 %4 after a fee of %5 %4.</source>
        <translation>%1 %2를 주고 수수료 %5 %4를 뺀 %3 %4를 받았습니다.</translation>
    </message>
</context>
<context>
    <name>azc::CallManager</name>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
</context>
<context>
    <name>azc::ChatMessagesModel</name>
    <message>
        <source>Deleted message</source>
        <translation>삭제된 메시지</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 님이 입력 중…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 님과 %2 님이 입력 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n명이 입력 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Message forwarded.</source>
        <translation>메시지를 전달했습니다.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>파일을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 님이 참여했습니다</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 님이 나갔습니다</translation>
    </message>
    <message>
        <source>%1 added a member</source>
        <translation>%1 님이 멤버를 추가했습니다</translation>
    </message>
    <message>
        <source>%1 removed a member</source>
        <translation>%1 님이 멤버를 내보냈습니다</translation>
    </message>
    <message>
        <source>%1 changed the conversation</source>
        <translation>%1 님이 대화 정보를 변경했습니다</translation>
    </message>
    <message>
        <source>%1 opened the trade: %2 for %3. The coins are in escrow.</source>
        <translation>%1 님이 거래를 시작했습니다: %3에 %2. 코인이 에스크로에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 marked %2 as paid.</source>
        <translation>%1 님이 %2을(를) 입금 완료로 표시했습니다.</translation>
    </message>
    <message>
        <source>%1 released %2. Trade completed.</source>
        <translation>%1 님이 %2을(를) 지급했습니다. 거래가 완료되었습니다.</translation>
    </message>
    <message>
        <source>%1 cancelled the trade. The escrow went back.</source>
        <translation>%1 님이 거래를 취소했습니다. 에스크로가 반환되었습니다.</translation>
    </message>
    <message>
        <source>Nobody paid in time: the trade expired and the escrow went back.</source>
        <translation>기한 내에 입금되지 않아 거래가 만료되고 에스크로가 반환되었습니다.</translation>
    </message>
    <message>
        <source>%1 appealed to support. Support has joined this chat.</source>
        <translation>%1 님이 고객지원에 이의를 제기했습니다. 고객지원이 이 채팅에 참여했습니다.</translation>
    </message>
    <message>
        <source>Support released %1 to the buyer.</source>
        <translation>고객지원이 구매자에게 %1을(를) 지급했습니다.</translation>
    </message>
    <message>
        <source>Support refunded %1 to the seller.</source>
        <translation>고객지원이 판매자에게 %1을(를) 환불했습니다.</translation>
    </message>
    <message>
        <source>%1 updated the trade.</source>
        <translation>%1 님이 거래를 업데이트했습니다.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>azc::CustodyAddressBookModel</name>
    <message>
        <source>Give the address a name, like “My hardware wallet”.</source>
        <translation>주소에 이름을 붙이세요. 예: “내 하드웨어 지갑”.</translation>
    </message>
    <message>
        <source>Saved. For your safety it can be used from %1.</source>
        <translation>저장했습니다. 안전을 위해 %1부터 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The address was removed from your address book.</source>
        <translation>주소록에서 주소를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Enter your password to save a new address.</source>
        <translation>새 주소를 저장하려면 비밀번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyNetworksModel</name>
    <message>
        <source>Check the field “%1”.</source>
        <translation>“%1” 항목을 확인하세요.</translation>
    </message>
    <message>
        <source>The network was saved.</source>
        <translation>네트워크를 저장했습니다.</translation>
    </message>
    <message>
        <source>The asset settings were saved.</source>
        <translation>자산 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>The withdrawal limit for level %1 was saved.</source>
        <translation>레벨 %1의 출금 한도를 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyWithdrawalRequest</name>
    <message>
        <source>Withdrawals of this size need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>이 금액의 출금에는 2단계 인증이 필요합니다. 프로필 및 보안에서 켜세요.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyWithdrawalsModel</name>
    <message>
        <source>The withdrawal was cancelled and the amount is available again.</source>
        <translation>출금이 취소되어 금액을 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your approval was recorded.</source>
        <translation>승인이 기록되었습니다.</translation>
    </message>
    <message>
        <source>Write the reason the user will see (at least 3 characters).</source>
        <translation>사용자가 볼 사유를 입력하세요(3자 이상).</translation>
    </message>
    <message>
        <source>Rejected. The amount was returned to the user, who was told why.</source>
        <translation>거절했습니다. 금액은 사용자에게 반환되었고 사유가 전달되었습니다.</translation>
    </message>
</context>
<context>
    <name>azc::ErrorSink</name>
    <message>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>비밀번호가 너무 짧습니다. 10자 이상 사용하세요.</translation>
    </message>
    <message>
        <source>This password is too common. Choose one that is harder to guess.</source>
        <translation>너무 흔한 비밀번호입니다. 추측하기 어려운 비밀번호를 고르세요.</translation>
    </message>
    <message>
        <source>The password must not contain your username.</source>
        <translation>비밀번호에 사용자 이름을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>This password is too weak.</source>
        <translation>비밀번호가 너무 약합니다.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>인증 앱의 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>That code is not valid. Check your authenticator app and try again.</source>
        <translation>유효하지 않은 코드입니다. 인증 앱을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This account is frozen. Contact support.</source>
        <translation>동결된 계정입니다. 고객지원에 문의하세요.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>이미 사용 중인 사용자 이름입니다.</translation>
    </message>
    <message>
        <source>Usernames have 3 to 32 characters: a–z, 0–9, _ and dot.</source>
        <translation>사용자 이름은 3~32자이며 a–z, 0–9, _ 및 마침표만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>이메일 주소가 올바르지 않은 것 같습니다.</translation>
    </message>
    <message>
        <source>That phone number does not look right.</source>
        <translation>전화번호가 올바르지 않은 것 같습니다.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>세션이 종료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Verify your identity (level %1) to use this.</source>
        <translation>이 기능을 쓰려면 본인 인증(%1등급)이 필요합니다.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>요청이 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state. Refresh and try again.</source>
        <translation>현재 상태에서는 할 수 없습니다. 새로 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG and PDF files can be uploaded.</source>
        <translation>PNG, JPEG, PDF 파일만 업로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>The file is too large (10 MB at most).</source>
        <translation>파일이 너무 큽니다 (최대 10MB).</translation>
    </message>
    <message>
        <source>The upload was damaged on the way. Try again.</source>
        <translation>업로드 중 파일이 손상되었습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>일부 정보가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>“%1” 항목을 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>서버가 제때 응답하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Reconnecting…</source>
        <translation>서버 연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Add at least one document.</source>
        <translation>서류를 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>Add at most six documents.</source>
        <translation>서류는 최대 6개까지 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>서버에 문제가 생겼습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>문제가 발생했습니다 (%1).</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>The balance does not cover this amount.</source>
        <translation>잔액이 이 금액보다 부족합니다.</translation>
    </message>
    <message>
        <source>This is above the transfer limit; %1 can still be sent in the next 24 hours.</source>
        <translation>송금 한도를 넘었습니다. 앞으로 24시간 동안 %1까지 더 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>This needs the 6-digit code from your authenticator app.</source>
        <translation>인증 앱의 6자리 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>There is no such asset.</source>
        <translation>해당 자산이 없습니다.</translation>
    </message>
    <message>
        <source>This asset is disabled for now.</source>
        <translation>이 자산은 현재 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>That amount is not valid for this asset (check the number of decimals).</source>
        <translation>이 자산에 맞지 않는 금액입니다 (소수점 자릿수를 확인하세요).</translation>
    </message>
    <message>
        <source>This request was already made with other details. Start again.</source>
        <translation>이 요청은 이미 다른 내용으로 처리되었습니다. 처음부터 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Too many wrong passwords or codes. Try again in %1.</source>
        <translation>잘못된 비밀번호나 코드를 너무 많이 입력했습니다. %1 후에 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>azc::GovernanceProposal</name>
    <message>
        <source>The published tally could not be read: %1</source>
        <translation>공개된 집계를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The tally&apos;s root is not the one the proposal published.</source>
        <translation>집계의 루트가 제안에 공개된 루트와 다릅니다.</translation>
    </message>
    <message>
        <source>Your vote could not be read.</source>
        <translation>내 투표를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Your vote is not in the published tally as you cast it.</source>
        <translation>공개된 집계에 내가 행사한 그대로의 투표가 없습니다.</translation>
    </message>
    <message>
        <source>The published tally does not add up: %1</source>
        <translation>공개된 집계의 합계가 맞지 않습니다: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>Your vote (%1, weight %2 %3) is counted: the %n published vote(s) rebuild the root and the totals.</source>
        <translation>
            <numerusform>내 투표(%1, 가중치 %2 %3)가 집계에 포함되어 있습니다. 공개된 투표 %n건으로 루트와 합계가 그대로 재구성됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You did not vote on this proposal.</source>
        <translation>이 제안에 투표하지 않았습니다.</translation>
    </message>
    <message>
        <source>The blockchain holds a different result for this proposal.</source>
        <translation>블록체인에 이 제안의 다른 결과가 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>against</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>기권</translation>
    </message>
</context>
<context>
    <name>azc::KycModel</name>
    <message>
        <source>Your documents were sent. Support will review them.</source>
        <translation>서류를 제출했습니다. 고객지원에서 심사합니다.</translation>
    </message>
</context>
<context>
    <name>azc::KycQueueModel</name>
    <message>
        <source>The case is assigned to you.</source>
        <translation>이 건이 나에게 배정되었습니다.</translation>
    </message>
    <message>
        <source>Approved. The user&apos;s verification level was raised.</source>
        <translation>승인했습니다. 사용자의 인증 등급이 올라갔습니다.</translation>
    </message>
    <message>
        <source>Rejected. The user was told why.</source>
        <translation>거절했습니다. 사용자에게 사유를 알렸습니다.</translation>
    </message>
    <message>
        <source>The user was asked to send new documents.</source>
        <translation>사용자에게 새 서류를 요청했습니다.</translation>
    </message>
    <message>
        <source>Write the reason the user will see.</source>
        <translation>사용자에게 보일 사유를 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>azc::MerchantConsole</name>
    <message>
        <source>%1 is set up. Send your business documents for verification to start taking payments.</source>
        <translation>%1 설정이 완료되었습니다. 결제를 받으려면 사업자 서류를 제출해 인증을 받으세요.</translation>
    </message>
    <message>
        <source>Your documents are with our team. You will be notified of the decision.</source>
        <translation>서류가 담당 팀에 전달되었습니다. 결과가 나오면 알려 드립니다.</translation>
    </message>
    <message>
        <source>Refunded %1 %2 to the customer&apos;s wallet.</source>
        <translation>고객의 지갑으로 %1 %2을(를) 환불했습니다.</translation>
    </message>
    <message>
        <source>Paid out %1 %2 to %3.</source>
        <translation>%3 님에게 %1 %2을(를) 정산했습니다.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>청구서 %1</translation>
    </message>
    <message>
        <source>Pay with AZCoiner: Wallet → Pay. Valid until %1.</source>
        <translation>AZCoiner로 결제: 지갑 → 결제. %1까지 유효.</translation>
    </message>
</context>
<context>
    <name>azc::P2pPaymentMethodsModel</name>
    <message>
        <source>Fill in every field of the payment method (at most 128 characters each).</source>
        <translation>결제 수단의 모든 항목을 입력하세요 (항목당 최대 128자).</translation>
    </message>
</context>
<context>
    <name>azc::P2pTradeSession</name>
    <message>
        <source>The proof could not be uploaded: %1</source>
        <translation>증빙을 업로드하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>azc::PaymentCheckout</name>
    <message>
        <source>This is not an AZCoiner payment code.</source>
        <translation>AZCoiner 결제 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in this picture.</source>
        <translation>이 이미지에서 QR 코드나 바코드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation>앱에서 읽을 수 있는 이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the amount to pay.</source>
        <translation>결제할 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>0보다 큰 금액을 입력하세요. 예: 12.5</translation>
    </message>
    <message>
        <source>This payment code is unknown. Ask the merchant for a new one.</source>
        <translation>알 수 없는 결제 코드입니다. 가맹점에 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <source>This invoice is already paid.</source>
        <translation>이미 결제된 청구서입니다.</translation>
    </message>
    <message>
        <source>This invoice has expired. Ask the merchant for a new one.</source>
        <translation>만료된 청구서입니다. 가맹점에 새 청구서를 요청하세요.</translation>
    </message>
    <message>
        <source>The merchant cancelled this invoice.</source>
        <translation>가맹점이 이 청구서를 취소했습니다.</translation>
    </message>
    <message>
        <source>This invoice is being paid right now.</source>
        <translation>이 청구서는 지금 결제가 진행 중입니다.</translation>
    </message>
    <message>
        <source>This merchant cannot take payments right now.</source>
        <translation>이 가맹점은 지금 결제를 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>This invoice cannot be paid.</source>
        <translation>이 청구서는 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover this payment.</source>
        <translation>사용 가능한 %1 잔액이 이 결제 금액보다 부족합니다.</translation>
    </message>
    <message>
        <source>This is above your payment limit (%1 %2). You can still pay %3 %2 in the next 24 hours.</source>
        <translation>결제 한도(%1 %2)를 넘었습니다. 앞으로 24시간 동안 %3 %2까지 더 결제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Payments of this size need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>이 금액의 결제에는 2단계 인증이 필요합니다. 프로필 및 보안에서 켜세요.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>인증 앱의 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press Pay again: it will not be paid twice.</source>
        <translation>응답을 받기 전에 연결이 끊겼습니다. 결제를 다시 누르세요. 두 번 결제되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>azc::ProgramDeveloperConsole</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Create your signing key first.</source>
        <translation>먼저 서명 키를 만드세요.</translation>
    </message>
    <message>
        <source>Uploading %1 %2…</source>
        <translation>%1 %2 업로드 중…</translation>
    </message>
    <message>
        <source>%1 %2 is waiting for review.</source>
        <translation>%1 %2 심사 대기 중입니다.</translation>
    </message>
</context>
<context>
    <name>azc::ProgramSession</name>
    <message>
        <source>This mini program tried to break out of its sandbox and was stopped.</source>
        <translation>이 미니 프로그램이 샌드박스를 벗어나려고 해서 중지되었습니다.</translation>
    </message>
    <message>
        <source>AZCoiner suspended this mini program. It was closed.</source>
        <translation>AZCoiner가 이 미니 프로그램을 정지했습니다. 프로그램이 종료되었습니다.</translation>
    </message>
    <message>
        <source>This mini program is larger than allowed.</source>
        <translation>이 미니 프로그램은 허용된 크기를 초과합니다.</translation>
    </message>
    <message>
        <source>This mini program&apos;s files are not the ones AZCoiner reviewed, so it was not started.</source>
        <translation>이 미니 프로그램의 파일이 AZCoiner가 심사한 파일과 달라 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>This mini program&apos;s files cannot be read.</source>
        <translation>이 미니 프로그램의 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>인증 앱의 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in this picture.</source>
        <translation>이 이미지에서 QR 코드나 바코드를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::ProposalComposer</name>
    <message>
        <source>Name the recipient and the amount the fund pays.</source>
        <translation>받는 사람과 기금에서 지급할 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>The fee rate is a percentage with at most 6 decimals.</source>
        <translation>수수료율은 소수점 이하 최대 6자리의 퍼센트입니다.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>마켓을 선택하세요.</translation>
    </message>
    <message>
        <source>The new rate is a percentage with at most 2 decimals.</source>
        <translation>새 이율은 소수점 이하 최대 2자리의 퍼센트입니다.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>알 수 없는 실행 유형입니다.</translation>
    </message>
</context>
<context>
    <name>azc::ReserveProofModel</name>
    <message>
        <source>The proof is not about your account.</source>
        <translation>이 증명은 내 계정에 대한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The proof contains a negative balance, which would hide liabilities.</source>
        <translation>증명에 음수 잔액이 있어 부채를 숨길 수 있습니다.</translation>
    </message>
    <message>
        <source>The sums in the proof overflow.</source>
        <translation>증명의 합계가 오버플로됩니다.</translation>
    </message>
    <message>
        <source>Rebuilding the tree from your balance does not give the published root.</source>
        <translation>내 잔액으로 트리를 다시 만들면 공개된 루트와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Rebuilding the tree from your balance does not give the published total.</source>
        <translation>내 잔액으로 트리를 다시 만들면 공개된 합계와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The proof is malformed.</source>
        <translation>증명 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The proof belongs to another snapshot than the published one.</source>
        <translation>증명이 공개된 스냅샷이 아닌 다른 스냅샷의 것입니다.</translation>
    </message>
    <message>
        <source>The proof counts %1 in other units than the published snapshot.</source>
        <translation>증명이 %1을(를) 공개된 스냅샷과 다른 단위로 계산합니다.</translation>
    </message>
    <message>
        <source>The proof&apos;s root is not the published root.</source>
        <translation>증명의 루트가 공개된 루트와 다릅니다.</translation>
    </message>
    <message>
        <source>The proof&apos;s total is not the published total.</source>
        <translation>증명의 합계가 공개된 합계와 다릅니다.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Your balance of %1 %2 is included in the snapshot of %3, root %4</source>
        <translation>내 잔액(%1 %2)은 %3 스냅샷(루트 %4)에 포함되어 있습니다</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>검증 실패: %1</translation>
    </message>
    <message>
        <source>You held no %1 when this snapshot was taken, so it has no entry for you.</source>
        <translation>이 스냅샷을 만들 때 %1을(를) 보유하지 않아 내 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The proof could not be fetched: %1</source>
        <translation>증명을 가져오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>azc::ReviewDocuments</name>
    <message>
        <source>This case has no documents.</source>
        <translation>이 건에는 서류가 없습니다.</translation>
    </message>
    <message>
        <source>The document could not be loaded.</source>
        <translation>서류를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>PDF documents cannot be previewed here yet (%1 KB).</source>
        <translation>PDF 서류는 아직 여기서 미리 볼 수 없습니다 (%1 KB).</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation>표시할 수 있는 이미지가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>azc::Session</name>
    <message>
        <source>Profile saved.</source>
        <translation>프로필을 저장했습니다.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>비밀번호를 변경했습니다. 다른 세션은 로그아웃되었습니다.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>2단계 인증을 껐습니다.</translation>
    </message>
</context>
<context>
    <name>azc::SessionsModel</name>
    <message>
        <source>The session was signed out.</source>
        <translation>세션을 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>Signed out 1 other session.</source>
        <translation>다른 세션 1개를 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>Signed out %1 other sessions.</source>
        <translation>다른 세션 %1개를 로그아웃했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::SwapSession</name>
    <message>
        <source>Only part of your amount could be swapped; the rest stayed in your wallet. You received %1 %2 instead of the quoted %3 %2.</source>
        <translation>금액의 일부만 교환되었고 나머지는 지갑에 남았습니다. 견적의 %3 %2 대신 %1 %2를 받았습니다.</translation>
    </message>
    <message>
        <source>The market moved before the swap went through, so the price changed: you received %1 %2 instead of the quoted %3 %2.</source>
        <translation>교환이 처리되기 전에 시세가 움직여 가격이 바뀌었습니다. 견적의 %3 %2 대신 %1 %2를 받았습니다.</translation>
    </message>
    <message>
        <source>Swapped at the quoted price.</source>
        <translation>견적 가격으로 교환되었습니다.</translation>
    </message>
</context>
<context>
    <name>azc::TrayNotifier</name>
    <message>
        <source>AZCoiner: %1 unread</source>
        <translation>AZCoiner: 읽지 않음 %1개</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryAdjustmentsModel</name>
    <message>
        <source>Give a reason of at least 5 characters: the approver and the audit log read it.</source>
        <translation>사유를 5자 이상 입력하세요. 승인자가 읽고 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Adjustment requested. Another admin must approve it.</source>
        <translation>조정을 요청했습니다. 다른 관리자가 승인해야 합니다.</translation>
    </message>
    <message>
        <source>Adjustment approved: the balance has changed.</source>
        <translation>조정을 승인했습니다. 잔액이 변경되었습니다.</translation>
    </message>
    <message>
        <source>Not approved: %1.</source>
        <translation>승인되지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the audit log.</source>
        <translation>사유를 입력하세요. 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>Adjustment rejected.</source>
        <translation>조정을 거절했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryFeesModel</name>
    <message>
        <source>Fee for %1 %2 saved.</source>
        <translation>%1 %2 수수료를 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryLimitsModel</name>
    <message>
        <source>Limits for %1 at level %2 saved.</source>
        <translation>%1의 %2등급 한도를 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryOverviewModel</name>
    <message>
        <source>Proof of reserves published. Users can now check that they are included.</source>
        <translation>준비금 증명을 공개했습니다. 이제 사용자가 자신이 포함되었는지 확인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>azc::UsersModel</name>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 님은 이제 %2입니다.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the audit log.</source>
        <translation>사유를 입력하세요. 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>%1 is frozen.</source>
        <translation>%1 님을 동결했습니다.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 님이 다시 활성화되었습니다.</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>support staff</source>
        <translation>고객지원 담당자</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>일반 사용자</translation>
    </message>
</context>
<context>
    <name>azc::WalletHistoryModel</name>
    <message>
        <source>AZCoiner</source>
        <translation>AZCoiner</translation>
    </message>
</context>
<context>
    <name>azc::WalletTransfer</name>
    <message>
        <source>Enter the username of the person you are paying.</source>
        <translation>받는 사람의 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>You cannot send money to yourself.</source>
        <translation>자기 자신에게는 송금할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1은(는) 소수점 이하 최대 %2자리까지 가능합니다.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>0보다 큰 금액을 입력하세요(예: 12.5).</translation>
    </message>
    <message>
        <source>There is no AZCoiner user named “%1”.</source>
        <translation>AZCoiner에 “%1” 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>@%1 cannot receive money right now.</source>
        <translation>@%1 님은 지금 송금을 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover the amount and the fee.</source>
        <translation>사용 가능한 %1 잔액이 금액과 수수료보다 부족합니다.</translation>
    </message>
    <message>
        <source>Sending %1 is not available at your verification level. Verify your identity to unlock it.</source>
        <translation>현재 인증 등급에서는 %1을(를) 보낼 수 없습니다. 본인 인증을 하면 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>This is above your limit (%1 %2). You can still send %3 %2 in the next 24 hours.</source>
        <translation>한도(%1 %2)를 넘었습니다. 앞으로 24시간 동안 %3 %2까지 더 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>%1 %2 초과 송금에는 2단계 인증이 필요합니다. 프로필 및 보안에서 켜세요.</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need the 6-digit code from your authenticator app.</source>
        <translation>%1 %2 초과 송금에는 인증 앱의 6자리 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press Send again: it will not be sent twice.</source>
        <translation>응답을 받기 전에 연결이 끊겼습니다. 다시 보내기를 누르세요. 두 번 송금되지 않습니다.</translation>
    </message>
</context>
</TS>
