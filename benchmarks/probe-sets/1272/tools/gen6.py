"""p1272-6: national newspaper: a biochar plant in quận Ô Môn (Cần Thơ) sells carbon-removal credits."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ ba, 22/10/2024, 07:15 (GMT+7)

Biến vỏ trấu thành tín chỉ carbon

Một doanh nghiệp ở Cần Thơ làm than sinh học từ vỏ trấu, mỗi tấn than giữ lại khoảng 2,5 tấn CO2 trong đất hàng trăm năm và được bán dưới dạng tín chỉ carbon.

Tại nhà máy của Công ty cổ phần Than sinh học Cửu Long ở quận Ô Môn, ba lò nhiệt phân liên tục mỗi giờ nạp 1,8 tấn trấu, nhiệt độ trong lò duy trì ở 550-600 độ C. Than ra lò được làm nguội, đóng bao 500 kg để bán cho các trang trại sầu riêng, cà phê.

Bà Lê Thị Thu Hà, Tổng giám đốc công ty, cho biết từ đầu năm đến nay, nhà máy sản xuất khoảng 4.200 tấn than sinh học, gấp đôi cùng kỳ năm ngoái. Trong đó, khoảng 1.500 tấn đã được một tổ chức quốc tế thẩm định, cấp chứng nhận loại bỏ carbon, tương ứng 3.600 tín chỉ. Mỗi tín chỉ được bán với giá 110-130 USD.

"Trấu chúng tôi mua 800-900 đồng/kg, sau khi làm than và bán tín chỉ, giá trị tăng gấp 8 lần", bà Hà nói.

Theo các chuyên gia, Việt Nam mỗi năm có khoảng 8 triệu tấn trấu; nếu chuyển 10% lượng này thành than sinh học, có thể tạo ra hơn 700.000 tín chỉ carbon. Tuy nhiên, hiện cả nước mới có chưa tới 10 dự án than sinh học đăng ký tín chỉ quốc tế.

Minh Khang

Xem thêm:
- Thị trường carbon trong nước sẽ vận hành thí điểm từ năm 2025
- Nông dân Sóc Trăng bán rơm cuộn cho trại nấm
"""

TN = per("từ đầu năm đến nay", "2024-01-01", "2024-10-22")
OM = "Ô Môn"
VN = "Việt Nam"

FIGS = [
    fig("khoảng 2,5 tấn", "2,5", 2.5, "measure", "tấn CO2/tấn", approx="about",
        subject="CO2 mỗi tấn than sinh học giữ lại trong đất"),
    fig("đất hàng trăm năm", "hàng trăm", 100, "measure", "năm", approx="over", optional=True,
        subject="thời gian than giữ CO2 trong đất"),
    fig("ba lò", "ba", 3, "count", "lò", subject="lò nhiệt phân liên tục", location=OM),
    fig("nạp 1,8 tấn", "1,8", 1.8, "measure", "tấn/giờ", subject="trấu nạp mỗi giờ", location=OM),
    fig("ở 550-600 độ C", "550", 550, "measure", "độ C", value_max=600, subject="nhiệt độ trong lò", location=OM),
    fig("bao 500 kg", "500", 500, "measure", "kg", optional=True, subject="khối lượng mỗi bao than", location=OM),
    fig("khoảng 4.200 tấn", "4.200", 4200, "measure", "tấn", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ năm ngoái"), subject="than sinh học nhà máy sản xuất",
        period=TN, location=OM),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="about", total=4200,
        subject="than được thẩm định, cấp chứng nhận loại bỏ carbon", period=inh(TN), location=OM),
    fig("ứng 3.600 tín chỉ", "3.600", 3600, "count", "tín chỉ", subject="tín chỉ carbon tương ứng",
        period=inh(TN), location=OM),
    fig("giá 110-130 USD", "110", 110, "money", "USD/tín chỉ", value_max=130, subject="giá bán mỗi tín chỉ",
        location=OM),
    fig("mua 800-900 đồng/kg", "800", 800, "money", "đồng/kg", value_max=900, subject="giá trấu công ty mua",
        location=OM),
    fig("gấp 8 lần", "8", 8, "multiple", "lần", subject="giá trị trấu sau khi làm than và bán tín chỉ",
        location=OM),
    fig("khoảng 8 triệu", "8", 8e6, "measure", "tấn/năm", approx="about", subject="trấu Việt Nam có mỗi năm",
        location=VN),
    fig("chuyển 10%", "10", 10, "percent", "%", optional=True, subject="lượng trấu chuyển thành than sinh học",
        location=VN),
    fig("hơn 700.000", "700.000", 700000, "count", "tín chỉ", approx="over", optional=True,
        subject="tín chỉ carbon có thể tạo ra", location=VN),
    fig("chưa tới 10 dự án", "10", 10, "count", "dự án", approx="under",
        subject="dự án than sinh học đăng ký tín chỉ quốc tế", location=VN),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ ba, 22/10/2024, 07:15 (GMT+7)', sapo, quote, byline, 'Xem thêm' links.",
    "Default location Cần Thơ (the sapo's place); the plant's figures are placed in quận Ô Môn (district); 'Việt Nam mỗi năm', 'cả nước' → Việt Nam.",
    "'mỗi tấn than giữ lại khoảng 2,5 tấn CO2' → a rate, unit 'tấn CO2/tấn'. The '2' of CO2 is not a number. 'hàng trăm năm' → optional",
    "(a vague duration that is part of the claim, not a date of it). 'đóng bao 500 kg' is a package size → optional (like 'chai 330 ml').",
    "'từ đầu năm đến nay' ends at published (2024-10-22). 'gấp đôi cùng kỳ năm ngoái' → change increase 2 lần, baseline 'cùng kỳ năm ngoái'.",
    "'Trong đó, khoảng 1.500 tấn' (after a sentence break) → total 4.200. 'tương ứng 3.600 tín chỉ' is a count of its own.",
    "'Mỗi tín chỉ ... 110-130 USD' → USD/tín chỉ. 'giá trị tăng gấp 8 lần' with no base amount → multiple.",
    "'nếu chuyển 10% ..., có thể tạo ra hơn 700.000 tín chỉ' is a hypothetical scenario; the spec's statuses do not cover it: both optional.",
    "Distractors: '07:15', '(GMT+7)', 'CO2', 'từ năm 2025' in a link title.",
]

if __name__ == "__main__":
    write("p1272-6", TEXT, NOTES, FIGS, published="2024-10-22", location="Cần Thơ")
