"""p1228-3: formal report (UBND tỉnh Cà Mau), Khí - Điện - Đạm Cà Mau 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH CÀ MAU
Số: 35/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình hoạt động Cụm công nghiệp Khí - Điện - Đạm Cà Mau năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận khí
Năm 2023, Cụm công nghiệp tiếp nhận 1,82 tỷ m3 khí từ Lô PM3-CAA qua đường ống PM3 - Cà Mau, giảm 4,1% so với năm 2022; trong đó cấp cho Nhà máy Đạm Cà Mau 512 triệu m3, cho hai nhà máy điện 1,31 tỷ m3.

2. Sản xuất phân bón
Nhà máy Đạm Cà Mau vận hành ổn định ở mức 112% công suất thiết kế. Kết quả sản xuất như sau:
Đơn vị tính: nghìn tấn
Sản phẩm | Kế hoạch 2023 | Thực hiện 2023 | Thực hiện 2022
Urê hạt đục | 850 | 912 | 887
Phân NPK | 150 | 168 | 121
Urê bổ sung khoáng chất | 40 | 37 | 29
Tổng cộng | 1.040 | 1.117 | 1.037

Doanh thu năm 2023 ước đạt 13.250 tỷ đồng, bằng 84% năm 2022. Lợi nhuận sau thuế đạt 1.540 tỷ đồng. Công ty cổ phần Phân bón Dầu khí Cà Mau nộp ngân sách 612 tỷ đồng, đứng thứ 2 trong các doanh nghiệp nộp ngân sách lớn nhất tỉnh.

3. Lao động, an sinh xã hội
Cụm công nghiệp hiện sử dụng 1.386 lao động, trong đó lao động địa phương chiếm 61%. Trong năm, các đơn vị đóng góp 27,5 tỷ đồng cho công tác an sinh xã hội, xây dựng 45 căn nhà đại đoàn kết tại các huyện Trần Văn Thời, U Minh.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tiếp nhận 1,9 tỷ m3 khí; sản xuất 1.080 nghìn tấn phân bón các loại, trong đó NPK 180 nghìn tấn; kim ngạch xuất khẩu phân bón đạt 75 triệu USD.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23B = P("năm 2023", "2023-01-01", "2023-12-31")
Y23C = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "Kế hoạch 2023": (P("Kế hoạch 2023", "2023-01-01", "2023-12-31"), "target"),
    "Thực hiện 2023": (P("Thực hiện 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Thực hiện 2022": (P("Thực hiện 2022", "2022-01-01", "2022-12-31"), "actual"),
}


def cell(anchor, number, value, row, col):
    per, status = COLS[col]
    kw = {"status": status} if status != "actual" else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"{row} {col.lower()}", period=per, **kw)


FIGS = [
    F("tiếp nhận 1,82 tỷ m3", "1,82", 1.82e9, "measure", "m3",
      change=C("decrease", 4.1, "%", "năm 2022"), subject="khí Cụm công nghiệp tiếp nhận", period=Y23),
    F("Cà Mau 512 triệu m3", "512", 512e6, "measure", "m3", total=1.82e9,
      subject="khí cấp cho Nhà máy Đạm Cà Mau", period=Y23),
    F("cho hai nhà máy điện", "hai", 2, "count", "nhà máy điện", optional=True,
      subject="nhà máy điện", period=Y23),
    F("điện 1,31 tỷ m3", "1,31", 1.31e9, "measure", "m3", total=1.82e9,
      subject="khí cấp cho hai nhà máy điện", period=Y23),
    F("mức 112% công suất", "112", 112, "percent", "%",
      subject="mức vận hành Nhà máy Đạm Cà Mau so với công suất thiết kế", period=I(Y23)),
    cell("Urê hạt đục | 850", "850", 850e3, "Urê hạt đục", "Kế hoạch 2023"),
    cell("850 | 912", "912", 912e3, "Urê hạt đục", "Thực hiện 2023"),
    cell("912 | 887", "887", 887e3, "Urê hạt đục", "Thực hiện 2022"),
    cell("Phân NPK | 150", "150", 150e3, "Phân NPK", "Kế hoạch 2023"),
    cell("150 | 168", "168", 168e3, "Phân NPK", "Thực hiện 2023"),
    cell("168 | 121", "121", 121e3, "Phân NPK", "Thực hiện 2022"),
    cell("khoáng chất | 40", "40", 40e3, "Urê bổ sung khoáng chất", "Kế hoạch 2023"),
    cell("40 | 37", "37", 37e3, "Urê bổ sung khoáng chất", "Thực hiện 2023"),
    cell("37 | 29", "29", 29e3, "Urê bổ sung khoáng chất", "Thực hiện 2022"),
    cell("Tổng cộng | 1.040", "1.040", 1040e3, "Tổng cộng", "Kế hoạch 2023"),
    cell("1.040 | 1.117", "1.117", 1117e3, "Tổng cộng", "Thực hiện 2023"),
    cell("1.117 | 1.037", "1.037", 1037e3, "Tổng cộng", "Thực hiện 2022"),
    F("ước đạt 13.250 tỷ", "13.250", 13250e9, "money", "đồng", percent=84, status="estimate",
      subject="doanh thu", period=Y23B),
    F("đạt 1.540 tỷ", "1.540", 1540e9, "money", "đồng", subject="lợi nhuận sau thuế", period=I(Y23B)),
    F("ngân sách 612 tỷ", "612", 612e9, "money", "đồng",
      subject="ngân sách Công ty cổ phần Phân bón Dầu khí Cà Mau nộp", period=I(Y23B)),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="thứ hạng trong các doanh nghiệp nộp ngân sách lớn nhất tỉnh", period=I(Y23B)),
    F("sử dụng 1.386 lao động", "1.386", 1386, "count", "lao động",
      subject="lao động Cụm công nghiệp sử dụng"),
    F("chiếm 61%", "61", 61, "percent", "%", subject="tỷ lệ lao động địa phương"),
    F("góp 27,5 tỷ", "27,5", 27.5e9, "money", "đồng",
      subject="đóng góp cho công tác an sinh xã hội", period=Y23C),
    F("xây dựng 45 căn", "45", 45, "count", "căn nhà",
      subject="nhà đại đoàn kết xây dựng", period=Y23C),
    F("tiếp nhận 1,9 tỷ m3", "1,9", 1.9e9, "measure", "m3", status="target",
      subject="khí tiếp nhận", period=Y24),
    F("sản xuất 1.080 nghìn tấn", "1.080", 1080e3, "measure", "tấn", status="target",
      subject="phân bón các loại sản xuất", period=Y24),
    F("NPK 180 nghìn tấn", "180", 180e3, "measure", "tấn", total=1080e3, status="target",
      subject="phân NPK sản xuất", period=Y24),
    F("đạt 75 triệu USD", "75", 75e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu phân bón", period=Y24),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH CÀ MAU', 'Số: 35/BC-UBND', 'Cà Mau, ngày 22 tháng 01 năm 2024', sections I/II and 1-3, 'Nơi nhận', 'KT. CHỦ TỊCH'.",
    "Distractors: document number 35/BC-UBND, 'Lô PM3-CAA', 'đường ống PM3 - Cà Mau', section numbers, header date.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': cells are measures in tấn (×1000); subject = row label + column label; 'Kế hoạch 2023' column → target.",
    "'hai nhà máy điện' names the consumer of the 1,31 tỷ m3 (optional count). 1,31 tỷ and 512 triệu follow 'trong đó' after 1,82 tỷ: total.",
    "'lao động địa phương chiếm 61%' is the share of a part, not of the 1.386 itself: a percent figure of its own. 'hiện' → no period.",
    "The 45 houses stand in two districts: location stays the province. Section II takes its year from the heading (inherited, target).",
]

if __name__ == "__main__":
    write("p1228-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Cà Mau")
