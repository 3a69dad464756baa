"""p930-2: Tiền Hải district portal (Thái Bình), removing bird nets in the wetland reserve."""
from lib import F, P, I, Y, C, T, write

TEXT = """
UBND HUYỆN TIỀN HẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nông nghiệp - Môi trường

Ra quân tháo dỡ lưới bẫy chim di cư tại Khu bảo tồn thiên nhiên đất ngập nước Tiền Hải

Thứ Tư, 20/11/2024 - 10:05

Sáng 19/11, Hạt Kiểm lâm huyện phối hợp với Đồn Biên phòng Cồn Vành, UBND các xã Nam Thịnh, Nam Phú và Đông Long tổ chức ra quân tháo dỡ lưới bẫy chim dọc tuyến đê biển số 8. Tham gia đợt ra quân có gần 150 cán bộ, chiến sĩ, đoàn viên thanh niên và người dân.

Chỉ trong một buổi sáng, các lực lượng đã tháo dỡ 2,7 km lưới bẫy chim, 86 cọc tre và 14 bẫy lồng; giải cứu 215 cá thể chim di cư như cò, diệc, choắt, rẽ. Trong số chim được giải cứu có 19 cá thể bị thương, đã được chuyển về cơ sở cứu hộ để chăm sóc trước khi thả lại tự nhiên.

Theo Hạt Kiểm lâm huyện, từ đầu năm đến nay toàn huyện đã tổ chức 23 đợt tháo dỡ với tổng chiều dài lưới bẫy gần 9,6 km, tăng khoảng 35% so với cùng kỳ năm 2023; thả về tự nhiên 1.148 cá thể chim. Lực lượng chức năng đã lập biên bản 7 trường hợp vi phạm, xử phạt hành chính tổng số tiền 42 triệu đồng, tịch thu 120 cá thể chim nuôi nhốt trái phép. Cả năm 2024, số chim thả về tự nhiên ước đạt khoảng 1.400 cá thể.

Khu bảo tồn có diện tích hơn 12.500 ha, mỗi năm đón từ 30.000 đến 40.000 lượt chim di cư dừng chân trú đông, trong đó có 8 loài có tên trong Sách đỏ Việt Nam như cò thìa, choắt mỏ thìa.

Thời gian tới, UBND huyện dự kiến bố trí 350 triệu đồng để lắp đặt 12 biển cảnh báo và 2 chòi canh, tăng cường tuần tra vào mùa chim di cư từ tháng 9 đến tháng 4 năm sau. Huyện đặt mục tiêu đến năm 2025 giảm 50% số vụ vi phạm so với năm 2023.

Minh Tuấn (Trung tâm VH-TT&TT huyện)
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-20")

FIGS = [
    F("gần 150 cán bộ", "150", 150, "count", "cán bộ", "người tham gia đợt ra quân", approx="nearly"),
    F("tháo dỡ 2,7 km", "2,7", 2.7, "measure", "km", "lưới bẫy chim tháo dỡ"),
    F("86 cọc tre", "86", 86, "count", "cọc tre", "cọc tre tháo dỡ"),
    F("14 bẫy lồng", "14", 14, "count", "bẫy lồng", "bẫy lồng tháo dỡ"),
    F("giải cứu 215 cá thể", "215", 215, "count", "cá thể", "chim di cư giải cứu"),
    F("có 19 cá thể", "19", 19, "count", "cá thể", "chim được giải cứu bị thương", total=215),
    F("tổ chức 23 đợt", "23", 23, "count", "đợt", "đợt tháo dỡ lưới bẫy chim", YTD),
    F("gần 9,6 km", "9,6", 9.6, "measure", "km", "tổng chiều dài lưới bẫy tháo dỡ", YTD, approx="nearly",
      change=C("increase", 35, baseline="cùng kỳ năm 2023", approx="about")),
    F("tự nhiên 1.148 cá thể", "1.148", 1148, "count", "cá thể", "chim thả về tự nhiên", YTD),
    F("biên bản 7 trường hợp", "7", 7, "count", "trường hợp", "trường hợp vi phạm lập biên bản", I(YTD)),
    F("tiền 42 triệu đồng", "42", 42000000, "money", "đồng", "tiền xử phạt hành chính", I(YTD)),
    F("tịch thu 120 cá thể", "120", 120, "count", "cá thể", "chim nuôi nhốt trái phép bị tịch thu", I(YTD)),
    F("khoảng 1.400 cá thể", "1.400", 1400, "count", "cá thể", "số chim thả về tự nhiên", Y(2024, "Cả năm 2024"),
      approx="about", status="estimate"),
    F("hơn 12.500 ha", "12.500", 12500, "measure", "ha", "diện tích khu bảo tồn", approx="over"),
    F("từ 30.000 đến 40.000 lượt", "30.000", 30000, "count", "lượt chim/năm", "lượt chim di cư dừng chân trú đông",
      value_max=40000),
    F("có 8 loài", "8", 8, "count", "loài", "loài chim có tên trong Sách đỏ Việt Nam"),
    F("bố trí 350 triệu", "350", 350000000, "money", "đồng", "kinh phí lắp đặt biển cảnh báo và chòi canh",
      status="forecast"),
    F("12 biển cảnh báo", "12", 12, "count", "biển cảnh báo", "biển cảnh báo lắp đặt", status="forecast"),
    F("2 chòi canh", "2", 2, "count", "chòi canh", "chòi canh lắp đặt", status="forecast"),
    F("giảm 50% số vụ", "50", 50, "percent", "%", "số vụ vi phạm giảm so với năm 2023",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Tiền Hải district portal (Thái Bình): one-day net removal on 19/11, year-to-date results, the reserve, plans.",
    "Location is the district (Tiền Hải) throughout. The one-day event (Sáng 19/11) gets no period (a date of an event, not a reporting period).",
    "'từ đầu năm đến nay' ends at the dateline 2024-11-20; the next sentence inherits it. 35% is the change of 9,6 km (the figure before it).",
    "'trong đó có 8 loài' follows 30.000-40.000 lượt chim: a different thing, so no total. 'từ tháng 9 đến tháng 4 năm sau' is a season, not a range.",
    "'dự kiến' governs 350 triệu, 12 biển, 2 chòi (forecast). Distractors: đê biển số 8, Thứ Tư, 10:05, một buổi sáng, Sáng 19/11.",
]

write(2, TEXT, FIGS, NOTES, published="2024-11-20", location="Tiền Hải")
