"""p1456-3: formal report (UBND tỉnh Thái Bình): garment accessories 2024, plan 2025; flattened '|' table."""
from lib import F, P, inh, CH, TG, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 326/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất phụ liệu dệt may năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Giá trị sản xuất phụ liệu dệt may năm 2024 ước đạt 2.180 tỷ đồng, tăng 8,5% so với năm 2023, bằng 102,4% kế hoạch. Sản lượng các sản phẩm chủ yếu như sau:
Đơn vị tính: triệu chiếc
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Cúc áo các loại | 412,0 | 438,5 | 460,0 | 106,4
Khóa kéo | 58,2 | 63,7 | 70,0 | 109,5
Nhãn dệt, nhãn in | 126,4 | 131,0 | 140,0 | 103,6
Tổng cộng | 596,6 | 633,2 | 670,0 | 106,1
2. Doanh nghiệp, lao động
Toàn tỉnh có 23 doanh nghiệp sản xuất phụ liệu, tập trung tại Khu công nghiệp Gia Lễ và huyện Thái Thụy, sử dụng khoảng 4.100 lao động. Trong năm 2024 có 3 dự án mới đi vào hoạt động, tổng vốn đăng ký 640 tỷ đồng.
3. Khó khăn
Giá hạt nhựa polyester, nguyên liệu chính làm cúc và khóa kéo, tăng 15-20% so với năm 2023; đơn hàng quý IV/2024 giảm khoảng 6% so với quý III.
II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất phụ liệu đạt 2.400 tỷ đồng, tăng khoảng 10% so với ước thực hiện năm 2024; thu hút thêm ít nhất 2 dự án sản xuất phụ liệu.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
H25 = P("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("kế hoạch 2025", K25, "target"), ("so với cùng kỳ", None, None)]
# Subject = the row label and the column label (FIGURES.md, Tables), after the lead 'Sản lượng ... như sau'.
ROWS = [("Cúc áo các loại", ["412,0", "438,5", "460,0", "106,4"]),
        ("Khóa kéo", ["58,2", "63,7", "70,0", "109,5"]),
        ("Nhãn dệt, nhãn in", ["126,4", "131,0", "140,0", "103,6"]),
        ("Tổng cộng", ["596,6", "633,2", "670,0", "106,1"])]


def cells():
    out = []
    for label, nums in ROWS:
        subj = f"sản lượng {label.lower()}"
        prev = label
        for (col, per, st), n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            v = float(n.replace(",", "."))
            kw = {"status": st} if st else {}
            if per is not None:
                kw["period"] = per
            if col == "so với cùng kỳ":
                out.append(F(anchor, n, v, "percent", "%", subject=f"{subj} so với cùng kỳ", **kw))
            else:
                out.append(F(anchor, n, v * 1e6, "count", "chiếc", subject=f"{subj} {col}", **kw))
            prev = n
    return out


FIGS = [
    F("ước đạt 2.180 tỷ", "2.180", 2180e9, "money", "đồng", status="estimate", percent=102.4,
      change=CH("increase", 8.5, "%", "năm 2023"),
      subject="giá trị sản xuất phụ liệu dệt may", period=Y24),
] + cells() + [
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất phụ liệu"),
    F("khoảng 4.100 lao động", "4.100", 4100, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp sản xuất phụ liệu sử dụng"),
    F("có 3 dự án", "3", 3, "count", "dự án",
      subject="dự án mới đi vào hoạt động", period=Y24b),
    F("đăng ký 640 tỷ", "640", 640e9, "money", "đồng",
      subject="tổng vốn đăng ký của các dự án mới", period=Y24b),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="giá hạt nhựa polyester"),
    F("giảm khoảng 6%", "6", 6, "percent", "%", approx="about",
      subject="đơn hàng", period=Q4),
    F("đạt 2.400 tỷ", "2.400", 2400e9, "money", "đồng", status="target",
      change=CH("increase", 10, "%", "ước thực hiện năm 2024", approx="about"),
      subject="giá trị sản xuất phụ liệu", period=H25),
    F("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
      subject="dự án sản xuất phụ liệu thu hút thêm", period=H25),
]

NOTES = [
    "Formal report (UBND tỉnh Thái Bình, Số: 326/BC-UBND, ngày 18 tháng 12 năm 2024): garment accessories 2024 and plan 2025.",
    "Distractors: 326/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, CTN', KCN Gia Lễ, 'quý III'.",
    "Flattened '|' table, 'Đơn vị tính: triệu chiếc': cells are counts of chiếc x10^6; columns give period and status "
    "(Năm 2023 actual, Ước thực hiện 2024 estimate, Kế hoạch 2025 target). 'So với cùng kỳ (%)' cells are percent figures, "
    "no period in the header (not scored), status actual (the header has no cue). Table cells get no total.",
    "Cell subjects: the row label and the column label ('sản lượng khóa kéo ước thực hiện 2024'); "
    "revised after the first run: the column label was missing from the value cells and 'Tổng cộng' was paraphrased.",
    "'bằng 102,4% kế hoạch' = percent attribute of 2.180 tỷ.",
    "'tăng 15-20% so với năm 2023' is a growth rate as the claim (range); no period of its own (năm 2023 is the baseline).",
    "Section II figures: the period stands in the heading 'KẾ HOẠCH NĂM 2025' (inherited); 'Phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1456-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Thái Bình")
