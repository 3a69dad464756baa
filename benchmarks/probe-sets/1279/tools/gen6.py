"""p1279-6: department site (Sở LĐ-TB&XH Thanh Hóa), no dateline, one-cell-per-line table with a place column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THANH HÓA
Giới thiệu | Tin tức | Thủ tục hành chính | Văn bản | Hỏi đáp

Thanh Hóa nâng cao hiệu quả công tác cai nghiện ma túy

Năm 2024, toàn tỉnh ước tổ chức cai nghiện cho 2.400 người, tăng 6,2% so với năm 2023 và bằng 104,3% kế hoạch. Tỉnh hiện có hai cơ sở cai nghiện công lập và một cơ sở cai nghiện tự nguyện ngoài công lập, tổng quy mô 1.350 chỗ.

Số người được cai nghiện theo địa phương
Đơn vị tính: người
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Thanh Hóa
412
436
460
Thị xã Nghi Sơn
198
215
230
Huyện Quan Sơn
87
94
100
Các địa phương khác
1.563
1.655
1.710
Tổng số
2.260
2.400
2.500

Các cơ sở cai nghiện đã tổ chức dạy nghề cho 318 học viên, đạt 92% kế hoạch; 100% học viên được khám, điều trị HIV, lao, viêm gan. Mức thu tiền dịch vụ cai nghiện tự nguyện tại cơ sở công lập từ 3,5 đến 4 triệu đồng/người/tháng.

Năm 2025, Sở đặt chỉ tiêu giảm tối thiểu 5% số người nghiện ma túy trên địa bàn, phối hợp Công an tỉnh rà soát, lập hồ sơ đưa người nghiện đi cai nghiện bắt buộc theo Nghị định số 116/2021/NĐ-CP.

Tin cùng chuyên mục:
- Hội nghị tập huấn công tác cai nghiện ma túy năm 2024
- Thông báo tuyển dụng viên chức đợt 2

Bản quyền thuộc Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa
Địa chỉ: 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa | Điện thoại: 0237.3852.146
Lượt truy cập: 1.204.577
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
ROWS = [("TP Thanh Hóa", "TP Thanh Hóa", ["412", "436", "460"]),
        ("Thị xã Nghi Sơn", "Nghi Sơn", ["198", "215", "230"]),
        ("Huyện Quan Sơn", "Quan Sơn", ["87", "94", "100"]),
        ("Các địa phương khác", None, ["1.563", "1.655", "1.710"]),
        ("Tổng số", None, ["2.260", "2.400", "2.500"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"người được cai nghiện {col}"
        else:
            subj = f"người được cai nghiện {label.lower()} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "người",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("cho 2.400 người", "2.400", 2400, "count", "người", percent=104.3, status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"), subject="người được tổ chức cai nghiện", period=Y24),
    fig("có hai cơ sở", "hai", 2, "count", "cơ sở", subject="cơ sở cai nghiện công lập"),
    fig("và một cơ sở", "một", 1, "count", "cơ sở", subject="cơ sở cai nghiện tự nguyện ngoài công lập"),
    fig("quy mô 1.350 chỗ", "1.350", 1350, "count", "chỗ", subject="tổng quy mô các cơ sở cai nghiện"),
] + CELLS + [
    fig("cho 318 học viên", "318", 318, "count", "học viên", percent=92,
        subject="học viên được dạy nghề", period=inh(Y24)),
    fig("kế hoạch; 100%", "100", 100, "percent", "%", subject="học viên được khám, điều trị HIV, lao, viêm gan",
        period=inh(Y24)),
    fig("từ 3,5 đến 4 triệu", "3,5", 3.5e6, "money", "đồng/người/tháng", value_max=4e6,
        subject="mức thu tiền dịch vụ cai nghiện tự nguyện tại cơ sở công lập"),
    fig("tối thiểu 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="số người nghiện ma túy trên địa bàn giảm", period=Y25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Thanh Hóa), no dateline: menu, 'Tin cùng chuyên mục', footer address, phone, 'Lượt truy cập'.",
    "Distractors: '35 Đại lộ Lê Lợi', phone 0237.3852.146, 'Lượt truy cập: 1.204.577', 'đợt 2', 'năm 2024' in a link title,",
    "'Nghị định số 116/2021/NĐ-CP'; table headers 'Năm 2023', 'Ước thực hiện 2024', 'Kế hoạch 2025' are periods.",
    "Lead: 'ước tổ chức … 2.400 người, tăng 6,2% …, bằng 104,3% kế hoạch' → estimate, change, percent 104,3.",
    "'hai cơ sở … và một cơ sở' are number words (figures). One-cell-per-line table, 'Đơn vị tính: người', with a place column:",
    "a place label goes to location (TP Thanh Hóa, Nghi Sơn, Quan Sơn); 'Các địa phương khác' and 'Tổng số' stay in Thanh Hóa",
    "with the label in the subject. Period from column headers (scored); 'Ước thực hiện' → estimate, 'Kế hoạch' → target; no totals.",
    "After the table, '318 học viên, đạt 92% kế hoạch' and '100% học viên' carry no period phrase in their sentence:",
    "the year of the lead is kept as inherited (not scored). The fee range has no period.",
    "'Năm 2025, Sở đặt chỉ tiêu giảm tối thiểu 5% …' → percent figure, target, at_least (the reduction is the claim; no change).",
]

if __name__ == "__main__":
    write("p1279-6", TEXT, NOTES, FIGS, location="Thanh Hóa")
