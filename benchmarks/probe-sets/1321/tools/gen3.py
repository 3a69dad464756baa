"""p1321-3: formal report (UBND tỉnh Quảng Nam): travel business and tour guide management 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 312/BC-UBND
Quảng Nam, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý nhà nước về kinh doanh dịch vụ lữ hành và hướng dẫn du lịch năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kinh doanh dịch vụ lữ hành
Tính đến ngày 30/11/2024, toàn tỉnh có 186 doanh nghiệp kinh doanh dịch vụ lữ hành, tăng 14 doanh nghiệp so với cuối năm 2023; trong đó có 97 doanh nghiệp lữ hành quốc tế và 89 doanh nghiệp lữ hành nội địa. Riêng thành phố Hội An có 64 doanh nghiệp, chiếm 34,4% toàn tỉnh. Tổng số tiền ký quỹ của các doanh nghiệp tại ngân hàng là 41,3 tỷ đồng. Trong năm, Sở Văn hóa, Thể thao và Du lịch đã cấp mới 21 giấy phép và thu hồi 7 giấy phép kinh doanh dịch vụ lữ hành (trong đó 5 giấy phép thu hồi theo đề nghị của doanh nghiệp).

2. Hướng dẫn du lịch
Bảng 1. Thẻ hướng dẫn viên du lịch trên địa bàn tỉnh
Đơn vị tính: thẻ
TT | Loại thẻ | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Hướng dẫn viên quốc tế | 1.246 | 1.395 | 112,0
2 | Hướng dẫn viên nội địa | 682 | 731 | 107,2
3 | Hướng dẫn viên tại điểm | 214 | 236 | 110,3
 | Tổng cộng | 2.142 | 2.362 | 110,3

Năm 2024, Sở tổ chức 3 lớp bồi dưỡng kiến thức cho 248 học viên và 2 kỳ kiểm tra nghiệp vụ hướng dẫn du lịch tại điểm với 96 thí sinh dự thi, trong đó 84 thí sinh đạt yêu cầu. Thanh tra Sở đã xử phạt 11 trường hợp vi phạm với tổng số tiền 96,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu cấp mới khoảng 200 thẻ hướng dẫn viên; kiểm tra 100% doanh nghiệp lữ hành quốc tế trên địa bàn; tổ chức ít nhất 2 lớp bồi dưỡng tiếng Hàn, tiếng Nhật cho hướng dẫn viên.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Hòa
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
YR = per("Trong năm", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [("Hướng dẫn viên quốc tế", "| 1.246 |", "1.246", "| 1.395 |", "1.395", "1.395 | 112,0", "112,0"),
        ("Hướng dẫn viên nội địa", "| 682 |", "682", "| 731 |", "731", "731 | 107,2", "107,2"),
        ("Hướng dẫn viên tại điểm", "| 214 |", "214", "| 236 |", "236", "236 | 110,3", "110,3"),
        ("Tổng cộng", "| 2.142 |", "2.142", "| 2.362 |", "2.362", "2.362 | 110,3", "110,3")]
CELLS = []
for label, a23, n23, a24, n24, ap, np in ROWS:
    row = "tổng cộng thẻ hướng dẫn viên" if label == "Tổng cộng" else "thẻ " + label.lower()
    rd = lambda s: float(s.replace(".", "").replace(",", "."))
    CELLS += [
        fig(a23, n23, rd(n23), "count", "thẻ", subject=f"{row} năm 2023", period=Y23),
        fig(a24, n24, rd(n24), "count", "thẻ", subject=f"{row} năm 2024", period=Y24),
        fig(ap, np, rd(np), "percent", "%", subject=f"{row} năm 2024 so với cùng kỳ", period=inh(Y24)),
    ]

FIGS = [
    fig("có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp",
        change=chg("increase", 14, "doanh nghiệp", "cuối năm 2023"),
        subject="doanh nghiệp kinh doanh dịch vụ lữ hành", period=ASOF),
    fig("có 97 doanh nghiệp", "97", 97, "count", "doanh nghiệp", total=186,
        subject="doanh nghiệp lữ hành quốc tế", period=ASOF),
    fig("và 89 doanh nghiệp", "89", 89, "count", "doanh nghiệp", total=186,
        subject="doanh nghiệp lữ hành nội địa", period=ASOF),
    fig("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp", percent=34.4,
        subject="doanh nghiệp kinh doanh dịch vụ lữ hành", period=inh(ASOF), location="Hội An"),
    fig("là 41,3 tỷ", "41,3", 41.3e9, "money", "đồng",
        subject="tổng số tiền ký quỹ của các doanh nghiệp tại ngân hàng", period=inh(ASOF)),
    fig("cấp mới 21 giấy phép", "21", 21, "count", "giấy phép",
        subject="giấy phép kinh doanh dịch vụ lữ hành cấp mới", period=YR),
    fig("thu hồi 7 giấy phép", "7", 7, "count", "giấy phép",
        subject="giấy phép kinh doanh dịch vụ lữ hành thu hồi", period=YR),
    fig("trong đó 5 giấy phép", "5", 5, "count", "giấy phép", total=7,
        subject="giấy phép thu hồi theo đề nghị của doanh nghiệp", period=YR),
] + CELLS + [
    fig("tổ chức 3 lớp", "3", 3, "count", "lớp", subject="lớp bồi dưỡng kiến thức", period=Y24),
    fig("cho 248 học viên", "248", 248, "count", "học viên", subject="học viên lớp bồi dưỡng kiến thức",
        period=Y24),
    fig("và 2 kỳ kiểm tra", "2", 2, "count", "kỳ kiểm tra",
        subject="kỳ kiểm tra nghiệp vụ hướng dẫn du lịch tại điểm", period=Y24),
    fig("với 96 thí sinh", "96", 96, "count", "thí sinh", subject="thí sinh dự thi", period=Y24),
    fig("trong đó 84 thí sinh", "84", 84, "count", "thí sinh", total=96, subject="thí sinh đạt yêu cầu",
        period=Y24),
    fig("xử phạt 11 trường hợp", "11", 11, "count", "trường hợp", subject="trường hợp vi phạm bị xử phạt",
        period=inh(Y24)),
    fig("tiền 96,5 triệu", "96,5", 96.5e6, "money", "đồng", subject="tổng số tiền xử phạt vi phạm",
        period=inh(Y24)),
    fig("khoảng 200 thẻ", "200", 200, "count", "thẻ", approx="about", status="target",
        subject="thẻ hướng dẫn viên cấp mới", period=inh(Y25)),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp lữ hành quốc tế trên địa bàn được kiểm tra", period=inh(Y25)),
    fig("ít nhất 2 lớp", "2", 2, "count", "lớp", approx="at_least", status="target",
        subject="lớp bồi dưỡng tiếng Hàn, tiếng Nhật cho hướng dẫn viên", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Nam, Số: 312/BC-UBND, 'Quảng Nam, ngày 16 tháng 12 năm 2024'), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, 'Tính đến ngày 30/11/2024', section numbers I., II., 1., 2., 'Bảng 1', table row numbers 1-3, 'Lưu: VT'.",
    "Flattened '|' table, 'Đơn vị tính: thẻ': every numeric cell is a figure; subject = row label + column label; period from the",
    "column header (scored); the 'So với cùng kỳ (%)' cells are percent figures whose column names no period (2024 inherited, not scored).",
    "Table cells get no total (the spec's table rule names none; 'Tổng cộng' is a row of its own).",
    "'tăng 14 doanh nghiệp so với cuối năm 2023' → change in doanh nghiệp. 'Riêng thành phố Hội An có 64 doanh nghiệp, chiếm 34,4%' →",
    "percent 34.4, location Hội An, no total ('Riêng' is no cue). '(trong đó 5 giấy phép ...)' → total 7. 'trong đó 84 thí sinh' → total 96.",
    "'Trong năm' in an annual report dated 16/12/2024 → 2024. Section 'II. NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target for all three clauses.",
]

if __name__ == "__main__":
    write("p1321-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Quảng Nam")
