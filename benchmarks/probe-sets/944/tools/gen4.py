"""p944-4: ministry site (Bộ Xây dựng), national crematoria and cremation rate, 2024."""
from lib import F, P, I, chg, tgt, article

TEXT = """
BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hạ tầng kỹ thuật
Ngày đăng: 08/04/2025 | Lượt xem: 1.127

Cả nước có 112 cơ sở hỏa táng, tỷ lệ hỏa táng bình quân khoảng 28%

Theo số liệu tổng hợp của Cục Hạ tầng kỹ thuật, tính đến ngày 31/12/2024, cả nước có 112 cơ sở hỏa táng đang hoạt động tại 52/63 tỉnh, thành phố với tổng số 318 lò; trong đó 87 cơ sở do doanh nghiệp ngoài nhà nước đầu tư, chiếm 77,7%.

Năm 2024, các cơ sở đã thực hiện khoảng 186.000 ca hỏa táng, tăng 9,4% so với năm 2023. Tỷ lệ hỏa táng bình quân toàn quốc ước đạt 28,3%. Các địa phương có tỷ lệ cao nhất lần lượt là TP Hồ Chí Minh (93,5%), Hà Nội (72,4%), Đà Nẵng (68,1%) và Hải Phòng (61,8%). Hiện còn 11 tỉnh chưa có cơ sở hỏa táng, tỷ lệ hỏa táng tại các tỉnh này đều dưới 5%.

Chi phí hỏa táng thi hài tại các cơ sở dao động từ 3 đến 12 triệu đồng/ca; giá dịch vụ trọn gói tại một số cơ sở tư nhân ở đô thị lớn có nơi tới 25 triệu đồng/ca.

Theo Chương trình phát triển hạ tầng nghĩa trang và cơ sở hỏa táng ban hành kèm Quyết định số 2035/QĐ-TTg, mục tiêu đến năm 2030 tỷ lệ sử dụng hình thức hỏa táng cả nước đạt 40%, trong đó tại các đô thị loại I trở lên đạt 70%; 100% tỉnh, thành phố có cơ sở hỏa táng hoặc được phục vụ bởi cơ sở hỏa táng liên tỉnh.

Trong năm 2025, dự kiến có thêm 9 cơ sở hỏa táng được đưa vào vận hành, nâng tổng số lên 121 cơ sở vào cuối năm 2025.

Cơ quan chủ quản: Bộ Xây dựng. Địa chỉ: số 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 112 cơ sở hỏa táng, tỷ lệ", "112", 112, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("bình quân khoảng 28%", "28", 28, "percent", "%", "tỷ lệ hỏa táng bình quân", approx="about"),
    F("có 112 cơ sở hỏa táng đang", "112", 112, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động", ASOF),
    F("tại 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở hỏa táng đang hoạt động",
      ASOF, total=63),
    F("tổng số 318 lò", "318", 318, "count", "lò", "lò hỏa táng", ASOF),
    F("trong đó 87 cơ sở", "87", 87, "count", "cơ sở", "cơ sở do doanh nghiệp ngoài nhà nước đầu tư", ASOF,
      total=112, percent=77.7),
    F("khoảng 186.000 ca", "186.000", 186000, "count", "ca", "ca hỏa táng", Y24, approx="about",
      change=chg("increase", 9.4, "%", "năm 2023")),
    F("ước đạt 28,3%", "28,3", 28.3, "percent", "%", "tỷ lệ hỏa táng bình quân toàn quốc", I(Y24),
      status="estimate"),
    F("Hồ Chí Minh (93,5%)", "93,5", 93.5, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Hồ Chí Minh"),
    F("Hà Nội (72,4%)", "72,4", 72.4, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Hà Nội"),
    F("Đà Nẵng (68,1%)", "68,1", 68.1, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Đà Nẵng"),
    F("Hải Phòng (61,8%)", "61,8", 61.8, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Hải Phòng"),
    F("còn 11 tỉnh", "11", 11, "count", "tỉnh", "tỉnh chưa có cơ sở hỏa táng"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ hỏa táng tại các tỉnh chưa có cơ sở hỏa táng", approx="under"),
    F("từ 3 đến 12 triệu", "3", 3e6, "money", "đồng/ca", "chi phí hỏa táng thi hài", value_max=12e6),
    F("tới 25 triệu đồng/ca", "25", 25e6, "money", "đồng/ca", "giá dịch vụ trọn gói tại cơ sở tư nhân ở đô thị lớn"),
    F("cả nước đạt 40%", "40", 40, "percent", "%", "tỷ lệ sử dụng hình thức hỏa táng cả nước", T30,
      status="target"),
    F("trở lên đạt 70%", "70", 70, "percent", "%", "tỷ lệ sử dụng hình thức hỏa táng tại các đô thị loại I trở lên",
      T30, status="target"),
    F("100% tỉnh, thành phố", "100", 100, "percent", "%", "tỉnh, thành phố có cơ sở hỏa táng", T30,
      status="target"),
    F("thêm 9 cơ sở", "9", 9, "count", "cơ sở hỏa táng", "cơ sở hỏa táng được đưa vào vận hành thêm",
      P("Trong năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("lên 121 cơ sở", "121", 121, "count", "cơ sở", "tổng số cơ sở hỏa táng",
      P("cuối năm 2025", None, "2025-12-31"), status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): national crematoria, cremation volume and rate 2024, prices, 2030 targets, 2025 forecast.",
    "All figures are national (Việt Nam) except the list of four cities (lần lượt ... in brackets).",
    "Headline figures carry no period. '87 cơ sở' after 'trong đó' takes the 112 facilities as total, not the 318 kilns",
    "standing just before the cue (different thing). 'dưới 5%' describes the 11 provinces as a group: location Việt Nam.",
    "'đô thị loại I', 'Quyết định số 2035/QĐ-TTg', 'số 37 Lê Đại Hành', phone and 'Lượt xem: 1.127' are not figures.",
    "'100% tỉnh, thành phố' is inside the 'mục tiêu đến năm 2030' clause: target.",
]

if __name__ == "__main__":
    article("p944-4", TEXT, FIGS, published="2025-04-08", location="Việt Nam", notes=NOTES)
