"""p1499-3: formal report (UBND tỉnh Quảng Bình): rechargeable lamps handed to flood-prone households; flattened | table."""
from lib import fig, per, inh, write

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-UBND
Quảng Bình, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả hỗ trợ đèn tích điện cho hộ dân vùng thường xuyên ngập lụt năm 2024

Thực hiện Kế hoạch số 87/KH-UBND ngày 12/4/2024 của UBND tỉnh, UBND tỉnh Quảng Bình báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đến ngày 31/10/2024, toàn tỉnh đã cấp phát 12.480 đèn tích điện, đạt 104% kế hoạch, cho 11.960 hộ dân, trong đó 3.150 hộ nghèo, hộ cận nghèo. Tổng kinh phí thực hiện 3,74 tỷ đồng, gồm ngân sách tỉnh 2,5 tỷ đồng và nguồn xã hội hóa 1,24 tỷ đồng. Ngoài ra, các địa phương trang bị 2.300 đèn pin đội đầu cho lực lượng xung kích tại 48/151 xã, phường, thị trấn.

2. Kết quả cấp phát đèn tích điện theo địa bàn
Đơn vị tính: chiếc
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
Huyện Lệ Thủy | 3.620 | 4.150 | 4.500
Huyện Quảng Ninh | 2.480 | 3.060 | 3.200
Huyện Bố Trạch | 1.900 | 2.730 | 3.000
Thị xã Ba Đồn | 1.250 | 2.540 | 2.800
Tổng cộng | 9.250 | 12.480 | 13.500

3. Qua khảo sát, khoảng 85% số hộ được hỗ trợ đánh giá đèn sử dụng tốt trong mùa lũ; mỗi lần sạc đầy, đèn chiếu sáng từ 8 đến 12 giờ.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu cấp phát 13.500 đèn tích điện, bảo đảm 100% hộ nghèo ở vùng ngập sâu có đèn; dự kiến kinh phí khoảng 4 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, NN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Mạnh Hùng
"""

ASOF = per("Đến ngày 31/10/2024", None, "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Huyện Lệ Thủy", "Lệ Thủy", ["3.620", "4.150", "4.500"]),
        ("Huyện Quảng Ninh", "Quảng Ninh", ["2.480", "3.060", "3.200"]),
        ("Huyện Bố Trạch", "Bố Trạch", ["1.900", "2.730", "3.000"]),
        ("Thị xã Ba Đồn", "Ba Đồn", ["1.250", "2.540", "2.800"]),
        ("Tổng cộng", None, ["9.250", "12.480", "13.500"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        head = "tổng cộng " if not place else ""
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "chiếc",
                         subject=f"{head}đèn tích điện cấp phát {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("cấp phát 12.480", "12.480", 12480, "count", "đèn tích điện", percent=104,
        subject="đèn tích điện cấp phát", period=ASOF),
    fig("cho 11.960 hộ", "11.960", 11960, "count", "hộ", subject="hộ dân được cấp đèn", period=ASOF),
    fig("trong đó 3.150 hộ", "3.150", 3150, "count", "hộ", total=11960,
        subject="hộ nghèo, hộ cận nghèo", period=ASOF),
    fig("thực hiện 3,74 tỷ", "3,74", 3.74e9, "money", "đồng", subject="tổng kinh phí thực hiện",
        period=inh(ASOF)),
    fig("ngân sách tỉnh 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", total=3.74e9,
        subject="kinh phí từ ngân sách tỉnh", period=inh(ASOF)),
    fig("hội hóa 1,24 tỷ", "1,24", 1.24e9, "money", "đồng", total=3.74e9,
        subject="kinh phí từ nguồn xã hội hóa", period=inh(ASOF)),
    fig("trang bị 2.300 đèn", "2.300", 2300, "count", "đèn pin đội đầu",
        subject="đèn pin đội đầu trang bị cho lực lượng xung kích", period=inh(ASOF)),
    fig("tại 48/151", "48", 48, "count", "xã, phường, thị trấn", total=151,
        subject="xã, phường, thị trấn có lực lượng xung kích được trang bị đèn pin", period=inh(ASOF)),
] + CELLS + [
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="số hộ được hỗ trợ đánh giá đèn sử dụng tốt", period=inh(Y24)),
    fig("từ 8 đến 12 giờ", "8", 8, "measure", "giờ", value_max=12,
        subject="thời gian chiếu sáng mỗi lần sạc đầy"),
    fig("cấp phát 13.500", "13.500", 13500, "count", "đèn tích điện", status="target",
        subject="đèn tích điện cấp phát", period=Y25),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target",
        subject="hộ nghèo ở vùng ngập sâu có đèn", period=Y25),
    fig("khoảng 4 tỷ", "4", 4e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Bình, Số: 215/BC-UBND, 'Quảng Bình, ngày 18 tháng 11 năm 2024'): đèn tích điện for flood-prone households.",
    "Distractors: 'Số: 215/BC-UBND', 'Kế hoạch số 87/KH-UBND ngày 12/4/2024', letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, NN'.",
    "'Đến ngày 31/10/2024' is an as-of period (start null) for the figures of its sentence; later sentences of item 1 inherit it (not scored).",
    "'đạt 104% kế hoạch' is the percent attribute of 12.480 đèn. '3.150 hộ' after 'trong đó' takes total 11.960 hộ (same unit); '48/151' takes 151.",
    "'gồm ngân sách tỉnh 2,5 tỷ ... và ... 1,24 tỷ' add up to 3,74 tỷ: total 3,74 tỷ.",
    "Flattened '|' table: 'Đơn vị tính: chiếc'; district row labels go to location (huyện Quảng Ninh is a district of Quảng Bình), 'Tổng cộng' row keeps Quảng Bình;",
    "period from the column header; 'Kế hoạch 2025' column → status target. Table cells get no total.",
    "Item 3 (survey) has no period phrase: 85% inherits 2024 from the title (not scored); '8 đến 12 giờ' is a standing property (no period).",
    "Section II: 'Năm 2025, phấn đấu ...' target; '; dự kiến kinh phí khoảng 4 tỷ' forecast, about.",
]

if __name__ == "__main__":
    write("p1499-3", TEXT, NOTES, FIGS, published="2024-11-18", location="Quảng Bình")
