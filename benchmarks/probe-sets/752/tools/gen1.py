"""p752-1: province portal (Vĩnh Long), sweet potato area, output, export, prices, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Vĩnh Long: Diện tích khoai lang năm 2023 đạt hơn 14.200 ha
Cập nhật: 14/03/2024 08:20
Lượt xem: 3.145

(Cổng TTĐT Vĩnh Long) - Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 diện tích trồng khoai lang toàn tỉnh đạt 14.236 ha, tăng 8,4% so với năm 2022; sản lượng ước đạt 412.500 tấn. Trong đó, huyện Bình Tân có 10.850 ha, chiếm 76,2% diện tích khoai lang của tỉnh; các huyện còn lại gồm Tam Bình (1.420 ha), Trà Ôn (1.135 ha) và Long Hồ (831 ha).

Khoai lang Vĩnh Long hiện được xuất khẩu sang 12 thị trường, chủ yếu là Trung Quốc, Hàn Quốc, Nhật Bản và Canada. Năm 2023, lượng khoai lang xuất khẩu chính ngạch đạt khoảng 86.000 tấn, chiếm gần 21% sản lượng; kim ngạch đạt 41,3 triệu USD, tăng 2,1 lần so với năm 2022. Tính đến cuối tháng 2/2024, toàn tỉnh đã được cấp 47 mã số vùng trồng khoai lang với tổng diện tích 2.960,5 ha và 9 mã số cơ sở đóng gói.

Trong tháng 2/2024, giá khoai lang tím Nhật tại ruộng dao động từ 9.000 đến 12.000 đồng/kg, cao hơn khoảng 30% so với cùng kỳ. Với năng suất bình quân 29 tấn/ha, mỗi ha nông dân lãi từ 120 đến 150 triệu đồng sau mỗi vụ kéo dài khoảng 4 tháng.

Theo Kế hoạch số 215/KH-UBND, tỉnh phấn đấu đến năm 2025 ổn định diện tích khoai lang khoảng 15.000 ha, trong đó 5.000 ha sản xuất theo tiêu chuẩn VietGAP, GlobalGAP; tỷ lệ sản lượng xuất khẩu chính ngạch đạt trên 35%.

Mọi thông tin liên hệ: Phòng Trồng trọt, số 107/2 đường Phạm Thái Bường, Phường 4, TP. Vĩnh Long; điện thoại 0270.3823.461.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FEB = P("Trong tháng 2/2024", "2024-02-01", "2024-02-29")
ASOF = P("Tính đến cuối tháng 2/2024", None, "2024-02-29")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích trồng khoai lang"

FIGS = [
    F("đạt hơn 14.200 ha", "14.200", 14200, "measure", "ha", "Diện tích khoai lang", Y23, approx="over"),
    F("toàn tỉnh đạt 14.236 ha", "14.236", 14236, "measure", "ha", AREA, Y23,
      change=CH("increase", 8.4, "%", "năm 2022")),
    F("ước đạt 412.500 tấn", "412.500", 412500, "measure", "tấn", "sản lượng khoai lang", Y23, status="estimate"),
    F("có 10.850 ha", "10.850", 10850, "measure", "ha", AREA, I(Y23), total=14236, percent=76.2,
      location="Bình Tân"),
    F("(1.420 ha)", "1.420", 1420, "measure", "ha", AREA, I(Y23), total=14236, location="Tam Bình"),
    F("(1.135 ha)", "1.135", 1135, "measure", "ha", AREA, I(Y23), total=14236, location="Trà Ôn"),
    F("(831 ha)", "831", 831, "measure", "ha", AREA, I(Y23), total=14236, location="Long Hồ"),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", "thị trường xuất khẩu khoai lang"),
    F("khoảng 86.000 tấn", "86.000", 86000, "measure", "tấn", "lượng khoai lang xuất khẩu chính ngạch",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", percent=21),
    F("đạt 41,3 triệu USD", "41,3", 41300000, "money", "USD", "kim ngạch xuất khẩu khoai lang",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 2.1, "lần", "năm 2022")),
    F("cấp 47 mã số", "47", 47, "count", "mã số vùng trồng", "mã số vùng trồng khoai lang được cấp", ASOF),
    F("diện tích 2.960,5 ha", "2.960,5", 2960.5, "measure", "ha", "tổng diện tích vùng trồng được cấp mã số", ASOF),
    F("và 9 mã số", "9", 9, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói", ASOF),
    F("từ 9.000 đến 12.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá khoai lang tím Nhật tại ruộng", FEB,
      value_max=12000, change=CH("increase", 30, "%", "cùng kỳ", approx="about")),
    F("bình quân 29 tấn/ha", "29", 29, "measure", "tấn/ha", "năng suất bình quân khoai lang"),
    F("từ 120 đến 150 triệu", "120", 120000000, "money", "đồng/ha", "lãi mỗi ha khoai lang",
      value_max=150000000),
    F("khoảng 4 tháng", "4", 4, "measure", "tháng", "thời gian mỗi vụ khoai lang", approx="about", optional=True),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích khoai lang ổn định", T25,
      approx="about", status="target"),
    F("trong đó 5.000 ha", "5.000", 5000, "measure", "ha",
      "diện tích khoai lang sản xuất theo tiêu chuẩn VietGAP, GlobalGAP", T25, total=15000, status="target"),
    F("trên 35%", "35", 35, "percent", "%", "tỷ lệ sản lượng xuất khẩu chính ngạch", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Vĩnh Long: diện tích, sản lượng, xuất khẩu khoai lang năm 2023; mã số vùng trồng; giá; mục tiêu 2025.",
    "Distractors: 'Lượt xem: 3.145', 'Kế hoạch số 215/KH-UBND', 'số 107/2 đường Phạm Thái Bường, Phường 4', phone, dateline.",
    "District items after 'Trong đó' (Bình Tân 10.850 + Tam Bình + Trà Ôn + Long Hồ = 14.236) take the whole 14.236.",
    "'khoảng 4 tháng' (crop duration) optional. 'cao hơn khoảng 30% so với cùng kỳ' is the change of the price range.",
]

if __name__ == "__main__":
    emit("p752-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Vĩnh Long")
