"""p1125-7: department site (Sở NN&PTNT Quảng Nam), no dateline; one-cell-per-line table of areca area by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển cây cau gắn với chế biến sâu

Năm 2023, diện tích cau toàn tỉnh đạt 2.158 ha, tăng 5,4% so với năm 2022; sản lượng đạt 8.720 tấn. Do giá cau tươi bình quân chỉ khoảng 7.000 đồng/kg, giảm 70% so với năm trước, giá trị thu từ cây cau chỉ còn khoảng 61 tỷ đồng.

Diện tích cau phân theo huyện:
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Tiên Phước
812
845
Hiệp Đức
436
468
Bắc Trà My
395
410
Các huyện khác
405
435
Tổng số
2.048
2.158

Tại huyện Tiên Phước, Công ty TNHH Chế biến nông sản Phú Thịnh (Cụm công nghiệp Tiên Sơn, Km 12 ĐT611) đầu tư nhà máy sấy, chế biến cau với tổng vốn 18 tỷ đồng, công suất 3.000 tấn/năm. Năm 2023, nhà máy thu mua 1.250 tấn cau tươi của 460 hộ, tạo việc làm cho 35 lao động với mức lương từ 6 đến 7 triệu đồng/người/tháng.

Mục tiêu đến năm 2025, toàn tỉnh có 2.500 ha cau, trong đó 30% diện tích được chứng nhận VietGAP hoặc hữu cơ.

Bài viết liên quan:
- Tập huấn kỹ thuật trồng, chăm sóc cau lần thứ 2 tại Hiệp Đức
- Hội nghị tổng kết sản xuất nông nghiệp năm 2023

SỞ NN&PTNT TỈNH QUẢNG NAM
Địa chỉ: 102 Hùng Vương, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.421
Tổng lượt truy cập: 2.094.116 | Đang trực tuyến: 43
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
TO_2025 = P("Mục tiêu đến năm 2025", None, "2025-12-31")
TP = "Tiên Phước"
PLACES = {"Tiên Phước": "Tiên Phước", "Hiệp Đức": "Hiệp Đức", "Bắc Trà My": "Bắc Trà My"}


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23}[col]
    place = PLACES.get(row)
    kw = {"location": place} if place else {}
    subject = f"diện tích cau {col.lower()}" if place else f"diện tích cau {row.lower()} {col.lower()}"
    return F(anchor, number, value, "measure", "ha", subject=subject, period=per, **kw)


FIGS = [
    F("đạt 2.158 ha", "2.158", 2158, "measure", "ha", change=C("increase", 5.4, "%", "năm 2022"),
      subject="diện tích cau", period=Y23),
    F("đạt 8.720 tấn", "8.720", 8720, "measure", "tấn", subject="sản lượng cau", period=Y23),
    F("khoảng 7.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", approx="about",
      change=C("decrease", 70, "%", "năm trước"), subject="giá cau tươi bình quân", period=I(Y23)),
    F("khoảng 61 tỷ", "61", 61000000000, "money", "đồng", approx="about", subject="giá trị thu từ cây cau",
      period=I(Y23)),
    cell("Tiên Phước\n812", "812", 812, "Tiên Phước", "Năm 2022"),
    cell("812\n845", "845", 845, "Tiên Phước", "Năm 2023"),
    cell("Hiệp Đức\n436", "436", 436, "Hiệp Đức", "Năm 2022"),
    cell("436\n468", "468", 468, "Hiệp Đức", "Năm 2023"),
    cell("Bắc Trà My\n395", "395", 395, "Bắc Trà My", "Năm 2022"),
    cell("395\n410", "410", 410, "Bắc Trà My", "Năm 2023"),
    cell("khác\n405", "405", 405, "Các huyện khác", "Năm 2022"),
    cell("405\n435", "435", 435, "Các huyện khác", "Năm 2023"),
    cell("Tổng số\n2.048", "2.048", 2048, "Tổng số", "Năm 2022"),
    cell("2.048\n2.158", "2.158", 2158, "Tổng số", "Năm 2023"),
    F("tổng vốn 18 tỷ", "18", 18000000000, "money", "đồng", subject="tổng vốn đầu tư nhà máy sấy, chế biến cau",
      location=TP),
    F("công suất 3.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm", subject="công suất nhà máy sấy, chế biến cau",
      location=TP),
    F("thu mua 1.250 tấn", "1.250", 1250, "measure", "tấn", subject="cau tươi nhà máy thu mua", period=Y23,
      location=TP),
    F("của 460 hộ", "460", 460, "count", "hộ", subject="hộ bán cau tươi cho nhà máy", period=Y23, location=TP),
    F("cho 35 lao động", "35", 35, "count", "lao động", subject="lao động có việc làm tại nhà máy", period=Y23,
      location=TP),
    F("từ 6 đến 7 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7000000,
      subject="mức lương lao động nhà máy", period=Y23, location=TP),
    F("có 2.500 ha", "2.500", 2500, "measure", "ha", status="target", subject="diện tích cau", period=TO_2025),
    F("30% diện tích", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ diện tích cau được chứng nhận VietGAP hoặc hữu cơ", period=TO_2025),
]

NOTES = [
    "Department site (Sở NN&PTNT Quảng Nam): no dateline, so no published; menu, related links, footer address, phone, counters.",
    "One-cell-per-line table 'Đơn vị tính: ha', header Huyện / Năm 2022 / Năm 2023, 'Tổng số' row. District rows go to location;",
    "'Các huyện khác' and 'Tổng số' stay at Quảng Nam with the row label in the subject. Cell periods come from the column headers (scored).",
    "The factory passage ('Tại huyện Tiên Phước, Công ty … ') keeps Tiên Phước for the next sentence about the same factory.",
    "'giảm 70% so với năm trước' is the price's change. '30% diện tích' after 'trong đó' is a percent of its own (no total).",
    "Distractors: 'Km 12 ĐT611', 'lần thứ 2', '102 Hùng Vương', phone, 'Tổng lượt truy cập: 2.094.116', 'Đang trực tuyến: 43'.",
]

if __name__ == "__main__":
    write("p1125-7", TEXT, NOTES, FIGS, location="Quảng Nam")
