"""p1489-7: department site (Sở KH&CN Đồng Nai), no dateline: quality checks of kettles and blenders; one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Tiêu chuẩn - Đo lường - Chất lượng | Liên hệ

Kiểm tra chất lượng ấm siêu tốc, máy xay sinh tố lưu thông trên thị trường

Thực hiện kế hoạch kiểm tra nhà nước về chất lượng hàng hóa năm 2024, Chi cục Tiêu chuẩn Đo lường Chất lượng đã lấy 96 mẫu ấm siêu tốc, máy xay sinh tố, máy ép trái cây tại 58 cửa hàng để thử nghiệm theo TCVN 5699-2-15:2013. Kết quả có 11 mẫu không đạt yêu cầu về an toàn điện, chiếm 11,5%, giảm 3,2 điểm phần trăm so với năm 2023.

Kết quả kiểm tra theo địa bàn
Đơn vị tính: mẫu
Địa bàn
Số mẫu kiểm tra
Số mẫu không đạt
Tỷ lệ không đạt (%)
TP Biên Hòa
42
4
9,5
TP Long Khánh
18
2
11,1
Huyện Trảng Bom
21
3
14,3
Huyện Long Thành
15
2
13,3
Tổng số
96
11
11,5

Các lỗi phổ biến là dây nguồn tiết diện nhỏ, thiếu dây nối đất, nhãn ghi công suất sai lệch từ 10 đến 15% so với thực tế. Chi cục đã xử phạt 7 cơ sở với tổng số tiền 63,5 triệu đồng, buộc thu hồi gần 1.400 sản phẩm.

Năm 2025, Chi cục phấn đấu kiểm tra không dưới 120 mẫu, mở rộng sang nồi chiên không dầu. Người dân nên chọn ấm siêu tốc có dấu hợp quy CR, công suất không quá 2.000 W để bảo đảm an toàn.

Tin liên quan:
- Hội thảo năng suất chất lượng lần thứ 2
- Thông báo lịch tiếp dân tháng 12

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Địa chỉ: 1597 Phạm Văn Thuận, phường Tân Mai, TP Biên Hòa
Điện thoại: 0251.3822.297
Lượt truy cập: 1.204.563
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = ["số mẫu kiểm tra", "số mẫu không đạt", "tỷ lệ không đạt"]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["42", "4", "9,5"]), ("TP Long Khánh", "Long Khánh", ["18", "2", "11,1"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["21", "3", "14,3"]), ("Huyện Long Thành", "Long Thành", ["15", "2", "13,3"]),
        ("Tổng số", "Đồng Nai", ["96", "11", "11,5"])]
CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        subj = col if label != "Tổng số" else f"tổng số {col}"
        if col.startswith("tỷ lệ"):
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj,
                             period=inh(Y24), location=loc))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "mẫu", subject=subj, period=inh(Y24), location=loc))
        prev = n

FIGS = [
    fig("lấy 96 mẫu", "96", 96, "count", "mẫu",
        subject="mẫu ấm siêu tốc, máy xay sinh tố, máy ép trái cây lấy để thử nghiệm", period=Y24),
    fig("tại 58 cửa hàng", "58", 58, "count", "cửa hàng", subject="cửa hàng được lấy mẫu", period=Y24),
    fig("có 11 mẫu", "11", 11, "count", "mẫu", percent=11.5,
        change=chg("decrease", 3.2, "điểm phần trăm", "năm 2023"),
        subject="mẫu không đạt yêu cầu về an toàn điện", period=inh(Y24)),
] + CELLS + [
    fig("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15,
        subject="nhãn ghi công suất sai lệch so với thực tế"),
    fig("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inh(Y24)),
    fig("tiền 63,5 triệu", "63,5", 63.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(Y24)),
    fig("gần 1.400 sản phẩm", "1.400", 1400, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm buộc thu hồi", period=inh(Y24)),
    fig("không dưới 120 mẫu", "120", 120, "count", "mẫu", approx="at_least", status="target",
        subject="mẫu kiểm tra", period=Y25),
    fig("không quá 2.000 W", "2.000", 2000, "measure", "W", approx="at_most",
        subject="công suất ấm siêu tốc nên chọn", optional=True),
]

NOTES = [
    "Department site (Sở Khoa học và Công nghệ Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: TCVN 5699-2-15:2013, 'lần thứ 2', 'tháng 12' in a link, '1597 Phạm Văn Thuận', phone 0251.3822.297, counter 1.204.563, 'dấu hợp quy CR'.",
    "'11 mẫu ..., chiếm 11,5%, giảm 3,2 điểm phần trăm so với năm 2023' → percent attribute 11,5 and change −3,2 điểm phần trăm;",
    "no part-of cue links it to the 96 samples (no total). Its period 'năm 2024' stands in the previous sentence (inherited).",
    "One-cell-per-line table with a place column: each numeric cell is a figure; the row's district or city is its location",
    "(Biên Hòa, Long Khánh, Trảng Bom, Long Thành), the 'Tổng số' row is the province; subject = the column label;",
    "revised after the first run: the '(%)' cells had the headline's products added to the subject ('... ấm siêu tốc, máy xay sinh tố');",
    "the spec takes a cell's subject from its row and column labels only, so they are now 'tỷ lệ không đạt' / 'tổng số tỷ lệ không đạt'.",
    "'Đơn vị tính: mẫu' gives count cells, the '(%)' column gives percent cells. No column carries a year: periods inherited from 'năm 2024'.",
    "'sai lệch từ 10 đến 15% so với thực tế' → a percent range as the claim (the size of the error), no change object.",
    "Optional: 'công suất không quá 2.000 W' is advice to buyers (a threshold, not a fact about the market).",
    "No dateline: published absent.",
]

if __name__ == "__main__":
    write("p1489-7", TEXT, NOTES, FIGS, location="Đồng Nai")
