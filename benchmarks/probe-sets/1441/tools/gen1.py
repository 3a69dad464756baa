"""p1441-1: province portal (Sóc Trăng): bánh pía output 9 months 2024, a bakery in thị xã Vĩnh Châu."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng Thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bánh pía Sóc Trăng: 9 tháng tiêu thụ gần 49 triệu cái

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.326

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bánh pía các loại trên địa bàn tỉnh Sóc Trăng ước đạt 48,6 triệu cái, tăng 7,2% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, bánh pía nhân đậu xanh sầu riêng 27,3 triệu cái, bánh pía chay 9,8 triệu cái, bánh pía kim sa và các loại khác 11,5 triệu cái.

Hiện toàn tỉnh có 126 cơ sở sản xuất bánh pía, trong đó có 38 cơ sở quy mô doanh nghiệp và 88 cơ sở hộ gia đình, giải quyết việc làm cho khoảng 3.400 lao động với thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng.

Thị xã Vĩnh Châu là địa phương có nhiều lò bánh nhất với 54 cơ sở; sản lượng 9 tháng khoảng 23 triệu cái, chiếm hơn 47% sản lượng toàn tỉnh. Tại Phường 1, Công ty TNHH Bánh pía Thuận Phát Hưng vừa đầu tư thêm hai lò nướng tự động, nâng công suất lên 40.000 cái/ngày, tổng vốn khoảng 6,5 tỷ đồng.

Từ đầu năm đến nay, các cơ sở đã xuất khẩu hơn 1,2 triệu cái bánh pía sang Mỹ, Úc, Canada và Đài Loan (Trung Quốc), kim ngạch ước khoảng 850.000 USD. Dịp Tết Trung thu vừa qua, giá bánh pía sầu riêng phổ biến từ 55.000 đến 90.000 đồng/hộp, cao hơn năm trước khoảng 10%.

Quý IV, ngành công thương phấn đấu sản xuất thêm 15,5 triệu cái, đưa sản lượng cả năm lên trên 64 triệu cái, hoàn thành kế hoạch đề ra. Sở Công Thương tiếp tục triển khai Kế hoạch số 87/KH-UBND về phát triển sản phẩm OCOP, hỗ trợ các lò bánh đăng ký nhãn hiệu, mã số mã vạch.

Tin liên quan:
- Sóc Trăng: Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2024
- Hội chợ Công thương khu vực Đồng bằng sông Cửu Long lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_VC = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VC = "Vĩnh Châu"
W = 48.6e6

FIGS = [
    fig("tiêu thụ gần 49 triệu", "49", 49e6, "count", "cái", approx="nearly",
        subject="bánh pía Sóc Trăng tiêu thụ", period=NINE_H),
    fig("ước đạt 48,6 triệu", "48,6", W, "count", "cái", status="estimate", percent=76,
        change=chg("increase", 7.2, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bánh pía các loại", period=NINE),
    fig("sầu riêng 27,3 triệu", "27,3", 27.3e6, "count", "cái", total=W, status="estimate",
        subject="bánh pía nhân đậu xanh sầu riêng", period=inh(NINE)),
    fig("chay 9,8 triệu", "9,8", 9.8e6, "count", "cái", total=W, status="estimate",
        subject="bánh pía chay", period=inh(NINE)),
    fig("khác 11,5 triệu", "11,5", 11.5e6, "count", "cái", total=W, status="estimate",
        subject="bánh pía kim sa và các loại khác", period=inh(NINE)),
    fig("có 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở sản xuất bánh pía"),
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", total=126, subject="cơ sở sản xuất bánh pía quy mô doanh nghiệp"),
    fig("và 88 cơ sở", "88", 88, "count", "cơ sở", total=126, subject="cơ sở sản xuất bánh pía hộ gia đình"),
    fig("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất bánh pía giải quyết việc làm"),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân của lao động"),
    fig("với 54 cơ sở", "54", 54, "count", "cơ sở", subject="lò bánh của thị xã Vĩnh Châu", location=VC),
    fig("khoảng 23 triệu", "23", 23e6, "count", "cái", approx="about", percent=47,
        subject="sản lượng bánh pía của thị xã Vĩnh Châu", period=NINE_VC, location=VC),
    fig("thêm hai lò", "hai", 2, "count", "lò nướng",
        subject="lò nướng tự động Công ty TNHH Bánh pía Thuận Phát Hưng đầu tư thêm", location=VC),
    fig("lên 40.000 cái/ngày", "40.000", 40000, "measure", "cái/ngày",
        subject="công suất của Công ty TNHH Bánh pía Thuận Phát Hưng", location=VC),
    fig("khoảng 6,5 tỷ", "6,5", 6.5e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư lò nướng tự động", location=VC),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "cái", approx="over",
        subject="bánh pía các cơ sở xuất khẩu", period=YTD),
    fig("khoảng 850.000 USD", "850.000", 850000, "money", "USD", approx="about", status="estimate",
        subject="kim ngạch xuất khẩu bánh pía", period=YTD),
    fig("từ 55.000 đến 90.000", "55.000", 55000, "money", "đồng/hộp", value_max=90000,
        change=chg("increase", 10, "%", "năm trước", approx="about"),
        subject="giá bánh pía sầu riêng dịp Tết Trung thu"),
    fig("thêm 15,5 triệu", "15,5", 15.5e6, "count", "cái", status="target",
        subject="bánh pía sản xuất thêm", period=Q4),
    fig("trên 64 triệu", "64", 64e6, "count", "cái", approx="over", status="target",
        subject="sản lượng bánh pía cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Sóc Trăng): bánh pía output 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.326', related links.",
    "Distractors: 08:45, Lượt xem 1.326, 'Phường 1', Kế hoạch số 87/KH-UBND, 'năm 2024' and 'lần thứ 3' in related links.",
    "Headline '9 tháng tiêu thụ gần 49 triệu cái' is a figure of its own (nearly); year-less '9 tháng' takes 2024; no cue, so actual.",
    "'Trong đó' parts after a sentence break: total 48,6 triệu cái, status estimate carried from the whole; period inherited.",
    "'trong đó có 38 cơ sở ... và 88 cơ sở' count cơ sở like the whole 126 cơ sở and add up: total 126.",
    "Bánh pieces are counts, unit 'cái'; 'công suất 40.000 cái/ngày' is a rate (measure).",
    "Vĩnh Châu passage: location Vĩnh Châu; 54 cơ sở has no part-of cue (no total); 'chiếm hơn 47%' is the percent attribute of 23 triệu.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-15. 'cao hơn năm trước khoảng 10%' is the change of the price range;",
    "'Dịp Tết Trung thu vừa qua' has no date: no period for the price. 'Quý IV ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1441-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Sóc Trăng")
