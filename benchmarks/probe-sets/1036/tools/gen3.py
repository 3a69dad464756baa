"""p1036-3: formal report (UBND tỉnh Sóc Trăng), wind projects 9 months 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 16 tháng 10 năm 2023

BÁO CÁO
Tình hình thực hiện các dự án điện gió 9 tháng đầu năm 2023

I. TÌNH HÌNH CHUNG
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND tỉnh, đến ngày 30/9/2023 toàn tỉnh có 18 dự án điện gió được bổ sung quy hoạch với tổng công suất 1.255 MW; trong đó 6 dự án đã vận hành thương mại (tổng công suất 436 MW), 5 dự án đang thi công và 7 dự án đang chuẩn bị đầu tư.

II. KẾT QUẢ THỰC HIỆN
1. Sản lượng và công suất
Sản lượng điện gió 9 tháng đầu năm 2023 ước đạt 812 triệu kWh, đạt 74,5% kế hoạch năm, tăng 21,3% so với cùng kỳ. Chi tiết theo địa bàn:
Đơn vị tính: công suất MW; sản lượng triệu kWh
Địa bàn | Số dự án vận hành | Công suất vận hành | Sản lượng ước 9 tháng
Thị xã Vĩnh Châu | 3 | 230 | 448
Huyện Trần Đề | 2 | 136 | 231
Huyện Cù Lao Dung | 1 | 70 | 133
Tổng cộng | 6 | 436 | 812
2. Tình hình thi công
Các dự án đang thi công có tổng công suất 349 MW, đã lắp đặt 41/86 tua-bin; khối lượng thi công móng trụ đạt khoảng 62%. Vốn đầu tư giải ngân lũy kế đến 30/9/2023 là 9.870 tỷ đồng, bằng 43,2% tổng mức đầu tư.
3. Đóng góp ngân sách và an sinh
9 tháng, các nhà máy nộp ngân sách 286 tỷ đồng, tăng 35 tỷ đồng so với cùng kỳ; hỗ trợ xây dựng 12 căn nhà đại đoàn kết, mỗi căn 50 triệu đồng.

III. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu đưa thêm 2 dự án với tổng công suất 129 MW vào vận hành trước ngày 31/12/2023, nâng sản lượng cả năm lên khoảng 1.100 triệu kWh. Dự kiến năm 2024, sản lượng điện gió toàn tỉnh đạt 1.450-1.500 triệu kWh.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Khởi
"""

ASOF = P("đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9T = P("Sản lượng ước 9 tháng", "2023-01-01", "2023-09-30")  # column header, year from the report
COLS = ("số dự án vận hành", "công suất vận hành", "sản lượng ước 9 tháng")
ROWS = [("Thị xã Vĩnh Châu |", "Vĩnh Châu", ("3", "230", "448")),
        ("Huyện Trần Đề |", "Trần Đề", ("2", "136", "231")),
        ("Huyện Cù Lao Dung |", "Cù Lao Dung", ("1", "70", "133")),
        ("Tổng cộng |", "Sóc Trăng", ("6", "436", "812"))]


def table():
    out = []
    for label, place, cells in ROWS:
        a, b, c = cells
        total_row = place == "Sóc Trăng"
        pre = "tổng cộng " if total_row else ""
        out.append(F(f"{label} {a} |", a, int(a), "count", "dự án", pre + COLS[0], I(ASOF), location=place))
        out.append(F(f"| {a} | {b} |", b, int(b), "measure", "MW", pre + COLS[1], I(ASOF), location=place))
        out.append(F(f"| {b} | {c}", c, int(c) * 1e6, "measure", "kWh", pre + COLS[2], M9T, location=place,
                     status="estimate"))
    return out


FIGS = [
    F("có 18 dự án", "18", 18, "count", "dự án", "dự án điện gió được bổ sung quy hoạch", ASOF),
    F("công suất 1.255 MW", "1.255", 1255, "measure", "MW", "tổng công suất dự án điện gió được bổ sung quy hoạch",
      ASOF),
    F("trong đó 6 dự án", "6", 6, "count", "dự án", "dự án điện gió đã vận hành thương mại", ASOF, total=18),
    F("tổng công suất 436 MW", "436", 436, "measure", "MW", "tổng công suất dự án điện gió đã vận hành thương mại",
      ASOF, total=1255),
    F("5 dự án đang thi công", "5", 5, "count", "dự án", "dự án điện gió đang thi công", ASOF, total=18),
    F("7 dự án đang chuẩn bị", "7", 7, "count", "dự án", "dự án điện gió đang chuẩn bị đầu tư", ASOF, total=18),
    F("ước đạt 812 triệu kWh", "812", 812e6, "measure", "kWh", "sản lượng điện gió", M9, percent=74.5,
      change=C("increase", 21.3, "%", "cùng kỳ"), status="estimate"),
    *table(),
    F("tổng công suất 349 MW", "349", 349, "measure", "MW", "tổng công suất các dự án điện gió đang thi công"),
    F("lắp đặt 41/86 tua-bin", "41", 41, "count", "tua-bin", "tua-bin đã lắp đặt", total=86),
    F("khoảng 62%", "62", 62, "percent", "%", "khối lượng thi công móng trụ", approx="about"),
    F("là 9.870 tỷ đồng", "9.870", 9870e9, "money", "đồng", "vốn đầu tư giải ngân lũy kế",
      P("lũy kế đến 30/9/2023", None, "2023-09-30"), percent=43.2),
    F("ngân sách 286 tỷ đồng", "286", 286e9, "money", "đồng", "nộp ngân sách của các nhà máy điện gió",
      P("9 tháng", "2023-01-01", "2023-09-30"), change=C("increase", 35e9, "đồng", "cùng kỳ")),
    F("xây dựng 12 căn", "12", 12, "count", "căn nhà", "nhà đại đoàn kết hỗ trợ xây dựng",
      P("9 tháng", "2023-01-01", "2023-09-30")),
    F("mỗi căn 50 triệu đồng", "50", 50e6, "money", "đồng/căn", "mức hỗ trợ mỗi căn nhà đại đoàn kết"),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án điện gió đưa thêm vào vận hành", status="target"),
    F("công suất 129 MW", "129", 129, "measure", "MW", "tổng công suất dự án điện gió đưa thêm vào vận hành",
      status="target"),
    F("khoảng 1.100 triệu kWh", "1.100", 1100e6, "measure", "kWh", "sản lượng điện gió cả năm",
      P("cả năm", "2023-01-01", "2023-12-31"), approx="about", status="target"),
    F("đạt 1.450-1.500 triệu kWh", "1.450", 1450e6, "measure", "kWh", "sản lượng điện gió toàn tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=1500e6, status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Sóc Trăng (Số: 312/BC-UBND, 16/10/2023); flattened '|' table by district with 'Đơn vị tính' line and",
    "a 'Tổng cộng' row. Table cells: subject = column label, place in location, MW / triệu kWh from the unit line, no totals;",
    "the sales column 'Sản lượng ước 9 tháng' gives status estimate and period 9 months 2023 (scored); the other columns inherit",
    "the as-of date 30/9/2023 from section I. Deadline 'trước ngày 31/12/2023' is not a period. Distractors: 312/BC-UBND, 45/KH-UBND,",
    "section numbers I.-III., 1.-3., QUÝ IV/2023 heading, signature.",
]

if __name__ == "__main__":
    emit("p1036-3", TEXT, NOTES, FIGS, published="2023-10-16", location="Sóc Trăng")
