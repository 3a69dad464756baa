"""p1564-7: department site (Sở KH&CN Thanh Hóa), no dateline; quality checks of locks; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Tiêu chuẩn - Đo lường - Chất lượng | Văn bản | Liên hệ

Tăng cường kiểm tra chất lượng khóa cửa lưu thông trên thị trường

Từ năm 2022 đến nay, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh đã kiểm tra hơn 220 lượt cơ sở kinh doanh khóa, phụ kiện cửa tại TP Thanh Hóa, thị xã Bỉm Sơn và các huyện Hoằng Hóa, Quảng Xương. Kết quả cụ thể như sau:

Kết quả kiểm tra chất lượng khóa giai đoạn 2022-2024
TT
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Ước thực hiện năm 2024
1
Cơ sở được kiểm tra
lượt
64
78
85
2
Mẫu khóa lấy thử nghiệm
mẫu
120
146
160
Trong đó: mẫu không đạt
mẫu
19
17
14
3
Số tiền xử phạt
triệu đồng
142
165
180

Tỷ lệ mẫu không đạt đã giảm từ 15,8% năm 2022 xuống 8,8% năm 2024. Các chỉ tiêu vi phạm chủ yếu là độ bền đóng mở, lớp mạ chống ăn mòn và ghi nhãn hàng hóa. Thời gian tới, Sở phấn đấu đến năm 2025 đưa tỷ lệ mẫu không đạt xuống dưới 5%, đồng thời tuyên truyền để người dân ưu tiên chọn khóa có dấu hợp quy.

Tin đã đưa:
- Tập huấn thực hiện Nghị định 119/2017/NĐ-CP
- Hưởng ứng Ngày Tiêu chuẩn thế giới 14/10

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HÓA
Địa chỉ: Số 15 Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.418
Lượt truy cập: 1.204.557
© 2024 Bản quyền thuộc Sở Khoa học và Công nghệ Thanh Hóa
"""

COLS = [
    ("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
]
# (row label, unit cell, kind, unit, multiplier, numbers, totals)
ROWS = [
    ("Cơ sở được kiểm tra", "lượt", "count", "lượt", 1, ["64", "78", "85"], None),
    ("Mẫu khóa lấy thử nghiệm", "mẫu", "count", "mẫu", 1, ["120", "146", "160"], None),
    ("Trong đó: mẫu không đạt", "mẫu", "count", "mẫu", 1, ["19", "17", "14"], [120, 146, 160]),
    ("Số tiền xử phạt", "triệu đồng", "money", "đồng", 1e6, ["142", "165", "180"], None),
]
CELLS = []
for label, ucell, kind, unit, mult, nums, totals in ROWS:
    prev = ucell
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if totals:
            kw["total"] = totals[i]
        subj = label.replace("Trong đó: ", "").lower()
        CELLS.append(fig(f"{label}\n{ucell}\n{nums[0]}" if i == 0 else f"{prev}\n{n}", n, float(n) * mult,
                         kind, unit, subject=f"{subj} {col}", period=p, **kw))
        prev = n

F22 = per("Từ năm 2022 đến nay", "2022-01-01")
FIGS = [
    fig("hơn 220 lượt", "220", 220, "count", "lượt cơ sở", approx="over",
        subject="cơ sở kinh doanh khóa, phụ kiện cửa được kiểm tra", period=F22),
] + CELLS + [
    fig("từ 15,8%", "15,8", 15.8, "percent", "%",
        subject="tỷ lệ mẫu không đạt", period=per("năm 2022", "2022-01-01", "2022-12-31")),
    fig("xuống 8,8%", "8,8", 8.8, "percent", "%",
        subject="tỷ lệ mẫu không đạt", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu không đạt", period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở KH&CN Thanh Hóa), no dateline: menu, 'Tin đã đưa', footer address, phone, 'Lượt truy cập', copyright line.",
    "No date of the article in the text ('© 2024' is a copyright line, page furniture): no published. 'Từ năm 2022 đến nay' →",
    "start 2022-01-01, end null (no published date).",
    "Distractors: 'Nghị định 119/2017/NĐ-CP', 'Ngày ... 14/10', 'Số 15 Lê Lợi', phone 0237.3852.418, 'Lượt truy cập: 1.204.557',",
    "'© 2024', the table caption's 'giai đoạn 2022-2024', row numbers 1-3 ('TT' column).",
    "One-cell-per-line table with a unit column: unit from the 'Đơn vị tính' cell ('triệu đồng' → money ×10⁶); period from the column",
    "header (scored); 'Ước thực hiện năm 2024' → estimate. The 'Trong đó: mẫu không đạt' sub-row is a part of the sample row in the same",
    "column (FIGURES.md parts of a whole: a part after 'Trong đó' that follows the whole): total 120/146/160.",
    "Subject = row label + column label; location Thanh Hóa (the department's province) for every figure.",
    "'giảm từ 15,8% năm 2022 xuống 8,8% năm 2024': two percent figures, each with its own year; the text states no 'ước': actual.",
    "'phấn đấu đến năm 2025 ... xuống dưới 5%' → target, under, start null.",
]

if __name__ == "__main__":
    write("p1564-7", TEXT, NOTES, FIGS, location="Thanh Hóa")
