"""p853-7: department site (Sở TN&MT Lâm Đồng), no dateline; one-cell-per-line table; footer with address, phone, counter."""
from lib import F, change, period, inherit, write

ROWS = (("Đà Lạt", "52", "1.840", "2.960"),
        ("Bảo Lộc", "31", "705", "1.215"),
        ("Đức Trọng", "24", "610", "980"),
        ("Di Linh", "18", "420", "640"),
        ("Tổng cộng", "125", "3.575", "5.795"))

TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = f"""SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả thu gom pin thải, chất thải điện tử năm 2024 và kế hoạch năm 2025

Năm 2024, thực hiện Kế hoạch số 7812/KH-UBND của UBND tỉnh Lâm Đồng, Sở Tài nguyên và Môi trường đã phối hợp với UBND các huyện, thành phố duy trì 148 điểm thu gom pin thải và chất thải điện tử, tăng 26 điểm so với năm 2023. Tổng lượng thu gom cả năm đạt 6.215 kg. So với năm 2023, lượng pin thải, chất thải điện tử thu gom được gấp khoảng 1,6 lần.

Kết quả thu gom tại một số địa phương:
Đơn vị tính: kg
Địa phương
Số điểm thu gom
Năm 2023
Năm 2024
{TABLE}

Lượng chất thải trên đã được chuyển giao cho Công ty TNHH Xử lý chất thải Lâm Viên để xử lý, tổng chi phí 98,6 triệu đồng, bình quân 15.870 đồng/kg.

Năm 2025, Sở phấn đấu nâng số điểm thu gom lên 180 điểm, lượng thu gom đạt từ 7.500 đến 8.000 kg; phấn đấu 100% trường THPT trên địa bàn tỉnh có thùng thu gom pin thải.

Địa chỉ: Số 36 Trần Phú, Phường 4, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.145 - Fax: 0263.3822.146
Tổng lượt truy cập: 1.284.706 | Đang trực tuyến: 37
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")


def table_figures():
    out = []
    for label, pts, v23, v24 in ROWS:
        place = {} if label == "Tổng cộng" else {"location": label}
        tail = ", tổng cộng" if label == "Tổng cộng" else ""
        out.append(F(f"{label}\n{pts}\n", pts, float(pts), "count", "điểm thu gom",
                     subject="số điểm thu gom" + tail, **place))
        out.append(F(f"{pts}\n{v23}\n", v23, float(v23.replace(".", "")), "measure", "kg",
                     subject="pin thải, chất thải điện tử thu gom" + tail, per=Y23, **place))
        out.append(F(f"{v23}\n{v24}\n", v24, float(v24.replace(".", "")), "measure", "kg",
                     subject="pin thải, chất thải điện tử thu gom" + tail, per=Y24, **place))
    return out


FIGS = [
    F("duy trì 148 điểm", "148", 148, "count", "điểm thu gom",
      change=change("increase", 26, "điểm", "năm 2023"),
      subject="điểm thu gom pin thải và chất thải điện tử", per=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 6.215 kg", "6.215", 6215, "measure", "kg", subject="tổng lượng thu gom",
      per=period("cả năm", "2024-01-01", "2024-12-31")),
    F("gấp khoảng 1,6 lần", "1,6", 1.6, "multiple", "lần", approx="about",
      subject="lượng pin thải, chất thải điện tử thu gom so với năm 2023"),
    *table_figures(),
    F("tổng chi phí 98,6 triệu đồng", "98,6", 98.6e6, "money", "đồng",
      subject="tổng chi phí xử lý", per=inherit(Y24)),
    F("bình quân 15.870 đồng/kg", "15.870", 15870, "money", "đồng/kg",
      subject="chi phí xử lý bình quân", per=inherit(Y24)),
    F("lên 180 điểm", "180", 180, "count", "điểm", status="target", subject="số điểm thu gom",
      per=period("Năm 2025", "2025-01-01", "2025-12-31")),
    F("từ 7.500 đến 8.000 kg", "7.500", 7500, "measure", "kg", value_max=8000, status="target",
      subject="lượng thu gom", per=period("Năm 2025", "2025-01-01", "2025-12-31")),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trường THPT trên địa bàn tỉnh có thùng thu gom pin thải",
      per=period("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Sở TN&MT Lâm Đồng site: no dateline (published omitted); footer address, phone, fax, 'Tổng lượt truy cập', 'Đang trực tuyến: 37'.",
    "Table pasted one cell per line (header cells Địa phương / Số điểm thu gom / Năm 2023 / Năm 2024, then 5 rows). 'Đơn vị tính: kg' applies",
    "to the year columns; 'Số điểm thu gom' counts điểm (no period given). Cities/districts are locations; 'Tổng cộng' row = Lâm Đồng, no totals.",
    "'So với năm 2023, … gấp khoảng 1,6 lần' stands as its own sentence: a multiple. 'cả năm' = 2024 (the paragraph's Năm 2024).",
    "Distractors: Kế hoạch số 7812/KH-UBND, Số 36 Trần Phú, Phường 4, phone/fax numbers, counters.",
]

write("p853-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
