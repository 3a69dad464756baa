"""p1308-3: formal report (UBND tỉnh Quảng Ngãi), TB programme 2024 and plan 2025, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện công tác phòng, chống bệnh lao năm 2024 và kế hoạch năm 2025

Thực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Phát hiện và điều trị
Năm 2024, toàn tỉnh phát hiện 1.865 bệnh nhân lao các thể, tăng 7,1% so với năm 2023, đạt 98,2% kế hoạch. Tỷ lệ điều trị thành công bệnh nhân lao mới và tái phát đạt 90,6%; bệnh nhân lao kháng thuốc đạt 76,9%.
Kết quả cụ thể như sau:
Đơn vị tính: người
TT | Chỉ tiêu | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Bệnh nhân lao các thể được phát hiện | 1.742 | 1.865 | 107,1 | 1.950
 | Trong đó: lao phổi có bằng chứng vi khuẩn học | 1.036 | 1.128 | 108,9 | 1.200
2 | Bệnh nhân lao kháng thuốc được điều trị | 41 | 52 | 126,8 | 60
3 | Người tiếp xúc hộ gia đình được sàng lọc | 8.420 | 11.306 | 134,3 | 12.000

2. Sàng lọc, chẩn đoán
Toàn tỉnh duy trì 3 máy GeneXpert và 1 máy X-quang lưu động tích hợp trí tuệ nhân tạo (AI); năm 2024 thực hiện 6.950 xét nghiệm Xpert, tăng 18% so với năm 2023. Tỷ lệ bệnh nhân lao được xét nghiệm HIV đạt 85,4%.

II. KẾ HOẠCH NĂM 2025
Phấn đấu phát hiện 1.950 bệnh nhân lao các thể; tỷ lệ điều trị thành công lao nhạy cảm đạt ít nhất 90%, lao kháng thuốc từ 75-80%; sàng lọc cho 12.000 người tiếp xúc.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở Y tế;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("| Bệnh nhân lao các thể được phát hiện", "bệnh nhân lao các thể được phát hiện",
     ["1.742", "1.865", "107,1", "1.950"], None),
    ("| Trong đó: lao phổi có bằng chứng vi khuẩn học", "lao phổi có bằng chứng vi khuẩn học",
     ["1.036", "1.128", "108,9", "1.200"], ["1.742", "1.865", None, "1.950"]),
    ("| Bệnh nhân lao kháng thuốc được điều trị", "bệnh nhân lao kháng thuốc được điều trị",
     ["41", "52", "126,8", "60"], None),
    ("| Người tiếp xúc hộ gia đình được sàng lọc", "người tiếp xúc hộ gia đình được sàng lọc",
     ["8.420", "11.306", "134,3", "12.000"], None),
]
COLS = [("năm 2023", C23, None), ("năm 2024", Y24, None), ("so với cùng kỳ", inh(Y24), None),
        ("kế hoạch 2025", K25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, nums, whole in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if whole and whole[i]:
            kw["total"] = num(whole[i])
        anchor = f"{prev} | {n}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{subj} so với cùng kỳ", period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n), "count", "người", subject=f"{subj} {col}", period=p, **kw))
        prev = n  # later cells are anchored as 'previous cell | this cell'

FIGS = [
    fig("phát hiện 1.865 bệnh nhân", "1.865", 1865, "count", "bệnh nhân", percent=98.2,
        change=chg("increase", 7.1, "%", "năm 2023"), subject="bệnh nhân lao các thể phát hiện", period=Y24),
    fig("tái phát đạt 90,6%", "90,6", 90.6, "percent", "%",
        subject="tỷ lệ điều trị thành công bệnh nhân lao mới và tái phát", period=inh(Y24)),
    fig("kháng thuốc đạt 76,9%", "76,9", 76.9, "percent", "%",
        subject="tỷ lệ điều trị thành công bệnh nhân lao kháng thuốc", period=inh(Y24)),
] + CELLS + [
    fig("duy trì 3 máy", "3", 3, "count", "máy", subject="máy GeneXpert"),
    fig("và 1 máy", "1", 1, "count", "máy", subject="máy X-quang lưu động tích hợp trí tuệ nhân tạo"),
    fig("thực hiện 6.950 xét", "6.950", 6950, "count", "xét nghiệm",
        change=chg("increase", 18, "%", "năm 2023"), subject="xét nghiệm Xpert thực hiện", period=Y24b),
    fig("HIV đạt 85,4%", "85,4", 85.4, "percent", "%", subject="tỷ lệ bệnh nhân lao được xét nghiệm HIV",
        period=inh(Y24)),
    fig("phát hiện 1.950 bệnh nhân", "1.950", 1950, "count", "bệnh nhân", status="target",
        subject="bệnh nhân lao các thể phát hiện", period=inh(P25)),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ điều trị thành công lao nhạy cảm", period=inh(P25)),
    fig("từ 75-80%", "75", 75, "percent", "%", value_max=80, status="target",
        subject="tỷ lệ điều trị thành công lao kháng thuốc", period=inh(P25)),
    fig("cho 12.000 người", "12.000", 12000, "count", "người", status="target",
        subject="người tiếp xúc được sàng lọc", period=inh(P25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI', 'Số: 18/BC-UBND', 'Quảng Ngãi, ngày 10 tháng 01 năm 2025' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: the document number, 'Kế hoạch số 112/KH-UBND ngày 20/3/2024', the letterhead date, section numbers I., II., 1., 2., table row numbers 1-3, 'Lưu: VT, KGVX'.",
    "Flattened '|' table, 'Đơn vị tính: người': every numeric cell is a figure, subject = row label + column label; period from",
    "the column header (Năm 2023 / Năm 2024 / Kế hoạch 2025, scored); 'Kế hoạch 2025' → status target. 'So với cùng kỳ (%)' cells are",
    "percent figures (ratio to the previous year) whose period (2024) is not in the header: inherited, not scored.",
    "The 'Trong đó:' sub-row is part of the row above: each of its count cells takes the cell above as total (same column);",
    "the percent column gets no total.",
    "Body: '1.865 ... tăng 7,1% so với năm 2023, đạt 98,2% kế hoạch' → change and percent attribute. Success rates take the period",
    "of the previous sentence (inherited). Section II 'KẾ HOẠCH NĂM 2025' + 'Phấn đấu' → target for the four figures; the period is in the",
    "heading (another sentence): inherited. 'từ 75-80%' → range 75..80.",
]

if __name__ == "__main__":
    write("p1308-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Quảng Ngãi")
