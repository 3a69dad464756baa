"""p943-1: Thanh Hóa province portal, măng luồng season 2024."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 12/06/2024 09:45 | Lượt xem: 2.316

Mùa măng luồng dự kiến mang về hơn 300 tỷ đồng

Thanh Hóa hiện có khoảng 73.500 ha rừng luồng, tập trung tại các huyện Quan Hóa, Bá Thước, Lang Chánh, Ngọc Lặc và Thường Xuân. Trong đó, huyện Quan Hóa có diện tích lớn nhất với 19.800 ha, chiếm 26,9% diện tích luồng toàn tỉnh.

Theo Sở Nông nghiệp và PTNT, năm 2024 toàn tỉnh dự kiến khai thác khoảng 52.000 tấn măng luồng tươi, tăng 8% so với năm 2023. Tính đến ngày 31/5/2024, các hộ dân đã khai thác được 18.650 tấn, đạt 35,9% kế hoạch; trong đó Quan Hóa 6.200 tấn, Bá Thước 4.850 tấn, Lang Chánh 3.100 tấn.

Giá măng luồng tươi thu mua tại bìa rừng dao động từ 4.000 đến 6.000 đồng/kg, cao hơn khoảng 1.000 đồng/kg so với cùng kỳ năm trước. Măng luồng sấy khô có giá 180.000-220.000 đồng/kg. Năng suất măng bình quân khoảng 7 tạ/ha.

Toàn tỉnh có 46 cơ sở, hợp tác xã thu mua, sơ chế măng, tạo việc làm thời vụ cho khoảng 9.500 lao động với thu nhập 250.000-300.000 đồng/người/ngày. Sản phẩm măng luồng sấy của HTX Nông lâm nghiệp Phú Lệ (Quan Hóa) đã đạt OCOP 3 sao, được bày bán tại các cửa hàng dọc Quốc lộ 15A và Quốc lộ 217.

Ước tính cả vụ, giá trị thu từ măng luồng đạt hơn 300 tỷ đồng, chiếm khoảng 18% tổng giá trị khai thác từ rừng luồng của tỉnh.

Thực hiện Quyết định số 1142/QĐ-UBND ngày 28/3/2022 của UBND tỉnh, đến năm 2025 Thanh Hóa phấn đấu có 5.000 ha luồng thâm canh được cấp chứng chỉ FSC, giá trị măng qua chế biến đạt 120 tỷ đồng/năm.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mang về hơn 300 tỷ đồng", "300", 300e9, "money", "đồng", "giá trị thu từ mùa măng luồng",
      approx="over", status="forecast"),
    F("khoảng 73.500 ha", "73.500", 73500, "measure", "ha", "diện tích rừng luồng", approx="about"),
    F("với 19.800 ha", "19.800", 19800, "measure", "ha", "diện tích rừng luồng", total=73500, percent=26.9,
      location="Quan Hóa"),
    F("khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn", "măng luồng tươi khai thác", Y24, approx="about",
      change=C("increase", 8, baseline="năm 2023"), status="forecast"),
    F("được 18.650 tấn", "18.650", 18650, "measure", "tấn", "măng luồng tươi đã khai thác", ASOF, percent=35.9),
    F("Quan Hóa 6.200 tấn", "6.200", 6200, "measure", "tấn", "măng luồng tươi đã khai thác", ASOF, total=18650,
      location="Quan Hóa"),
    F("Bá Thước 4.850 tấn", "4.850", 4850, "measure", "tấn", "măng luồng tươi đã khai thác", ASOF, total=18650,
      location="Bá Thước"),
    F("Lang Chánh 3.100 tấn", "3.100", 3100, "measure", "tấn", "măng luồng tươi đã khai thác", ASOF, total=18650,
      location="Lang Chánh"),
    F("từ 4.000 đến 6.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá măng luồng tươi thu mua tại bìa rừng",
      value_max=6000, change=C("increase", 1000, "đồng/kg", "cùng kỳ năm trước", approx="about")),
    F("180.000-220.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá măng luồng sấy khô", value_max=220000),
    F("khoảng 7 tạ/ha", "7", 7, "measure", "tạ/ha", "năng suất măng bình quân", approx="about"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở, hợp tác xã thu mua, sơ chế măng"),
    F("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động", "lao động thời vụ thu mua, sơ chế măng",
      approx="about"),
    F("250.000-300.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      "thu nhập của lao động thời vụ", value_max=300000),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP của măng luồng sấy HTX Phú Lệ", optional=True),
    F("đạt hơn 300 tỷ đồng", "300", 300e9, "money", "đồng", "giá trị thu từ măng luồng cả vụ", approx="over",
      percent=18, status="estimate"),
    F("có 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích luồng thâm canh được cấp chứng chỉ FSC", T25,
      status="target"),
    F("đạt 120 tỷ đồng/năm", "120", 120e9, "money", "đồng/năm", "giá trị măng qua chế biến", T25,
      status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa (invented): mùa măng luồng 2024. Breadcrumb, dateline and 'Lượt xem: 2.316' are page furniture.",
    "Not figures: Quyết định số 1142/QĐ-UBND ngày 28/3/2022, Quốc lộ 15A, Quốc lộ 217, the dateline time 09:45.",
    "'OCOP 3 sao' is a rating class (optional). Headline figure is a forecast ('dự kiến'), body 300 tỷ an estimate ('Ước tính').",
    "District parts after 'trong đó' get total 18.650; Quan Hóa's 19.800 ha after 'Trong đó,' (new sentence) gets total 73.500.",
]

if __name__ == "__main__":
    emit("p943-1", TEXT, FIGS, NOTES, published="2024-06-12", location="Thanh Hóa")
