"""p971-2: district portal (huyện Hoằng Hóa, Thanh Hóa), grassroots sports facilities, 9 months 2023."""
from lib import F, P, I, C, T, write

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Trang chủ > Tin hoạt động > Văn hóa - Thể thao
Thứ Tư, 18/10/2023 - 15:05

Hoằng Hóa: Thiết chế thể thao cơ sở ngày càng hoàn thiện

Cùng với phong trào xây dựng nông thôn mới nâng cao, hệ thống thiết chế văn hóa, thể thao ở cơ sở của huyện Hoằng Hóa được đầu tư khá đồng bộ. Đến nay, 37/37 xã, thị trấn đã có trung tâm văn hóa - thể thao; 318/326 thôn, tổ dân phố có nhà văn hóa gắn với khu thể thao, đạt 97,5%.

Theo số liệu của Phòng Văn hóa và Thông tin huyện, toàn huyện hiện có 64 sân bóng đá mini cỏ nhân tạo, 22 sân tennis và khoảng 410 sân bóng chuyền hơi, cầu lông. Phần lớn sân bóng đá mini do tư nhân đầu tư, mỗi sân có tổng vốn từ 600 đến 900 triệu đồng; giá thuê dao động 250.000 - 400.000 đồng/giờ tùy khung giờ.

9 tháng năm 2023, các xã, thị trấn đã tu sửa, nâng cấp 46 sân thể thao thôn với tổng kinh phí hơn 3,8 tỷ đồng, trong đó nhân dân đóng góp 2,1 tỷ đồng, chiếm 55,3%. Số người tập luyện thể dục thể thao thường xuyên đạt 36,8% dân số; toàn huyện có 152 câu lạc bộ thể thao với gần 5.600 hội viên.

Tại xã Hoằng Đạt, từ nguồn xã hội hóa, thôn Thọ Vực đã xây dựng sân bóng đá 7 người rộng 2.500 m2 với kinh phí 750 triệu đồng. Ông Lê Văn Bảy, trưởng thôn cho biết mỗi tối có từ 80 đến 100 người đến sân tập luyện, giao lưu.

Thời gian tới, huyện phấn đấu đến năm 2025 có 100% thôn, tổ dân phố đạt chuẩn thiết chế văn hóa - thể thao, tỷ lệ người tập luyện thường xuyên đạt 40%.

Phòng Văn hóa và Thông tin huyện Hoằng Hóa - Điện thoại: 0237.3865.212
"""

NOW = P("Đến nay", None, "2023-10-18")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("37/37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn đã có trung tâm văn hóa - thể thao", NOW, total=37),
    F("318/326 thôn", "318", 318, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa gắn với khu thể thao",
      NOW, total=326, percent=97.5),
    F("có 64 sân", "64", 64, "count", "sân", "sân bóng đá mini cỏ nhân tạo"),
    F("22 sân tennis", "22", 22, "count", "sân", "sân tennis"),
    F("khoảng 410 sân", "410", 410, "count", "sân", "sân bóng chuyền hơi, cầu lông", approx="about"),
    F("từ 600 đến 900 triệu đồng", "600", 600e6, "money", "đồng", "tổng vốn mỗi sân bóng đá mini",
      value_max=900e6),
    F("250.000 - 400.000 đồng/giờ", "250.000", 250000, "money", "đồng/giờ", "giá thuê sân bóng đá mini",
      value_max=400000),
    F("nâng cấp 46 sân", "46", 46, "count", "sân", "sân thể thao thôn được tu sửa, nâng cấp", M9),
    F("hơn 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "tổng kinh phí tu sửa, nâng cấp sân thể thao thôn", M9,
      approx="over"),
    F("góp 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "nhân dân đóng góp", M9, total=3.8e9, percent=55.3),
    F("đạt 36,8% dân số", "36,8", 36.8, "percent", "%", "người tập luyện thể dục thể thao thường xuyên", I(M9)),
    F("có 152 câu lạc bộ", "152", 152, "count", "câu lạc bộ", "câu lạc bộ thể thao", I(M9)),
    F("gần 5.600 hội viên", "5.600", 5600, "count", "hội viên", "hội viên câu lạc bộ thể thao", I(M9), approx="nearly"),
    F("sân bóng đá 7 người", "7", 7, "count", "người", optional=True),
    F("rộng 2.500 m2", "2.500", 2500, "measure", "m2", "diện tích sân bóng đá thôn Thọ Vực", optional=True),
    F("kinh phí 750 triệu đồng", "750", 750e6, "money", "đồng", "kinh phí xây dựng sân bóng đá thôn Thọ Vực"),
    F("từ 80 đến 100 người", "80", 80, "count", "người/tối", "người đến sân tập luyện, giao lưu mỗi tối",
      value_max=100),
    F("có 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố đạt chuẩn thiết chế văn hóa - thể thao", Y25,
      status="target"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ người tập luyện thường xuyên", Y25, status="target"),
]

write(2, text, figs, published="2023-10-18", location="Hoằng Hóa", notes=[
    "District portal (huyện Hoằng Hóa, Thanh Hóa): sports facilities in communes and villages, 9 months 2023.",
    "'Đến nay' ends at the dateline (as-of 2023-10-18). 'hiện có' stock figures get no period.",
    "'sân bóng đá 7 người' (a pitch category) and the example pitch's area are optional. 'Ông Lê Văn Bảy', the phone number,",
    "'Thứ Tư', '15:05' are not figures. 2,1 tỷ is a part (trong đó) of the 3,8 tỷ; 36,8% / 152 / 5.600 inherit '9 tháng năm 2023'.",
])
