"""p1060-6: national newspaper (VnExpress style), TP HCM + national figures, November 2024."""
from lib import F, P, I, C, write

TEXT = """Thời sự › Dân sinh
Thứ năm, 28/11/2024, 10:20 (GMT+7)

TP HCM: Gần 1.000 cuộc gọi cầu cứu vì bạo lực gia đình trong 10 tháng

Đường dây nóng hỗ trợ nạn nhân bạo lực gia đình của TP HCM tiếp nhận trung bình 90-100 cuộc gọi mỗi tháng, phần lớn từ phụ nữ bị chồng đánh đập, chửi bới.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, 10 tháng đầu năm nay, đường dây nóng đã tiếp nhận 968 cuộc gọi, tăng 14% so với cùng kỳ năm 2023; trong đó 612 cuộc gọi cần tư vấn tâm lý, 214 cuộc gọi cần hỗ trợ pháp lý. Cả năm 2024, số cuộc gọi dự kiến trên 1.150 cuộc.

Cũng trong 10 tháng, nhà tạm lánh của Trung tâm Công tác xã hội thành phố ở quận 7 đã tiếp nhận 57 phụ nữ và 38 trẻ em, thời gian lưu trú bình quân 12 ngày/người. So với năm 2022, số người tìm đến nhà tạm lánh đã tăng gấp 1,5 lần.

Ông Nguyễn Văn Hai, Trưởng phòng Bảo trợ xã hội của Sở, cho biết thành phố đặt mục tiêu đến năm 2025 có 100% phường, xã, thị trấn duy trì nhóm phòng, chống bạo lực gia đình; hiện tỷ lệ này đạt 92,6%, tương đương 289/312 đơn vị.

Trên cả nước, theo Bộ Văn hóa, Thể thao và Du lịch, năm 2023 các địa phương phát hiện gần 4.900 vụ bạo lực gia đình, song con số thực tế được cho là cao hơn nhiều vì khoảng 90% nạn nhân không tìm kiếm sự giúp đỡ. Khảo sát quốc gia năm 2019 cho thấy gần 63% phụ nữ từng bị ít nhất một hình thức bạo lực do chồng gây ra trong đời.

Người cần hỗ trợ có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 hoặc đường dây nóng 1800.1567 (miễn phí).

Lê Thu
"""

M10 = P("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
M10b = P("Cũng trong 10 tháng", "2024-01-01", "2024-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"

FIGS = [
    F("Gần 1.000 cuộc gọi", "1.000", 1000, "count", "cuộc gọi", "cuộc gọi cầu cứu vì bạo lực gia đình",
      P("trong 10 tháng", "2024-01-01", "2024-10-31"), approx="nearly"),
    F("trung bình 90-100 cuộc gọi", "90", 90, "measure", "cuộc gọi/tháng",
      "cuộc gọi đường dây nóng hỗ trợ nạn nhân bạo lực gia đình tiếp nhận mỗi tháng", value_max=100),
    F("tiếp nhận 968 cuộc gọi", "968", 968, "count", "cuộc gọi", "cuộc gọi đường dây nóng tiếp nhận", M10,
      change=C("increase", 14, "%", "cùng kỳ năm 2023")),
    F("trong đó 612 cuộc gọi", "612", 612, "count", "cuộc gọi", "cuộc gọi cần tư vấn tâm lý", M10, total=968),
    F("214 cuộc gọi", "214", 214, "count", "cuộc gọi", "cuộc gọi cần hỗ trợ pháp lý", M10, total=968),
    F("trên 1.150 cuộc", "1.150", 1150, "count", "cuộc", "số cuộc gọi cả năm",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="forecast"),
    F("tiếp nhận 57 phụ nữ", "57", 57, "count", "phụ nữ", "phụ nữ được nhà tạm lánh tiếp nhận", M10b),
    F("38 trẻ em", "38", 38, "count", "trẻ em", "trẻ em được nhà tạm lánh tiếp nhận", M10b),
    F("bình quân 12 ngày/người", "12", 12, "measure", "ngày/người", "thời gian lưu trú bình quân", M10b),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số người tìm đến nhà tạm lánh so với năm 2022"),
    F("có 100% phường", "100", 100, "percent", "%", "phường, xã, thị trấn duy trì nhóm phòng, chống bạo lực gia đình",
      T25, status="target"),
    F("đạt 92,6%", "92,6", 92.6, "percent", "%",
      "tỷ lệ phường, xã, thị trấn duy trì nhóm phòng, chống bạo lực gia đình"),
    F("289/312 đơn vị", "289", 289, "count", "đơn vị", "phường, xã, thị trấn duy trì nhóm phòng, chống bạo lực gia đình",
      total=312),
    F("gần 4.900 vụ", "4.900", 4900, "count", "vụ", "vụ bạo lực gia đình",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly", location=VN),
    F("khoảng 90% nạn nhân", "90", 90, "percent", "%", "nạn nhân không tìm kiếm sự giúp đỡ", approx="about",
      location=VN),
    F("gần 63% phụ nữ", "63", 63, "percent", "%", "phụ nữ từng bị bạo lực do chồng gây ra trong đời",
      P("năm 2019", "2019-01-01", "2019-12-31"), approx="nearly", location=VN),
    F("ít nhất một hình thức", "một", 1, "count", "hình thức", "hình thức bạo lực", approx="at_least",
      location=VN, optional=True),
]

NOTES = [
    "National newspaper: TP HCM hotline and shelter figures, then national figures (location Việt Nam). 'Thứ năm, 28/11/2024, 10:20 (GMT+7)'.",
    "revised after the first run: default location 'TP HCM' -> 'TP Hồ Chí Minh' (the shared gold writes the full name even where the",
    "text abbreviates, h04 'TP.HCM'). Location of the city figures is TP Hồ Chí Minh; the shelter 'ở quận 7' is the city's centre, so its figures stay TP HCM.",
    "Not figures: 'quận 7', the name 'Nguyễn Văn Hai', hotline numbers '111' and '1800.1567', time 10:20, 'GMT+7'.",
    "'10 tháng đầu năm nay' = 2024 (dateline); headline 'trong 10 tháng' likewise. 'trung bình 90-100 cuộc gọi mỗi tháng' is a rate",
    "(measure, unit cuộc gọi/tháng). 'tăng gấp 1,5 lần' standing alone with no base amount is a multiple.",
    "'hiện tỷ lệ này đạt 92,6%, tương đương 289/312 đơn vị': the percent is its own figure and 289 is a count with total 312 and no percent",
    "(as in the shared gold for 'tỷ lệ 83,48%, tương đương 1,488 triệu hồ sơ'). 'ít nhất một hình thức' is a definition threshold (optional).",
]

if __name__ == "__main__":
    write("p1060-6", TEXT, NOTES, FIGS, published="2024-11-28", location="TP Hồ Chí Minh")
