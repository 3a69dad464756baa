from lib import F, P, inh, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
Chi cục Phát triển nông thôn
Trang chủ / Hoạt động chuyên ngành / Cơ giới hóa

Tình hình trang bị máy nông nghiệp trên địa bàn tỉnh

Theo số liệu tổng hợp của Chi cục Phát triển nông thôn, tính đến ngày 31/12/2023, toàn tỉnh có 4.715 máy gặt đập liên hợp, đáp ứng cơ giới hóa khâu thu hoạch trên 99% diện tích lúa; 318 thiết bị bay phun thuốc, tăng 146 chiếc so với năm 2022. Số lượng máy chủ yếu tại 4 huyện trọng điểm lúa như sau:

Bảng: Số lượng máy nông nghiệp chủ yếu (tính đến 31/12/2023)
Đơn vị tính: chiếc
Huyện
Máy kéo
Máy gặt đập liên hợp
Máy cấy
Thiết bị bay
Hòn Đất
1.126
842
12
64
Tân Hiệp
958
615
8
47
Giồng Riềng
1.034
701
5
52
Gò Quao
812
533
3
31
Toàn tỉnh
6.870
4.715
41
318

Bình quân mỗi máy gặt đập liên hợp thu hoạch 120-150 ha/vụ; mỗi thiết bị bay phun khoảng 1.200 ha/năm. Tỷ lệ cơ giới hóa khâu sấy lúa của tỉnh mới đạt khoảng 55%, khâu gieo cấy bằng máy chưa đến 2% diện tích.

Kế hoạch năm 2024, tỉnh phấn đấu tăng thêm 80 lò sấy và 100 thiết bị bay; hỗ trợ lãi suất cho tổ chức, cá nhân vay vốn mua máy theo Nghị quyết số 09/2023/NQ-HĐND của HĐND tỉnh.

Địa chỉ: Số 12 Nguyễn Trung Trực, phường Vĩnh Bảo, TP. Rạch Giá, tỉnh Kiên Giang
Điện thoại: 0297.3862.451 - Fax: 0297.3862.450
Tổng lượt truy cập: 1.284.563
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
TAB = inh(P("tính đến 31/12/2023", None, "2023-12-31"))
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
COLS = ["Máy kéo", "Máy gặt đập liên hợp", "Máy cấy", "Thiết bị bay"]
ROWS = [
    ("Hòn Đất", ["1.126", "842", "12", "64"]),
    ("Tân Hiệp", ["958", "615", "8", "47"]),
    ("Giồng Riềng", ["1.034", "701", "5", "52"]),
    ("Gò Quao", ["812", "533", "3", "31"]),
    ("Toàn tỉnh", ["6.870", "4.715", "41", "318"]),
]
TABLE = []
for label, cells in ROWS:
    loc = "Kiên Giang" if label == "Toàn tỉnh" else label
    for i, c in enumerate(cells):
        anchor = f"{label}\n{c}" if i == 0 else f"{cells[i - 1]}\n{c}"
        if label == "Toàn tỉnh" and i == 3:
            anchor = "41\n318\n"
        TABLE.append(F(anchor, c, int(c.replace(".", "")), "count", "chiếc", COLS[i], TAB, location=loc))

FIGS = [
    F("có 4.715 máy", "4.715", 4715, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", ASOF),
    F("trên 99%", "99", 99, "percent", "%", "diện tích lúa được cơ giới hóa khâu thu hoạch", ASOF, approx="over"),
    F("318 thiết bị bay phun", "318", 318, "count", "thiết bị bay", "thiết bị bay phun thuốc", ASOF,
      change=CH("increase", 146, "chiếc", "năm 2022")),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện trọng điểm lúa"),
] + TABLE + [
    F("120-150 ha/vụ", "120", 120, "measure", "ha/vụ", "diện tích thu hoạch bình quân mỗi máy gặt đập liên hợp", value_max=150),
    F("khoảng 1.200 ha/năm", "1.200", 1200, "measure", "ha/năm", "diện tích phun của mỗi thiết bị bay", approx="about"),
    F("khoảng 55%", "55", 55, "percent", "%", "Tỷ lệ cơ giới hóa khâu sấy lúa", approx="about"),
    F("chưa đến 2%", "2", 2, "percent", "%", "diện tích gieo cấy bằng máy", approx="under"),
    F("thêm 80 lò sấy", "80", 80, "count", "lò sấy", "lò sấy tăng thêm", Y24, status="target"),
    F("100 thiết bị bay", "100", 100, "count", "thiết bị bay", "thiết bị bay tăng thêm", Y24, status="target"),
]

COMMENTS = [
    "Probe 661-7. Department site (Sở NN&PTNT Kiên Giang / Chi cục PTNT), no dateline; visit counter, address, phone/fax in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: chiếc'; rows are districts (→ location) and 'Toàn tỉnh' (→ Kiên Giang); subject = column label.",
    "Table period from its title '(tính đến 31/12/2023)' (inherited, as-of). District rows are 4 of the province's districts: no total.",
    "'đáp ứng … trên 99% diện tích lúa' is a share of area, its own percent figure, not the percent of the 4.715 harvesters.",
    "'318 thiết bị bay …, tăng 146 chiếc so với năm 2022' → change. 'tại 4 huyện' counted. Nghị quyết number, 'Số 12' address not figures.",
    "'Kế hoạch năm 2024, tỉnh phấn đấu tăng thêm 80 lò sấy và 100 thiết bị bay' → targets with period 2024.",
]

if __name__ == "__main__":
    emit("p661-7", TEXT, COMMENTS, FIGS, published=None, location="Kiên Giang")
