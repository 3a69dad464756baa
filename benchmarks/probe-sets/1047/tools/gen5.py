"""p1047-5: Party/provincial newspaper (Báo Bình Định), dried squid prices in Hoài Nhơn, byline + bare date at the end."""
from lib import C, F, I, P, T, emit

TEXT = """Giá mực khô tăng cao, ngư dân Hoài Nhơn phấn khởi

Những ngày này, tại cảng cá Tam Quan (thị xã Hoài Nhơn), nhiều tàu câu mực vừa trở về sau chuyến biển dài ngày ở ngư trường Hoàng Sa. Tàu BĐ 97139 TS của ngư dân Võ Văn Tư (phường Tam Quan Bắc) cập cảng với gần 7 tấn mực khô, bán được hơn 4,6 tỷ đồng.

Theo các thương lái, mực khô loại 1 (dài trên 25 cm) hiện được thu mua với giá 680.000 đồng/kg, tăng 80.000 đồng/kg so với cùng kỳ năm trước; mực khô loại 2 giá 520.000 đồng/kg, loại 3 từ 350.000 đến 400.000 đồng/kg.

Thị xã Hoài Nhơn hiện có 412 tàu làm nghề câu mực, chiếm hơn 40% số tàu khai thác xa bờ của địa phương. Hai tháng đầu năm 2025, đội tàu này khai thác được 1.350 tấn mực, tăng 15% so với cùng kỳ.

Dọc Quốc lộ 1A qua phường Hoài Hương, các cơ sở chế biến mực khô hoạt động tất bật. Ông Nguyễn Văn Năm, chủ một cơ sở, cho biết mỗi ngày cơ sở sơ chế khoảng 1,5 tấn mực tươi, tạo việc làm cho 18 lao động với tiền công 250.000 đồng/người/ngày. Toàn thị xã có 37 cơ sở chế biến mực khô, mỗi năm cung ứng ra thị trường trên 2.000 tấn sản phẩm.

Theo Sở NN&PTNT Bình Định, năm 2024 sản lượng mực khai thác của toàn tỉnh đạt 11.800 tấn, gấp 1,3 lần năm 2020. Năm 2025, tỉnh phấn đấu đạt 12.500 tấn, đồng thời hỗ trợ ngư dân lắp đặt 150 máy thu phát vệ tinh theo Nghị quyết số 12/2024/NQ-HĐND.

NGỌC TÚ
14/03/2025
"""

M2 = P("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 7 tấn mực khô", "7", 7, "measure", "tấn", "mực khô tàu cập cảng", approx="nearly"),
    F("hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tiền bán mực khô", approx="over"),
    F("dài trên 25 cm", "25", 25, "measure", "cm", "chiều dài mực khô loại 1", approx="over", optional=True),
    F("giá 680.000 đồng/kg", "680.000", 680000, "money", "đồng/kg", "giá thu mua mực khô loại 1",
      change=C("increase", 80000, "đồng/kg", baseline="cùng kỳ năm trước")),
    F("giá 520.000 đồng/kg", "520.000", 520000, "money", "đồng/kg", "giá mực khô loại 2"),
    F("từ 350.000 đến 400.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá mực khô loại 3",
      value_max=400000),
    F("có 412 tàu", "412", 412, "count", "tàu", "tàu làm nghề câu mực", percent=40),
    F("được 1.350 tấn", "1.350", 1350, "measure", "tấn", "sản lượng mực đội tàu câu mực khai thác", M2,
      change=C("increase", 15, baseline="cùng kỳ")),
    F("khoảng 1,5 tấn mực tươi", "1,5", 1.5, "measure", "tấn", "mực tươi cơ sở sơ chế mỗi ngày", approx="about"),
    F("cho 18 lao động", "18", 18, "count", "lao động", "lao động có việc làm tại cơ sở chế biến"),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động"),
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở chế biến mực khô"),
    F("trên 2.000 tấn", "2.000", 2000, "measure", "tấn", "sản phẩm mực khô cung ứng ra thị trường mỗi năm",
      approx="over"),
    F("đạt 11.800 tấn", "11.800", 11800, "measure", "tấn", "sản lượng mực khai thác", Y24, location="Bình Định",
      change=C("increase", 1.3, "lần", baseline="năm 2020")),
    F("phấn đấu đạt 12.500 tấn", "12.500", 12500, "measure", "tấn", "sản lượng mực khai thác", Y25,
      status="target", location="Bình Định"),
    F("lắp đặt 150 máy", "150", 150, "count", "máy", "máy thu phát vệ tinh hỗ trợ ngư dân lắp đặt", Y25,
      status="target", location="Bình Định"),
]

COMMENTS = [
    "Báo Bình Định: giá mực khô, tàu câu mực và cơ sở chế biến ở thị xã Hoài Nhơn; byline 'NGỌC TÚ' and the bare date '14/03/2025' at the end.",
    "Not figures: 'BĐ 97139 TS', 'Võ Văn Tư', 'Nguyễn Văn Năm' (names with number words), 'Quốc lộ 1A', 'mực khô loại 1/2/3' (grades),",
    "'Nghị quyết số 12/2024/NQ-HĐND'. 'dài trên 25 cm' defines the grade (a category threshold): optional.",
    "Thị xã Hoài Nhơn is the place of the article (location Hoài Nhơn, its phường lie in it); the Sở's provincial figures are Bình Định.",
    "'gấp 1,3 lần năm 2020' after 11.800 tấn compares it with a baseline: its change (increase 1,3 lần), not a multiple figure.",
    "'chiếm hơn 40%' is the share of 412 tàu (percent 40). '…, đồng thời hỗ trợ … 150 máy' continues the 'phấn đấu' clause: target.",
]

emit("p1047-5", TEXT, COMMENTS, FIGS, published="2025-03-14", location="Hoài Nhơn")
