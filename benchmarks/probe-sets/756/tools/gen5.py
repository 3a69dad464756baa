"""p756-5: Báo Phú Thọ (Party newspaper) — người bệnh tan máu bẩm sinh tại Bệnh viện Đa khoa tỉnh, năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """Báo Phú Thọ điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phú Thọ
Xã hội

Gần 600 người bệnh tan máu bẩm sinh được điều trị tại Bệnh viện Đa khoa tỉnh

(BPT) - Năm 2023, Khoa Huyết học - Truyền máu, Bệnh viện Đa khoa tỉnh Phú Thọ đã quản lý, điều trị cho 587 người bệnh tan máu bẩm sinh, tăng 46 người so với năm 2022. Trong đó, trẻ em chiếm 58,3%, người bệnh ở các huyện miền núi chiếm gần 40%.

Mỗi năm, bệnh viện sử dụng trên 7.500 đơn vị máu và chế phẩm máu để truyền cho người bệnh thalassemia, chiếm khoảng 35% tổng lượng máu sử dụng toàn viện. Chi phí thuốc thải sắt bình quân từ 3,5 đến 4 triệu đồng/người/tháng, phần lớn do quỹ bảo hiểm y tế chi trả. Năm 2023, quỹ BHYT đã thanh toán hơn 18,6 tỷ đồng chi phí khám, chữa bệnh tan máu bẩm sinh tại bệnh viện, tăng 11,2% so với năm trước.

Theo bác sĩ CKII Nguyễn Thị Hương, Trưởng khoa, từ tháng 6/2023, khoa đã mở rộng lên 45 giường điều trị ban ngày, tăng 20 giường; thời gian chờ truyền máu rút ngắn xuống còn dưới 1 ngày. Khoa cũng phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tư vấn, xét nghiệm sàng lọc cho 2.145 người thân của người bệnh, phát hiện 684 người mang gen.

Tính đến ngày 31/12/2023, 13/13 huyện, thành, thị trong tỉnh đã triển khai tư vấn, khám sức khỏe trước khi kết hôn. Năm 2024, tỉnh đặt mục tiêu sàng lọc thalassemia cho 5.000 học sinh THPT và dự kiến đưa vào hoạt động Đơn vị điều trị thalassemia ban ngày tại Bệnh viện Sản Nhi tỉnh với quy mô 30 giường.

Hồng Nhung
16/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 600 người bệnh", "600", 600, "count", "người bệnh",
      "người bệnh tan máu bẩm sinh được điều trị tại Bệnh viện Đa khoa tỉnh", I(Y23), approx="nearly"),
    F("cho 587 người bệnh", "587", 587, "count", "người bệnh",
      "người bệnh tan máu bẩm sinh được quản lý, điều trị tại Khoa Huyết học - Truyền máu", Y23,
      change=CH("increase", 46, "người", "năm 2022")),
    F("trẻ em chiếm 58,3%", "58,3", 58.3, "percent", "%", "tỷ lệ trẻ em trong số người bệnh", I(Y23)),
    F("chiếm gần 40%", "40", 40, "percent", "%", "tỷ lệ người bệnh ở các huyện miền núi", I(Y23), approx="nearly"),
    F("trên 7.500 đơn vị máu", "7.500", 7500, "count", "đơn vị máu",
      "đơn vị máu và chế phẩm máu truyền cho người bệnh thalassemia mỗi năm", approx="over", percent=35),
    F("từ 3,5 đến 4 triệu", "3,5", 3500000, "money", "đồng/người/tháng", "chi phí thuốc thải sắt bình quân",
      value_max=4000000),
    F("hơn 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng",
      "chi phí khám, chữa bệnh tan máu bẩm sinh quỹ BHYT thanh toán", Y23, approx="over",
      change=CH("increase", 11.2, "%", "năm trước")),
    F("lên 45 giường", "45", 45, "count", "giường", "giường điều trị ban ngày",
      change=CH("increase", 20, "giường")),
    F("dưới 1 ngày", "1", 1, "measure", "ngày", "thời gian chờ truyền máu", approx="under"),
    F("cho 2.145 người", "2.145", 2145, "count", "người",
      "người thân của người bệnh được tư vấn, xét nghiệm sàng lọc"),
    F("phát hiện 684 người", "684", 684, "count", "người", "người thân mang gen"),
    F("13/13 huyện", "13", 13, "count", "huyện, thành, thị",
      "huyện, thành, thị đã triển khai tư vấn, khám sức khỏe trước khi kết hôn", ASOF, total=13),
    F("cho 5.000 học sinh", "5.000", 5000, "count", "học sinh", "học sinh THPT được sàng lọc thalassemia", Y24,
      status="target"),
    F("quy mô 30 giường", "30", 30, "count", "giường",
      "quy mô Đơn vị điều trị thalassemia ban ngày tại Bệnh viện Sản Nhi tỉnh", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Phú Thọ (Party newspaper): người bệnh tan máu bẩm sinh tại Bệnh viện Đa khoa tỉnh năm 2023; byline and bare date '16/01/2024' at the end.",
    "'tăng 46 người so với năm 2022' is the change of 587 (unit người); 'tăng 20 giường' the change of 45 giường (no baseline).",
    "The shares after 'Trong đó' (58,3%, gần 40%) are percent figures with no base count in the clause: no total.",
    "'từ 3,5 đến 4 triệu đồng/người/tháng' is a money range with the rate in its unit. 'bác sĩ CKII', 'từ tháng 6/2023' are not figures.",
    "'Năm 2024, tỉnh đặt mục tiêu … và dự kiến …': 5.000 học sinh target, the 30-bed unit forecast (the second clause has its own cue).",
    "Sentences with 'Mỗi năm', 'từ tháng 6/2023' or no period phrase get no period (unscored). 684 has no total (no part-of cue).",
]

if __name__ == "__main__":
    emit("p756-5", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Phú Thọ")
