"""p803-7: Sóc Trăng department site (no dateline), Khmer-language mobile cinema, one-cell-per-line table."""
from lib import F, P, I, C, emit

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chiếu phim phục vụ đồng bào Khmer: kết quả năm 2023 và kế hoạch năm 2024

Năm 2023, 5 đội chiếu phim lưu động của Trung tâm Văn hóa tỉnh đã tổ chức 1.184 buổi chiếu tại các phum, sóc và điểm chùa Khmer, tăng 96 buổi so với năm 2022, phục vụ trên 236.000 lượt người xem. Các huyện có nhiều buổi chiếu là Trần Đề (214 buổi), Châu Thành (198 buổi) và Mỹ Xuyên (173 buổi). Số phim được lồng tiếng Khmer đạt 42 phim, chiếm 35% tổng số phim phát hành.

Kết quả và kế hoạch cụ thể như sau:

Đơn vị tính: buổi, lượt người, phim
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch năm 2024
Buổi chiếu phim
1.088
1.184
1.250
Lượt người xem
221.500
236.400
245.000
Phim lồng tiếng Khmer
37
42
48

Trong năm 2024, ngoài nguồn ngân sách tỉnh bố trí khoảng 1,6 tỷ đồng, Trung tâm dự kiến được Chương trình mục tiêu quốc gia hỗ trợ thêm 700 triệu đồng để mua 2 máy chiếu kỹ thuật số. Mức bồi dưỡng cho diễn viên, thuyết minh viên tiếng Khmer là 80.000 đồng/người/buổi.

Trung tâm Văn hóa tỉnh Sóc Trăng
Địa chỉ: số 19 Hùng Vương, Phường 6, TP. Sóc Trăng
Điện thoại: 0299.3822.614 - Email: ttvh@soctrang.gov.vn
Lượt truy cập: 1.284.377
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ROWS = [("Buổi chiếu phim", "buổi", ["1.088", "1.184", "1.250"]),
        ("Lượt người xem", "lượt người", ["221.500", "236.400", "245.000"]),
        ("Phim lồng tiếng Khmer", "phim", ["37", "42", "48"])]
COLS = [("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch năm 2024", Y24, "target")]


def table():
    out = []
    for label, unit, cells in ROWS:
        for i, (cell, (col, per, status)) in enumerate(zip(cells, COLS)):
            anchor = "\n".join([label] + cells[: i + 1]) if i < 2 else "\n".join(cells)
            val = float(cell.replace(".", ""))
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, val, "count", unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("Năm 2023, 5 đội", "5", 5, "count", "đội chiếu phim lưu động", "đội chiếu phim lưu động của Trung tâm Văn hóa tỉnh",
      Y23),
    F("tổ chức 1.184 buổi", "1.184", 1184, "count", "buổi chiếu", "buổi chiếu phim lưu động tại các phum, sóc và điểm chùa Khmer", Y23,
      change=C("increase", 96, "buổi", "năm 2022")),
    F("trên 236.000 lượt", "236.000", 236000, "count", "lượt người xem", "lượt người xem phim lưu động", Y23,
      approx="over"),
    F("Trần Đề (214 buổi)", "214", 214, "count", "buổi", "số buổi chiếu", I(Y23), location="Trần Đề"),
    F("Châu Thành (198 buổi)", "198", 198, "count", "buổi", "số buổi chiếu", I(Y23), location="Châu Thành"),
    F("Mỹ Xuyên (173 buổi)", "173", 173, "count", "buổi", "số buổi chiếu", I(Y23), location="Mỹ Xuyên"),
    F("đạt 42 phim", "42", 42, "count", "phim", "phim được lồng tiếng Khmer", I(Y23), percent=35),
] + table() + [
    F("khoảng 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "ngân sách tỉnh bố trí cho chiếu phim lưu động",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("thêm 700 triệu đồng", "700", 700e6, "money", "đồng", "kinh phí Chương trình mục tiêu quốc gia hỗ trợ thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("mua 2 máy", "2", 2, "count", "máy chiếu kỹ thuật số", "máy chiếu kỹ thuật số mua thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("80.000 đồng/người/buổi", "80.000", 80000, "money", "đồng/người/buổi",
      "mức bồi dưỡng cho diễn viên, thuyết minh viên tiếng Khmer"),
]

NOTES = [
    "Department site (Sở VHTTDL Sóc Trăng), no dateline (published absent); footer address, phone, visitor counter.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch năm 2024, then each row's cells.",
    "Cell subject = row label + column label; unit from the row label and 'Đơn vị tính'; period from the column header;",
    "the 'Kế hoạch năm 2024' column is status target. The text figures 1.184 and 42 repeat table cells: both are recorded.",
    "District list 'Trần Đề (214 buổi) ...' shares 'số buổi chiếu' (no whole stated before it -> no total).",
    "'ngân sách tỉnh bố trí khoảng 1,6 tỷ đồng' is an allocation (actual); 'dự kiến ... 700 triệu đồng ... 2 máy chiếu' forecast.",
    "Distractors: số 19 Hùng Vương, Phường 6, phone 0299.3822.614, 'Lượt truy cập: 1.284.377'.",
    "revised after the first run: subject of 1.184 buổi now names it as its sentence does ('tại các phum, sóc và điểm chùa Khmer'),",
    "not with the headline's words ('phục vụ đồng bào Khmer').",
]

if __name__ == "__main__":
    emit("p803-7", TEXT, NOTES, FIGS, published=None, location="Sóc Trăng")
