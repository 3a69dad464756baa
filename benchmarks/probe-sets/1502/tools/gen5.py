"""p1502-5: national newspaper: moulded plastic stools, a workshop in quận Bình Tân (TP HCM) and national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 6/3/2025, 14:05 (GMT+7)

Ghế nhựa đúc: món hàng rẻ nhưng không dễ làm

Mỗi ngày các nhà máy trong nước xuất xưởng hàng trăm nghìn chiếc ghế nhựa, song lãi trên mỗi chiếc chỉ tính bằng vài trăm đồng.

Tại xưởng của Công ty TNHH Nhựa Phú Tân Thành ở quận Bình Tân, TP HCM, 32 máy ép chạy liên tục ngày đêm. Mỗi máy ép được khoảng 1.000 chiếc ghế đẩu một ngày, cả xưởng xuất khoảng 25.000 chiếc mỗi ngày. Giá bán sỉ mỗi chiếc ghế đẩu từ 18.000 đến 22.000 đồng, trong khi hạt nhựa chiếm tới 70% giá thành.

Ông Trần Quốc Vinh, giám đốc công ty, cho biết giá hạt nhựa PP công ty nhập về hiện khoảng 1.150 USD/tấn, tăng gần 15% so với cùng kỳ, trong khi giá ghế chỉ tăng được 1.000-2.000 đồng mỗi chiếc. "Lãi mỗi chiếc chỉ 300-500 đồng, phải bán thật nhiều mới đủ trả lương cho công nhân", ông nói. Năm 2024, xưởng bán ra hơn 7 triệu sản phẩm, doanh thu khoảng 150 tỷ đồng.

Theo Hiệp hội Nhựa Việt Nam, cả nước có khoảng 4.000 doanh nghiệp ngành nhựa, trong đó khoảng 15% sản xuất đồ gia dụng và nội thất nhựa. Năm 2024, xuất khẩu đồ nội thất nhựa đạt khoảng 520 triệu USD, tăng 12-14%; riêng thị trường nội địa tiêu thụ hơn 60 triệu chiếc ghế nhựa mỗi năm.

Theo ông Vinh, để cạnh tranh với hàng nhập khẩu giá rẻ, công ty dự kiến chuyển 30-40% công suất sang dòng ghế cao cấp dùng nhựa tái sinh trong năm nay.

Minh Khôi
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
BT = "Bình Tân"
VN = "Việt Nam"

FIGS = [
    fig("hàng trăm nghìn chiếc", "trăm", 100000, "measure", "chiếc/ngày", approx="about",
        subject="ghế nhựa các nhà máy trong nước xuất xưởng mỗi ngày", location=VN),
    fig("vài trăm đồng", "trăm", 100, "money", "đồng/chiếc", approx="about",
        subject="lãi trên mỗi chiếc ghế nhựa", location=VN, optional=True),
    fig("32 máy ép", "32", 32, "count", "máy ép", subject="máy ép của xưởng", location=BT),
    fig("khoảng 1.000 chiếc", "1.000", 1000, "measure", "chiếc/ngày", approx="about",
        subject="ghế đẩu mỗi máy ép được một ngày", location=BT),
    fig("khoảng 25.000 chiếc", "25.000", 25000, "measure", "chiếc/ngày", approx="about",
        subject="ghế cả xưởng xuất mỗi ngày", location=BT),
    fig("từ 18.000 đến 22.000", "18.000", 18000, "money", "đồng/chiếc", value_max=22000,
        subject="giá bán sỉ mỗi chiếc ghế đẩu", location=BT),
    fig("tới 70%", "70", 70, "percent", "%", subject="tỷ trọng hạt nhựa trong giá thành", location=BT),
    fig("khoảng 1.150 USD/tấn", "1.150", 1150, "money", "USD/tấn", approx="about",
        change=chg("increase", 15, "%", "cùng kỳ", approx="nearly"),
        subject="giá hạt nhựa PP công ty nhập về", location=BT),
    fig("được 1.000-2.000", "1.000", 1000, "money", "đồng/chiếc", value_max=2000,
        subject="mức tăng giá ghế", location=BT),
    fig("chỉ 300-500", "300", 300, "money", "đồng/chiếc", value_max=500,
        subject="lãi mỗi chiếc", location=BT),
    fig("hơn 7 triệu", "7", 7e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm xưởng bán ra", period=Y24, location=BT),
    fig("khoảng 150 tỷ", "150", 150e9, "money", "đồng", approx="about",
        subject="doanh thu của xưởng", period=Y24, location=BT),
    fig("khoảng 4.000 doanh nghiệp", "4.000", 4000, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp ngành nhựa", location=VN),
    fig("khoảng 15% sản xuất", "15", 15, "percent", "%", approx="about",
        subject="tỷ lệ doanh nghiệp sản xuất đồ gia dụng và nội thất nhựa", location=VN),
    fig("khoảng 520 triệu", "520", 520e6, "money", "USD", approx="about",
        change=chg("increase", 12, "%"),
        subject="xuất khẩu đồ nội thất nhựa", period=Y24, location=VN),
    fig("hơn 60 triệu", "60", 60e6, "measure", "chiếc/năm", approx="over",
        subject="ghế nhựa thị trường nội địa tiêu thụ mỗi năm", location=VN),
    fig("chuyển 30-40%", "30", 30, "percent", "%", value_max=40, status="forecast",
        subject="tỷ lệ công suất chuyển sang dòng ghế cao cấp dùng nhựa tái sinh", period=NOW, location=BT),
]

NOTES = [
    "National newspaper: 'Thứ năm, 6/3/2025, 14:05 (GMT+7)', section path, sapo, quote, byline at the end.",
    "Distractors: 14:05, '(GMT+7)', 'một ngày' (denominator, not a count), 'TP HCM'.",
    "Sapo 'hàng trăm nghìn chiếc' (number words, approx) per day → measure chiếc/ngày, about, value 100 000; national (trong nước).",
    "'vài trăm đồng' is vague ('a few hundred'): optional, value 100, about.",
    "Workshop passage in quận Bình Tân → location Bình Tân; association's national figures → Việt Nam.",
    "'mỗi chiếc', 'mỗi ngày', 'một ngày', 'mỗi năm' are denominators of rates (đồng/chiếc, chiếc/ngày, chiếc/năm).",
    "'giá ghế chỉ tăng được 1.000-2.000 đồng mỗi chiếc' is an increase stated as the claim: a money range figure, no change.",
    "'tăng gần 15% so với cùng kỳ' → change of 1.150 USD/tấn; 'tăng 12-14%' after 520 triệu USD → change value 12 (change has no max).",
    "'riêng thị trường nội địa ... mỗi năm' is a standing yearly rate: no period. 'dự kiến ... trong năm nay' → forecast, 2025.",
]

if __name__ == "__main__":
    write("p1502-5", TEXT, NOTES, FIGS, published="2025-03-06")
