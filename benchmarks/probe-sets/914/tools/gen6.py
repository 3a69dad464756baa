"""p914-6: national newspaper, the Quả Cam leprosy village in Bắc Ninh changes its life (09/2023)."""
from lib import F, P, C, inh, write

TEXT = """Thời sự › Xã hội

Làng phong Quả Cam đổi đời

Thứ bảy, 23/9/2023, 08:15 (GMT+7)

Từ nơi bị xa lánh, làng phong Quả Cam ở phường Hòa Long, TP Bắc Ninh nay có 126 hộ, hơn 540 nhân khẩu, trong đó chỉ còn 23 người là bệnh nhân phong đã khỏi bệnh.

Ông Nguyễn Văn Tư, 71 tuổi, trưởng thôn, kể làng được lập từ năm 1934, thời điểm đông nhất có gần 300 bệnh nhân sống cách biệt. Nay thu nhập bình quân của làng đạt 52 triệu đồng/người/năm, gấp 2,6 lần năm 2015; 98% hộ có nhà kiên cố, không còn hộ nghèo.

Chị Nguyễn Thị Hoa, con gái một bệnh nhân, mở xưởng may thuê 12 lao động với mức lương 6-7 triệu đồng/tháng. "Ngày trước người ngoài không dám vào làng, giờ thanh niên làng tôi lấy vợ, lấy chồng khắp nơi", chị nói.

Theo Sở Y tế Bắc Ninh, 8 tháng đầu năm 2023 tỉnh phát hiện 1 bệnh nhân phong mới. Hiện tỉnh quản lý 312 bệnh nhân, trong đó 105 người tàn tật độ 2. Mỗi tháng, bệnh nhân trong làng được nhận trợ cấp 720.000 đồng và 15 kg gạo.

Cả nước hiện có 19 khu điều trị phong và làng phong. Theo Bệnh viện Da liễu Trung ương, 7 tháng đầu năm 2023 cả nước phát hiện 71 bệnh nhân mới, trong đó 16 bệnh nhân bị tàn tật độ 2, chiếm 22,5%. Mục tiêu đến năm 2025, số bệnh nhân mới bị tàn tật độ 2 giảm còn dưới 0,5 người/1 triệu dân.

Bác sĩ Lê Văn Ba, Trung tâm Kiểm soát bệnh tật Bắc Ninh, cho rằng bệnh phong chữa khỏi hoàn toàn nếu phát hiện sớm, nhưng định kiến xã hội vẫn còn nặng nề.

Phạm Dự
"""

H8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
VN = "Việt Nam"

FIGS = [
    F("nay có 126 hộ", "126", 126, "count", "hộ", "hộ của làng phong Quả Cam"),
    F("hơn 540 nhân khẩu", "540", 540, "count", "nhân khẩu", "nhân khẩu của làng phong Quả Cam", approx="over"),
    F("còn 23 người", "23", 23, "count", "người", "bệnh nhân phong đã khỏi bệnh", total=540),
    F("71 tuổi", "71", 71, "measure", "tuổi", "tuổi ông Nguyễn Văn Tư", optional=True),
    F("gần 300 bệnh nhân", "300", 300, "count", "bệnh nhân", "bệnh nhân sống cách biệt thời điểm đông nhất",
      approx="nearly"),
    F("đạt 52 triệu đồng/người/năm", "52", 52e6, "money", "đồng/người/năm", "thu nhập bình quân của làng",
      change=C("increase", 2.6, "lần", "năm 2015")),
    F("98% hộ", "98", 98, "percent", "%", "hộ có nhà kiên cố"),
    F("thuê 12 lao động", "12", 12, "count", "lao động", "lao động xưởng may thuê"),
    F("lương 6-7 triệu đồng/tháng", "6", 6e6, "money", "đồng/tháng", "mức lương", value_max=7e6),
    F("phát hiện 1 bệnh nhân phong mới", "1", 1, "count", "bệnh nhân", "bệnh nhân phong mới phát hiện", H8),
    F("quản lý 312 bệnh nhân", "312", 312, "count", "bệnh nhân", "bệnh nhân phong đang quản lý"),
    F("105 người tàn tật", "105", 105, "count", "người", "bệnh nhân tàn tật độ 2", total=312),
    F("trợ cấp 720.000 đồng", "720.000", 720000, "money", "đồng/tháng", "trợ cấp bệnh nhân trong làng"),
    F("15 kg gạo", "15", 15, "measure", "kg", "gạo bệnh nhân được nhận mỗi tháng"),
    F("có 19 khu điều trị phong", "19", 19, "count", "khu điều trị phong và làng phong",
      "khu điều trị phong và làng phong", location=VN),
    F("phát hiện 71 bệnh nhân mới", "71", 71, "count", "bệnh nhân", "bệnh nhân mới phát hiện", M7, location=VN),
    F("16 bệnh nhân bị tàn tật", "16", 16, "count", "bệnh nhân", "bệnh nhân bị tàn tật độ 2", M7, total=71,
      percent=22.5, location=VN),
    F("dưới 0,5 người/1 triệu dân", "0,5", 0.5, "measure", "người/1 triệu dân",
      "số bệnh nhân mới bị tàn tật độ 2", P("đến năm 2025", None, "2025-12-31"), approx="under",
      status="target", location=VN),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ bảy, 23/9/2023, 08:15 (GMT+7)'): the Quả Cam leprosy village, TP Bắc Ninh; national figures Việt Nam.",
    "Not figures: 'TP Bắc Ninh' (a city named like its province: location Bắc Ninh), names 'Nguyễn Văn Tư', 'Lê Văn Ba', 'từ năm 1934', 'độ 2'.",
    "'gấp 2,6 lần năm 2015' after the income figure is its change (unit lần), not a multiple of its own.",
    "23 người follows 'trong đó' after 'hơn 540 nhân khẩu' (the same people): total 540. 'Nay', 'Hiện' give no period.",
    "'Mỗi tháng, ... trợ cấp 720.000 đồng' -> unit đồng/tháng. Ages of interviewees are optional.",
    "'0,5 người/1 triệu dân': the denominator (1 triệu) is part of the unit, value 0.5.",
]

if __name__ == "__main__":
    write("p914-6", TEXT, COMMENTS, FIGS, published="2023-09-23", location="Bắc Ninh")
