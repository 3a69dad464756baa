"""p1532-5: Party newspaper (Báo Quảng Nam, QNO): làng gốm Thanh Hà (TP Hội An), visitors 5 months 2024, clay pots."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế > Du lịch

Làng gốm Thanh Hà đón hơn 180 nghìn lượt khách

VĨNH LỘC | 12/06/2024 07:15

Du lịch trải nghiệm đang giúp làng gốm hơn 500 năm tuổi ở Hội An giữ được nghề làm nồi, niêu đất truyền thống.

(QNO) - Theo Ban quản lý Làng gốm Thanh Hà (TP Hội An), 5 tháng đầu năm 2024, làng gốm đón hơn 180 nghìn lượt khách tham quan, tăng 27% so với cùng kỳ năm 2023; trong đó khách quốc tế chiếm gần 70%. Doanh thu bán vé tham quan đạt 6,3 tỷ đồng.

Hiện làng có 42 hộ với khoảng 130 người làm gốm, trong đó 18 hộ vẫn giữ nghề làm nồi, trã, niêu đất phục vụ nấu ăn. Nghệ nhân Huỳnh Văn Sáu cho biết, mỗi tháng lò của gia đình ông nung 3 mẻ, mỗi mẻ khoảng 600 sản phẩm, chủ yếu là nồi kho cá, trã nấu canh và siêu sắc thuốc. Giá nồi đất cỡ vừa khoảng 40.000 đồng/chiếc, niêu nấu cơm 25.000 đồng/chiếc; các nhà hàng cơm niêu ở Đà Nẵng, Hội An đặt mua thường xuyên.

"Mỗi năm gia đình tôi bán được chừng 20.000 sản phẩm, thu nhập đủ lo cho con cái ăn học", ông Sáu nói.

Từ năm 2022 đến nay, thành phố đã chi gần 1,5 tỷ đồng hỗ trợ các hộ giữ nghề gốm truyền thống, với mức 1 triệu đồng/hộ/tháng. Năm 2024, TP Hội An đặt mục tiêu làng gốm Thanh Hà đón 400.000 lượt khách, doanh thu bán vé đạt 14 tỷ đồng.

Thẻ: gốm Thanh Hà, Hội An, làng nghề
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-06-12")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Thanh Hà đón hơn 180 nghìn", "180", 180e3, "count", "lượt khách", approx="over",
        subject="lượt khách làng gốm Thanh Hà đón"),
    fig("hơn 500 năm", "500", 500, "measure", "năm", approx="over", optional=True,
        subject="tuổi của làng gốm"),
    fig("gốm đón hơn 180 nghìn", "180", 180e3, "count", "lượt khách", approx="over",
        change=chg("increase", 27, "%", "cùng kỳ năm 2023"),
        subject="lượt khách tham quan làng gốm đón", period=M5),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ trọng khách quốc tế", period=M5),
    fig("đạt 6,3 tỷ", "6,3", 6.3e9, "money", "đồng", subject="doanh thu bán vé tham quan", period=inh(M5)),
    fig("có 42 hộ", "42", 42, "count", "hộ", subject="hộ làm gốm"),
    fig("khoảng 130 người", "130", 130, "count", "người", approx="about", subject="người làm gốm"),
    fig("18 hộ", "18", 18, "count", "hộ", total=42,
        subject="hộ vẫn giữ nghề làm nồi, trã, niêu đất phục vụ nấu ăn"),
    fig("nung 3 mẻ", "3", 3, "measure", "mẻ/tháng", subject="mẻ lò gia đình nghệ nhân nung mỗi tháng"),
    fig("khoảng 600 sản phẩm", "600", 600, "measure", "sản phẩm/mẻ", approx="about",
        subject="sản phẩm mỗi mẻ"),
    fig("khoảng 40.000", "40.000", 40000, "money", "đồng/chiếc", approx="about", subject="giá nồi đất cỡ vừa"),
    fig("cơm 25.000", "25.000", 25000, "money", "đồng/chiếc", subject="giá niêu nấu cơm"),
    fig("chừng 20.000", "20.000", 20000, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm gia đình nghệ nhân bán được mỗi năm"),
    fig("gần 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="nearly",
        subject="kinh phí thành phố hỗ trợ các hộ giữ nghề gốm truyền thống", period=SINCE),
    fig("mức 1 triệu", "1", 1e6, "money", "đồng/hộ/tháng", subject="mức hỗ trợ hộ giữ nghề", period=SINCE),
    fig("đón 400.000", "400.000", 400000, "count", "lượt khách", status="target",
        subject="lượt khách làng gốm Thanh Hà đón", period=Y24),
    fig("đạt 14 tỷ", "14", 14e9, "money", "đồng", status="target", subject="doanh thu bán vé", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): byline and date under the headline 'VĨNH LỘC | 12/06/2024 07:15', sapo, tag '(QNO) -', quote, 'Thẻ:'.",
    "Distractors: 07:15, 'Huỳnh Văn Sáu' (a name, also 'ông Sáu'), 'cùng kỳ năm 2023'. Location: TP Hội An for every figure (Đà Nẵng names buyers).",
    "Headline 'đón hơn 180 nghìn lượt khách' is a figure without a period (the headline names none). 'hơn 500 năm tuổi' (the village's age) is optional.",
    "'trong đó khách quốc tế chiếm gần 70%' is a percent figure; its sentence states '5 tháng đầu năm 2024' (scored). 6,3 tỷ inherits it.",
    "'42 hộ với khoảng 130 người …, trong đó 18 hộ': the whole that counts the same thing (hộ) is 42, so total 42.",
    "Rates: 'mỗi tháng … nung 3 mẻ' mẻ/tháng, 'mỗi mẻ khoảng 600 sản phẩm' sản phẩm/mẻ, 'Mỗi năm … chừng 20.000 sản phẩm' sản phẩm/năm (chừng = about).",
    "'Từ năm 2022 đến nay' ends at published (2024-06-12); the support rate in the same sentence gets it too. 'đặt mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1532-5", TEXT, NOTES, FIGS, published="2024-06-12", location="Hội An")
