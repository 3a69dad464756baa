"""p523-1: Cà Mau province portal, fisheries output H1/2024, shrimp area, fleet, exports, 2025 targets."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng thủy sản 6 tháng đầu năm 2024 đạt hơn 315.000 tấn

Cập nhật: 09/07/2024 15:42
Lượt xem: 1.876

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tổng sản lượng thủy sản của tỉnh ước đạt 315.420 tấn, đạt 51,3% kế hoạch năm, tăng 4,2% so với cùng kỳ; trong đó sản lượng khai thác 112.650 tấn, sản lượng nuôi trồng 202.770 tấn. Riêng sản lượng tôm đạt 112.300 tấn, tăng 6,1% so với cùng kỳ.

Diện tích nuôi tôm toàn tỉnh hiện có 280.150 ha, trong đó nuôi tôm - lúa 38.400 ha, nuôi tôm siêu thâm canh 2.960 ha. Các huyện có diện tích nuôi tôm siêu thâm canh lớn là Đầm Dơi (812 ha), Cái Nước (655 ha) và Phú Tân (430 ha). Năng suất bình quân của mô hình siêu thâm canh từ 30 đến 40 tấn/ha/vụ, lợi nhuận khoảng 500 triệu đồng/ha.

Về khai thác, toàn tỉnh có 4.215 tàu cá, trong đó 1.368 tàu có chiều dài từ 15 m trở lên; 100% tàu thuộc diện phải lắp đặt đã lắp thiết bị giám sát hành trình theo Nghị định số 26/2019/NĐ-CP. Kim ngạch xuất khẩu thủy sản 6 tháng ước đạt 512 triệu USD, tăng 3,5% so với cùng kỳ.

Phấn đấu đến năm 2025, sản lượng thủy sản toàn tỉnh đạt 650.000 tấn, kim ngạch xuất khẩu thủy sản đạt 1,5 tỷ USD.

Địa chỉ: số 2 Hùng Vương, Phường 5, TP. Cà Mau. Điện thoại: 0290.3831.024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 315.000 tấn", "315.000", 315000, "measure", "tấn", "sản lượng thủy sản", H1, approx="over"),
    F("ước đạt 315.420 tấn", "315.420", 315420, "measure", "tấn", "tổng sản lượng thủy sản", H1,
      percent=51.3, change=CH("increase", 4.2, baseline="cùng kỳ"), status="estimate"),
    F("khai thác 112.650 tấn", "112.650", 112650, "measure", "tấn", "sản lượng khai thác", H1,
      total=315420, status="estimate"),
    F("nuôi trồng 202.770 tấn", "202.770", 202770, "measure", "tấn", "sản lượng nuôi trồng", H1,
      total=315420, status="estimate"),
    F("tôm đạt 112.300 tấn", "112.300", 112300, "measure", "tấn", "sản lượng tôm", INH(H1),
      change=CH("increase", 6.1, baseline="cùng kỳ")),
    F("hiện có 280.150 ha", "280.150", 280150, "measure", "ha", "diện tích nuôi tôm toàn tỉnh"),
    F("tôm - lúa 38.400 ha", "38.400", 38400, "measure", "ha", "diện tích nuôi tôm - lúa", total=280150),
    F("siêu thâm canh 2.960 ha", "2.960", 2960, "measure", "ha", "diện tích nuôi tôm siêu thâm canh", total=280150),
    F("Đầm Dơi (812 ha)", "812", 812, "measure", "ha", "diện tích nuôi tôm siêu thâm canh", location="Đầm Dơi"),
    F("Cái Nước (655 ha)", "655", 655, "measure", "ha", "diện tích nuôi tôm siêu thâm canh", location="Cái Nước"),
    F("Phú Tân (430 ha)", "430", 430, "measure", "ha", "diện tích nuôi tôm siêu thâm canh", location="Phú Tân"),
    F("từ 30 đến 40 tấn/ha/vụ", "30", 30, "measure", "tấn/ha/vụ", "năng suất bình quân của mô hình siêu thâm canh",
      value_max=40),
    F("khoảng 500 triệu đồng/ha", "500", 500000000, "money", "đồng/ha", "lợi nhuận của mô hình siêu thâm canh",
      approx="about"),
    F("có 4.215 tàu cá", "4.215", 4215, "count", "tàu cá", "tàu cá toàn tỉnh"),
    F("1.368 tàu", "1.368", 1368, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=4215),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("100% tàu", "100", 100, "percent", "%", "tỷ lệ tàu thuộc diện phải lắp đặt đã lắp thiết bị giám sát hành trình"),
    F("ước đạt 512 triệu USD", "512", 512000000, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      P("6 tháng", "2024-01-01", "2024-06-30"), change=CH("increase", 3.5, baseline="cùng kỳ"), status="estimate"),
    F("đạt 650.000 tấn", "650.000", 650000, "measure", "tấn", "sản lượng thủy sản toàn tỉnh", T25, status="target"),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", "kim ngạch xuất khẩu thủy sản", T25, status="target"),
]

COMMENTS = [
    "Cà Mau province portal (breadcrumb, `Cập nhật: 09/07/2024 15:42`, `Lượt xem: 1.876`): fisheries output H1/2024, shrimp area, fleet, exports.",
    "Distractors: Lượt xem counter, Nghị định số 26/2019/NĐ-CP, address `số 2 Hùng Vương, Phường 5`, phone 0290.3831.024.",
    "`trong đó` parts after `;` continue the `ước đạt` clause: estimate, total 315.420. `Riêng sản lượng tôm đạt` is its own sentence and verb: actual, no total.",
    "Bracketed districts after the 2.960 ha sentence neither add up nor follow a cue: no total. `từ 15 m trở lên` is a threshold: optional.",
    "Location: the province (named in the header and footer); district items carry their district.",
]

if __name__ == "__main__":
    emit("p523-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Cà Mau")
