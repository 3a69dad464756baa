"""p765-7: department site (Chi cục Kiểm lâm Quảng Bình), no dateline, one-cell-per-line table."""
from lib import F, P, inh, CH, emit

ROWS = [("Bố Trạch", [148, 205, 220]), ("Minh Hóa", [87, 103, 110]), ("Tuyên Hóa", [52, 61, 70]),
        ("Quảng Ninh", [29, 43, 50]), ("Tổng", [316, 412, 450])]
HEAD = ["Huyện", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
TABLE_TEXT = "\n\n".join(HEAD + [x for label, cells in ROWS for x in [label] + [str(c) for c in cells]])

TEXT = """CHI CỤC KIỂM LÂM TỈNH QUẢNG BÌNH
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Liên hệ

Kết quả thả động vật hoang dã về tự nhiên năm 2023

Năm 2023, lực lượng Kiểm lâm tỉnh phối hợp với Vườn quốc gia Phong Nha - Kẻ Bàng thả về tự nhiên 412 cá thể động vật hoang dã, tăng 96 cá thể so với năm 2022; trong đó có 27 cá thể thuộc Nhóm IB như voọc Hà Tĩnh, chà vá chân nâu, tê tê Java. Kết quả theo địa bàn các huyện như sau:

Số cá thể thả về tự nhiên theo huyện
Đơn vị tính: cá thể

""" + TABLE_TEXT + """

Trước khi thả, các cá thể được chăm sóc tại Trung tâm Cứu hộ động vật hoang dã (Km 16, đường 20 Quyết Thắng) trung bình 42 ngày; chi phí bình quân khoảng 2,5 triệu đồng/cá thể. Trong năm 2023, có 35 cá thể được gắn thiết bị theo dõi; tỷ lệ sống sót sau 6 tháng đạt 88,6%. Cũng trong năm, Chi cục tiếp nhận 468 cá thể do người dân tự nguyện giao nộp, trong đó 3 cá thể gấu ngựa được chuyển giao cho Trung tâm cứu hộ gấu Việt Nam tại Vườn quốc gia Bạch Mã.

Năm 2024, Chi cục phấn đấu thả 450 cá thể, tăng 9,2% so với năm 2023, đồng thời tổ chức 24 buổi tuyên truyền tại các xã vùng đệm.

Địa chỉ: số 78 Quang Trung, TP. Đồng Hới. Điện thoại: 0232.3822.541
Tổng số lượt truy cập: 1.284.603
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
CTN = P("Cũng trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLP = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31")]
COLS = ["năm 2022", "năm 2023", "kế hoạch 2024"]

TABLE = []
for i, (label, cells) in enumerate(ROWS):
    for j, v in enumerate(cells):
        anchor = (f"{label}\n\n{v}" if j == 0 else f"{cells[j - 1]}\n\n{v}\n")
        TABLE.append(F(anchor, str(v), v, "count", "cá thể",
                       status="target" if j == 2 else None,
                       subject=f"cá thể thả về tự nhiên {COLS[j]}",
                       period=COLP[j], location=None if label == "Tổng" else label))

FIGS = [
    F("tự nhiên 412 cá thể", "412", 412, "count", "cá thể",
      change=CH("increase", 96, "cá thể", baseline="năm 2022"),
      subject="cá thể động vật hoang dã thả về tự nhiên", period=Y23),
    F("có 27 cá thể", "27", 27, "count", "cá thể", total=412, subject="cá thể thuộc Nhóm IB", period=Y23),
] + TABLE + [
    F("trung bình 42 ngày", "42", 42, "measure", "ngày", subject="thời gian chăm sóc trước khi thả"),
    F("khoảng 2,5 triệu đồng/cá thể", "2,5", 2.5e6, "money", "đồng/cá thể", approx="about",
      subject="chi phí bình quân"),
    F("có 35 cá thể", "35", 35, "count", "cá thể", subject="cá thể được gắn thiết bị theo dõi", period=Y23b),
    F("đạt 88,6%", "88,6", 88.6, "percent", "%", subject="tỷ lệ sống sót sau 6 tháng", period=Y23b),
    F("tiếp nhận 468 cá thể", "468", 468, "count", "cá thể",
      subject="cá thể người dân tự nguyện giao nộp Chi cục tiếp nhận", period=CTN),
    F("trong đó 3 cá thể", "3", 3, "count", "cá thể", total=468,
      subject="cá thể gấu ngựa chuyển giao cho Trung tâm cứu hộ gấu Việt Nam", period=CTN),
    F("thả 450 cá thể", "450", 450, "count", "cá thể", status="target",
      change=CH("increase", 9.2, baseline="năm 2023"), subject="cá thể thả về tự nhiên", period=Y24),
    F("24 buổi", "24", 24, "count", "buổi tuyên truyền", status="target",
      subject="buổi tuyên truyền tại các xã vùng đệm", period=Y24),
]

COMMENTS = [
    "Chi cục Kiểm lâm Quảng Bình site, no dateline (no published): wildlife released in 2023, one-cell-per-line table by district",
    "(Năm 2022 | Năm 2023 | Kế hoạch 2024) with 'Đơn vị tính: cá thể'. Every cell is a figure; district row labels -> location,",
    "'Tổng' row -> Quảng Bình; period from the column header (scored, as in shared h23); 'Kế hoạch 2024' column -> status target.",
    "'tăng 96 cá thể so với năm 2022' -> change in cá thể; 'thả 450 cá thể, tăng 9,2% so với năm 2023' -> target with change.",
    "'Cũng trong năm' takes 2023 from 'Trong năm 2023' just before (scored). Bạch Mã is only the receiving park.",
    "'sau 6 tháng' qualifies the survival rate (time, not a figure). 'Trong năm 2023' written out to avoid a bare 'Trong năm'.",
    "Distractors: Nhóm IB, Km 16, đường 20 Quyết Thắng, số 78 Quang Trung, phone, 'Tổng số lượt truy cập: 1.284.603'.",
]

if __name__ == "__main__":
    emit("p765-7", TEXT, COMMENTS, FIGS, published=None, location="Quảng Bình")
