"""p1457-3: formal report (UBND tỉnh Nam Định): bolts, screws, nails 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

ROWS = [("Huyện Ý Yên", "Ý Yên", 28440, 30900, 32900),
        ("Huyện Vụ Bản", "Vụ Bản", 5320, 5710, 6100),
        ("Huyện Nam Trực", "Nam Trực", 3150, 3390, 3600),
        ("Huyện Xuân Trường", "Xuân Trường", 12650, 13480, 14200)]
TOT = ("Tổng cộng", "Nam Định", sum(r[2] for r in ROWS), sum(r[3] for r in ROWS), sum(r[4] for r in ROWS))


def vn(n):
    return f"{n:,}".replace(",", ".")


def pct(a, b):
    return f"{round(b / a * 100, 1):.1f}".replace(".", ",")


TABLE = "\n".join(f"{r[0]} | {vn(r[2])} | {vn(r[3])} | {pct(r[2], r[3])} | {vn(r[4])}" for r in ROWS + [TOT])
assert TOT[2:] == (49560, 53480, 56800), TOT

TEXT = f"""UBND TỈNH NAM ĐỊNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất bu lông, ốc vít, đinh và phụ kiện kim khí năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, giá trị sản xuất của ngành bu lông, ốc vít, đinh và phụ kiện kim khí trên địa bàn tỉnh đạt 2.350 tỷ đồng, tăng 9,6% so với năm 2023, chiếm 8,5% giá trị sản xuất công nghiệp toàn tỉnh. Toàn tỉnh có 612 cơ sở sản xuất, trong đó 74 doanh nghiệp và 538 hộ kinh doanh, tập trung chủ yếu tại huyện Ý Yên.

2. Sản lượng bu lông, ốc vít, đinh theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
{TABLE}

3. Xuất khẩu, lao động, môi trường
Kim ngạch xuất khẩu bu lông, ốc vít của tỉnh đạt 86,3 triệu USD, bằng 112% kế hoạch; ngành sử dụng khoảng 14.200 lao động, thu nhập bình quân 7,6 triệu đồng/người/tháng. Qua kiểm tra, cơ quan chức năng phát hiện 17 cơ sở vi phạm về môi trường, xử phạt 265 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 sản lượng đạt 56.800 tấn (tăng 6,2% so với năm 2024); kim ngạch xuất khẩu trên 95 triệu USD; di dời 30 cơ sở gây ô nhiễm vào Cụm công nghiệp Yên Xá theo Quyết định số 1205/QĐ-UBND.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "sản lượng bu lông, ốc vít, đinh"


def cells(r):
    label, loc, a, b, c = r
    p = pct(a, b)
    lab = label.split(" ", 1)[1] if label.startswith("Huyện") else label
    subj = SUBJ + (" tổng cộng" if label == "Tổng cộng" else "")
    return [
        fig(f"{lab} | {vn(a)}", vn(a), a, "measure", "tấn", subject=f"{subj} năm 2023", period=Y23, location=loc),
        fig(f"{vn(a)} | {vn(b)}", vn(b), b, "measure", "tấn", subject=f"{subj} năm 2024", period=Y24, location=loc),
        fig(f"{vn(b)} | {p}", p, float(p.replace(",", ".")), "percent", "%", subject=f"{subj} so với cùng kỳ",
            period=inh(Y24), location=loc),
        fig(f"{p} | {vn(c)}", vn(c), c, "measure", "tấn", status="target", subject=f"{subj} kế hoạch 2025",
            period=K25, location=loc),
    ]


FIGS = [
    fig("đạt 2.350 tỷ", "2.350", 2350e9, "money", "đồng", percent=8.5, change=chg("increase", 9.6, "%", "năm 2023"),
        subject="giá trị sản xuất của ngành bu lông, ốc vít, đinh và phụ kiện kim khí", period=Y24),
    fig("có 612 cơ sở", "612", 612, "count", "cơ sở", subject="cơ sở sản xuất", period=inh(Y24)),
    fig("đó 74 doanh nghiệp", "74", 74, "count", "doanh nghiệp", total=612, subject="doanh nghiệp", period=inh(Y24)),
    fig("và 538 hộ", "538", 538, "count", "hộ kinh doanh", total=612, subject="hộ kinh doanh", period=inh(Y24)),
]
for r in ROWS + [TOT]:
    FIGS += cells(r)
FIGS += [
    fig("đạt 86,3 triệu", "86,3", 86.3e6, "money", "USD", percent=112,
        subject="kim ngạch xuất khẩu bu lông, ốc vít của tỉnh", period=inh(Y24)),
    fig("khoảng 14.200 lao động", "14.200", 14200, "count", "lao động", approx="about",
        subject="lao động ngành sử dụng", period=inh(Y24)),
    fig("quân 7,6 triệu", "7,6", 7.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", period=inh(Y24)),
    fig("hiện 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở vi phạm về môi trường", period=inh(Y24)),
    fig("phạt 265 triệu", "265", 265e6, "money", "đồng", subject="tiền xử phạt cơ sở vi phạm", period=inh(Y24)),
    fig("đạt 56.800 tấn", "56.800", 56800, "measure", "tấn", status="target",
        change=chg("increase", 6.2, "%", "năm 2024"), subject="sản lượng", period=Y25),
    fig("trên 95 triệu", "95", 95e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("dời 30 cơ sở", "30", 30, "count", "cơ sở", status="target",
        subject="cơ sở gây ô nhiễm di dời vào Cụm công nghiệp Yên Xá", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 27/BC-UBND', 'Nam Định, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn': rows are districts → location (Tổng cộng → Nam Định), subject = table title + column;",
    "period from the column header (scored); 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (2024 against 2023):",
    "their header has no year, so their period (năm 2024) is marked inherited. Table cells get no total.",
    "2.350 tỷ: change 9,6% and share 'chiếm 8,5%' are attributes. 'trong đó 74 doanh nghiệp và 538 hộ' add up to 612 → total 612.",
    "Section 3 sentences carry no period phrase: năm 2024 from the section heading, inherited. '86,3 triệu USD, bằng 112% kế hoạch' → percent 112.",
    "Section II: 'Phấn đấu năm 2025 … ; …; …' → target for all three clauses; the '(tăng 6,2% so với năm 2024)' is the change of 56.800 tấn.",
    "Distractors: Số: 27/BC-UBND, letterhead date, section numbers I./II./1.-3., Quyết định số 1205/QĐ-UBND, baselines 'năm 2023', 'năm 2024'.",
]

if __name__ == "__main__":
    write("p1457-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Nam Định")
