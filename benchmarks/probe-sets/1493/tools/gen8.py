"""p1493-8: radio/TV site (Đài PT-TH Thanh Hóa): fake 'inox 304' drying racks and hangers seized; inspections."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Phát hiện gần ba chục nghìn sản phẩm giá phơi, móc áo gắn mác "inox 304" giả

Cập nhật lúc 16:20 ngày 27/08/2024

Từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh Thanh Hóa đã kiểm tra 186 cơ sở kinh doanh đồ gia dụng, phát hiện 41 cơ sở vi phạm, xử phạt hành chính hơn 385 triệu đồng, tăng 27% so với cùng kỳ năm 2023.

Riêng trong tháng 8, Đội Quản lý thị trường số 5 phát hiện tại một kho hàng ở phường Quảng Thành, TP Thanh Hóa gần ba chục nghìn sản phẩm gồm giá phơi, sào phơi và móc áo ghi nhãn "inox 304" nhưng thực chất là inox 201 hoặc thép mạ, không rõ nguồn gốc. Tổng trị giá lô hàng ước khoảng 620 triệu đồng. Chủ kho khai nhập hàng từ các tỉnh phía Bắc với giá chỉ bằng 40-50% hàng chính hãng.

Theo ông Lê Đình Quang, Phó Cục trưởng Cục Quản lý thị trường Thanh Hóa, giá phơi, sào phơi inox giả có độ bền chỉ khoảng 1-2 năm, trong khi sản phẩm inox 304 thật có thể dùng từ 8 đến 10 năm. Quý III, đơn vị dự kiến tổ chức ít nhất 3 đợt kiểm tra chuyên đề.

Hiện trên địa bàn tỉnh có 12 cơ sở sản xuất sào phơi, giá phơi inox, tổng công suất khoảng 45.000 sản phẩm/tháng. Năm 2023, sản phẩm của các cơ sở này chiếm khoảng 30% thị phần trong tỉnh.

Video: Cách phân biệt inox 304 và inox 201 (02:15)
Tin liên quan: Thanh Hóa tăng cường kiểm soát hàng giả dịp Tết Trung thu
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-27")
M8 = per("tháng 8", "2024-08-01", "2024-08-31")
Q3 = per("Quý III", "2024-07-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
CITY = "TP Thanh Hóa"

FIGS = [
    fig("Phát hiện gần ba chục", "ba chục", 30000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm giá phơi, móc áo gắn mác inox 304 giả"),
    fig("kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở",
        subject="cơ sở kinh doanh đồ gia dụng được kiểm tra", period=YTD),
    fig("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("hơn 385 triệu", "385", 385e6, "money", "đồng", approx="over",
        change=chg("increase", 27, "%", "cùng kỳ năm 2023"), subject="xử phạt hành chính", period=YTD),
    fig("Thanh Hóa gần ba chục", "ba chục", 30000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm ghi nhãn inox 304 không rõ nguồn gốc phát hiện tại kho hàng", period=M8, location=CITY),
    fig("khoảng 620 triệu", "620", 620e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá lô hàng", period=inh(M8), location=CITY),
    fig("40-50%", "40", 40, "percent", "%", value_max=50,
        subject="giá hàng nhập so với hàng chính hãng", period=inh(M8), location=CITY),
    fig("khoảng 1-2 năm", "1", 1, "measure", "năm", approx="about", value_max=2,
        subject="độ bền giá phơi, sào phơi inox giả"),
    fig("từ 8 đến 10 năm", "8", 8, "measure", "năm", value_max=10,
        subject="thời gian sử dụng sản phẩm inox 304 thật"),
    fig("ít nhất 3 đợt", "3", 3, "count", "đợt", approx="at_least", status="forecast",
        subject="đợt kiểm tra chuyên đề", period=Q3),
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở sản xuất sào phơi, giá phơi inox"),
    fig("khoảng 45.000 sản phẩm", "45.000", 45000, "measure", "sản phẩm/tháng", approx="about",
        subject="tổng công suất"),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="thị phần trong tỉnh của sản phẩm các cơ sở này", period=Y23),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, 'Cập nhật lúc 16:20 ngày 27/08/2024', video link with duration, related link.",
    "Distractors: 16:20, 'inox 304' / 'inox 201' (steel grades, also in the headline), 'Đội Quản lý thị trường số 5', (02:15).",
    "'gần ba chục nghìn' → 30 000 (number words with a multiplier), nearly; the headline and the body each state it.",
    "The headline has no period; the body's 'Riêng trong tháng 8' → August 2024 (published year); location TP Thanh Hóa for the",
    "warehouse passage (its sentence names the city).",
    "41 cơ sở after 'kiểm tra 186 cơ sở' has no part-of-whole cue: no total. 385 triệu: change +27% vs cùng kỳ năm 2023.",
    "'Tổng trị giá lô hàng ước khoảng 620 triệu đồng' → estimate and about. 'giá chỉ bằng 40-50% hàng chính hãng' → a percent range",
    "of its own (no base amount). Durability '1-2 năm', '8 đến 10 năm' are measured quantities (not time-locating periods).",
    "'Quý III, ... dự kiến ... ít nhất 3 đợt' → forecast, at_least, 2024-Q3. 'Hiện' figures carry no period.",
]

if __name__ == "__main__":
    write("p1493-8", TEXT, NOTES, FIGS, published="2024-08-27", location="Thanh Hóa")
