from lib import F, P, I, CH, T, emit

ROWS = [("Mù Cang Chải", "312.000", "405.000", "450.000"),
        ("Trạm Tấu", "96.500", "138.200", "160.000"),
        ("Văn Chấn", "285.000", "351.300", "390.000"),
        ("Thị xã Nghĩa Lộ", "205.300", "251.500", "280.000")]
TABLE = "\n".join(["Địa phương", "Năm 2022", "Năm 2023", "Kế hoạch 2024"] + [c for r in ROWS for c in r])

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH YÊN BÁI
Trang chủ / Du lịch / Thống kê du lịch

Du lịch vùng cao phía Tây tỉnh Yên Bái tăng trưởng mạnh

Năm 2023, các địa phương vùng cao phía Tây của tỉnh Yên Bái đón 1.146.000 lượt khách, tăng 27,5% so với năm 2022, chiếm 62,4% tổng lượt khách toàn tỉnh. Mùa lúa chín và sự kiện dù lượn "Bay trên mùa vàng" tại đèo Khau Phạ thu hút đông đảo du khách.

Lượt khách đến một số địa phương
Đơn vị tính: lượt khách
""" + TABLE + """

Tại Trạm Tấu, tuyến trekking chinh phục đỉnh Tà Chì Nhù (cao 2.979 m) đón gần 18.000 lượt khách, tăng 2,1 lần so với năm 2022. Toàn vùng hiện có 265 cơ sở homestay với khoảng 4.100 chỗ nghỉ. Giá dịch vụ bay dù lượn đôi tại đèo Khau Phạ phổ biến từ 1,5 đến 2 triệu đồng/lượt.

Tỉnh đang kêu gọi đầu tư dự án cáp treo Tú Lệ - Khau Phạ, dự kiến dài khoảng 4,5 km, tổng mức đầu tư 2.800 tỷ đồng. Tỉnh phấn đấu đến năm 2025, khu vực phía Tây đón 1,6 triệu lượt khách, doanh thu du lịch đạt 2.000 tỷ đồng.

Địa chỉ: Tổ 15, phường Đồng Tâm, TP Yên Bái | Điện thoại: 0216.3852.679
Tổng lượt truy cập: 1.284.637
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024")]
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón 1.146.000 lượt", "1.146.000", 1146000, "count", "lượt khách",
      "lượt khách các địa phương vùng cao phía Tây", Y23,
      percent=62.4, change=CH("increase", 27.5, "%", "năm 2022")),
]
for place, *cells in ROWS:
    loc = place.replace("Thị xã ", "")
    for i, cell in enumerate(cells):
        per, status, lab = COLS[i]
        if i == 0:
            anchor = f"{place}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n"
        else:
            anchor = f"{cells[1]}\n{cell}\n"
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "lượt khách",
                      f"lượt khách {lab}", per, status=status, location=loc))
FIGS += [
    F("cao 2.979 m", "2.979", 2979, "measure", "m", "độ cao đỉnh Tà Chì Nhù", location="Trạm Tấu"),
    F("gần 18.000 lượt", "18.000", 18000, "count", "lượt khách",
      "lượt khách tuyến trekking chinh phục đỉnh Tà Chì Nhù", I(Y23),
      approx="nearly", change=CH("increase", 2.1, "lần", "năm 2022"), location="Trạm Tấu"),
    F("có 265 cơ sở", "265", 265, "count", "cơ sở homestay", "cơ sở homestay"),
    F("khoảng 4.100 chỗ", "4.100", 4100, "count", "chỗ nghỉ", "chỗ nghỉ homestay", approx="about"),
    F("từ 1,5 đến 2 triệu", "1,5", 1500000, "money", "đồng/lượt", "giá dịch vụ bay dù lượn đôi tại đèo Khau Phạ",
      value_max=2000000),
    F("khoảng 4,5 km", "4,5", 4.5, "measure", "km", "chiều dài dự án cáp treo Tú Lệ - Khau Phạ",
      approx="about", status="forecast"),
    F("tư 2.800 tỷ", "2.800", 2800000000000, "money", "đồng", "tổng mức đầu tư dự án cáp treo Tú Lệ - Khau Phạ",
      status="forecast"),
    F("đón 1,6 triệu", "1,6", 1600000, "count", "lượt khách", "lượt khách khu vực phía Tây", T25, status="target"),
    F("đạt 2.000 tỷ", "2.000", 2000000000000, "money", "đồng", "doanh thu du lịch khu vực phía Tây", T25,
      status="target"),
]

COMMENTS = [
    "Sở VHTTDL Yên Bái (department site), no dateline, footer with address, phone and visit counter: western highland tourism 2023.",
    "One-cell-per-line table with 'Đơn vị tính: lượt khách'; rows are districts (location; 'Thị xã Nghĩa Lộ' → Nghĩa Lộ); subject = indicator + column;",
    "periods from the column headers (scored); 'Kế hoạch 2024' cells are targets. The 2023 cells add up to 1.146.000 but the table has no cue: no total.",
    "'đón gần 18.000 lượt khách, tăng 2,1 lần so với năm 2022': change in 'lần'; location Trạm Tấu (named in the sentence).",
    "'dự kiến dài khoảng 4,5 km, tổng mức đầu tư 2.800 tỷ đồng': forecast continues into the second clause. 'đến năm 2025' targets end 2025-12-31.",
    "'Hiện' sentence: no period. Distractors: 'Tổ 15', '0216.3852.679', 'Tổng lượt truy cập: 1.284.637', column-header years.",
]

emit("p695-7", TEXT, COMMENTS, FIGS, published=None, location="Yên Bái")
