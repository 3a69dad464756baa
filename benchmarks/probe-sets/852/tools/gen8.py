"""p852-8: Báo Lâm Đồng online, headline figure and '(BLĐ) -' tag, mứt Đà Lạt for Tết (2023-12-28)."""
from lib import F, P, I, C, T, write_set

TEXT = """Đà Lạt dự kiến cung ứng khoảng 2.800 tấn mứt cho thị trường Tết
Cập nhật lúc 15:40, Thứ năm, 28/12/2023

(BLĐ) - Theo Phòng Kinh tế TP. Đà Lạt, năm 2023 trên địa bàn thành phố có 64 cơ sở sản xuất mứt, tăng 6 cơ sở so với năm 2022. Dịp Tết Nguyên đán Giáp Thìn 2024, các cơ sở dự kiến cung ứng ra thị trường khoảng 2.800 tấn mứt các loại, tăng 8% so với Tết năm trước, trong đó mứt dâu tây và mứt hồng lần lượt chiếm khoảng 30% và 20%.

Giá bán mứt dâu tây tại các cơ sở từ 160.000 đến 200.000 đồng/kg; mứt hồng dẻo 250.000-300.000 đồng/kg, mứt atiso 220.000 đồng/kg. Cao điểm, các cơ sở sử dụng khoảng 4.500 lao động thời vụ, thu nhập từ 250.000 đến 300.000 đồng/người/ngày.

Lượng mứt tiêu thụ tại chỗ qua các điểm du lịch, chợ Đà Lạt chiếm khoảng 40%, số còn lại được phân phối đi TP. Hồ Chí Minh, Hà Nội và các tỉnh miền Trung theo Quốc lộ 20.

Bà Nguyễn Thị Tám, chủ cơ sở mứt Tám Hương tại số 12 đường 3 Tháng 2, phường 1, cho biết mỗi năm cơ sở chế biến khoảng 60 tấn dâu tây, hồng, khoai lang tươi thành hơn 25 tấn mứt. Cơ sở cũng chuẩn bị gian hàng tham gia Lễ hội Mứt Đà Lạt lần thứ 2.

Năm 2023, UBND thành phố đã kiểm tra 38 cơ sở sản xuất mứt, xử lý 5 trường hợp vi phạm, phạt tiền 67 triệu đồng; tiêu hủy 1.250 kg mứt không đạt chất lượng. Năm 2024, thành phố phấn đấu 100% cơ sở sản xuất mứt ký cam kết bảo đảm an toàn thực phẩm và có thêm 3 sản phẩm mứt đạt OCOP.

Hoàng Yến
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TET = None  # a Tết season, not a calendar period: no period

FIGS = [
    F("cung ứng khoảng 2.800 tấn mứt cho", "2.800", 2800, "measure", "tấn", "mứt cung ứng cho thị trường Tết",
      approx="about", status="forecast"),
    F("có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở sản xuất mứt", Y23,
      change=C("increase", 6, "cơ sở", "năm 2022")),
    F("thị trường khoảng 2.800 tấn", "2.800", 2800, "measure", "tấn", "mứt các loại cung ứng ra thị trường", TET,
      approx="about", status="forecast", change=C("increase", 8, baseline="Tết năm trước")),
    F("khoảng 30% và", "30", 30, "percent", "%", "mứt dâu tây", TET, approx="about", status="forecast"),
    F("và 20%", "20", 20, "percent", "%", "mứt hồng", TET, approx="about", status="forecast"),
    F("từ 160.000 đến 200.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá bán mứt dâu tây",
      value_max=200000),
    F("dẻo 250.000-300.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá mứt hồng dẻo", value_max=300000),
    F("atiso 220.000 đồng/kg", "220.000", 220000, "money", "đồng/kg", "giá mứt atiso"),
    F("khoảng 4.500 lao động", "4.500", 4500, "count", "lao động", "lao động thời vụ", approx="about"),
    F("từ 250.000 đến 300.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      "thu nhập lao động thời vụ", value_max=300000),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "lượng mứt tiêu thụ tại chỗ", approx="about"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn/năm", "dâu tây, hồng, khoai lang tươi cơ sở chế biến mỗi năm",
      approx="about"),
    F("hơn 25 tấn", "25", 25, "measure", "tấn/năm", "mứt cơ sở làm ra mỗi năm", approx="over"),
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở sản xuất mứt được kiểm tra", Y23b),
    F("xử lý 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp vi phạm bị xử lý", Y23b),
    F("phạt tiền 67 triệu đồng", "67", 67e6, "money", "đồng", "tiền phạt", Y23b),
    F("tiêu hủy 1.250 kg", "1.250", 1250, "measure", "kg", "mứt không đạt chất lượng bị tiêu hủy", Y23b),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất mứt ký cam kết bảo đảm an toàn thực phẩm", Y24, status="target"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm mứt đạt OCOP tăng thêm", Y24, status="target"),
]

NOTES = [
    "Báo Lâm Đồng online style (invented): headline with a figure, 'Cập nhật lúc 15:40, Thứ năm, 28/12/2023', tag '(BLĐ) -'.",
    "Location Đà Lạt (a city) throughout; the paper's tag implies Lâm Đồng but every figure is about the city.",
    "Distractors: 15:40, 'số 12 đường 3 Tháng 2, phường 1', 'Quốc lộ 20', 'Lễ hội Mứt Đà Lạt lần thứ 2', names 'Nguyễn Thị Tám', 'Tám Hương'.",
    "'Dịp Tết Nguyên đán Giáp Thìn 2024' names a Tết season (supplied in Dec 2023 - Feb 2024): no period recorded.",
    "'dự kiến' governs the continuing clause 'trong đó ... lần lượt chiếm khoảng 30% và 20%': forecast; 'khoảng' is shared by the list.",
    "Headline 2.800 tấn carries 'dự kiến': forecast, no period. 'mỗi năm ... 60 tấn' -> unit tấn/năm (also the 25 tấn it becomes).",
]

if __name__ == "__main__":
    write_set(8, TEXT, FIGS, NOTES, published="2023-12-28", location="Đà Lạt")
