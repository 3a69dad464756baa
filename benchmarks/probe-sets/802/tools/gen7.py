"""p802-7: Sở NN&PTNT Trà Vinh site, no dateline, peanuts on sandy ridges, one-cell-per-line table."""
from lib import F, write, year, inherit, change, period

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Đậu phộng trên đất giồng cát: hướng đi bền vững

Năm 2023, diện tích đậu phộng toàn tỉnh Trà Vinh đạt 4.615 ha, năng suất bình quân 42,8 tạ/ha, sản lượng khoảng 19.750 tấn. So với năm 2022, diện tích tăng 3,4%; riêng huyện Cầu Ngang tăng mạnh nhất với 180 ha.

Diện tích đậu phộng theo huyện
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Cầu Ngang
1.650
1.830
1.900
Trà Cú
1.120
1.145
1.200
Duyên Hải
980
1.010
1.050
Các huyện khác
713
630
650
Toàn tỉnh
4.463
4.615
4.800

Mô hình luân canh lúa - đậu phộng tại xã Hiệp Mỹ Tây (huyện Cầu Ngang) cho lợi nhuận 60-70 triệu đồng/ha/vụ, cao gấp 3 lần trồng lúa. Hiện toàn tỉnh có 11 hợp tác xã trồng đậu phộng, trong đó 4 hợp tác xã có xưởng sấy, ép dầu. Giá đậu phộng tươi tại ruộng hiện từ 18.000 đến 20.000 đồng/kg, cao hơn khoảng 2.000 đồng/kg so với cùng kỳ năm trước. Năm 2024, Sở phấn đấu xây dựng 5 vùng sản xuất đậu phộng tập trung, mỗi vùng từ 50 ha trở lên, và hỗ trợ 100% chi phí chứng nhận VietGAP.

Địa chỉ: Số 10 Nguyễn Thị Minh Khai, Phường 2, TP Trà Vinh
Điện thoại: 0294.3862.305 - Fax: 0294.3862.310
Tổng lượt truy cập: 1.284.067
"""

Y23 = year("Năm 2023", 2023)
SUBJ = "diện tích đậu phộng"
COLS = [(year("Năm 2022", 2022), "actual", "năm 2022"),
        (year("Năm 2023", 2023), "actual", "năm 2023"),
        (year("Kế hoạch 2024", 2024), "target", "kế hoạch 2024")]
ROWS = [
    ("Cầu Ngang", "Cầu Ngang", [("Cầu Ngang\n1.650", "1.650", 1650), ("1.650\n1.830", "1.830", 1830),
                                ("1.830\n1.900", "1.900", 1900)]),
    ("Trà Cú", "Trà Cú", [("Trà Cú\n1.120", "1.120", 1120), ("1.120\n1.145", "1.145", 1145),
                          ("1.145\n1.200", "1.200", 1200)]),
    ("Duyên Hải", "Duyên Hải", [("Duyên Hải\n980", "980", 980), ("980\n1.010", "1.010", 1010),
                                ("1.010\n1.050", "1.050", 1050)]),
    ("Các huyện khác", None, [("khác\n713", "713", 713), ("713\n630", "630", 630), ("630\n650", "650", 650)]),
    ("Toàn tỉnh", None, [("tỉnh\n4.463", "4.463", 4463), ("4.463\n4.615", "4.615", 4615),
                         ("4.615\n4.800", "4.800", 4800)]),
]

FIGS = [
    F("đạt 4.615 ha", "4.615", 4615, "measure", "ha", "diện tích đậu phộng", Y23),
    F("bình quân 42,8 tạ/ha", "42,8", 42.8, "measure", "tạ/ha", "năng suất đậu phộng bình quân", Y23),
    F("khoảng 19.750 tấn", "19.750", 19750, "measure", "tấn", "sản lượng đậu phộng", Y23, approx="about"),
    F("tăng 3,4%", "3,4", 3.4, "percent", "%", "tốc độ tăng diện tích đậu phộng", inherit(Y23)),
    F("với 180 ha", "180", 180, "measure", "ha", "diện tích đậu phộng tăng thêm", inherit(Y23),
      location="Cầu Ngang"),
]
for label, loc, cells in ROWS:
    for (anchor, num, val), (per, status, col) in zip(cells, COLS):
        kw = {"location": loc} if loc else {}
        if status != "actual":
            kw["status"] = status
        FIGS.append(F(anchor, num, val, "measure", "ha", f"{SUBJ} {col}", per, **kw))

FIGS += [
    F("lợi nhuận 60-70 triệu", "60", 60e6, "money", "đồng/ha/vụ", "lợi nhuận mô hình luân canh lúa - đậu phộng",
      value_max=70e6, change=change("increase", 3, "lần", "trồng lúa"), location="Cầu Ngang"),
    F("có 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã trồng đậu phộng"),
    F("trong đó 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã có xưởng sấy, ép dầu", total=11),
    F("từ 18.000 đến 20.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá đậu phộng tươi tại ruộng",
      value_max=20000, change=change("increase", 2000, "đồng/kg", "cùng kỳ năm trước", "about")),
    F("xây dựng 5 vùng", "5", 5, "count", "vùng", "vùng sản xuất đậu phộng tập trung", year("Năm 2024", 2024),
      status="target"),
    F("từ 50 ha trở lên", "50", 50, "measure", "ha", "diện tích mỗi vùng sản xuất đậu phộng tập trung",
      approx="at_least", status="target", optional=True),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "chi phí chứng nhận VietGAP được hỗ trợ",
      year("Năm 2024", 2024), status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Trà Vinh site, no dateline (no published): peanuts (đậu phộng) on sandy ridges 2022-2024, one-cell-per-line table.",
    "Distractors: menu line, address 'Số 10 Nguyễn Thị Minh Khai, Phường 2', phone and fax, 'Tổng lượt truy cập: 1.284.067'.",
    "Table: 'Đơn vị tính: ha', column headers give the period (Năm 2022, Năm 2023, Kế hoạch 2024 -> status target); district rows",
    "-> location; 'Các huyện khác' and 'Toàn tỉnh' -> Trà Vinh; no totals for cells (the Toàn tỉnh row is its own figure).",
    "'diện tích tăng 3,4%' stands alone (no base amount in its sentence): percent figure, no change. 'tăng mạnh nhất với 180 ha' is",
    "the increase itself stated as the claim: a measure of its own. 'cao gấp 3 lần trồng lúa' follows the profit range: its change.",
    "'mỗi vùng từ 50 ha trở lên' is a category threshold: optional. 'trong đó 4 hợp tác xã' -> total 11. 'Hiện' gives no period.",
]

write(7, TEXT, FIGS, COMMENTS, published=None, location="Trà Vinh")
