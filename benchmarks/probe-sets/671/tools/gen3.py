"""p671-3: Trà Vinh Sở NN&PTNT formal report — coconut beetle damage 9 months 2024, flattened | table by district."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH TRÀ VINH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sinh vật hại dừa 9 tháng năm 2024 và kế hoạch phòng trừ quý IV/2024

I. TÌNH HÌNH GÂY HẠI
Tính đến ngày 30/9/2024, diện tích dừa bị bọ cánh cứng gây hại trên địa bàn tỉnh là 1.284,5 ha, giảm 17,8% so với cùng kỳ năm 2023; trong đó nhiễm nặng 96,3 ha. Sâu đầu đen gây hại 412 ha, tập trung tại huyện Cầu Kè và huyện Tiểu Cần.

Bảng 1. Diện tích dừa bị bọ cánh cứng gây hại theo địa phương
Địa phương | Diện tích nhiễm (ha) | Đã xử lý (ha) | Tỷ lệ xử lý (%)
Càng Long | 402,0 | 365,5 | 90,9
Cầu Kè | 318,7 | 301,2 | 94,5
Tiểu Cần | 276,4 | 250,0 | 90,5
Châu Thành | 287,4 | 262,8 | 91,4
Toàn tỉnh | 1.284,5 | 1.179,5 | 91,8

Tổng diện tích dừa toàn tỉnh hiện có 27.460 ha; sản lượng 9 tháng ước đạt 198,6 triệu quả.

II. KẾT QUẢ PHÒNG TRỪ
Trong 9 tháng, các đơn vị đã thả 2,35 triệu con ong ký sinh Asecodes và Tetrastichus để phòng trừ bọ cánh cứng, đạt 94% kế hoạch năm; hỗ trợ 1.860 hộ với kinh phí 1,42 tỷ đồng. Bọ cánh cứng làm giảm năng suất từ 15 đến 20% trên các vườn nhiễm nặng.

III. KẾ HOẠCH QUÝ IV/2024
Dự kiến thả thêm 600.000 con ong ký sinh; phấn đấu đến cuối năm 2024 giảm diện tích nhiễm bọ cánh cứng xuống dưới 1.000 ha.

Nơi nhận:
- UBND tỉnh;
- Cục Bảo vệ thực vật;
- Lưu: VT, TT&BVTV.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
END24 = P("đến cuối năm 2024", None, "2024-12-31")


def cell(anchor, number, value, col, place, kind="measure", unit="ha"):
    subj = {"nhiễm": "Diện tích dừa nhiễm bọ cánh cứng", "xử lý": "Diện tích dừa nhiễm bọ cánh cứng đã xử lý",
            "tỷ lệ": "Tỷ lệ xử lý diện tích dừa nhiễm bọ cánh cứng"}[col]
    kw = {"location": place} if place else {}
    return F(anchor, number, value, kind, unit, subj, I(ASOF), **kw)


FIGS = [
    F("là 1.284,5 ha", "1.284,5", 1284.5, "measure", "ha", "diện tích dừa bị bọ cánh cứng gây hại", ASOF,
      change=CH("decrease", 17.8, "%", "cùng kỳ năm 2023")),
    F("nhiễm nặng 96,3 ha", "96,3", 96.3, "measure", "ha", "diện tích dừa bị bọ cánh cứng nhiễm nặng", ASOF,
      total=1284.5),
    F("gây hại 412 ha", "412", 412, "measure", "ha", "diện tích dừa bị sâu đầu đen gây hại", I(ASOF)),
    cell("402,0", "402,0", 402.0, "nhiễm", "Càng Long"),
    cell("365,5", "365,5", 365.5, "xử lý", "Càng Long"),
    cell("90,9", "90,9", 90.9, "tỷ lệ", "Càng Long", "percent", "%"),
    cell("318,7", "318,7", 318.7, "nhiễm", "Cầu Kè"),
    cell("301,2", "301,2", 301.2, "xử lý", "Cầu Kè"),
    cell("94,5", "94,5", 94.5, "tỷ lệ", "Cầu Kè", "percent", "%"),
    cell("276,4", "276,4", 276.4, "nhiễm", "Tiểu Cần"),
    cell("250,0", "250,0", 250.0, "xử lý", "Tiểu Cần"),
    cell("90,5", "90,5", 90.5, "tỷ lệ", "Tiểu Cần", "percent", "%"),
    cell("287,4", "287,4", 287.4, "nhiễm", "Châu Thành"),
    cell("262,8", "262,8", 262.8, "xử lý", "Châu Thành"),
    cell("91,4", "91,4", 91.4, "tỷ lệ", "Châu Thành", "percent", "%"),
    cell("Toàn tỉnh | 1.284,5", "1.284,5", 1284.5, "nhiễm", None),
    cell("1.179,5", "1.179,5", 1179.5, "xử lý", None),
    cell("91,8", "91,8", 91.8, "tỷ lệ", None, "percent", "%"),
    F("có 27.460 ha", "27.460", 27460, "measure", "ha", "Tổng diện tích dừa toàn tỉnh"),
    F("ước đạt 198,6 triệu quả", "198,6", 198600000, "count", "quả", "sản lượng dừa", M9, status="estimate"),
    F("thả 2,35 triệu con", "2,35", 2350000, "count", "con ong ký sinh",
      "ong ký sinh Asecodes và Tetrastichus thả để phòng trừ bọ cánh cứng", M9, percent=94),
    F("hỗ trợ 1.860 hộ", "1.860", 1860, "count", "hộ", "hộ được hỗ trợ", M9),
    F("kinh phí 1,42 tỷ đồng", "1,42", 1420000000, "money", "đồng", "kinh phí hỗ trợ", M9),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "mức giảm năng suất dừa do bọ cánh cứng trên các vườn nhiễm nặng",
      value_max=20),
    F("thêm 600.000 con", "600.000", 600000, "count", "con ong ký sinh", "ong ký sinh thả thêm", I(Q4),
      status="forecast"),
    F("dưới 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích nhiễm bọ cánh cứng", END24,
      approx="under", status="target"),
]

COMMENTS = [
    "Báo cáo Sở NN&PTNT Trà Vinh (invented), Số: 412/BC-SNN, 'Trà Vinh, ngày 08 tháng 10 năm 2024' (published): sinh vật hại dừa 9 tháng 2024.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; district rows → location, 'Toàn tỉnh' row → Trà Vinh; units from the column",
    "headers ('(ha)', '(%)'); the table has no period of its own, so its cells inherit the as-of date (unscored). The percent column is a figure",
    "of its own per cell (not the percent attribute of 'Đã xử lý'). 'Số: 412/BC-SNN', 'Bảng 1', section numerals, 'quý IV/2024' heading are not figures.",
    "96,3 ha after 'trong đó' → total 1.284,5. 'Trong 9 tháng' takes 2024. 'Dự kiến' → forecast; 'phấn đấu đến cuối năm 2024 … dưới 1.000 ha' → target, under.",
    "'giảm năng suất từ 15 đến 20%' is a rate as the claim: percent range, no change. 'đạt 94% kế hoạch năm' → percent of the 2,35 triệu.",
]

if __name__ == "__main__":
    emit("p671-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Trà Vinh")
