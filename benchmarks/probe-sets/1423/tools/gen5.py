"""p1423-5: national newspaper (VnExpress-like dateline): commission of street lottery sellers, national figures, TP HCM."""
from lib import F, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Tiêu dùng

Thứ sáu, 20/9/2024, 15:40 (GMT+7)

Người bán vé số dạo mong được nâng hoa hồng

Mỗi tờ vé số giá 10.000 đồng, người bán dạo ở TP HCM chỉ được hưởng 1.000-1.300 đồng, trong khi giá cả sinh hoạt tăng, lượng vé bán ra giảm.

Ông Lê Văn Sáu, bán vé số ở quận Bình Thạnh, cho biết trước đây mỗi ngày ông bán được 300 tờ, nay chỉ còn khoảng 200 tờ. "Trừ tiền trọ 1,5 triệu đồng mỗi tháng và tiền ăn, tôi để dành được chừng 2 triệu đồng", ông nói.

Theo Bộ Tài chính, cả nước có 63 công ty xổ số kiến thiết, trong đó 21 công ty ở khu vực miền Nam. Năm 2023, tổng doanh thu xổ số kiến thiết cả nước đạt khoảng 145.000 tỷ đồng, tăng 6% so với năm 2022, nộp ngân sách hơn 52.000 tỷ đồng. Ước tính cả nước có khoảng 200.000 người sống bằng nghề bán vé số dạo, phần lớn ở các tỉnh, thành phía Nam, trong đó TP HCM khoảng 80.000 người.

Hiện tỷ lệ hoa hồng đại lý được hưởng tối đa 10% giá vé. Tại dự thảo thông tư sửa đổi Thông tư số 75/2013/TT-BTC, Bộ Tài chính dự kiến nâng mức này lên tối đa 15%, trong đó người bán lẻ được hưởng không dưới 12%. Khi đó, thu nhập của người bán dạo có thể tăng thêm khoảng 200-300 đồng mỗi tờ.

Ông Trần Quốc Hùng, chủ một đại lý cấp 2 ở quận Gò Vấp có gần ba chục người bán dạo, cho biết 8 tháng đầu năm nay lượng vé đại lý nhận giảm khoảng 15% so với cùng kỳ, tỷ lệ vé ế trả về bình quân 8%.

Lê Hương
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
EIGHT = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
VN = "Việt Nam"
HCM = "TP Hồ Chí Minh"
BT = "Bình Thạnh"
GV = "Gò Vấp"

FIGS = [
    F("giá 10.000 đồng", "10.000", 10000, "money", "đồng/tờ", subject="giá mỗi tờ vé số", location=HCM),
    F("hưởng 1.000-1.300 đồng", "1.000", 1000, "money", "đồng/tờ", value_max=1300,
      subject="tiền người bán dạo được hưởng mỗi tờ vé số", location=HCM),
    F("được 300 tờ", "300", 300, "measure", "tờ/ngày", subject="vé ông Sáu bán được mỗi ngày trước đây",
      location=BT),
    F("khoảng 200 tờ", "200", 200, "measure", "tờ/ngày", approx="about",
      subject="vé ông Sáu bán được mỗi ngày hiện nay", location=BT),
    F("trọ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng", subject="tiền trọ", location=BT),
    F("chừng 2 triệu", "2", 2e6, "money", "đồng", approx="about", subject="tiền ông Sáu để dành được",
      location=BT),
    F("có 63 công ty", "63", 63, "count", "công ty", subject="công ty xổ số kiến thiết", location=VN),
    F("trong đó 21 công ty", "21", 21, "count", "công ty", total=63,
      subject="công ty xổ số kiến thiết ở khu vực miền Nam", location=VN),
    F("khoảng 145.000 tỷ", "145.000", 145000e9, "money", "đồng", approx="about",
      change=chg("increase", 6, "%", "năm 2022"),
      subject="tổng doanh thu xổ số kiến thiết cả nước", period=Y23, location=VN),
    F("hơn 52.000 tỷ", "52.000", 52000e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của các công ty xổ số kiến thiết", period=Y23, location=VN),
    F("khoảng 200.000 người", "200.000", 200000, "count", "người", approx="about", status="estimate",
      subject="người sống bằng nghề bán vé số dạo", location=VN),
    F("khoảng 80.000 người", "80.000", 80000, "count", "người", approx="about", status="estimate", total=200000,
      subject="người sống bằng nghề bán vé số dạo", location=HCM),
    F("tối đa 10%", "10", 10, "percent", "%", approx="at_most",
      subject="tỷ lệ hoa hồng đại lý được hưởng", location=VN),
    F("tối đa 15%", "15", 15, "percent", "%", approx="at_most", status="forecast",
      subject="tỷ lệ hoa hồng đại lý được hưởng", location=VN),
    F("không dưới 12%", "12", 12, "percent", "%", approx="at_least", status="forecast",
      subject="tỷ lệ hoa hồng người bán lẻ được hưởng", location=VN),
    F("khoảng 200-300 đồng", "200", 200, "money", "đồng/tờ", value_max=300, approx="about",
      subject="thu nhập của người bán dạo tăng thêm", location=VN),
    F("gần ba chục", "ba", 30, "count", "người", approx="nearly", subject="người bán dạo của đại lý",
      location=GV),
    F("giảm khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="lượng vé đại lý nhận", period=EIGHT, location=GV),
    F("bình quân 8%", "8", 8, "percent", "%", subject="tỷ lệ vé ế trả về bình quân", period=EIGHT, location=GV),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ sáu, 20/9/2024, 15:40 (GMT+7)', headline, sapo, quotes, byline at the end.",
    "Distractors: (GMT+7), 15:40, the name 'Lê Văn Sáu' (sáu = six), 'Thông tư số 75/2013/TT-BTC', 'đại lý cấp 2', 'quận Bình Thạnh',",
    "'quận Gò Vấp' (names), 'năm 2022' as a baseline.",
    "Locations: sapo names TP HCM; ông Sáu's figures Bình Thạnh; ông Hùng's agency Gò Vấp; Ministry of Finance figures 'cả nước' → Việt Nam;",
    "'trong đó TP HCM khoảng 80.000 người' after the national 200.000 → total 200000, location TP HCM (the part is the city).",
    "The commission ceilings (current 10%, draft 15%, 12%) are national rules → Việt Nam; 'dự kiến' governs 15% and the 'trong đó' clause",
    "→ forecast. 'có thể tăng thêm khoảng 200-300 đồng mỗi tờ' has no listed cue ('có thể' is none) → actual; a per-ticket amount.",
    "'Ước tính cả nước có khoảng 200.000 người' → estimate (ước tính), continued by the 'trong đó' clause.",
    "'giảm khoảng 15% so với cùng kỳ' is a rate that is itself the claim: percent figure, no change. '8 tháng đầu năm nay' takes the year",
    "of published (2024) and ends on 2024-08-31; it governs the whole sentence.",
    "'gần ba chục người' = 30 (number words), approx nearly.",
]

if __name__ == "__main__":
    write("p1423-5", TEXT, NOTES, FIGS, published="2024-09-20")
