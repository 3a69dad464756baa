"""p513-6: national press (VnExpress style), Hà Nội air pollution 2024."""
from lib import F, P, inh, CH, emit

TEXT = """Thời sự > Môi trường
Thứ năm, 9/1/2025, 06:30 (GMT+7)

Hà Nội có 57 ngày không khí ở mức xấu trong năm 2024

Nồng độ bụi mịn PM2.5 trung bình năm 2024 của Hà Nội là 41,6 µg/m³, xếp thứ 7 trong số các thủ đô ô nhiễm nhất thế giới, theo báo cáo của IQAir (Thụy Sĩ). Cũng theo báo cáo này, Việt Nam xếp thứ 22/134 quốc gia, vùng lãnh thổ có nồng độ bụi mịn cao nhất.

Theo dữ liệu từ 13 trạm quan trắc tự động của Sở Tài nguyên và Môi trường, năm 2024 thành phố có 57 ngày chỉ số chất lượng không khí ở mức xấu và 4 ngày ở mức rất xấu, giảm lần lượt 12 và 3 ngày so với năm 2023.

Nồng độ bụi mịn trong các tháng mùa đông cao gấp 1,6 lần các tháng mùa hè. Ngày 5/1/2025, chỉ số AQI tại trạm 556 Nguyễn Văn Cừ (quận Long Biên) lên tới 285 điểm, mức rất xấu, người dân được khuyến cáo hạn chế ra ngoài.

Theo các chuyên gia, khí thải giao thông đóng góp khoảng 40-50% lượng bụi mịn tại khu vực nội đô. Thành phố hiện có khoảng 7,9 triệu phương tiện, trong đó hơn 6,9 triệu xe máy, phần lớn đã sử dụng trên 10 năm.

Theo kế hoạch, Hà Nội sẽ thí điểm vùng phát thải thấp tại quận Hoàn Kiếm và Ba Đình từ năm 2025, phấn đấu đến năm 2030 giảm 15% nồng độ bụi PM2.5 so với năm 2024. Thành phố cũng dự kiến lắp thêm 50 trạm quan trắc cảm biến chi phí thấp trong năm 2025.

Gia Chính
"""

Y24h = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y24a = P("năm 2024", "2024-01-01", "2024-12-31")
D5 = P("Ngày 5/1/2025", "2025-01-05", "2025-01-05")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hà Nội có 57 ngày", "57", 57, "count", "ngày", "ngày không khí ở mức xấu", Y24h),
    F("là 41,6 µg/m³", "41,6", 41.6, "measure", "µg/m³", "Nồng độ bụi mịn PM2.5 trung bình năm", Y24a),
    F("xếp thứ 7", "7", 7, "rank", "hạng", "nồng độ bụi mịn PM2.5 trung bình năm", Y24a),
    F("xếp thứ 22/134", "22", 22, "rank", "hạng", "nồng độ bụi mịn", inh(Y24a),
      total=134, location="Việt Nam"),
    F("từ 13 trạm", "13", 13, "count", "trạm", "trạm quan trắc tự động của Sở Tài nguyên và Môi trường", Y24a),
    F("có 57 ngày chỉ số", "57", 57, "count", "ngày", "ngày chỉ số chất lượng không khí ở mức xấu", Y24a,
      change=CH("decrease", 12, "ngày", "năm 2023")),
    F("và 4 ngày", "4", 4, "count", "ngày", "ngày chỉ số chất lượng không khí ở mức rất xấu", Y24a,
      change=CH("decrease", 3, "ngày", "năm 2023")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "Nồng độ bụi mịn trong các tháng mùa đông so với các tháng mùa hè"),
    F("285 điểm", "285", 285, "measure", "điểm", "chỉ số AQI tại trạm 556 Nguyễn Văn Cừ", D5, location="Long Biên"),
    F("khoảng 40-50%", "40", 40, "percent", "%", "khí thải giao thông đóng góp lượng bụi mịn tại khu vực nội đô",
      value_max=50, approx="about"),
    F("khoảng 7,9 triệu", "7,9", 7.9e6, "count", "phương tiện", "phương tiện", approx="about"),
    F("hơn 6,9 triệu", "6,9", 6.9e6, "count", "xe máy", "xe máy", approx="over", total=7.9e6),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian sử dụng xe máy", approx="over", optional=True),
    F("giảm 15%", "15", 15, "percent", "%", "giảm nồng độ bụi PM2.5 so với năm 2024", T30, status="target"),
    F("thêm 50 trạm", "50", 50, "count", "trạm", "trạm quan trắc cảm biến chi phí thấp lắp thêm", Y25, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ năm, 9/1/2025, 06:30 (GMT+7)': ô nhiễm không khí Hà Nội năm 2024 (IQAir, AQI days).",
    "Location Hà Nội; Việt Nam for the national rank 22/134 (total 134). IQAir (Thụy Sĩ) is a source, not a place. The Long Biên station",
    "reading takes the district; 'trạm 556 Nguyễn Văn Cừ' is an address (not a figure). 'giảm lần lượt 12 và 3 ngày so với năm 2023'",
    "gives each count its change (unit ngày). 'gấp 1,6 lần' stands alone: multiple. The 2030 reduction target is a rate that is the",
    "claim: percent, status target, no change object. 'trên 10 năm' (vehicle age) is optional. 'trong năm 2025' is scored.",
    "'Ngày 5/1/2025' is a one-day period. PM2.5, (GMT+7), 'từ năm 2025' are not figures.",
    "revised after the first run: the two ranks' subjects now name the ranked indicator (nồng độ bụi mịn …), not the pool of",
    "capitals/countries, as the shared gold does for ranks (h04 'kinh tế số … xếp thứ 27' → subject 'kinh tế số'; h15).",
]

if __name__ == "__main__":
    emit("p513-6", TEXT, COMMENTS, FIGS, published="2025-01-09", location="Hà Nội")
