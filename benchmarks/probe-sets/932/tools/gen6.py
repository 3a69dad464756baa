"""p932-6: national newspaper, Ho Chi Minh City internet shops turning into cyber games (2024)."""
from lib import F, period, inherit, change, write

TEXT = """Kinh doanh › Dịch vụ
Thứ năm, 14/11/2024, 06:00 (GMT+7)

Quán net 'lột xác' thành cyber game tiền tỷ

Phòng máy rộng khoảng 400 m2 trên đường Cộng Hòa, quận Tân Bình, TP Hồ Chí Minh vừa khai trương với 120 máy cấu hình cao, vốn đầu tư hơn 6 tỷ đồng. Giá chơi từ 12.000 đến 25.000 đồng/giờ tùy khu vực. Mức giá này gấp 2-3 lần quán net truyền thống.

Anh Trần Quốc Tuấn, chủ phòng máy, cho biết tiền điện mỗi tháng khoảng 45 triệu đồng; 8 nhân viên làm theo ca với lương 7-8 triệu đồng/người/tháng. "Khách chủ yếu là sinh viên, nhân viên văn phòng; học sinh dưới 18 tuổi chúng tôi không nhận sau 22 giờ", anh Tuấn nói.

Theo Sở Thông tin và Truyền thông TP HCM, tính đến tháng 10/2024, thành phố có 1.968 điểm cung cấp dịch vụ trò chơi điện tử công cộng, giảm gần 30% so với năm 2019; trong đó 312 điểm có quy mô từ 50 máy trở lên. Nhiều điểm nhất là TP Thủ Đức (203 điểm) và quận Bình Tân (176 điểm). Từ đầu năm đến nay, thanh tra Sở đã xử phạt 64 điểm vi phạm, thu hơn 540 triệu đồng.

Theo Nghị định số 147/2024/NĐ-CP có hiệu lực từ ngày 25/12/2024, điểm trò chơi điện tử công cộng không được hoạt động từ 22 giờ đến 8 giờ sáng hôm sau. Bộ Thông tin và Truyền thông cho biết cả nước hiện có khoảng 23.000 điểm loại này.

Thu Hà
"""

ASOF = period("tính đến tháng 10/2024", None, "2024-10-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
S_POINT = "điểm cung cấp dịch vụ trò chơi điện tử công cộng"
TB = "Tân Bình"

FIGS = [
    F("khoảng 400 m2", "400", 400, "measure", "m2", "diện tích phòng máy", approx="about", location=TB),
    F("với 120 máy", "120", 120, "count", "máy", "máy cấu hình cao của phòng máy", location=TB),
    F("hơn 6 tỷ đồng", "6", 6e9, "money", "đồng", "vốn đầu tư phòng máy", approx="over", location=TB),
    F("từ 12.000 đến 25.000 đồng/giờ", "12.000", 12000, "money", "đồng/giờ", "giá chơi", value_max=25000,
      location=TB),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "giá chơi so với quán net truyền thống", value_max=3, location=TB),
    F("khoảng 45 triệu đồng", "45", 45e6, "money", "đồng/tháng", "tiền điện mỗi tháng", approx="about",
      location=TB),
    F("8 nhân viên", "8", 8, "count", "nhân viên", "nhân viên làm theo ca", location=TB),
    F("lương 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", "lương nhân viên", value_max=8e6, location=TB),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    F("có 1.968 điểm", "1.968", 1968, "count", "điểm", S_POINT, ASOF,
      change=change("decrease", 30, "%", "năm 2019", approx="nearly")),
    F("trong đó 312 điểm", "312", 312, "count", "điểm", "điểm có quy mô từ 50 máy trở lên", ASOF, total=1968),
    F("từ 50 máy trở lên", "50", 50, "count", "máy", approx="at_least", optional=True),
    F("Thủ Đức (203 điểm)", "203", 203, "count", "điểm", S_POINT, inherit(ASOF), location="Thủ Đức"),
    F("Bình Tân (176 điểm)", "176", 176, "count", "điểm", S_POINT, inherit(ASOF), location="Bình Tân"),
    F("xử phạt 64 điểm", "64", 64, "count", "điểm", "điểm vi phạm bị xử phạt", YTD),
    F("hơn 540 triệu đồng", "540", 540e6, "money", "đồng", "tiền xử phạt", YTD, approx="over"),
    F("khoảng 23.000 điểm", "23.000", 23000, "count", "điểm", "điểm trò chơi điện tử công cộng cả nước",
      approx="about", location="Việt Nam"),
]

NOTES = [
    "National newspaper (Thứ năm, 14/11/2024, 06:00 (GMT+7)): cyber-game rooms in TP Hồ Chí Minh.",
    "The shop's figures are located in quận Tân Bình; city figures TP Hồ Chí Minh; the national count Việt Nam.",
    "'Mức giá này gấp 2-3 lần …' stands alone as the claim: a multiple 2-3. 'tiền điện mỗi tháng' -> unit đồng/tháng.",
    "Thủ Đức/Bình Tân: no part-of cue ('Nhiều điểm nhất là'), so no total. Not figures: Nghị định 147/2024/NĐ-CP,",
    "25/12/2024, 22 giờ / 8 giờ, 06:00. Optional: 'dưới 18 tuổi', 'từ 50 máy trở lên' (a size class).",
]

write(6, TEXT, FIGS, NOTES, published="2024-11-14", location="TP Hồ Chí Minh")
