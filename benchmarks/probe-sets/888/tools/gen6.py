"""p888-6: national newspaper (VnExpress style), a Bình Phước pig farm generating power from biogas."""
from lib import F, P, I, C, write

TEXT = """Thứ năm, 13/3/2025, 06:30 (GMT+7)
Trang trại 30.000 con lợn tự chủ điện nhờ biogas

Bình Phước - Hệ thống hầm biogas 45.000 m3 giúp trang trại của Công ty TNHH Chăn nuôi Tân Lập 2 phát điện, tiết kiệm hơn 400 triệu đồng tiền điện mỗi tháng.

Trang trại rộng 28 ha ở xã Tân Hưng, huyện Hớn Quản, nuôi thường xuyên khoảng 30.000 con lợn thịt; đàn lợn nái có 2.400 con. Mỗi ngày, trại thải ra khoảng 600 m3 nước thải và gần 25 tấn phân. Toàn bộ chất thải được đưa vào 3 hầm biogas phủ bạt HDPE, khí sinh ra chạy 4 máy phát với tổng công suất 1.200 kW.

Ông Trần Minh Khoa, quản lý trại, cho biết năm 2024 hệ thống phát được khoảng 3,1 triệu kWh, đáp ứng 85% nhu cầu điện của trại. Tổng vốn đầu tư hệ thống xử lý chất thải khoảng 18 tỷ đồng, dự kiến thu hồi vốn sau 4-5 năm. Phân lợn sau ép được bán cho nhà vườn trồng sầu riêng, cà phê với giá 1.800 đồng/kg, thu về khoảng 1,2 tỷ đồng mỗi năm.

Theo Sở NN&PTNT Bình Phước, tỉnh hiện có 1.050 trang trại chăn nuôi, trong đó 318 trang trại quy mô lớn. Tổng đàn lợn đạt 2,45 triệu con, đứng thứ 2 cả nước sau Đồng Nai. Năm 2024, có 62 trang trại đầu tư máy phát điện chạy bằng khí biogas, gấp đôi năm 2022.

Tuy vậy, theo các chuyên gia, chỉ khoảng 10% lượng khí biogas của cả nước được dùng để phát điện, phần lớn vẫn bị đốt bỏ hoặc xả thẳng ra môi trường.

Minh Hiếu
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Trang trại 30.000 con lợn", "30.000", 30000, "count", "con", "lợn của trang trại"),
    F("biogas 45.000 m3", "45.000", 45000, "measure", "m3", "dung tích hệ thống hầm biogas"),
    F("hơn 400 triệu đồng", "400", 400000000, "money", "đồng/tháng", "tiền điện tiết kiệm mỗi tháng",
      approx="over"),
    F("rộng 28 ha", "28", 28, "measure", "ha", "diện tích trang trại", location="Hớn Quản"),
    F("khoảng 30.000 con lợn thịt", "30.000", 30000, "count", "con", "lợn thịt nuôi thường xuyên", approx="about",
      location="Hớn Quản"),
    F("có 2.400 con", "2.400", 2400, "count", "con", "đàn lợn nái", location="Hớn Quản"),
    F("khoảng 600 m3", "600", 600, "measure", "m3/ngày", "nước thải trại thải ra mỗi ngày", approx="about"),
    F("gần 25 tấn", "25", 25, "measure", "tấn/ngày", "phân trại thải ra mỗi ngày", approx="nearly"),
    F("vào 3 hầm", "3", 3, "count", "hầm", "hầm biogas phủ bạt HDPE"),
    F("chạy 4 máy phát", "4", 4, "count", "máy phát", "máy phát điện chạy bằng khí sinh học"),
    F("công suất 1.200 kW", "1.200", 1200, "measure", "kW", "tổng công suất máy phát"),
    F("khoảng 3,1 triệu kWh", "3,1", 3100000, "measure", "kWh", "điện năng hệ thống phát được", Y24,
      approx="about", percent=85),
    F("khoảng 18 tỷ đồng", "18", 18000000000, "money", "đồng", "tổng vốn đầu tư hệ thống xử lý chất thải",
      approx="about"),
    F("sau 4-5 năm", "4", 4, "measure", "năm", "thời gian thu hồi vốn", value_max=5, status="forecast"),
    F("giá 1.800 đồng/kg", "1.800", 1800, "money", "đồng/kg", "giá bán phân lợn sau ép"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng/năm", "tiền bán phân lợn thu về mỗi năm",
      approx="about"),
    F("có 1.050 trang trại", "1.050", 1050, "count", "trang trại", "trang trại chăn nuôi"),
    F("trong đó 318 trang trại", "318", 318, "count", "trang trại", "trang trại quy mô lớn", total=1050),
    F("đạt 2,45 triệu con", "2,45", 2450000, "count", "con", "tổng đàn lợn"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tổng đàn lợn"),
    F("có 62 trang trại", "62", 62, "count", "trang trại", "trang trại đầu tư máy phát điện chạy bằng khí biogas",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 2, "lần", "năm 2022")),
    F("chỉ khoảng 10%", "10", 10, "percent", "%", "tỷ lệ khí biogas được dùng để phát điện", approx="about",
      location="Việt Nam"),
]

NOTES = [
    "National-paper style (VnExpress: 'Thứ năm, 13/3/2025, 06:30 (GMT+7)', byline at the end): a pig farm in huyện Hớn Quản, Bình Phước,",
    "generating power from biogas; provincial farm and herd figures; a national share of biogas used for power (Việt Nam).",
    "'đáp ứng 85% nhu cầu điện' is the share stated for 3,1 triệu kWh (percent attribute). 'gấp đôi năm 2022' qualifies 62 trang trại:",
    "change (increase, 2 lần). 'đứng thứ 2 cả nước' is a rank of Bình Phước's herd. The farm's figures are located in Bình Phước,",
    "except those of the sentence that names its district (28 ha, 30.000 con, 2.400 con -> Hớn Quản, as Thủ Thừa in p888-8).",
    "revised after the first run: 28 ha, 30.000 lợn thịt, 2.400 lợn nái location Bình Phước -> Hớn Quản (consistency with p888-8).",
    "Distractors: Công ty TNHH Chăn nuôi Tân Lập 2, dateline and time, 'sau Đồng Nai' (a place, no number).",
]

write("p888-6", TEXT, FIGS, NOTES, published="2025-03-13", location="Bình Phước")
