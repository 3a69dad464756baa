"""p1412-3: formal report (UBND tỉnh Hà Giang, Số: 186/BC-UBND), flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 25 tháng 6 năm 2024

BÁO CÁO
Tình hình sâu keo mùa thu hại ngô 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm

I. TÌNH HÌNH GÂY HẠI VÀ KẾT QUẢ PHÒNG TRỪ
1. Tình hình chung
6 tháng đầu năm 2024, toàn tỉnh gieo trồng 38.500 ha ngô, bằng 96,3% kế hoạch; sâu keo mùa thu gây hại 2.600 ha, giảm 18,5% so với cùng kỳ năm 2023, trong đó nhiễm nặng 320 ha. Mật độ sâu phổ biến 3-5 con/m2, nơi cao trên 20 con/m2.

2. Diện tích nhiễm theo địa bàn (tính đến ngày 20/6/2024)
Đơn vị tính: ha
Huyện | Diện tích ngô | Diện tích nhiễm | Nhiễm nặng | Đã phòng trừ
Đồng Văn | 4.120 | 415 | 62 | 398
Mèo Vạc | 5.360 | 538 | 85 | 510
Yên Minh | 6.845 | 476 | 54 | 452
Quản Bạ | 3.270 | 214 | 21 | 205
Các huyện còn lại | 18.905 | 957 | 98 | 895
Tổng cộng | 38.500 | 2.600 | 320 | 2.460

3. Công tác phòng trừ
Trong 6 tháng đầu năm, các huyện đã phun trừ 2.460 ha, đạt 94,6% diện tích nhiễm; sử dụng khoảng 4,2 tấn thuốc bảo vệ thực vật. Ngân sách tỉnh hỗ trợ 850 triệu đồng mua thuốc cho các huyện vùng cao núi đá; huyện Mèo Vạc hỗ trợ thêm 310 triệu đồng. Năng suất ngô trên diện tích nhiễm nặng ước giảm khoảng 25%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu 6 tháng cuối năm 2024 khống chế diện tích nhiễm nặng dưới 200 ha, 100% diện tích nhiễm được phòng trừ kịp thời; tổ chức 45 lớp tập huấn IPM cho khoảng 1.500 lượt nông dân; triển khai Quyết định số 1021/QĐ-UBND ngày 12/4/2024 của UBND tỉnh.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Cục Bảo vệ thực vật;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Gia Long
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
ASOF = per("tính đến ngày 20/6/2024", None, "2024-06-20", inherited=True)

COLS = ["diện tích ngô", "diện tích nhiễm", "nhiễm nặng", "đã phòng trừ"]
ROWS = [("Đồng Văn", ["4.120", "415", "62", "398"]),
        ("Mèo Vạc", ["5.360", "538", "85", "510"]),
        ("Yên Minh", ["6.845", "476", "54", "452"]),
        ("Quản Bạ", ["3.270", "214", "21", "205"]),
        ("Các huyện còn lại", ["18.905", "957", "98", "895"]),
        ("Tổng cộng", ["38.500", "2.600", "320", "2.460"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        if label in ("Các huyện còn lại", "Tổng cộng"):
            subj, loc = f"{col} {label.lower()}", "Hà Giang"
        else:
            subj, loc = col, label
        if col == "nhiễm nặng":
            subj = subj.replace("nhiễm nặng", "diện tích nhiễm nặng")
        if col == "đã phòng trừ":
            subj = subj.replace("đã phòng trừ", "diện tích đã phòng trừ")
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "ha",
                         subject=subj, period=ASOF, location=loc))
        prev = n

FIGS = [
    fig("gieo trồng 38.500 ha", "38.500", 38500, "measure", "ha", percent=96.3,
        subject="diện tích ngô toàn tỉnh gieo trồng", period=H1),
    fig("gây hại 2.600 ha", "2.600", 2600, "measure", "ha",
        change=chg("decrease", 18.5, "%", "cùng kỳ năm 2023"),
        subject="diện tích ngô bị sâu keo mùa thu gây hại", period=H1),
    fig("nhiễm nặng 320 ha", "320", 320, "measure", "ha", total=2600, subject="diện tích nhiễm nặng", period=H1),
    fig("phổ biến 3-5 con/m2", "3", 3, "measure", "con/m2", value_max=5, subject="mật độ sâu phổ biến", period=inh(H1)),
    fig("trên 20 con/m2", "20", 20, "measure", "con/m2", approx="over", subject="mật độ sâu nơi cao", period=inh(H1)),
] + CELLS + [
    fig("phun trừ 2.460 ha", "2.460", 2460, "measure", "ha", percent=94.6,
        subject="diện tích các huyện đã phun trừ", period=H1b),
    fig("khoảng 4,2 tấn", "4,2", 4.2, "measure", "tấn", approx="about",
        subject="thuốc bảo vệ thực vật đã sử dụng", period=H1b),
    fig("hỗ trợ 850 triệu", "850", 850e6, "money", "đồng",
        subject="ngân sách tỉnh hỗ trợ mua thuốc cho các huyện vùng cao núi đá", period=inh(H1b)),
    fig("thêm 310 triệu", "310", 310e6, "money", "đồng", subject="kinh phí hỗ trợ thêm mua thuốc",
        period=inh(H1b), location="Mèo Vạc"),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about", status="estimate",
        subject="năng suất ngô trên diện tích nhiễm nặng", period=inh(H1b)),
    fig("dưới 200 ha", "200", 200, "measure", "ha", approx="under", status="target",
        subject="diện tích nhiễm nặng", period=H2),
    fig("nặng dưới 200 ha, 100%", "100", 100, "percent", "%", status="target",
        subject="diện tích nhiễm được phòng trừ kịp thời", period=H2),
    fig("tổ chức 45 lớp", "45", 45, "count", "lớp tập huấn", status="target",
        subject="lớp tập huấn IPM", period=H2),
    fig("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt nông dân", approx="about", status="target",
        subject="lượt nông dân được tập huấn", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ GIANG', 'Số: 186/BC-UBND', 'Hà Giang, ngày 25 tháng 6 năm 2024' (published), sections I/II and 1-3,",
    "'Nơi nhận', signature block. Distractors: Số 186/BC-UBND, Quyết định số 1021/QĐ-UBND ngày 12/4/2024, section numbers, letterhead date.",
    "Flattened '|' table with 'Đơn vị tính: ha': every cell is a measure in ha. Rows are districts → location (subject = column label);",
    "'Các huyện còn lại' and 'Tổng cộng' rows are not places → location Hà Giang, row label in the subject. Cells get no total.",
    "The table's period is the caption line's as-of date '(tính đến ngày 20/6/2024)', not in the cells' own line → inherited (not scored).",
    "'bằng 96,3% kế hoạch' and 'đạt 94,6% diện tích nhiễm' are percent attributes; 'trong đó nhiễm nặng 320 ha' → total 2600.",
    "Sentences without a period phrase inherit the one of the same paragraph (not scored): densities, 850/310 triệu, 25%.",
    "'Năng suất ... ước giảm khoảng 25%' → a rate as the claim: percent figure, estimate, about; no period phrase.",
    "Section II 'Phấn đấu 6 tháng cuối năm 2024 ...' → all four figures target, period 2024-07-01..2024-12-31 (same sentence).",
]

if __name__ == "__main__":
    write("p1412-3", TEXT, NOTES, FIGS, published="2024-06-25", location="Hà Giang")
