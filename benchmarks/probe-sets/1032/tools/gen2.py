"""p1032-2: district portal, huyện Lý Sơn (Quảng Ngãi), wild seaweed (rong mứt) harvest 2025."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ / Kinh tế / Nông nghiệp - Thủy sản
22/04/2025 10:05 - Phòng Kinh tế huyện

Ngư dân Lý Sơn trúng mùa rong mứt

Vụ khai thác rong mứt năm 2025 (từ tháng Giêng đến tháng 3 âm lịch), toàn huyện có khoảng 350 hộ với gần 900 lao động tham gia, tập trung ở thôn Tây, thôn Đông (xã An Vĩnh) và thôn Bắc (xã An Hải). Sản lượng rong mứt tươi ước đạt 180 tấn, tăng 25 tấn so với vụ năm 2024; sau khi phơi khô ước thu được khoảng 22 tấn thành phẩm.

Năm nay, giá rong mứt khô được thương lái thu mua từ 550.000 đến 650.000 đồng/kg, cao hơn khoảng 50.000 đồng/kg so với năm trước. Mỗi lao động đi nhặt rong có thu nhập 300.000-500.000 đồng/ngày. Tổng giá trị rong mứt khai thác trong vụ ước đạt hơn 13 tỷ đồng.

Bên cạnh rong mứt, ngư dân còn khai thác rong đông, rong chân vịt với sản lượng gần 60 tấn tươi. Riêng Hợp tác xã dịch vụ tổng hợp An Vĩnh đang trồng rong nho trong 12 bể xi măng, mỗi bể 20 m2, cho thu hoạch bình quân 150 kg/bể/tháng.

Để nâng cao giá trị sản phẩm, năm 2024 UBND huyện đã bố trí 450 triệu đồng hỗ trợ xây dựng 2 sân phơi rong tập trung với tổng diện tích 1.600 m2 và 1 xưởng sơ chế. Theo Quyết định số 38/QĐ-UBND ngày 15/01/2025 của UBND huyện, năm 2025 huyện phấn đấu có thêm 1 sản phẩm rong biển đạt chứng nhận OCOP 3 sao, nâng tổng số sản phẩm OCOP từ rong biển lên 4 sản phẩm.

Phòng Kinh tế đề nghị các hộ không khai thác rong non, không sử dụng hóa chất khi phơi, bảo đảm an toàn khi ra bãi rạn lúc triều rút.

Phòng Kinh tế huyện Lý Sơn - Địa chỉ: số 01 Đinh Tiên Hoàng, thôn Đông, xã An Vĩnh - ĐT: 0255.3867.135
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
NN = P("Năm nay", "2025-01-01", "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 350 hộ", "350", 350, "count", "hộ", "hộ tham gia khai thác rong mứt", Y25, approx="about"),
    F("gần 900 lao động", "900", 900, "count", "lao động", "lao động tham gia khai thác rong mứt", Y25,
      approx="nearly"),
    F("ước đạt 180 tấn", "180", 180, "measure", "tấn", "sản lượng rong mứt tươi", I(Y25), status="estimate",
      change=C("increase", 25, "tấn", baseline="vụ năm 2024")),
    F("khoảng 22 tấn thành phẩm", "22", 22, "measure", "tấn", "rong mứt khô thành phẩm", I(Y25),
      approx="about", status="estimate"),
    F("từ 550.000 đến 650.000 đồng/kg", "550.000", 550000, "money", "đồng/kg", "giá rong mứt khô", NN,
      value_max=650000, change=C("increase", 50000, "đồng/kg", baseline="năm trước", approx="about")),
    F("thu nhập 300.000-500.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày",
      "thu nhập mỗi lao động nhặt rong", I(NN), value_max=500000),
    F("ước đạt hơn 13 tỷ đồng", "13", 13e9, "money", "đồng", "tổng giá trị rong mứt khai thác trong vụ", I(NN),
      approx="over", status="estimate"),
    F("gần 60 tấn tươi", "60", 60, "measure", "tấn", "sản lượng rong đông, rong chân vịt khai thác", I(NN),
      approx="nearly"),
    F("trong 12 bể", "12", 12, "count", "bể", "bể xi măng trồng rong nho của Hợp tác xã dịch vụ tổng hợp An Vĩnh"),
    F("mỗi bể 20 m2", "20", 20, "measure", "m2", "diện tích mỗi bể trồng rong nho", optional=True),
    F("bình quân 150 kg/bể/tháng", "150", 150, "measure", "kg/bể/tháng", "sản lượng rong nho thu hoạch bình quân"),
    F("bố trí 450 triệu đồng", "450", 450e6, "money", "đồng",
      "kinh phí hỗ trợ xây dựng sân phơi rong tập trung và xưởng sơ chế", Y24),
    F("xây dựng 2 sân phơi", "2", 2, "count", "sân phơi", "sân phơi rong tập trung được hỗ trợ xây dựng", Y24),
    F("tổng diện tích 1.600 m2", "1.600", 1600, "measure", "m2", "tổng diện tích sân phơi rong tập trung", Y24),
    F("và 1 xưởng sơ chế", "1", 1, "count", "xưởng sơ chế", "xưởng sơ chế rong được hỗ trợ xây dựng", Y24),
    F("có thêm 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm rong biển đạt chứng nhận OCOP 3 sao", Y25,
      status="target"),
    F("lên 4 sản phẩm", "4", 4, "count", "sản phẩm", "tổng số sản phẩm OCOP từ rong biển", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lý Sơn (Quảng Ngãi): vụ khai thác rong mứt năm 2025, giá, thu nhập, hỗ trợ sân phơi, mục tiêu OCOP.",
    "Location: the district Lý Sơn for every figure. 'Vụ ... năm 2025' gives the year; 'Năm nay' = 2025 (published).",
    "'ước thu được khoảng 22 tấn' repeats the estimate cue. 'mỗi bể 20 m2' is the tanks' specification: optional.",
    "Distractors: 'tháng Giêng đến tháng 3 âm lịch', 'OCOP 3 sao' (a rating, like a service level), Quyết định số 38/QĐ-UBND,",
    "address 'số 01 Đinh Tiên Hoàng', phone 0255.3867.135, dateline time 10:05.",
]

build("p1032-2", TEXT, FIGS, COMMENTS, published="2025-04-22", location="Lý Sơn")
