"""p1438-7: department site (Sở Tài chính Đắk Lắk), no dateline, one-cell-per-line table of land-price files."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI CHÍNH TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Kết quả thẩm định giá đất cụ thể năm 2024

Năm 2024, Hội đồng thẩm định giá đất tỉnh (gồm 11 thành viên, Sở Tài chính là cơ quan thường trực) ước thẩm định 118 hồ sơ, tăng 22,9% so với năm 2023. Thời gian thẩm định bình quân 15 ngày/hồ sơ, giảm 5 ngày so với năm 2023.

Kết quả thẩm định hồ sơ giá đất
Đơn vị tính: hồ sơ
Loại hồ sơ
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Tổng số
96
118
130
122,9
Trong đó: Giá đất tính bồi thường
58
71
78
122,4
Giá khởi điểm đấu giá
27
35
38
129,6
Giá đất giao đất, cho thuê đất
11
12
14
109,1

Tổng giá trị tiền sử dụng đất, tiền thuê đất theo giá được phê duyệt năm 2024 ước 1.408 tỷ đồng. Tại TP Buôn Ma Thuột, giá đất cụ thể để bồi thường dự án đường Vành đai phía Tây từ 4,2 đến 9,8 triệu đồng/m2. Năm 2025, Sở phấn đấu rút ngắn thời gian thẩm định xuống không quá 12 ngày/hồ sơ.

Bài viết liên quan:
- Hướng dẫn thực hiện Nghị định số 71/2024/NĐ-CP về giá đất
- Hội nghị tổng kết công tác tài chính - ngân sách năm 2024

SỞ TÀI CHÍNH TỈNH ĐẮK LẮK
Địa chỉ: Số 16 Lê Duẩn, TP Buôn Ma Thuột | Điện thoại: 0262.3852.617
Lượt truy cập: 1.204.775 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]

ROWS = [("Tổng số", "tổng số hồ sơ", ["96", "118", "130", "122,9"]),
        ("Trong đó: Giá đất tính bồi thường", "hồ sơ giá đất tính bồi thường", ["58", "71", "78", "122,4"]),
        ("Giá khởi điểm đấu giá", "hồ sơ giá khởi điểm đấu giá", ["27", "35", "38", "129,6"]),
        ("Giá đất giao đất, cho thuê đất", "hồ sơ giá đất giao đất, cho thuê đất", ["11", "12", "14", "109,1"])]
TOTALS = [96, 118, 130]

CELLS = []
for r, (label, subj, nums) in enumerate(ROWS):
    prev = label
    for c, n in enumerate(nums):
        anchor = f"{prev}\n{n}"
        if c < 3:
            col, p, st = COLS[c]
            kw = {"status": st} if st else {}
            if r > 0:
                kw["total"] = TOTALS[c]
            CELLS.append(fig(anchor, n, float(n), "count", "hồ sơ", subject=f"{subj} {col}", period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{subj} so với cùng kỳ"))
        prev = n

FIGS = [
    fig("gồm 11 thành viên", "11", 11, "count", "thành viên", subject="thành viên Hội đồng thẩm định giá đất tỉnh"),
    fig("ước thẩm định 118 hồ sơ", "118", 118, "count", "hồ sơ", status="estimate",
        change=chg("increase", 22.9, "%", "năm 2023"), subject="hồ sơ Hội đồng thẩm định giá đất tỉnh thẩm định",
        period=Y24),
    fig("bình quân 15 ngày", "15", 15, "measure", "ngày/hồ sơ", change=chg("decrease", 5, "ngày", "năm 2023"),
        subject="thời gian thẩm định bình quân", period=inh(Y24)),
] + CELLS + [
    fig("ước 1.408 tỷ", "1.408", 1408e9, "money", "đồng", status="estimate",
        subject="tổng giá trị tiền sử dụng đất, tiền thuê đất theo giá được phê duyệt", period=Y24b),
    fig("từ 4,2 đến 9,8 triệu", "4,2", 4.2e6, "money", "đồng/m2", value_max=9.8e6,
        subject="giá đất cụ thể để bồi thường dự án đường Vành đai phía Tây", location="Buôn Ma Thuột"),
    fig("không quá 12 ngày", "12", 12, "measure", "ngày/hồ sơ", approx="at_most", status="target",
        subject="thời gian thẩm định", period=Y25),
]

NOTES = [
    "Department site (Sở Tài chính Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: Nghị định số 71/2024/NĐ-CP, 'năm 2024' in a link, 'Số 16 Lê Duẩn', phone 0262.3852.617, counters 1.204.775 and 52.",
    "'(gồm 11 thành viên, ...)' is the council's size: a count, no period (standing fact). 'ước thẩm định 118 hồ sơ' → estimate.",
    "One-cell-per-line table, 'Đơn vị tính: hồ sơ'; subject = row label + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The rows under 'Trong đó:' are parts of 'Tổng số' in the same column",
    "(same thing, same period, they add up): total = the Tổng số cell. 'So với cùng kỳ (%)' cells are percent figures (ratio to 2023),",
    "status actual (the column is neither Ước nor Kế hoạch), no period (the header names none), no total.",
    "'Tại TP Buôn Ma Thuột' → location Buôn Ma Thuột. 'phấn đấu ... không quá 12 ngày/hồ sơ' → target, at_most, 2025.",
]

if __name__ == "__main__":
    write("p1438-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
