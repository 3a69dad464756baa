"""p1387-3: formal report (UBND TP Đà Nẵng, Số: 27/BC-UBND): chip-workforce training 2024, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả đào tạo nguồn nhân lực ngành công nghiệp bán dẫn năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Công tác đào tạo
Năm 2024, các cơ sở đào tạo trên địa bàn thành phố tuyển sinh 1.085 sinh viên, học viên các ngành vi mạch, bán dẫn, đạt 108,5% kế hoạch, tăng 41% so với năm 2023. Kết quả theo cơ sở đào tạo như sau:

Đơn vị tính: người
Cơ sở đào tạo | Năm 2023 | Năm 2024 | Kế hoạch 2025
Trường Đại học Kỹ thuật Sơn Trà | 310 | 455 | 520
Trường Đại học Công nghệ Ngũ Hành | 180 | 270 | 330
Trường Cao đẳng Kỹ thuật Hải Vân | 280 | 360 | 450
Tổng cộng | 770 | 1.085 | 1.300

2. Hỗ trợ người học
Thành phố cấp 95 suất học bổng, mỗi suất 40 triệu đồng/năm học; hỗ trợ 100% học phí cho 32 sinh viên có hoàn cảnh khó khăn. Tổng kinh phí hỗ trợ năm 2024 là 4,7 tỷ đồng, trong đó ngân sách thành phố 3,2 tỷ đồng.

3. Thu hút doanh nghiệp
Đến ngày 31/12/2024, thành phố có 11 doanh nghiệp thiết kế vi mạch với khoảng 900 kỹ sư, tăng 3 doanh nghiệp so với năm 2023.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tuyển sinh 1.300 người; đưa số kỹ sư thiết kế vi mạch lên trên 1.200 người. Mục tiêu đến năm 2030, thành phố có ít nhất 5.000 kỹ sư vi mạch, bán dẫn.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- Thường trực Thành ủy;
- Lưu: VT, SKHCN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Khoa
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25h = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}

ROWS = [("Trường Đại học Kỹ thuật Sơn Trà", ["310", "455", "520"]),
        ("Trường Đại học Công nghệ Ngũ Hành", ["180", "270", "330"]),
        ("Trường Cao đẳng Kỹ thuật Hải Vân", ["280", "360", "450"]),
        ("Tổng cộng", ["770", "1.085", "1.300"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev} | {n}", n, v, "count", "người",
                         subject=f"tuyển sinh {label} {col.lower()}", period=COLS[col], **kw))
        prev = n

FIGS = [
    fig("tuyển sinh 1.085 sinh viên", "1.085", 1085, "count", "sinh viên", percent=108.5,
        change=chg("increase", 41, "%", "năm 2023"),
        subject="sinh viên, học viên các ngành vi mạch, bán dẫn tuyển sinh", period=Y24),
] + CELLS + [
    fig("cấp 95 suất", "95", 95, "count", "suất học bổng", subject="suất học bổng thành phố cấp",
        period=inh(Y24)),
    fig("mỗi suất 40 triệu", "40", 40e6, "money", "đồng/năm học", subject="giá trị mỗi suất học bổng"),
    fig("hỗ trợ 100% học phí", "100", 100, "percent", "%",
        subject="hỗ trợ học phí cho sinh viên có hoàn cảnh khó khăn", period=inh(Y24)),
    fig("cho 32 sinh viên", "32", 32, "count", "sinh viên",
        subject="sinh viên có hoàn cảnh khó khăn được hỗ trợ học phí", period=inh(Y24)),
    fig("là 4,7 tỷ", "4,7", 4.7e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=Y24b),
    fig("thành phố 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", total=4.7e9,
        subject="kinh phí hỗ trợ từ ngân sách thành phố", period=Y24b),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        change=chg("increase", 3, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp thiết kế vi mạch", period=ASOF),
    fig("khoảng 900 kỹ sư", "900", 900, "count", "kỹ sư", approx="about",
        subject="kỹ sư của các doanh nghiệp thiết kế vi mạch", period=ASOF),
    fig("tuyển sinh 1.300 người", "1.300", 1300, "count", "người", status="target",
        subject="người tuyển sinh", period=Y25h),
    fig("trên 1.200 người", "1.200", 1200, "count", "người", approx="over", status="target",
        subject="số kỹ sư thiết kế vi mạch", period=Y25h),
    fig("ít nhất 5.000 kỹ sư", "5.000", 5000, "count", "kỹ sư", approx="at_least", status="target",
        subject="kỹ sư vi mạch, bán dẫn", period=T30),
]

NOTES = [
    "Formal report (UBND TP Đà Nẵng, Số: 27/BC-UBND, 'Đà Nẵng, ngày 16 tháng 01 năm 2025'): sections I/II, 1-3, 'Nơi nhận'. Location Đà Nẵng.",
    "Distractors: report number, letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, SKHCN', 'KT. CHỦ TỊCH'.",
    "'đạt 108,5% kế hoạch' → percent attribute 108.5; 'tăng 41% so với năm 2023' → change.",
    "Flattened '|' table, 'Đơn vị tính: người': 12 cells; subject = indicator + row + column; periods from headers; 'Kế hoạch 2025' → target. Cells carry no total.",
    "Section 2 has no period in its first sentence: inherited from the section I heading ('NĂM 2024'). 'mỗi suất 40 triệu đồng/năm học' is a standing amount: no period.",
    "'trong đó ngân sách thành phố 3,2 tỷ đồng' → total 4,7 tỷ. 'tăng 3 doanh nghiệp so với năm 2023' belongs to 11 doanh nghiệp (unit doanh nghiệp), across the kỹ sư clause.",
    "Section II 'Phấn đấu ...' → target; period from the heading 'NHIỆM VỤ NĂM 2025' (inherited). 'Mục tiêu đến năm 2030' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1387-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Đà Nẵng")
