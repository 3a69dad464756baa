"""p813-5: Party/provincial newspaper (Báo Thái Nguyên), SUP and kayak on hồ Núi Cốc, 10 months 2023; byline + bare date at the end."""
from lib import F, period, inherit, change, write

TEXT = """Hồ Núi Cốc hút khách nhờ chèo SUP, kayak

Những năm gần đây, các dịch vụ thể thao dưới nước như chèo ván đứng (SUP), kayak, mô tô nước đã giúp Khu du lịch hồ Núi Cốc thay đổi diện mạo. 10 tháng năm 2023, khu du lịch đón trên 520.000 lượt khách, tăng 23% so với cùng kỳ năm 2022, doanh thu đạt gần 98 tỷ đồng.

Hồ Núi Cốc nằm cạnh đường ĐT.261, có diện tích mặt nước khoảng 2.500 ha với 89 hòn đảo lớn nhỏ. Anh Nguyễn Văn Bảy, chủ một cơ sở cho thuê SUP ở xã Phúc Xuân (thành phố Thái Nguyên), cho biết cơ sở có 30 ván SUP và 15 thuyền kayak; ngày cuối tuần có 200-250 lượt khách thuê, giá 120.000 đồng/người/giờ. Mỗi tháng, cơ sở thu về khoảng 60 triệu đồng, gấp 3 lần so với khi chỉ cho thuê thuyền đạp vịt.

Theo Ban Quản lý Khu du lịch, toàn khu hiện có 64 phương tiện thủy nội địa được đăng ký, đăng kiểm, trong đó có 22 tàu chở khách và 42 ca nô, thuyền thể thao. Hằng năm, đơn vị phối hợp tổ chức Giải đua thuyền rồng trong dịp Lễ hội Du lịch Hồ Núi Cốc; năm nay có 18 đội đua với gần 400 vận động viên tham gia.

Tuy vậy, công tác bảo đảm an toàn vẫn còn bất cập: khu vực bãi tắm, chèo SUP rộng hơn 40 ha nhưng mới có 6 nhân viên cứu hộ chuyên trách, chưa đáp ứng yêu cầu. Tỉnh đặt mục tiêu đến năm 2025 thu hút 700.000 lượt khách/năm đến hồ Núi Cốc, đồng thời xây dựng 2 trạm cứu hộ cố định trên hồ.

NGỌC HÀ
05/11/2023
"""

M10 = period("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = period("năm nay", "2023-01-01", "2023-12-31")
T2025 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón trên 520.000 lượt khách", "520.000", 520000, "count", "lượt khách", "khách đến Khu du lịch hồ Núi Cốc",
      M10, approx="over", change=change("increase", 23, baseline="cùng kỳ năm 2022")),
    F("đạt gần 98 tỷ đồng", "98", 9.8e10, "money", "đồng", "doanh thu Khu du lịch hồ Núi Cốc", M10,
      approx="nearly"),
    F("khoảng 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích mặt nước hồ Núi Cốc", approx="about"),
    F("với 89 hòn đảo", "89", 89, "count", "hòn đảo", "hòn đảo lớn nhỏ trên hồ Núi Cốc"),
    F("có 30 ván SUP", "30", 30, "count", "ván SUP", "ván SUP của cơ sở cho thuê"),
    F("và 15 thuyền kayak", "15", 15, "count", "thuyền kayak", "thuyền kayak của cơ sở cho thuê"),
    F("có 200-250 lượt khách", "200", 200, "count", "lượt khách", "lượt khách thuê ngày cuối tuần",
      value_max=250),
    F("giá 120.000 đồng/người/giờ", "120.000", 120000, "money", "đồng/người/giờ", "giá thuê SUP, kayak"),
    F("khoảng 60 triệu đồng", "60", 6e7, "money", "đồng", "tiền cơ sở thu về mỗi tháng", approx="about",
      change=change("increase", 3, unit="lần", baseline="khi chỉ cho thuê thuyền đạp vịt")),
    F("có 64 phương tiện", "64", 64, "count", "phương tiện", "phương tiện thủy nội địa được đăng ký, đăng kiểm"),
    F("có 22 tàu", "22", 22, "count", "tàu", "tàu chở khách", total=64),
    F("và 42 ca nô", "42", 42, "count", "ca nô", "ca nô, thuyền thể thao", total=64),
    F("có 18 đội đua", "18", 18, "count", "đội đua", "đội đua Giải đua thuyền rồng", Y23),
    F("gần 400 vận động viên", "400", 400, "count", "vận động viên", "vận động viên Giải đua thuyền rồng", Y23,
      approx="nearly"),
    F("rộng hơn 40 ha", "40", 40, "measure", "ha", "diện tích khu vực bãi tắm, chèo SUP", approx="over"),
    F("có 6 nhân viên cứu hộ", "6", 6, "count", "nhân viên cứu hộ", "nhân viên cứu hộ chuyên trách"),
    F("thu hút 700.000 lượt khách/năm", "700.000", 700000, "measure", "lượt khách/năm", "khách đến hồ Núi Cốc",
      T2025, status="target"),
    F("xây dựng 2 trạm cứu hộ", "2", 2, "count", "trạm cứu hộ", "trạm cứu hộ cố định trên hồ", T2025,
      status="target"),
]

NOTES = [
    "Báo Thái Nguyên style: SUP, kayak and dragon-boat racing on hồ Núi Cốc, 10 months 2023; byline NGỌC HÀ and bare date 05/11/2023 at the end.",
    "Distractors: đường ĐT.261, the name Nguyễn Văn Bảy (a number word), 'Hằng năm'.",
    "Gold change after the first run: 'lượt khách/năm' is a rate -> kind measure.",
    "'gấp 3 lần so với khi chỉ cho thuê thuyền đạp vịt' is the change of 60 triệu đồng. 'năm nay' = 2023 (published).",
    "The rental business's own figures (30 ván, 15 thuyền, 200-250 lượt, price) carry no period. Location: Thái Nguyên throughout.",
]

write(5, TEXT, FIGS, NOTES, published="2023-11-05", location="Thái Nguyên")
