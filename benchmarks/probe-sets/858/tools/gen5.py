"""p858-5: Party newspaper (Báo Lào Cai), thị xã Sa Pa, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Chị em Mông, Dao ở Sa Pa học nghề làm móng, gội đầu dưỡng sinh

Những ngày cuối tháng 10, căn phòng nhỏ tại nhà văn hóa tổ dân phố số 4, phường Sa Pa rộn tiếng cười của 28 học viên lớp chăm sóc móng và gội đầu dưỡng sinh. Trong đó, 19 học viên là người Mông, 9 học viên là người Dao. Đây là lớp thứ 3 trong năm do Hội Liên hiệp Phụ nữ thị xã Sa Pa phối hợp với Trung tâm Giáo dục nghề nghiệp thị xã tổ chức.

Chị Giàng Thị Mai (32 tuổi, thôn Lao Chải) kể, trước đây chị chỉ làm nương, thu nhập mỗi tháng chưa đến 2 triệu đồng. Từ khi học nghề và nhận làm móng cho khách lưu trú ở các homestay, mỗi ngày chị kiếm thêm 300.000-500.000 đồng.

Năm 2024, thị xã mở 5 lớp nghề làm đẹp cho 146 học viên, kinh phí hơn 420 triệu đồng từ Dự án 4 thuộc Chương trình mục tiêu quốc gia 1719. Tính đến hết tháng 10/2024, đã có 97 học viên có việc làm, chiếm 66,4%; trong đó 23 học viên mở tiệm nhỏ tại nhà. Hội cũng đã kết nối với 12 homestay, khách sạn để nhận học viên thực tập.

Toàn thị xã hiện có 63 cơ sở spa, làm móng, gội đầu phục vụ du khách, trong đó 27 cơ sở do phụ nữ dân tộc thiểu số làm chủ.

Theo bà Lý Thị Sử, Chủ tịch Hội Liên hiệp Phụ nữ thị xã, mục tiêu năm 2025 là mở 8 lớp, đào tạo khoảng 240 học viên, ưu tiên các xã vùng cao như Tả Van, Bản Hồ, Thanh Bình. Nhiều chị em mong muốn được học thêm nghề trang điểm, chăm sóc da để phục vụ khách du lịch quanh năm.

HOÀNG THU
05/11/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T10 = P("Tính đến hết tháng 10/2024", None, "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("của 28 học viên", "28", 28, "count", "học viên", "học viên lớp chăm sóc móng và gội đầu dưỡng sinh"),
    F("19 học viên", "19", 19, "count", "học viên", "học viên người Mông", total=28),
    F(", 9 học viên", "9", 9, "count", "học viên", "học viên người Dao", total=28),
    F("(32 tuổi", "32", 32, "measure", "tuổi", "tuổi của chị Giàng Thị Mai", optional=True),
    F("chưa đến 2 triệu đồng", "2", 2e6, "money", "đồng/tháng", "thu nhập mỗi tháng trước khi học nghề",
      approx="under"),
    F("300.000-500.000 đồng", "300.000", 300000, "money", "đồng/ngày", "thu nhập kiếm thêm mỗi ngày",
      value_max=500000),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp nghề làm đẹp", Y24),
    F("cho 146 học viên", "146", 146, "count", "học viên", "học viên nghề làm đẹp", Y24),
    F("hơn 420 triệu đồng", "420", 4.2e8, "money", "đồng", "kinh phí đào tạo nghề làm đẹp", Y24, approx="over"),
    F("có 97 học viên", "97", 97, "count", "học viên", "học viên có việc làm", T10, percent=66.4),
    F("23 học viên", "23", 23, "count", "học viên", "học viên mở tiệm nhỏ tại nhà", T10, total=97),
    F("với 12 homestay", "12", 12, "count", "homestay, khách sạn", "homestay, khách sạn nhận học viên thực tập"),
    F("có 63 cơ sở", "63", 63, "count", "cơ sở", "cơ sở spa, làm móng, gội đầu phục vụ du khách"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở do phụ nữ dân tộc thiểu số làm chủ", total=63),
    F("mở 8 lớp", "8", 8, "count", "lớp", "lớp nghề làm đẹp", Y25, status="target"),
    F("khoảng 240 học viên", "240", 240, "count", "học viên", "học viên được đào tạo", Y25,
      approx="about", status="target"),
]

NOTES = [
    "Báo Lào Cai: lớp chăm sóc móng, gội đầu dưỡng sinh cho phụ nữ Mông, Dao ở thị xã Sa Pa; byline and bare date 05/11/2024 at the end.",
    "Location is the thị xã Sa Pa (all figures are the town's). 'Trong đó' after a sentence break -> total 28; 'trong đó' -> 97, 63.",
    "'Những ngày cuối tháng 10' sets a scene, not a period of the class size: no period on 28. 'hiện có 63 cơ sở': no period.",
    "The example woman's age '32 tuổi' is optional. Her income figures are facts the article states (required).",
    "Distractors: tổ dân phố số 4, lớp thứ 3 (ordinal), Dự án 4, Chương trình 1719, bare date 05/11/2024.",
]

write("p858-5", TEXT, FIGS, NOTES, published="2024-11-05", location="Sa Pa")
