from lib import *

TEXT = """
BÁO LÀO CAI
Sa Pa: Homestay bản làng "hút" khách trong mùa cao điểm
THANH HUYỀN | 14:32, 12/07/2024

(BLC) - 6 tháng đầu năm 2024, thị xã Sa Pa đón khoảng 1,65 triệu lượt khách, tăng 12% so với cùng kỳ, đạt 55% kế hoạch năm; trong đó khách lưu trú tại homestay ở các bản du lịch cộng đồng Tả Van, Tả Phìn, Cát Cát, Bản Hồ đạt 312.000 lượt. Công suất sử dụng buồng bình quân của các homestay đạt 62,4%, cao hơn 5,1 điểm phần trăm so với cùng kỳ.

Tính đến hết tháng 6/2024, toàn tỉnh Lào Cai có 1.085 cơ sở lưu trú, trong đó 541 homestay, chiếm gần 50%. Homestay tập trung ở thị xã Sa Pa 436 cơ sở, huyện Bát Xát 58 cơ sở, huyện Bắc Hà 47 cơ sở. Giá phòng phổ biến từ 350.000-600.000 đồng/đêm, đã bao gồm bữa sáng.

Anh Giàng A Lử, chủ homestay ở bản Tả Van, cho biết gia đình có 6 phòng nghỉ với 14 giường; những tháng cao điểm, doanh thu đạt 60-70 triệu đồng/tháng. Theo UBND thị xã, nhiều hộ làm homestay ở Tả Van có doanh thu 300-500 triệu đồng/năm, cao gấp 4 lần so với trồng lúa, nuôi gia súc.

Từ đầu năm đến nay, thị xã đã tổ chức 7 lớp bồi dưỡng nghiệp vụ du lịch cộng đồng cho 420 lượt học viên là chủ hộ, hướng dẫn viên bản địa. Thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy, năm 2024 Sa Pa phấn đấu đón 3 triệu lượt khách, tổng thu từ du lịch đạt 9.000 tỷ đồng. Dịp hè, thị xã tăng cường kiểm tra các điểm dừng chân dọc Quốc lộ 4D và duy trì đường dây nóng 0214.3871.975 để tiếp nhận phản ánh của du khách.
"""

p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
pj = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
pji = P("Tính đến hết tháng 6/2024", None, "2024-06-30", inh=True)
pytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")

FIGS = [
    F("khoảng 1,65 triệu lượt khách", "1,65", 1650000, "count", "lượt khách", "lượt khách", p6,
      approx="about", percent=55,
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "cùng kỳ"}, location="Sa Pa"),
    F("đạt 312.000 lượt", "312.000", 312000, "count", "lượt", "khách lưu trú tại homestay ở các bản du lịch cộng đồng",
      p6, total=1650000, location="Sa Pa"),
    F("đạt 62,4%", "62,4", 62.4, "percent", "%", "công suất sử dụng buồng bình quân của các homestay", p6i,
      change={"direction": "increase", "value": 5.1, "unit": "điểm phần trăm", "baseline": "cùng kỳ"}, location="Sa Pa"),
    F("có 1.085 cơ sở lưu trú", "1.085", 1085, "count", "cơ sở lưu trú", "cơ sở lưu trú", pj),
    F("trong đó 541 homestay", "541", 541, "count", "homestay", "homestay", pj, total=1085, percent=50),
    F("Sa Pa 436 cơ sở", "436", 436, "count", "cơ sở", "homestay", pji, location="Sa Pa"),
    F("Bát Xát 58 cơ sở", "58", 58, "count", "cơ sở", "homestay", pji, location="Bát Xát"),
    F("Bắc Hà 47 cơ sở", "47", 47, "count", "cơ sở", "homestay", pji, location="Bắc Hà"),
    F("từ 350.000-600.000", "350.000", 350000, "money", "đồng/đêm", "giá phòng phổ biến", pji,
      value_max=600000),
    F("có 6 phòng", "6", 6, "count", "phòng", "phòng nghỉ của homestay gia đình anh Giàng A Lử", location="Sa Pa"),
    F("với 14 giường", "14", 14, "count", "giường", "giường của homestay gia đình anh Giàng A Lử", location="Sa Pa"),
    F("đạt 60-70 triệu", "60", 60000000, "money", "đồng/tháng", "doanh thu homestay những tháng cao điểm",
      value_max=70000000, location="Sa Pa"),
    F("thu 300-500 triệu", "300", 300000000, "money", "đồng/năm", "doanh thu của nhiều hộ làm homestay ở Tả Van",
      value_max=500000000, location="Sa Pa",
      change={"direction": "increase", "value": 4, "unit": "lần", "baseline": "trồng lúa, nuôi gia súc"}),
    F("tổ chức 7 lớp", "7", 7, "count", "lớp", "lớp bồi dưỡng nghiệp vụ du lịch cộng đồng", pytd, location="Sa Pa"),
    F("cho 420 lượt học viên", "420", 420, "count", "lượt học viên", "học viên lớp bồi dưỡng nghiệp vụ du lịch cộng đồng",
      pytd, location="Sa Pa"),
    F("đón 3 triệu lượt", "3", 3000000, "count", "lượt khách", "lượt khách", Y(2024), status="target", location="Sa Pa"),
    F("đạt 9.000 tỷ đồng", "9.000", 9000000000000, "money", "đồng", "tổng thu từ du lịch", Y(2024),
      status="target", location="Sa Pa"),
]

COMMENTS = [
    "Báo Lào Cai (Party newspaper): homestays in Sa Pa, 6 months 2024. Byline + 'hh:mm, dd/mm/yyyy' dateline; '(BLC)' tag implies Lào Cai.",
    "Distractors: 'Nghị quyết số 10-NQ/TU', 'Quốc lộ 4D', hotline 0214.3871.975, '6/2024' inside an as-of phrase.",
    "'đạt 55% kế hoạch năm' is the percent of 1,65 triệu (as h-gold 'đạt 87,66% chỉ tiêu'); 312.000 (trong đó, lượt khách) is part of it.",
    "'cao hơn 5,1 điểm phần trăm so với cùng kỳ' = change of the 62,4% occupancy rate. 541 homestay part of 1.085 lodging units, 'chiếm gần 50%' its percent.",
    "Hyphen ranges '350.000-600.000', '60-70 triệu', '300-500 triệu' give value_max; money per night/month/year keeps the per-unit in unit.",
    "'cao gấp 4 lần so với trồng lúa' attaches to the 300-500 triệu revenue as a change (multiple with a baseline, like 'gấp 1,6 lần năm 2022').",
    "Figures about Sa Pa carry location Sa Pa; the province-wide 1.085/541 keep Lào Cai. 'Từ đầu năm đến nay' runs to the dateline.",
    "The owner's 6 rooms/14 beds and revenue ranges have no period phrase: null; the room price inherits its paragraph's as-of date.",
]

write("p466-2", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Lào Cai")
