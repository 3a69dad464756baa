"""p1534-4: Party newspaper (Báo Quảng Nam, QNO): Thanh Hà pottery village (Hội An), mini vases and pots."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Du lịch

Làng gốm Thanh Hà hút khách nhờ lọ hoa, chậu cảnh mini

Thứ Hai, 13/01/2025 07:15

Năm 2024, làng gốm Thanh Hà (TP Hội An) đón gần 450 nghìn lượt khách; nhiều hộ chuyển từ gạch ngói sang làm lọ hoa, chậu cảnh mini để bán cho du khách.

(QNO) - Theo Ban Quản lý làng gốm Thanh Hà, năm 2024 làng đón 446.500 lượt khách, tăng 21% so với năm 2023, trong đó khách quốc tế chiếm khoảng 70%. Doanh thu từ bán vé tham quan đạt 13,4 tỷ đồng.

Hiện làng có 26 hộ với khoảng 90 người còn làm nghề, trong đó 9 người là nghệ nhân. Các hộ chuyển dần sang làm lọ hoa, bình hoa, chậu cảnh mini, giá từ 50.000 đến 300.000 đồng/sản phẩm.

Bà Trần Thị Hoa (65 tuổi), một trong những nghệ nhân lâu năm của làng, mỗi ngày nặn khoảng 40 chiếc lọ hoa nhỏ. Ông Lê Văn Tâm, chủ lò gốm Tâm Thanh ở tổ 3, cho biết năm 2024 gia đình bán hơn 15.000 chậu cảnh mini, lãi khoảng 350 triệu đồng, gấp đôi năm 2022.

Theo UBND TP Hội An, giai đoạn 2025-2030, thành phố dự kiến đầu tư khoảng 35 tỷ đồng chỉnh trang không gian làng nghề, phấn đấu đến năm 2030 đón 1 triệu lượt khách/năm.

NGỌC PHÚC

Tin cùng chuyên mục:
- Hội An tổ chức Lễ hội đèn lồng lần thứ 12
- Quảng Nam công bố danh sách sản phẩm OCOP năm 2024
"""

Y24S = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
GD = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("gần 450 nghìn", "450", 450000, "count", "lượt khách", approx="nearly",
        subject="lượt khách làng gốm Thanh Hà đón", period=Y24S),
    fig("đón 446.500 lượt", "446.500", 446500, "count", "lượt khách",
        change=chg("increase", 21, "%", "năm 2023"), subject="lượt khách làng đón", period=Y24),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ khách quốc tế", period=Y24),
    fig("đạt 13,4 tỷ", "13,4", 13.4e9, "money", "đồng", subject="doanh thu từ bán vé tham quan",
        period=inh(Y24)),
    fig("có 26 hộ", "26", 26, "count", "hộ", subject="hộ còn làm nghề"),
    fig("khoảng 90 người", "90", 90, "count", "người", approx="about", subject="người còn làm nghề"),
    fig("trong đó 9 người", "9", 9, "count", "người", total=90, subject="người là nghệ nhân"),
    fig("từ 50.000 đến 300.000", "50.000", 50000, "money", "đồng/sản phẩm", value_max=300000,
        subject="giá lọ hoa, bình hoa, chậu cảnh mini"),
    fig("(65 tuổi)", "65", 65, "measure", "tuổi", subject="tuổi bà Trần Thị Hoa", optional=True),
    fig("khoảng 40 chiếc", "40", 40, "measure", "chiếc/ngày", approx="about",
        subject="lọ hoa nhỏ bà Trần Thị Hoa nặn mỗi ngày"),
    fig("hơn 15.000 chậu", "15.000", 15000, "count", "chậu", approx="over",
        subject="chậu cảnh mini gia đình ông Lê Văn Tâm bán", period=Y24),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about",
        change=chg("increase", 2, "lần", "năm 2022"), subject="lãi của gia đình ông Lê Văn Tâm", period=Y24),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư chỉnh trang không gian làng nghề", period=GD),
    fig("đón 1 triệu", "1", 1e6, "measure", "lượt khách/năm", status="target",
        subject="lượt khách đón mỗi năm", period=TO30),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): sapo with a figure, 'Thứ Hai, 13/01/2025 07:15', tag '(QNO) -', byline NGỌC PHÚC, related links.",
    "Distractors: 07:15, '(QNO)', 'tổ 3', 'lần thứ 12', 'năm 2024' in a link title, 'giai đoạn 2025-2030' (a period).",
    "Location: Thanh Hà is in TP Hội An → all figures Hội An (the QNO tag alone would give Quảng Nam; the city is named).",
    "'trong đó khách quốc tế chiếm khoảng 70%' is a percent figure of its own (share of a part, not of 446.500's whole).",
    "'khoảng 90 người ..., trong đó 9 người là nghệ nhân' → total 90. 'gấp đôi năm 2022' → change increase 2 lần.",
    "'(65 tuổi)' is a person's age: optional. 'đón 1 triệu lượt khách/năm' is a rate: measure, target, 'đến năm 2030' start null.",
]

if __name__ == "__main__":
    write("p1534-4", TEXT, NOTES, FIGS, published="2025-01-13", location="Hội An")
