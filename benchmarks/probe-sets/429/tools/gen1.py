import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Cập nhật: 14/03/2024 09:15 | Lượt xem: 2.317

Ninh Thuận: Dung tích các hồ chứa chỉ còn 31,6%, chủ động phương án chống hạn

Theo Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Thuận, tính đến ngày 10/3/2024, tổng dung tích hiện có của 23 hồ chứa do công ty quản lý là 128,4 triệu m3, đạt 31,6% dung tích thiết kế, thấp hơn 42,5 triệu m3 so với cùng kỳ năm 2023. Trong đó, hồ Sông Sắt còn 18,2 triệu m3 (đạt 27,4%), hồ Tân Giang còn 1,9 triệu m3 (đạt 13,7%), hồ Sông Trâu còn 12,6 triệu m3 (đạt 40,3%).

Trong số 23 hồ, có 6 hồ đã xuống dưới mực nước chết. Ngoài ra, lưu lượng nước về 34 đập dâng trên địa bàn tỉnh giảm từ 40 đến 60% so với trung bình nhiều năm.

Dự báo đến cuối tháng 6/2024, toàn tỉnh có khoảng 2.800 ha cây trồng có nguy cơ thiếu nước, trong đó lúa khoảng 1.650 ha, cây màu và cây lâu năm 1.150 ha; khoảng 9.400 hộ với gần 35.000 nhân khẩu có thể thiếu nước sinh hoạt, tập trung tại các huyện Thuận Bắc, Bác Ái và Ninh Phước.

Để chủ động ứng phó, UBND tỉnh đã ban hành Quyết định số 215/QĐ-UBND phê duyệt phương án phòng, chống hạn với tổng kinh phí 47,6 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng. Từ đầu năm đến nay, các địa phương đã nạo vét 42 km kênh mương, lắp đặt 65 máy bơm dã chiến và khoan mới 120 giếng. Tỉnh phấn đấu bảo đảm đủ nước tưới cho ít nhất 90% diện tích gieo trồng theo kế hoạch.

Đường dây nóng Ban Chỉ huy PCTT và TKCN tỉnh: 0259.3822.745.
"""

asof = P("tính đến ngày 10/3/2024", None, "2024-03-10")
asof_i = P("tính đến ngày 10/3/2024", None, "2024-03-10", inherited=True)
fc = P("đến cuối tháng 6/2024", None, "2024-06-30")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")

figs = [
    F("chỉ còn 31,6%", "31,6", 31.6, "percent", "%", "dung tích các hồ chứa"),
    F("của 23 hồ chứa do", "23", 23, "count", "hồ chứa", "hồ chứa do công ty quản lý", period=asof),
    F("là 128,4 triệu m3", "128,4", 128400000, "measure", "m3", "tổng dung tích hiện có của các hồ chứa",
      percent=31.6, change=C("decrease", 42500000, "m3", "cùng kỳ năm 2023"), period=asof),
    F("Sông Sắt còn 18,2 triệu m3", "18,2", 18200000, "measure", "m3", "dung tích hiện có hồ Sông Sắt",
      total=128400000, percent=27.4, period=asof_i),
    F("Tân Giang còn 1,9 triệu m3", "1,9", 1900000, "measure", "m3", "dung tích hiện có hồ Tân Giang",
      total=128400000, percent=13.7, period=asof_i),
    F("Sông Trâu còn 12,6 triệu m3", "12,6", 12600000, "measure", "m3", "dung tích hiện có hồ Sông Trâu",
      total=128400000, percent=40.3, period=asof_i),
    F("Trong số 23 hồ", "23", 23, "count", "hồ", "hồ chứa", optional=True),
    F("có 6 hồ đã xuống", "6", 6, "count", "hồ", "hồ xuống dưới mực nước chết", total=23, period=asof_i),
    F("về 34 đập dâng", "34", 34, "count", "đập dâng", "đập dâng trên địa bàn tỉnh"),
    F("giảm từ 40 đến 60%", "40", 40, "percent", "%", "lưu lượng nước về các đập dâng giảm so với trung bình nhiều năm",
      value_max=60),
    F("khoảng 2.800 ha", "2.800", 2800, "measure", "ha", "diện tích cây trồng có nguy cơ thiếu nước",
      approx="about", status="forecast", period=fc),
    F("lúa khoảng 1.650 ha", "1.650", 1650, "measure", "ha", "diện tích lúa có nguy cơ thiếu nước",
      approx="about", total=2800, status="forecast", period=fc),
    F("cây lâu năm 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích cây màu và cây lâu năm có nguy cơ thiếu nước",
      total=2800, status="forecast", period=fc),
    F("khoảng 9.400 hộ", "9.400", 9400, "count", "hộ", "hộ có thể thiếu nước sinh hoạt",
      approx="about", status="forecast", period=fc),
    F("gần 35.000 nhân khẩu", "35.000", 35000, "count", "nhân khẩu", "nhân khẩu có thể thiếu nước sinh hoạt",
      approx="nearly", status="forecast", period=fc),
    F("tổng kinh phí 47,6 tỷ đồng", "47,6", 47600000000, "money", "đồng", "tổng kinh phí phương án phòng, chống hạn"),
    F("ngân sách tỉnh 30 tỷ đồng", "30", 30000000000, "money", "đồng", "ngân sách tỉnh cho phương án phòng, chống hạn",
      total=47600000000),
    F("nạo vét 42 km", "42", 42, "measure", "km", "kênh mương được nạo vét", period=ytd),
    F("lắp đặt 65 máy bơm", "65", 65, "count", "máy bơm", "máy bơm dã chiến được lắp đặt", period=ytd),
    F("khoan mới 120 giếng", "120", 120, "count", "giếng", "giếng khoan mới", period=ytd),
    F("ít nhất 90%", "90", 90, "percent", "%", "diện tích gieo trồng được bảo đảm đủ nước tưới",
      approx="at_least", status="target"),
]

comments = """
Cổng TTĐT tỉnh Ninh Thuận: dung tích 23 hồ chứa thủy lợi tính đến 10/3/2024, dự báo thiếu nước đến cuối tháng 6/2024, phương án chống hạn.
"Cập nhật: 14/03/2024 09:15" is the dateline; "Lượt xem: 2.317", "Quyết định số 215/QĐ-UBND", the hotline 0259.3822.745 are not figures.
The reservoirs after "Trong đó" are parts of 128,4 triệu m3 (same unit, same as-of date); "(đạt x%)" is each part's percent across the bracket.
"thấp hơn 42,5 triệu m3 so với cùng kỳ" is the change of 128,4 triệu m3. "Trong số 23 hồ" restates the 23 (optional) and is the 6 hồ's total.
"lưu lượng ... giảm từ 40 đến 60%" is a rate of decline with no base amount (the 34 dams are a count, not the flow): a percent range figure, no change.
"Dự báo đến cuối tháng 6/2024" makes the whole sentence forecast, as-of end 2024-06-30; places after "tập trung tại" do not make the province figure a district one.
"Từ đầu năm đến nay" = 2024-01-01 to the dateline. "phấn đấu ... ít nhất 90%" is a target, at_least.
"""

build("p429-1", text, comments, figs, published="2024-03-14", location="Ninh Thuận")
