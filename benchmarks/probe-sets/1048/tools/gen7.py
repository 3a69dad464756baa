"""p1048-7: Chi cục Chăn nuôi và Thú y Quảng Bình (department site, no dateline, footer), one-cell-per-line table."""
from lib import F, write, period, inherit, change

HEAD = ["Huyện", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
ROWS = [("Bố Trạch", "930", "1.010", "1.100"),
        ("Tuyên Hóa", "640", "705", "760"),
        ("Quảng Ninh", "520", "560", "620"),
        ("Lệ Thủy", "340", "365", "420"),
        ("Toàn tỉnh", "2.430", "2.640", "2.900")]
TABLE = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT TỈNH QUẢNG BÌNH
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Chăn nuôi hươu sao - hướng đi bền vững ở vùng gò đồi

Năm 2023, tổng đàn hươu sao toàn tỉnh đạt 2.640 con, tăng 8,6% so với năm 2022; sản lượng nhung đạt 1.020 kg. Số cơ sở nuôi quy mô trang trại là 14 cơ sở, tăng 3 cơ sở so với năm trước. Hươu được nuôi chủ yếu ở các huyện vùng gò đồi, tận dụng lá keo, lá sắn, cỏ voi làm thức ăn, giúp giảm đáng kể chi phí chăn nuôi.

Đàn hươu sao phân theo huyện
Đơn vị tính: con
""" + TABLE + """

Giá nhung hươu trên địa bàn năm 2023 bình quân 1,7 triệu đồng/lạng; hươu giống 6 tháng tuổi có giá từ 7 đến 9 triệu đồng/con. Chi cục đã tiêm phòng cho 2.150 lượt con, đạt 81,4% tổng đàn. Năm 2024, Chi cục phấn đấu nâng tỷ lệ tiêm phòng lên trên 85%, đồng thời hướng dẫn các hộ kê khai hoạt động chăn nuôi theo quy định.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH QUẢNG BÌNH
Địa chỉ: Số 87 Hữu Nghị, TP. Đồng Hới, tỉnh Quảng Bình
Điện thoại: 0232.3822.546 | Email: ccnty@quangbinh.gov.vn
Lượt truy cập: 356.128 | Đang trực tuyến: 17
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23s = period("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("đạt 2.640 con", "2.640", 2640, "count", "con", "tổng đàn hươu sao",
      change=change("increase", 8.6, "%", "năm 2022"), period=Y23),
    F("đạt 1.020 kg", "1.020", 1020, "measure", "kg", "sản lượng nhung", period=Y23),
    F("là 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở nuôi quy mô trang trại",
      change=change("increase", 3, "cơ sở", "năm trước"), period=inherit(Y23)),
]
for label, *cells in ROWS:
    loc = "Quảng Bình" if label == "Toàn tỉnh" else label
    prev = label
    for per, cell in zip((Y22, Y23, Y24), cells):
        extra = {"status": "target"} if per is Y24 else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "count", "con",
                      "đàn hươu sao" + (" toàn tỉnh" if label == "Toàn tỉnh" else ""), location=loc, period=per,
                      **extra))
        prev = cell

FIGS += [
    F("bình quân 1,7 triệu", "1,7", 1700000, "money", "đồng/lạng", "giá nhung hươu bình quân", period=Y23s),
    F("6 tháng tuổi", "6", 6, "measure", "tháng tuổi", "tuổi hươu giống", optional=True),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/con", "giá hươu giống", value_max=9000000, period=Y23s),
    F("cho 2.150 lượt con", "2.150", 2150, "count", "lượt con", "lượt hươu được tiêm phòng", percent=81.4,
      period=inherit(Y23s)),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ tiêm phòng", approx="over", status="target",
      period=period("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Probe 1048-7: department site (Chi cục Chăn nuôi và Thú y Quảng Bình), no dateline; footer with address, phone, email,",
    "'Lượt truy cập: 356.128 | Đang trực tuyến: 17' (page furniture). One-cell-per-line table: header cells, then rows.",
    "Cells: subject 'đàn hươu sao', location = district row (Toàn tỉnh -> Quảng Bình; 'Quảng Ninh' is a district of Quảng Bình),",
    "period from the column header (scored), 'Kế hoạch 2024' column -> target. No totals for cells.",
    "'6 tháng tuổi' is the age class of breeding deer (optional). Not figures: Số 87 Hữu Nghị, 0232.3822.546.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Quảng Bình")
