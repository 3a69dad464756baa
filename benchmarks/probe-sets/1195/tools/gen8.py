"""p1195-8: provincial newspaper online (Báo Bình Định, '(BĐ) -'), anchovy catch in 9 months 2024 and forecast for Q4."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH ĐỊNH ONLINE
Kinh tế | Nông nghiệp - Nông thôn

Ngư dân bám biển khai thác cá cơm vụ Nam

22/10/2024 - 16:45

(BĐ) - 9 tháng năm 2024, sản lượng cá cơm khai thác của tỉnh đạt 15.870 tấn, tăng 6,3% so với cùng kỳ năm 2023. Riêng quý III, ngư dân khai thác được hơn 6.200 tấn, chiếm gần 40% sản lượng 9 tháng.

Theo Chi cục Thủy sản tỉnh, tính đến ngày 30/9, toàn tỉnh có 655 tàu lưới vây, lưới mành khai thác cá cơm, chủ yếu ở thị xã Hoài Nhơn, các huyện Phù Mỹ và Phù Cát với lần lượt 284, 197 và 103 chiếc. Mỗi tàu có từ 6 đến 10 lao động, thu nhập bình quân 8-12 triệu đồng/người/tháng.

Tại phường Tam Quan Bắc (thị xã Hoài Nhơn), tổ đoàn kết khai thác cá cơm số 5 gồm 14 tàu với 112 ngư dân. Tổ trưởng Huỳnh Văn Sáu cho biết, từ đầu vụ đến nay mỗi tàu của tổ đánh bắt bình quân 45 tấn cá cơm, doanh thu khoảng 650 triệu đồng; tàu thấp nhất cũng được 30 tấn.

Về chế biến, toàn tỉnh có 73 cơ sở hấp, phơi cá cơm, tiêu thụ khoảng 70% sản lượng cá cơm khai thác; sản phẩm cá cơm khô được đưa vào các siêu thị dọc Quốc lộ 1 và xuất sang Hàn Quốc.

Dự báo quý IV, thời tiết thuận lợi, ngư dân có thể khai thác thêm 4.500-5.000 tấn cá cơm, nâng sản lượng cả năm lên khoảng 20.500 tấn, vượt 2,5% kế hoạch.

NGỌC NHUNG
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9", None, "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
FLEET = "tàu lưới vây, lưới mành khai thác cá cơm"
HN = "Hoài Nhơn"

FIGS = [
    F("đạt 15.870 tấn", "15.870", 15870, "measure", "tấn", change=C("increase", 6.3, "%", "cùng kỳ năm 2023"),
      subject="sản lượng cá cơm khai thác", period=M9),
    F("hơn 6.200 tấn", "6.200", 6200, "measure", "tấn", approx="over", percent=40,
      subject="sản lượng cá cơm khai thác quý III", period=Q3),
    F("có 655 tàu", "655", 655, "count", "tàu", subject=FLEET, period=ASOF),
    F("lần lượt 284", "284", 284, "count", "chiếc", subject=FLEET, period=ASOF, location=HN),
    F("284, 197", "197", 197, "count", "chiếc", subject=FLEET, period=ASOF, location="Phù Mỹ"),
    F("và 103 chiếc", "103", 103, "count", "chiếc", subject=FLEET, period=ASOF, location="Phù Cát"),
    F("từ 6 đến 10 lao động", "6", 6, "measure", "lao động/tàu", value_max=10, subject="lao động mỗi tàu"),
    F("8-12 triệu", "8", 8000000, "money", "đồng/người/tháng", value_max=12000000,
      subject="thu nhập bình quân lao động trên tàu"),
    F("gồm 14 tàu", "14", 14, "count", "tàu", subject="tàu của tổ đoàn kết khai thác cá cơm", location=HN),
    F("với 112 ngư dân", "112", 112, "count", "ngư dân", subject="ngư dân của tổ đoàn kết khai thác cá cơm",
      location=HN),
    F("bình quân 45 tấn", "45", 45, "measure", "tấn/tàu", subject="cá cơm mỗi tàu của tổ đánh bắt bình quân",
      location=HN),
    F("khoảng 650 triệu", "650", 650000000, "money", "đồng", approx="about", subject="doanh thu mỗi tàu của tổ",
      location=HN),
    F("được 30 tấn", "30", 30, "measure", "tấn", subject="cá cơm tàu thấp nhất của tổ đánh bắt", location=HN),
    F("có 73 cơ sở", "73", 73, "count", "cơ sở", subject="cơ sở hấp, phơi cá cơm"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng cá cơm khai thác các cơ sở hấp, phơi tiêu thụ"),
    F("thêm 4.500-5.000", "4.500", 4500, "measure", "tấn", value_max=5000, status="forecast",
      subject="sản lượng cá cơm khai thác thêm", period=Q4),
    F("khoảng 20.500 tấn", "20.500", 20500, "measure", "tấn", approx="about", status="forecast",
      change=C("increase", 2.5, "%", "kế hoạch"), subject="sản lượng cá cơm khai thác cả năm", period=YEAR),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Định): '22/10/2024 - 16:45' under the headline, tag '(BĐ) -', byline at the end.",
    "Year-less 'quý III', 'quý IV', 'cả năm', 'tính đến ngày 30/9' take 2024 from the first sentence. 'Riêng quý III … chiếm gần 40% sản lượng",
    "9 tháng' -> percent 40 on 6.200; no total (a different period, and 'Riêng' is not a part-of-whole cue).",
    "District list 'lần lượt 284, 197 và 103 chiếc' (584 of 655, 'chủ yếu ở'): no total; location per district; as-of period in the same sentence.",
    "The fishing team at phường Tam Quan Bắc (thị xã Hoài Nhơn): location Hoài Nhơn; 'từ đầu vụ đến nay' has no datable start: no period.",
    "Distractors: 'tổ … số 5', 'Huỳnh Văn Sáu' (a name that is a number word), 'Quốc lộ 1', '30/9', '16:45', '(BĐ)'.",
    "'vượt 2,5% kế hoạch' is a gap to plan: change increase 2,5% with baseline 'kế hoạch' on the 20.500 forecast.",
]

if __name__ == "__main__":
    write("p1195-8", TEXT, NOTES, FIGS, published="2024-10-22", location="Bình Định")
