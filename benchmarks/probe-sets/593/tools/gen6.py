"""p593-6: national press (VnExpress style) — fish deaths on kênh Nhiêu Lộc - Thị Nghè, TP HCM; DO, outfalls, canal WQI."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Môi trường
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hơn 7 tấn cá chết trên kênh Nhiêu Lộc - Thị Nghè

TP HCM - Sau trận mưa lớn chiều 1/6, cá chết nổi trắng kênh Nhiêu Lộc - Thị Nghè, đơn vị vệ sinh đã vớt khoảng 7,3 tấn, nhiều nhất trong 5 năm qua.

Theo Công ty TNHH MTV Thoát nước đô thị TP HCM, cá chết tập trung trên đoạn dài gần 2 km từ cầu Lê Văn Sỹ đến cầu Công Lý (quận 3), chủ yếu là cá rô phi, cá chép.

Kết quả quan trắc sáng 2/6 tại 3 điểm trên kênh cho thấy hàm lượng oxy hòa tan chỉ còn 0,5-1,1 mg/l, trong khi mức tối thiểu để cá sống là 2 mg/l. Ông Trần Minh Tâm, Phó giám đốc công ty, cho biết mưa đầu mùa đã cuốn khoảng 40.000 m³ nước thải và rác từ 76 cửa xả xuống kênh, làm nước thiếu oxy cục bộ.

Kênh Nhiêu Lộc - Thị Nghè dài 9,5 km, chảy qua 5 quận, được cải tạo từ năm 1993 đến năm 2012 với tổng vốn khoảng 8.600 tỷ đồng. Năm 2023, WQI trung bình của kênh đạt 54 điểm, tăng so với mức 38 điểm năm 2019. Cũng trong năm 2023, trên kênh ghi nhận 3 đợt cá chết với tổng lượng khoảng 2,1 tấn.

Dự kiến trong năm nay, thành phố sẽ lắp thêm 12 cửa ngăn triều, ngăn rác tại các cửa xả với kinh phí 45 tỷ đồng, đồng thời vận hành trạm bơm bổ cập nước công suất 2,5 m³/giây để tăng oxy cho kênh vào đầu mùa mưa.

Người dân phát hiện cá chết có thể báo qua đường dây nóng (028) 3829.1975.

Gia Minh
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y24 = P("trong năm nay", "2024-01-01", "2024-12-31")
RENO = P("từ năm 1993 đến năm 2012", "1993-01-01", "2012-12-31")

FIGS = [
    F("Hơn 7 tấn", "7", 7, "measure", "tấn", approx="over", subject="cá chết trên kênh Nhiêu Lộc - Thị Nghè"),
    F("khoảng 7,3 tấn", "7,3", 7.3, "measure", "tấn", approx="about", subject="cá chết đơn vị vệ sinh đã vớt"),
    F("gần 2 km", "2", 2, "measure", "km", approx="nearly", subject="đoạn kênh cá chết tập trung",
      location="Quận 3"),
    F("tại 3 điểm", "3", 3, "count", "điểm", subject="điểm quan trắc trên kênh"),
    F("còn 0,5-1,1 mg/l", "0,5", 0.5, "measure", "mg/l", value_max=1.1, subject="hàm lượng oxy hòa tan"),
    F("là 2 mg/l", "2", 2, "measure", "mg/l", subject="mức oxy hòa tan tối thiểu để cá sống", optional=True),
    F("khoảng 40.000 m³", "40.000", 40000, "measure", "m³", approx="about",
      subject="nước thải và rác mưa đầu mùa cuốn xuống kênh"),
    F("từ 76 cửa xả", "76", 76, "count", "cửa xả", subject="cửa xả"),
    F("dài 9,5 km", "9,5", 9.5, "measure", "km", subject="chiều dài kênh Nhiêu Lộc - Thị Nghè"),
    F("qua 5 quận", "5", 5, "count", "quận", subject="quận kênh chảy qua"),
    F("khoảng 8.600 tỷ đồng", "8.600", 8600e9, "money", "đồng", approx="about",
      subject="tổng vốn cải tạo kênh", period=RENO),
    F("đạt 54 điểm", "54", 54, "measure", "điểm", subject="WQI trung bình của kênh", period=Y23),
    F("mức 38 điểm", "38", 38, "measure", "điểm", subject="WQI trung bình của kênh", period=Y19),
    F("ghi nhận 3 đợt", "3", 3, "count", "đợt", subject="đợt cá chết trên kênh", period=Y23b),
    F("khoảng 2,1 tấn", "2,1", 2.1, "measure", "tấn", approx="about", subject="tổng lượng cá chết", period=Y23b),
    F("thêm 12 cửa", "12", 12, "count", "cửa ngăn triều", status="forecast",
      subject="cửa ngăn triều, ngăn rác lắp thêm tại các cửa xả", period=Y24),
    F("phí 45 tỷ đồng", "45", 45e9, "money", "đồng", status="forecast", subject="kinh phí lắp cửa ngăn triều, ngăn rác",
      period=Y24),
    F("suất 2,5 m³/giây", "2,5", 2.5, "measure", "m³/giây", status="forecast",
      subject="công suất trạm bơm bổ cập nước", period=Y24),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 3/6/2024, 07:00 (GMT+7)': cá chết kênh Nhiêu Lộc - Thị Nghè, TP HCM.",
    "Distractors: '(GMT+7)', 'chiều 1/6', 'trong 5 năm qua' (period), 'sáng 2/6', 'quận 3' (district name), hotline '(028) 3829.1975'.",
    "'mức tối thiểu để cá sống là 2 mg/l' is a biological threshold, not a measurement of the canal: optional.",
    "'tăng so với mức 38 điểm năm 2019': 38 is the earlier level, a figure of its own (period năm 2019), not a change amount of 54.",
    "'gần 2 km … (quận 3)' -> location Quận 3; everything else TP HCM. The fish-death days are dates, no period.",
    "'trong năm nay' is 2024 (dateline). 'Dự kiến' governs the clause and the 'đồng thời' clause that continues it -> forecast.",
]

if __name__ == "__main__":
    emit("p593-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Thành phố Hồ Chí Minh")
