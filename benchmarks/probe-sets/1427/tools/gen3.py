"""p1427-3: formal report (UBND tỉnh Hậu Giang), cockfighting gambling 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HẬU GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-UBND
Hậu Giang, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phòng, chống tệ nạn đánh bạc bằng hình thức đá gà năm 2024

Thực hiện Kế hoạch số 48/KH-UBND ngày 05/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền
Các cấp, các ngành tổ chức 1.264 buổi tuyên truyền, vượt 5,3% kế hoạch, với hơn 58.000 lượt người tham dự; 100% ấp, khu vực ký cam kết không tổ chức, tham gia đá gà ăn tiền.

2. Công tác đấu tranh, xử lý
Năm 2024, Công an toàn tỉnh phát hiện 45 vụ đá gà, đánh bạc với 517 đối tượng; trong đó khởi tố 12 vụ, 98 bị can, xử phạt hành chính 33 vụ, 419 đối tượng với tổng số tiền 1,96 tỷ đồng. Kết quả theo địa bàn:

Đơn vị tính: vụ
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Vị Thanh | 6 | 4 | 66,7
TP Ngã Bảy | 5 | 7 | 140,0
Huyện Châu Thành A | 9 | 11 | 122,2
Huyện Long Mỹ | 8 | 6 | 75,0
Huyện Phụng Hiệp | 14 | 17 | 121,4
Tổng cộng | 42 | 45 | 107,1

Riêng huyện Phụng Hiệp chiếm 37,8% tổng số vụ toàn tỉnh.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kéo giảm từ 10-15% số vụ đá gà, đánh bạc so với năm 2024; 100% tụ điểm đá gà phát hiện được triệt xóa, không để tái hoạt động.

Nơi nhận:
- Bộ Công an (C06);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Hòa
"""

Y24T = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)  # title of the report
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23C = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24C = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

SUBJ = "vụ đá gà, đánh bạc"
ROWS = [("TP Vị Thanh", "Thanh", "Vị Thanh", "6", "4", "66,7"),
        ("TP Ngã Bảy", "Bảy", "Ngã Bảy", "5", "7", "140,0"),
        ("Huyện Châu Thành A", "Thành A", "Châu Thành A", "9", "11", "122,2"),
        ("Huyện Long Mỹ", "Long Mỹ", "Long Mỹ", "8", "6", "75,0"),
        ("Huyện Phụng Hiệp", "Hiệp", "Phụng Hiệp", "14", "17", "121,4"),
        ("Tổng cộng", "cộng", "Hậu Giang", "42", "45", "107,1")]


def num(s):
    return float(s.replace(",", "."))


# revised after the first run: subject = row label + column label, and a row label that is a place goes to location
# (FIGURES.md, Tables), so place rows keep only the column label; the first gold had prefixed "vụ đá gà, đánh bạc".
CELLS = []
for label, key, place, a, b, r in ROWS:
    sub = "Tổng cộng " if label == "Tổng cộng" else ""
    CELLS += [
        fig(f"{key} | {a} |", a, num(a), "count", "vụ", subject=f"{sub}Năm 2023", period=Y23C, location=place),
        fig(f"| {a} | {b} |", b, num(b), "count", "vụ", subject=f"{sub}Năm 2024", period=Y24C, location=place),
        fig(f"| {b} | {r}", r, num(r), "percent", "%", subject=f"{sub}So với cùng kỳ",
            period=inh(Y24C), location=place),
    ]

FIGS = [
    fig("1.264 buổi", "1.264", 1264, "count", "buổi", change=chg("increase", 5.3, "%", "kế hoạch"),
        subject="buổi tuyên truyền các cấp, các ngành tổ chức", period=Y24T),
    fig("hơn 58.000 lượt", "58.000", 58000, "count", "lượt người", approx="over",
        subject="lượt người tham dự tuyên truyền", period=Y24T),
    fig("100% ấp", "100", 100, "percent", "%",
        subject="tỷ lệ ấp, khu vực ký cam kết không tổ chức, tham gia đá gà ăn tiền", period=Y24T),
    fig("phát hiện 45 vụ", "45", 45, "count", "vụ", subject="vụ đá gà, đánh bạc Công an toàn tỉnh phát hiện",
        period=Y24),
    fig("với 517 đối tượng", "517", 517, "count", "đối tượng", subject="đối tượng đá gà, đánh bạc", period=Y24),
    fig("khởi tố 12 vụ", "12", 12, "count", "vụ", total=45, subject="vụ khởi tố", period=Y24),
    fig("98 bị can", "98", 98, "count", "bị can", total=517, subject="bị can bị khởi tố", period=Y24),
    fig("chính 33 vụ", "33", 33, "count", "vụ", total=45, subject="vụ xử phạt hành chính", period=Y24),
    fig("419 đối tượng", "419", 419, "count", "đối tượng", total=517, subject="đối tượng bị xử phạt hành chính",
        period=Y24),
    fig("1,96 tỷ", "1,96", 1.96e9, "money", "đồng", subject="tổng số tiền xử phạt hành chính", period=Y24),
] + CELLS + [
    fig("chiếm 37,8%", "37,8", 37.8, "percent", "%", subject="tỷ lệ số vụ trong tổng số vụ toàn tỉnh",
        period=inh(Y24), location="Phụng Hiệp"),
    fig("từ 10-15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="mức kéo giảm số vụ đá gà, đánh bạc so với năm 2024", period=Y25),
    fig("; 100% tụ điểm", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ tụ điểm đá gà phát hiện được triệt xóa", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẬU GIANG', 'Số: 215/BC-UBND', 'Hậu Giang, ngày 16 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Kế hoạch số 48/KH-UBND ngày 05/3/2024, section numbers I., II., 1., 2., '(C06)', 'Lưu: VT, NC', 'năm 2024' in the baseline.",
    "'vượt 5,3% kế hoạch' is a change with baseline 'kế hoạch'. Section 1 has no period of its own: the title's 'năm 2024' is inherited.",
    "'trong đó' (after ';'): 12 and 33 vụ take total 45; 98 bị can and 419 đối tượng take total 517 (they add up).",
    "Flattened '|' table, 'Đơn vị tính: vụ', no caption; the row label is a place (location), so the subject is the column label",
    "(revised after the first run: the first gold prefixed the indicator 'vụ đá gà, đánh bạc', which no label states); 'Tổng cộng' row",
    "is the province. 'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023); their header has no year: period inherited.",
    "'Riêng huyện Phụng Hiệp chiếm 37,8%' is a percent figure of its own (no amount), location Phụng Hiệp.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target, period 2025 (from the heading: inherited).",
]

if __name__ == "__main__":
    write("p1427-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Hậu Giang")
