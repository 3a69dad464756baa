"""p1448-3: formal report (UBND huyện Quỳnh Phụ, Thái Bình): eyelash production 2024, flattened '|' table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN QUỲNH PHỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Quỳnh Phụ, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển nghề sản xuất mi giả năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Cơ sở sản xuất và lao động
Thực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2024 của UBND huyện, đến ngày 31/12/2024 toàn huyện có 38 cơ sở sản xuất mi giả, tăng 5 cơ sở so với năm 2023, phân bố tại 14/35 xã, thị trấn. Các cơ sở sử dụng 3.420 lao động, trong đó lao động nữ chiếm 91%; thu nhập bình quân 6,2 triệu đồng/người/tháng.

2. Doanh thu
Năm 2024, tổng doanh thu nghề mi giả toàn huyện đạt 402,7 tỷ đồng, tăng 26,4% so với năm 2023, vượt 7,4% kế hoạch. Giá trị xuất khẩu trực tiếp ước đạt 12,3 triệu USD.

Doanh thu theo nhóm sản phẩm
Đơn vị tính: tỷ đồng
Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Mi chồn thủ công | 176,2 | 231,5 | 131,4 | 265
Mi sợi tổng hợp | 98,7 | 112,4 | 113,9 | 125
Mi nối, mi dán | 43,6 | 58,8 | 134,9 | 70
Tổng cộng | 318,5 | 402,7 | 126,4 | 460

3. Tồn tại, hạn chế
Còn 11 cơ sở chưa đăng ký hộ kinh doanh; 6 cơ sở chưa bảo đảm điều kiện phòng cháy, chữa cháy.

II. NHIỆM VỤ NĂM 2025
Phấn đấu doanh thu nghề mi giả đạt 460 tỷ đồng; 100% cơ sở bảo đảm điều kiện phòng cháy, chữa cháy; thu hút ít nhất 2 doanh nghiệp đầu tư vào Cụm công nghiệp Quỳnh Côi.

Nơi nhận:
- UBND tỉnh Thái Bình;
- Sở Công Thương;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành
"""

ASOF = per("đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None, "money"),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None, "money"),
        ("so với cùng kỳ", inh(per("Năm 2024", "2024-01-01", "2024-12-31")), None, "percent"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target", "money")]
ROWS = [("Mi chồn thủ công", ["176,2", "231,5", "131,4", "265"]),
        ("Mi sợi tổng hợp", ["98,7", "112,4", "113,9", "125"]),
        ("Mi nối, mi dán", ["43,6", "58,8", "134,9", "70"]),
        ("Tổng cộng", ["318,5", "402,7", "126,4", "460"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st, kind), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        kw = {"status": st} if st else {}
        if kind == "money":
            CELLS.append(fig(f"{prev} | {n}", n, v * 1e9, "money", "đồng",
                             subject=f"doanh thu {label.lower()} {col}", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, v, "percent", "%",
                             subject=f"doanh thu {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", change=chg("increase", 5, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất mi giả", period=ASOF),
    fig("tại 14/35 xã", "14", 14, "count", "xã, thị trấn", total=35,
        subject="xã, thị trấn có cơ sở sản xuất mi giả", period=ASOF),
    fig("sử dụng 3.420 lao động", "3.420", 3420, "count", "lao động",
        subject="lao động các cơ sở sử dụng", period=inh(ASOF)),
    fig("chiếm 91%", "91", 91, "percent", "%", subject="lao động nữ", period=inh(ASOF)),
    fig("bình quân 6,2 triệu", "6,2", 6.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(ASOF)),
    fig("đạt 402,7 tỷ", "402,7", 402.7e9, "money", "đồng",
        change=chg("increase", 26.4, "%", "năm 2023"),
        subject="tổng doanh thu nghề mi giả", period=Y24),
    fig("vượt 7,4%", "7,4", 7.4, "percent", "%", subject="doanh thu vượt kế hoạch", period=Y24,
        optional=True),
    fig("ước đạt 12,3 triệu", "12,3", 12.3e6, "money", "USD", status="estimate",
        subject="giá trị xuất khẩu trực tiếp", period=inh(Y24)),
] + CELLS + [
    fig("Còn 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở chưa đăng ký hộ kinh doanh"),
    fig("; 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở chưa bảo đảm điều kiện phòng cháy, chữa cháy"),
    fig("đạt 460 tỷ", "460", 460e9, "money", "đồng", status="target",
        subject="doanh thu nghề mi giả", period=inh(Y25)),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở bảo đảm điều kiện phòng cháy, chữa cháy", period=inh(Y25)),
    fig("ít nhất 2 doanh", "2", 2, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp đầu tư vào Cụm công nghiệp Quỳnh Côi", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND HUYỆN QUỲNH PHỤ', 'Số: 27/BC-UBND', 'Quỳnh Phụ, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: Số 27/BC-UBND, 'Kế hoạch số 112/KH-UBND ngày 20/3/2024', letterhead date, section numbers, 'Lưu: VT, KT', 'Cụm công nghiệp Quỳnh Côi'.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng': every numeric cell is a figure; money cells x1e9 đồng; 'So với cùng kỳ (%)' cells are percent figures",
    "(2024 as % of 2023; the header names no period, so their period is inherited); 'Kế hoạch 2025' column -> status target. Table cells get no total.",
    "'tăng 5 cơ sở so với năm 2023' = change of 38. '14/35 xã, thị trấn' total 35. 'trong đó lao động nữ chiếm 91%' is a percent figure of its own (share of a part).",
    "'đạt 402,7 tỷ đồng, tăng 26,4% ..., vượt 7,4% kế hoạch': two changes; the first is the attribute, the second a percent figure of its own (optional, FIGURES.md).",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' -> target; the year stands in the heading (inherited). Section 3 counts have no period and no total (no cue).",
]

if __name__ == "__main__":
    write("p1448-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quỳnh Phụ")
