"""p1331-6: national newspaper (online, 'Thứ sáu, 6/9/2024, 15:40 (GMT+7)'): the 120.000 tỷ đồng credit package disburses slowly."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Bất động sản
Thứ sáu, 6/9/2024, 15:40 (GMT+7)

Gói 120.000 tỷ đồng cho nhà ở xã hội mới giải ngân hơn 1%

Sau gần 18 tháng triển khai, gói tín dụng có quy mô 120.000 tỷ đồng cho vay nhà ở xã hội, nhà ở công nhân mới giải ngân khoảng 1.390 tỷ đồng, tương đương 1,16% quy mô.

Theo Ngân hàng Nhà nước, tính đến ngày 31/8/2024, các ngân hàng đã cam kết cho vay 3.875 tỷ đồng đối với 34 dự án tại 17 tỉnh, thành phố và đã giải ngân 1.390 tỷ đồng, trong đó cho chủ đầu tư vay 1.365 tỷ đồng, cho người mua nhà vay 25 tỷ đồng. Lãi suất cho vay hiện là 6,6%/năm đối với người mua nhà và 7,1%/năm đối với chủ đầu tư.

Ông Trần Minh Quân, Phó tổng giám đốc một ngân hàng thương mại, cho biết nhiều công nhân có thu nhập 8-10 triệu đồng/tháng, sau khi trừ chi tiêu chỉ dành được khoảng 3 triệu đồng để trả nợ, trong khi khoản trả góp cho căn hộ giá 600 triệu đồng có thể lên tới 5-6 triệu đồng mỗi tháng. "Điều kiện vay còn chặt, nhiều hồ sơ phải bổ sung giấy tờ nhiều lần", ông nói.

Theo Bộ Xây dựng, nhu cầu nhà ở của công nhân các khu công nghiệp cả nước hiện khoảng 1,8 triệu người, nhưng 6 tháng đầu năm nay chỉ có 14 dự án với 9.512 căn hoàn thành.

Ngân hàng Nhà nước dự báo đến hết năm 2024, số giải ngân của gói có thể đạt khoảng 3.000 tỷ đồng, gấp hơn 2 lần hiện nay. Nghị quyết số 33/NQ-CP cũng đang được đề nghị sửa đổi để mở rộng đối tượng vay.

Minh Châu
"""

ASOF = per("tính đến ngày 31/8/2024", None, "2024-08-31")
H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")

FIGS = [
    fig("Gói 120.000 tỷ", "120.000", 120000e9, "money", "đồng", subject="gói cho nhà ở xã hội", optional=True),
    fig("giải ngân hơn 1%", "1", 1, "percent", "%", approx="over", subject="tỷ lệ giải ngân gói cho nhà ở xã hội"),
    fig("quy mô 120.000 tỷ", "120.000", 120000e9, "money", "đồng",
        subject="quy mô gói tín dụng cho vay nhà ở xã hội, nhà ở công nhân"),
    fig("khoảng 1.390 tỷ", "1.390", 1390e9, "money", "đồng", approx="about", percent=1.16,
        subject="số tiền gói tín dụng đã giải ngân"),
    fig("cho vay 3.875 tỷ", "3.875", 3875e9, "money", "đồng", subject="số tiền các ngân hàng cam kết cho vay",
        period=ASOF),
    fig("đối với 34 dự án", "34", 34, "count", "dự án", subject="dự án được các ngân hàng cam kết cho vay",
        period=ASOF),
    fig("tại 17 tỉnh", "17", 17, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có dự án được cam kết cho vay",
        period=ASOF),
    fig("giải ngân 1.390 tỷ", "1.390", 1390e9, "money", "đồng", subject="số tiền các ngân hàng đã giải ngân",
        period=ASOF),
    fig("vay 1.365 tỷ", "1.365", 1365e9, "money", "đồng", total=1390e9, subject="số tiền cho chủ đầu tư vay",
        period=ASOF),
    fig("vay 25 tỷ", "25", 25e9, "money", "đồng", total=1390e9, subject="số tiền cho người mua nhà vay",
        period=ASOF),
    fig("là 6,6%/năm", "6,6", 6.6, "percent", "%", subject="lãi suất cho vay đối với người mua nhà"),
    fig("và 7,1%/năm", "7,1", 7.1, "percent", "%", subject="lãi suất cho vay đối với chủ đầu tư"),
    fig("nhập 8-10 triệu", "8", 8e6, "money", "đồng/tháng", value_max=10e6, subject="thu nhập của nhiều công nhân"),
    fig("khoảng 3 triệu", "3", 3e6, "money", "đồng", approx="about",
        subject="số tiền công nhân dành được để trả nợ"),
    fig("giá 600 triệu", "600", 600e6, "money", "đồng", subject="giá căn hộ", optional=True),
    fig("tới 5-6 triệu", "5", 5e6, "money", "đồng/tháng", value_max=6e6, subject="khoản trả góp cho căn hộ"),
    fig("khoảng 1,8 triệu người", "1,8", 1.8e6, "count", "người", approx="about",
        subject="nhu cầu nhà ở của công nhân các khu công nghiệp"),
    fig("có 14 dự án", "14", 14, "count", "dự án", subject="dự án hoàn thành", period=H1),
    fig("với 9.512 căn", "9.512", 9512, "count", "căn", subject="căn hoàn thành", period=H1),
    fig("khoảng 3.000 tỷ", "3.000", 3000e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 2, "lần", "hiện nay", approx="over"),
        subject="số giải ngân của gói", period=per("đến hết năm 2024", None, "2024-12-31")),
]

NOTES = [
    "National newspaper online: section breadcrumb, 'Thứ sáu, 6/9/2024, 15:40 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', time 15:40, 'Sau gần 18 tháng triển khai' (elapsed time locating the figures),",
    "'Nghị quyết số 33/NQ-CP'.",
    "National figures: location Việt Nam throughout; '17 tỉnh, thành phố' is a count of provinces.",
    "Here the package size is stated as a fact ('gói tín dụng có quy mô 120.000 tỷ đồng') -> required; the headline",
    "'Gói 120.000 tỷ đồng' only names the package -> optional.",
    "'1.390 tỷ đồng, trong đó ... 1.365 tỷ ..., ... 25 tỷ' -> parts with total 1.390 tỷ (1.365 + 25 = 1.390).",
    "The sapo '1.390 tỷ đồng, tương đương 1,16% quy mô' -> percent attribute; no period in that sentence.",
    "'căn hộ giá 600 triệu đồng' is the price of a hypothetical apartment in an example -> optional.",
    "'5-6 triệu đồng mỗi tháng': 'mỗi tháng' is the denominator -> đồng/tháng. 'khoảng 3 triệu đồng' has no written denominator.",
    "'6 tháng đầu năm nay' takes the year of the dateline (2024).",
    "'dự báo đến hết năm 2024, ... khoảng 3.000 tỷ đồng, gấp hơn 2 lần hiện nay' -> forecast, about, change x2 (over),",
    "period as-of 2024-12-31 (cumulative).",
]

if __name__ == "__main__":
    write("p1331-6", TEXT, NOTES, FIGS, published="2024-09-06", location="Việt Nam")
