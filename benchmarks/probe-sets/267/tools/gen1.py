from lib import F, P, C, T, build

text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Trang chủ › Tin tức - Sự kiện › Lao động - Việc làm

Công đoàn Bình Dương dành gần 100 tỷ đồng chăm lo Tết cho đoàn viên, người lao động

Cập nhật: 25/01/2024 09:15 | Lượt xem: 2.315

Ngày 24/1, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương cho biết, tổng kinh phí chăm lo Tết Nguyên đán Giáp Thìn 2024 cho đoàn viên, người lao động trên địa bàn tỉnh đạt 98,6 tỷ đồng, tăng 12,4% so với Tết Quý Mão 2023. Trong đó, tài chính công đoàn các cấp chi 32,4 tỷ đồng, chiếm 32,9%; phần còn lại do doanh nghiệp và nhà tài trợ đóng góp.

Dự kiến có 186.500 đoàn viên, người lao động được thăm hỏi, tặng quà, trong đó 12.340 người có hoàn cảnh đặc biệt khó khăn nhận quà trị giá từ 1 đến 2 triệu đồng/suất. Số suất quà phân bổ nhiều nhất thuộc TP. Thuận An (42.300 suất), TP. Dĩ An (38.150 suất) và TP. Thủ Dầu Một (21.600 suất).

Chương trình "Chuyến xe Công đoàn" năm nay bố trí 45 chuyến xe đưa hơn 1.800 công nhân về quê đón Tết, kinh phí khoảng 1,35 tỷ đồng. Bên cạnh đó, 3 phiên "Chợ Tết Công đoàn" được tổ chức với 15.000 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng.

Theo khảo sát của LĐLĐ tỉnh tại 1.250 doanh nghiệp, có 97,2% doanh nghiệp đã xây dựng phương án thưởng Tết. Mức thưởng bình quân là 6,8 triệu đồng/người, tăng 4,6% so với năm trước; mức thưởng cao nhất 350 triệu đồng/người thuộc về một doanh nghiệp vốn nước ngoài tại KCN VSIP II, thấp nhất 500 nghìn đồng/người.

Đoàn viên, người lao động cần hỗ trợ có thể liên hệ Đường dây nóng của LĐLĐ tỉnh: 0274.3822.456 hoặc trụ sở số 1 đường Trần Văn Ơn, phường Phú Hòa, TP. Thủ Dầu Một.

Minh Duy
"""

comments = [
    "Province portal (Bình Dương): Tết Giáp Thìn 2024 care by the provincial trade union; 'Cập nhật: 25/01/2024 09:15 | Lượt xem: 2.315'.",
    "No period is given to the Tết figures: 'Tết Nguyên đán Giáp Thìn 2024' is an occasion, not a period of FIGURES.md (period left null = not scored).",
    "'Dự kiến' governs the sentence: 186.500, its part 12.340 (trong đó, total 186.500) and the gift value range are forecasts.",
    "City list (Thuận An, Dĩ An, Thủ Dầu Một) gives locations; subject is the list's indicator. '12,4%' and '4,6%' are changes, '32,9%' a share.",
    "'năm nay' (Chuyến xe Công đoàn sentence) is the year of the dateline, 2024.",
    "Distractors: view counter, dateline, 'Ngày 24/1', 'Giáp Thìn 2024', 'Quý Mão 2023', 'KCN VSIP II', hotline 0274.3822.456, 'số 1 đường Trần Văn Ơn'.",
]

PNAY = P("năm nay", "2024-01-01", "2024-12-31")
S_TET = "kinh phí chăm lo Tết cho đoàn viên, người lao động"
figs = [
    F("dành gần 100 tỷ đồng", "100", 100e9, "money", "đồng", S_TET, approx="nearly"),
    F("đạt 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng",
      "tổng kinh phí chăm lo Tết Nguyên đán cho đoàn viên, người lao động",
      change=C("increase", 12.4, "%", "Tết Quý Mão 2023")),
    F("chi 32,4 tỷ đồng", "32,4", 32.4e9, "money", "đồng",
      "kinh phí chăm lo Tết từ tài chính công đoàn các cấp", total=98.6e9, percent=32.9),
    F("có 186.500 đoàn viên", "186.500", 186500, "count", "đoàn viên, người lao động",
      "đoàn viên, người lao động được thăm hỏi, tặng quà", status="forecast"),
    F("12.340 người", "12.340", 12340, "count", "người",
      "người có hoàn cảnh đặc biệt khó khăn nhận quà", total=186500, status="forecast"),
    F("từ 1 đến 2 triệu đồng/suất", "1", 1e6, "money", "đồng/suất",
      "trị giá quà cho người có hoàn cảnh đặc biệt khó khăn", value_max=2e6, status="forecast"),
    F("Thuận An (42.300 suất)", "42.300", 42300, "count", "suất", "suất quà phân bổ", location="Thuận An"),
    F("Dĩ An (38.150 suất)", "38.150", 38150, "count", "suất", "suất quà phân bổ", location="Dĩ An"),
    F("Thủ Dầu Một (21.600 suất)", "21.600", 21600, "count", "suất", "suất quà phân bổ", location="Thủ Dầu Một"),
    F("bố trí 45 chuyến xe", "45", 45, "count", "chuyến xe", "chuyến xe Công đoàn đưa công nhân về quê đón Tết", period=PNAY),
    F("hơn 1.800 công nhân", "1.800", 1800, "count", "công nhân", "công nhân được đưa về quê đón Tết", approx="over", period=PNAY),
    F("khoảng 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí chương trình Chuyến xe Công đoàn", approx="about", period=PNAY),
    F("3 phiên", "3", 3, "count", "phiên", "phiên Chợ Tết Công đoàn được tổ chức"),
    F("15.000 phiếu mua hàng", "15.000", 15000, "count", "phiếu mua hàng", "phiếu mua hàng Chợ Tết Công đoàn"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "trị giá mỗi phiếu mua hàng"),
    F("tại 1.250 doanh nghiệp", "1.250", 1250, "count", "doanh nghiệp", "doanh nghiệp được LĐLĐ tỉnh khảo sát"),
    F("có 97,2% doanh nghiệp", "97,2", 97.2, "percent", "%", "doanh nghiệp đã xây dựng phương án thưởng Tết"),
    F("là 6,8 triệu đồng/người", "6,8", 6.8e6, "money", "đồng/người", "mức thưởng Tết bình quân",
      change=C("increase", 4.6, "%", "năm trước")),
    F("nhất 350 triệu đồng/người", "350", 350e6, "money", "đồng/người", "mức thưởng Tết cao nhất"),
    F("500 nghìn đồng/người", "500", 500e3, "money", "đồng/người", "mức thưởng Tết thấp nhất"),
]

build(1, text, comments, figs, published="2024-01-25", location="Bình Dương")
