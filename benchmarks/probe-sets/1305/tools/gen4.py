"""p1305-4: provincial newspaper (Báo Phú Yên, tag '(BPY) -'): làng hoa Bình Ngọc, TP Tuy Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO PHÚ YÊN ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Làng hoa Bình Ngọc tất bật vào vụ Tết
Thứ Bảy, 28/12/2024, 07:15

Những ngày này, hơn 200 hộ dân làng hoa Bình Ngọc (TP Tuy Hòa) tất bật chăm sóc hàng trăm nghìn chậu hoa để kịp phục vụ thị trường Tết Nguyên đán Ất Tỵ.

(BPY) - Theo UBND TP Tuy Hòa, năm nay toàn làng trồng khoảng 45 ha hoa Tết, tăng 3 ha so với năm trước, với các loại chủ lực gồm cúc vạn thọ, cúc mâm xôi, vạn thọ Pháp và mai vàng. Trong đó, cúc vạn thọ có diện tích lớn nhất với khoảng 18 ha, chiếm 40% diện tích.

Ông Phan Văn Thạnh, nhà vườn ở khu phố Ngọc Phước 1, cho biết năm nay gia đình ông trồng 6.000 chậu cúc vạn thọ và 1.500 chậu cúc mâm xôi. Với giá bán dự kiến 70.000-80.000 đồng/cặp vạn thọ, trừ chi phí, ông ước lãi khoảng 150 triệu đồng.

Theo Phòng Kinh tế TP Tuy Hòa, năm 2024 thu nhập bình quân từ trồng hoa đạt 250 triệu đồng/ha, gấp 3 lần trồng lúa. Thành phố đã hỗ trợ 1,2 tỷ đồng để nông dân xây dựng 2 nhà màng trồng hoa công nghệ cao với tổng diện tích 5.000 m2.

Dịp Tết Ất Tỵ, TP Tuy Hòa bố trí 3 điểm chợ hoa xuân với khoảng 400 gian hàng, trong đó điểm chợ hoa trên đường Hùng Vương có 180 gian.

MINH THẢO

Tin cùng chuyên mục:
- Phú Yên: Xuất quân Tháng Thanh niên năm 2025
- Quốc lộ 1 qua Tuy Hòa thông xe đoạn tuyến tránh
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 200 hộ", "200", 200, "count", "hộ", approx="over", subject="hộ dân làng hoa Bình Ngọc"),
    fig("hàng trăm nghìn chậu", "trăm", 100000, "count", "chậu", approx="over",
        subject="chậu hoa hộ dân chăm sóc", optional=True),
    fig("khoảng 45 ha", "45", 45, "measure", "ha", approx="about",
        change=chg("increase", 3, "ha", "năm trước"), subject="diện tích hoa Tết toàn làng trồng", period=NOW),
    fig("khoảng 18 ha", "18", 18, "measure", "ha", approx="about", total=45, percent=40,
        subject="diện tích cúc vạn thọ", period=inh(NOW)),
    fig("trồng 6.000 chậu", "6.000", 6000, "count", "chậu", subject="chậu cúc vạn thọ gia đình ông Thạnh trồng",
        period=NOW),
    fig("1.500 chậu", "1.500", 1500, "count", "chậu", subject="chậu cúc mâm xôi gia đình ông Thạnh trồng",
        period=NOW),
    fig("dự kiến 70.000-80.000", "70.000", 70000, "money", "đồng/cặp", value_max=80000, status="forecast",
        subject="giá bán vạn thọ"),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng", approx="about", status="estimate",
        subject="tiền lãi của ông Thạnh"),
    fig("đạt 250 triệu", "250", 250e6, "money", "đồng/ha", change=chg("increase", 3, "lần", "trồng lúa"),
        subject="thu nhập bình quân từ trồng hoa", period=Y24),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="tiền thành phố hỗ trợ xây dựng nhà màng"),
    fig("xây dựng 2 nhà màng", "2", 2, "count", "nhà màng", subject="nhà màng trồng hoa công nghệ cao"),
    fig("5.000 m2", "5.000", 5000, "measure", "m2", subject="tổng diện tích nhà màng"),
    fig("bố trí 3 điểm", "3", 3, "count", "điểm", subject="điểm chợ hoa xuân TP Tuy Hòa bố trí"),
    fig("khoảng 400 gian", "400", 400, "count", "gian hàng", approx="about", subject="gian hàng chợ hoa xuân"),
    fig("có 180 gian", "180", 180, "count", "gian", total=400,
        subject="gian hàng điểm chợ hoa trên đường Hùng Vương"),
]

NOTES = [
    "Provincial newspaper (Báo Phú Yên): menu, headline, 'Thứ Bảy, 28/12/2024, 07:15', sapo, tag '(BPY) -', byline, related links.",
    "Location TP Tuy Hòa throughout (the village is in the city; the sapo names it).",
    "Distractors: 07:15, 'khu phố Ngọc Phước 1', 'Quốc lộ 1', 'năm 2025' in a link title, 'đường Hùng Vương'.",
    "'hàng trăm nghìn chậu' (number words, at least a hundred thousand) is optional: value and approx are a reader's guess.",
    "'năm nay' and 'năm trước' read from published (2024). 'Trong đó ... khoảng 18 ha, chiếm 40%' → total 45, percent 40, period inherited.",
    "'giá bán dự kiến 70.000-80.000' → forecast; 'ông ước lãi khoảng 150 triệu' → estimate + about.",
    "'gấp 3 lần trồng lúa' after 250 triệu đồng/ha → change (3 lần). 'trong đó ... có 180 gian' → total 400.",
]

if __name__ == "__main__":
    write("p1305-4", TEXT, NOTES, FIGS, published="2024-12-28", location="Tuy Hòa")
