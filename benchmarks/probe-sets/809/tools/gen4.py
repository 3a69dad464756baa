"""p809-4: ministry site (Bộ NN&PTNT), national: mai, đào, quất supply for Tết Giáp Thìn 2024."""
from lib import F, write, year, span, asof, inherit, up

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin hoạt động / Trồng trọt
Ngày đăng: 28/12/2023 | Lượt xem: 1.127

Cây cảnh Tết Giáp Thìn: nguồn cung dồi dào, giá ổn định

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 45.000 ha hoa, cây cảnh, trong đó diện tích mai vàng, đào và quất cảnh khoảng 12.500 ha, chiếm 27,8%. Vụ Tết Giáp Thìn 2024, các địa phương dự kiến cung ứng khoảng 8,5 triệu chậu mai, đào, quất, tăng khoảng 6% so với vụ Tết trước.

Các địa phương có diện tích mai vàng lớn nhất lần lượt là Bến Tre (2.350 ha), Bình Định (1.480 ha), TP Hồ Chí Minh (1.100 ha) và Đồng Tháp (650 ha). Đào cảnh tập trung ở Hà Nội với khoảng 600 ha, Hải Phòng 250 ha; quất cảnh được trồng nhiều nhất ở Hưng Yên với trên 500 ha.

9 tháng năm 2023, kim ngạch xuất khẩu hoa, cây cảnh ước đạt 68 triệu USD, tăng 12,5% so với cùng kỳ năm 2022; trong đó cây cảnh ước 21,3 triệu USD, chủ yếu sang Trung Quốc và Hàn Quốc.

Cục Trồng trọt dự báo giá mai vàng, quất cảnh Tết năm nay ổn định hoặc tăng nhẹ 5-10%. Riêng quý IV/2023, chi phí vận chuyển cây cảnh tuyến Bắc - Nam đã lên 1,5-2 triệu đồng/m3 hàng, cao hơn 15% so với cùng kỳ.

Theo Đề án phát triển ngành hoa, cây cảnh đến năm 2030 (Quyết định số 1587/QĐ-BNN-TT), cả nước phấn đấu đạt 60.000 ha hoa, cây cảnh, giá trị sản xuất bình quân trên 1 tỷ đồng/ha/năm và kim ngạch xuất khẩu 300 triệu USD/năm.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = year("năm 2023", 2023)
M9 = span("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = span("quý IV/2023", "2023-10-01", "2023-12-31")
T30 = asof("đến năm 2030", "2030-12-31")
MAI = "diện tích mai vàng"

FIGS = [
    F("khoảng 45.000 ha", "45.000", 45000, "measure", "ha", "diện tích hoa, cây cảnh", Y23, approx="about"),
    F("khoảng 12.500 ha", "12.500", 12500, "measure", "ha", "diện tích mai vàng, đào và quất cảnh", Y23,
      approx="about", total=45000, percent=27.8),
    F("khoảng 8,5 triệu chậu", "8,5", 8.5e6, "count", "chậu", "chậu mai, đào, quất cung ứng",
      approx="about", status="forecast", change=up(6, baseline="vụ Tết trước", approx="about")),
    F("Bến Tre (2.350 ha)", "2.350", 2350, "measure", "ha", MAI, location="Bến Tre"),
    F("Bình Định (1.480 ha)", "1.480", 1480, "measure", "ha", MAI, location="Bình Định"),
    F("TP Hồ Chí Minh (1.100 ha)", "1.100", 1100, "measure", "ha", MAI, location="Hồ Chí Minh"),
    F("Đồng Tháp (650 ha)", "650", 650, "measure", "ha", MAI, location="Đồng Tháp"),
    F("khoảng 600 ha", "600", 600, "measure", "ha", "diện tích đào cảnh", approx="about", location="Hà Nội"),
    F("Hải Phòng 250 ha", "250", 250, "measure", "ha", "diện tích đào cảnh", location="Hải Phòng"),
    F("trên 500 ha", "500", 500, "measure", "ha", "diện tích quất cảnh", approx="over", location="Hưng Yên"),
    F("ước đạt 68 triệu USD", "68", 68e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh", M9,
      status="estimate", change=up(12.5, baseline="cùng kỳ năm 2022")),
    F("ước 21,3 triệu USD", "21,3", 21.3e6, "money", "USD", "kim ngạch xuất khẩu cây cảnh", M9,
      status="estimate", total=68e6),
    F("tăng nhẹ 5-10%", "5", 5, "percent", "%", "giá mai vàng, quất cảnh Tết", value_max=10,
      status="forecast"),
    F("1,5-2 triệu đồng/m3", "1,5", 1.5e6, "money", "đồng/m3", "chi phí vận chuyển cây cảnh tuyến Bắc - Nam",
      Q4, value_max=2e6, change=up(15, baseline="cùng kỳ")),
    F("đạt 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích hoa, cây cảnh", T30, status="target"),
    F("trên 1 tỷ đồng/ha/năm", "1", 1e9, "money", "đồng/ha/năm", "giá trị sản xuất bình quân hoa, cây cảnh",
      T30, approx="over", status="target"),
    F("300 triệu USD/năm", "300", 300e6, "money", "USD/năm", "kim ngạch xuất khẩu hoa, cây cảnh", T30,
      status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national: every figure without a named province is Việt Nam.",
    "List after 'lần lượt là' shares the indicator 'diện tích mai vàng'; items are locations. No period for the list",
    "(a new paragraph without a period phrase). Exports to Trung Quốc, Hàn Quốc stay Việt Nam (partners are not places).",
    "Distractors: Lượt xem 1.127, Quyết định số 1587/QĐ-BNN-TT, số 2 Ngọc Hà, phone 024.3846.8161, 'tuyến Bắc - Nam'.",
    "'trong đó cây cảnh ước 21,3 triệu USD' is a part of the 68 triệu USD exports (same period), status estimate.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-12-28", location="Việt Nam")
