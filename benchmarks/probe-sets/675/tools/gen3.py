"""p675-3: formal report UBND tỉnh Đắk Nông — Đắk Nông UNESCO Global Geopark 2023, flattened '|' table, revalidation."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH ĐẮK NÔNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả xây dựng, phát triển Công viên địa chất toàn cầu UNESCO Đắk Nông năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công viên địa chất có diện tích 4.760 km², trải trên 6 huyện, thành phố với 65 điểm di sản, gồm 42 điểm di sản địa chất và 23 điểm di sản văn hóa, đa dạng sinh học. Hệ thống hang động núi lửa Krông Nô dài trên 10.000 m.

2. Một số chỉ tiêu chủ yếu:
Chỉ tiêu | Đơn vị | Năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024
Lượt khách đến vùng công viên | lượt | 412.000 | 575.000 | 700.000
Trong đó: khách quốc tế | lượt | 2.150 | 4.800 | 8.000
Doanh thu du lịch | tỷ đồng | 198,5 | 286,2 | 350
Điểm di sản được gắn biển | điểm | 38 | 52 | 65
Kinh phí bảo tồn, quảng bá | triệu đồng | 4.620 | 6.985 | 9.000

3. Năm 2023, tổng kinh phí bố trí cho hoạt động của công viên là 12,4 tỷ đồng, trong đó ngân sách tỉnh 9,8 tỷ đồng, nguồn xã hội hóa 2,6 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Tại đợt tái thẩm định tháng 8/2023, UNESCO đưa ra 7 khuyến nghị; đến nay tỉnh mới hoàn thành 4/7 khuyến nghị. Tỷ lệ người dân trong vùng công viên hiểu biết về di sản chỉ đạt khoảng 45%.

III. NHIỆM VỤ NĂM 2024
Phấn đấu đến năm 2025 hoàn thành 100% khuyến nghị của UNESCO; đào tạo 150 hướng dẫn viên cộng đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23e = P("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24t = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", None, "2023-12-18")
T25 = P("đến năm 2025", None, "2025-12-31")


def row(anchors, values, kind, unit, label, totals=None):
    out = []
    for i, ((a, n), v, per, st, col) in enumerate(zip(anchors, values, (Y22, Y23e, Y24t),
                                                  ("actual", "estimate", "target"),
                                                  ("năm 2022", "ước thực hiện năm 2023", "kế hoạch năm 2024"))):
        kw = {}
        if st != "actual":
            kw["status"] = st
        if totals:
            kw["total"] = totals[i]
        out.append(F(a, n, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("diện tích 4.760 km²", "4.760", 4760, "measure", "km²", "diện tích công viên địa chất"),
    F("trải trên 6 huyện", "6", 6, "count", "huyện, thành phố", "huyện, thành phố công viên địa chất trải trên"),
    F("với 65 điểm di sản", "65", 65, "count", "điểm di sản", "điểm di sản"),
    F("gồm 42 điểm", "42", 42, "count", "điểm di sản địa chất", "điểm di sản địa chất", total=65),
    F("và 23 điểm", "23", 23, "count", "điểm di sản văn hóa, đa dạng sinh học", "điểm di sản văn hóa, đa dạng sinh học", total=65),
    F("dài trên 10.000 m", "10.000", 10000, "measure", "m", "chiều dài hệ thống hang động núi lửa Krông Nô", approx="over",
      location="Krông Nô"),
]
FIGS += row([("| 412.000", "412.000"), ("| 575.000", "575.000"), ("| 700.000", "700.000")],
            [412000, 575000, 700000], "count", "lượt", "Lượt khách đến vùng công viên")
FIGS += row([("| 2.150", "2.150"), ("| 4.800", "4.800"), ("| 8.000", "8.000")],
            [2150, 4800, 8000], "count", "lượt", "khách quốc tế", totals=[412000, 575000, 700000])
FIGS += row([("| 198,5", "198,5"), ("| 286,2", "286,2"), ("| 350\n", "350")],
            [198500000000, 286200000000, 350000000000], "money", "đồng", "Doanh thu du lịch")
FIGS += row([("| 38 |", "38"), ("| 52 |", "52"), ("| 65\n", "65")],
            [38, 52, 65], "count", "điểm", "Điểm di sản được gắn biển")
FIGS += row([("| 4.620", "4.620"), ("| 6.985", "6.985"), ("| 9.000", "9.000")],
            [4620000000, 6985000000, 9000000000], "money", "đồng", "Kinh phí bảo tồn, quảng bá")
FIGS += [
    F("là 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng", "tổng kinh phí bố trí cho hoạt động của công viên", Y23),
    F("ngân sách tỉnh 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y23, total=12400000000),
    F("xã hội hóa 2,6 tỷ đồng", "2,6", 2600000000, "money", "đồng", "kinh phí từ nguồn xã hội hóa", Y23, total=12400000000),
    F("đưa ra 7 khuyến nghị", "7", 7, "count", "khuyến nghị", "khuyến nghị UNESCO đưa ra tại đợt tái thẩm định"),
    F("hoàn thành 4/7 khuyến nghị", "4", 4, "count", "khuyến nghị", "khuyến nghị tỉnh đã hoàn thành", NOW, total=7),
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ lệ người dân trong vùng công viên hiểu biết về di sản", approx="about"),
    F("hoàn thành 100% khuyến nghị", "100", 100, "percent", "%", "khuyến nghị của UNESCO được hoàn thành", T25, status="target"),
    F("đào tạo 150 hướng dẫn viên", "150", 150, "count", "hướng dẫn viên", "hướng dẫn viên cộng đồng được đào tạo", T25,
      status="target"),
]

COMMENTS = [
    "Formal report of UBND tỉnh Đắk Nông (Số: 412/BC-UBND, 'Đắk Nông, ngày 18 tháng 12 năm 2023'): Đắk Nông geopark 2023, flattened '|' table.",
    "Table (Chỉ tiêu | Đơn vị | Năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024): every cell is a figure; subject = row + column;",
    "periods from column headers (scored); 'Ước thực hiện' -> estimate, 'Kế hoạch' -> target; units from the Đơn vị column (tỷ/triệu đồng applied).",
    "Choice: the 'Trong đó: khách quốc tế' row is part of the row above, so each cell takes the same column's visitor count as total.",
    "'gồm 42 … và 23' after 65 điểm di sản: parts with total 65 (they add up). 'trải trên 6 huyện': 'trên' = across, approx exact.",
    "Not figures: Số: 412/BC-UBND, section numbers I./II./III./1./2./3., 'tháng 8/2023', 'đến năm 2025', 'Nơi nhận' list.",
    "'đến nay' ends at the report date 2023-12-18. 'Phấn đấu đến năm 2025' governs 100% and the 150 guides (target).",
    "revised: the cave length (hang động núi lửa Krông Nô) now located in Krông Nô, the district the cave system lies in and is named",
    "after; this is the reading p675-4 already takes for geopark names (Non nước Cao Bằng -> Cao Bằng). Was Đắk Nông.",
]

if __name__ == "__main__":
    emit("p675-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Đắk Nông")
