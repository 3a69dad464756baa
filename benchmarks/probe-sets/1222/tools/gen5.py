"""p1222-5: Party newspaper (Báo Nghệ An): white marble/limestone (đá trắng) in huyện Quỳ Hợp; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Kinh tế

Quỳ Hợp: Đá trắng nâng tầm công nghiệp miền Tây xứ Nghệ

Huyện Quỳ Hợp hiện có 58 mỏ đá hoa trắng được cấp phép khai thác với tổng diện tích hơn 640 ha, cùng 47 nhà máy, xưởng chế biến bột đá CaCO3 và đá ốp lát. 8 tháng năm 2023, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện ước đạt 3.150 tỷ đồng, trong đó ngành khai thác, chế biến đá chiếm gần 70%.

Năm 2022, sản lượng bột đá siêu mịn toàn huyện khoảng 1,9 triệu tấn; giá trị xuất khẩu đá ốp lát và bột đá đạt 68 triệu USD, gấp 1,6 lần năm 2019. Sản phẩm bột đá Quỳ Hợp đã có mặt tại 15 quốc gia, vùng lãnh thổ, chủ yếu là Ấn Độ, Bangladesh và Trung Quốc.

Ở bản Mến, xã Châu Quang, anh Lô Văn Hùng (35 tuổi) trước đây chỉ trông vào 2 sào ruộng và nương ngô. Từ năm 2018, anh vào làm thợ vận hành máy xẻ đá tại một công ty khoáng sản, thu nhập từ 10 đến 12 triệu đồng/tháng. "Cả bản có hơn 40 người đi làm ở mỏ, ở xưởng đá, nhờ đó nhiều nhà đã thoát nghèo", anh Hùng chia sẻ.

Tuy nhiên, xe chở đá quá tải cũng làm xuống cấp nhiều tuyến đường; riêng Tỉnh lộ 532 có hơn 12 km hư hỏng nặng. Hiện huyện có ba cụm công nghiệp chế biến đá đang hoạt động. Năm 2023, huyện đặt mục tiêu thu ngân sách từ khoáng sản 420 tỷ đồng; đến năm 2025, phấn đấu 100% cơ sở chế biến đá nằm trong cụm công nghiệp, không còn xưởng xen kẽ khu dân cư.

TIẾN ĐÔNG
14/09/2023
"""

M8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hiện có 58 mỏ", "58", 58, "count", "mỏ", subject="mỏ đá hoa trắng được cấp phép khai thác"),
    F("hơn 640 ha", "640", 640, "measure", "ha", approx="over",
      subject="tổng diện tích mỏ đá hoa trắng"),
    F("cùng 47 nhà máy", "47", 47, "count", "nhà máy, xưởng",
      subject="nhà máy, xưởng chế biến bột đá CaCO3 và đá ốp lát"),
    F("ước đạt 3.150 tỷ", "3.150", 3150000000000, "money", "đồng", status="estimate",
      subject="giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện", period=M8),
    F("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", status="estimate",
      subject="tỷ trọng ngành khai thác, chế biến đá trong giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
      period=M8),
    F("khoảng 1,9 triệu tấn", "1,9", 1900000, "measure", "tấn", approx="about",
      subject="sản lượng bột đá siêu mịn toàn huyện", period=Y22),
    F("đạt 68 triệu USD", "68", 68000000, "money", "USD",
      change=C("increase", 1.6, "lần", "năm 2019"),
      subject="giá trị xuất khẩu đá ốp lát và bột đá", period=Y22),
    F("tại 15 quốc gia", "15", 15, "count", "quốc gia, vùng lãnh thổ",
      subject="quốc gia, vùng lãnh thổ có sản phẩm bột đá Quỳ Hợp"),
    F("(35 tuổi)", "35", 35, "measure", "tuổi", subject="tuổi anh Lô Văn Hùng", optional=True),
    F("vào 2 sào", "2", 2, "measure", "sào", subject="ruộng của anh Lô Văn Hùng trước đây"),
    F("từ 10 đến 12 triệu", "10", 10000000, "money", "đồng/tháng", value_max=12000000,
      subject="thu nhập thợ vận hành máy xẻ đá"),
    F("hơn 40 người", "40", 40, "count", "người", approx="over",
      subject="người trong bản đi làm ở mỏ, ở xưởng đá"),
    F("hơn 12 km", "12", 12, "measure", "km", approx="over",
      subject="đường Tỉnh lộ 532 hư hỏng nặng"),
    F("có ba cụm", "ba", 3, "count", "cụm công nghiệp",
      subject="cụm công nghiệp chế biến đá đang hoạt động"),
    F("khoáng sản 420 tỷ", "420", 420000000000, "money", "đồng", status="target",
      subject="thu ngân sách từ khoáng sản", period=Y23),
    F("100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ sở chế biến đá nằm trong cụm công nghiệp", period=T25),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): masthead, section, headline; byline 'TIẾN ĐÔNG' and bare date '14/09/2023' at the end (published).",
    "Default location Quỳ Hợp (the district the article describes); the farmer's bản Mến, xã Châu Quang lies in it.",
    "Distractors: 'CaCO3', 'Tỉnh lộ 532', 'Từ năm 2018' (start of a job), 'năm 2019' (baseline of gấp), 'miền Tây xứ Nghệ'.",
    "'trong đó ngành … chiếm gần 70%' is a share with no base amount: a percent figure, estimate like its clause, no total.",
    "'gấp 1,6 lần năm 2019' after 68 triệu USD: change increase 1,6 lần. '35 tuổi' optional. Income 'từ 10 đến 12 triệu' has no period.",
]

if __name__ == "__main__":
    write("p1222-5", TEXT, NOTES, FIGS, published="2023-09-14", location="Quỳ Hợp")
