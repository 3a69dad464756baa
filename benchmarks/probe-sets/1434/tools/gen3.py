"""p1434-3: formal report (UBND tỉnh Hà Giang): iron ore licences, output, budget 2024; flattened '|' table by company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động khai thác quặng sắt năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Cấp phép và khai thác
Đến ngày 30/11/2024, trên địa bàn tỉnh có 9 giấy phép khai thác quặng sắt còn hiệu lực (2 giấy phép do Bộ Tài nguyên và Môi trường cấp, 7 giấy phép do UBND tỉnh cấp), tổng diện tích 412,6 ha, tổng trữ lượng được phép khai thác khoảng 18,7 triệu tấn. Sản lượng khai thác năm 2024 ước đạt 962 nghìn tấn, tăng 6,2% so với năm 2023 và vượt 4,6% kế hoạch.

Sản lượng quặng sắt khai thác theo đơn vị
Đơn vị tính: nghìn tấn
TT | Đơn vị | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Công ty CP Khoáng sản Tùng Lâm | 486,0 | 512,5 | 540,0
2 | Công ty TNHH Sắt thép Bắc Mê | 312,4 | 328,0 | 345,0
3 | Các đơn vị khác | 107,4 | 121,5 | 165,0
 | Tổng cộng | 905,8 | 962,0 | 1.050,0

2. Thu ngân sách
Năm 2024, tổng thu ngân sách từ hoạt động khai thác quặng sắt ước đạt 131 tỷ đồng, gồm tiền cấp quyền khai thác khoáng sản 46,2 tỷ đồng, thuế tài nguyên 58,4 tỷ đồng và phí bảo vệ môi trường 26,4 tỷ đồng.

3. Kiểm tra, xử lý vi phạm, phục hồi môi trường
Trong năm, các cơ quan chức năng tổ chức 14 cuộc kiểm tra, xử phạt 5 tổ chức, cá nhân vi phạm với tổng số tiền 1,36 tỷ đồng; thu hồi 2 giấy phép hết hạn. Đã đóng cửa mỏ, phục hồi môi trường 3 mỏ với diện tích 48 ha.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng khai thác đạt 1,05 triệu tấn; 100% mỏ kết thúc khai thác được cải tạo, phục hồi môi trường theo Quyết định số 1028/QĐ-UBND.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Lâm
"""

ASOF = per("Đến ngày 30/11/2024", None, "2024-11-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24B = per("Năm 2024", "2024-01-01", "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
T25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Công ty CP Khoáng sản Tùng Lâm", ["486,0", "512,5", "540,0"]),
        ("Công ty TNHH Sắt thép Bắc Mê", ["312,4", "328,0", "345,0"]),
        ("Các đơn vị khác", ["107,4", "121,5", "165,0"]),
        ("Tổng cộng", ["905,8", "962,0", "1.050,0"])]

CELLS = []
for label, nums in ROWS:
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "").replace(",", ".")) * 1e3
        CELLS.append(fig(f"| {n}", n, v, "measure", "tấn",
                         subject=f"sản lượng quặng sắt khai thác {label} {col}", period=p, **kw))

FIGS = [
    fig("có 9 giấy phép", "9", 9, "count", "giấy phép", subject="giấy phép khai thác quặng sắt còn hiệu lực",
        period=ASOF),
    fig("(2 giấy phép", "2", 2, "count", "giấy phép", total=9,
        subject="giấy phép do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    fig("7 giấy phép", "7", 7, "count", "giấy phép", total=9, subject="giấy phép do UBND tỉnh cấp", period=ASOF),
    fig("diện tích 412,6 ha", "412,6", 412.6, "measure", "ha", subject="tổng diện tích các giấy phép khai thác",
        period=ASOF),
    fig("khoảng 18,7 triệu", "18,7", 18.7e6, "measure", "tấn", approx="about",
        subject="tổng trữ lượng được phép khai thác", period=ASOF),
    fig("ước đạt 962 nghìn", "962", 962e3, "measure", "tấn", status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"), subject="sản lượng khai thác", period=Y24),
    fig("vượt 4,6%", "4,6", 4.6, "percent", "%", status="estimate", optional=True,
        subject="sản lượng khai thác vượt kế hoạch", period=Y24),
] + CELLS + [
    fig("ước đạt 131 tỷ", "131", 131e9, "money", "đồng", status="estimate",
        subject="tổng thu ngân sách từ hoạt động khai thác quặng sắt", period=Y24B),
    fig("khoáng sản 46,2 tỷ", "46,2", 46.2e9, "money", "đồng", total=131e9, status="estimate",
        subject="tiền cấp quyền khai thác khoáng sản", period=Y24B),
    fig("tài nguyên 58,4 tỷ", "58,4", 58.4e9, "money", "đồng", total=131e9, status="estimate",
        subject="thuế tài nguyên", period=Y24B),
    fig("môi trường 26,4 tỷ", "26,4", 26.4e9, "money", "đồng", total=131e9, status="estimate",
        subject="phí bảo vệ môi trường", period=Y24B),
    fig("tổ chức 14 cuộc", "14", 14, "count", "cuộc kiểm tra", subject="cuộc kiểm tra các cơ quan chức năng tổ chức",
        period=INYEAR),
    fig("xử phạt 5 tổ chức", "5", 5, "count", "tổ chức, cá nhân", subject="tổ chức, cá nhân vi phạm bị xử phạt",
        period=INYEAR),
    fig("tiền 1,36 tỷ", "1,36", 1.36e9, "money", "đồng", subject="tổng số tiền xử phạt vi phạm", period=INYEAR),
    fig("thu hồi 2 giấy phép", "2", 2, "count", "giấy phép", subject="giấy phép hết hạn bị thu hồi", period=INYEAR),
    fig("trường 3 mỏ", "3", 3, "count", "mỏ", subject="mỏ đã đóng cửa, phục hồi môi trường"),
    fig("diện tích 48 ha", "48", 48, "measure", "ha", subject="diện tích mỏ đã đóng cửa, phục hồi môi trường"),
    fig("đạt 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", status="target", subject="sản lượng khai thác",
        period=T25),
    fig("100% mỏ", "100", 100, "percent", "%", status="target",
        subject="mỏ kết thúc khai thác được cải tạo, phục hồi môi trường", period=T25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ GIANG', 'Số: 412/BC-UBND', 'Hà Giang, ngày 16 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, the letterhead date, section numbers, table row numbers 1-3 (TT), Quyết định số 1028/QĐ-UBND, 'Lưu: VT, KT'.",
    "'9 giấy phép ... (2 giấy phép ..., 7 giấy phép ...)' → bracketed breakdown that adds up: total 9. As-of 30/11/2024 covers the sentence.",
    "'ước đạt 962 nghìn tấn, tăng 6,2% so với năm 2023 và vượt 4,6% kế hoạch': the first change is the attribute; the second ('vượt 4,6%",
    "kế hoạch') is a percent figure of its own, optional per FIGURES.md (one of each attribute per figure).",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': subject = caption indicator + row (company) + column label; period and status from the",
    "column headers ('Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target); cells get no total. Row numbers are not figures.",
    "'131 tỷ đồng, gồm ...' parts add up (46,2 + 58,4 + 26,4): total 131 tỷ, status estimate carried from the whole.",
    "'Trong năm' → 2024 (nearest earlier period). Section II targets inherit 'NĂM 2025' from the heading (another line: not scored).",
]

if __name__ == "__main__":
    write("p1434-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Hà Giang")
