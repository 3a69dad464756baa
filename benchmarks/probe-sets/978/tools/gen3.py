"""p978-3: formal report under a letterhead (UBND tỉnh Vĩnh Long) - water hyacinth weaving, H1/2025, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH VĨNH LONG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 08 tháng 7 năm 2025

BÁO CÁO
Tình hình phát triển nghề đan lục bình 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm

Thực hiện Kế hoạch số 96/KH-UBND ngày 15/3/2024 của UBND tỉnh về phát triển ngành nghề nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất, kinh doanh
Toàn tỉnh có 4 làng nghề đan lục bình và 236 cơ sở sản xuất, thu hút 5.840 lao động, trong đó lao động nữ chiếm 82,6%. Doanh thu 6 tháng đầu năm 2025 ước đạt 148,5 tỷ đồng, tăng 9,2% so với cùng kỳ, đạt 52,1% kế hoạch năm; kim ngạch xuất khẩu ước đạt 6,35 triệu USD. Giá lục bình khô thu mua từ 12.000 đến 14.000 đồng/kg; thu nhập bình quân của lao động đan khoảng 4,2 triệu đồng/tháng.

Sản lượng sản phẩm đan lục bình xuất khẩu theo địa phương:
Đơn vị tính: nghìn sản phẩm
Địa phương | Quý I/2025 | Quý II/2025 | 6 tháng
Trà Ôn | 186,4 | 214,7 | 401,1
Vũng Liêm | 92,5 | 105,3 | 197,8
Tam Bình | 64,2 | 70,8 | 135,0
Long Hồ | 31,6 | 38,2 | 69,8
Tổng cộng | 374,7 | 429,0 | 803,7

2. Tồn tại, hạn chế
Có 18/236 cơ sở chưa đáp ứng yêu cầu về phòng cháy, chữa cháy; 3 làng nghề chưa có điểm thu gom rác thải.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
Phấn đấu cả năm 2025 doanh thu đạt 285 tỷ đồng, kim ngạch xuất khẩu 13 triệu USD. Trong 6 tháng cuối năm, dự kiến đào tạo nghề cho 400 lao động với kinh phí khoảng 600 triệu đồng.
"""

H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q2 = P("Quý II/2025", "2025-04-01", "2025-06-30")
S6 = P("6 tháng", "2025-01-01", "2025-06-30")
Y25 = P("cả năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "sản lượng sản phẩm đan lục bình xuất khẩu"
FIGS = [
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", subject="làng nghề đan lục bình"),
    F("và 236 cơ sở", "236", 236, "count", "cơ sở", subject="cơ sở sản xuất đan lục bình"),
    F("thu hút 5.840 lao động", "5.840", 5840, "count", "lao động", subject="lao động nghề đan lục bình"),
    F("nữ chiếm 82,6%", "82,6", 82.6, "percent", "%", subject="tỷ lệ lao động nữ"),
    F("ước đạt 148,5 tỷ đồng", "148,5", 148.5e9, "money", "đồng", status="estimate", percent=52.1,
      change=C("increase", 9.2, baseline="cùng kỳ"), subject="doanh thu nghề đan lục bình", period=H1),
    F("ước đạt 6,35 triệu USD", "6,35", 6.35e6, "money", "USD", status="estimate", subject="kim ngạch xuất khẩu sản phẩm lục bình",
      period=H1),
    F("từ 12.000 đến 14.000", "12.000", 12000, "money", "đồng/kg", value_max=14000, subject="giá lục bình khô thu mua",
      period=I(H1)),
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập bình quân của lao động đan", period=I(H1)),
]
rows = [("Trà Ôn", "186,4", "214,7", "401,1"), ("Vũng Liêm", "92,5", "105,3", "197,8"),
        ("Tam Bình", "64,2", "70,8", "135,0"), ("Long Hồ", "31,6", "38,2", "69,8"),
        ("Tổng cộng", "374,7", "429,0", "803,7")]
for place, a, b, c in rows:
    loc = "Vĩnh Long" if place == "Tổng cộng" else place
    subj = SUBJ + (" tổng cộng" if place == "Tổng cộng" else "")
    for num, per, anc in ((a, Q1, f"{place} | {a}"), (b, Q2, f"| {b} |"), (c, S6, f"| {c}\n")):
        v = float(num.replace(",", ".")) * 1000
        FIGS.append(F(anc, num, v, "count", "sản phẩm", subject=subj, period=per, location=loc))
FIGS += [
    F("Có 18/236 cơ sở", "18", 18, "count", "cơ sở", total=236, subject="cơ sở chưa đáp ứng yêu cầu về phòng cháy, chữa cháy"),
    F("; 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề chưa có điểm thu gom rác thải"),
    F("đạt 285 tỷ đồng", "285", 285e9, "money", "đồng", status="target", subject="doanh thu nghề đan lục bình", period=Y25),
    F("khẩu 13 triệu USD", "13", 13e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu", period=Y25),
    F("cho 400 lao động", "400", 400, "count", "lao động", status="forecast", subject="lao động được đào tạo nghề",
      period=P("6 tháng cuối năm", "2025-07-01", "2025-12-31")),
    F("khoảng 600 triệu đồng", "600", 600e6, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đào tạo nghề", period=P("6 tháng cuối năm", "2025-07-01", "2025-12-31")),
]
NOTES = [
    "Báo cáo UBND tỉnh Vĩnh Long số 287/BC-UBND ngày 08/7/2025: nghề đan lục bình 6 tháng đầu năm 2025; flattened '|' table by district.",
    "Report date gives published. Table: 'Đơn vị tính: nghìn sản phẩm' (×1000); district row labels go to location, the Tổng cộng row is Vĩnh Long;",
    "periods from the column headers (scored); cells carry no totals. '82,6%' (women's share of the 5.840 workers) is a percent figure of its own.",
    "'18/236 cơ sở' → total 236. 'Phấn đấu cả năm 2025' → target; 'dự kiến' → forecast with period '6 tháng cuối năm' (2025-07..12).",
    "Not figures: Số 287/BC-UBND, Kế hoạch số 96/KH-UBND ngày 15/3/2024, section numbers I./II./1./2., heading NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025.",
]
build("p978-3", TEXT, FIGS, NOTES, published="2025-07-08", location="Vĩnh Long")
