"""p1237-5: Party newspaper (Hà Nội), a young woman's dó paper workshop in the old paper village of Bưởi (quận Tây Hồ)."""
from lib import F, P, I, C, T, write

TEXT = """Hồi sinh giấy dó làng Bưởi

Từng là trung tâm làm giấy dó lớn nhất kinh thành Thăng Long, làng giấy Yên Thái (phường Bưởi, quận Tây Hồ) gần như mất nghề từ cuối thế kỷ XX. Vài năm gần đây, một số người trẻ đã tìm cách đưa giấy dó trở lại với đời sống.

Năm 2019, chị Trần Hồng Nhung (35 tuổi) mở xưởng giấy dó nhỏ trên đường Thụy Khuê với hai bể xeo và 6 thợ. Đến nay, xưởng đã mở rộng lên 450 m2, mỗi tháng làm ra khoảng 3.000 tờ giấy, gấp 5 lần năm đầu. Sản phẩm được bán với giá từ 15.000 đến 80.000 đồng/tờ tùy khổ và độ dày. Doanh thu năm 2023 của xưởng đạt hơn 900 triệu đồng, trong đó khoảng 40% đến từ đơn hàng của các họa sĩ, nhà in tranh.

"Khó nhất là nguyên liệu. Mỗi tháng xưởng cần chừng 300 kg vỏ dó, phải đặt mua tận Phú Thọ, Tuyên Quang", chị Nhung chia sẻ. Xưởng hiện tổ chức các buổi trải nghiệm xeo giấy vào sáng thứ Bảy hằng tuần; năm 2023 đón hơn 2.500 lượt khách, trong đó một nửa là khách nước ngoài.

Theo UBND quận Tây Hồ, trên địa bàn quận hiện có 3 cơ sở làm giấy dó thủ công với tổng cộng 21 lao động. Năm 2024, quận dự kiến tổ chức 12 buổi trải nghiệm làm giấy dó cho khoảng 600 học sinh tiểu học và trung học cơ sở.

Toàn thành phố Hà Nội hiện có 1.350 làng nghề và làng có nghề, trong đó 337 làng nghề truyền thống được công nhận, song nghề làm giấy dó chỉ còn ở 2 quận, huyện. Ngành Công Thương Hà Nội đặt mục tiêu đến năm 2025 khôi phục, bảo tồn thêm 5 nghề truyền thống có nguy cơ mai một, trong đó có nghề giấy dó.

MINH ANH
27/02/2024
"""

Y19 = P("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("(35 tuổi)", "35", 35, "measure", "tuổi", optional=True, subject="tuổi chị Trần Hồng Nhung"),
    F("với hai bể xeo", "hai", 2, "count", "bể xeo", subject="bể xeo của xưởng giấy dó chị Nhung", period=Y19),
    F("và 6 thợ", "6", 6, "count", "thợ", subject="thợ của xưởng giấy dó chị Nhung", period=Y19),
    F("lên 450 m2", "450", 450, "measure", "m2", subject="diện tích xưởng giấy dó"),
    F("khoảng 3.000 tờ", "3.000", 3000, "measure", "tờ/tháng", approx="about",
      change=C("increase", 5, "lần", "năm đầu"), subject="giấy dó xưởng làm ra mỗi tháng"),
    F("từ 15.000 đến 80.000", "15.000", 15000, "money", "đồng/tờ", value_max=80000,
      subject="giá bán giấy dó của xưởng"),
    F("hơn 900 triệu", "900", 900000000, "money", "đồng", approx="over",
      subject="doanh thu của xưởng", period=Y23),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ doanh thu từ đơn hàng của các họa sĩ, nhà in tranh", period=Y23),
    F("chừng 300 kg", "300", 300, "measure", "kg/tháng", approx="about",
      subject="vỏ dó xưởng cần mỗi tháng"),
    F("hơn 2.500 lượt", "2.500", 2500, "count", "lượt khách", approx="over",
      subject="lượt khách trải nghiệm xeo giấy tại xưởng", period=Y23),
    F("một nửa là", "một nửa", 50, "percent", "%", optional=True,
      subject="tỷ lệ khách nước ngoài", period=Y23),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở làm giấy dó thủ công trên địa bàn quận"),
    F("cộng 21 lao động", "21", 21, "count", "lao động", subject="lao động của các cơ sở làm giấy dó"),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", status="forecast",
      subject="buổi trải nghiệm làm giấy dó cho học sinh", period=Y24),
    F("khoảng 600 học sinh", "600", 600, "count", "học sinh", approx="about", status="forecast",
      subject="học sinh tiểu học và trung học cơ sở trải nghiệm làm giấy dó", period=Y24),
    F("có 1.350 làng", "1.350", 1350, "count", "làng nghề và làng có nghề", location="Hà Nội",
      subject="làng nghề và làng có nghề"),
    F("đó 337 làng", "337", 337, "count", "làng nghề", total=1350, location="Hà Nội",
      subject="làng nghề truyền thống được công nhận"),
    F("ở 2 quận", "2", 2, "count", "quận, huyện", location="Hà Nội",
      subject="quận, huyện còn nghề làm giấy dó"),
    F("thêm 5 nghề", "5", 5, "count", "nghề", status="target", location="Hà Nội",
      subject="nghề truyền thống có nguy cơ mai một được khôi phục, bảo tồn", period=T25),
]

NOTES = [
    "Party newspaper (Hà Nội), byline 'MINH ANH' and bare date '27/02/2024' at the end (published).",
    "Default location Tây Hồ: the workshop on đường Thụy Khuê (phường Bưởi, quận Tây Hồ) and the district's figures; city-wide figures Hà Nội.",
    "'gấp 5 lần năm đầu' after the monthly output is its change (increase, 5 lần). 'khoảng 40%' after 'trong đó' is a percent figure of its own.",
    "'một nửa' = 50% (optional: a number word fraction). '35 tuổi' optional. 'hai bể xeo' is a number word (2).",
    "Distractors: 'thế kỷ XX', 'đường Thụy Khuê', 'sáng thứ Bảy' (weekday), 'Năm 2019' (a founding year that is also the period of",
    "the two founding figures), 'Thăng Long'. '450 m2' glued unit. 'Đến nay'/'hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1237-5", TEXT, NOTES, FIGS, published="2024-02-27", location="Tây Hồ")
