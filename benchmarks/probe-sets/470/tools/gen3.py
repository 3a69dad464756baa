from lib import *

text = """Báo Nam Định điện tử
Xã hội
NGUYỄN HƯƠNG 10:42, 08/10/2024

Quản lý, chăm sóc người bệnh tâm thần tại cộng đồng

(BNĐ) - Thực hiện Kế hoạch số 142/KH-UBND của UBND tỉnh, công tác quản lý, chăm sóc người bệnh tâm thần tại cộng đồng trên địa bàn tỉnh Nam Định đạt nhiều kết quả tích cực.

Tính đến 30/9/2024, toàn tỉnh đang quản lý 6.932 người bệnh tâm thần tại cộng đồng, trong đó 3.815 người tâm thần phân liệt (chiếm 55%), 2.684 người động kinh và 433 người mắc các rối loạn tâm thần khác. Số người bệnh được điều trị duy trì thường xuyên bằng thuốc cấp miễn phí là 5.418 người, đạt 78,2%, tăng 4,6 điểm phần trăm so với cùng kỳ năm 2023.

Các huyện có số người bệnh được quản lý nhiều là Hải Hậu (812 người), Ý Yên (746 người), Giao Thủy (598 người); thấp nhất là thành phố Nam Định với 214 người.

Bên cạnh đó, Trung tâm Bảo trợ xã hội tỉnh (cơ sở 2, xã Mỹ Thuận) hiện nuôi dưỡng tập trung 176 người tâm thần nặng không nơi nương tựa; từ đầu năm đến nay đã tiếp nhận mới 23 trường hợp, đưa 9 người ổn định về với gia đình.

Năm 2024, tỉnh bố trí gần 4,5 tỷ đồng cho công tác chăm sóc sức khỏe tâm thần cộng đồng, trong đó khoảng 2,9 tỷ đồng dùng để mua thuốc. Mức trợ cấp xã hội hằng tháng đối với người khuyết tật tâm thần đặc biệt nặng là 1.000.000 đồng/người/tháng.

Phấn đấu đến năm 2025, trên 85% người bệnh tâm thần phân liệt và động kinh được điều trị ổn định; 100% xã, phường, thị trấn triển khai quản lý người bệnh tâm thần tại cộng đồng.
"""

D = P("Tính đến 30/9/2024", None, "2024-09-30")
Di = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
T = P("đến năm 2025", None, "2025-12-31")
L = "người bệnh tâm thần được quản lý tại cộng đồng"

figs = [
    F("quản lý 6.932 người", "6.932", 6932, "count", "người bệnh tâm thần", "người bệnh tâm thần được quản lý tại cộng đồng", period=D),
    F("trong đó 3.815 người", "3.815", 3815, "count", "người", "người tâm thần phân liệt", total=6932, percent=55, period=D),
    F("2.684 người động kinh", "2.684", 2684, "count", "người", "người động kinh", total=6932, period=D),
    F("và 433 người", "433", 433, "count", "người", "người mắc các rối loạn tâm thần khác", total=6932, period=D),
    F("là 5.418 người", "5.418", 5418, "count", "người", "người bệnh được điều trị duy trì thường xuyên bằng thuốc cấp miễn phí",
      percent=78.2, change=ch("increase", 4.6, unit="điểm phần trăm", baseline="cùng kỳ năm 2023"), period=Di),
    F("Hải Hậu (812 người)", "812", 812, "count", "người", L, location="Hải Hậu", period=Di),
    F("Ý Yên (746 người)", "746", 746, "count", "người", L, location="Ý Yên", period=Di),
    F("Giao Thủy (598 người)", "598", 598, "count", "người", L, location="Giao Thủy", period=Di),
    F("với 214 người", "214", 214, "count", "người", L, location="Nam Định", period=Di),
    F("tập trung 176 người", "176", 176, "count", "người", "người tâm thần nặng không nơi nương tựa được nuôi dưỡng tập trung"),
    F("mới 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp tiếp nhận mới", period=YTD),
    F("đưa 9 người", "9", 9, "count", "người", "người ổn định về với gia đình", period=YTD),
    F("gần 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "kinh phí cho công tác chăm sóc sức khỏe tâm thần cộng đồng",
      approx="nearly", period=Y),
    F("khoảng 2,9 tỷ đồng", "2,9", 2900000000, "money", "đồng", "kinh phí mua thuốc", approx="about", total=4500000000, period=Y),
    F("1.000.000 đồng/người/tháng", "1.000.000", 1000000, "money", "đồng/người/tháng",
      "mức trợ cấp xã hội hằng tháng đối với người khuyết tật tâm thần đặc biệt nặng"),
    F("trên 85% người bệnh", "85", 85, "percent", "%", "người bệnh tâm thần phân liệt và động kinh được điều trị ổn định",
      approx="over", status="target", period=T),
    F("100% xã, phường", "100", 100, "percent", "%", "xã, phường, thị trấn triển khai quản lý người bệnh tâm thần tại cộng đồng",
      status="target", period=T),
]

build(3, [
    "Party newspaper (Báo Nam Định), byline + bare time/date 'NGUYỄN HƯƠNG 10:42, 08/10/2024'; mental illness managed in the community.",
    "trong đó 3.815 + 2.684 + 433 = 6.932 (totals); '(chiếm 55%)' percent of 3.815. '5.418 người, đạt 78,2%, tăng 4,6 điểm phần trăm' → percent + change.",
    "District list (Hải Hậu, Ý Yên, Giao Thủy, thành phố Nam Định) → location of each item, subject the list's indicator; period inherited (30/9).",
    "'từ đầu năm đến nay' = 2024-01-01 to the dateline. 'trong đó khoảng 2,9 tỷ đồng' total 4,5 tỷ. 'Phấn đấu đến năm 2025' → targets.",
    "Distractors: Kế hoạch số 142/KH-UBND, '(cơ sở 2, xã Mỹ Thuận)', '(BNĐ)', time 10:42. '176 người … hiện' has no period.",
], text, figs, published="2024-10-08", location="Nam Định")
