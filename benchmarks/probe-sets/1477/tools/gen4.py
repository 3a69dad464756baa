"""p1477-4: ministry site (Bộ Công Thương): national imports/exports of irons and hair dryers, makers by province."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Nhập khẩu bàn là, máy sấy tóc tăng mạnh trong 6 tháng đầu năm

08/08/2024 | 10:20 | Vụ Công nghiệp

Theo số liệu của Tổng cục Hải quan, 6 tháng đầu năm 2024, kim ngạch nhập khẩu bàn là và máy sấy tóc của Việt Nam đạt 187,4 triệu USD, tăng 14,2% so với cùng kỳ năm 2023; trong đó nhập khẩu từ Trung Quốc đạt 142,6 triệu USD, chiếm 76,1%. Ở chiều ngược lại, xuất khẩu nhóm hàng này đạt 312,7 triệu USD, tăng 9,8%. Như vậy, giá trị xuất khẩu vẫn gấp khoảng 1,7 lần nhập khẩu.

Cả nước hiện có khoảng 40 doanh nghiệp sản xuất, lắp ráp bàn là, máy sấy tóc, tập trung chủ yếu tại Bình Dương (11 doanh nghiệp), Bắc Ninh (8 doanh nghiệp) và Đồng Nai (6 doanh nghiệp). Doanh nghiệp trong nước mới chiếm khoảng 28% thị phần, phần còn lại thuộc khối FDI và hàng nhập khẩu.

Quy mô thị trường bàn là, máy sấy tóc trong nước năm 2023 ước khoảng 5.800 tỷ đồng; sức mua dự báo tăng 8-10%/năm trong giai đoạn 2024-2026. Theo Hiệp hội Doanh nghiệp điện tử Việt Nam, năm 2023 Việt Nam đứng thứ 3 ASEAN về xuất khẩu máy sấy tóc, sau Thái Lan và Malaysia.

Theo Chương trình phát triển công nghiệp hỗ trợ ban hành kèm Quyết định số 1829/QĐ-BCT, mục tiêu đến năm 2030 tỷ lệ nội địa hóa nhóm sản phẩm điện gia dụng cỡ nhỏ đạt ít nhất 45%; hiện tỷ lệ này mới khoảng 25-30%.

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222
"""

H6 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M6 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
GD = period("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
DN = "doanh nghiệp sản xuất, lắp ráp bàn là, máy sấy tóc"

FIGS = [
    F("đạt 187,4 triệu", "187,4", 187.4e6, "money", "USD",
      change=change("increase", 14.2, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch nhập khẩu bàn là và máy sấy tóc", period=M6),
    F("đạt 142,6 triệu", "142,6", 142.6e6, "money", "USD", total=187.4e6, percent=76.1,
      subject="nhập khẩu từ Trung Quốc", period=M6),
    F("đạt 312,7 triệu", "312,7", 312.7e6, "money", "USD", change=change("increase", 9.8, "%"),
      subject="xuất khẩu nhóm hàng này", period=inherit(M6)),
    F("gấp khoảng 1,7 lần", "1,7", 1.7, "multiple", "lần", approx="about",
      subject="giá trị xuất khẩu so với nhập khẩu", period=inherit(M6)),
    F("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about", subject=DN),
    F("Bình Dương (11", "11", 11, "count", "doanh nghiệp", subject=DN, location="Bình Dương"),
    F("Bắc Ninh (8", "8", 8, "count", "doanh nghiệp", subject=DN, location="Bắc Ninh"),
    F("Đồng Nai (6", "6", 6, "count", "doanh nghiệp", subject=DN, location="Đồng Nai"),
    F("khoảng 28%", "28", 28, "percent", "%", approx="about", subject="thị phần của doanh nghiệp trong nước"),
    F("khoảng 5.800 tỷ", "5.800", 5.8e12, "money", "đồng", approx="about", status="estimate",
      subject="quy mô thị trường bàn là, máy sấy tóc trong nước", period=Y23),
    F("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast", subject="sức mua", period=GD),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu máy sấy tóc trong ASEAN", period=Y23),
    F("ít nhất 45%", "45", 45, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa nhóm sản phẩm điện gia dụng cỡ nhỏ", period=T30),
    F("khoảng 25-30%", "25", 25, "percent", "%", value_max=30, approx="about",
      subject="tỷ lệ nội địa hóa nhóm sản phẩm điện gia dụng cỡ nhỏ"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '08/08/2024 | 10:20 | Vụ Công nghiệp', address footer, phone.",
    "Distractors: '10:20', 'Quyết định số 1829/QĐ-BCT', '54 Hai Bà Trưng', phone 024.22202222, 'giai đoạn 2024-2026', baselines.",
    "National figures: location Việt Nam. Trung Quốc, Thái Lan, Malaysia are partners or rivals, not places of the figures.",
    "'trong đó nhập khẩu từ Trung Quốc đạt 142,6 triệu USD, chiếm 76,1%' → total 187,4 triệu and percent 76,1.",
    "'gấp khoảng 1,7 lần nhập khẩu' stands alone as the claim (own sentence, 'Như vậy') → kind multiple, approx about.",
    "List 'Bình Dương (11 doanh nghiệp), ...' → each item a figure located in its province; the parts do not add up to 40: no total.",
    "'ước khoảng' → estimate and about. 'dự báo tăng 8-10%/năm' → forecast, a growth rate as the claim (percent, no change).",
    "'mục tiêu đến năm 2030 ... ít nhất 45%' → target, at_least, period end 2030-12-31; 'hiện ... mới khoảng 25-30%' → actual, no period.",
]

if __name__ == "__main__":
    write("p1477-4", TEXT, NOTES, FIGS, published="2024-08-08", location="Việt Nam")
