"""p1177-1: Hải Phòng city portal, Đồ Sơn buffalo-fighting festival final 2024 and its tourism takings."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Đồ Sơn: Lễ hội chọi trâu đón hơn 35.000 lượt khách

Cập nhật: 12/09/2024 16:20 | Lượt xem: 2.418

Chiều 11/9 (tức ngày mùng 9 tháng 8 năm Giáp Thìn), quận Đồ Sơn tổ chức vòng chung kết Lễ hội chọi trâu truyền thống Đồ Sơn năm 2024. Năm nay có 16 trâu vào vòng chung kết, trong số 24 trâu tham gia vòng loại của 7 phường. Sau 15 cặp đấu, trâu số 12 của phường Ngọc Xuyên giành ngôi vô địch, nhận giải thưởng 100 triệu đồng; giải nhì và giải ba lần lượt là 70 triệu đồng và 50 triệu đồng.

Theo Ban tổ chức, trong ba ngày diễn ra lễ hội, quận đã đón hơn 35.000 lượt khách, tăng khoảng 12% so với năm 2023; trong đó có gần 1.200 lượt khách quốc tế. Doanh thu từ lưu trú, ăn uống, bán vé trong dịp lễ hội ước đạt 28,5 tỷ đồng. Công suất phòng của 126 cơ sở lưu trú trên địa bàn đạt 85-90%. Giá vé vào sân vòng chung kết từ 150.000 đến 300.000 đồng/vé; sân chọi có sức chứa khoảng 8.000 chỗ ngồi.

Để bảo đảm an ninh, trật tự, quận huy động 420 cán bộ, chiến sĩ công an, quân sự, dân quân và bố trí 38 điểm trông giữ xe. Đường dây nóng của Ban tổ chức: 0225.3861.115.

Lễ hội chọi trâu Đồ Sơn được công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 4203/QĐ-BVHTTDL ngày 5/11/2013. Năm 2025, quận phấn đấu đón khoảng 40.000 lượt khách dịp lễ hội, doanh thu dịch vụ đạt trên 32 tỷ đồng.
"""

NAY = P("Năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Lễ hội chọi trâu đón hơn 35.000", "35.000", 35000, "count", "lượt khách", approx="over",
      subject="lượt khách đến Lễ hội chọi trâu"),
    F("có 16 trâu", "16", 16, "count", "trâu", total=24,
      subject="trâu vào vòng chung kết", period=NAY),
    F("của 7 phường", "7", 7, "count", "phường",
      subject="phường có trâu tham gia vòng loại", period=NAY),
    F("Sau 15 cặp đấu", "15", 15, "count", "cặp đấu",
      subject="cặp đấu vòng chung kết", period=I(Y24)),
    F("giải thưởng 100 triệu", "100", 100000000, "money", "đồng",
      subject="giải thưởng của trâu vô địch", period=I(Y24)),
    F("là 70 triệu", "70", 70000000, "money", "đồng",
      subject="giải thưởng giải nhì", period=I(Y24)),
    F("và 50 triệu", "50", 50000000, "money", "đồng",
      subject="giải thưởng giải ba", period=I(Y24)),
    F("quận đã đón hơn 35.000", "35.000", 35000, "count", "lượt khách", approx="over",
      change=C("increase", 12, "%", "năm 2023", approx="about"),
      subject="lượt khách đến quận trong dịp lễ hội", period=I(Y24)),
    F("gần 1.200 lượt", "1.200", 1200, "count", "lượt khách quốc tế", approx="nearly", total=35000,
      subject="lượt khách quốc tế", period=I(Y24)),
    F("ước đạt 28,5 tỷ", "28,5", 28500000000, "money", "đồng", status="estimate",
      subject="doanh thu từ lưu trú, ăn uống, bán vé trong dịp lễ hội", period=I(Y24)),
    F("của 126 cơ sở", "126", 126, "count", "cơ sở lưu trú",
      subject="cơ sở lưu trú trên địa bàn"),
    F("đạt 85-90%", "85", 85, "percent", "%", value_max=90,
      subject="công suất phòng của các cơ sở lưu trú", period=I(Y24)),
    F("từ 150.000 đến 300.000", "150.000", 150000, "money", "đồng/vé", value_max=300000,
      subject="giá vé vào sân vòng chung kết", period=I(Y24)),
    F("khoảng 8.000 chỗ", "8.000", 8000, "count", "chỗ ngồi", approx="about",
      subject="sức chứa sân chọi"),
    F("huy động 420 cán bộ", "420", 420, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ công an, quân sự, dân quân bảo đảm an ninh, trật tự", period=I(Y24)),
    F("bố trí 38 điểm", "38", 38, "count", "điểm trông giữ xe",
      subject="điểm trông giữ xe", period=I(Y24)),
    F("khoảng 40.000 lượt", "40.000", 40000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách dịp lễ hội", period=Y25),
    F("trên 32 tỷ", "32", 32000000000, "money", "đồng", approx="over", status="target",
      subject="doanh thu dịch vụ dịp lễ hội", period=Y25),
]

NOTES = [
    "Province (city) portal of Hải Phòng: breadcrumb, 'Cập nhật: 12/09/2024 16:20 | Lượt xem: 2.418'. Figures describe quận Đồ Sơn (default location).",
    "Distractors: view counter 2.418, time 16:20, 'Chiều 11/9', lunar 'mùng 9 tháng 8', 'trâu số 12' (a buffalo's number),",
    "'trong ba ngày diễn ra lễ hội' (duration that only locates the figures), hotline 0225.3861.115, Quyết định số 4203/QĐ-BVHTTDL ngày 5/11/2013.",
    "'Năm nay' = 2024 (published) is stated in the sentence of 16/24/7 (scored). 16 trâu is part of 24 ('trong số 24 trâu').",
    "'Công suất phòng của 126 cơ sở … đạt 85-90%': the range is the occupancy rate, a figure of its own, not a share of the 126 establishments.",
    "Headline 35.000 has no period; festival figures in later sentences inherit 2024.",
    "revised after the first run: removed the figure 24 ('trong số 24 trâu'): it is the 16's total, an attribute only (cf. shared gold h02, 'trong tổng số 76').",
]

if __name__ == "__main__":
    write("p1177-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Đồ Sơn")
