"""p1315-4: formal report (UBND tỉnh Bình Định, Số: 286/BC-UBND): IT industry 2024, flattened '|' table, plan 2025."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển công nghiệp công nghệ thông tin năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Doanh thu
Ước thực hiện năm 2024, doanh thu công nghiệp công nghệ thông tin của tỉnh đạt 4.380 tỷ đồng, tăng 9,6% so với năm 2023, đạt 102,1% kế hoạch; trong đó doanh thu phần mềm 1.970 tỷ đồng, chiếm 45%.

Đơn vị tính: tỷ đồng
Chỉ tiêu | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Doanh thu phần mềm | 1.742 | 1.970 | 2.300
Doanh thu dịch vụ CNTT | 905 | 1.012 | 1.150
Doanh thu phần cứng, điện tử | 1.349 | 1.398 | 1.450
Tổng cộng | 3.996 | 4.380 | 4.900

2. Doanh nghiệp và nhân lực
Đến ngày 30/11/2024, toàn tỉnh có 312 doanh nghiệp công nghệ thông tin, tăng 27 doanh nghiệp so với cùng kỳ, tập trung chủ yếu tại TP Quy Nhơn (241 doanh nghiệp). Khu đô thị Khoa học Quy Hòa (TP Quy Nhơn) hiện có 6 doanh nghiệp phần mềm với gần 2.500 kỹ sư. Trung tâm dữ liệu tỉnh đã cấp 120 máy chủ ảo cho các cơ quan nhà nước.

II. KẾ HOẠCH NĂM 2025
Phấn đấu doanh thu công nghiệp công nghệ thông tin năm 2025 đạt 4.900 tỷ đồng, tăng khoảng 12% so với năm 2024; thu hút thêm 30-40 doanh nghiệp công nghệ thông tin; đào tạo ít nhất 1.000 kỹ sư.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K1.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Khải
"""

E24 = period("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
C25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = period("Đến ngày 30/11/2024", None, "2024-11-30")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
QN = "Quy Nhơn"
COLS = [("Năm 2023", C23, None), ("Ước thực hiện 2024", C24, "estimate"), ("Kế hoạch 2025", C25, "target")]
ROWS = [
    ("Doanh thu phần mềm", ["1.742", "1.970", "2.300"]),
    ("Doanh thu dịch vụ CNTT", ["905", "1.012", "1.150"]),
    ("Doanh thu phần cứng, điện tử", ["1.349", "1.398", "1.450"]),
    ("Tổng cộng", ["3.996", "4.380", "4.900"]),
]


def cells():
    out = []
    for label, nums in ROWS:
        for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
            anchor = f"| {n} |" if i < 2 else f"| {n}\n"
            kw = {"status": st} if st else {}
            subj = f"{label} {col}" if label != "Tổng cộng" else f"Tổng cộng doanh thu {col}"
            out.append(F(anchor, n, float(n.replace(".", "")) * 1e9, "money", "đồng", subj, per, **kw))
    return out


FIGS = [
    F("đạt 4.380 tỷ", "4.380", 4380e9, "money", "đồng", "doanh thu công nghiệp công nghệ thông tin", E24,
      change=change("increase", 9.6, "%", "năm 2023"), percent=102.1, status="estimate"),
    F("phần mềm 1.970 tỷ", "1.970", 1970e9, "money", "đồng", "doanh thu phần mềm", E24,
      total=4380e9, percent=45, status="estimate"),
] + cells() + [
    F("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp", "doanh nghiệp công nghệ thông tin", ASOF,
      change=change("increase", 27, "doanh nghiệp", "cùng kỳ")),
    F("(241 doanh nghiệp)", "241", 241, "count", "doanh nghiệp", "doanh nghiệp công nghệ thông tin", ASOF,
      location=QN),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp phần mềm tại Khu đô thị Khoa học Quy Hòa",
      location=QN),
    F("gần 2.500 kỹ sư", "2.500", 2500, "count", "kỹ sư", "kỹ sư của các doanh nghiệp phần mềm", approx="nearly",
      location=QN),
    F("cấp 120 máy chủ ảo", "120", 120, "count", "máy chủ ảo",
      "máy chủ ảo Trung tâm dữ liệu tỉnh cấp cho các cơ quan nhà nước"),
    F("đạt 4.900 tỷ", "4.900", 4900e9, "money", "đồng", "doanh thu công nghiệp công nghệ thông tin", Y25,
      change=change("increase", 12, "%", "năm 2024", approx="about"), status="target"),
    F("thêm 30-40 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp công nghệ thông tin thu hút thêm",
      Y25, value_max=40, status="target"),
    F("ít nhất 1.000 kỹ sư", "1.000", 1000, "count", "kỹ sư", "kỹ sư được đào tạo", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Định, Số: 286/BC-UBND, 'Bình Định, ngày 18 tháng 12 năm 2024'); sections I/II, 1./2., 'Nơi nhận'.",
    "Distractors: the document number, letterhead date, section numbers, 'Lưu: VT, K1', 'KT. CHỦ TỊCH'.",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng': every cell a money figure (x10^9 đồng); subject = row + column label;",
    "period and status from the column ('Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target). Table cells carry no total.",
    "'Ước thực hiện năm 2024, … đạt 4.380 tỷ đồng, …, đạt 102,1% kế hoạch' -> estimate, change 9,6%, percent 102,1;",
    "the 'trong đó' part 1.970 tỷ takes total 4.380 tỷ, percent 45 and the estimate status.",
    "'tập trung chủ yếu tại TP Quy Nhơn (241 doanh nghiệp)': no cue, so no total; location Quy Nhơn; as-of date of its sentence.",
    "Section II 'Phấn đấu' governs the three ';'-clauses (target); 'tăng khoảng 12%' change approx about.",
]

if __name__ == "__main__":
    write("p1315-4", TEXT, NOTES, FIGS, published="2024-12-18", location="Bình Định")
