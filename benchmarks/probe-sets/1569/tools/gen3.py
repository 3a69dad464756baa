"""p1569-3: formal report (UBND tỉnh Đồng Nai): soy milk and nut drinks 2024, flattened '|' table, tasks 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: 57/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 24 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ sữa đậu nành và đồ uống từ hạt năm 2024; nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Trên địa bàn tỉnh có 5 doanh nghiệp sản xuất sữa đậu nành và đồ uống từ hạt, tổng công suất thiết kế 410 triệu lít/năm. Sản lượng sữa đậu nành và đồ uống từ hạt năm 2024 đạt 326,8 triệu lít, tăng 5,6% so với năm 2023, bằng 102,1% kế hoạch, đứng thứ 2 cả nước.

Bảng 1. Sản lượng theo nhóm sản phẩm
Đơn vị tính: triệu lít
Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Sữa đậu nành | 271,4 | 284,2 | 104,7 | 292,0
Sữa hạt (óc chó, hạnh nhân, mắc ca) | 22,6 | 28,9 | 127,9 | 34,0
Sữa gạo, sữa bắp | 15,5 | 13,7 | 88,4 | 14,0
Tổng cộng | 309,5 | 326,8 | 105,6 | 340,0

2. Tiêu thụ, xuất khẩu
Doanh thu của các doanh nghiệp ước đạt 6.950 tỷ đồng, nộp ngân sách ước 412 tỷ đồng. Kim ngạch xuất khẩu đạt 38,6 triệu USD, vượt 7,2% kế hoạch năm, chủ yếu sang Trung Quốc, Hàn Quốc và Úc. Các doanh nghiệp sử dụng 1.930 lao động, trong đó lao động nữ chiếm 58%.

3. Quản lý an toàn thực phẩm
Trong năm 2024, các đoàn liên ngành kiểm tra 64 cơ sở sản xuất sữa đậu nành thủ công, phát hiện 9 cơ sở vi phạm, xử phạt 73,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng toàn ngành đạt 340 triệu lít, kim ngạch xuất khẩu trên 42 triệu USD; thu hút thêm 1 - 2 dự án chế biến đồ uống từ thực vật.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Thành Long
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24_HDR = per("KẾT QUẢ THỰC HIỆN NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24_IN = per("Trong năm 2024", "2024-01-01", "2024-12-31")
T25_HDR = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None, "measure"),
    ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None, "measure"),
    ("so với cùng kỳ", None, None, "percent"),
    ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target", "measure"),
]
ROWS = [
    ("Sữa đậu nành", "sữa đậu nành", ["271,4", "284,2", "104,7", "292,0"]),
    ("Sữa hạt (óc chó, hạnh nhân, mắc ca)", "sữa hạt", ["22,6", "28,9", "127,9", "34,0"]),
    ("Sữa gạo, sữa bắp", "sữa gạo, sữa bắp", ["15,5", "13,7", "88,4", "14,0"]),
    ("Tổng cộng", "tổng cộng", ["309,5", "326,8", "105,6", "340,0"]),
]


def table_cells():
    out = []
    for label, name, nums in ROWS:
        prev = label
        for (col, period, status, kind), n in zip(COLS, nums):
            x = float(n.replace(",", "."))
            kw = {}
            if status:
                kw["status"] = status
            if kind == "percent":
                out.append(fig(f"{prev} | {n}", n, x, "percent", "%", subject=f"sản lượng {name} {col}", **kw))
            else:
                out.append(fig(f"{prev} | {n}", n, x * 1e6, "measure", "lít", subject=f"sản lượng {name} {col}",
                               period=period, **kw))
            prev = n
    return out


FIGS = [
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sữa đậu nành và đồ uống từ hạt"),
    fig("thiết kế 410 triệu", "410", 410e6, "measure", "lít/năm", subject="tổng công suất thiết kế của các doanh nghiệp"),
    fig("đạt 326,8 triệu", "326,8", 326.8e6, "measure", "lít", percent=102.1,
        change=chg("increase", 5.6, "%", "năm 2023"),
        subject="sản lượng sữa đậu nành và đồ uống từ hạt", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="sản lượng sữa đậu nành và đồ uống từ hạt", period=Y24),
] + table_cells() + [
    fig("ước đạt 6.950 tỷ", "6.950", 6950e9, "money", "đồng", status="estimate",
        subject="doanh thu của các doanh nghiệp", period=Y24_HDR),
    fig("ước 412 tỷ", "412", 412e9, "money", "đồng", status="estimate", subject="nộp ngân sách của các doanh nghiệp", period=Y24_HDR),
    fig("đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", change=chg("increase", 7.2, "%", "kế hoạch năm"),
        subject="kim ngạch xuất khẩu", period=Y24_HDR),
    fig("sử dụng 1.930 lao động", "1.930", 1930, "count", "lao động", subject="lao động các doanh nghiệp sử dụng"),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="tỷ lệ lao động nữ"),
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở sản xuất sữa đậu nành thủ công được kiểm tra", period=Y24_IN),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm", period=Y24_IN),
    fig("xử phạt 73,5 triệu", "73,5", 73.5e6, "money", "đồng", subject="tiền xử phạt", period=Y24_IN),
    fig("đạt 340 triệu", "340", 340e6, "measure", "lít", status="target", subject="sản lượng toàn ngành",
        period=T25_HDR),
    fig("trên 42 triệu", "42", 42e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=T25_HDR),
    fig("thêm 1 - 2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
        subject="dự án chế biến đồ uống từ thực vật thu hút thêm", period=T25_HDR),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'Số: 57/BC-UBND', 'Đồng Nai, ngày 24 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận', signature.",
    "Distractors: 57/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Bảng 1.', 'Lưu: VT, KTN'.",
    "Flattened '|' table with 'Đơn vị tính: triệu lít': every numeric cell is a figure; subject = caption indicator + row + column;",
    "period from the column header (scored); 'So với cùng kỳ (%)' cells are percents (header overrides the unit line) with no period;",
    "'Kế hoạch 2025' → target. Table cells get no total.",
    "'326,8 triệu lít, tăng 5,6% so với năm 2023, bằng 102,1% kế hoạch, đứng thứ 2 cả nước': change, percent 102,1; rank 2 a figure (location Đồng Nai).",
    "Section 2 amounts inherit 'NĂM 2024' from the heading (not scored); 'ước đạt'/'ước' → estimate; 'vượt 7,2% kế hoạch năm' → change with baseline.",
    "'trong đó lao động nữ chiếm 58%' is a percent figure of its own (the share of a part, not of 1.930).",
    "Section 3: 'phát hiện 9 cơ sở vi phạm' after 'kiểm tra 64 cơ sở' has no part cue → no total.",
    "Section II targets inherit 'NĂM 2025' from the heading; 'thêm 1 - 2 dự án' is a range 1..2.",
    "revised after the first run: 'tổng công suất thiết kế' → '... của các doanh nghiệp', 'nộp ngân sách' → '... của các doanh nghiệp' (owner named in the same sentence).",
]

if __name__ == "__main__":
    write("p1569-3", TEXT, NOTES, FIGS, published="2025-01-24", location="Đồng Nai")
