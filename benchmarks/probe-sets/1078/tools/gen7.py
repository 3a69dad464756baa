from lib import F, P, I, C, T, write

TEXT = """SỞ DU LỊCH TỈNH QUẢNG BÌNH
Trang chủ > Tin tức - Sự kiện > Hoạt động du lịch

Cắm trại khám phá hang động - sản phẩm du lịch chủ lực của Quảng Bình

Các tour cắm trại, thám hiểm hang động và cắm trại ven sông suối đang là sản phẩm thu hút khách đến Quảng Bình. Năm 2023, toàn tỉnh có 14 đơn vị được cấp phép tổ chức tour du lịch mạo hiểm kết hợp cắm trại, khai thác 22 tuyến tham quan; tổng số khách tham gia đạt 41.360 lượt, tăng 52,4% so với năm 2022.

Số lượt khách tham gia các tour cắm trại, mạo hiểm
Đơn vị tính: lượt khách
Loại hình
Năm 2022
Năm 2023
Kế hoạch năm 2024
Cắm trại thám hiểm hang động
9.850
15.240
19.000
Cắm trại ven sông, suối, hồ
14.620
20.870
25.000
Glamping, cắm trại trải nghiệm
2.670
5.250
8.000
Tổng cộng
27.140
41.360
52.000

Tour nổi bật nhất là hành trình thám hiểm hang Sơn Đoòng 4 ngày 3 đêm với giá 72 triệu đồng/khách; mỗi năm chỉ khai thác tối đa 1.000 khách. Các tour cắm trại ngắn ngày tại hang Tú Làn, hang Én có giá từ 8 đến 22 triệu đồng/khách.

6 tháng đầu năm 2024, các tour cắm trại, mạo hiểm đã đón 28.900 lượt khách, đạt 55,6% kế hoạch năm; doanh thu ước đạt 214 tỷ đồng. Tỉnh phấn đấu đến năm 2025 có 30 tuyến du lịch mạo hiểm, cắm trại được cấp phép, gắn với bảo tồn Vườn quốc gia Phong Nha - Kẻ Bàng.

SỞ DU LỊCH TỈNH QUẢNG BÌNH
Địa chỉ: Số 20 Hùng Vương, TP. Đồng Hới, tỉnh Quảng Bình
Điện thoại: 0232.3822.018 - Fax: 0232.3828.207
Lượt truy cập: 1.284.557 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"), (Y23, "actual", "năm 2023"),
        (P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch năm 2024")]
ROWS = [("Cắm trại thám hiểm hang động", ["9.850", "15.240", "19.000"]),
        ("Cắm trại ven sông, suối, hồ", ["14.620", "20.870", "25.000"]),
        ("Glamping, cắm trại trải nghiệm", ["2.670", "5.250", "8.000"]),
        ("Tổng cộng", ["27.140", "41.360", "52.000"])]

FIGS = [
    F("có 14 đơn vị", "14", 14, "count", "đơn vị",
      subject="đơn vị được cấp phép tổ chức tour du lịch mạo hiểm kết hợp cắm trại", period=Y23),
    F("khai thác 22 tuyến", "22", 22, "count", "tuyến tham quan", subject="tuyến tham quan khai thác", period=Y23),
    F("đạt 41.360 lượt", "41.360", 41360, "count", "lượt", change=C("increase", 52.4, "%", "năm 2022"),
      subject="khách tham gia tour cắm trại, mạo hiểm", period=Y23),
]
for label, cells in ROWS:
    for i, (cell, (per, st, colname)) in enumerate(zip(cells, COLS)):
        anchor = f"{label}\n{cell}" if i == 0 else f"{cells[i-1]}\n{cell}"
        subj = "lượt khách tham gia tour " + label[0].lower() + label[1:] if label != "Tổng cộng" else \
            "lượt khách tham gia các tour cắm trại, mạo hiểm tổng cộng"
        subj += " " + colname
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "lượt khách", subject=subj, period=per, **kw))
FIGS += [
    F("Sơn Đoòng 4 ngày", "4", 4, "measure", "ngày", subject="thời gian tour Sơn Đoòng", optional=True),
    F("4 ngày 3 đêm", "3", 3, "measure", "đêm", subject="thời gian tour Sơn Đoòng", optional=True),
    F("giá 72 triệu đồng/khách", "72", 72e6, "money", "đồng/khách", subject="giá tour thám hiểm hang Sơn Đoòng"),
    F("tối đa 1.000 khách", "1.000", 1000, "count", "khách", approx="at_most",
      subject="khách tour Sơn Đoòng khai thác mỗi năm"),
    F("từ 8 đến 22 triệu", "8", 8e6, "money", "đồng/khách", value_max=22e6,
      subject="giá tour cắm trại ngắn ngày tại hang Tú Làn, hang Én"),
    F("đón 28.900 lượt khách", "28.900", 28900, "count", "lượt khách", percent=55.6,
      subject="lượt khách tham gia tour cắm trại, mạo hiểm", period=H1),
    F("ước đạt 214 tỷ đồng", "214", 214e9, "money", "đồng", status="estimate",
      subject="doanh thu tour cắm trại, mạo hiểm", period=H1),
    F("có 30 tuyến", "30", 30, "count", "tuyến du lịch mạo hiểm, cắm trại", status="target",
      subject="tuyến du lịch mạo hiểm, cắm trại được cấp phép", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở Du lịch tỉnh Quảng Bình), no dateline: cave and riverside camping tours; a table pasted one cell per line",
    "(Đơn vị tính: lượt khách; Loại hình | Năm 2022 | Năm 2023 | Kế hoạch năm 2024; Tổng cộng row), Sơn Đoòng price and cap, H1/2024 results, 2025 target.",
    "Distractors: footer address Số 20 Hùng Vương, phones 0232.3822.018 / 0232.3828.207, 'Lượt truy cập: 1.284.557', 'Đang trực tuyến: 37', Phong Nha - Kẻ Bàng.",
    "Table cells: subject = row label (type of tour) + indicator, period and status from the column header (Kế hoạch → target), no totals.",
    "revised after the first run: table subjects now add the column label (FIGURES.md: 'row label and the column label'; cf. shared gold h23).",
    "'4 ngày 3 đêm' is the tour's specification (optional). 'tối đa 1.000 khách' per year is an actual cap (at_most).",
]

if __name__ == "__main__":
    write("p1078-7", TEXT, NOTES, FIGS, location="Quảng Bình")
