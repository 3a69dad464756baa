from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Tin tức > Kinh tế - Du lịch
Thứ Ba, 15/10/2024 - 10:20

Côn Đảo đẩy mạnh chuyển đổi xe điện, hướng tới đảo xanh

Thực hiện Đề án phát triển Côn Đảo thành khu du lịch xanh, từ năm 2022 đến nay, toàn huyện đã chuyển đổi 1.150 xe máy xăng sang xe máy điện, trong đó có 820 xe của hộ dân và 330 xe của các cơ sở cho thuê xe du lịch. Hiện xe máy điện chiếm khoảng 15% trong tổng số gần 7.800 xe máy đang lưu hành trên đảo.

Để khuyến khích người dân, huyện hỗ trợ 3 triệu đồng/xe cho hộ dân đổi xe máy xăng sang xe điện; tổng kinh phí hỗ trợ đã giải ngân gần 2,5 tỷ đồng.

Trong lĩnh vực vận tải khách du lịch, trên đảo có 4 doanh nghiệp khai thác 86 xe điện loại 4-14 chỗ. 9 tháng đầu năm 2024, xe điện du lịch phục vụ khoảng 212.000 lượt khách, tăng 18% so với cùng kỳ; doanh thu ước đạt 31,6 tỷ đồng. Giá vé tham quan trung tâm huyện bằng xe điện từ 50.000 đến 80.000 đồng/người.

Về hạ tầng, Điện lực Côn Đảo đã lắp đặt 12 trụ sạc công cộng tại khu dân cư số 5, khu dân cư số 7 và cảng Bến Đầm. Công suất nguồn điện trên đảo sau khi đóng điện lưới quốc gia đủ đáp ứng nhu cầu sạc, không còn phụ thuộc nhà máy điện diesel.

Ông Lê Văn Phong, Phó Chủ tịch UBND huyện cho biết, mục tiêu đến năm 2030, 100% xe phục vụ du lịch và ít nhất 50% xe máy của người dân trên đảo sử dụng điện. Trong đợt 2 của chương trình, huyện sẽ ưu tiên hỗ trợ hộ nghèo và hộ có hoàn cảnh khó khăn.

Ngọc Hân - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

PUB = "2024-10-15"
FROM22 = P("từ năm 2022 đến nay", "2022-01-01", PUB)
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("chuyển đổi 1.150 xe máy xăng", "1.150", 1150, "count", "xe máy", "xe máy xăng chuyển đổi sang xe máy điện", FROM22),
    F("có 820 xe của hộ dân", "820", 820, "count", "xe", "xe máy chuyển đổi của hộ dân", FROM22, total=1150),
    F("330 xe của các cơ sở", "330", 330, "count", "xe", "xe máy chuyển đổi của các cơ sở cho thuê xe du lịch", FROM22, total=1150),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "tỷ lệ xe máy điện trong tổng số xe máy", approx="about"),
    F("gần 7.800 xe máy", "7.800", 7800, "count", "xe máy", "xe máy đang lưu hành trên đảo", approx="nearly"),
    F("hỗ trợ 3 triệu đồng/xe", "3", 3e6, "money", "đồng/xe", "mức hỗ trợ hộ dân đổi xe máy xăng sang xe điện"),
    F("giải ngân gần 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí hỗ trợ đã giải ngân", approx="nearly"),
    F("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp khai thác xe điện du lịch"),
    F("khai thác 86 xe điện", "86", 86, "count", "xe điện", "xe điện du lịch"),
    F("loại 4-14 chỗ", "4", 4, "measure", "chỗ", "số chỗ xe điện", value_max=14, optional=True),
    F("khoảng 212.000 lượt khách", "212.000", 212000, "count", "lượt khách", "lượt khách xe điện du lịch phục vụ", M9,
      approx="about", change=C("increase", 18, "%", "cùng kỳ")),
    F("ước đạt 31,6 tỷ đồng", "31,6", 31.6e9, "money", "đồng", "doanh thu xe điện du lịch", M9, status="estimate"),
    F("từ 50.000 đến 80.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé tham quan trung tâm huyện bằng xe điện",
      value_max=80000),
    F("lắp đặt 12 trụ sạc", "12", 12, "count", "trụ sạc", "trụ sạc công cộng"),
    F("2030, 100% xe phục vụ du lịch", "100", 100, "percent", "%", "xe phục vụ du lịch sử dụng điện", T30, status="target"),
    F("ít nhất 50% xe máy", "50", 50, "percent", "%", "xe máy của người dân trên đảo sử dụng điện", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Côn Đảo district portal (Bà Rịa - Vũng Tàu): motorbike conversion to electric, support per bike, electric tourist cars, targets 2030.",
    "Dateline 'Thứ Ba, 15/10/2024 - 10:20'. 'từ năm 2022 đến nay' ends at the dateline. 820 + 330 = 1.150 after 'trong đó'.",
    "'15% trong tổng số gần 7.800 xe máy': a percent has no whole in xe máy, so 7.800 is a count of its own (cf. shared gold h01).",
    "'loại 4-14 chỗ' is a vehicle class: optional. Location is the district Côn Đảo throughout.",
    "Distractors: khu dân cư số 5, số 7, 'đợt 2', 10:20, Đề án name.",
]

write("p966-2", TEXT, NOTES, FIGS, published=PUB, location="Côn Đảo")
