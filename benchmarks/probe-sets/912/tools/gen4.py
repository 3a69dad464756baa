"""p912-4: ministry site (Bộ Công Thương), national detergent industry 2024."""
from lib import F, P, C, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động ngành Công Thương
Ngành chất tẩy rửa năm 2024: sản lượng ước tăng 5,9%
Ngày đăng: 20/01/2025 | Lượt xem: 1.207

Theo Vụ Công nghiệp, năm 2024 chỉ số sản xuất ngành xà phòng, chất tẩy rửa, hóa mỹ phẩm ước tăng 6,8% so với năm 2023. Sản lượng bột giặt và các chế phẩm dùng để tẩy, rửa của cả nước ước đạt 3,26 triệu tấn, tăng 5,9%; trong đó khu vực có vốn đầu tư nước ngoài chiếm khoảng 58%.

Cả nước hiện có khoảng 520 doanh nghiệp sản xuất chất tẩy rửa, tập trung chủ yếu ở vùng Đông Nam Bộ và Đồng bằng sông Hồng. Ba địa phương có sản lượng lớn nhất lần lượt là Bình Dương (742.000 tấn), Đồng Nai (712.400 tấn) và Bắc Ninh (371.200 tấn).

Về thị trường, tổng giá trị tiêu thụ chất tẩy rửa dân dụng trong nước ước khoảng 2,3 tỷ USD; hàng Việt Nam chiếm khoảng 35% thị phần, tăng 4 điểm phần trăm so với năm 2020. Xuất khẩu chất tẩy rửa đạt 842 triệu USD, gấp 1,4 lần năm 2020, đứng thứ 3 trong nhóm hàng hóa chất xuất khẩu.

Nhập khẩu chất hoạt động bề mặt năm 2024 đạt 612.000 tấn, tăng 9,1% so với năm 2023, trị giá 845 triệu USD. Hiện năng lực sản xuất LAS trong nước mới đáp ứng chưa đến 20% nhu cầu.

Thực hiện Chiến lược phát triển ngành công nghiệp hóa chất Việt Nam đến năm 2030, tầm nhìn đến năm 2040 (Quyết định số 1621/QĐ-TTg), mục tiêu đến năm 2030 ngành đáp ứng 80% nhu cầu chất hoạt động bề mặt cho sản xuất trong nước, kim ngạch xuất khẩu chất tẩy rửa đạt 1,5 tỷ USD/năm.

Cổng TTĐT Bộ Công Thương - Số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
T30 = P("đến năm 2030", None, "2030-12-31")
SL = "sản lượng chất tẩy rửa"
FIGS = [
    F("sản lượng ước tăng 5,9%", "5,9", 5.9, "percent", "%", "sản lượng ngành chất tẩy rửa", Y24, status="estimate"),
    F("ước tăng 6,8%", "6,8", 6.8, "percent", "%", "chỉ số sản xuất ngành xà phòng, chất tẩy rửa, hóa mỹ phẩm", Y24,
      status="estimate"),
    F("ước đạt 3,26 triệu tấn", "3,26", 3.26e6, "measure", "tấn",
      "sản lượng bột giặt và các chế phẩm dùng để tẩy, rửa của cả nước", Y24i,
      change=C("increase", 5.9), status="estimate"),
    F("chiếm khoảng 58%", "58", 58, "percent", "%", "khu vực có vốn đầu tư nước ngoài trong sản lượng", Y24i,
      approx="about", status="estimate"),
    F("khoảng 520 doanh nghiệp", "520", 520, "count", "doanh nghiệp", "doanh nghiệp sản xuất chất tẩy rửa",
      approx="about"),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có sản lượng lớn nhất", optional=True),
    F("Bình Dương (742.000 tấn)", "742.000", 742000, "measure", "tấn", SL, Y24i, location="Bình Dương"),
    F("Đồng Nai (712.400 tấn)", "712.400", 712400, "measure", "tấn", SL, Y24i, location="Đồng Nai"),
    F("Bắc Ninh (371.200 tấn)", "371.200", 371200, "measure", "tấn", SL, Y24i, location="Bắc Ninh"),
    F("khoảng 2,3 tỷ USD", "2,3", 2.3e9, "money", "USD", "tổng giá trị tiêu thụ chất tẩy rửa dân dụng trong nước",
      Y24i, approx="about", status="estimate"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "thị phần hàng Việt Nam", Y24i, approx="about",
      change=C("increase", 4, "điểm phần trăm", "năm 2020"), status="estimate"),
    F("đạt 842 triệu USD", "842", 842e6, "money", "USD", "xuất khẩu chất tẩy rửa", Y24i,
      change=C("increase", 1.4, "lần", "năm 2020")),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "xuất khẩu chất tẩy rửa trong nhóm hàng hóa chất xuất khẩu", Y24i),
    F("đạt 612.000 tấn", "612.000", 612000, "measure", "tấn", "nhập khẩu chất hoạt động bề mặt", Y24,
      change=C("increase", 9.1, baseline="năm 2023")),
    F("trị giá 845 triệu USD", "845", 845e6, "money", "USD", "trị giá nhập khẩu chất hoạt động bề mặt", Y24),
    F("chưa đến 20%", "20", 20, "percent", "%", "năng lực sản xuất LAS trong nước đáp ứng nhu cầu", approx="under"),
    F("đáp ứng 80% nhu cầu", "80", 80, "percent", "%",
      "tỷ lệ đáp ứng nhu cầu chất hoạt động bề mặt cho sản xuất trong nước", T30, status="target"),
    F("đạt 1,5 tỷ USD/năm", "1,5", 1.5e9, "money", "USD/năm", "kim ngạch xuất khẩu chất tẩy rửa", T30,
      status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ Công Thương (invented): ngành chất tẩy rửa cả nước năm 2024 — chỉ số sản xuất, sản lượng, địa phương dẫn đầu, thị phần, nhập khẩu LAS, mục tiêu 2030.",
    "National figures: location Việt Nam; the three provinces of the 'lần lượt' list are each the item's location, subject the list's indicator.",
    "Headline 'sản lượng ước tăng 5,9%' is a figure (a growth rate as the claim); in the body the same 5,9% is the change of 3,26 triệu tấn.",
    "'tăng 4 điểm phần trăm' is the change of the 35% share; 'đứng thứ 3' is a rank. 'Ba địa phương' (a top-3 label) is optional.",
    "Not figures: 'Chiến lược … đến năm 2030, tầm nhìn đến năm 2040', Quyết định 1621/QĐ-TTg, 'Số 54 Hai Bà Trưng', 'Lượt xem: 1.207'.",
]

if __name__ == "__main__":
    write("p912-4", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
