"""p1349-3: formal report (UBND tỉnh Thái Bình): population work 2024, births by district (| table), 2025 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác dân số năm 2024, phương hướng, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Quy mô dân số và mức sinh
Dân số trung bình năm 2024 ước 1.882.500 người. Tổng tỷ suất sinh ước đạt 2,21 con/phụ nữ. Tỷ suất sinh thô là 13,8‰, giảm 0,4‰ so với năm 2023. Tỷ lệ sinh con thứ 3 trở lên là 19,6%, thấp hơn 0,4 điểm phần trăm so với chỉ tiêu (20%).

2. Số trẻ sinh ra theo địa bàn
Đơn vị tính: trẻ
Địa bàn | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
TP Thái Bình | 2.915 | 2.840 | 97,4
Huyện Hưng Hà | 3.402 | 3.318 | 97,5
Huyện Quỳnh Phụ | 3.687 | 3.551 | 96,3
Các huyện còn lại | 16.690 | 16.271 | 97,5
Tổng số | 26.694 | 25.980 | 97,3

3. Truyền thông và cung cấp dịch vụ
Trong năm, toàn tỉnh tổ chức 1.260 buổi truyền thông tại cộng đồng với khoảng 58 nghìn lượt người tham dự; 87,2% bà mẹ mang thai được sàng lọc trước sinh, tỷ lệ sàng lọc sơ sinh đạt 94,5%, vượt 4,5% kế hoạch. Kinh phí sự nghiệp dân số từ ngân sách tỉnh là 4,6 tỷ đồng, bằng 100% dự toán.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu duy trì tổng tỷ suất sinh ở mức 2,1-2,2 con/phụ nữ; tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái; tỷ lệ sàng lọc sơ sinh đạt trên 95%.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở Y tế;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Nghiêm
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HDR24 = inh(per("NĂM 2024", "2024-01-01", "2024-12-31"))
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
TRONGNAM = per("Trong năm", "2024-01-01", "2024-12-31")
HDR25 = inh(per("NĂM 2025", "2025-01-01", "2025-12-31"))

ROWS = [  # (row label, location, subject prefix, 2023, 2024, %)
    ("TP Thái Bình", "TP Thái Bình", "số trẻ sinh ra", "2.915", "2.840", "97,4"),
    ("Huyện Hưng Hà", "Hưng Hà", "số trẻ sinh ra", "3.402", "3.318", "97,5"),
    ("Huyện Quỳnh Phụ", "Quỳnh Phụ", "số trẻ sinh ra", "3.687", "3.551", "96,3"),
    ("Các huyện còn lại", None, "số trẻ sinh ra các huyện còn lại", "16.690", "16.271", "97,5"),
    ("Tổng số", None, "tổng số trẻ sinh ra", "26.694", "25.980", "97,3"),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, subj, a, b, c in ROWS:
    extra = {"location": loc} if loc else {}
    TABLE += [
        fig(f"{label} | {a}", a, n(a), "count", "trẻ", subject=f"{subj} năm 2023", period=C23, **extra),
        fig(f"{a} | {b}", b, n(b), "count", "trẻ", status="estimate",
            subject=f"{subj} ước thực hiện 2024", period=C24, **extra),
        fig(f"{b} | {c}", c, n(c), "percent", "%", subject=f"{subj} so với cùng kỳ", **extra),
    ]

FIGS = [
    fig("năm 2024 ước 1.882.500", "1.882.500", 1882500, "count", "người", status="estimate",
        subject="dân số trung bình", period=Y24),
    fig("ước đạt 2,21", "2,21", 2.21, "measure", "con/phụ nữ", status="estimate",
        subject="tổng tỷ suất sinh", period=HDR24),
    fig("là 13,8‰", "13,8", 13.8, "measure", "‰", change=chg("decrease", 0.4, "‰", "năm 2023"),
        subject="tỷ suất sinh thô", period=HDR24),
    fig("là 19,6%", "19,6", 19.6, "percent", "%",
        change=chg("decrease", 0.4, "điểm phần trăm", "chỉ tiêu"), target=tgt(20, "%"),
        subject="tỷ lệ sinh con thứ 3 trở lên", period=HDR24),
] + TABLE + [
    fig("tổ chức 1.260 buổi", "1.260", 1260, "count", "buổi",
        subject="buổi truyền thông tại cộng đồng", period=TRONGNAM),
    fig("khoảng 58 nghìn", "58", 58000, "count", "lượt người", approx="about",
        subject="lượt người tham dự truyền thông", period=TRONGNAM),
    fig("87,2% bà mẹ", "87,2", 87.2, "percent", "%",
        subject="bà mẹ mang thai được sàng lọc trước sinh", period=TRONGNAM),
    fig("đạt 94,5%", "94,5", 94.5, "percent", "%", change=chg("increase", 4.5, "%", "kế hoạch"),
        subject="tỷ lệ sàng lọc sơ sinh", period=TRONGNAM),
    fig("là 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", percent=100,
        subject="kinh phí sự nghiệp dân số từ ngân sách tỉnh", period=inh(TRONGNAM)),
    fig("mức 2,1-2,2", "2,1", 2.1, "measure", "con/phụ nữ", value_max=2.2, status="target",
        subject="tổng tỷ suất sinh", period=HDR25),
    fig("không quá 110", "110", 110, "measure", "bé trai/100 bé gái", approx="at_most", status="target",
        subject="tỷ số giới tính khi sinh", period=HDR25),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ sàng lọc sơ sinh", period=HDR25),
]

NOTES = [
    "Formal report (UBND tỉnh Thái Bình, Số: 287/BC-UBND, ngày 12 tháng 12 năm 2024): population work 2024 and 2025 plan.",
    "Distractors: 'Số: 287/BC-UBND', the letterhead date, section numbers I./II./1.-3., 'Lưu: VT, VX', 'con thứ 3', '100 bé gái'.",
    "Flattened '|' table, 'Đơn vị tính: trẻ': every numeric cell is a figure; row places go to location (TP Thái Bình, Hưng Hà,",
    "Quỳnh Phụ); 'Các huyện còn lại' and 'Tổng số' stay with the province. 'Ước thực hiện 2024' gives estimate;",
    "'So với cùng kỳ (%)' cells are percent figures with no period (the column compares two years) and no status cue.",
    "Crude birth rate '13,8‰' is a measure in '‰' (not a percent); its change is in '‰'.",
    "'thấp hơn 0,4 điểm phần trăm so với chỉ tiêu (20%)' → change (baseline chỉ tiêu) and target 20.",
    "'vượt 4,5% kế hoạch' after a rate is a change with baseline kế hoạch; 'bằng 100% dự toán' a percent attribute.",
    "Section I is 'NĂM 2024' (inherited by sentences without their own period); section II 'NĂM 2025' targets ('Phấn đấu').",
]

if __name__ == "__main__":
    write("p1349-3", TEXT, NOTES, FIGS, published="2024-12-12", location="Thái Bình")
