"""p1561-6: national newspaper: exports of garden hoses and watering accessories, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 8/10/2024, 08:30 (GMT+7)

Xuất khẩu ống tưới vườn lập đỉnh mới

Kim ngạch xuất khẩu ống tưới và phụ kiện tưới vườn 9 tháng đạt gần 290 triệu USD, cao nhất từ trước đến nay nhờ nhu cầu làm vườn tại Mỹ và châu Âu phục hồi.

Số liệu của Tổng cục Hải quan cho thấy, 9 tháng đầu năm 2024, Việt Nam xuất khẩu 286,4 triệu USD ống tưới vườn, vòi phun, béc tưới và phụ kiện, tăng 23,8% so với cùng kỳ năm trước. Riêng tháng 9, kim ngạch đạt 34,2 triệu USD, giảm 6,1% so với tháng 8 do hết mùa làm vườn ở Bắc Mỹ.

Mỹ vẫn là thị trường lớn nhất với 132 triệu USD, chiếm 46,1%; tiếp theo là Nhật Bản 41,5 triệu USD, Đức 28,7 triệu USD và Australia 19,3 triệu USD. Đáng chú ý, xuất khẩu sang Hà Lan tăng gấp 2,4 lần, đạt 12,8 triệu USD.

Cả nước hiện có khoảng 40 doanh nghiệp xuất khẩu mặt hàng này, tập trung ở Bình Dương, Long An và TP HCM. Công ty cổ phần Nhựa Xanh Đông Nam (Bình Dương), đơn vị dẫn đầu, cho biết đơn hàng quý IV đã kín với khoảng 3,5 triệu cuộn ống tưới.

"Giá bình quân mỗi cuộn ống 15 m xuất sang Mỹ hiện khoảng 6,8 USD, thấp hơn 15-20% so với hàng Trung Quốc cùng loại", bà Nguyễn Thu Hà, Phó tổng giám đốc công ty nói. Năm nay, doanh nghiệp dự kiến xuất khẩu 52 triệu USD, chiếm khoảng 14% kim ngạch cả nước.

Hiệp hội Nhựa Việt Nam dự báo cả năm 2024, kim ngạch xuất khẩu nhóm hàng ống tưới và phụ kiện có thể đạt 370-380 triệu USD.

Minh Khôi
"""

M9S = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T9 = per("tháng 9", "2024-09-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
BD = "Bình Dương"

FIGS = [
    fig("gần 290 triệu", "290", 290e6, "money", "USD", approx="nearly",
        subject="kim ngạch xuất khẩu ống tưới và phụ kiện tưới vườn", period=M9S),
    fig("xuất khẩu 286,4 triệu", "286,4", 286.4e6, "money", "USD",
        change=chg("increase", 23.8, "%", "cùng kỳ năm trước"),
        subject="xuất khẩu ống tưới vườn, vòi phun, béc tưới và phụ kiện", period=M9),
    fig("đạt 34,2 triệu", "34,2", 34.2e6, "money", "USD",
        change=chg("decrease", 6.1, "%", "tháng 8"),
        subject="kim ngạch xuất khẩu ống tưới vườn và phụ kiện", period=T9),
    fig("với 132 triệu", "132", 132e6, "money", "USD", percent=46.1,
        subject="kim ngạch xuất khẩu ống tưới sang Mỹ", period=inh(M9)),
    fig("Nhật Bản 41,5 triệu", "41,5", 41.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu ống tưới sang Nhật Bản", period=inh(M9)),
    fig("Đức 28,7 triệu", "28,7", 28.7e6, "money", "USD",
        subject="kim ngạch xuất khẩu ống tưới sang Đức", period=inh(M9)),
    fig("Australia 19,3 triệu", "19,3", 19.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu ống tưới sang Australia", period=inh(M9)),
    fig("đạt 12,8 triệu", "12,8", 12.8e6, "money", "USD",
        change=chg("increase", 2.4, "lần"),
        subject="xuất khẩu sang Hà Lan", period=inh(M9)),
    fig("khoảng 40 doanh", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu ống tưới và phụ kiện"),
    fig("khoảng 3,5 triệu", "3,5", 3.5e6, "count", "cuộn", approx="about",
        subject="đơn hàng ống tưới của Công ty cổ phần Nhựa Xanh Đông Nam", period=Q4, location=BD),
    fig("cuộn ống 15 m", "15", 15, "measure", "m", optional=True, location=BD),
    fig("khoảng 6,8 USD", "6,8", 6.8, "money", "USD/cuộn", approx="about",
        change=chg("decrease", 15, "%", "hàng Trung Quốc cùng loại"),
        subject="giá bình quân mỗi cuộn ống xuất sang Mỹ", location=BD),
    fig("khẩu 52 triệu", "52", 52e6, "money", "USD", status="forecast", percent=14,
        subject="xuất khẩu của doanh nghiệp", period=NOW, location=BD),
    fig("đạt 370-380", "370", 370e6, "money", "USD", value_max=380e6, status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng ống tưới và phụ kiện", period=Y24),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 8/10/2024, 08:30 (GMT+7)', headline, sapo, a quote, byline at the end. Location Việt Nam by default.",
    "Distractors: 08:30, '(GMT+7)', 'cao nhất từ trước đến nay', 'tháng 8' (baseline), 'cùng kỳ năm trước'.",
    "Sapo '9 tháng đạt gần 290 triệu USD' is its own figure (nearly), year from the dateline. 'Riêng tháng 9' → September 2024.",
    "Markets are trade partners, not places: location Việt Nam, the market in the subject. 'với 132 triệu USD, chiếm 46,1%' → percent 46,1.",
    "'tăng gấp 2,4 lần, đạt 12,8 triệu USD' → change increase 2,4 lần. Provinces listed after 'Cả nước ... khoảng 40 doanh nghiệp' do not make it provincial.",
    "Company figures (Bình Dương): 'quý IV' 2024; 'cuộn ống 15 m' is a product size (optional); 'thấp hơn 15-20% so với hàng Trung Quốc' → change decrease 15 (lower bound).",
    "'Năm nay ... dự kiến ... 52 triệu USD, chiếm khoảng 14%' forecast with percent 14; 'dự báo cả năm 2024 ... 370-380 triệu USD' forecast range.",
]

if __name__ == "__main__":
    write("p1561-6", TEXT, NOTES, FIGS, published="2024-10-08", location="Việt Nam")
