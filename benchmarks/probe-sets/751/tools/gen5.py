#!/usr/bin/env python3
"""p751-5: Party newspaper (Báo Nghệ An style) — deer farming in xã Quỳnh Thắng, Quỳnh Lưu: a model household, commune income, targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """Nghề nuôi hươu giúp nông dân Quỳnh Lưu làm giàu

Ở xã Quỳnh Thắng (huyện Quỳnh Lưu), nghề nuôi hươu lấy nhung đã trở thành sinh kế chính của hàng trăm hộ dân. Toàn xã hiện có 305 hộ nuôi với tổng đàn 2.080 con, chiếm hơn 31% đàn hươu của huyện.

Gia đình ông Hồ Văn Tám ở xóm 7 là một trong những hộ nuôi nhiều nhất xã với 65 con hươu, trong đó có 28 con hươu đực cho nhung. Mỗi năm, gia đình ông thu khoảng 30 kg nhung, sau khi trừ chi phí còn lãi trên 400 triệu đồng. "Một cặp nhung loại tốt nặng 1,3-1,6 kg, bán được 40-50 triệu đồng", ông Tám cho biết.

Theo ông Nguyễn Văn Hải, Chủ tịch UBND xã, năm 2023 thu nhập từ nuôi hươu của toàn xã đạt 52,6 tỷ đồng, tăng 11,3% so với năm 2022 và chiếm 38% tổng thu nhập từ nông nghiệp. Số hộ khá, giàu nhờ nuôi hươu tăng lên 145 hộ; tỷ lệ hộ nghèo của xã giảm còn 2,8%.

Năm 2024, xã đặt mục tiêu phát triển đàn hươu lên 2.400 con, thành lập thêm một hợp tác xã chuyên nuôi hươu. Tuy nhiên, giá nhung 6 tháng đầu năm giảm 15-20% so với cùng kỳ khiến nhiều hộ gặp khó khăn về đầu ra. Từ đầu năm đến nay, xã đã tiêm vắc xin lở mồm long móng đợt 1 cho 1.850 con hươu, đạt 89% tổng đàn.

Được biết, hiện nay huyện Quỳnh Lưu có 6.650 con hươu, đứng thứ 2 toàn tỉnh sau huyện Thanh Chương.

THANH HUYỀN
12/07/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hàng trăm hộ", "trăm", 100, "count", "hộ", "hộ dân sống bằng nghề nuôi hươu", approx="about", optional=True),
    F("có 305 hộ", "305", 305, "count", "hộ", "hộ nuôi hươu xã Quỳnh Thắng"),
    F("tổng đàn 2.080 con", "2.080", 2080, "count", "con", "tổng đàn hươu xã Quỳnh Thắng", percent=31),
    F("với 65 con hươu", "65", 65, "count", "con", "hươu của gia đình ông Hồ Văn Tám"),
    F("có 28 con", "28", 28, "count", "con", "hươu đực cho nhung của gia đình ông Hồ Văn Tám", total=65),
    F("khoảng 30 kg", "30", 30, "measure", "kg", "nhung gia đình ông Hồ Văn Tám thu mỗi năm", approx="about"),
    F("lãi trên 400 triệu", "400", 400000000, "money", "đồng", "lãi của gia đình ông Hồ Văn Tám sau khi trừ chi phí",
      approx="over"),
    F("nặng 1,3-1,6 kg", "1,3", 1.3, "measure", "kg", "trọng lượng một cặp nhung loại tốt", value_max=1.6),
    F("được 40-50 triệu", "40", 40000000, "money", "đồng", "giá bán một cặp nhung loại tốt", value_max=50000000),
    F("đạt 52,6 tỷ đồng", "52,6", 52600000000, "money", "đồng", "thu nhập từ nuôi hươu của toàn xã", Y23,
      change=CH("increase", 11.3, baseline="năm 2022"), percent=38),
    F("tăng lên 145 hộ", "145", 145, "count", "hộ", "hộ khá, giàu nhờ nuôi hươu", I(Y23)),
    F("giảm còn 2,8%", "2,8", 2.8, "percent", "%", "tỷ lệ hộ nghèo của xã", I(Y23)),
    F("lên 2.400 con", "2.400", 2400, "count", "con", "đàn hươu của xã", Y24, status="target"),
    F("thêm một hợp tác xã", "một", 1, "count", "hợp tác xã", "hợp tác xã chuyên nuôi hươu thành lập thêm", Y24,
      status="target"),
    F("giảm 15-20%", "15", 15, "percent", "%", "mức giảm giá nhung so với cùng kỳ",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), value_max=20),
    F("cho 1.850 con", "1.850", 1850, "count", "con", "hươu được tiêm vắc xin lở mồm long móng",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12"), percent=89),
    F("có 6.650 con", "6.650", 6650, "count", "con", "đàn hươu huyện Quỳnh Lưu"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "đàn hươu toàn tỉnh"),
]

COMMENTS = [
    "Party newspaper (Báo Nghệ An style): nghề nuôi hươu ở xã Quỳnh Thắng, huyện Quỳnh Lưu. Byline and bare date '12/07/2024' at the end.",
    "A commune is not a location: everything is Quỳnh Lưu. 'hàng trăm hộ' is optional. 'chiếm hơn 31%' is the percent of 2.080 con.",
    "Distractors: the name 'Hồ Văn Tám' / 'ông Tám' (a number word in a name), 'xóm 7', 'một trong những hộ', 'Một cặp nhung' (a unit",
    "quantity, not a figure). 'thêm một hợp tác xã' is a figure (1, target, as 'xã đặt mục tiêu' governs the clause).",
    "'giảm còn 2,8%' is the level (percent figure, no change); 'giảm 15-20% so với cùng kỳ' with no base amount is a percent figure (range).",
    "'Từ đầu năm đến nay' ends at the dateline; 'đợt 1' is a round number, not a figure.",
    "'năm 2023' periods carry to the next sentence as inherited; 'hiện nay', 'Mỗi năm' give no period.",
]

if __name__ == "__main__":
    emit("p751-5", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Quỳnh Lưu")
