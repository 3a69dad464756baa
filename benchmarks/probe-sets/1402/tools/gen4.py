"""p1402-4: formal report (UBND tỉnh Quảng Ninh, Số: 21/BC-UBND): bike share 2024, flattened '|' table by city."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả triển khai dịch vụ xe đạp công cộng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Năm 2024, thực hiện Kế hoạch số 45/KH-UBND, dịch vụ xe đạp công cộng hoạt động tại 4 thành phố với 56 trạm và 620 xe, trong đó 180 xe đạp điện. Tổng số lượt thuê đạt 209.400 lượt, tăng 27,1% so với năm 2023, vượt 4,7% kế hoạch.

2. Số lượt thuê theo địa phương
Đơn vị tính: lượt thuê
STT | Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | TP Hạ Long | 118.400 | 152.300 | 128,6 | 175.000
2 | TP Cẩm Phả | 21.500 | 26.900 | 125,1 | 30.000
3 | TP Uông Bí | 15.200 | 17.800 | 117,1 | 20.000
4 | TP Móng Cái | 9.600 | 12.400 | 129,2 | 14.000
 | Tổng cộng | 164.700 | 209.400 | 127,1 | 239.000

3. Ứng dụng QN Bike có 27.450 tài khoản, trong đó 3.120 tài khoản của khách nước ngoài. Doanh thu cho thuê ước đạt 1,86 tỷ đồng. Đơn vị vận hành đã sửa chữa, thay thế 74 xe hư hỏng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu đạt 239.000 lượt thuê; bổ sung 20 trạm và 200 xe; tỷ lệ xe sẵn sàng phục vụ đạt trên 95%.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, GT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("TP Hạ Long", "Hạ Long", ["118.400", "152.300", "128,6", "175.000"]),
        ("TP Cẩm Phả", "Cẩm Phả", ["21.500", "26.900", "125,1", "30.000"]),
        ("TP Uông Bí", "Uông Bí", ["15.200", "17.800", "117,1", "20.000"]),
        ("TP Móng Cái", "Móng Cái", ["9.600", "12.400", "129,2", "14.000"]),
        ("Tổng cộng", None, ["164.700", "209.400", "127,1", "239.000"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            kw = {}
            if place:
                kw["location"] = place
            if col == "So với cùng kỳ (%)":
                f = fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%",
                        subject="lượt thuê năm 2024 so với cùng kỳ", **kw)
            else:
                p = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
                if col.startswith("Kế hoạch"):
                    kw["status"] = "target"
                f = fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "lượt thuê",
                        subject=f"lượt thuê xe đạp công cộng {col.lower()}", period=p, **kw)
            out.append(f)
            prev = n
    return out


FIGS = [
    fig("tại 4 thành phố", "4", 4, "count", "thành phố",
        subject="thành phố có dịch vụ xe đạp công cộng hoạt động", period=Y24),
    fig("với 56 trạm", "56", 56, "count", "trạm", subject="trạm xe đạp công cộng", period=Y24),
    fig("và 620 xe", "620", 620, "count", "xe", subject="xe đạp công cộng", period=Y24),
    fig("trong đó 180 xe", "180", 180, "count", "xe đạp điện", total=620, subject="xe đạp điện", period=Y24),
    fig("đạt 209.400 lượt", "209.400", 209400, "count", "lượt",
        change=chg("increase", 27.1, "%", "năm 2023"), subject="tổng số lượt thuê", period=inh(Y24)),
    fig("vượt 4,7%", "4,7", 4.7, "percent", "%", subject="tổng số lượt thuê vượt kế hoạch", optional=True),
] + cells() + [
    fig("có 27.450 tài khoản", "27.450", 27450, "count", "tài khoản", subject="tài khoản ứng dụng QN Bike"),
    fig("trong đó 3.120 tài khoản", "3.120", 3120, "count", "tài khoản", total=27450,
        subject="tài khoản của khách nước ngoài"),
    fig("ước đạt 1,86 tỷ", "1,86", 1.86e9, "money", "đồng", status="estimate", subject="doanh thu cho thuê"),
    fig("thay thế 74 xe", "74", 74, "count", "xe", subject="xe hư hỏng được sửa chữa, thay thế"),
    fig("đạt 239.000 lượt", "239.000", 239000, "count", "lượt thuê", status="target",
        subject="lượt thuê", period=N25),
    fig("bổ sung 20 trạm", "20", 20, "count", "trạm", status="target", subject="trạm bổ sung", period=N25),
    fig("và 200 xe", "200", 200, "count", "xe", status="target", subject="xe bổ sung", period=N25),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ xe sẵn sàng phục vụ", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NINH', 'Số: 21/BC-UBND', 'Quảng Ninh, ngày 10 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 21/BC-UBND, the letterhead date, Kế hoạch số 45/KH-UBND, section numbers I., II., 1.-3., the STT column 1-4, '(b/c)'.",
    "'tăng 27,1% ..., vượt 4,7% kế hoạch': two changes; the first is the attribute, 'vượt 4,7%' a percent figure of its own, optional (FIGURES.md).",
    "Flattened '|' table, 'Đơn vị tính: lượt thuê'; the place column goes to location (TP Hạ Long → Hạ Long), 'Tổng cộng' row is Quảng Ninh.",
    "Table periods from column headers; 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (no period in the header).",
    "Table cells get no total. '209.400 lượt' stands in the sentence after 'Năm 2024' → inherited.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target for all its figures; the period is in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1402-4", TEXT, NOTES, FIGS, published="2025-01-10", location="Quảng Ninh")
