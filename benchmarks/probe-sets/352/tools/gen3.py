from lib import write, P

A = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC HÒA
Số: 587/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Hòa, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp năm 2023

Thực hiện Kế hoạch số 2145/KH-UBND ngày 10/3/2023 của UBND tỉnh Long An, UBND huyện Đức Hòa báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền, tư vấn
Năm 2023, huyện tổ chức 12 hội nghị tuyên truyền với hơn 1.400 lượt hộ kinh doanh tham dự, phát hành 3.500 tờ rơi. Kinh phí hỗ trợ từ ngân sách huyện là 486,5 triệu đồng, đạt 97,3% dự toán.

2. Kết quả chuyển đổi
Bảng 1. Kết quả hỗ trợ chuyển đổi theo ngành nghề năm 2023
Đơn vị tính: hộ
Ngành nghề | Hộ kinh doanh đang hoạt động | Hộ được tư vấn, hỗ trợ | Hộ đã chuyển đổi | Tỷ lệ chuyển đổi (%)
Thương mại - dịch vụ | 5.842 | 312 | 24 | 0,41
Sản xuất, chế biến | 1.136 | 148 | 15 | 1,32
Ăn uống, lưu trú | 2.097 | 96 | 6 | 0,29
Vận tải | 418 | 37 | 3 | 0,72
Cộng | 9.493 | 593 | 48 | 0,51

Như vậy, năm 2023 toàn huyện có 48 hộ kinh doanh chuyển đổi thành doanh nghiệp, vượt 20% so với chỉ tiêu tỉnh giao (40 doanh nghiệp). Tổng vốn đăng ký của các doanh nghiệp này là 62,4 tỷ đồng, bình quân 1,3 tỷ đồng/doanh nghiệp; các doanh nghiệp đã tạo việc làm cho 527 lao động.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu hỗ trợ từ 50 đến 60 hộ kinh doanh chuyển đổi lên doanh nghiệp; 100% hộ kinh doanh có nhu cầu được tư vấn miễn phí về thủ tục, thuế.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thanh Phong
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", True)
T = P("NĂM 2024", "2024-01-01", "2024-12-31", True)

COLS = [("Hộ kinh doanh đang hoạt động", "count", "hộ"),
        ("Hộ được tư vấn, hỗ trợ", "count", "hộ"),
        ("Hộ đã chuyển đổi", "count", "hộ"),
        ("Tỷ lệ chuyển đổi", "percent", "%")]
ROWS = [("Thương mại - dịch vụ", ["5.842", "312", "24", "0,41"]),
        ("Sản xuất, chế biến", ["1.136", "148", "15", "1,32"]),
        ("Ăn uống, lưu trú", ["2.097", "96", "6", "0,29"]),
        ("Vận tải", ["418", "37", "3", "0,72"]),
        ("Cộng", ["9.493", "593", "48", "0,51"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


F = [
    dict(anchor="tổ chức 12 hội nghị", number="12", value=12, kind="count", unit="hội nghị",
         subject="hội nghị tuyên truyền", period=Y),
    dict(anchor="hơn 1.400 lượt", number="1.400", value=1400, kind="count", unit="lượt hộ kinh doanh", approx="over",
         subject="lượt hộ kinh doanh tham dự hội nghị tuyên truyền", period=Y),
    dict(anchor="phát hành 3.500 tờ rơi", number="3.500", value=3500, kind="count", unit="tờ rơi",
         subject="tờ rơi phát hành", period=Y),
    dict(anchor="là 486,5 triệu đồng", number="486,5", value=486.5e6, kind="money", unit="đồng", percent=97.3,
         subject="kinh phí hỗ trợ từ ngân sách huyện", period=Yi),
]
for label, cells in ROWS:
    line_start = label + " | "
    prev = None
    for (col, kind, unit), c in zip(COLS, cells):
        if prev is None:
            anchor = f"{label} | {c} |"
        elif col.startswith("Tỷ lệ"):
            anchor = f"{prev} | {c}\n"
        else:
            anchor = f"{prev} | {c} |"
        name = "Tổng cộng" if label == "Cộng" else label
        subj = (f"{col} {name}" if kind == "percent" else f"{col} ngành {name}") if label != "Cộng" else f"{col} tổng cộng"
        F.append(dict(anchor=anchor, number=c, value=num(c), kind=kind, unit=unit, subject=subj, period=Yi))
        prev = c

F += [
    dict(anchor="có 48 hộ kinh doanh", number="48", value=48, kind="count", unit="hộ kinh doanh",
         change=dict(direction="increase", value=20, unit="%", baseline="chỉ tiêu tỉnh giao"),
         target=dict(value=40, unit="doanh nghiệp", met=True),
         subject="hộ kinh doanh chuyển đổi thành doanh nghiệp", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    dict(anchor="là 62,4 tỷ đồng", number="62,4", value=62.4e9, kind="money", unit="đồng",
         subject="tổng vốn đăng ký của các doanh nghiệp", period=Yi),
    dict(anchor="bình quân 1,3 tỷ đồng", number="1,3", value=1.3e9, kind="money", unit="đồng/doanh nghiệp",
         subject="vốn đăng ký bình quân", period=Yi),
    dict(anchor="cho 527 lao động", number="527", value=527, kind="count", unit="lao động",
         subject="lao động được các doanh nghiệp tạo việc làm", period=Yi),
    dict(anchor="từ 50 đến 60 hộ", number="50", value=50, value_max=60, kind="count", unit="hộ kinh doanh",
         status="target", subject="hộ kinh doanh được hỗ trợ chuyển đổi lên doanh nghiệp", period=T),
    dict(anchor="100% hộ kinh doanh", number="100", value=100, kind="percent", unit="%", status="target",
         subject="hộ kinh doanh có nhu cầu được tư vấn miễn phí về thủ tục, thuế", period=T),
]

write("p352-3", A, F, [
    "Formal report with letterhead (UBND huyện Đức Hòa, Long An, 'Số: 587/BC-UBND'); date from 'Đức Hòa, ngày 20 tháng 12 năm 2023'.",
    "Flattened '|' table, 'Đơn vị tính: hộ', last column '(%)'. Every numeric cell a figure; subject column label + row label ('Cộng' = tổng cộng);",
    "period 'năm 2023' from the table title (inherited); no totals for table cells (FIGURES.md gives tables no part-of rule).",
    "Distractors: document numbers, Kế hoạch số 2145/KH-UBND ngày 10/3/2023, section numbers I./II./1./2., 'Bảng 1', signer, 'Lưu: VT'.",
    "'đạt 97,3% dự toán' = percent of 486,5 triệu. '48 …, vượt 20% so với chỉ tiêu tỉnh giao (40 doanh nghiệp)': change 20% (baseline plan) and target 40, met.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the 2024 targets their period (inherited); 'Phấn đấu' makes them status target.",
], published="2023-12-20", location="Đức Hòa")
