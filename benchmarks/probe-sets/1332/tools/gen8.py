"""p1332-8: radio/TV site (Đài PT-TH TP Cần Thơ): electricity saving, cashless bill payment, average bill, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Nghe radio

Cần Thơ: 6 tháng tiết kiệm gần 28 triệu kWh điện

Cập nhật lúc 17:20, Thứ Hai, 15/07/2024

(THCT) - Theo Sở Công Thương, 6 tháng đầu năm 2024, sản lượng điện tiết kiệm trên địa bàn thành phố Cần Thơ đạt 27,8 triệu kWh, chiếm 1,62% tổng sản lượng điện thương phẩm, vượt mục tiêu đề ra là 1,5%. Trong đó, khối cơ quan hành chính sự nghiệp tiết kiệm 1,9 triệu kWh; khối doanh nghiệp sản xuất 17,6 triệu kWh; hộ gia đình khoảng 8,3 triệu kWh.

Cũng trong 6 tháng, tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt đạt 98,2%, tăng 1,4 điểm phần trăm so với cùng kỳ năm 2023; hơn 412.000 khách hàng nhận thông báo tiền điện qua ứng dụng, Zalo và tổng đài 1900 1006.

Tiền điện sinh hoạt bình quân tháng 6/2024 là 498.000 đồng/hộ, tăng 11,7% so với tháng 6/2023. Ông Trương Văn Bền, Phó Giám đốc Sở Công Thương cho biết, dự kiến trong tháng 7 và tháng 8, phụ tải tiếp tục tăng khoảng 8-10% so với cùng kỳ; công suất cực đại có thể lên 620 MW.

Năm 2024, thành phố phấn đấu tiết kiệm ít nhất 2,5% tổng điện năng tiêu thụ; các cơ quan, công sở cắt giảm 10% điện năng so với năm 2023.

Minh Khang - Thanh Tâm

Tin cùng chuyên mục:
- Đón xem chương trình Cần Thơ 24h lúc 18:00 hằng ngày
- Ninh Kiều ra quân Chiến dịch Giờ Trái đất

Đài PT-TH TP Cần Thơ - Số 409 đường 30/4, phường Hưng Lợi, quận Ninh Kiều
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
N6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C6 = per("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
J6 = per("tháng 6/2024", "2024-06-01", "2024-06-30")
JA = per("trong tháng 7 và tháng 8", "2024-07-01", "2024-08-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tiết kiệm gần 28 triệu", "28", 28e6, "measure", "kWh", approx="nearly",
        subject="điện tiết kiệm", period=H6),
    fig("đạt 27,8 triệu", "27,8", 27.8e6, "measure", "kWh", percent=1.62, target=tgt(1.5, "%", True),
        subject="sản lượng điện tiết kiệm", period=N6),
    fig("tiết kiệm 1,9 triệu", "1,9", 1.9e6, "measure", "kWh", total=27.8e6,
        subject="điện tiết kiệm của khối cơ quan hành chính sự nghiệp", period=inh(N6)),
    fig("sản xuất 17,6 triệu", "17,6", 17.6e6, "measure", "kWh", total=27.8e6,
        subject="điện tiết kiệm của khối doanh nghiệp sản xuất", period=inh(N6)),
    fig("khoảng 8,3 triệu", "8,3", 8.3e6, "measure", "kWh", approx="about", total=27.8e6,
        subject="điện tiết kiệm của hộ gia đình", period=inh(N6)),
    fig("đạt 98,2%", "98,2", 98.2, "percent", "%",
        change=chg("increase", 1.4, "điểm phần trăm", "cùng kỳ năm 2023"),
        subject="tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt", period=C6),
    fig("hơn 412.000 khách", "412.000", 412000, "count", "khách hàng", approx="over",
        subject="khách hàng nhận thông báo tiền điện qua ứng dụng, Zalo và tổng đài", period=C6),
    fig("là 498.000 đồng", "498.000", 498000, "money", "đồng/hộ",
        change=chg("increase", 11.7, "%", "tháng 6/2023"),
        subject="tiền điện sinh hoạt bình quân", period=J6),
    fig("khoảng 8-10%", "8", 8, "percent", "%", value_max=10, approx="about", status="forecast",
        subject="phụ tải", period=JA),
    fig("lên 620 MW", "620", 620, "measure", "MW", status="forecast",
        subject="công suất cực đại", period=JA),
    fig("ít nhất 2,5%", "2,5", 2.5, "percent", "%", approx="at_least", status="target",
        subject="tiết kiệm tổng điện năng tiêu thụ", period=Y24),
    fig("giảm 10%", "10", 10, "percent", "%", status="target",
        subject="điện năng các cơ quan, công sở cắt giảm", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, 'Cập nhật lúc 17:20, Thứ Hai, 15/07/2024', tag '(THCT) -', byline, related links, footer.",
    "Distractors: 17:20, 'tổng đài 1900 1006' (phone), 'tháng 6/2023' (baseline), 'Cần Thơ 24h' (programme name), '18:00',",
    "'Số 409 đường 30/4' (house number, road named after a date), 'Giờ Trái đất'.",
    "Headline '6 tháng ... gần 28 triệu kWh' is its own figure (nearly); year-less '6 tháng' → 2024 (dateline).",
    "'chiếm 1,62% ...' is the percent attribute of 27,8 triệu kWh; 'vượt mục tiêu đề ra là 1,5%' → target 1,5 (%), met true.",
    "'Trong đó' parts after a sentence break take total 27,8 triệu kWh (they add up), period inherited.",
    "'tăng 1,4 điểm phần trăm so với cùng kỳ năm 2023' → change of 98,2% (unit điểm phần trăm). 'Cũng trong 6 tháng' governs the ';' clause.",
    "'dự kiến trong tháng 7 và tháng 8' → one period July-August 2024, forecast, for the range 8-10% and (continuing clause) 620 MW.",
    "'Năm 2024, ... phấn đấu' governs both ';' clauses: 'ít nhất 2,5%' (at_least) and 'cắt giảm 10% điện năng' (a rate as the claim), target.",
]

if __name__ == "__main__":
    write("p1332-8", TEXT, NOTES, FIGS, published="2024-07-15", location="Cần Thơ")
