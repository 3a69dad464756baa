"""p1295-3: formal report (UBND tỉnh Vĩnh Long, Số .../BC-UBND), sections I/II, flattened '|' table by district, 'Nơi nhận'."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH LONG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển vùng trồng vú sữa năm 2024, phương hướng năm 2025

Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích vú sữa toàn tỉnh ước đạt 1.044 ha, tăng 42 ha so với năm 2023; sản lượng ước đạt 17.900 tấn, tăng 3,9%, bằng 102,3% kế hoạch. Diện tích cho trái khoảng 880 ha, năng suất bình quân 20,3 tấn/ha.

Bảng: Sản lượng vú sữa theo địa phương
Đơn vị tính: tấn
STT | Địa phương | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
1 | Huyện Long Hồ | 7.210 | 7.480 | 103,7
2 | Huyện Tam Bình | 6.150 | 6.390 | 103,9
3 | Huyện Vũng Liêm | 2.240 | 2.460 | 109,8
4 | Huyện Trà Ôn | 1.620 | 1.570 | 96,9
 | Tổng cộng | 17.220 | 17.900 | 103,9

2. Tiêu thụ, xuất khẩu
Toàn tỉnh có 14 mã số vùng trồng vú sữa phục vụ xuất khẩu (tăng 5 mã so với năm 2023) với diện tích 236 ha. Sản lượng xuất khẩu qua doanh nghiệp ước khoảng 1.150 tấn, chiếm 6,4% tổng sản lượng. Giá bán bình quân năm 2024 đạt 27.500 đồng/kg.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu diện tích vú sữa đạt 1.100 ha, sản lượng từ 19.000 đến 19.500 tấn; cấp mới ít nhất 4 mã số vùng trồng; tập huấn kỹ thuật cho khoảng 300 nông dân.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Sở NN&PTNT;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đặng Văn Sáu
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")

ROWS = [("Huyện Long Hồ", "Long Hồ", ["7.210", "7.480", "103,7"]),
        ("Huyện Tam Bình", "Tam Bình", ["6.150", "6.390", "103,9"]),
        ("Huyện Vũng Liêm", "Vũng Liêm", ["2.240", "2.460", "109,8"]),
        ("Huyện Trà Ôn", "Trà Ôn", ["1.620", "1.570", "96,9"]),
        ("Tổng cộng", "Vĩnh Long", ["17.220", "17.900", "103,9"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    head = "tổng cộng sản lượng vú sữa" if label == "Tổng cộng" else "sản lượng vú sữa"
    for i, n in enumerate(nums):
        anchor = f"{prev} | {n}"
        v = float(n.replace(".", "").replace(",", "."))
        if i == 0:
            CELLS.append(fig(anchor, n, v, "measure", "tấn", subject=f"{head} năm 2023", period=C23, location=place))
        elif i == 1:
            CELLS.append(fig(anchor, n, v, "measure", "tấn", status="estimate",
                             subject=f"{head} ước thực hiện 2024", period=E24, location=place))
        else:
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"{head} so với cùng kỳ", location=place))
        prev = n

FIGS = [
    fig("ước đạt 1.044 ha", "1.044", 1044, "measure", "ha", status="estimate",
        change=chg("increase", 42, "ha", "năm 2023"), subject="diện tích vú sữa toàn tỉnh", period=Y24),
    fig("ước đạt 17.900 tấn", "17.900", 17900, "measure", "tấn", status="estimate",
        change=chg("increase", 3.9, "%"), percent=102.3, subject="sản lượng vú sữa", period=Y24),
    fig("khoảng 880 ha", "880", 880, "measure", "ha", approx="about", subject="diện tích vú sữa cho trái",
        period=inh(Y24)),
    fig("20,3 tấn/ha", "20,3", 20.3, "measure", "tấn/ha", subject="năng suất bình quân", period=inh(Y24)),
] + CELLS + [
    fig("có 14 mã", "14", 14, "count", "mã số vùng trồng", change=chg("increase", 5, "mã", "năm 2023"),
        subject="mã số vùng trồng vú sữa phục vụ xuất khẩu", period=inh(Y24)),
    fig("diện tích 236 ha", "236", 236, "measure", "ha", subject="diện tích mã số vùng trồng phục vụ xuất khẩu",
        period=inh(Y24)),
    fig("ước khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", approx="about", status="estimate", percent=6.4,
        subject="sản lượng vú sữa xuất khẩu qua doanh nghiệp", period=inh(Y24)),
    fig("đạt 27.500 đồng/kg", "27.500", 27500, "money", "đồng/kg", subject="giá bán bình quân", period=Y24b),
    fig("đạt 1.100 ha", "1.100", 1100, "measure", "ha", status="target", subject="diện tích vú sữa", period=Y25),
    fig("từ 19.000 đến 19.500", "19.000", 19000, "measure", "tấn", value_max=19500, status="target",
        subject="sản lượng vú sữa", period=Y25),
    fig("ít nhất 4 mã", "4", 4, "count", "mã số vùng trồng", approx="at_least", status="target",
        subject="mã số vùng trồng cấp mới", period=Y25),
    fig("khoảng 300 nông dân", "300", 300, "count", "nông dân", approx="about", status="target",
        subject="nông dân được tập huấn kỹ thuật", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH LONG', 'Số: 287/BC-UBND', 'Vĩnh Long, ngày 16 tháng 12 năm 2024' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: 287/BC-UBND, 05-NQ/TU, the letterhead date, section numbers I./II./1./2., STT column 1-4, 'Lưu: VT, KTN',",
    "signer 'Đặng Văn Sáu' (a name), the years in the title.",
    "Flattened '|' table 'Đơn vị tính: tấn'; rows are districts → location, subject = caption indicator + column label; 'Năm 2023'",
    "→ 2023; 'Ước thực hiện 2024' → estimate, 2024; 'So với cùng kỳ (%)' cells are percent figures with no period in their header",
    "(so none annotated). The rows add up to 'Tổng cộng' but no cue says so: no total (the row is located in Vĩnh Long).",
    "'tăng 3,9%, bằng 102,3% kế hoạch' → change 3.9 % (no baseline) and percent 102.3 on 17.900 tấn.",
    "'khoảng 880 ha', '20,3 tấn/ha': new sentence without a cue → actual; the year is inherited. Section 2 figures inherit 2024.",
    "'ước khoảng 1.150 tấn' → about + estimate, 'chiếm 6,4% tổng sản lượng' → percent attribute.",
    "Section II: 'Năm 2025, phấn đấu ...' governs every ';' clause: all targets, period 2025 (same sentence).",
]

if __name__ == "__main__":
    write("p1295-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Vĩnh Long")
