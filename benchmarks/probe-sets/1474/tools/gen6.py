"""p1474-6: national newspaper (VnExpress style): renting strollers and cribs in TP HCM."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 12/10/2024, 08:15 (GMT+7)

Dịch vụ cho thuê xe đẩy, nôi cũi hút khách

Nhiều gia đình trẻ ở TP HCM chọn thuê xe đẩy, nôi cũi theo tháng thay vì mua mới, với chi phí chỉ bằng 5-10% giá mua.

Chị Lê Thị Ngọc Anh, ở quận 7, thuê xe đẩy gấp gọn và cũi gỗ trong 6 tháng với tổng chi phí 1,9 triệu đồng. "Mua mới cả xe và cũi hết gần 9 triệu đồng, con lại lớn nhanh nên tôi chọn thuê", chị nói.

Cửa hàng Bé Xinh Rent ở số 218 Nguyễn Thị Thập hiện có khoảng 600 xe đẩy và hơn 250 nôi, cũi các loại cho thuê. Anh Phạm Quốc Việt, chủ cửa hàng, cho biết giá thuê xe đẩy từ 150.000 đến 400.000 đồng/tháng, nôi cũi 200.000-350.000 đồng/tháng; khách đặt cọc 30-50% giá trị sản phẩm. Từ đầu năm đến nay, lượng khách thuê của cửa hàng tăng gần gấp đôi so với cùng kỳ, riêng tháng 9 phục vụ hơn 420 lượt khách.

Theo khảo sát của Công ty nghiên cứu thị trường Asia Insight, 38% gia đình có con nhỏ tại TP HCM từng thuê hoặc mua lại đồ sơ sinh đã qua sử dụng, cao hơn 11 điểm phần trăm so với năm 2021. Quy mô thị trường cho thuê đồ mẹ và bé tại thành phố được ước tính khoảng 120-150 tỷ đồng mỗi năm. Thành phố hiện có hơn 200 cửa hàng cho thuê đồ sơ sinh cùng hàng chục trang bán hàng trực tuyến. Asia Insight dự báo đến năm 2027, quy mô thị trường này có thể đạt 250 tỷ đồng mỗi năm.

Tuy vậy, chuyên gia khuyến cáo phụ huynh kiểm tra kỹ khóa gập, phanh và dây đai an toàn 5 điểm trước khi nhận xe thuê.

Hoài Thu
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-12")
SEP = per("tháng 9", "2024-09-01", "2024-09-30")
T27 = per("đến năm 2027", None, "2027-12-31")
SHOP = "cửa hàng Bé Xinh Rent"

FIGS = [
    fig("bằng 5-10%", "5", 5, "percent", "%", value_max=10, subject="chi phí thuê so với giá mua"),
    fig("chi phí 1,9 triệu", "1,9", 1.9e6, "money", "đồng", subject="tổng chi phí thuê xe đẩy và cũi"),
    fig("gần 9 triệu", "9", 9e6, "money", "đồng", approx="nearly", subject="chi phí mua mới cả xe và cũi"),
    fig("khoảng 600 xe", "600", 600, "count", "xe đẩy", approx="about",
        subject=f"xe đẩy cho thuê của {SHOP}"),
    fig("hơn 250 nôi", "250", 250, "count", "nôi, cũi", approx="over",
        subject=f"nôi, cũi cho thuê của {SHOP}"),
    fig("từ 150.000 đến 400.000", "150.000", 150000, "money", "đồng/tháng", value_max=400000,
        subject="giá thuê xe đẩy"),
    fig("200.000-350.000", "200.000", 200000, "money", "đồng/tháng", value_max=350000,
        subject="giá thuê nôi cũi"),
    fig("cọc 30-50%", "30", 30, "percent", "%", value_max=50, subject="tiền đặt cọc so với giá trị sản phẩm"),
    fig("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly",
        subject=f"lượng khách thuê của {SHOP}", period=YTD),
    fig("hơn 420 lượt", "420", 420, "count", "lượt khách", approx="over",
        subject="lượt khách cửa hàng phục vụ", period=SEP),
    fig("38% gia đình", "38", 38, "percent", "%",
        change=chg("increase", 11, "điểm phần trăm", "năm 2021"),
        subject="gia đình có con nhỏ từng thuê hoặc mua lại đồ sơ sinh đã qua sử dụng"),
    fig("khoảng 120-150", "120", 120e9, "money", "đồng/năm", value_max=150e9, approx="about",
        status="estimate", subject="quy mô thị trường cho thuê đồ mẹ và bé"),
    fig("hơn 200 cửa hàng", "200", 200, "count", "cửa hàng", approx="over",
        subject="cửa hàng cho thuê đồ sơ sinh"),
    fig("hàng chục trang", "hàng chục", 10, "count", "trang", approx="about",
        subject="trang bán hàng trực tuyến", optional=True),
    fig("đạt 250 tỷ", "250", 250e9, "money", "đồng/năm", status="forecast",
        subject="quy mô thị trường cho thuê đồ mẹ và bé", period=T27),
]

NOTES = [
    "National newspaper (VnExpress style): section line, 'Thứ bảy, 12/10/2024, 08:15 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 08:15, (GMT+7), 'quận 7', 'số 218 Nguyễn Thị Thập', 'trong 6 tháng' (a rental duration), 'năm 2021' (baseline),",
    "'dây đai an toàn 5 điểm' (a product feature name).",
    "All figures are in TP HCM (location TP Hồ Chí Minh); the customer living in quận 7 does not make her cost a quận 7 figure.",
    "Ranges: '5-10%', 'từ 150.000 đến 400.000 đồng/tháng', '200.000-350.000 đồng/tháng', '30-50%', 'khoảng 120-150 tỷ đồng mỗi năm'.",
    "'tăng gần gấp đôi so với cùng kỳ' with no base amount → multiple 2 (number word 'đôi'), nearly; 'Từ đầu năm đến nay' ends at",
    "the dateline. 'cao hơn 11 điểm phần trăm so với năm 2021' → change of the 38%, unit điểm phần trăm (no period for the survey).",
    "'được ước tính khoảng' → estimate + about; 'mỗi năm' → đồng/năm. 'hàng chục trang' is vague (optional). 'dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1474-6", TEXT, NOTES, FIGS, published="2024-10-12", location="TP Hồ Chí Minh")
