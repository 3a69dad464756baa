"""p1186-6: national newspaper: Lâm Đồng vegetable areas, field tanks overloaded; a farmer in xã Lạc Xuân (Đơn Dương)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Nông nghiệp

Bể chứa bao gói thuốc BVTV quá tải ở vùng rau Lâm Đồng

Thứ Tư, 10/04/2024, 06:45 (GMT+7)

Lâm Đồng có khoảng 70.000 ha rau, hoa, mỗi năm phát sinh gần 1.000 tấn bao gói thuốc bảo vệ thực vật, nhưng số bể chứa trên đồng ruộng mới đáp ứng chưa tới 50% nhu cầu.

Theo Sở NN&PTNT Lâm Đồng, toàn tỉnh hiện có 4.312 bể chứa, trong đó huyện Đơn Dương 1.180 bể, Đức Trọng 965 bể. Vào mùa cao điểm phun thuốc, nhiều bể đầy chỉ sau dưới 10 ngày, trong khi đơn vị xử lý chỉ vận chuyển 1-2 lần/tháng.

Tại xã Lạc Xuân (huyện Đơn Dương), anh Ya Tuấn trồng 0,8 ha bắp cải và cà chua. Mỗi vụ, gia đình anh dùng hơn 60 chai thuốc các loại. "Bể ở đầu bờ, sát Quốc lộ 27, cách nhà tôi khoảng 300 m, nhiều hôm đầy tràn nên bà con phải gom vào bao tải để cạnh", anh nói. Cả xã có 126 bể cho khoảng 1.450 ha rau, bình quân hơn 11 ha mới có một bể.

Năm 2023, tỉnh thu gom và xử lý 412 tấn bao gói, chỉ bằng 43% lượng phát sinh; chi phí vận chuyển, tiêu hủy bình quân 14.500 đồng/kg, do ngân sách tỉnh và huyện chi trả.

Theo kế hoạch của tỉnh, năm 2024 dự kiến xây thêm 1.500 bể, kinh phí khoảng 4,5 tỷ đồng, trong đó ngân sách tỉnh 60%. Mục tiêu đến năm 2025, tỷ lệ bao gói được thu gom đạt ít nhất 70%.

MINH KHANG
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
DD = "Đơn Dương"
TANK = "bể chứa bao gói thuốc BVTV trên đồng ruộng"

FIGS = [
    F("khoảng 70.000 ha", "70.000", 70000, "measure", "ha", approx="about", subject="diện tích rau, hoa"),
    F("gần 1.000 tấn", "1.000", 1000, "measure", "tấn", approx="nearly",
      subject="bao gói thuốc bảo vệ thực vật phát sinh mỗi năm"),
    F("chưa tới 50%", "50", 50, "percent", "%", approx="under", subject="số bể chứa trên đồng ruộng đáp ứng nhu cầu"),
    F("có 4.312 bể", "4.312", 4312, "count", "bể", subject=TANK),
    F("Dương 1.180 bể", "1.180", 1180, "count", "bể", total=4312, subject=TANK, location=DD),
    F("Trọng 965 bể", "965", 965, "count", "bể", total=4312, subject=TANK, location="Đức Trọng"),
    F("dưới 10 ngày", "10", 10, "measure", "ngày", approx="under", optional=True,
      subject="thời gian bể đầy vào mùa cao điểm phun thuốc"),
    F("1-2 lần/tháng", "1", 1, "measure", "lần/tháng", value_max=2,
      subject="số lần đơn vị xử lý vận chuyển bao gói"),
    F("trồng 0,8 ha", "0,8", 0.8, "measure", "ha", subject="diện tích bắp cải và cà chua của anh Ya Tuấn", location=DD),
    F("hơn 60 chai", "60", 60, "count", "chai", approx="over",
      subject="chai thuốc gia đình anh Ya Tuấn dùng mỗi vụ", location=DD),
    F("khoảng 300 m", "300", 300, "measure", "m", approx="about",
      subject="khoảng cách từ bể đến nhà anh Ya Tuấn", location=DD),
    F("có 126 bể", "126", 126, "count", "bể", subject="bể chứa của xã Lạc Xuân", location=DD),
    F("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", approx="about", subject="diện tích rau xã Lạc Xuân", location=DD),
    F("hơn 11 ha", "11", 11, "measure", "ha/bể", approx="over",
      subject="diện tích rau bình quân mỗi bể ở xã Lạc Xuân", location=DD),
    F("xử lý 412 tấn", "412", 412, "measure", "tấn", percent=43, subject="bao gói thu gom và xử lý", period=Y23),
    F("14.500 đồng", "14.500", 14500, "money", "đồng/kg", subject="chi phí vận chuyển, tiêu hủy bình quân", period=Y23),
    F("thêm 1.500 bể", "1.500", 1500, "count", "bể", status="forecast", subject="bể chứa xây thêm", period=Y24),
    F("khoảng 4,5 tỷ", "4,5", 4500000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây thêm bể chứa", period=Y24),
    F("tỉnh 60%", "60", 60, "percent", "%", status="forecast", subject="ngân sách tỉnh trong kinh phí xây bể", period=Y24),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ bao gói được thu gom", period=T25),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 10/04/2024, 06:45 (GMT+7)' (published), byline at the end. Location Lâm Đồng; the farmer and",
    "xã Lạc Xuân are placed in huyện Đơn Dương (location Đơn Dương for that passage, also in the following sentences).",
    "'trong đó huyện Đơn Dương 1.180 bể, Đức Trọng 965 bể' are parts of the 4.312 (total). 'chỉ bằng 43% lượng phát sinh' → percent of 412 tấn.",
    "'dưới 10 ngày' (how fast a tank fills) is optional: a duration that a reader may or may not record. '1-2 lần/tháng' is a range.",
    "'hơn 11 ha mới có một bể' is a density (ha/bể, over); 'một bể' is its denominator, not a figure.",
    "'năm 2024 dự kiến' governs the clauses after it ('kinh phí …', 'trong đó ngân sách tỉnh 60%') → forecast; 'Mục tiêu đến năm 2025' → target.",
    "Distractors: 'Quốc lộ 27', '06:45', '(GMT+7)', 'mỗi vụ', quotes. 'hiện có 4.312 bể' has no period.",
]

if __name__ == "__main__":
    write("p1186-6", TEXT, NOTES, FIGS, published="2024-04-10", location="Lâm Đồng")
