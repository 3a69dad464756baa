"""p1253-7: department site (Chi cục Kiểm lâm TP HCM), no dateline; one-cell-per-line table by species group, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC KIỂM LÂM THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Cứu hộ động vật | Liên hệ

Kết quả cứu hộ động vật hoang dã 9 tháng năm 2024

Trung tâm Cứu hộ động vật hoang dã thành phố (huyện Củ Chi) trực thuộc Chi cục có diện tích 8,2 ha với 22 khu chuồng nuôi. 9 tháng năm 2024, trung tâm đã tiếp nhận 1.564 cá thể động vật hoang dã, tăng 21,4% so với cùng kỳ; trong đó, 64% do người dân tự nguyện giao nộp.

Số cá thể tiếp nhận theo nhóm loài
Đơn vị tính: cá thể
Nhóm loài
9 tháng năm 2023
9 tháng năm 2024
So với cùng kỳ (%)
Thú
215
276
128,4
Chim
402
530
131,8
Bò sát
671
758
113,0
Tổng số
1.288
1.564
121,4
Trong đó: loài nguy cấp, quý, hiếm
93
127
136,6

Riêng tê tê, số cá thể tiếp nhận gấp 3 lần cùng kỳ. Trung tâm đã thả về tự nhiên 912 cá thể tại Khu dự trữ sinh quyển Cần Giờ và Vườn quốc gia Cát Tiên; chuyển giao 46 cá thể cho các cơ sở bảo tồn khác. Hiện trung tâm đang nuôi dưỡng gần 1.100 cá thể, chi phí thức ăn bình quân 28.000 đồng/cá thể/ngày.

Khi phát hiện động vật hoang dã, người dân liên hệ đường dây nóng 1800.1522 hoặc 028.3891.2345.

Tin cùng chuyên mục:
- Tập huấn kỹ năng cứu hộ động vật đợt 2 năm 2024
- Thả rùa biển về rừng phòng hộ Cần Giờ

CHI CỤC KIỂM LÂM THÀNH PHỐ HỒ CHÍ MINH
Địa chỉ: 244 Điện Biên Phủ, phường Võ Thị Sáu, Quận 3
Lượt truy cập: 1.204.377 | Đang trực tuyến: 18
"""

N24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
CU = "Củ Chi"

ROWS = [("Thú", "Thú", ["215", "276", "128,4"]), ("Chim", "Chim", ["402", "530", "131,8"]),
        ("Bò sát", "Bò sát", ["671", "758", "113,0"]), ("Tổng số", "Tổng số", ["1.288", "1.564", "121,4"]),
        ("hiếm", "loài nguy cấp, quý, hiếm", ["93", "127", "136,6"])]
# 'Trong đó' sub-row: a part of the 'Tổng số' cell of the same column (FIGURES.md, Parts of a whole)
WHOLE = {"93": 1288, "127": 1564}
COLS = ["9 tháng năm 2023", "9 tháng năm 2024", "so với cùng kỳ"]


def value(n):
    return float(n.replace(".", "").replace(",", "."))


CELLS = []
for head, label, nums in ROWS:
    prev = head
    for col, n in zip(COLS, nums):
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, value(n), "percent", "%",
                             subject=f"{label} so với cùng kỳ", period=inh(N24)))
        else:
            kw = {"total": WHOLE[n]} if n in WHOLE else {}
            CELLS.append(fig(f"{prev}\n{n}", n, value(n), "count", "cá thể",
                             subject=f"{label} {col}",
                             period=N24 if col.endswith("2024") else C23, **kw))
        prev = n

FIGS = [
    fig("tích 8,2 ha", "8,2", 8.2, "measure", "ha", subject="diện tích Trung tâm Cứu hộ động vật hoang dã thành phố"),
    fig("với 22 khu", "22", 22, "count", "khu chuồng nuôi", subject="khu chuồng nuôi"),
    fig("tiếp nhận 1.564 cá thể", "1.564", 1564, "count", "cá thể",
        change=chg("increase", 21.4, "%", "cùng kỳ"),
        subject="cá thể động vật hoang dã trung tâm tiếp nhận", period=N24),
    fig("đó, 64%", "64", 64, "percent", "%",
        subject="cá thể do người dân tự nguyện giao nộp", period=N24),
] + CELLS + [
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="số cá thể tê tê tiếp nhận so với cùng kỳ", period=inh(N24)),
    fig("nhiên 912 cá thể", "912", 912, "count", "cá thể",
        subject="cá thể thả về tự nhiên", period=inh(N24)),
    fig("giao 46 cá thể", "46", 46, "count", "cá thể",
        subject="cá thể chuyển giao cho các cơ sở bảo tồn khác", period=inh(N24)),
    fig("gần 1.100 cá thể", "1.100", 1100, "count", "cá thể", approx="nearly",
        subject="cá thể trung tâm đang nuôi dưỡng"),
    fig("quân 28.000", "28.000", 28000, "money", "đồng/cá thể/ngày",
        subject="chi phí thức ăn bình quân"),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm TP Hồ Chí Minh), no dateline: menu, related links, footer address, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: hotline 1800.1522, phone 028.3891.2345, '244 Điện Biên Phủ', 'Quận 3', counters 1.204.377 and 18,",
    "'đợt 2 năm 2024' in a link title (a label).",
    "The centre is in huyện Củ Chi → location Củ Chi for all of its figures (default).",
    "'trong đó, 64% do người dân tự nguyện giao nộp' → a percent figure of its own (no amount of its own to attach to).",
    "One-cell-per-line table, 'Đơn vị tính: cá thể'; subject = row label + column label; count cells take their column's period",
    "(scored); 'So với cùng kỳ (%)' cells are percent figures (ratio to the same period), their 9-month-2024 period comes from the",
    "title, not the header (inherited). 'Trong đó' sub-row: its count cells are parts of the 'Tổng số' cell above in the same",
    "column (same thing, same period) → total 1.288 and 1.564; the ratio cell 136,6 gets none.",
    "revised after the first run: (1) table subjects were 'số cá thể tiếp nhận <row> <column>'; the spec makes a cell's subject its",
    "row label and column label, so the caption's indicator was dropped; (2) the 'Trong đó' sub-row had no total; FIGURES.md's",
    "parts rule (a part after 'trong đó' that follows the whole, counting the same thing over the same period) gives one.",
    "'Riêng tê tê, số cá thể tiếp nhận gấp 3 lần cùng kỳ' → a multiple standing alone as the claim. Later sentences inherit the",
    "9-month period. 'đồng/cá thể/ngày' keeps its denominators.",
]

if __name__ == "__main__":
    write("p1253-7", TEXT, NOTES, FIGS, location="Củ Chi")
