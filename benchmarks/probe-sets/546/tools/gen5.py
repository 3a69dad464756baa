"""p546-5: Báo Đắk Lắk (Party newspaper) — mobile căn cước issuance in remote areas, Jan–May 2024."""
from lib import F, P, I, CH, emit

TEXT = """BÁO ĐẮK LẮK ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đắk Lắk
Xã hội

Đưa căn cước đến với đồng bào vùng sâu

Những ngày cuối tháng 5, từ 7 giờ sáng, tổ công tác cấp căn cước lưu động của Công an huyện Ea Súp đã vượt hơn 40 km dọc Tỉnh lộ 1 để đến nhà văn hóa buôn Ea Rốk. Chỉ trong một buổi sáng, tổ thu nhận 186 hồ sơ, chủ yếu của người cao tuổi và học sinh.

Theo Phòng Cảnh sát QLHC về TTXH Công an tỉnh, từ tháng 1 đến hết tháng 5/2024, lực lượng công an đã tổ chức 1.236 lượt cấp căn cước lưu động tại 184 xã, phường, thị trấn, thu nhận gần 61.000 hồ sơ. Trong đó, hơn 24.500 hồ sơ là của người dân tộc thiểu số, chiếm khoảng 40%.

Mỗi tổ công tác thu nhận từ 150 đến 200 hồ sơ/ngày. Các huyện có số hồ sơ lưu động lớn là Ea Súp (6.420 hồ sơ), Krông Bông (5.918 hồ sơ), M'Đrắk (5.377 hồ sơ) và Lắk (4.860 hồ sơ).

Toàn tỉnh hiện có 1.274.900 tài khoản định danh điện tử mức độ 2 được kích hoạt, đạt 88,6% chỉ tiêu Bộ Công an giao. Công an tỉnh đã huy động hơn 1,8 tỷ đồng từ nguồn xã hội hóa để trang bị thêm 35 bộ thiết bị thu nhận lưu động.

Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh cho biết, đơn vị phấn đấu đến ngày 30/6/2024 hoàn thành thu nhận hồ sơ căn cước cho 100% công dân đủ điều kiện; dự kiến còn khoảng 12.000 trường hợp cần thu nhận tại các buôn xa trung tâm.

NGUYỄN THỦY
12/06/2024
"""

M5 = P("từ tháng 1 đến hết tháng 5/2024", "2024-01-01", "2024-05-31")
DIST = "hồ sơ căn cước thu nhận lưu động"

FIGS = [
    F("vượt hơn 40 km", "40", 40, "measure", "km", "quãng đường tổ công tác cấp căn cước lưu động di chuyển",
      approx="over", location="Ea Súp"),
    F("tổ thu nhận 186 hồ sơ", "186", 186, "count", "hồ sơ",
      "hồ sơ căn cước tổ công tác lưu động thu nhận trong một buổi sáng", location="Ea Súp"),
    F("tổ chức 1.236 lượt", "1.236", 1236, "count", "lượt", "lượt cấp căn cước lưu động", M5),
    F("tại 184 xã", "184", 184, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn được cấp căn cước lưu động", M5),
    F("gần 61.000 hồ sơ", "61.000", 61000, "count", "hồ sơ", "hồ sơ căn cước thu nhận lưu động", M5,
      approx="nearly"),
    F("hơn 24.500 hồ sơ", "24.500", 24500, "count", "hồ sơ", "hồ sơ của người dân tộc thiểu số", I(M5),
      approx="over", total=61000, percent=40),
    F("từ 150 đến 200 hồ sơ/ngày", "150", 150, "measure", "hồ sơ/ngày",
      "hồ sơ mỗi tổ công tác thu nhận", value_max=200),
    F("Ea Súp (6.420 hồ sơ)", "6.420", 6420, "count", "hồ sơ", DIST, I(M5), location="Ea Súp"),
    F("Krông Bông (5.918 hồ sơ)", "5.918", 5918, "count", "hồ sơ", DIST, I(M5), location="Krông Bông"),
    F("M'Đrắk (5.377 hồ sơ)", "5.377", 5377, "count", "hồ sơ", DIST, I(M5), location="M'Đrắk"),
    F("Lắk (4.860 hồ sơ)", "4.860", 4860, "count", "hồ sơ", DIST, I(M5), location="Lắk"),
    F("có 1.274.900 tài khoản", "1.274.900", 1274900, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử mức độ 2 được kích hoạt", percent=88.6),
    F("hơn 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "kinh phí huy động từ nguồn xã hội hóa",
      approx="over"),
    F("thêm 35 bộ thiết bị", "35", 35, "count", "bộ thiết bị", "bộ thiết bị thu nhận lưu động trang bị thêm"),
    F("cho 100% công dân", "100", 100, "percent", "%",
      "công dân đủ điều kiện được thu nhận hồ sơ căn cước", P("đến ngày 30/6/2024", None, "2024-06-30"),
      status="target"),
    F("khoảng 12.000 trường hợp", "12.000", 12000, "count", "trường hợp",
      "trường hợp cần thu nhận tại các buôn xa trung tâm", approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper): cấp căn cước lưu động cho đồng bào vùng sâu, tháng 1-5/2024; byline and bare date '12/06/2024' at the end.",
    "Not figures: '7 giờ sáng' (time of day), 'Tỉnh lộ 1', 'tháng 5', 'một buổi sáng' (a duration locating the 186), 'mức độ 2', '30/6/2024'.",
    "The 40 km trip and the 186 dossiers are Ea Súp's team (location Ea Súp). 'từ tháng 1 đến hết tháng 5/2024' = 2024-01-01..2024-05-31.",
    "'Trong đó, hơn 24.500 hồ sơ …, chiếm khoảng 40%' is a part of the 61.000 (total) with percent 40. '150 đến 200 hồ sơ/ngày' is a rate range (measure).",
    "'đạt 88,6% chỉ tiêu Bộ Công an giao' is the percent of 1.274.900 (as in 003). 'phấn đấu đến ngày 30/6/2024 … 100%' target; 'dự kiến còn khoảng 12.000' forecast.",
]

if __name__ == "__main__":
    emit("p546-5", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Đắk Lắk")
