"""p1415-4: formal report (Sở Y tế Đắk Lắk, Số: 318/BC-SYT): hemophilia management 2024, '|' table by district, costs."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐẮK LẮK
SỞ Y TẾ
Số: 318/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 24 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý, điều trị người bệnh máu khó đông và bệnh hiếm năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Quản lý người bệnh
Năm 2024, toàn tỉnh quản lý 140 người bệnh hemophilia, tăng 12% so với năm 2023, đạt 103,7% kế hoạch; phát hiện mới 15 trường hợp, trong đó 9 trẻ em là người dân tộc thiểu số.

Số người bệnh hemophilia được quản lý theo địa bàn
Đơn vị tính: người
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Buôn Ma Thuột | 61 | 68 | 72
Huyện Krông Pắc | 17 | 19 | 21
Huyện Ea H'leo | 9 | 12 | 13
Các huyện còn lại | 38 | 41 | 45
Tổng số | 125 | 140 | 151

2. Chi phí điều trị
Tổng chi phí khám, chữa bệnh BHYT cho người bệnh hemophilia năm 2024 là 27,4 tỷ đồng, trong đó chi phí thuốc yếu tố đông máu 24,9 tỷ đồng, chiếm 90,9%; bình quân 195,7 triệu đồng/người bệnh/năm.

3. Người mắc bệnh hiếm khác
Toàn tỉnh có 37 người mắc bệnh hiếm khác đang điều trị đặc hiệu, gồm 14 người bệnh Gaucher, 12 người bệnh Pompe và 11 người bệnh MPS; 100% có thẻ BHYT.

II. NHIỆM VỤ NĂM 2025
Phấn đấu quản lý 151 người bệnh hemophilia; tổ chức 4 lớp tập huấn cho khoảng 120 nhân viên y tế tuyến huyện.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVY.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Thành
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
H24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
H25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "Năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        "Kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("TP Buôn Ma Thuột", "Thuột", "Buôn Ma Thuột", ["61", "68", "72"]),
        ("Huyện Krông Pắc", "Pắc", "Krông Pắc", ["17", "19", "21"]),
        ("Huyện Ea H'leo", "H'leo", "Ea H'leo", ["9", "12", "13"]),
        ("Các huyện còn lại", "lại", None, ["38", "41", "45"]),
        ("Tổng số", "Tổng số", None, ["125", "140", "151"])]

CELLS = []
for label, tail, place, nums in ROWS:
    prev = tail
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        if label == "Tổng số":
            subj = f"tổng số người bệnh hemophilia được quản lý {col.lower()}"
        elif place is None:
            subj = f"người bệnh hemophilia được quản lý các huyện còn lại {col.lower()}"
        else:
            subj = f"người bệnh hemophilia được quản lý {col.lower()}"
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "người", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("quản lý 140 người", "140", 140, "count", "người bệnh", percent=103.7,
        change=chg("increase", 12, "%", "năm 2023"),
        subject="người bệnh hemophilia toàn tỉnh quản lý", period=Y24),
    fig("mới 15 trường hợp", "15", 15, "count", "trường hợp", subject="trường hợp phát hiện mới", period=Y24),
    fig("trong đó 9 trẻ", "9", 9, "count", "trẻ em", total=15,
        subject="trẻ em là người dân tộc thiểu số", period=Y24),
] + CELLS + [
    fig("là 27,4 tỷ", "27,4", 27.4e9, "money", "đồng",
        subject="tổng chi phí khám, chữa bệnh BHYT cho người bệnh hemophilia", period=Y24b),
    fig("đông máu 24,9 tỷ", "24,9", 24.9e9, "money", "đồng", total=27.4e9, percent=90.9,
        subject="chi phí thuốc yếu tố đông máu", period=Y24b),
    fig("bình quân 195,7 triệu", "195,7", 195.7e6, "money", "đồng/người bệnh/năm",
        subject="chi phí bình quân", period=Y24b),
    fig("có 37 người", "37", 37, "count", "người", subject="người mắc bệnh hiếm khác đang điều trị đặc hiệu",
        period=H24),
    fig("gồm 14 người", "14", 14, "count", "người bệnh", total=37, subject="người bệnh Gaucher", period=H24),
    fig("12 người bệnh Pompe", "12", 12, "count", "người bệnh", total=37, subject="người bệnh Pompe", period=H24),
    fig("11 người bệnh MPS", "11", 11, "count", "người bệnh", total=37, subject="người bệnh MPS", period=H24),
    fig("100% có thẻ", "100", 100, "percent", "%", subject="người mắc bệnh hiếm khác có thẻ BHYT", period=H24),
    fig("quản lý 151 người", "151", 151, "count", "người bệnh", status="target",
        subject="người bệnh hemophilia quản lý", period=H25),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp", status="target", subject="lớp tập huấn", period=H25),
    fig("khoảng 120 nhân viên", "120", 120, "count", "nhân viên", approx="about", status="target",
        subject="nhân viên y tế tuyến huyện được tập huấn", period=H25),
]

NOTES = [
    "Formal report (UBND tỉnh Đắk Lắk / Sở Y tế, Số: 318/BC-SYT, 'Đắk Lắk, ngày 24 tháng 01 năm 2025'), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 318/BC-SYT, the letterhead date, section numbers I., II., 1.-3., 'b/c', 'KT.', 'Lưu: VT, NVY'.",
    "140 carries change 12% (năm 2023) and percent 103,7 ('đạt 103,7% kế hoạch' is a share of the plan, not a target value).",
    "Flattened '|' table, 'Đơn vị tính: người', rows are places: a district row gives its location (Buôn Ma Thuột, Krông Pắc,",
    "Ea H'leo); 'Các huyện còn lại' and 'Tổng số' stay Đắk Lắk. Periods from column headers; 'Kế hoạch 2025' → target.",
    "Cells get no total. 24,9 tỷ is a part of 27,4 tỷ after 'trong đó' (total, percent 90,9).",
    "Section 3 has no period in its sentence: the header 'KẾT QUẢ THỰC HIỆN NĂM 2024' is inherited (not scored).",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target for all three figures; year inherited from the header.",
]

if __name__ == "__main__":
    write("p1415-4", TEXT, NOTES, FIGS, published="2025-01-24", location="Đắk Lắk")
