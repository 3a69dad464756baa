"""p1121-3: formal report (UBND tỉnh Quảng Ngãi), pilotage and tugs at Quảng Ngãi seaport 2023, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình dịch vụ hoa tiêu, lai dắt tại cảng biển Quảng Ngãi năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Dịch vụ hoa tiêu
Năm 2023, lực lượng hoa tiêu hàng hải đã dẫn an toàn 2.846 lượt tàu ra, vào cảng biển Quảng Ngãi, bằng 106,8% kế hoạch, tăng 9,4% so với năm 2022; tổng dung tích đạt 52,7 triệu GT. Có 214 lượt tàu trọng tải trên 100.000 DWT, trong đó tàu lớn nhất 320.000 DWT cập bến cảng Hòa Phát Dung Quất.

2. Số lượt tàu được dẫn theo khu bến
Đơn vị tính: lượt tàu
Khu bến | Năm 2022 | Năm 2023 | Kế hoạch 2024
Bến cảng Hòa Phát Dung Quất | 968 | 1.102 | 1.200
Bến cảng Tổng hợp Dung Quất | 612 | 655 | 700
Bến cảng xăng dầu Nhà máy lọc dầu | 764 | 798 | 820
Các bến cảng khác | 258 | 291 | 300
Tổng cộng | 2.602 | 2.846 | 3.020

3. Dịch vụ lai dắt
Hiện có 3 doanh nghiệp với 14 tàu lai hoạt động tại cảng, tổng công suất 47.600 CV. Năm 2023, các tàu lai thực hiện 5.930 lượt hỗ trợ, trong đó 1.214 lượt hỗ trợ tàu dầu thô tại phao SPM. Xảy ra 01 sự cố hỏng máy tàu lai, không gây thiệt hại về người.

II. NHIỆM VỤ NĂM 2024
Phấn đấu dẫn an toàn 3.020 lượt tàu; bổ sung ít nhất 2 tàu lai công suất từ 4.000 CV trở lên; hoàn thành nạo vét luồng vào cảng với khối lượng khoảng 1,2 triệu m3.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Cục Hàng hải Việt Nam;
- Lưu: VT, KTN.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
N24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, value, "count", "lượt tàu",
               subject=f"lượt tàu được dẫn {row} {col.lower()}", period=COLS[col], **kw)


ROWS = [("Bến cảng Hòa Phát Dung Quất", ["968", "1.102", "1.200"]),
        ("Bến cảng Tổng hợp Dung Quất", ["612", "655", "700"]),
        ("Bến cảng xăng dầu Nhà máy lọc dầu", ["764", "798", "820"]),
        ("Các bến cảng khác", ["258", "291", "300"]),
        ("Tổng cộng", ["2.602", "2.846", "3.020"])]
TABLE = []
for row, cells in ROWS:
    prev = row
    for col, num in zip(COLS, cells):
        label = "tổng cộng" if row == "Tổng cộng" else row
        TABLE.append(cell(f"{prev} | {num}", num, int(num.replace(".", "")), label, col))
        prev = num

FIGS = [
    fig("dẫn an toàn 2.846 lượt", "2.846", 2846, "count", "lượt tàu", percent=106.8,
        change=chg("increase", 9.4, "%", "năm 2022"),
        subject="lượt tàu ra, vào cảng biển được hoa tiêu dẫn an toàn", period=Y23),
    fig("đạt 52,7 triệu GT", "52,7", 52700000, "measure", "GT", subject="tổng dung tích tàu được dẫn", period=Y23),
    fig("Có 214 lượt tàu", "214", 214, "count", "lượt tàu",
        subject="lượt tàu trọng tải trên 100.000 DWT", period=inh(Y23)),
    fig("trên 100.000 DWT", "100.000", 100000, "measure", "DWT", approx="over", optional=True,
        subject="ngưỡng trọng tải tàu"),
    fig("nhất 320.000 DWT", "320.000", 320000, "measure", "DWT",
        subject="trọng tải tàu lớn nhất cập bến cảng Hòa Phát Dung Quất", period=inh(Y23)),
] + TABLE + [
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp lai dắt hoạt động tại cảng"),
    fig("với 14 tàu lai", "14", 14, "count", "tàu lai", subject="tàu lai hoạt động tại cảng"),
    fig("47.600 CV", "47.600", 47600, "measure", "CV", subject="tổng công suất tàu lai"),
    fig("thực hiện 5.930 lượt", "5.930", 5930, "count", "lượt hỗ trợ",
        subject="lượt hỗ trợ của các tàu lai", period=Y23),
    fig("1.214 lượt", "1.214", 1214, "count", "lượt", total=5930,
        subject="lượt hỗ trợ tàu dầu thô tại phao SPM", period=Y23),
    fig("Xảy ra 01 sự cố", "01", 1, "count", "sự cố", subject="sự cố hỏng máy tàu lai", period=inh(Y23)),
    fig("dẫn an toàn 3.020 lượt", "3.020", 3020, "count", "lượt tàu", status="target",
        subject="lượt tàu dẫn an toàn", period=N24),
    fig("ít nhất 2 tàu lai", "2", 2, "count", "tàu lai", approx="at_least", status="target",
        subject="tàu lai công suất từ 4.000 CV trở lên bổ sung", period=N24),
    fig("từ 4.000 CV", "4.000", 4000, "measure", "CV", approx="at_least", status="target", optional=True,
        subject="ngưỡng công suất tàu lai bổ sung", period=N24),
    fig("khoảng 1,2 triệu m3", "1,2", 1200000, "measure", "m3", approx="about", status="target",
        subject="khối lượng nạo vét luồng vào cảng", period=N24),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH QUẢNG NGÃI', 'Số: 18/BC-UBND', 'Quảng Ngãi, ngày 22 tháng 01 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table ('Đơn vị tính: lượt tàu'): rows are port areas (not places: location stays Quảng Ngãi), periods from the column headers (scored),",
    "'Kế hoạch 2024' column → target. Subject = caption indicator + row label + column label. Cells get no totals (the 'Tổng cộng' row is its own figure).",
    "'trong đó tàu lớn nhất 320.000 DWT' follows 214 lượt tàu but measures tonnage, not a count of lượt: no total. 'trên 100.000 DWT' / 'từ 4.000 CV trở lên' are category thresholds (optional).",
    "'01 sự cố' = 1. Distractors: 'Số: 18/BC-UBND', section numbers I, II, 1., 2., 3., 'm3', 'phao SPM', the letterhead date.",
    "Section II targets inherit 'NHIỆM VỤ NĂM 2024' from the heading (not scored).",
]

if __name__ == "__main__":
    write("p1121-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Quảng Ngãi")
