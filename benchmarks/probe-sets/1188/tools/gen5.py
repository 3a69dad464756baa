"""p1188-5: Party newspaper (Báo Thanh Hóa): HTX Hoằng Đạo, cà pháo muối, huyện Hoằng Hóa."""
from lib import F, P, I, C, T, write

TEXT = """BÁO THANH HÓA
Kinh tế › Nông nghiệp

Hợp tác xã làm giàu từ quả cà pháo

Từ một xưởng nhỏ muối cà cho bà con trong xóm, đến nay Hợp tác xã Nông nghiệp và Dịch vụ Hoằng Đạo (huyện Hoằng Hóa) mỗi năm chế biến, tiêu thụ khoảng 120 tấn cà pháo muối, doanh thu trên 3,6 tỷ đồng.

Giám đốc HTX Lê Văn Bình cho biết, HTX hiện có 45 thành viên, liên kết với 60 hộ trồng cà trên diện tích 18 ha ở hai xã Hoằng Đạo và Hoằng Thành. Năng suất cà pháo bình quân đạt 30 tấn/ha. HTX thu mua cà tươi với giá từ 6.000 đến 8.000 đồng/kg, cao hơn giá thương lái khoảng 1.000 đồng/kg.

Xưởng chế biến của HTX tạo việc làm thường xuyên cho 22 lao động, chủ yếu là phụ nữ trung tuổi, thu nhập 5,5 triệu đồng/người/tháng. Năm 2023, sản phẩm cà pháo muối Hoằng Đạo được công nhận OCOP 3 sao. 6 tháng đầu năm nay, HTX đã xuất bán 68 tấn cà muối, tăng 25% so với cùng kỳ, trong đó hơn 40% được bán qua sàn thương mại điện tử.

Theo UBND huyện Hoằng Hóa, toàn huyện hiện có 7 cơ sở chế biến dưa, cà muối, tổng công suất gần 500 tấn/năm; giá trị sản phẩm năm 2023 đạt khoảng 11 tỷ đồng.

Năm 2024, HTX dự kiến mở rộng vùng nguyên liệu thêm 5 ha, nâng sản lượng lên 150 tấn; đồng thời phấn đấu đưa sản phẩm vào ít nhất 20 siêu thị, cửa hàng tiện ích trong và ngoài tỉnh.

Lê Hòa
14/08/2024
"""

H1 = P("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 120 tấn", "120", 120, "measure", "tấn", approx="about",
      subject="cà pháo muối HTX chế biến, tiêu thụ mỗi năm"),
    F("trên 3,6 tỷ", "3,6", 3600000000, "money", "đồng", approx="over", subject="doanh thu mỗi năm của HTX"),
    F("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên HTX"),
    F("với 60 hộ", "60", 60, "count", "hộ", subject="hộ trồng cà liên kết với HTX"),
    F("diện tích 18 ha", "18", 18, "measure", "ha", subject="diện tích trồng cà liên kết với HTX"),
    F("ở hai xã", "hai", 2, "count", "xã", optional=True, subject="xã có vùng trồng cà liên kết"),
    F("đạt 30 tấn/ha", "30", 30, "measure", "tấn/ha", subject="năng suất cà pháo bình quân"),
    F("từ 6.000 đến 8.000", "6.000", 6000, "money", "đồng/kg", value_max=8000,
      change=C("increase", 1000, "đồng/kg", "giá thương lái", approx="about"),
      subject="giá HTX thu mua cà tươi"),
    F("cho 22 lao động", "22", 22, "count", "lao động",
      subject="lao động có việc làm thường xuyên tại xưởng chế biến của HTX"),
    F("5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng", subject="thu nhập lao động xưởng chế biến"),
    F("xuất bán 68 tấn", "68", 68, "measure", "tấn", change=C("increase", 25, "%", "cùng kỳ"),
      subject="cà muối HTX xuất bán", period=H1),
    F("hơn 40%", "40", 40, "percent", "%", approx="over",
      subject="cà muối được bán qua sàn thương mại điện tử", period=H1),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở chế biến dưa, cà muối"),
    F("gần 500 tấn/năm", "500", 500, "measure", "tấn/năm", approx="nearly",
      subject="tổng công suất các cơ sở chế biến dưa, cà muối"),
    F("khoảng 11 tỷ", "11", 11000000000, "money", "đồng", approx="about",
      subject="giá trị sản phẩm dưa, cà muối", period=Y23),
    F("thêm 5 ha", "5", 5, "measure", "ha", status="forecast",
      subject="vùng nguyên liệu mở rộng thêm", period=Y24),
    F("lên 150 tấn", "150", 150, "measure", "tấn", status="forecast", subject="sản lượng của HTX", period=Y24),
    F("ít nhất 20 siêu thị", "20", 20, "count", "siêu thị", approx="at_least", status="target",
      subject="siêu thị, cửa hàng tiện ích có sản phẩm của HTX", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Thanh Hóa) feature: byline 'Lê Hòa' and bare date '14/08/2024' at the end (published).",
    "Location: every figure describes HTX Hoằng Đạo or huyện Hoằng Hóa → default location Hoằng Hóa (the province name stands only in the masthead).",
    "Distractors: 'Từ một xưởng nhỏ' (article-like 'một'), 'OCOP 3 sao' (level), 'Năm 2023' as the year of recognition.",
    "'6 tháng đầu năm nay' = first half of the published year 2024, NOT of the nearer 'Năm 2023' in the previous sentence.",
    "'trong đó hơn 40% được bán qua sàn' is a percent figure of its own (a part given as a share). 'cao hơn giá thương lái khoảng 1.000 đồng/kg'",
    "is the change of the price range. 'ở hai xã' optional (number word naming where the farms lie). 'Năm 2024 … dự kiến' → forecast for 5 ha and 150 tấn;",
    "'đồng thời phấn đấu … ít nhất 20 siêu thị' → target (its own cue), same sentence: period 2024 scored.",
]

if __name__ == "__main__":
    write("p1188-5", TEXT, NOTES, FIGS, published="2024-08-14", location="Hoằng Hóa")
