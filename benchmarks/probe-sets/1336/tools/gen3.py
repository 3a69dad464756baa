"""p1336-3: formal report (UBND tỉnh Hà Nam, Số: 19/BC-UBND): traditional stage arts in 2024, flattened '|' table by troupe."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM
Số: 19/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả bảo tồn, phát huy nghệ thuật sân khấu truyền thống năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Hoạt động biểu diễn
Năm 2024, các đơn vị nghệ thuật truyền thống của tỉnh biểu diễn 742 buổi, tăng 6,3% so với năm 2023, vượt 3,1% kế hoạch; thu hút trên 265.000 lượt người xem; nguồn thu sự nghiệp ước đạt 3,9 tỷ đồng.

Số buổi biểu diễn theo đơn vị
Đơn vị tính: buổi
Đơn vị | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Đoàn Chèo số 1 | 402 | 431 | 107,2 | 440
Đoàn Rối nước Sen Hồng | 218 | 236 | 108,3 | 245
Câu lạc bộ Tuồng cổ Trúc Lâm | 78 | 75 | 96,2 | 80
Tổng cộng | 698 | 742 | 106,3 | 765

2. Đội ngũ và cơ sở vật chất
Đến ngày 31/12/2024, các đơn vị có 156 diễn viên, nhạc công, trong đó 23 người được phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú, Nghệ nhân Ưu tú; 41 người trên 50 tuổi. Trong năm, tỉnh đầu tư 12,5 tỷ đồng cải tạo Rạp Chèo trung tâm với 450 chỗ ngồi và xây mới 2 thủy đình tại các huyện Bình Lục, Lý Nhân.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu tổ chức ít nhất 765 buổi biểu diễn, trong đó khoảng 200 buổi phục vụ vùng nông thôn, vùng khó khăn; 100% xã, phường, thị trấn được xem ít nhất một chương trình chèo hoặc rối nước trong năm.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
YEAR_IN = per("Trong năm", "2024-01-01", "2024-12-31")
CAP = "buổi biểu diễn"
ROWS = [("Đoàn Chèo số 1", ["402", "431", "107,2", "440"]),
        ("Đoàn Rối nước Sen Hồng", ["218", "236", "108,3", "245"]),
        ("Câu lạc bộ Tuồng cổ Trúc Lâm", ["78", "75", "96,2", "80"]),
        ("Tổng cộng", ["698", "742", "106,3", "765"])]
COLS = ["năm 2023", "năm 2024", "so với cùng kỳ", "kế hoạch 2025"]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label.split()[-1]
        for col, n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            subj = f"{CAP} {label} {col}"
            if col == "so với cùng kỳ":
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%", subject=subj,
                               period=inh(Y24)))
            elif col == "kế hoạch 2025":
                out.append(fig(anchor, n, float(n), "count", "buổi", subject=subj, period=K25, status="target"))
            else:
                out.append(fig(anchor, n, float(n), "count", "buổi", subject=subj,
                               period=Y23 if col == "năm 2023" else Y24))
            prev = n
    return out


FIGS = [
    fig("biểu diễn 742 buổi", "742", 742, "count", "buổi",
        change=chg("increase", 6.3, "%", "năm 2023"),
        subject="buổi biểu diễn của các đơn vị nghệ thuật truyền thống", period=Y24),
    fig("vượt 3,1% kế hoạch", "3,1", 3.1, "percent", "%",
        subject="buổi biểu diễn vượt kế hoạch", period=Y24, optional=True),
    fig("trên 265.000 lượt", "265.000", 265000, "count", "lượt người xem", approx="over",
        subject="lượt người xem", period=Y24),
    fig("ước đạt 3,9 tỷ", "3,9", 3.9e9, "money", "đồng", status="estimate",
        subject="nguồn thu sự nghiệp", period=Y24),
] + cells() + [
    fig("có 156 diễn viên", "156", 156, "count", "diễn viên, nhạc công",
        subject="diễn viên, nhạc công của các đơn vị", period=ASOF),
    fig("trong đó 23 người", "23", 23, "count", "người", total=156,
        subject="người được phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú, Nghệ nhân Ưu tú", period=ASOF),
    fig("41 người trên", "41", 41, "count", "người", total=156, subject="người trên 50 tuổi", period=ASOF),
    fig("trên 50 tuổi", "50", 50, "measure", "tuổi", approx="over", subject="tuổi", optional=True),
    fig("đầu tư 12,5 tỷ", "12,5", 12.5e9, "money", "đồng",
        subject="vốn tỉnh đầu tư cải tạo Rạp Chèo trung tâm", period=YEAR_IN),
    fig("với 450 chỗ", "450", 450, "count", "chỗ ngồi", subject="chỗ ngồi của Rạp Chèo trung tâm"),
    fig("xây mới 2 thủy đình", "2", 2, "count", "thủy đình", subject="thủy đình xây mới", period=YEAR_IN),
    fig("ít nhất 765 buổi", "765", 765, "count", "buổi biểu diễn", approx="at_least", status="target",
        subject="buổi biểu diễn", period=Y25),
    fig("khoảng 200 buổi", "200", 200, "count", "buổi", approx="about", total=765, status="target",
        subject="buổi phục vụ vùng nông thôn, vùng khó khăn", period=Y25),
    fig("100% xã", "100", 100, "percent", "%", status="target",
        subject="xã, phường, thị trấn được xem ít nhất một chương trình chèo hoặc rối nước", period=Y25),
    fig("ít nhất một chương trình", "một", 1, "count", "chương trình", approx="at_least", status="target",
        subject="chương trình chèo hoặc rối nước mỗi xã được xem", period=Y25, optional=True),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM', 'Số: 19/BC-UBND', 'Hà Nam, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: buổi'; rows are troupes (no place), so location stays Hà Nam; subject = caption + row + column;",
    "period from the column header (scored); 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures of their own",
    "(unit from the header), their year 2024 is not in the header (period inherited, not scored). Table cells get no total.",
    "'Đoàn Chèo số 1' is a name, not a figure. 'tăng 6,3%' is 742's change; 'vượt 3,1% kế hoạch' is a second change → own percent figure, optional.",
    "'trong đó 23 người ...; 41 người trên 50 tuổi' → both parts of 156 (the ';' continues the breakdown); the age bound 50 is optional.",
    "'Trong năm' (in a 2024 report, section I) = 2024. 'ít nhất một chương trình' is part of the 100% indicator: optional.",
    "Section II: 'Năm 2025, phấn đấu ...' → target for the whole sentence; 'trong đó khoảng 200 buổi' → total 765.",
    "Distractors: Số: 19/BC-UBND, letterhead date, section numbers I./II./1./2., 'Đoàn Chèo số 1', '(b/c)', 'Lưu: VT, KGVX'.",
]

if __name__ == "__main__":
    write("p1336-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Hà Nam")
