"""p714-3: formal report under a letterhead (UBND tỉnh Lâm Đồng): Dalat Ultra Trail 2024, flattened '|' table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 19 tháng 7 năm 2024

BÁO CÁO
Kết quả tổ chức Giải chạy địa hình Dalat Ultra Trail 2024

Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh, Giải Dalat Ultra Trail 2024 được tổ chức từ ngày 7 đến 9/6/2024 tại thành phố Đà Lạt và huyện Lạc Dương. Kết quả như sau:

I. KẾT QUẢ TỔ CHỨC
1. Quy mô: Giải có 6.843 vận động viên xuất phát/7.120 vận động viên đăng ký, đến từ 47 quốc gia và vùng lãnh thổ. Tổng độ cao tích lũy của cự ly dài nhất khoảng 4.900 m.

Bảng 1. Kết quả theo cự ly (Đơn vị tính: người)
Cự ly | Đăng ký | Xuất phát | Hoàn thành | Tỷ lệ hoàn thành (%)
10 km | 2.150 | 2.096 | 2.081 | 99,3
21 km | 2.480 | 2.391 | 2.302 | 96,3
42 km | 1.630 | 1.567 | 1.421 | 90,7
70 km | 860 | 789 | 612 | 77,6
Tổng | 7.120 | 6.843 | 6.416 | 93,8

2. Công tác bảo đảm: Huy động 1.350 lượt cán bộ, chiến sĩ và tình nguyện viên; bố trí 32 trạm hỗ trợ y tế, 12 xe cứu thương. Lực lượng y tế đã sơ cứu 186 trường hợp, trong đó chuyển viện 5 trường hợp; không có sự cố nghiêm trọng.

3. Kinh phí: Tổng kinh phí tổ chức 18.625,4 triệu đồng, đạt 96,4% dự toán; trong đó ngân sách tỉnh 2.400 triệu đồng (chiếm 12,9%), còn lại là nguồn xã hội hóa.

4. Hiệu quả kinh tế: Lượng khách đến Đà Lạt tháng 6/2024 ước đạt 812.000 lượt, tăng 9,6% so với cùng kỳ; doanh thu du lịch của thành phố tháng 6 ước đạt 1.950 tỷ đồng. Chi tiêu bình quân của vận động viên và người đi cùng khoảng 2,8 triệu đồng/người/ngày.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu quy mô giải năm 2025 đạt 8.000 vận động viên, trong đó vận động viên quốc tế chiếm từ 15 đến 20%.

Nơi nhận: Bộ VHTTDL; TT Tỉnh ủy; Lưu: VT, VX2.
"""

COMMENTS = [
    "Formal report, letterhead UBND tỉnh Lâm Đồng, 'Số: 186/BC-UBND', place-and-date line 'Lâm Đồng, ngày 19 tháng 7 năm 2024' (= published).",
    "Distractors: Kế hoạch số 45/KH-UBND ngày 12/3/2024, 'từ ngày 7 đến 9/6/2024', section numbers I./II./1.–4., 'Bảng 1', 'VX2'.",
    "Flattened '|' table, 'Đơn vị tính: người' (the last column is % by its header). Every numeric cell is a figure; subject = row label",
    "+ column label; the row labels '10 km' … are category names (optional). The table has no period column and the event dates are",
    "days, so cells have no period; no total for cells (a Tổng row is not one of the part-of cues). Location Lâm Đồng by default;",
    "sentences that name Đà Lạt (visitors, the city's revenue) take Đà Lạt. '6.843 …/7.120' gives total 7120 (the 7.120 is no figure there).",
]

PR = "Lâm Đồng"
JUN = P("tháng 6/2024", "2024-06-01", "2024-06-30")
JUN6 = P("tháng 6", "2024-06-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

rows = [
    ("10 km", ["2.150", "2.096", "2.081", "99,3"]),
    ("21 km", ["2.480", "2.391", "2.302", "96,3"]),
    ("42 km", ["1.630", "1.567", "1.421", "90,7"]),
    ("70 km", ["860", "789", "612", "77,6"]),
    ("Tổng", ["7.120", "6.843", "6.416", "93,8"]),
]
cols = ["vận động viên đăng ký", "vận động viên xuất phát", "vận động viên hoàn thành", "Tỷ lệ hoàn thành"]

FIGS = [
    F("6.843 vận động viên xuất phát", "6.843", 6843, "count", "vận động viên", "vận động viên xuất phát", total=7120),
    F("từ 47 quốc gia", "47", 47, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có vận động viên"),
    F("khoảng 4.900 m", "4.900", 4900, "measure", "m", "Tổng độ cao tích lũy của cự ly dài nhất", approx="about"),
]

for label, cells in rows:
    line = label + " | " + " | ".join(cells)
    if label != "Tổng":
        FIGS.append(F(label + " |", label.split()[0], float(label.split()[0]), "measure", "km", "Cự ly", optional=True))
    prefix = label + " |"
    for i, (c, col) in enumerate(zip(cells, cols)):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        v = float(c.replace(".", "").replace(",", "."))
        row = "tổng các cự ly" if label == "Tổng" else "cự ly " + label
        if i < 3:
            FIGS.append(F(anchor, c, v, "count", "người", f"{col} {row}"))
        else:
            FIGS.append(F(anchor, c, v, "percent", "%", f"{col} {row}"))

FIGS += [
    F("1.350 lượt", "1.350", 1350, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ và tình nguyện viên huy động"),
    F("32 trạm", "32", 32, "count", "trạm hỗ trợ y tế", "trạm hỗ trợ y tế bố trí"),
    F("12 xe cứu thương", "12", 12, "count", "xe cứu thương", "xe cứu thương bố trí"),
    F("186 trường hợp", "186", 186, "count", "trường hợp", "trường hợp lực lượng y tế sơ cứu"),
    F("chuyển viện 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp chuyển viện", total=186),
    F("18.625,4 triệu", "18.625,4", 18625.4e6, "money", "đồng", "Tổng kinh phí tổ chức", percent=96.4),
    F("2.400 triệu", "2.400", 2.4e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=18625.4e6, percent=12.9),
    F("ước đạt 812.000", "812.000", 812000, "count", "lượt", "Lượng khách đến Đà Lạt", JUN,
      change=CH("increase", 9.6, "%", "cùng kỳ"), status="estimate", location="Đà Lạt"),
    F("1.950 tỷ", "1.950", 1950e9, "money", "đồng", "doanh thu du lịch của thành phố", JUN6, status="estimate", location="Đà Lạt"),
    F("khoảng 2,8 triệu", "2,8", 2.8e6, "money", "đồng/người/ngày", "Chi tiêu bình quân của vận động viên và người đi cùng",
      approx="about"),
    F("đạt 8.000", "8.000", 8000, "count", "vận động viên", "quy mô giải", Y25, status="target"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "tỷ lệ vận động viên quốc tế", Y25, value_max=20, status="target"),
]

emit("p714-3", TEXT, COMMENTS, FIGS, published="2024-07-19", location=PR)
