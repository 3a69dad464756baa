"""p1335-4: provincial Party newspaper (Báo Quảng Ninh, tag (BQN)): Yên Tử spring festival pilgrims, fees, restoration funds."""
from lib import fig, per, chg, write

TEXT = """BÁO QUẢNG NINH
Văn hóa | Du lịch

Yên Tử đón trên 1,25 triệu lượt khách trong mùa lễ hội

Thứ Hai, 14/04/2025, 16:20

(BQN) - Mùa Lễ hội Xuân Yên Tử 2025 khép lại với lượng khách tăng mạnh, trong khi công tác tu bổ các điểm chùa trên tuyến hành hương tiếp tục được đầu tư.

Theo Ban Quản lý di tích và rừng quốc gia Yên Tử (TP Uông Bí), từ khai hội đến hết ngày 10/4, khu di tích đã đón trên 1,25 triệu lượt khách, tăng 8% so với mùa lễ hội năm 2024. Riêng ngày khai hội, lượng khách đạt khoảng 60.000 lượt. Hai tuyến cáp treo Giải Oan - Hoa Yên và Hoa Yên - chùa Đồng vận chuyển hơn 620.000 lượt khách.

Doanh thu từ phí tham quan ước đạt 48,6 tỷ đồng, vượt 8% kế hoạch. Mức phí tham quan giữ ổn định 40.000 đồng/người. Ban tổ chức huy động hơn 300 cán bộ, chiến sĩ, tình nguyện viên bảo đảm an ninh, trật tự; không để xảy ra ùn tắc trên Quốc lộ 18.

Cùng với phục vụ lễ hội, công tác tu bổ di tích được đẩy mạnh. Năm 2025, tỉnh bố trí 126 tỷ đồng tu bổ chùa Hoa Yên, chùa Một Mái và nâng cấp đường lên chùa Đồng; trong đó riêng chùa Hoa Yên khoảng 58 tỷ đồng. Dự kiến các hạng mục hoàn thành trước tháng 12/2025. Từ năm 2021 đến nay, tỉnh đã hoàn thành tu bổ 14 công trình tại khu di tích với tổng vốn hơn 310 tỷ đồng.

Tính chung quý I/2025, toàn tỉnh Quảng Ninh đón khoảng 5,6 triệu lượt khách, tăng 10,3% so với cùng kỳ, trong đó khách quốc tế hơn 1 triệu lượt.

THU HÀ

Tin cùng chuyên mục:
- Lễ hội đền Cửa Ông năm 2025 thu hút đông đảo du khách
- Đông Triều phục dựng lễ rước kiệu lần thứ 2
"""

TO10 = per("đến hết ngày 10/4", None, "2025-04-10")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
S21 = per("Từ năm 2021 đến nay", "2021-01-01", "2025-04-14")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("trên 1,25 triệu lượt khách trong", "1,25", 1.25e6, "count", "lượt khách", approx="over",
        subject="lượt khách Yên Tử đón trong mùa lễ hội"),
    fig("đã đón trên 1,25 triệu", "1,25", 1.25e6, "count", "lượt khách", approx="over",
        change=chg("increase", 8, "%", "mùa lễ hội năm 2024"), subject="lượt khách khu di tích đón", period=TO10),
    fig("khoảng 60.000 lượt", "60.000", 60000, "count", "lượt", approx="about", subject="lượng khách ngày khai hội"),
    fig("Hai tuyến cáp treo", "Hai", 2, "count", "tuyến cáp treo", subject="tuyến cáp treo"),
    fig("hơn 620.000 lượt", "620.000", 620000, "count", "lượt khách", approx="over",
        subject="lượt khách hai tuyến cáp treo vận chuyển"),
    fig("ước đạt 48,6 tỷ", "48,6", 48.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 8, "%", "kế hoạch"), subject="doanh thu từ phí tham quan"),
    fig("ổn định 40.000 đồng/người", "40.000", 40000, "money", "đồng/người", subject="mức phí tham quan"),
    fig("hơn 300 cán bộ", "300", 300, "count", "cán bộ, chiến sĩ, tình nguyện viên", approx="over",
        subject="cán bộ, chiến sĩ, tình nguyện viên bảo đảm an ninh, trật tự"),
    fig("bố trí 126 tỷ", "126", 126e9, "money", "đồng",
        subject="kinh phí tỉnh bố trí tu bổ chùa Hoa Yên, chùa Một Mái và nâng cấp đường lên chùa Đồng", period=Y25),
    fig("khoảng 58 tỷ", "58", 58e9, "money", "đồng", approx="about", total=126e9,
        subject="kinh phí tu bổ chùa Hoa Yên", period=Y25),
    fig("tu bổ 14 công trình", "14", 14, "count", "công trình", subject="công trình tại khu di tích hoàn thành tu bổ",
        period=S21),
    fig("hơn 310 tỷ", "310", 310e9, "money", "đồng", approx="over", subject="tổng vốn tu bổ công trình tại khu di tích",
        period=S21),
    fig("khoảng 5,6 triệu", "5,6", 5.6e6, "count", "lượt khách", approx="about",
        change=chg("increase", 10.3, "%", "cùng kỳ"), subject="lượt khách toàn tỉnh Quảng Ninh đón",
        period=Q1, location="Quảng Ninh"),
    fig("hơn 1 triệu lượt", "1", 1e6, "count", "lượt", approx="over", total=5.6e6,
        subject="khách quốc tế", period=Q1, location="Quảng Ninh"),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Ninh): section menu, headline figure, 'Thứ Hai, 14/04/2025, 16:20', sapo with tag '(BQN) -', byline THU HÀ, related links.",
    "Yên Tử lies in TP Uông Bí (named in the text): its festival, fee and restoration figures take Uông Bí; the quarter figures of 'toàn tỉnh Quảng Ninh' take Quảng Ninh.",
    "'từ khai hội đến hết ngày 10/4': the start (the opening day) has no date in the text, so start null, end 2025-04-10 (year of the dateline).",
    "'vượt 8% kế hoạch' after an amount: a change against the plan (FIGURES.md 'Result against plan'), baseline 'kế hoạch'.",
    "'Từ năm 2021 đến nay' ends at the dateline (2025-04-14).",
    "'Hai tuyến cáp treo' is a count (number word). 'trong đó riêng chùa Hoa Yên khoảng 58 tỷ' is a part of 126 tỷ ('trong đó').",
    "'trong đó khách quốc tế hơn 1 triệu lượt' is a part of 5,6 triệu lượt khách. 'bố trí 126 tỷ' is an allocation made, status actual.",
    "Distractors: 'Lễ hội Xuân Yên Tử 2025' (name), 'ngày 10/4', 'Quốc lộ 18', 'chùa Một Mái' (a name with a number word), 'tháng 12/2025', 'lần thứ 2', dateline and time.",
]

if __name__ == "__main__":
    write("p1335-4", TEXT, NOTES, FIGS, published="2025-04-14", location="Uông Bí")
