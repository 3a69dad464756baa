"""p1224-8: provincial newspaper online (Báo Ninh Thuận, '(NTO) -'): Cà Ná LNG power project, site clearance; a fishing village; 11 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế | Năng lượng

Ninh Thuận: Dự án điện khí LNG Cà Ná hoàn thành 70% giải phóng mặt bằng

Cập nhật lúc 16:45, Thứ Ba, 10/12/2024

(NTO) - Dự án Nhà máy điện khí LNG Cà Ná tại xã Cà Ná, huyện Thuận Nam có công suất 1.500 MW, tổng vốn đầu tư khoảng 2,2 tỷ USD, sử dụng 54 ha đất liền và 41 ha mặt nước biển. Đến ngày 30/11/2024, huyện Thuận Nam đã bàn giao 37,8 ha cho nhà đầu tư, đạt 70% diện tích đất liền.

Tại thôn Lạc Tiến, xã Cà Ná, có 83 hộ thuộc diện di dời. Ông Trần Văn Lực, Trưởng thôn cho biết, đến nay đã có 61 hộ nhận tiền bồi thường với mức từ 350 triệu đến 1,8 tỷ đồng mỗi hộ; 24 hộ đã chuyển về khu tái định cư Phước Diêm. Nhiều hộ dùng tiền bồi thường sắm thêm tàu thuyền, mở dịch vụ hậu cần nghề cá.

11 tháng, Ninh Thuận thu hút 9 dự án năng lượng với tổng vốn đăng ký 18.650 tỷ đồng, tăng 24,5% so với cùng kỳ. Trong đó, vốn đăng ký của các dự án điện gió và điện mặt trời lần lượt là 11.200 tỷ đồng và 7.450 tỷ đồng. Với tổng công suất điện gió, điện mặt trời đã vận hành 3.920 MW, tỉnh đứng thứ 2 cả nước về quy mô năng lượng tái tạo.

Tỉnh phấn đấu bàn giao toàn bộ mặt bằng trong quý I/2025 để khởi công dự án; nhà đầu tư cam kết tuyển dụng ít nhất 500 lao động địa phương trong giai đoạn xây dựng, với mức lương từ 8 đến 12 triệu đồng/người/tháng.

Thanh Tâm
"""

ASOF = P("Đến ngày 30/11/2024", None, "2024-11-30")
NOW = P("đến nay", None, "2024-12-10")
M11 = P("11 tháng", "2024-01-01", "2024-11-30")
TN = "Thuận Nam"
VON = "vốn đăng ký dự án năng lượng"

FIGS = [
    F("hoàn thành 70%", "70", 70, "percent", "%", location="Ninh Thuận",
      subject="giải phóng mặt bằng dự án điện khí LNG Cà Ná"),
    F("công suất 1.500 MW", "1.500", 1500, "measure", "MW", subject="công suất dự án Nhà máy điện khí LNG Cà Ná",
      location=TN),
    F("khoảng 2,2 tỷ USD", "2,2", 2200000000, "money", "USD", approx="about", subject="tổng vốn đầu tư dự án",
      location=TN),
    F("sử dụng 54 ha", "54", 54, "measure", "ha", subject="diện tích đất liền dự án sử dụng", location=TN),
    F("và 41 ha", "41", 41, "measure", "ha", subject="diện tích mặt nước biển dự án sử dụng", location=TN),
    F("bàn giao 37,8 ha", "37,8", 37.8, "measure", "ha", percent=70,
      subject="diện tích đất bàn giao cho nhà đầu tư", period=ASOF, location=TN),
    F("có 83 hộ", "83", 83, "count", "hộ", subject="hộ thuộc diện di dời tại thôn Lạc Tiến", location=TN),
    F("có 61 hộ", "61", 61, "count", "hộ", subject="hộ nhận tiền bồi thường", period=NOW, location=TN),
    F("từ 350 triệu đến 1,8 tỷ", "350", 350000000, "money", "đồng/hộ", value_max=1800000000,
      subject="mức tiền bồi thường mỗi hộ", period=NOW, location=TN),
    F("24 hộ", "24", 24, "count", "hộ", subject="hộ đã chuyển về khu tái định cư Phước Diêm", period=NOW,
      location=TN),
    F("thu hút 9 dự án", "9", 9, "count", "dự án", subject="dự án năng lượng thu hút", period=M11),
    F("đăng ký 18.650 tỷ", "18.650", 18650000000000, "money", "đồng",
      change=C("increase", 24.5, "%", "cùng kỳ"), subject="tổng vốn đăng ký dự án năng lượng", period=M11),
    F("là 11.200 tỷ", "11.200", 11200000000000, "money", "đồng", total=18650000000000,
      subject="vốn đăng ký của các dự án điện gió", period=I(M11)),
    F("và 7.450 tỷ", "7.450", 7450000000000, "money", "đồng", total=18650000000000,
      subject="vốn đăng ký của các dự án điện mặt trời", period=I(M11)),
    F("vận hành 3.920 MW", "3.920", 3920, "measure", "MW",
      subject="tổng công suất điện gió, điện mặt trời đã vận hành"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="quy mô năng lượng tái tạo"),
    F("ít nhất 500 lao động", "500", 500, "count", "lao động", approx="at_least", status="target",
      subject="lao động địa phương nhà đầu tư cam kết tuyển dụng", location=TN),
    F("từ 8 đến 12 triệu", "8", 8000000, "money", "đồng/người/tháng", value_max=12000000, status="target",
      subject="mức lương lao động địa phương", location=TN),
]

NOTES = [
    "Provincial newspaper online (Báo Ninh Thuận): tag '(NTO) -', 'Cập nhật lúc 16:45, Thứ Ba, 10/12/2024'; byline at the end. Default location Ninh Thuận.",
    "The project lies 'tại xã Cà Ná, huyện Thuận Nam': its figures and the village passage (thôn Lạc Tiến, xã Cà Ná) are located in Thuận Nam;",
    "the headline 'Ninh Thuận: …' and the province's 11-month figures are Ninh Thuận.",
    "Distractors: '16:45', 'quý I/2025', 'thôn Lạc Tiến', 'Trần Văn Lực', 'toàn bộ' (no number). 37,8 ha 'đạt 70% diện tích đất liền' → percent 70",
    "(no total: the 54 ha is named only by the share's noun). 61 hộ has no part-of cue against 83 hộ: no total.",
    "Year-less '11 tháng' takes 2024 (30/11/2024 earlier in the text). 'Trong đó … lần lượt là 11.200 tỷ đồng và 7.450 tỷ đồng' → parts of 18.650 tỷ.",
    "'cam kết tuyển dụng ít nhất 500 lao động …, với mức lương từ 8 đến 12 triệu' is a commitment: status target.",
]

if __name__ == "__main__":
    write("p1224-8", TEXT, NOTES, FIGS, published="2024-12-10", location="Ninh Thuận")
