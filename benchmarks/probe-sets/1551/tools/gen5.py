"""p1551-5: provincial newspaper (Báo Bắc Giang, tag '(BGĐT)-'): a protective-wear maker in Việt Yên, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Công nghiệp

Doanh nghiệp may đồ bảo hộ tăng tốc thực hiện đơn hàng cuối năm

Thứ Ba, 19/11/2024 10:15

Những tháng cuối năm, nhiều doanh nghiệp sản xuất quần áo, găng tay bảo hộ trên địa bàn tỉnh tăng ca để kịp giao hàng; đơn hàng đã kín đến hết quý I/2025.

(BGĐT)-Có mặt tại Công ty TNHH Thiết bị bảo hộ Minh Khang ở Khu công nghiệp Quang Châu (thị xã Việt Yên) những ngày giữa tháng 11, chúng tôi thấy các chuyền may hoạt động hết công suất. Ông Lê Quang Vinh, Giám đốc công ty cho biết, 10 tháng năm 2024, công ty sản xuất được hơn 2,6 triệu bộ quần áo bảo hộ và 9,2 triệu đôi găng tay, doanh thu đạt 312 tỷ đồng, tăng 27% so với cùng kỳ. Hàng xuất khẩu chiếm gần 70% sản lượng.

Hiện công ty có 1.150 công nhân, trong đó gần 900 người là lao động nữ; thu nhập bình quân từ 8,5 đến 10 triệu đồng/người/tháng. Để kịp tiến độ, công ty đã tuyển thêm 150 lao động. Cả năm 2024, doanh thu dự kiến đạt khoảng 380 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 19 doanh nghiệp sản xuất đồ bảo hộ lao động, chủ yếu tại các khu công nghiệp Quang Châu, Vân Trung và Đình Trám. 10 tháng, giá trị sản xuất của nhóm ngành này ước đạt 2.450 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2023, chiếm khoảng 1,1% giá trị sản xuất công nghiệp toàn tỉnh. Bắc Giang hiện đứng thứ 3 khu vực trung du và miền núi phía Bắc về giá trị xuất khẩu hàng bảo hộ lao động.

Thu Hà

Ý kiến bạn đọc (0)
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10S = per("10 tháng", "2024-01-01", "2024-10-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
VY = "Việt Yên"

FIGS = [
    fig("hơn 2,6 triệu bộ", "2,6", 2.6e6, "count", "bộ", approx="over",
        subject="quần áo bảo hộ công ty sản xuất", period=M10, location=VY),
    fig("và 9,2 triệu đôi", "9,2", 9.2e6, "count", "đôi", subject="găng tay công ty sản xuất",
        period=M10, location=VY),
    fig("đạt 312 tỷ", "312", 312e9, "money", "đồng", change=chg("increase", 27, "%", "cùng kỳ"),
        subject="doanh thu công ty", period=M10, location=VY),
    fig("gần 70% sản lượng", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ trọng hàng xuất khẩu trong sản lượng của công ty", period=inh(M10), location=VY),
    fig("có 1.150 công nhân", "1.150", 1150, "count", "công nhân", subject="công nhân của công ty", location=VY),
    fig("gần 900 người", "900", 900, "count", "người", approx="nearly", total=1150,
        subject="lao động nữ", location=VY),
    fig("từ 8,5 đến 10 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân công nhân", location=VY),
    fig("thêm 150 lao động", "150", 150, "count", "lao động", subject="lao động công ty tuyển thêm",
        location=VY),
    fig("khoảng 380 tỷ", "380", 380e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu công ty", period=Y24, location=VY),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ bảo hộ lao động"),
    fig("ước đạt 2.450 tỷ", "2.450", 2450e9, "money", "đồng", status="estimate", percent=1.1,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất của nhóm ngành đồ bảo hộ lao động", period=M10S),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="giá trị xuất khẩu hàng bảo hộ lao động"),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section menu, headline, 'Thứ Ba, 19/11/2024 10:15', sapo, tag '(BGĐT)-', byline, comment count.",
    "Distractors: 10:15, 'quý I/2025' (a period), KCN names, 'giữa tháng 11', 'Ý kiến bạn đọc (0)'.",
    "Company passage (KCN Quang Châu, thị xã Việt Yên): location Việt Yên; province passage ('Theo Sở Công Thương, toàn tỉnh'): Bắc Giang.",
    "'Hàng xuất khẩu chiếm gần 70% sản lượng' stands as its own sentence: percent figure, period inherited from '10 tháng năm 2024'.",
    "'trong đó gần 900 người là lao động nữ' → total 1.150. 'Cả năm 2024, doanh thu dự kiến đạt khoảng 380 tỷ' → forecast, about.",
    "'10 tháng' (year-less) takes 2024 from the earlier '10 tháng năm 2024'. 'chiếm khoảng 1,1%' after the amount is its percent attribute.",
    "'đứng thứ 3 khu vực ... về giá trị xuất khẩu' is a rank of the province (location Bắc Giang), 'hiện': no period.",
    "revised after the first run: rank subject lost 'khu vực trung du và miền núi phía Bắc' (the field of the ranking, like 'toàn quốc'",
    "in the shared gold's ranks, is not part of the ranked indicator).",
]

if __name__ == "__main__":
    write("p1551-5", TEXT, NOTES, FIGS, published="2024-11-19", location="Bắc Giang")
