"""p1128-6: national newspaper: Gò Công Đông (Tiền Giang) households buy trucked water; tanks, pipeline, planned wells."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh

Người dân Gò Công Đông mua nước ngọt 150.000 đồng mỗi khối

Thứ năm, 21/3/2024, 06:00 (GMT+7)

Hạn mặn kéo dài khiến hơn 21.000 hộ ở các huyện ven biển Tiền Giang thiếu nước sinh hoạt, nhiều gia đình phải mua nước chở bằng ghe với giá cao gấp 10 lần nước máy.

Sáng 20/3, tại ấp Tân Thành, xã Tân Điền (huyện Gò Công Đông), hàng chục người dân xếp can chờ ghe nước. Ông Nguyễn Văn Tám, 61 tuổi, cho biết mỗi tuần gia đình ông mua 2 khối nước, giá từ 120.000 đến 150.000 đồng/m3 tùy quãng đường. "Bồn 2.000 lít nhà tôi chỉ đủ dùng bốn ngày", ông nói.

Theo UBND huyện Gò Công Đông, toàn huyện hiện có 6.800 hộ thiếu nước, trong đó 2.100 hộ thuộc diện nghèo, cận nghèo. Từ đầu tháng 2 đến nay, huyện đã cấp 1.500 bồn nhựa loại 1.000 lít và phối hợp với Bộ đội Biên phòng chở miễn phí khoảng 2.400 m3 nước ngọt cho người dân dọc Quốc lộ 50.

Ông Lê Văn Hùng, Phó giám đốc Sở NN&PTNT Tiền Giang, cho biết tỉnh đang thi công tuyến ống cấp nước dài 38 km từ Nhà máy nước BOO Đồng Tâm về các huyện phía đông. Công trình dự kiến hoàn thành trong quý II/2024, khi đó khoảng 90% hộ dân vùng ven biển sẽ có nước máy. Tỉnh cũng dự kiến dùng 55 tỷ đồng vốn dự phòng để khoan 20 giếng ngầm sâu 300-400 m cho các xã cù lao của huyện Tân Phú Đông.

Hoàng Nam
"""

SINCE = P("Từ đầu tháng 2 đến nay", "2024-02-01", "2024-03-21")
Q2 = P("trong quý II/2024", "2024-04-01", "2024-06-30")
GCD = "Gò Công Đông"
TPD = "Tân Phú Đông"

FIGS = [
    F("ngọt 150.000 đồng", "150.000", 150000, "money", "đồng/khối", subject="giá nước ngọt người dân mua",
      location=GCD),
    F("hơn 21.000 hộ", "21.000", 21000, "count", "hộ", approx="over",
      subject="hộ ở các huyện ven biển thiếu nước sinh hoạt"),
    F("gấp 10 lần", "10", 10, "multiple", "lần", subject="giá nước chở bằng ghe so với nước máy"),
    F("hàng chục người", "chục", 10, "count", "người dân", approx="about", optional=True, location=GCD),
    F("61 tuổi", "61", 61, "measure", "tuổi", optional=True, location=GCD),
    F("mua 2 khối", "2", 2, "measure", "khối/tuần", subject="lượng nước gia đình ông Tám mua mỗi tuần",
      location=GCD),
    F("từ 120.000 đến 150.000", "120.000", 120000, "money", "đồng/m3", value_max=150000,
      subject="giá nước mua", location=GCD),
    F("Bồn 2.000 lít", "2.000", 2000, "measure", "lít", optional=True, subject="dung tích bồn", location=GCD),
    F("bốn ngày", "bốn", 4, "measure", "ngày", subject="thời gian bồn chứa đủ dùng", location=GCD),
    F("có 6.800 hộ", "6.800", 6800, "count", "hộ", subject="hộ thiếu nước", location=GCD),
    F("2.100 hộ", "2.100", 2100, "count", "hộ", total=6800,
      subject="hộ thiếu nước thuộc diện nghèo, cận nghèo", location=GCD),
    F("cấp 1.500 bồn", "1.500", 1500, "count", "bồn nhựa", subject="bồn nhựa huyện đã cấp", period=SINCE,
      location=GCD),
    F("loại 1.000 lít", "1.000", 1000, "measure", "lít", optional=True, subject="dung tích bồn nhựa",
      location=GCD),
    F("khoảng 2.400 m3", "2.400", 2400, "measure", "m3", approx="about",
      subject="nước ngọt chở miễn phí cho người dân", period=SINCE, location=GCD),
    F("dài 38 km", "38", 38, "measure", "km", subject="chiều dài tuyến ống cấp nước đang thi công"),
    F("khoảng 90%", "90", 90, "percent", "%", approx="about", status="forecast",
      subject="hộ dân vùng ven biển có nước máy", period=Q2),
    F("dùng 55 tỷ", "55", 55000000000, "money", "đồng", status="forecast",
      subject="vốn dự phòng dùng để khoan giếng ngầm", location=TPD),
    F("khoan 20 giếng", "20", 20, "count", "giếng ngầm", status="forecast",
      subject="giếng ngầm khoan cho các xã cù lao", location=TPD),
    F("sâu 300-400 m", "300", 300, "measure", "m", value_max=400, status="forecast",
      subject="độ sâu giếng ngầm", location=TPD),
]

NOTES = [
    "National newspaper: 'Thứ năm, 21/3/2024, 06:00 (GMT+7)' (published), byline at the end. Default location Tiền Giang.",
    "Headline price '150.000 đồng mỗi khối' -> đồng/khối (khối = m3), place Gò Công Đông from the headline.",
    "'cao gấp 10 lần nước máy' follows no base amount: a multiple of its own. 'hàng chục người dân' (vague), ages and tank sizes",
    "('Bồn 2.000 lít', 'loại 1.000 lít') are optional. 'đủ dùng bốn ngày' is a measure (how long a tank lasts), written as a number word.",
    "The Tân Điền / Gò Công Đông passage: location Gò Công Đông; 'Từ đầu tháng 2 đến nay' ends at the dateline (2024).",
    "'dự kiến hoàn thành trong quý II/2024, khi đó khoảng 90%' -> forecast, period quý II/2024; 'dự kiến dùng 55 tỷ … để khoan 20 giếng",
    "… sâu 300-400 m' -> forecast for the three, location Tân Phú Đông. Pipeline length 38 km is actual, no period.",
    "Distractors: 'Quốc lộ 50', 'Sáng 20/3', time 06:00, '(GMT+7)', 'Nhà máy nước BOO Đồng Tâm'.",
]

if __name__ == "__main__":
    write("p1128-6", TEXT, NOTES, FIGS, published="2024-03-21", location="Tiền Giang")
