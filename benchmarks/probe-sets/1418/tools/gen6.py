"""p1418-6: national newspaper: how much a 5-star fridge saves; air conditioners; household power use (EVN)."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Tiêu dùng
Thứ tư, 24/7/2024, 06:00 (GMT+7)

Tủ lạnh 5 sao tiết kiệm bao nhiêu điện mỗi năm

Một chiếc tủ lạnh dán nhãn 5 sao tiêu thụ ít hơn khoảng 40% điện năng so với loại 1 sao cùng dung tích, giúp hộ gia đình tiết kiệm hàng trăm nghìn đồng mỗi năm.

Theo kết quả thử nghiệm của Trung tâm Kiểm định Thiết bị Năng lượng An Phát, một tủ lạnh hai cánh đạt nhãn 5 sao tiêu thụ khoảng 290 kWh/năm, trong khi tủ cùng dung tích đạt 1 sao tiêu thụ tới 480 kWh/năm. Với giá điện sinh hoạt bậc 4 là 2.998 đồng/kWh, mức chênh lệch 190 kWh tương đương khoảng 570.000 đồng mỗi năm.

Ông Lê Quang Huy, chuyên gia của Trung tâm, cho biết điều hòa là thiết bị tiêu thụ điện lớn nhất trong gia đình, chiếm 40-50% hóa đơn tiền điện những tháng hè. Một máy điều hòa inverter có thể tiết kiệm từ 25 đến 35% điện năng so với máy không inverter. Hiện khoảng 65% mẫu tủ lạnh bán trên thị trường đạt từ 4 sao trở lên.

Số liệu của Tập đoàn Điện lực Việt Nam (EVN) cho thấy, 6 tháng đầu năm 2024, điện tiêu thụ của khu vực quản lý và tiêu dùng dân cư cả nước đạt 39,2 tỷ kWh, tăng 14,9% so với cùng kỳ, chiếm 30,5% tổng điện thương phẩm. Riêng tháng 6, sản lượng điện sinh hoạt tại Hà Nội đạt gần 1,1 tỷ kWh, cao nhất từ trước đến nay.

Bộ Công Thương khuyến nghị người dân khi mua thiết bị nên xem kỹ nhãn năng lượng: nhãn xác nhận dành cho sản phẩm hiệu suất cao nhất, nhãn so sánh thể hiện từ 1 đến 5 sao, số sao càng nhiều càng tiết kiệm điện.

Minh Châu
"""

H6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M6 = per("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    fig("khoảng 40% điện", "40", 40, "percent", "%", approx="about",
        subject="điện năng tủ lạnh 5 sao tiêu thụ ít hơn so với loại 1 sao cùng dung tích"),
    fig("hàng trăm nghìn", "hàng trăm", 1e5, "money", "đồng/năm", approx="about",
        subject="tiền hộ gia đình tiết kiệm mỗi năm", optional=True),
    fig("khoảng 290 kWh", "290", 290, "measure", "kWh/năm", approx="about",
        subject="điện năng tiêu thụ của tủ lạnh hai cánh đạt nhãn 5 sao"),
    fig("tới 480 kWh", "480", 480, "measure", "kWh/năm",
        subject="điện năng tiêu thụ của tủ cùng dung tích đạt 1 sao"),
    fig("2.998 đồng/kWh", "2.998", 2998, "money", "đồng/kWh",
        subject="giá điện sinh hoạt bậc 4", location="Việt Nam"),
    fig("chênh lệch 190 kWh", "190", 190, "measure", "kWh", subject="mức chênh lệch điện năng tiêu thụ"),
    fig("khoảng 570.000 đồng", "570.000", 570000, "money", "đồng/năm", approx="about",
        subject="tiền điện tương đương mức chênh lệch"),
    fig("chiếm 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="điều hòa trong hóa đơn tiền điện những tháng hè"),
    fig("từ 25 đến 35%", "25", 25, "percent", "%", value_max=35,
        subject="điện năng máy điều hòa inverter tiết kiệm so với máy không inverter"),
    fig("khoảng 65% mẫu", "65", 65, "percent", "%", approx="about",
        subject="mẫu tủ lạnh bán trên thị trường đạt từ 4 sao trở lên", location="Việt Nam"),
    fig("đạt 39,2 tỷ", "39,2", 39.2e9, "measure", "kWh", change=chg("increase", 14.9, "%", "cùng kỳ"),
        percent=30.5, subject="điện tiêu thụ của khu vực quản lý và tiêu dùng dân cư", period=H6,
        location="Việt Nam"),
    fig("gần 1,1 tỷ", "1,1", 1.1e9, "measure", "kWh", approx="nearly",
        subject="sản lượng điện sinh hoạt", period=M6, location="Hà Nội"),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 24/7/2024, 06:00 (GMT+7)', headline, sapo, expert quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), star grades ('5 sao', '1 sao', 'từ 4 sao trở lên', 'từ 1 đến 5 sao' = the label's scale), 'bậc 4'",
    "(a tariff tier, like a service level), 'tủ lạnh hai cánh' (a product type), 'cao nhất từ trước đến nay'.",
    "No default location: the lab's test results and generic appliance facts name or imply no place (FIGURES.md: null).",
    "The national tariff, the national market share and EVN's national total are Việt Nam; the June household figure is Hà Nội.",
    "'ít hơn khoảng 40% điện năng so với loại 1 sao' is a relative difference that is itself the claim: percent figure, no change.",
    "'hàng trăm nghìn đồng' (vague 'hundreds of thousands'): optional, value 100 000, about.",
    "Consumption 'kWh/năm' as written; '570.000 đồng mỗi năm' → đồng/năm. '190 kWh' is the per-year gap but written bare: unit kWh.",
    "'39,2 tỷ kWh, tăng 14,9% ..., chiếm 30,5%': change and percent attributes.",
    "'Riêng tháng 6' takes 2024 from '6 tháng đầu năm 2024' in the previous sentence; the phrase is in its own sentence (scored).",
]

if __name__ == "__main__":
    write("p1418-6", TEXT, NOTES, FIGS, published="2024-07-24")
