"""p1218-6: national newspaper: fan plants run at full capacity in the heat wave (KCN Quang Minh, Mê Linh, Hà Nội; national sales)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 13/6/2024, 07:15 (GMT+7)

Nhà máy quạt chạy hết công suất giữa đợt nắng nóng

Đơn hàng tăng vọt khiến nhiều nhà máy quạt điện trong các khu công nghiệp phải tăng ca, sản lượng tháng 5 của một số đơn vị gấp đôi tháng 3.

Tại KCN Quang Minh (huyện Mê Linh, Hà Nội), dây chuyền của Công ty cổ phần Quạt Việt Thành chạy ba ca liên tục. Tháng 5, công ty xuất xưởng 186.000 chiếc quạt, tăng 35% so với cùng kỳ. Ông Trần Quốc Huy, Phó tổng giám đốc, cho biết nhà máy có 520 công nhân, từ tháng 4 đến nay đã tuyển thêm khoảng 150 lao động thời vụ với mức lương từ 320.000 đến 380.000 đồng/ngày.

"Đơn hàng đã kín đến hết tháng 7, chúng tôi dự kiến cả năm bán ra 1,4 triệu sản phẩm, cao hơn năm ngoái gần 30%", ông Huy nói.

Theo số liệu của các chuỗi bán lẻ điện máy, 5 tháng đầu năm, lượng quạt điện bán ra trên toàn quốc tăng khoảng 40% so với cùng kỳ, riêng tháng 5 tăng gần 60%. Quạt điều hòa, quạt tích điện là những mặt hàng "cháy hàng" tại nhiều siêu thị ở miền Bắc, giá bán phổ biến từ 2,5 đến 6 triệu đồng/chiếc, tăng 5-10% so với đầu mùa.

Hiệp hội Doanh nghiệp điện tử Việt Nam ước tính cả nước có hơn 60 nhà máy lắp ráp quạt điện với tổng công suất khoảng 35 triệu chiếc/năm, song tỷ lệ linh kiện nhập khẩu, chủ yếu là động cơ và bo mạch, vẫn ở mức 35-40%.

Minh Anh
"""

M5A = P("tháng 5", "2024-05-01", "2024-05-31")
M5B = P("Tháng 5", "2024-05-01", "2024-05-31")
M5C = P("riêng tháng 5", "2024-05-01", "2024-05-31")
SINCE = P("từ tháng 4 đến nay", "2024-04-01", "2024-06-13")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
M5S = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
ML, VN = "Mê Linh", "Việt Nam"

FIGS = [
    F("gấp đôi tháng 3", "đôi", 2, "multiple", "lần",
      subject="sản lượng tháng 5 của một số nhà máy quạt điện so với tháng 3", period=M5A),
    F("chạy ba ca", "ba", 3, "count", "ca", optional=True, subject="ca sản xuất", location=ML),
    F("xuất xưởng 186.000 chiếc", "186.000", 186000, "count", "chiếc", change=C("increase", 35, "%", "cùng kỳ"),
      subject="quạt công ty xuất xưởng", period=M5B, location=ML),
    F("có 520 công nhân", "520", 520, "count", "công nhân", subject="công nhân nhà máy", location=ML),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", approx="about",
      subject="lao động thời vụ tuyển thêm", period=SINCE, location=ML),
    F("từ 320.000 đến 380.000", "320.000", 320000, "money", "đồng/ngày", value_max=380000,
      subject="mức lương lao động thời vụ", location=ML),
    F("bán ra 1,4 triệu", "1,4", 1.4e6, "count", "sản phẩm", status="forecast",
      change=C("increase", 30, "%", "năm ngoái", approx="nearly"),
      subject="sản phẩm công ty bán ra", period=Y24, location=ML),
    F("tăng khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tốc độ tăng lượng quạt điện bán ra trên toàn quốc", period=M5S, location=VN),
    F("tăng gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="tốc độ tăng lượng quạt điện bán ra trên toàn quốc tháng 5", period=M5C, location=VN),
    F("từ 2,5 đến 6 triệu", "2,5", 2.5e6, "money", "đồng/chiếc", value_max=6e6,
      change=C("increase", 5, "%", "đầu mùa"),
      subject="giá bán quạt điều hòa, quạt tích điện", location=VN),
    F("hơn 60 nhà máy", "60", 60, "count", "nhà máy", approx="over", status="estimate",
      subject="nhà máy lắp ráp quạt điện", location=VN),
    F("khoảng 35 triệu chiếc/năm", "35", 35e6, "measure", "chiếc/năm", approx="about", status="estimate",
      subject="tổng công suất các nhà máy lắp ráp quạt điện", location=VN),
    F("mức 35-40%", "35", 35, "percent", "%", value_max=40, status="estimate",
      subject="tỷ lệ linh kiện nhập khẩu", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ năm, 13/6/2024, 07:15 (GMT+7)' (published), byline 'Minh Anh' at the end. No default location:",
    "the company passage is in huyện Mê Linh (Hà Nội) -> Mê Linh; retail and association figures -> Việt Nam; the lede ('một số đơn vị',",
    "no place) -> none. 'gấp đôi tháng 3' stands alone as the claim: a multiple (đôi = 2).",
    "'chạy ba ca' (three-shift operation) is optional. Year-less months take 2024 from the dateline; 'từ tháng 4 đến nay' ends at it.",
    "'cao hơn năm ngoái gần 30%' is the change of the forecast 1,4 triệu. Growth rates 'tăng khoảng 40%', 'tăng gần 60%' are the claims.",
    "Price range 'từ 2,5 đến 6 triệu đồng/chiếc, tăng 5-10% so với đầu mùa': change value 5 (range lower end); location Việt Nam (miền Bắc is a region).",
    "'ước tính' governs the whole association sentence including the 'song ...' clause: three estimates.",
    "Distractors: 07:15, (GMT+7), 'hết tháng 7', 'tháng 3' (a baseline), 'Thứ năm'.",
]

if __name__ == "__main__":
    write("p1218-6", TEXT, NOTES, FIGS, published="2024-06-13")
