"""p1169-1: Lào Cai province portal, native crop varieties kept under the 2021-2025 scheme (as of 31/10/2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lào Cai: Lưu giữ 32 giống cây trồng bản địa quý

Cập nhật: 14/11/2024 08:30 | Lượt xem: 2.417

(laocai.gov.vn) - Thực hiện Đề án bảo tồn và phát triển nguồn gen cây trồng bản địa giai đoạn 2021-2025 (Quyết định số 1286/QĐ-UBND), tính đến ngày 31/10/2024, toàn tỉnh đã điều tra, thu thập và lưu giữ 32 giống cây trồng bản địa. Trong đó có 14 giống lúa, 7 giống ngô, 6 giống rau, đậu và 5 giống cây dược liệu.

Tỉnh đã xây dựng 9 mô hình bảo tồn tại chỗ với tổng diện tích 186,5 ha ở các huyện Bát Xát, Mường Khương, Si Ma Cai và Bắc Hà, thu hút hơn 1.200 hộ dân tham gia. Kinh phí thực hiện năm 2024 là 4,75 tỷ đồng, đạt 95% kế hoạch vốn được giao.

Năm 2024, diện tích lúa Séng Cù toàn tỉnh đạt 2.350 ha, tăng 8,6% so với năm 2023; năng suất bình quân 52,4 tạ/ha. Gạo Séng Cù được bán với giá từ 25.000 đến 30.000 đồng/kg, cao hơn gạo thường khoảng 40%.

Tại xã Y Tý, huyện Bát Xát, Hợp tác xã Nông nghiệp Y Tý đang duy trì 15 ha nếp Tan cổ truyền với 42 thành viên. Mỗi năm hợp tác xã cung ứng ra thị trường khoảng 60 tấn gạo, doanh thu gần 2 tỷ đồng; thu nhập của thành viên bình quân 5,5 triệu đồng/người/tháng.

Năm 2025, tỉnh phấn đấu mở rộng diện tích lúa bản địa lên 3.000 ha, bổ sung ít nhất 5 giống vào danh mục lưu giữ và tổ chức Hội chợ giống cây trồng bản địa lần thứ 2 tại TP Lào Cai.
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HTX = "Bát Xát"

FIGS = [
    F("Lưu giữ 32 giống", "32", 32, "count", "giống", subject="giống cây trồng bản địa quý lưu giữ"),
    F("lưu giữ 32 giống cây trồng bản địa.", "32", 32, "count", "giống",
      subject="giống cây trồng bản địa điều tra, thu thập và lưu giữ", period=ASOF),
    F("có 14 giống lúa", "14", 14, "count", "giống", total=32, subject="giống lúa bản địa lưu giữ", period=I(ASOF)),
    F("7 giống ngô", "7", 7, "count", "giống", total=32, subject="giống ngô bản địa lưu giữ", period=I(ASOF)),
    F("6 giống rau, đậu", "6", 6, "count", "giống", total=32, subject="giống rau, đậu bản địa lưu giữ", period=I(ASOF)),
    F("5 giống cây dược liệu", "5", 5, "count", "giống", total=32,
      subject="giống cây dược liệu bản địa lưu giữ", period=I(ASOF)),
    F("xây dựng 9 mô hình", "9", 9, "count", "mô hình", subject="mô hình bảo tồn tại chỗ"),
    F("diện tích 186,5 ha", "186,5", 186.5, "measure", "ha", subject="tổng diện tích mô hình bảo tồn tại chỗ"),
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ dân", approx="over",
      subject="hộ dân tham gia mô hình bảo tồn tại chỗ"),
    F("là 4,75 tỷ", "4,75", 4750000000, "money", "đồng", percent=95,
      subject="kinh phí thực hiện đề án bảo tồn nguồn gen", period=Y24b),
    F("đạt 2.350 ha", "2.350", 2350, "measure", "ha", change=C("increase", 8.6, "%", "năm 2023"),
      subject="diện tích lúa Séng Cù", period=Y24),
    F("52,4 tạ/ha", "52,4", 52.4, "measure", "tạ/ha", subject="năng suất bình quân lúa Séng Cù", period=Y24),
    F("từ 25.000 đến 30.000", "25.000", 25000, "money", "đồng/kg", value_max=30000,
      change=C("increase", 40, "%", "gạo thường", approx="about"),
      subject="giá bán gạo Séng Cù", period=I(Y24)),
    F("duy trì 15 ha", "15", 15, "measure", "ha",
      subject="diện tích nếp Tan cổ truyền Hợp tác xã Nông nghiệp Y Tý duy trì", location=HTX),
    F("42 thành viên", "42", 42, "count", "thành viên",
      subject="thành viên Hợp tác xã Nông nghiệp Y Tý", location=HTX),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", approx="about",
      subject="gạo hợp tác xã cung ứng ra thị trường mỗi năm", location=HTX),
    F("gần 2 tỷ", "2", 2000000000, "money", "đồng", approx="nearly",
      subject="doanh thu của hợp tác xã mỗi năm", location=HTX),
    F("5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của thành viên hợp tác xã", location=HTX),
    F("lên 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
      subject="diện tích lúa bản địa", period=Y25),
    F("ít nhất 5 giống", "5", 5, "count", "giống", approx="at_least", status="target",
      subject="giống bổ sung vào danh mục lưu giữ", period=Y25),
]

NOTES = [
    "Province portal (Lào Cai): breadcrumb, headline figure, 'Cập nhật: 14/11/2024 08:30 | Lượt xem: 2.417', '(laocai.gov.vn) -' tag.",
    "Distractors: Lượt xem 2.417, 08:30, 'giai đoạn 2021-2025', 'Quyết định số 1286/QĐ-UBND', 'lần thứ 2', 'TP Lào Cai'.",
    "Parts 14+7+6+5 = 32 after 'Trong đó' in the next sentence: total 32, period inherited from the as-of date.",
    "'cao hơn gạo thường khoảng 40%' is the change of the price range (baseline gạo thường). HTX Y Tý passage: location Bát Xát.",
    "'Tỉnh đã xây dựng 9 mô hình …' and the HTX passage ('Mỗi năm') carry no period; the headline carries none.",
]

if __name__ == "__main__":
    write("p1169-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Lào Cai")
