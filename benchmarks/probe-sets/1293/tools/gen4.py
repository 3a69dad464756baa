"""p1293-4: Party newspaper (Báo Tây Ninh, BTNO): shrimp-salt makers in Hòa Thành before Tết 2025."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO TÂY NINH ONLINE
Kinh tế | Xã hội | Nông nghiệp - Nông thôn

Muối tôm Hòa Thành tăng tốc vào mùa Tết

Thứ Hai, 13/01/2025 | 07:15

(BTNO) - Những ngày cận Tết Ất Tỵ, nhiều cơ sở sản xuất muối tôm ở thị xã Hòa Thành làm việc hết công suất, có nơi tăng ca đến 22 giờ mới kịp giao hàng cho khách.

Cơ sở Muối tôm Út Hạnh (số 125 đường Tôn Đức Thắng, phường Long Thành Trung) có khoảng 15 công nhân, mỗi ngày sản xuất từ 800 đến 1.000 kg muối tôm. Cơ sở có hai lò rang muối và ba máy xay ớt. Bà Trần Thị Út Hạnh, chủ cơ sở cho biết, từ đầu tháng 12/2024 đến nay, cơ sở đã nhận đơn đặt hàng hơn 18 tấn, gấp đôi cùng kỳ năm trước.

Hiện giá bán sỉ muối tôm hạt to từ 95.000 đến 110.000 đồng/kg; hũ 500 gram có giá 65.000 đồng, tăng 5.000 đồng so với Tết năm ngoái. "Giá tôm khô tăng lên khoảng 480.000 đồng/kg nên chúng tôi chỉ dám tăng nhẹ để giữ khách", bà Hạnh nói.

Theo Phòng Kinh tế thị xã Hòa Thành, toàn thị xã có 84 cơ sở sản xuất muối tôm, muối ớt với gần 700 lao động. Dự kiến trong tháng 1 năm nay, các cơ sở cung ứng ra thị trường khoảng 320 tấn, tăng khoảng 15% so với cùng kỳ. Năm 2024, sản lượng muối tôm của thị xã đạt 1.135 tấn, chiếm 17,9% sản lượng toàn tỉnh, đứng thứ ba sau Trảng Bàng và Gò Dầu.

HOÀNG YẾN
"""

DEC = per("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-13")
JAN = per("trong tháng 1 năm nay", "2025-01-01", "2025-01-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 15 công nhân", "15", 15, "count", "công nhân", approx="about",
        subject="công nhân của Cơ sở Muối tôm Út Hạnh"),
    fig("từ 800 đến 1.000 kg", "800", 800, "measure", "kg/ngày", value_max=1000,
        subject="muối tôm sản xuất mỗi ngày"),
    fig("hai lò rang", "hai", 2, "count", "lò rang", subject="lò rang muối của cơ sở"),
    fig("ba máy xay", "ba", 3, "count", "máy xay", subject="máy xay ớt của cơ sở"),
    fig("hơn 18 tấn", "18", 18, "measure", "tấn", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="đơn đặt hàng cơ sở đã nhận", period=DEC),
    fig("từ 95.000 đến 110.000", "95.000", 95000, "money", "đồng/kg", value_max=110000,
        subject="giá bán sỉ muối tôm hạt to"),
    fig("hũ 500 gram", "500", 500, "measure", "gram", subject="khối lượng hũ muối tôm", optional=True),
    fig("giá 65.000 đồng", "65.000", 65000, "money", "đồng/hũ",
        change=chg("increase", 5000, "đồng", "Tết năm ngoái"), subject="giá hũ muối tôm 500 gram"),
    fig("khoảng 480.000 đồng/kg", "480.000", 480000, "money", "đồng/kg", approx="about",
        subject="giá tôm khô"),
    fig("có 84 cơ sở", "84", 84, "count", "cơ sở", subject="cơ sở sản xuất muối tôm, muối ớt"),
    fig("gần 700 lao động", "700", 700, "count", "lao động", approx="nearly",
        subject="lao động của các cơ sở sản xuất muối tôm, muối ớt"),
    fig("khoảng 320 tấn", "320", 320, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 15, "%", "cùng kỳ", approx="about"),
        subject="muối tôm các cơ sở cung ứng ra thị trường", period=JAN),
    fig("đạt 1.135 tấn", "1.135", 1135, "measure", "tấn", percent=17.9,
        subject="sản lượng muối tôm của thị xã", period=Y24),
    fig("thứ ba", "ba", 3, "rank", "hạng", subject="sản lượng muối tôm của thị xã", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Tây Ninh): 'Thứ Hai, 13/01/2025 | 07:15', tag '(BTNO) -', sapo, byline HOÀNG YẾN at the end.",
    "Distractors: 07:15, 'Tết Ất Tỵ', 'đến 22 giờ' (time of day), 'số 125 đường Tôn Đức Thắng', the name 'Út Hạnh', 'tháng 12/2024'.",
    "All figures are located in Hòa Thành (the article is about the town; the Út Hạnh workshop is in phường Long Thành Trung).",
    "'mỗi ngày sản xuất từ 800 đến 1.000 kg' is a rate: kg/ngày. 'hũ 500 gram' is a pack size (optional). The jar price is đồng/hũ.",
    "'gấp đôi cùng kỳ năm trước' is the change of 'hơn 18 tấn' (2 lần). 'từ đầu tháng 12/2024 đến nay' ends at the dateline.",
    "'Dự kiến trong tháng 1 năm nay' = January 2025 (year of the dateline), forecast. 'đứng thứ ba' continues the 2024 clause: rank 3, period 2024.",
    "The quoted dried-shrimp price 'khoảng 480.000 đồng/kg' is a figure (a present price, no period).",
]

if __name__ == "__main__":
    write("p1293-4", TEXT, NOTES, FIGS, published="2025-01-13", location="Hòa Thành")
