"""p1000-2: district portal of Bắc Trà My (Quảng Nam) — heavy rain of 13-15/10/2023 at automatic gauges."""
from lib import F, P, I, C, write

TEXT = """Cổng Thông tin điện tử huyện Bắc Trà My
Tin hoạt động > Phòng, chống thiên tai

Bắc Trà My: Nhiều trạm đo mưa tự động ghi nhận trên 400 mm

Thứ Hai, 16/10/2023 - 10:20

Do ảnh hưởng của không khí lạnh kết hợp với nhiễu động gió đông, những ngày qua trên địa bàn huyện có mưa to đến rất to. Theo số liệu của 14 trạm đo mưa tự động đặt tại 13 xã, thị trấn, từ ngày 13/10 đến 7 giờ sáng 15/10, tổng lượng mưa phổ biến từ 250 đến 400 mm, một số nơi trên 400 mm như Trà Giác 468 mm, Trà Giáp 441 mm, Trà Ka 425 mm. Cường độ mưa lớn nhất đo được tại trạm Trà Giác là 62 mm/giờ vào rạng sáng ngày 14/10.

Mực nước sông Trường tại trạm thủy văn Trà My lúc 7 giờ ngày 15/10 là 4,85 m, cao hơn mức báo động 2 là 0,35 m. Hồ chứa Thủy điện Sông Tranh 2 vận hành điều tiết với lưu lượng xả lớn nhất 1.850 m3/s.

Ngay khi nhận được cảnh báo, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện đã ban hành 6 công điện, phối hợp với các nhà mạng gửi hơn 12.000 tin nhắn cảnh báo đến thuê bao di động trên địa bàn; tổ chức sơ tán 215 hộ với 768 nhân khẩu ở khu vực có nguy cơ sạt lở đến nơi an toàn. Tuyến ĐT.616 đoạn qua xã Trà Đốc bị sạt lở tại 4 điểm với khối lượng khoảng 2.300 m3 đất đá.

Năm 2023, huyện được tỉnh đầu tư thêm 3 trạm đo mưa tự động tại các xã Trà Đốc, Trà Bui, Trà Tân với kinh phí gần 450 triệu đồng. Dự kiến đến cuối năm, huyện sẽ lắp đặt thêm 2 trạm đo mực nước tự động trên sông Trường và sông Tranh, giúp người dân vùng hạ du chủ động ứng phó.

Hồ Thị Ba - Trung tâm VH-TT&TT huyện
"""

RAIN = P("từ ngày 13/10 đến 7 giờ sáng 15/10", "2023-10-13", "2023-10-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("ghi nhận trên 400 mm", "400", 400, "measure", "mm", "lượng mưa tại nhiều trạm", approx="over", optional=True),
    F("số liệu của 14 trạm", "14", 14, "count", "trạm", "trạm đo mưa tự động"),
    F("đặt tại 13 xã", "13", 13, "count", "xã, thị trấn", "xã, thị trấn đặt trạm đo mưa tự động"),
    F("từ 250 đến 400 mm", "250", 250, "measure", "mm", "tổng lượng mưa phổ biến", RAIN, value_max=400),
    F("nơi trên 400 mm như", "400", 400, "measure", "mm", "tổng lượng mưa một số nơi", RAIN, approx="over", optional=True),
    F("Trà Giác 468 mm", "468", 468, "measure", "mm", "tổng lượng mưa tại Trà Giác", RAIN),
    F("Trà Giáp 441 mm", "441", 441, "measure", "mm", "tổng lượng mưa tại Trà Giáp", RAIN),
    F("Trà Ka 425 mm", "425", 425, "measure", "mm", "tổng lượng mưa tại Trà Ka", RAIN),
    F("là 62 mm/giờ", "62", 62, "measure", "mm/giờ", "cường độ mưa lớn nhất tại trạm Trà Giác",
      P("rạng sáng ngày 14/10", "2023-10-14", "2023-10-14")),
    F("là 4,85 m", "4,85", 4.85, "measure", "m", "mực nước sông Trường tại trạm thủy văn Trà My",
      P("lúc 7 giờ ngày 15/10", "2023-10-15", "2023-10-15"), change=C("increase", 0.35, "m", "mức báo động 2")),
    F("1.850 m3/s", "1.850", 1850, "measure", "m3/s", "lưu lượng xả lớn nhất của hồ chứa Thủy điện Sông Tranh 2"),
    F("ban hành 6 công điện", "6", 6, "count", "công điện", "công điện Ban Chỉ huy PCTT và TKCN huyện ban hành"),
    F("hơn 12.000 tin nhắn", "12.000", 12000, "count", "tin nhắn", "tin nhắn cảnh báo gửi đến thuê bao di động", approx="over"),
    F("sơ tán 215 hộ", "215", 215, "count", "hộ", "hộ sơ tán đến nơi an toàn"),
    F("768 nhân khẩu", "768", 768, "count", "nhân khẩu", "nhân khẩu sơ tán đến nơi an toàn"),
    F("tại 4 điểm", "4", 4, "count", "điểm", "điểm sạt lở trên tuyến ĐT.616"),
    F("khoảng 2.300 m3", "2.300", 2300, "measure", "m3", "khối lượng đất đá sạt lở", approx="about"),
    F("thêm 3 trạm đo mưa", "3", 3, "count", "trạm", "trạm đo mưa tự động tỉnh đầu tư thêm cho huyện", Y23),
    F("gần 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí đầu tư trạm đo mưa tự động", Y23, approx="nearly"),
    F("thêm 2 trạm đo mực nước", "2", 2, "count", "trạm", "trạm đo mực nước tự động lắp đặt thêm",
      P("đến cuối năm", None, "2023-12-31"), status="forecast"),
]

COMMENTS = [
    "Bắc Trà My district portal: heavy rain 13-15/10/2023 at automatic rain gauges, river level, warnings, evacuations.",
    "Not figures: '16/10/2023 - 10:20', '7 giờ sáng', 'báo động 2' (alarm level name), 'Thủy điện Sông Tranh 2', 'ĐT.616', byline 'Hồ Thị Ba'.",
    "'trên 400 mm' in the headline and as 'một số nơi trên 400 mm' is a threshold naming a category of stations: optional.",
    "Station names (Trà Giác, Trà Giáp, Trà Ka) are communes of the district: location Bắc Trà My, the station in the subject.",
    "'cao hơn mức báo động 2 là 0,35 m' is the change of the 4,85 m river level (baseline the alarm level).",
    "Year-less dates take 2023 from the dateline; 'Dự kiến đến cuối năm' -> forecast, as-of 31/12/2023.",
]

write("p1000-2", TEXT, FIGS, COMMENTS, published="2023-10-16", location="Bắc Trà My")
