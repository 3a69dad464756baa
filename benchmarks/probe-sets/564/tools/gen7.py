"""p564-7: Sở NN&PTNT Bình Phước (department site, no dateline) - pepper area by district, one cell per line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH PHƯỚC
Tin chuyên ngành

Diện tích hồ tiêu giảm, nông dân chuyển hướng sản xuất theo chuỗi

Năm 2023, tổng diện tích hồ tiêu toàn tỉnh còn 15.870 ha, giảm 640 ha so với năm 2022; diện tích cho thu hoạch 14.210 ha, sản lượng đạt 46.300 tấn. Diện tích giảm chủ yếu do người dân chuyển sang trồng sầu riêng, cà phê và cây ăn quả khác.

Bảng: Diện tích hồ tiêu phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Bù Gia Mập
4.520
4.310
4.300
Lộc Ninh
3.180
3.050
3.000
Hớn Quản
2.460
2.390
2.400
Bù Đốp
2.150
2.080
2.050
Các huyện, thị xã khác
4.200
4.040
4.000
Toàn tỉnh
16.510
15.870
15.750

Giá tiêu năm 2023 bình quân 72.000 đồng/kg; 9 tháng năm 2024 tăng lên 135.000-140.000 đồng/kg. Toàn tỉnh có 1.280 ha hồ tiêu đạt chứng nhận hữu cơ, GlobalGAP, Rainforest Alliance, tăng 2,3 lần so với năm 2020; trong đó 420 ha được cấp mã số vùng trồng phục vụ xuất khẩu. Phấn đấu đến năm 2025 diện tích tiêu có chứng nhận đạt 2.000 ha, chiếm khoảng 13% tổng diện tích. Hiện toàn tỉnh có 14 hợp tác xã và 32 tổ hợp tác trồng tiêu, liên kết tiêu thụ với 5 doanh nghiệp chế biến, xuất khẩu.

Địa chỉ: Số 727 Quốc lộ 14, phường Tân Bình, TP. Đồng Xoài
Điện thoại: 0271.3879.145
Tổng lượt truy cập: 1.204.577
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch 2024", K24, "target")]

ROWS = [
    ("Bù Gia Mập", "Bù Gia Mập", ["4.520", "4.310", "4.300"]),
    ("Lộc Ninh", "Lộc Ninh", ["3.180", "3.050", "3.000"]),
    ("Hớn Quản", "Hớn Quản", ["2.460", "2.390", "2.400"]),
    ("Bù Đốp", "Bù Đốp", ["2.150", "2.080", "2.050"]),
    ("Các huyện, thị xã khác", None, ["4.200", "4.040", "4.000"]),
    ("Toàn tỉnh", None, ["16.510", "15.870", "15.750"]),
]

FIGS = [
    F("còn 15.870 ha", "15.870", 15870, "measure", "ha", "tổng diện tích hồ tiêu toàn tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 640, "ha", "năm 2022")),
    F("thu hoạch 14.210 ha", "14.210", 14210, "measure", "ha", "diện tích hồ tiêu cho thu hoạch",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 46.300 tấn", "46.300", 46300, "measure", "tấn", "sản lượng hồ tiêu",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
]
for label, loc, cells in ROWS:
    prev = label
    for num, (cl, per, st) in zip(cells, COLS):
        anchor = f"{prev}\n{num}"
        prev = num
        subj = "diện tích hồ tiêu " + (cl if loc or label == "Toàn tỉnh" else f"{label} {cl}")
        kw = {} if st == "actual" else {"status": st}
        if loc:
            kw["location"] = loc
        val = int(num.replace(".", ""))
        FIGS.append(F(anchor, num, val, "measure", "ha", subj, per, **kw))
FIGS += [
    F("bình quân 72.000 đồng/kg", "72.000", 72000, "money", "đồng/kg", "giá tiêu bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 135.000-140.000", "135.000", 135000, "money", "đồng/kg", "giá tiêu",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), value_max=140000),
    F("có 1.280 ha", "1.280", 1280, "measure", "ha", "diện tích hồ tiêu đạt chứng nhận hữu cơ, GlobalGAP, Rainforest Alliance",
      change=CH("increase", 2.3, "lần", "năm 2020")),
    F("trong đó 420 ha", "420", 420, "measure", "ha", "diện tích được cấp mã số vùng trồng phục vụ xuất khẩu", total=1280),
    F("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích tiêu có chứng nhận",
      P("đến năm 2025", None, "2025-12-31"), percent=13, status="target"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã trồng tiêu"),
    F("và 32 tổ hợp tác", "32", 32, "count", "tổ hợp tác", "tổ hợp tác trồng tiêu"),
    F("với 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu liên kết tiêu thụ"),
]

COMMENTS = [
    "Sở NN&PTNT Bình Phước (department site, no dateline): diện tích hồ tiêu theo huyện (one cell per line table, 'Đơn vị tính: ha'),",
    "giá tiêu, chứng nhận, mã số vùng trồng. No date of its own, so no `published`. 'Số 727 Quốc lộ 14', the phone number and",
    "'Tổng lượt truy cập: 1.204.577' are page furniture.",
    "Table: every cell is a figure; district rows give location, the 'Các huyện, thị xã khác' and 'Toàn tỉnh' rows stay at the",
    "province (Bình Phước) with the row label in the subject where it is not a place; periods from the column headers",
    "('Kế hoạch 2024' = target). Table cells carry no totals (the spec gives none for table rows).",
    "'tăng 2,3 lần so với năm 2020' is the change of 1.280 ha; '420 ha' follows 'trong đó' (total 1280);",
    "'chiếm khoảng 13%' is the percent of the 2.000 ha target (its 'khoảng' belongs to the share, not to 2.000 ha).",
    "Choice: the table's title line and unit line are not sentences with periods, so the column header period is scored (as shared h23/h24).",
]

if __name__ == "__main__":
    emit("p564-7", TEXT, COMMENTS, FIGS, location="Bình Phước")
