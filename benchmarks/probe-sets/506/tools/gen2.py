"""p506-2: huyện Đức Hòa (Long An) district portal — Q1/2024 industry, KCN/CCN occupancy, enterprises, workers."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND HUYỆN ĐỨC HÒA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Kinh tế / Công nghiệp - Thương mại
Thứ Năm, 18/04/2024 - 09:30

Đức Hòa: Tỷ lệ lấp đầy các khu công nghiệp đạt gần 78%

Quý I/2024, giá trị sản xuất công nghiệp trên địa bàn huyện ước đạt 28.740 tỷ đồng, tăng 6,8% so với cùng kỳ, đạt 23,1% kế hoạch năm.

Hiện huyện có 10 khu công nghiệp và 5 cụm công nghiệp đã đi vào hoạt động với tổng diện tích đất công nghiệp 4.126,5 ha; tỷ lệ lấp đầy bình quân của các KCN đạt 77,8%. Tỷ lệ lấp đầy của từng KCN dao động từ 60 đến 95%, cao nhất là KCN Đức Hòa 1 (95%), tiếp đến là KCN Tân Đức (91,2%) và KCN Xuyên Á (87,5%).

Trên địa bàn huyện có 1.152 doanh nghiệp đang hoạt động trong các khu, cụm công nghiệp, trong đó 412 doanh nghiệp có vốn đầu tư nước ngoài. Các doanh nghiệp đang sử dụng gần 105.000 lao động, trong đó lao động là người địa phương chiếm 38,4%. Thu nhập bình quân của người lao động khoảng 8,2 triệu đồng/người/tháng, tăng 5% so với năm 2023. Trong quý, các doanh nghiệp có nhu cầu tuyển thêm khoảng 3.500 lao động phổ thông, chủ yếu ngành may mặc, da giày và chế biến thực phẩm.

Năm 2024, huyện phấn đấu thu hút thêm 20 dự án vào các khu, cụm công nghiệp, nâng tỷ lệ lấp đầy bình quân lên trên 80%. Huyện cũng kiến nghị tỉnh sớm nâng cấp Tỉnh lộ 10 và Tỉnh lộ 825 để kết nối các KCN với Quốc lộ N2, đồng thời triển khai Kế hoạch số 125/KH-UBND về phát triển nhà ở cho công nhân.

Minh Thư (Phòng Kinh tế - Hạ tầng)

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An - ĐT: 0272.3851.221
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt gần 78%", "78", 78, "percent", "%", "tỷ lệ lấp đầy các khu công nghiệp", approx="nearly"),
    F("ước đạt 28.740 tỷ đồng", "28.740", 28740e9, "money", "đồng", "giá trị sản xuất công nghiệp", Q1,
      percent=23.1, change=CH("increase", 6.8, baseline="cùng kỳ"), status="estimate"),
    F("có 10 khu công nghiệp", "10", 10, "count", "khu công nghiệp", "khu công nghiệp đã đi vào hoạt động"),
    F("và 5 cụm công nghiệp", "5", 5, "count", "cụm công nghiệp", "cụm công nghiệp đã đi vào hoạt động"),
    F("đất công nghiệp 4.126,5 ha", "4.126,5", 4126.5, "measure", "ha", "tổng diện tích đất công nghiệp"),
    F("các KCN đạt 77,8%", "77,8", 77.8, "percent", "%", "tỷ lệ lấp đầy bình quân của các KCN"),
    F("từ 60 đến 95%", "60", 60, "percent", "%", "tỷ lệ lấp đầy của từng KCN", value_max=95),
    F("Đức Hòa 1 (95%)", "95", 95, "percent", "%", "tỷ lệ lấp đầy KCN Đức Hòa 1"),
    F("(91,2%)", "91,2", 91.2, "percent", "%", "tỷ lệ lấp đầy KCN Tân Đức"),
    F("(87,5%)", "87,5", 87.5, "percent", "%", "tỷ lệ lấp đầy KCN Xuyên Á"),
    F("có 1.152 doanh nghiệp", "1.152", 1152, "count", "doanh nghiệp",
      "doanh nghiệp đang hoạt động trong các khu, cụm công nghiệp"),
    F("trong đó 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài",
      total=1152),
    F("gần 105.000 lao động", "105.000", 105000, "count", "lao động", "lao động các doanh nghiệp đang sử dụng",
      approx="nearly"),
    F("chiếm 38,4%", "38,4", 38.4, "percent", "%", "lao động là người địa phương"),
    F("khoảng 8,2 triệu đồng", "8,2", 8.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động",
      approx="about", change=CH("increase", 5, baseline="năm 2023")),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động phổ thông doanh nghiệp có nhu cầu tuyển thêm",
      INQ, approx="about"),
    F("thêm 20 dự án", "20", 20, "count", "dự án", "dự án thu hút thêm vào các khu, cụm công nghiệp", Y24,
      status="target"),
    F("lên trên 80%", "80", 80, "percent", "%", "tỷ lệ lấp đầy bình quân", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An): công nghiệp quý I/2024, lấp đầy KCN, doanh nghiệp, lao động. Dateline 'Thứ Năm, 18/04/2024 - 09:30'.",
    "Location: the district (Đức Hòa) throughout. 'Hiện huyện có' sentence has no period. Headline figure: no period, actual.",
    "KCN names are not places: they stay in the subject of the occupancy list items. 'đạt 23,1% kế hoạch năm' is the percent of 28.740 tỷ.",
    "'lao động là người địa phương chiếm 38,4%': share of a different subject → own percent figure. 'Trong quý' = quý I/2024.",
    "Distractors: KCN Đức Hòa 1, Tỉnh lộ 10, Tỉnh lộ 825, Quốc lộ N2, Kế hoạch số 125/KH-UBND, Khu phố 3, phone.",
]

if __name__ == "__main__":
    emit("p506-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Đức Hòa")
