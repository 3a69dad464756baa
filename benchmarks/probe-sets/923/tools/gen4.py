"""p923-4: ministry site (Bộ NN&PTNT / Cục Thủy sản), national native catfish pond farming 2024."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ › Tin tức › Thủy sản
Phát triển nuôi cá trê, cá lăng, cá nheo trong ao theo hướng bền vững
Ngày đăng: 22/01/2025 | Lượt xem: 1.127

Theo Cục Thủy sản, năm 2024 cả nước có 38/63 tỉnh, thành phố phát triển nuôi cá da trơn bản địa (cá trê, cá lăng, cá nheo) trong ao với tổng diện tích khoảng 6.850 ha, tăng 5,6% so với năm 2023. Sản lượng ước đạt 186.000 tấn, chiếm khoảng 2,8% tổng sản lượng nuôi trồng thủy sản nước ngọt (không tính cá tra). Trong đó, cá trê đạt 142.500 tấn, cá lăng 31.200 tấn, cá nheo 12.300 tấn.

Các địa phương có sản lượng lớn lần lượt là An Giang (28.400 tấn), Đồng Tháp (21.700 tấn), Hậu Giang (16.900 tấn) và Hải Dương (15.300 tấn).

Năm 2024, các cơ sở sản xuất giống trên cả nước cung ứng hơn 1,6 tỷ con giống cá trê và gần 95 triệu con giống cá lăng. Năng suất nuôi ao cá trê bình quân đạt 27 tấn/ha, ở các mô hình thâm canh lên tới 60-80 tấn/ha. Giá cá lăng thương phẩm bình quân năm 2024 khoảng 105.000 đồng/kg, cao hơn 6% so với năm 2023.

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg ngày 11/3/2021), đến năm 2030 sản lượng cá da trơn bản địa nuôi ao đạt 250.000 tấn, trong đó ít nhất 30% sản lượng được chứng nhận VietGAP hoặc tương đương. Cục Thủy sản dự báo năm 2025 sản lượng tăng khoảng 4-5%.

Cục Thủy sản - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")
PROD = "sản lượng cá da trơn bản địa nuôi ao"

FIGS = [
    F("có 38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố",
      "tỉnh, thành phố phát triển nuôi cá da trơn bản địa trong ao", Y24, total=63),
    F("khoảng 6.850 ha", "6.850", 6850, "measure", "ha", "diện tích nuôi cá da trơn bản địa trong ao", Y24,
      approx="about", change=C("increase", 5.6, "%", "năm 2023")),
    F("ước đạt 186.000 tấn", "186.000", 186000, "measure", "tấn", PROD, I(Y24),
      percent=2.8, status="estimate"),
    F("cá trê đạt 142.500 tấn", "142.500", 142500, "measure", "tấn", "sản lượng cá trê", I(Y24),
      total=186000, status="estimate"),
    F("cá lăng 31.200 tấn", "31.200", 31200, "measure", "tấn", "sản lượng cá lăng", I(Y24),
      total=186000, status="estimate"),
    F("cá nheo 12.300 tấn", "12.300", 12300, "measure", "tấn", "sản lượng cá nheo", I(Y24),
      total=186000, status="estimate"),
    F("An Giang (28.400 tấn)", "28.400", 28400, "measure", "tấn", PROD, I(Y24), location="An Giang"),
    F("Đồng Tháp (21.700 tấn)", "21.700", 21700, "measure", "tấn", PROD, I(Y24), location="Đồng Tháp"),
    F("Hậu Giang (16.900 tấn)", "16.900", 16900, "measure", "tấn", PROD, I(Y24), location="Hậu Giang"),
    F("Hải Dương (15.300 tấn)", "15.300", 15300, "measure", "tấn", PROD, I(Y24), location="Hải Dương"),
    F("hơn 1,6 tỷ con giống", "1,6", 1_600_000_000, "count", "con giống", "con giống cá trê cung ứng", Y24b,
      approx="over"),
    F("gần 95 triệu con giống", "95", 95_000_000, "count", "con giống", "con giống cá lăng cung ứng", Y24b,
      approx="nearly"),
    F("đạt 27 tấn/ha", "27", 27, "measure", "tấn/ha", "năng suất nuôi ao cá trê bình quân", I(Y24b)),
    F("lên tới 60-80 tấn/ha", "60", 60, "measure", "tấn/ha", "năng suất nuôi ao cá trê ở các mô hình thâm canh",
      I(Y24b), value_max=80),
    F("khoảng 105.000 đồng/kg", "105.000", 105000, "money", "đồng/kg", "giá cá lăng thương phẩm bình quân",
      Y24, approx="about", change=C("increase", 6, "%", "năm 2023")),
    F("đạt 250.000 tấn", "250.000", 250000, "measure", "tấn", PROD, Y30, status="target"),
    F("ít nhất 30% sản lượng", "30", 30, "percent", "%", "sản lượng được chứng nhận VietGAP hoặc tương đương",
      Y30, approx="at_least", status="target"),
    F("tăng khoảng 4-5%", "4", 4, "percent", "%", "tăng trưởng sản lượng", P("năm 2025", "2025-01-01", "2025-12-31"),
      value_max=5, approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Thủy sản): national native catfish (cá trê, cá lăng, cá nheo) pond farming in 2024; invented for probe set 923.",
    "'Ngày đăng: 22/01/2025 | Lượt xem: 1.127' (dateline + counter). Location Việt Nam; provinces in the ranked list are their own locations.",
    "Not figures: Quyết định số 339/QĐ-TTg ngày 11/3/2021, 'tầm nhìn đến năm 2045', Số 2 Ngọc Hà, phone, counter.",
    "'chiếm khoảng 2,8% ...' = percent of 186.000 tấn. 'Trong đó, cá trê đạt ...' (after a sentence break) parts of 186.000 tấn;",
    "they keep the estimate status of the whole they break down (choice: the break-down of an estimated total is itself estimated).",
    "The ranked province list does not add up to a whole: no total. 'đến năm 2030 ... ít nhất 30%' target; 'dự báo năm 2025 ... 4-5%' forecast.",
]

if __name__ == "__main__":
    build("p923-4", TEXT, COMMENTS, FIGS, published="2025-01-22", location="Việt Nam")
