"""p566-4: ministry site (Bộ TN&MT), national climate summary of 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Khí tượng thủy văn
12/01/2024 15:20

Năm 2023 nóng thứ 2 trong lịch sử quan trắc, nhiệt độ trung bình cao hơn TBNN 0,8°C

(MONRE) - Ngày 11/01/2024, tại Hà Nội, Tổng cục Khí tượng Thủy văn tổ chức Hội nghị tổng kết công tác năm 2023. Theo báo cáo, nhiệt độ trung bình năm 2023 trên phạm vi toàn quốc cao hơn trung bình giai đoạn 1991-2020 khoảng 0,8°C, xếp thứ 2 trong chuỗi số liệu quan trắc, sau năm 2019. Nhiệt độ cao nhất đạt 44,2°C tại Tương Dương (Nghệ An) ngày 7/5/2023, vượt giá trị kỷ lục 43,4°C ghi nhận năm 2019 tại Hương Khê (Hà Tĩnh).

Trong năm, trên Biển Đông xuất hiện 10 cơn bão và 2 áp thấp nhiệt đới, trong đó chỉ có 2 cơn bão ảnh hưởng trực tiếp đến đất liền. Cả nước xảy ra 14 đợt nắng nóng, 22 đợt không khí lạnh và 9 đợt mưa lớn diện rộng. Tổng lượng mưa năm ở Bắc Bộ và Tây Nguyên thiếu hụt 10-30% so với TBNN, riêng Nam Bộ cao hơn 5-15%. Mực nước sông Hồng tại Hà Nội xuống mức thấp nhất 0,33 m ngày 18/6/2023, thấp hơn cùng kỳ 0,6 m.

Hệ thống 1.943 trạm quan trắc tự động hoạt động ổn định; tỷ lệ số liệu truyền về đầy đủ đạt 97,6%. Độ chính xác dự báo bão đạt 85%, tăng 3% so với năm 2022. Tổng cục phấn đấu đến năm 2025 giảm sai số dự báo quỹ đạo bão 24 giờ xuống dưới 80 km và nâng số trạm tự động lên 2.500 trạm.

Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội | Điện thoại: 024.37956868
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("nóng thứ 2 trong", "2", 2, "rank", "hạng", "xếp hạng nóng nhất trong lịch sử quan trắc",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("TBNN 0,8°C\n", "0,8", 0.8, "measure", "°C", "nhiệt độ trung bình so với TBNN",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 0,8°C", "0,8", 0.8, "measure", "°C",
      "nhiệt độ trung bình năm trên phạm vi toàn quốc so với trung bình giai đoạn 1991-2020", Y23, approx="about"),
    F("xếp thứ 2 trong", "2", 2, "rank", "hạng", "xếp hạng nhiệt độ trung bình năm trong chuỗi số liệu quan trắc", Y23),
    F("đạt 44,2°C", "44,2", 44.2, "measure", "°C", "nhiệt độ cao nhất",
      P("ngày 7/5/2023", "2023-05-07", "2023-05-07"), location="Tương Dương"),
    F("kỷ lục 43,4°C", "43,4", 43.4, "measure", "°C", "giá trị kỷ lục nhiệt độ cao nhất",
      P("năm 2019", "2019-01-01", "2019-12-31"), location="Hương Khê"),
    F("xuất hiện 10 cơn bão", "10", 10, "count", "cơn bão", "bão trên Biển Đông",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("2 áp thấp", "2", 2, "count", "áp thấp nhiệt đới", "áp thấp nhiệt đới trên Biển Đông",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("có 2 cơn bão", "2", 2, "count", "cơn bão", "bão ảnh hưởng trực tiếp đến đất liền",
      P("Trong năm", "2023-01-01", "2023-12-31"), total=10),
    F("14 đợt nắng nóng", "14", 14, "count", "đợt nắng nóng", "đợt nắng nóng", I(Y23)),
    F("22 đợt", "22", 22, "count", "đợt không khí lạnh", "đợt không khí lạnh", I(Y23)),
    F("9 đợt", "9", 9, "count", "đợt mưa lớn", "đợt mưa lớn diện rộng", I(Y23)),
    F("thiếu hụt 10-30%", "10", 10, "percent", "%", "tổng lượng mưa năm ở Bắc Bộ và Tây Nguyên thiếu hụt so với TBNN",
      I(Y23), value_max=30),
    F("cao hơn 5-15%", "5", 5, "percent", "%", "tổng lượng mưa năm ở Nam Bộ so với TBNN", I(Y23), value_max=15),
    F("thấp nhất 0,33 m", "0,33", 0.33, "measure", "m", "mực nước sông Hồng thấp nhất",
      P("ngày 18/6/2023", "2023-06-18", "2023-06-18"), change=CH("decrease", 0.6, "m", "cùng kỳ"), location="Hà Nội"),
    F("1.943 trạm", "1.943", 1943, "count", "trạm", "trạm quan trắc tự động", I(Y23)),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ", I(Y23)),
    F("đạt 85%", "85", 85, "percent", "%", "độ chính xác dự báo bão", I(Y23),
      change=CH("increase", 3, "%", "năm 2022")),
    F("bão 24 giờ", "24", 24, "measure", "giờ", "hạn dự báo quỹ đạo bão", optional=True),
    F("dưới 80 km", "80", 80, "measure", "km", "sai số dự báo quỹ đạo bão 24 giờ", T25, approx="under",
      status="target"),
    F("lên 2.500 trạm", "2.500", 2500, "count", "trạm", "số trạm tự động", T25, status="target"),
]

COMMENTS = [
    "Bộ TN&MT site: Tổng cục KTTV tổng kết năm 2023 (nhiệt độ, kỷ lục, bão, đợt nắng nóng/rét/mưa, lượng mưa, mực nước, trạm, dự báo).",
    "National figures → Việt Nam; regional figures (Bắc Bộ, Tây Nguyên, Nam Bộ) have no province → Việt Nam (choice);",
    "stations named by district (Tương Dương, Hương Khê) → that district; Hà Nội for the Red River level at Hà Nội.",
    "An anomaly standing alone ('cao hơn TBNN 0,8°C') is a measure figure with no change (as a growth rate that is the claim).",
    "'nóng thứ 2', 'xếp thứ 2' are ranks. Not figures: 'giai đoạn 1991-2020', 'năm 2019' as a reference, address, phone, dates.",
    "'dự báo quỹ đạo bão 24 giờ' names a forecast lead time (optional).",
]

if __name__ == "__main__":
    emit("p566-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
