"""p1515-6: national newspaper (Kinh doanh section): imported baby bottles dominate the market; imports 8 months 2024; a shop in Cầu Giấy."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 12/9/2024, 06:00 (GMT+7)

Bình sữa nhập khẩu chiếm hơn 80% thị phần

Người Việt chi khoảng 3.500 tỷ đồng mỗi năm cho bình sữa, núm ti, song phần lớn là hàng ngoại, sản phẩm nội chỉ chiếm chưa tới 20% thị phần.

Theo số liệu của Tổng cục Hải quan, 8 tháng đầu năm nay, Việt Nam nhập khẩu 86,3 triệu USD bình sữa, núm ti và dụng cụ cho trẻ ăn, tăng 14,6% so với cùng kỳ. Trung Quốc là nguồn cung lớn nhất với 38,2 triệu USD, chiếm 44,3%; tiếp đến là Thái Lan 17,5 triệu USD, Nhật Bản 12,8 triệu USD và Hàn Quốc 9,1 triệu USD.

Khảo sát tại một số cửa hàng ở quận Cầu Giấy (Hà Nội), bình sữa thương hiệu Nhật, Hàn có giá 350.000-750.000 đồng một chiếc, gấp khoảng 3 lần sản phẩm trong nước cùng loại. Chị Nguyễn Thu Hà, chủ cửa hàng mẹ và bé trên phố Trần Thái Tông, cho biết mỗi tháng bán khoảng 1.200 bình sữa, trong đó hàng nhập khẩu chiếm gần 85%.

"Khách thường hỏi hàng Nhật trước, dù giá cao hơn nhiều", chị Hà nói.

Ở chiều ngược lại, cả nước hiện có khoảng 30 doanh nghiệp sản xuất bình sữa, núm ti, tập trung tại TP Hồ Chí Minh, Bình Dương và Bắc Ninh. Một số doanh nghiệp nội như Công ty cổ phần Nhựa Bé Xinh đã đạt chứng nhận không chứa BPA, xuất khẩu sang 12 quốc gia. Hiệp hội Nhựa Việt Nam dự báo đến năm 2030, thị phần hàng nội có thể đạt 35-40%.

Minh Anh
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CG = "Cầu Giấy"
IMP = "nhập khẩu bình sữa, núm ti và dụng cụ cho trẻ ăn"

FIGS = [
    fig("hơn 80%", "80", 80, "percent", "%", approx="over", subject="thị phần bình sữa nhập khẩu"),
    fig("khoảng 3.500 tỷ", "3.500", 3500e9, "money", "đồng/năm", approx="about",
        subject="người Việt chi cho bình sữa, núm ti"),
    fig("chưa tới 20%", "20", 20, "percent", "%", approx="under", subject="thị phần sản phẩm nội"),
    fig("nhập khẩu 86,3 triệu", "86,3", 86.3e6, "money", "USD", change=chg("increase", 14.6, "%", "cùng kỳ"),
        subject=IMP, period=M8),
    fig("với 38,2 triệu", "38,2", 38.2e6, "money", "USD", percent=44.3,
        subject=IMP + " từ Trung Quốc", period=inh(M8)),
    fig("Thái Lan 17,5 triệu", "17,5", 17.5e6, "money", "USD", subject=IMP + " từ Thái Lan", period=inh(M8)),
    fig("Nhật Bản 12,8 triệu", "12,8", 12.8e6, "money", "USD", subject=IMP + " từ Nhật Bản", period=inh(M8)),
    fig("Hàn Quốc 9,1 triệu", "9,1", 9.1e6, "money", "USD", subject=IMP + " từ Hàn Quốc", period=inh(M8)),
    fig("350.000-750.000", "350.000", 350000, "money", "đồng/chiếc", value_max=750000,
        change=chg("increase", 3, "lần", "sản phẩm trong nước cùng loại", approx="about"),
        subject="giá bình sữa thương hiệu Nhật, Hàn", location=CG),
    fig("khoảng 1.200 bình", "1.200", 1200, "measure", "bình sữa/tháng", approx="about",
        subject="bình sữa cửa hàng bán mỗi tháng", location=CG),
    fig("gần 85%", "85", 85, "percent", "%", approx="nearly", subject="hàng nhập khẩu", location=CG),
    fig("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bình sữa, núm ti"),
    fig("sang 12 quốc gia", "12", 12, "count", "quốc gia",
        subject="quốc gia Công ty cổ phần Nhựa Bé Xinh xuất khẩu sang"),
    fig("đạt 35-40%", "35", 35, "percent", "%", value_max=40, status="forecast",
        subject="thị phần hàng nội", period=T30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'phố Trần Thái Tông' (address), 'Nhật, Hàn' (no numbers), 'BPA'.",
    "Default location Việt Nam (national import data; 'cả nước'; the list of provinces after the national count does not make it provincial).",
    "Partner countries (Trung Quốc, Thái Lan, ...) are not places of the figure: location Việt Nam, partner in the subject.",
    "'8 tháng đầu năm nay' → 2024 from the dateline; the partner list in the same sentence as 38,2 triệu inherits it (stated in the sentence before).",
    "'khoảng 3.500 tỷ đồng mỗi năm' → a yearly rate: unit 'đồng/năm'. 'mỗi tháng bán khoảng 1.200 bình sữa' → measure 'bình sữa/tháng'.",
    "'gấp khoảng 3 lần sản phẩm trong nước' → change increase 3 lần (about) on the price range. The shop passage is in quận Cầu Giấy → location Cầu Giấy.",
    "'trong đó hàng nhập khẩu chiếm gần 85%' → a percent figure of its own (a share within the 1.200 bottles).",
    "'dự báo đến năm 2030 ... có thể đạt 35-40%' → forecast (dự báo), period end 2030-12-31, start null.",
]

if __name__ == "__main__":
    write("p1515-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
