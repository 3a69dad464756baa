"""p1418-1: province portal (Bắc Giang): energy-label inspections 9 months 2024, an appliance shop, power saved."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

9 tháng, kiểm tra hơn 1.200 sản phẩm thuộc diện dán nhãn năng lượng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.836

Theo Sở Công Thương, 9 tháng đầu năm 2024, hai đoàn kiểm tra liên ngành đã kiểm tra 86 cơ sở kinh doanh thiết bị điện, điện tử trên địa bàn tỉnh với 1.247 sản phẩm thuộc danh mục phải dán nhãn năng lượng. Trong đó, 1.180 sản phẩm dán nhãn đúng quy định, chiếm 94,6%; 67 sản phẩm chưa dán nhãn hoặc dán nhãn hết hiệu lực.

Qua kiểm tra, đoàn đã xử phạt 9 cơ sở vi phạm với tổng số tiền 63,5 triệu đồng, tăng 18% so với cùng kỳ năm 2023. Sản phẩm vi phạm tập trung ở nhóm quạt điện và nồi cơm điện, chiếm khoảng 70%.

Cùng với kiểm tra, ngành công thương đẩy mạnh tuyên truyền người dân lựa chọn thiết bị hiệu suất cao. Tại cửa hàng của Công ty TNHH Điện máy Hoàng Phát (số 118 đường Hùng Vương, TP Bắc Giang), từ đầu năm đến nay đã bán ra khoảng 2.300 máy điều hòa, trong đó hơn 1.900 máy là loại inverter có nhãn năng lượng 5 sao. Giá các dòng điều hòa inverter 1 chiều phổ biến từ 7,5 đến 11 triệu đồng/chiếc.

Theo Công ty Điện lực Bắc Giang, điện thương phẩm 9 tháng ước đạt 5.126 triệu kWh, tăng 11,2% so với cùng kỳ, bằng 74,8% kế hoạch năm. Nhờ thực hiện các giải pháp tiết kiệm điện, toàn tỉnh tiết kiệm được khoảng 98 triệu kWh, tương đương 1,9% tổng điện thương phẩm. Năm 2024, tỉnh phấn đấu tiết kiệm ít nhất 2,5% tổng điện năng tiêu thụ.

Tin liên quan:
- Hưởng ứng Chiến dịch Giờ Trái đất năm 2024
- Nghị định số 134/2013/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực điện lực
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("kiểm tra hơn 1.200 sản phẩm", "1.200", 1200, "count", "sản phẩm", approx="over",
        subject="sản phẩm thuộc diện dán nhãn năng lượng được kiểm tra", period=H9),
    fig("hai đoàn kiểm tra", "hai", 2, "count", "đoàn kiểm tra",
        subject="đoàn kiểm tra liên ngành", period=N9),
    fig("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở",
        subject="cơ sở kinh doanh thiết bị điện, điện tử được kiểm tra", period=N9),
    fig("với 1.247 sản phẩm", "1.247", 1247, "count", "sản phẩm",
        subject="sản phẩm thuộc danh mục phải dán nhãn năng lượng được kiểm tra", period=N9),
    fig("1.180 sản phẩm", "1.180", 1180, "count", "sản phẩm", total=1247, percent=94.6,
        subject="sản phẩm dán nhãn đúng quy định", period=inh(N9)),
    fig("67 sản phẩm", "67", 67, "count", "sản phẩm", total=1247,
        subject="sản phẩm chưa dán nhãn hoặc dán nhãn hết hiệu lực", period=inh(N9)),
    fig("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở vi phạm bị xử phạt", period=inh(N9)),
    fig("tiền 63,5 triệu", "63,5", 63.5e6, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="tổng số tiền xử phạt", period=inh(N9)),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm vi phạm ở nhóm quạt điện và nồi cơm điện", period=inh(N9)),
    fig("khoảng 2.300 máy", "2.300", 2300, "count", "máy điều hòa", approx="about",
        subject="máy điều hòa cửa hàng Công ty TNHH Điện máy Hoàng Phát bán ra", period=YTD),
    fig("hơn 1.900 máy", "1.900", 1900, "count", "máy", approx="over", total=2300,
        subject="máy điều hòa loại inverter có nhãn năng lượng 5 sao", period=YTD),
    fig("từ 7,5 đến 11 triệu", "7,5", 7.5e6, "money", "đồng/chiếc", value_max=11e6,
        subject="giá các dòng điều hòa inverter 1 chiều phổ biến"),
    fig("ước đạt 5.126 triệu", "5.126", 5126e6, "measure", "kWh", status="estimate", percent=74.8,
        change=chg("increase", 11.2, "%", "cùng kỳ"), subject="điện thương phẩm", period=H9),
    fig("khoảng 98 triệu", "98", 98e6, "measure", "kWh", approx="about", percent=1.9,
        subject="điện năng toàn tỉnh tiết kiệm được", period=inh(H9)),
    fig("ít nhất 2,5%", "2,5", 2.5, "percent", "%", approx="at_least", status="target",
        subject="tiết kiệm tổng điện năng tiêu thụ", period=Y24),
]

NOTES = [
    "Province portal (Bắc Giang): energy-label inspections, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.836', related links.",
    "Distractors: 09:35, Lượt xem 1.836, 'số 118 đường Hùng Vương', 'nhãn năng lượng 5 sao', 'điều hòa inverter 1 chiều', Nghị định số 134/2013/NĐ-CP, 'năm 2024' in a link.",
    "Headline '9 tháng ... hơn 1.200 sản phẩm' is its own figure; year-less '9 tháng' takes 2024 (nearest date: the dateline).",
    "'Trong đó' parts after a sentence break take total 1.247; 'chiếm 94,6%' is the part's percent; periods inherited from the first sentence.",
    "'xử phạt 9 cơ sở' after 'kiểm tra 86 cơ sở': no cue, no total. 'chiếm khoảng 70%' has no amount of its own before it: percent figure.",
    "Shop in TP Bắc Giang (same name as the province): location Bắc Giang; 'từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'ước đạt 5.126 triệu kWh, tăng 11,2% ..., bằng 74,8% kế hoạch năm': estimate, change 11,2%, percent 74,8 (share after 'bằng').",
    "Star grades ('5 sao') are label classes, not figures (like service levels in FIGURES.md).",
]

if __name__ == "__main__":
    write("p1418-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Giang")
