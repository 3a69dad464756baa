"""p1009-6: national newspaper (VnExpress style), làng bún Phú Đô (Nam Từ Liêm, Hà Nội), 3/2025."""
from lib import F, P, INH, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 9/3/2025, 07:30 (GMT+7)

Làng bún hơn 500 năm tuổi giữa lòng Hà Nội

Mỗi ngày, làng Phú Đô (phường Phú Đô, quận Nam Từ Liêm) làm ra khoảng 50-60 tấn bún tươi, chiếm khoảng 40% lượng bún tiêu thụ ở nội thành Hà Nội.

Ông Nguyễn Văn Hưng, Chủ tịch Hội làng nghề bún Phú Đô, cho biết làng có 260 hộ làm bún, trong đó 180 hộ sản xuất thường xuyên, sử dụng khoảng 1.500 lao động, phần lớn từ Thanh Hóa, Nam Định lên làm thuê. Mỗi ngày làng dùng khoảng 45 tấn gạo; một hộ trung bình xay 200-300 kg gạo.

Giá bún bán buôn hiện 10.000-12.000 đồng/kg, tăng khoảng 2.000 đồng so với năm 2023 do giá gạo tăng. Tại các chợ nội thành Hà Nội, giá bún bán lẻ gấp 1,5 lần giá tại lò. Lao động làm thuê được trả 300.000-350.000 đồng/ngày, chủ hộ lãi 20-25 triệu đồng mỗi tháng.

Theo Sở Nông nghiệp và Môi trường Hà Nội, làng nghề xả ra khoảng 800 m3 nước thải mỗi ngày, hầu hết chưa qua xử lý. Trạm xử lý nước thải công suất 1.200 m3/ngày đêm do thành phố đầu tư hơn 60 tỷ đồng, khởi công năm 2021, đến nay mới đạt 65% khối lượng.

Hà Nội hiện có 1.350 làng nghề và làng có nghề, trong đó 337 làng được UBND thành phố công nhận, chiếm 25%. Theo kế hoạch, năm 2025 thành phố bố trí 150 tỷ đồng xử lý ô nhiễm tại 10 làng nghề trọng điểm, trong đó có Phú Đô.

Thanh Lam
"""

PUB = "2025-03-09"
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("hơn 500 năm tuổi", "500", 500, "measure", "năm", "tuổi của làng bún", approx="over", optional=True),
    F("khoảng 50-60 tấn", "50", 50, "measure", "tấn/ngày", "bún tươi làng Phú Đô làm ra", value_max=60,
      approx="about", percent=40),
    F("có 260 hộ", "260", 260, "count", "hộ", "hộ làm bún"),
    F("180 hộ", "180", 180, "count", "hộ", "hộ sản xuất thường xuyên", total=260),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động", approx="about"),
    F("khoảng 45 tấn gạo", "45", 45, "measure", "tấn/ngày", "gạo làng dùng mỗi ngày", approx="about"),
    F("200-300 kg", "200", 200, "measure", "kg/ngày", "gạo một hộ xay", value_max=300),
    F("10.000-12.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá bún bán buôn", value_max=12000,
      change=C("increase", 2000, "đồng", "năm 2023", approx="about")),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá bún bán lẻ so với giá tại lò", location="Hà Nội"),
    F("300.000-350.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", "tiền công lao động làm thuê",
      value_max=350000),
    F("lãi 20-25 triệu", "20", 20000000, "money", "đồng/tháng", "lãi của chủ hộ", value_max=25000000),
    F("khoảng 800 m3", "800", 800, "measure", "m3/ngày", "nước thải làng nghề xả ra", approx="about"),
    F("công suất 1.200 m3/ngày đêm", "1.200", 1200, "measure", "m3/ngày đêm", "công suất trạm xử lý nước thải"),
    F("hơn 60 tỷ đồng", "60", 60000000000, "money", "đồng", "vốn đầu tư trạm xử lý nước thải", approx="over"),
    F("mới đạt 65%", "65", 65, "percent", "%", "khối lượng thi công trạm xử lý nước thải",
      period=P("đến nay", None, PUB)),
    F("có 1.350 làng nghề", "1.350", 1350, "count", "làng nghề", "làng nghề và làng có nghề", location="Hà Nội"),
    F("337 làng", "337", 337, "count", "làng", "làng được UBND thành phố công nhận", total=1350, percent=25,
      location="Hà Nội"),
    F("bố trí 150 tỷ đồng", "150", 150000000000, "money", "đồng", "kinh phí xử lý ô nhiễm làng nghề trọng điểm",
      status="target", period=Y25, location="Hà Nội"),
    F("tại 10 làng nghề", "10", 10, "count", "làng nghề", "làng nghề trọng điểm được xử lý ô nhiễm",
      status="target", period=Y25, location="Hà Nội"),
]

NOTES = [
    "National newspaper (VnExpress style), dateline 'Chủ nhật, 9/3/2025, 07:30 (GMT+7)'. Phú Đô figures -> Nam Từ Liêm",
    "(the quận, default); city-wide figures and the retail price at inner-city markets -> Hà Nội.",
    "'chiếm khoảng 40%' is the share (percent) of the 50-60 tấn figure. 'gấp 1,5 lần' standing alone -> multiple.",
    "'khởi công năm 2021, đến nay mới đạt 65%': 'đến nay' is an as-of at the dateline for the 65%; the plant's capacity",
    "and investment carry no period (năm 2021 dates the groundbreaking).",
    "'hơn 500 năm tuổi' (the village's age) optional. Thanh Hóa, Nam Định are workers' origins, not places of figures.",
    "Distractors: dateline and 07:30 (GMT+7), năm 2021, names.",
]

if __name__ == "__main__":
    write("p1009-6", TEXT, FIGS, published=PUB, location="Nam Từ Liêm", notes=NOTES)
