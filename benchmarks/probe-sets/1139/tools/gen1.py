"""p1139-1: Bắc Ninh province portal, 9 months 2024: business households converted to enterprises."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Doanh nghiệp

Bắc Ninh: Hơn 180 hộ kinh doanh chuyển đổi lên doanh nghiệp trong 9 tháng

Cập nhật: 15/10/2024 08:30 | Lượt xem: 2.417

(bacninh.gov.vn) - Theo Sở Kế hoạch và Đầu tư, 9 tháng đầu năm 2024, toàn tỉnh Bắc Ninh có 186 hộ kinh doanh chuyển đổi lên doanh nghiệp, đạt 74,4% kế hoạch năm, tăng 21,6% so với cùng kỳ năm 2023. Trong đó, 112 hộ thành lập công ty TNHH một thành viên, 58 hộ thành lập công ty TNHH hai thành viên trở lên và 16 hộ thành lập doanh nghiệp tư nhân. Tổng vốn đăng ký của các doanh nghiệp chuyển đổi đạt 642,5 tỷ đồng, bình quân 3,45 tỷ đồng/doanh nghiệp.

Cũng trong 9 tháng, các huyện, thị xã, thành phố đã cấp giấy chứng nhận đăng ký cho 4.915 hộ kinh doanh thành lập mới, giảm 3,2% so với cùng kỳ. Tính đến ngày 30/9/2024, toàn tỉnh có khoảng 78.600 hộ kinh doanh đang hoạt động. Các địa phương có nhiều hộ chuyển đổi là TP Bắc Ninh, TP Từ Sơn và huyện Tiên Du với lần lượt 47, 39 và 22 hộ.

Theo Kế hoạch số 125/KH-UBND, hộ kinh doanh chuyển đổi được hỗ trợ 100% lệ phí đăng ký doanh nghiệp, phí công bố thông tin và được miễn thuế thu nhập doanh nghiệp trong 2 năm đầu. Từ đầu năm đến nay, Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa đã tổ chức 14 lớp tập huấn về kế toán, hóa đơn điện tử cho hơn 1.050 lượt chủ hộ, tổng kinh phí khoảng 420 triệu đồng.

Năm 2025, Bắc Ninh phấn đấu có ít nhất 300 hộ kinh doanh chuyển đổi lên doanh nghiệp; dự kiến số doanh nghiệp thành lập mới đạt từ 2.800 đến 3.000 doanh nghiệp. Hộ kinh doanh cần tư vấn liên hệ đường dây nóng 0222.3822.456 hoặc Bộ phận một cửa tại số 11 đường Lý Thái Tổ, TP Bắc Ninh.
"""

HEAD = per("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ALSO = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CONV = "hộ kinh doanh chuyển đổi lên doanh nghiệp"

FIGS = [
    fig("Hơn 180 hộ", "180", 180, "count", "hộ kinh doanh", CONV, HEAD, approx="over"),
    fig("có 186 hộ", "186", 186, "count", "hộ kinh doanh", CONV, NINE, percent=74.4,
        change=chg("increase", 21.6, "%", "cùng kỳ năm 2023")),
    fig("Trong đó, 112 hộ", "112", 112, "count", "hộ",
        "hộ chuyển đổi thành lập công ty TNHH một thành viên", inh(NINE), total=186),
    fig("58 hộ", "58", 58, "count", "hộ",
        "hộ chuyển đổi thành lập công ty TNHH hai thành viên trở lên", inh(NINE), total=186),
    fig("16 hộ", "16", 16, "count", "hộ",
        "hộ chuyển đổi thành lập doanh nghiệp tư nhân", inh(NINE), total=186),
    fig("đạt 642,5 tỷ", "642,5", 642.5e9, "money", "đồng",
        "tổng vốn đăng ký của các doanh nghiệp chuyển đổi", inh(NINE)),
    fig("bình quân 3,45 tỷ", "3,45", 3.45e9, "money", "đồng/doanh nghiệp",
        "vốn đăng ký bình quân của doanh nghiệp chuyển đổi", inh(NINE)),
    fig("cho 4.915 hộ", "4.915", 4915, "count", "hộ kinh doanh",
        "hộ kinh doanh thành lập mới được cấp giấy chứng nhận đăng ký", ALSO,
        change=chg("decrease", 3.2, "%", "cùng kỳ")),
    fig("khoảng 78.600 hộ", "78.600", 78600, "count", "hộ kinh doanh",
        "hộ kinh doanh đang hoạt động", ASOF, approx="about"),
    fig("lần lượt 47", "47", 47, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", inh(NINE),
        location="Bắc Ninh"),
    fig("47, 39", "39", 39, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", inh(NINE),
        location="Từ Sơn"),
    fig("và 22 hộ", "22", 22, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", inh(NINE),
        location="Tiên Du"),
    fig("hỗ trợ 100% lệ phí", "100", 100, "percent", "%",
        "hỗ trợ lệ phí đăng ký doanh nghiệp, phí công bố thông tin cho hộ chuyển đổi"),
    fig("trong 2 năm đầu", "2", 2, "measure", "năm", "thời gian miễn thuế thu nhập doanh nghiệp",
        optional=True),
    fig("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn về kế toán, hóa đơn điện tử", YTD),
    fig("hơn 1.050 lượt", "1.050", 1050, "count", "lượt chủ hộ", "lượt chủ hộ được tập huấn", YTD,
        approx="over"),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng", "kinh phí tập huấn", YTD, approx="about"),
    fig("ít nhất 300 hộ", "300", 300, "count", "hộ kinh doanh", CONV, Y25,
        approx="at_least", status="target"),
    fig("từ 2.800 đến 3.000", "2.800", 2800, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", Y25,
        value_max=3000, status="forecast"),
]

NOTES = [
    "Province portal (Bắc Ninh): business households converted to enterprises, 9 months 2024. Breadcrumb, 'Cập nhật: 15/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: 08:30, view counter 2.417, 'Kế hoạch số 125/KH-UBND', hotline 0222.3822.456, 'số 11 đường Lý Thái Tổ', legal-form names",
    "'công ty TNHH một thành viên' / 'hai thành viên trở lên' (number words inside a name: not figures).",
    "Headline 'trong 9 tháng' has no year: published 2024. Parts after 'Trong đó' (112+58+16=186) take total 186, period inherited.",
    "'đạt 74,4% kế hoạch năm' is a share (percent). List 'lần lượt 47, 39 và 22 hộ': places go to location, period inherited from the 9 months.",
    "'miễn thuế ... trong 2 năm đầu' is the length of a standing exemption: optional. Support rule '100% lệ phí' has no period.",
    "'Từ đầu năm đến nay' ends at the published date 2024-10-15. 'phấn đấu' (target) and 'dự kiến' (forecast) each govern their own clause.",
]

if __name__ == "__main__":
    write("p1139-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Ninh")
