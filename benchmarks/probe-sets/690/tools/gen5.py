"""p690-5: Party newspaper (Báo Quảng Nam) — Thanh Hà pottery village, Hội An, 2023."""
from lib import F, P, I, CH, emit

TEXT = """BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM
Kinh tế > Du lịch

Làng gốm Thanh Hà đón hơn 410 nghìn lượt khách

(QNO) - Năm 2023, làng gốm Thanh Hà (TP. Hội An) đón hơn 410 nghìn lượt khách, tăng gấp 2,4 lần so với năm 2022; khách quốc tế chiếm khoảng 70%. Doanh thu bán vé tham quan đạt 14,2 tỷ đồng, nộp ngân sách thành phố hơn 3 tỷ đồng.

Riêng 6 tháng cuối năm 2023, làng gốm đón 265.000 lượt khách, trong đó tháng 12 đạt 52.000 lượt.

Theo Ban Quản lý làng gốm, hiện làng có 42 hộ với khoảng 120 người trực tiếp làm gốm, tăng 8 hộ so với năm 2020. Công viên đất nung Thanh Hà rộng 6.000 m², trưng bày 174 mô hình công trình kiến trúc nổi tiếng trong nước và thế giới. Giá vé tham quan làng gốm hiện là 35.000 đồng/người; riêng vé vào công viên đất nung là 50.000 đồng/người.

Năm 2023, thành phố hỗ trợ 450 triệu đồng mở 3 lớp đào tạo nghề gốm cho 75 lao động trẻ.

Ông Nguyễn Văn Thành, Trưởng Ban Quản lý, cho biết thành phố đặt mục tiêu đến năm 2025 làng gốm đón 500.000 lượt khách, doanh thu bán vé đạt 20 tỷ đồng. Từ ngày 1/3/2024, xe điện sẽ đưa đón khách miễn phí từ bãi đỗ xe trên đường 28 Tháng 3 vào làng; du khách có thể liên hệ đường dây nóng 0235.3861.327.

MINH HẢI
12/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 410 nghìn lượt khách\n", "410", 410000, "count", "lượt khách", "lượt khách đến làng gốm Thanh Hà", I(Y23),
      approx="over"),
    F("hơn 410 nghìn lượt khách,", "410", 410000, "count", "lượt khách", "khách đến làng gốm Thanh Hà", Y23,
      approx="over", change=CH("increase", 2.4, "lần", "năm 2022")),
    F("khoảng 70%", "70", 70, "percent", "%", "khách quốc tế", Y23, approx="about"),
    F("đạt 14,2 tỷ", "14,2", 14200000000, "money", "đồng", "doanh thu bán vé tham quan", I(Y23)),
    F("hơn 3 tỷ", "3", 3000000000, "money", "đồng", "nộp ngân sách thành phố", I(Y23), approx="over"),
    F("đón 265.000 lượt", "265.000", 265000, "count", "lượt khách", "khách đến làng gốm",
      P("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31")),
    F("đạt 52.000 lượt", "52.000", 52000, "count", "lượt", "khách đến làng gốm tháng 12",
      P("tháng 12", "2023-12-01", "2023-12-31")),
    F("có 42 hộ", "42", 42, "count", "hộ", "hộ làm gốm", change=CH("increase", 8, "hộ", "năm 2020")),
    F("khoảng 120 người", "120", 120, "count", "người", "người trực tiếp làm gốm", approx="about"),
    F("rộng 6.000 m²", "6.000", 6000, "measure", "m²", "diện tích công viên đất nung Thanh Hà"),
    F("bày 174 mô hình", "174", 174, "count", "mô hình", "mô hình công trình kiến trúc được trưng bày"),
    F("là 35.000 đồng", "35.000", 35000, "money", "đồng/người", "giá vé tham quan làng gốm"),
    F("là 50.000 đồng", "50.000", 50000, "money", "đồng/người", "giá vé vào công viên đất nung"),
    F("hỗ trợ 450 triệu", "450", 450000000, "money", "đồng", "kinh phí hỗ trợ đào tạo nghề gốm", Y23),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp đào tạo nghề gốm", Y23),
    F("cho 75 lao động", "75", 75, "count", "lao động", "lao động trẻ được đào tạo nghề gốm", Y23),
    F("đón 500.000 lượt", "500.000", 500000, "count", "lượt khách", "khách đến làng gốm", T25, status="target"),
    F("đạt 20 tỷ", "20", 20000000000, "money", "đồng", "doanh thu bán vé", T25, status="target"),
]

COMMENTS = [
    "Báo Quảng Nam (invented): Thanh Hà pottery village, TP. Hội An, 2023; byline and bare date 12/01/2024 at the end.",
    "'tăng gấp 2,4 lần so với năm 2022' after the count is its change (lần). '52.000 lượt' in tháng 12 is within the 6-month",
    "count but covers another period, so no total (spec: the whole counts the same thing over the same period).",
    "'tăng 8 hộ so với năm 2020' attaches to '42 hộ' across the 'khoảng 120 người' clause. Ticket prices: money with đồng/người.",
    "Distractors: 'ngày 1/3/2024', 'đường 28 Tháng 3', hotline 0235.3861.327, the dateline.",
]

emit("p690-5", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Hội An")
