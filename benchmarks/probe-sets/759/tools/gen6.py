"""p759-6: national press — hill-district goat farming in Thanh Hóa: a household, provincial herd, prices, credit, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Nông nghiệp
Thứ tư, 17/4/2024, 06:30 (GMT+7)

Nông dân miền núi Thanh Hóa lãi 200 triệu đồng mỗi năm nhờ nuôi dê

Nuôi dê thả đồi giúp nhiều hộ ở các huyện miền núi Thanh Hóa có thu nhập ổn định, đàn dê toàn tỉnh tăng nhanh trong ba năm qua.

Ông Hà Văn Thắng, 52 tuổi, ở xã Lũng Niêm, huyện Bá Thước, hiện nuôi 180 con dê trên khoảng 5 ha đồi rừng. Mỗi năm ông xuất bán khoảng 120 con dê thịt, trọng lượng bình quân 30-35 kg/con, giá bán 140.000 đồng/kg hơi, trừ chi phí lãi khoảng 200 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa, tính đến tháng 3/2024, tổng đàn dê toàn tỉnh đạt 152.800 con, tăng 5,2% so với cùng kỳ; trong đó đàn dê ở 11 huyện miền núi chiếm gần 80%. Các huyện Bá Thước, Quan Hóa, Cẩm Thủy có đàn dê lớn nhất, lần lượt 18.400, 15.200 và 13.900 con.

Giá dê thương phẩm năm nay tăng 8-10% so với năm 2023, có thời điểm lên 160.000 đồng/kg hơi. Thương lái từ Hà Nội, Ninh Bình lên tận bản thu mua dọc Quốc lộ 217.

Năm 2023, Ngân hàng Chính sách xã hội chi nhánh Thanh Hóa đã cho 2.350 hộ vay hơn 117 tỷ đồng để phát triển chăn nuôi gia súc ăn cỏ.

Ông Lê Văn Hùng, Phó giám đốc Sở, cho biết tỉnh phấn đấu đến năm 2025 tổng đàn dê đạt 200.000 con, trong đó 30% được lai tạo với giống dê Boer, Bách Thảo.

Lê Hoàng
"""

ASOF = P("tính đến tháng 3/2024", end="2024-03-31")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("lãi 200 triệu đồng mỗi năm", "200", 200000000, "money", "đồng", "lãi mỗi năm nhờ nuôi dê"),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi ông Hà Văn Thắng", optional=True),
    F("nuôi 180 con", "180", 180, "count", "con", "dê ông Hà Văn Thắng nuôi", location="Bá Thước"),
    F("khoảng 5 ha", "5", 5, "measure", "ha", "diện tích đồi rừng nuôi dê", approx="about", location="Bá Thước"),
    F("khoảng 120 con", "120", 120, "count", "con", "dê thịt xuất bán mỗi năm", approx="about", location="Bá Thước"),
    F("bình quân 30-35", "30", 30, "measure", "kg/con", "trọng lượng bình quân dê thịt", value_max=35,
      location="Bá Thước"),
    F("bán 140.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá bán dê thịt", location="Bá Thước"),
    F("lãi khoảng 200 triệu", "200", 200000000, "money", "đồng", "lãi", approx="about", location="Bá Thước"),
    F("đạt 152.800 con", "152.800", 152800, "count", "con", "tổng đàn dê toàn tỉnh", ASOF,
      change=CH("increase", 5.2, baseline="cùng kỳ")),
    F("ở 11 huyện", "11", 11, "count", "huyện", "huyện miền núi", optional=True),
    F("chiếm gần 80%", "80", 80, "percent", "%", "tỷ trọng đàn dê ở 11 huyện miền núi trong tổng đàn", ASOF,
      approx="nearly"),
    F("lần lượt 18.400", "18.400", 18400, "count", "con", "đàn dê", I(ASOF), location="Bá Thước"),
    F("15.200 và", "15.200", 15200, "count", "con", "đàn dê", I(ASOF), location="Quan Hóa"),
    F("và 13.900 con", "13.900", 13900, "count", "con", "đàn dê", I(ASOF), location="Cẩm Thủy"),
    F("tăng 8-10%", "8", 8, "percent", "%", "giá dê thương phẩm", NAY, value_max=10),
    F("lên 160.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá dê thương phẩm có thời điểm", NAY),
    F("cho 2.350 hộ", "2.350", 2350, "count", "hộ", "hộ vay vốn phát triển chăn nuôi gia súc ăn cỏ", Y23),
    F("hơn 117 tỷ đồng", "117", 117000000000, "money", "đồng", "vốn vay phát triển chăn nuôi gia súc ăn cỏ", Y23,
      approx="over"),
    F("đạt 200.000 con", "200.000", 200000, "count", "con", "tổng đàn dê", T25, status="target"),
    F("trong đó 30%", "30", 30, "percent", "%", "tỷ lệ đàn dê được lai tạo với giống dê Boer, Bách Thảo", T25,
      status="target"),
]

COMMENTS = [
    "National e-paper style: nuôi dê ở các huyện miền núi Thanh Hóa — hộ ông Hà Văn Thắng (Bá Thước), tổng đàn tính đến tháng 3/2024,",
    "giá dê, vốn vay NHCSXH 2023, mục tiêu 2025. Dateline 'Thứ tư, 17/4/2024, 06:30 (GMT+7)'. 'ba năm qua' (a duration), 'Quốc lộ 217'",
    "are not figures; the age '52 tuổi' is optional. The household's figures are located in huyện Bá Thước (named in the sentence).",
    "'đàn dê ở 11 huyện miền núi chiếm gần 80%' is a percent figure of its own (a share of the herd, not of the 11 districts);",
    "'11 huyện' is a group label (optional). 'tăng 8-10%' of a price is a rate that is the claim: percent figure, no change;",
    "'năm nay' = 2024. 'trong đó 30%' after a count is a percent figure with no total (a percent has no whole in con).",
]

if __name__ == "__main__":
    emit("p759-6", TEXT, COMMENTS, FIGS, published="2024-04-17", location="Thanh Hóa")
