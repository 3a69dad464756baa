"""p709-7: Sở Công Thương Cần Thơ (department site, no dateline), one-cell-per-line table by district."""
from lib import F, P, CH, emit, inh

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Tin tức > Năng lượng

Điện sinh hoạt năm 2023 tăng 6,3%

Năm 2023, điện thương phẩm cho quản lý và tiêu dùng dân cư trên địa bàn thành phố đạt 1.262,4 triệu kWh, tăng 6,3% so với năm 2022, chiếm 38,7% tổng điện thương phẩm. Điện sinh hoạt bình quân đầu người đạt 1.008 kWh/người/năm.

Đến hết năm 2023, thành phố có 398.526 khách hàng sử dụng điện sinh hoạt, tăng 11.240 khách hàng so với cuối năm 2022. Các quận trung tâm tiêu thụ điện nhiều nhất, trong đó quận Ninh Kiều chiếm 34,8% điện sinh hoạt toàn thành phố.

Bảng: Điện thương phẩm sinh hoạt theo địa bàn
Đơn vị tính: triệu kWh
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Quận Ninh Kiều
412,6
438,9
460,0
Quận Bình Thủy
128,3
137,5
145,0
Quận Cái Răng
105,7
114,2
121,0
Quận Ô Môn
96,4
101,8
107,0
Quận Thốt Nốt
88,1
93,6
98,0
Toàn thành phố
1.187,5
1.262,4
1.325,0

Tính đến 31/12/2023, toàn thành phố có 2.315 hệ thống điện mặt trời mái nhà của hộ gia đình với tổng công suất 38,6 MWp. Thành phố phấn đấu đến năm 2025 có khoảng 5.000 hệ thống điện mặt trời mái nhà hộ gia đình; tỷ lệ hộ sử dụng điện an toàn đạt trên 99,5%; tiết kiệm từ 2 đến 3% điện năng tiêu thụ mỗi năm.

Phòng Quản lý Năng lượng - Sở Công Thương
Địa chỉ: số 19 Hòa Bình, phường Tân An, quận Ninh Kiều. ĐT: 0292.3820.544
Tổng lượt truy cập: 1.204.538 | Đang truy cập: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến 31/12/2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

ROWS = [
    ("Ninh Kiều", "Ninh Kiều", ["412,6", "438,9", "460,0"]),
    ("Bình Thủy", "Bình Thủy", ["128,3", "137,5", "145,0"]),
    ("Cái Răng", "Cái Răng", ["105,7", "114,2", "121,0"]),
    ("Ô Môn", "Ô Môn", ["96,4", "101,8", "107,0"]),
    ("Thốt Nốt", "Thốt Nốt", ["88,1", "93,6", "98,0"]),
    ("Toàn thành phố", "Cần Thơ", ["1.187,5", "1.262,4", "1.325,0"]),
]
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("năm 2023 tăng 6,3%", "6,3", 6.3, "percent", "%", "điện sinh hoạt", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 1.262,4 triệu kWh", "1.262,4", 1262.4e6, "measure", "kWh",
      "điện thương phẩm cho quản lý và tiêu dùng dân cư", Y23, percent=38.7,
      change=CH("increase", 6.3, baseline="năm 2022")),
    F("đạt 1.008 kWh/người/năm", "1.008", 1008, "measure", "kWh/người/năm", "điện sinh hoạt bình quân đầu người",
      inh(Y23)),
    F("có 398.526 khách hàng", "398.526", 398526, "count", "khách hàng", "khách hàng sử dụng điện sinh hoạt",
      P("Đến hết năm 2023", None, "2023-12-31"), change=CH("increase", 11240, "khách hàng", baseline="cuối năm 2022")),
    F("chiếm 34,8%", "34,8", 34.8, "percent", "%", "tỷ trọng điện sinh hoạt toàn thành phố", inh(Y23),
      location="Ninh Kiều"),
]
for label, loc, cells in ROWS:
    prev = label
    for (cname, per, st), cell in zip(COLS, cells):
        subj = "điện thương phẩm sinh hoạt " + ("toàn thành phố " if label == "Toàn thành phố" else "") + cname
        kw = {"location": loc}
        if st:
            kw["status"] = st
        FIGS.append(F(f"{prev}\n{cell}", cell, num(cell) * 1e6, "measure", "kWh", subj, per, **kw))
        prev = cell

FIGS += [
    F("có 2.315 hệ thống", "2.315", 2315, "count", "hệ thống",
      "hệ thống điện mặt trời mái nhà của hộ gia đình", ASOF),
    F("38,6 MWp", "38,6", 38.6, "measure", "MWp", "tổng công suất điện mặt trời mái nhà của hộ gia đình", ASOF),
    F("khoảng 5.000 hệ thống", "5.000", 5000, "count", "hệ thống", "hệ thống điện mặt trời mái nhà hộ gia đình", T25,
      approx="about", status="target"),
    F("trên 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ hộ sử dụng điện an toàn", T25, approx="over",
      status="target"),
    F("từ 2 đến 3%", "2", 2, "percent", "%", "tiết kiệm điện năng tiêu thụ mỗi năm", T25, value_max=3,
      status="target"),
]

COMMENTS = [
    "Sở Công Thương Cần Thơ (department site, no dateline, visit counter in the footer): điện sinh hoạt 2023, table by district.",
    "One-cell-per-line table with 'Đơn vị tính: triệu kWh': every cell a figure, ×10^6 kWh; district rows go to location,",
    "'Toàn thành phố' is Cần Thơ; periods from column headers (scored); 'Kế hoạch 2024' cells are targets.",
    "No published date. 'đến năm 2025' target period ends 2025-12-31 and governs the clauses after ';'.",
    "Address 'số 19 Hòa Bình', phone, 'Tổng lượt truy cập: 1.204.538', 'Đang truy cập: 37' are not figures.",
]

if __name__ == "__main__":
    emit("p709-7", TEXT, COMMENTS, FIGS, location="Cần Thơ")
