"""p1275-8: news agency (TTXVN, Cần Thơ): lactation rooms at firms, a seafood company in quận Bình Thủy, plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Xã hội | Y tế - Sức khỏe

Cần Thơ nhân rộng mô hình phòng vắt, trữ sữa tại doanh nghiệp

09/08/2024 14:25

Cần Thơ, 9/8 (TTXVN) - Liên đoàn Lao động thành phố Cần Thơ cho biết, đến cuối tháng 7/2024, thành phố có 64 doanh nghiệp bố trí phòng vắt, trữ sữa cho lao động nữ, gấp 2 lần so với năm 2020, đứng thứ 3 khu vực Đồng bằng sông Cửu Long, sau Long An và Tiền Giang.

Trong 7 tháng đầu năm, Liên đoàn Lao động thành phố đã hỗ trợ 14 doanh nghiệp xây dựng phòng, mỗi phòng 10 triệu đồng; gần ba chục doanh nghiệp khác tự đầu tư với tổng kinh phí khoảng 850 triệu đồng. Số lượt lao động nữ sử dụng các phòng vắt, trữ sữa tăng gấp ba lần so với năm trước.

Tại Khu công nghiệp Trà Nóc 1 và Trà Nóc 2 (quận Bình Thủy), Công ty cổ phần Thủy sản Sông Hậu Xanh có 2.150 lao động, trong đó 1.620 lao động nữ. Công ty bố trí 3 phòng vắt, trữ sữa, mỗi phòng có 4 chỗ ngồi, tủ lạnh và máy tiệt trùng bình sữa. Bà Trần Thị Mỹ Linh, Chủ tịch Công đoàn công ty, cho biết lao động nữ nuôi con nhỏ tại công ty được nghỉ 60 phút mỗi ngày, vẫn hưởng đủ lương.

Theo kế hoạch, đến cuối năm 2024, Liên đoàn Lao động thành phố dự kiến hỗ trợ thêm 10 doanh nghiệp, nâng tổng số lên 74 doanh nghiệp; mục tiêu đến năm 2025 có 100 doanh nghiệp có phòng vắt, trữ sữa, trong đó ít nhất 50% là doanh nghiệp ngoài khu công nghiệp.

Thanh Liêm (TTXVN)
"""

ASOF = per("đến cuối tháng 7/2024", None, "2024-07-31")
M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
E24 = per("đến cuối năm 2024", None, "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
BT = "Bình Thủy"

FIGS = [
    fig("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp",
        change=chg("increase", 2, "lần", "năm 2020"),
        subject="doanh nghiệp bố trí phòng vắt, trữ sữa cho lao động nữ", period=ASOF),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="doanh nghiệp bố trí phòng vắt, trữ sữa trong khu vực Đồng bằng sông Cửu Long", period=ASOF),
    fig("hỗ trợ 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp được Liên đoàn Lao động hỗ trợ xây dựng phòng", period=M7),
    fig("mỗi phòng 10 triệu", "10", 10e6, "money", "đồng/phòng",
        subject="mức hỗ trợ mỗi phòng", period=M7),
    fig("gần ba chục doanh nghiệp", "ba chục", 30, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp khác tự đầu tư phòng vắt, trữ sữa", period=M7),
    fig("khoảng 850 triệu", "850", 850e6, "money", "đồng", approx="about",
        subject="tổng kinh phí doanh nghiệp tự đầu tư", period=M7),
    fig("gấp ba lần", "ba", 3, "multiple", "lần",
        subject="số lượt lao động nữ sử dụng các phòng vắt, trữ sữa", period=inh(M7)),
    fig("có 2.150 lao động", "2.150", 2150, "count", "lao động",
        subject="lao động của Công ty cổ phần Thủy sản Sông Hậu Xanh", location=BT),
    fig("1.620 lao động nữ", "1.620", 1620, "count", "lao động nữ", total=2150,
        subject="lao động nữ của công ty", location=BT),
    fig("bố trí 3 phòng", "3", 3, "count", "phòng", subject="phòng vắt, trữ sữa công ty bố trí", location=BT),
    fig("có 4 chỗ ngồi", "4", 4, "count", "chỗ ngồi", subject="chỗ ngồi mỗi phòng", location=BT),
    fig("nghỉ 60 phút", "60", 60, "measure", "phút/ngày",
        subject="thời gian nghỉ của lao động nữ nuôi con nhỏ", location=BT),
    fig("thêm 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp được hỗ trợ thêm", period=E24),
    fig("lên 74 doanh nghiệp", "74", 74, "count", "doanh nghiệp", status="forecast",
        subject="tổng số doanh nghiệp có phòng vắt, trữ sữa", period=E24),
    fig("có 100 doanh nghiệp", "100", 100, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp có phòng vắt, trữ sữa", period=T25),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ doanh nghiệp ngoài khu công nghiệp", period=T25),
]

NOTES = [
    "News agency (TTXVN): section menu, '09/08/2024 14:25', dateline 'Cần Thơ, 9/8 (TTXVN) -', byline '(TTXVN)'.",
    "Distractors: 14:25, '9/8', 'Trà Nóc 1 và Trà Nóc 2', 'năm 2020' and 'năm trước' as baselines, 'tháng 7/2024'.",
    "'gấp 2 lần so với năm 2020' is the change of the 64 firms (unit lần); 'đứng thứ 3 khu vực ...' is a rank of the city (Cần Thơ).",
    "'Trong 7 tháng đầu năm' takes 2024 from 'tháng 7/2024'; ';' continues the sentence, so all four figures take it.",
    "'gần ba chục' = nearly 30 (number words). 'Số lượt ... tăng gấp ba lần so với năm trước' has no base amount: multiple 3, no change;",
    "its period is inherited (not scored).",
    "Company passage in quận Bình Thủy: location Bình Thủy. 'được nghỉ 60 phút mỗi ngày' → measure phút/ngày.",
    "'dự kiến' → forecast (both clauses to ';'); 'mục tiêu đến năm 2025' → target; 'trong đó ít nhất 50%' is a percent figure.",
]

if __name__ == "__main__":
    write("p1275-8", TEXT, NOTES, FIGS, published="2024-08-09", location="Cần Thơ")
