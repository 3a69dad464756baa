"""p726-8: Ban Quản lý các KCN tỉnh Bắc Giang site, lifting equipment / pressure vessels in industrial parks, 9 months 2024."""
from lib import F, P, I, emit

TEXT = """BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC GIANG
Trang chủ » Tin tức » An toàn lao động
Ngày cập nhật 07/10/2024

9 tháng, gần 1.900 thiết bị nâng trong các KCN được kiểm định

9 tháng năm 2024, các doanh nghiệp tại 6 khu công nghiệp đang hoạt động trên địa bàn tỉnh Bắc Giang đã đưa vào kiểm định 1.876 thiết bị nâng, 2.341 bình chịu áp lực và 468 thang máy, thang cuốn. Tổng số thiết bị được kiểm định tăng 18,6% so với cùng kỳ năm 2023, riêng xe nâng hàng tăng gần 1,5 lần.

Tính đến ngày 30/9/2024, các KCN có 1.327 doanh nghiệp đang hoạt động với khoảng 235 nghìn lao động; trong đó 412 doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động, chiếm 31%.

Qua kiểm tra tại 54 doanh nghiệp, Ban Quản lý phát hiện 63 thiết bị hết hạn kiểm định, gồm 28 xe nâng, 21 bình khí nén và 14 palăng điện; đến nay đã khắc phục 59/63 thiết bị.

Chi phí kiểm định bình quân khoảng 1,6 triệu đồng/thiết bị; tổng chi phí các doanh nghiệp bỏ ra ước đạt 7,4 tỷ đồng.

Quý IV/2024, Ban Quản lý dự kiến phối hợp với Sở Lao động – Thương binh và Xã hội kiểm tra thêm 30 doanh nghiệp tại KCN Quang Châu (Quốc lộ 1A, huyện Việt Yên) và KCN Vân Trung; phấn đấu cả năm 2024 không để xảy ra tai nạn lao động nghiêm trọng do thiết bị.

Đường dây nóng: 0204.3854.297
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
EXPIRED = "thiết bị hết hạn kiểm định"

FIGS = [
    F("gần 1.900 thiết bị", "1.900", 1900, "count", "thiết bị nâng",
      "thiết bị nâng trong các KCN được kiểm định", P("9 tháng", "2024-01-01", "2024-09-30"),
      approx="nearly"),
    F("tại 6 khu công nghiệp", "6", 6, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động", M9),
    F("định 1.876 thiết bị nâng", "1.876", 1876, "count", "thiết bị nâng",
      "thiết bị nâng được đưa vào kiểm định", M9),
    F("2.341 bình chịu áp lực", "2.341", 2341, "count", "bình chịu áp lực",
      "bình chịu áp lực được đưa vào kiểm định", M9),
    F("468 thang máy", "468", 468, "count", "thang máy",
      "thang máy, thang cuốn được đưa vào kiểm định", M9),
    F("tăng 18,6%", "18,6", 18.6, "percent", "%",
      "tổng số thiết bị được kiểm định tăng so với cùng kỳ năm 2023", I(M9)),
    F("gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "xe nâng hàng được kiểm định tăng",
      I(M9), approx="nearly"),
    F("có 1.327 doanh nghiệp", "1.327", 1327, "count", "doanh nghiệp",
      "doanh nghiệp đang hoạt động trong các KCN", ASOF),
    F("khoảng 235 nghìn lao động", "235", 235000, "count", "lao động",
      "lao động trong các KCN", ASOF, approx="about"),
    F("đó 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp",
      "doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động", ASOF,
      total=1327, percent=31),
    F("tại 54 doanh nghiệp", "54", 54, "count", "doanh nghiệp", "doanh nghiệp được kiểm tra"),
    F("phát hiện 63 thiết bị", "63", 63, "count", "thiết bị", EXPIRED),
    F("gồm 28 xe nâng", "28", 28, "count", "xe nâng", "xe nâng hết hạn kiểm định", total=63),
    F("21 bình khí nén", "21", 21, "count", "bình khí nén", "bình khí nén hết hạn kiểm định", total=63),
    F("14 palăng điện", "14", 14, "count", "palăng điện", "palăng điện hết hạn kiểm định", total=63),
    F("khắc phục 59/63", "59", 59, "count", "thiết bị", "thiết bị hết hạn kiểm định đã khắc phục",
      P("đến nay", None, "2024-10-07"), total=63),
    F("khoảng 1,6 triệu", "1,6", 1600000, "money", "đồng/thiết bị",
      "chi phí kiểm định bình quân", approx="about"),
    F("ước đạt 7,4 tỷ đồng", "7,4", 7400000000, "money", "đồng",
      "tổng chi phí kiểm định các doanh nghiệp bỏ ra", status="estimate"),
    F("thêm 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp được kiểm tra thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Site of Ban Quản lý các KCN tỉnh Bắc Giang (breadcrumb, 'Ngày cập nhật 07/10/2024'): lifting equipment, pressure vessels",
    "and elevators inspected in the industrial parks in 9 tháng năm 2024, enterprises and workers, expired inspections, cost.",
    "Not figures: hotline 0204.3854.297, 'Quốc lộ 1A', 'Quý IV/2024' as a period, KCN names. 'cùng kỳ năm 2023' is a baseline.",
    "Headline '9 tháng' takes 2024 (the date line before it). '18,6%' is a growth rate as the claim (percent, no change);",
    "'tăng gần 1,5 lần' standing alone is a multiple. 'trong đó 412 doanh nghiệp' -> total 1.327, 'chiếm 31%' its percent.",
    "'gồm' parts and 59/63 take 63. 'đến nay' ends at the page date. 'ước đạt' -> estimate; 'dự kiến' -> forecast.",
    "Location Bắc Giang for all (huyện Việt Yên is only the address of KCN Quang Châu).",
]

if __name__ == "__main__":
    emit("p726-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bắc Giang")
