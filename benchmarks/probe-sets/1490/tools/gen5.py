"""p1490-5: provincial newspaper (Báo Cà Mau, tag (CMO)): retail of electric ovens and microwaves before Tết 2024."""
from lib import F, P, inh, ch, tg, write

TEXT = """Báo Cà Mau điện tử
Thời sự | Kinh tế | Xã hội | Văn hóa

Lò nướng điện, lò vi sóng hút khách dịp cận Tết

Thứ Hai, 29/01/2024 | 07:15

(CMO) - Những ngày cận Tết Giáp Thìn 2024, sức mua lò nướng điện, lò vi sóng tại các siêu thị, cửa hàng điện máy ở TP Cà Mau tăng 30-40% so với ngày thường.

Tại Siêu thị điện máy Phương Nam (số 126 đường Trần Hưng Đạo, phường 5, TP Cà Mau), anh Lê Quốc Tuấn, quản lý ngành hàng gia dụng, cho biết từ ngày 15/1 đến nay, siêu thị bán được 260 chiếc lò nướng điện và khoảng 180 chiếc lò vi sóng; doanh số nhóm hàng này gấp đôi tháng trước. Lò nướng điện loại phổ biến có giá từ 1,2 đến 2,5 triệu đồng/chiếc, lò vi sóng có chức năng nướng từ 1,8 đến 4 triệu đồng/chiếc; nhiều mẫu đang được giảm giá 10-15%.

Chị Trần Thị Mỹ, chủ cửa hàng điện máy ở thị trấn Sông Đốc, huyện Trần Văn Thời, cho biết mỗi ngày cửa hàng bán 8-10 chiếc lò nướng, chủ yếu loại dung tích nhỏ cho gia đình.

Theo Sở Công Thương, toàn tỉnh hiện có gần ba chục siêu thị, cửa hàng điện máy quy mô lớn. Dự kiến tổng mức bán lẻ hàng hóa trên địa bàn tỉnh tháng 1/2024 đạt khoảng 6.850 tỷ đồng, tăng 11,2% so với cùng kỳ; trong đó nhóm đồ dùng, dụng cụ, trang thiết bị gia đình chiếm khoảng 9%.

Từ đầu tháng 1 đến nay, Cục Quản lý thị trường tỉnh đã kiểm tra 23 cơ sở kinh doanh điện máy, phát hiện 3 cơ sở bán lò vi sóng không có nhãn hàng hóa, xử phạt 21 triệu đồng. Ngành chức năng khuyến cáo người dân chọn mua sản phẩm có dấu hợp quy CR, không dùng lò vi sóng bị móp cửa hoặc hở gioăng để tránh rò rỉ vi sóng.

HOÀNG VŨ
"""

SINCE = P("từ ngày 15/1 đến nay", "2024-01-15", "2024-01-29")
JAN = P("tháng 1/2024", "2024-01-01", "2024-01-31")
QLTT = P("Từ đầu tháng 1 đến nay", "2024-01-01", "2024-01-29")
CM = "Cà Mau"

FIGS = [
    F("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
      subject="sức mua lò nướng điện, lò vi sóng tại các siêu thị, cửa hàng điện máy"),
    F("bán được 260 chiếc", "260", 260, "count", "chiếc", subject="lò nướng điện siêu thị bán được",
      period=SINCE),
    F("khoảng 180 chiếc", "180", 180, "count", "chiếc", approx="about", subject="lò vi sóng siêu thị bán được",
      period=SINCE),
    F("gấp đôi tháng trước", "đôi", 2, "multiple", "lần", subject="doanh số nhóm hàng này", period=SINCE),
    F("từ 1,2 đến 2,5 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", value_max=2.5e6,
      subject="giá lò nướng điện loại phổ biến"),
    F("từ 1,8 đến 4 triệu", "1,8", 1.8e6, "money", "đồng/chiếc", value_max=4e6,
      subject="giá lò vi sóng có chức năng nướng"),
    F("giảm giá 10-15%", "10", 10, "percent", "%", value_max=15, subject="mức giảm giá nhiều mẫu"),
    F("bán 8-10 chiếc", "8", 8, "measure", "chiếc/ngày", value_max=10,
      subject="lò nướng cửa hàng bán mỗi ngày", location="Trần Văn Thời"),
    F("gần ba chục", "ba chục", 30, "count", "siêu thị, cửa hàng điện máy", approx="nearly",
      subject="siêu thị, cửa hàng điện máy quy mô lớn toàn tỉnh"),
    F("khoảng 6.850 tỷ", "6.850", 6850e9, "money", "đồng", approx="about", status="forecast",
      change=ch("increase", 11.2, "%", "cùng kỳ"),
      subject="tổng mức bán lẻ hàng hóa trên địa bàn tỉnh", period=JAN),
    F("chiếm khoảng 9%", "9", 9, "percent", "%", approx="about", status="forecast",
      subject="tỷ trọng nhóm đồ dùng, dụng cụ, trang thiết bị gia đình trong tổng mức bán lẻ", period=JAN),
    F("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở kinh doanh điện máy được kiểm tra",
      period=QLTT),
    F("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở",
      subject="cơ sở bán lò vi sóng không có nhãn hàng hóa", period=QLTT),
    F("phạt 21 triệu", "21", 21e6, "money", "đồng", subject="tiền xử phạt", period=QLTT),
]

NOTES = [
    "Provincial newspaper (Báo Cà Mau): sapo with tag '(CMO) -', dateline 'Thứ Hai, 29/01/2024 | 07:15', byline at the end.",
    "Distractors: 'Tết Giáp Thìn 2024', 'số 126 đường Trần Hưng Đạo', 'phường 5', 'ngày 15/1' (period start only), '07:15', 'dấu hợp quy CR'.",
    "Location Cà Mau: 'TP Cà Mau' and the province compare equal; the shop in huyện Trần Văn Thời gives its figure that district.",
    "'tăng 30-40% so với ngày thường', 'giảm giá 10-15%': rates as the claim, percent figures with value_max, no change; 'những ngày cận Tết' gives no period.",
    "'doanh số nhóm hàng này gấp đôi tháng trước': a multiple standing as the claim (đôi = 2), period of its sentence.",
    "'mỗi ngày cửa hàng bán 8-10 chiếc': a rate, measure 'chiếc/ngày'. 'gần ba chục' = 30, nearly.",
    "'Dự kiến ... tháng 1/2024 đạt khoảng 6.850 tỷ đồng, tăng 11,2% ...; trong đó ... chiếm khoảng 9%': forecast governs both; the 9% is its own percent figure (a share with no amount).",
    "'phát hiện 3 cơ sở' after 'kiểm tra 23 cơ sở': no part-of cue, so no total. Standing prices get no period.",
]

if __name__ == "__main__":
    write("p1490-5", TEXT, NOTES, FIGS, published="2024-01-29", location="Cà Mau")
