"""p513-1: Bắc Ninh province portal, air quality 6 months 2024."""
from lib import F, P, inh, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Bắc Ninh: 74,7% số ngày có chất lượng không khí tốt và trung bình

Cập nhật: 16/07/2024 08:45
Lượt xem: 1.284

Theo Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, hệ thống 9 trạm quan trắc không khí tự động, liên tục trên địa bàn tỉnh ghi nhận 136/182 ngày có chỉ số chất lượng không khí (VN_AQI) ở mức tốt và trung bình, chiếm 74,7%, tăng 6,2% so với cùng kỳ năm 2023. Số ngày ở mức kém là 41 ngày, mức xấu là 5 ngày, chủ yếu rơi vào tháng 1 và tháng 2.

Nồng độ bụi mịn PM2.5 trung bình 6 tháng là 38,4 µg/m³, giảm 9,5% so với cùng kỳ, song vẫn vượt ngưỡng trung bình năm 25 µg/m³ theo QCVN 05:2023/BTNMT. Các vị trí có nồng độ bụi cao nhất thuộc thị xã Quế Võ (52,1 µg/m³), huyện Yên Phong (47,8 µg/m³) và thành phố Từ Sơn (45,3 µg/m³).

Nguyên nhân chủ yếu do khí thải từ hơn 1.600 cơ sở sản xuất tại 62 làng nghề, trong đó 31 làng nghề tái chế giấy, thép, nhựa. Trong 6 tháng, lực lượng chức năng đã kiểm tra 214 lượt cơ sở, phát hiện 37 cơ sở vi phạm, xử phạt hành chính 2,86 tỷ đồng.

Tỉnh phấn đấu đến năm 2025 có ít nhất 80% số ngày trong năm đạt chất lượng không khí tốt và trung bình, đồng thời đầu tư thêm 4 trạm quan trắc tự động với kinh phí khoảng 36 tỷ đồng.

Cơ quan chủ quản: UBND tỉnh Bắc Ninh. Địa chỉ: Số 10 đường Phù Đổng Thiên Vương, TP. Bắc Ninh. Điện thoại: 0222.3822.591.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6 = P("6 tháng", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Bắc Ninh: 74,7%", "74,7", 74.7, "percent", "%", "số ngày có chất lượng không khí tốt và trung bình", inh(H1)),
    F("hệ thống 9 trạm", "9", 9, "count", "trạm", "trạm quan trắc không khí tự động, liên tục", H1),
    F("136/182 ngày", "136", 136, "count", "ngày",
      "ngày có chỉ số chất lượng không khí (VN_AQI) ở mức tốt và trung bình", H1,
      total=182, percent=74.7, change=CH("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("kém là 41 ngày", "41", 41, "count", "ngày", "ngày chất lượng không khí ở mức kém", inh(H1)),
    F("xấu là 5 ngày", "5", 5, "count", "ngày", "ngày chất lượng không khí ở mức xấu", inh(H1)),
    F("6 tháng là 38,4 µg/m³", "38,4", 38.4, "measure", "µg/m³", "nồng độ bụi mịn PM2.5 trung bình", S6,
      change=CH("decrease", 9.5, "%", "cùng kỳ")),
    F("trung bình năm 25 µg/m³", "25", 25, "measure", "µg/m³",
      "ngưỡng nồng độ bụi mịn PM2.5 trung bình năm theo QCVN 05:2023/BTNMT", optional=True),
    F("Quế Võ (52,1 µg/m³)", "52,1", 52.1, "measure", "µg/m³", "nồng độ bụi mịn PM2.5", inh(S6), location="Quế Võ"),
    F("Yên Phong (47,8 µg/m³)", "47,8", 47.8, "measure", "µg/m³", "nồng độ bụi mịn PM2.5", inh(S6), location="Yên Phong"),
    F("Từ Sơn (45,3 µg/m³)", "45,3", 45.3, "measure", "µg/m³", "nồng độ bụi mịn PM2.5", inh(S6), location="Từ Sơn"),
    F("hơn 1.600 cơ sở", "1.600", 1600, "count", "cơ sở", "cơ sở sản xuất tại làng nghề", approx="over"),
    F("tại 62 làng nghề", "62", 62, "count", "làng nghề", "làng nghề"),
    F("trong đó 31 làng nghề", "31", 31, "count", "làng nghề", "làng nghề tái chế giấy, thép, nhựa", total=62),
    F("kiểm tra 214 lượt", "214", 214, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", S6),
    F("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở vi phạm", S6),
    F("hành chính 2,86 tỷ đồng", "2,86", 2.86e9, "money", "đồng", "xử phạt hành chính", S6),
    F("ít nhất 80%", "80", 80, "percent", "%", "số ngày trong năm đạt chất lượng không khí tốt và trung bình", T25,
      approx="at_least", status="target"),
    F("thêm 4 trạm", "4", 4, "count", "trạm", "trạm quan trắc tự động đầu tư thêm", T25, status="target"),
    F("khoảng 36 tỷ đồng", "36", 36e9, "money", "đồng", "kinh phí đầu tư trạm quan trắc tự động", T25,
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: chất lượng không khí 6 tháng đầu năm 2024 (VN_AQI days, PM2.5, craft villages, inspections, 2025 targets).",
    "Breadcrumb, 'Cập nhật: 16/07/2024 08:45' dateline, 'Lượt xem: 1.284' counter. PM2.5, QCVN 05:2023/BTNMT, 'tháng 1 và tháng 2',",
    "'Số 10 đường Phù Đổng Thiên Vương' and the phone number are not figures. Headline 74,7% is its own figure; in the body 74,7% is the",
    "percent of 136/182 ngày. The QCVN threshold 25 µg/m³ is optional (a legal limit, not a measured fact).",
    "District items (Quế Võ, Yên Phong, Từ Sơn) go to location; subject is the list's indicator. '4 trạm' and the 36 tỷ continue the",
    "'phấn đấu đến năm 2025' clause (đồng thời), so status target.",
]

if __name__ == "__main__":
    emit("p513-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Bắc Ninh")
