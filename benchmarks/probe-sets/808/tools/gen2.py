"""p808-2: district portal (huyện Lý Sơn, Quảng Ngãi), sea urchin (cầu gai) seed release and cage model, 2023."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ | Tin tức - Sự kiện | Kinh tế
Thứ Ba, 12/09/2023 - 10:05

Lý Sơn thả cầu gai giống để tái tạo nguồn lợi

Sáng 11/9, tại vùng biển thôn Đông, xã An Hải, UBND huyện Lý Sơn phối hợp với Chi cục Thủy sản Quảng Ngãi tổ chức thả 50.000 con cầu gai giống (nhím biển) cỡ 1,5-2 cm vào khu vực bảo vệ nguồn lợi rộng 12 ha. Đây là lần thứ 2 huyện tổ chức thả giống cầu gai.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, nguồn lợi cầu gai quanh đảo suy giảm mạnh; sản lượng khai thác năm 2022 chỉ còn khoảng 35 tấn, giảm gần 60% so với năm 2015. Trong khi đó, giá cầu gai tươi hiện ở mức 70.000-80.000 đồng/kg, ruột cầu gai lên tới 1,2 triệu đồng/kg.

Năm 2023, huyện triển khai mô hình nuôi cầu gai trong lồng tại xã An Vĩnh với 8 hộ tham gia, 40 lồng nuôi, mỗi lồng thả 300 con. Sau 5 tháng, cầu gai đạt trọng lượng bình quân 120 g/con, tỷ lệ sống 78%. Tổng kinh phí thực hiện mô hình là 360 triệu đồng; ngân sách huyện hỗ trợ 50% chi phí con giống và thức ăn.

Ông Võ Văn Mười (thôn Tây, xã An Vĩnh) cho biết, với 6 lồng nuôi, gia đình dự kiến thu khoảng 200 kg cầu gai, lãi hơn 25 triệu đồng.

Theo Kế hoạch số 85/KH-UBND của UBND huyện, giai đoạn 2023-2025 Lý Sơn phấn đấu mỗi năm thả bổ sung ít nhất 100.000 con giống cầu gai và nhân rộng mô hình nuôi lồng lên 200 lồng.

UBND huyện Lý Sơn - Số 01 Đinh Tiên Hoàng, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi
Điện thoại: 0255.3867.215 - Email: ubnd@lyson.quangngai.gov.vn
"""

Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
PLAN = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")

FIGS = [
    F("thả 50.000 con cầu gai giống", "50.000", 50000, "count", "con cầu gai giống",
      "cầu gai giống thả vào khu vực bảo vệ nguồn lợi",
      P("Sáng 11/9", "2023-09-11", "2023-09-11")),
    F("cỡ 1,5-2 cm", "1,5", 1.5, "measure", "cm", "cỡ cầu gai giống", value_max=2, optional=True),
    F("rộng 12 ha", "12", 12, "measure", "ha", "diện tích khu vực bảo vệ nguồn lợi"),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn", "sản lượng khai thác cầu gai",
      P("năm 2022", "2022-01-01", "2022-12-31"), approx="about",
      change=C("decrease", 60, "%", "năm 2015", approx="nearly")),
    F("mức 70.000-80.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá cầu gai tươi", value_max=80000),
    F("lên tới 1,2 triệu đồng/kg", "1,2", 1.2e6, "money", "đồng/kg", "giá ruột cầu gai"),
    F("với 8 hộ tham gia", "8", 8, "count", "hộ", "hộ tham gia mô hình nuôi cầu gai trong lồng", Y2023),
    F("40 lồng nuôi", "40", 40, "count", "lồng", "lồng nuôi cầu gai của mô hình", Y2023),
    F("mỗi lồng thả 300 con", "300", 300, "measure", "con/lồng", "mật độ thả cầu gai mỗi lồng", Y2023),
    F("bình quân 120 g/con", "120", 120, "measure", "g/con", "trọng lượng bình quân cầu gai", I(Y2023)),
    F("tỷ lệ sống 78%", "78", 78, "percent", "%", "tỷ lệ sống cầu gai nuôi lồng", I(Y2023)),
    F("mô hình là 360 triệu đồng", "360", 360e6, "money", "đồng", "tổng kinh phí thực hiện mô hình", I(Y2023)),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "ngân sách huyện hỗ trợ chi phí con giống và thức ăn", I(Y2023)),
    F("với 6 lồng nuôi", "6", 6, "count", "lồng", "lồng nuôi cầu gai của gia đình ông Võ Văn Mười"),
    F("khoảng 200 kg cầu gai", "200", 200, "measure", "kg", "sản lượng cầu gai dự kiến thu", approx="about",
      status="forecast"),
    F("lãi hơn 25 triệu đồng", "25", 25e6, "money", "đồng", "lãi nuôi cầu gai", approx="over", status="forecast"),
    F("ít nhất 100.000 con giống", "100.000", 100000, "count", "con giống", "con giống cầu gai thả bổ sung mỗi năm",
      PLAN, approx="at_least", status="target"),
    F("lên 200 lồng", "200", 200, "count", "lồng", "lồng nuôi cầu gai", PLAN, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lý Sơn (Quảng Ngãi): thả cầu gai giống tái tạo nguồn lợi; mô hình nuôi cầu gai trong lồng (2023).",
    "Dateline 'Thứ Ba, 12/09/2023 - 10:05'; 'Sáng 11/9' dates the release (2023-09-11). 'lần thứ 2' (ordinal), 'Sau 5 tháng' (a duration that only locates",
    "the weight in time, FIGURES.md §1), Kế hoạch số 85/KH-UBND, the address, phone and 'Số 01' are not figures.",
    "All figures describe the district: location Lý Sơn (communes An Hải, An Vĩnh lie in it). 'cỡ 1,5-2 cm' is a size class (optional).",
    "'giảm gần 60% so với năm 2015' is the change of the 35 tấn. '50% chi phí' is a share of cost supported: a percent figure.",
    "The farmer's 'dự kiến thu ..., lãi ...' is one forecast clause continued. 'mỗi năm ... ít nhất 100.000' is a target.",
]

if __name__ == "__main__":
    build("p808-2", TEXT, COMMENTS, FIGS, published="2023-09-12", location="Lý Sơn")
