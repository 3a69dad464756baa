"""p1389-7: department site (Sở Y tế Cần Thơ), no dateline: IVF results, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Hoạt động hỗ trợ sinh sản năm 2024 tăng trưởng khá

Năm 2024, các cơ sở hỗ trợ sinh sản trên địa bàn thành phố ước thực hiện 1.240 chu kỳ thụ tinh trong ống nghiệm, tăng 14,3% so với năm 2023. Hiện thành phố có 3 cơ sở được Bộ Y tế cho phép thực hiện kỹ thuật này, gồm 2 bệnh viện công lập và 1 bệnh viện tư nhân. Bệnh viện Phụ sản thành phố xếp thứ 3 khu vực Đồng bằng sông Cửu Long về số chu kỳ thực hiện.

Kết quả hỗ trợ sinh sản
Chỉ tiêu
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Tổng số chu kỳ IVF (chu kỳ)
1.085
1.240
1.400
Trong đó: chuyển phôi trữ đông
702
835
950
Số ca có thai lâm sàng (ca)
498
590
680
Tỷ lệ có thai lâm sàng (%)
45,9
47,6
48,6

Tỷ lệ có thai lâm sàng năm 2024 ước đạt 47,6%, thấp hơn mức trung bình cả nước khoảng 2 điểm phần trăm. Trong số người bệnh điều trị, khoảng 45% đến từ các tỉnh lân cận như Hậu Giang, Sóc Trăng, Vĩnh Long.

Mục tiêu đến năm 2030, thành phố có ít nhất 5 cơ sở hỗ trợ sinh sản, đáp ứng khoảng 80% nhu cầu điều trị vô sinh của người dân vùng Đồng bằng sông Cửu Long.

Tin liên quan
- Cần Thơ: Tập huấn chuyên môn sản khoa năm 2024 đợt 1
- Khánh thành Khoa Hỗ trợ sinh sản Bệnh viện Đa khoa Trung ương Cần Thơ

SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Địa chỉ: số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.412 - Email: syt@cantho.gov.vn
Lượt truy cập: 1.204.557 | Đang trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
T30 = per("Mục tiêu đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]

ROWS = [("Tổng số chu kỳ IVF (chu kỳ)", "tổng số chu kỳ IVF", "count", "chu kỳ", ["1.085", "1.240", "1.400"]),
        ("Trong đó: chuyển phôi trữ đông", "chu kỳ chuyển phôi trữ đông", "count", "chu kỳ", ["702", "835", "950"]),
        ("Số ca có thai lâm sàng (ca)", "số ca có thai lâm sàng", "count", "ca", ["498", "590", "680"]),
        ("Tỷ lệ có thai lâm sàng (%)", "tỷ lệ có thai lâm sàng", "percent", "%", ["45,9", "47,6", "48,6"])]
WHOLE = [1085, 1240, 1400]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, kind, unit, cells in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, cells)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = WHOLE[i]
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), kind, unit, subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước thực hiện 1.240 chu kỳ", "1.240", 1240, "count", "chu kỳ", status="estimate",
        change=chg("increase", 14.3, "%", "năm 2023"),
        subject="chu kỳ thụ tinh trong ống nghiệm các cơ sở hỗ trợ sinh sản thực hiện", period=Y24),
    fig("có 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="cơ sở được Bộ Y tế cho phép thực hiện thụ tinh trong ống nghiệm"),
    fig("gồm 2 bệnh viện", "2", 2, "count", "bệnh viện", total=3, subject="bệnh viện công lập"),
    fig("và 1 bệnh viện", "1", 1, "count", "bệnh viện", total=3, subject="bệnh viện tư nhân"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="số chu kỳ thực hiện của Bệnh viện Phụ sản thành phố"),
] + CELLS + [
    fig("ước đạt 47,6%", "47,6", 47.6, "percent", "%", status="estimate",
        change=chg("decrease", 2, "điểm phần trăm", "mức trung bình cả nước", approx="about"),
        subject="tỷ lệ có thai lâm sàng", period=Y24b),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="người bệnh điều trị đến từ các tỉnh lân cận"),
    fig("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở hỗ trợ sinh sản", period=T30),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", status="target",
        subject="nhu cầu điều trị vô sinh của người dân vùng được đáp ứng", period=T30),
]

NOTES = [
    "Department site (Sở Y tế Cần Thơ), no dateline: menu, related links, footer with address, phone, e-mail, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'số 71 Lý Tự Trọng', 'quận Ninh Kiều' (address), 0292.3820.412, 'Lượt truy cập: 1.204.557', 'Đang trực tuyến: 24', 'đợt 1', 'năm 2024' in a link.",
    "One-cell-per-line table: columns Năm 2023 / Ước thực hiện năm 2024 (estimate) / Kế hoạch năm 2025 (target); unit from the row label.",
    "'Trong đó: chuyển phôi trữ đông' row: a part after 'Trong đó' of the row above, so each cell takes the whole row's cell of its column as total.",
    "'gồm 2 bệnh viện ... và 1 bệnh viện' take total 3. 'xếp thứ 3 khu vực Đồng bằng sông Cửu Long' is a rank, location Cần Thơ.",
    "'ước đạt 47,6%, thấp hơn mức trung bình cả nước khoảng 2 điểm phần trăm': change decrease 2 điểm phần trăm; 'cả nước' is the baseline, not the place.",
    "No published date; every stated period carries its year.",
]

if __name__ == "__main__":
    write("p1389-7", TEXT, NOTES, FIGS, location="Cần Thơ")
