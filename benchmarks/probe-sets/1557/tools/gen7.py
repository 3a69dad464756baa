"""p1557-7: news agency (TTXVN): a listed shampoo and shower-gel maker's Q3/2024 results."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Tin tức TTXVN › Kinh tế › Doanh nghiệp

Hóa mỹ phẩm Thiên Phú: lãi quý III tăng 21%

28/10/2024 17:42

TP Hồ Chí Minh (TTXVN) - Công ty cổ phần Hóa mỹ phẩm Thiên Phú (mã chứng khoán TPC) vừa công bố báo cáo tài chính quý III/2024 với doanh thu thuần đạt 486 tỷ đồng, tăng 12,3% so với cùng kỳ năm trước; lợi nhuận sau thuế đạt 38,6 tỷ đồng, tăng 21%. Theo công ty, lợi nhuận tăng nhờ sản lượng tiêu thụ dầu gội tăng mạnh, trong khi giá nguyên liệu nhập khẩu như chất hoạt động bề mặt, hương liệu giảm khoảng 8% so với cùng kỳ.

Lũy kế 9 tháng đầu năm 2024, doanh thu của công ty đạt 1.352 tỷ đồng, lợi nhuận sau thuế 97,4 tỷ đồng, lần lượt thực hiện được 73% và 81% kế hoạch năm. Trong cơ cấu doanh thu, dầu gội chiếm 46%, sữa tắm 29%, còn lại là nước giặt và nước rửa chén.

Công ty hiện có hai nhà máy tại Khu công nghiệp Tân Đức (Long An) và Khu công nghiệp Nhơn Trạch 2 (Đồng Nai), tổng công suất 85.000 tấn/năm, sử dụng 1.140 lao động. Sản phẩm của công ty đã xuất khẩu sang 12 thị trường, kim ngạch 9 tháng đạt 14,2 triệu USD, chiếm khoảng 17% doanh thu.

Ban lãnh đạo công ty cho biết, trong quý IV công ty dự kiến ra mắt thêm 5 sản phẩm thuộc dòng dầu gội thảo dược TP-Herbal 3in1 và phấn đấu cả năm 2024 đạt doanh thu 1.850 tỷ đồng, lợi nhuận sau thuế 120 tỷ đồng.

Chốt phiên giao dịch ngày 28/10, cổ phiếu TPC tăng 2,4%, lên 36.500 đồng/cổ phiếu.

Thanh Trà (TTXVN)
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Q3h = per("quý III", "2024-07-01", "2024-09-30")
M9 = per("Lũy kế 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
D28 = per("ngày 28/10", "2024-10-28", "2024-10-28")

FIGS = [
    fig("lãi quý III tăng 21%", "21", 21, "percent", "%",
        subject="lãi", period=Q3h),
    fig("đạt 486 tỷ", "486", 486e9, "money", "đồng", change=chg("increase", 12.3, baseline="cùng kỳ năm trước"),
        subject="doanh thu thuần", period=Q3),
    fig("đạt 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", change=chg("increase", 21),
        subject="lợi nhuận sau thuế", period=Q3),
    fig("giảm khoảng 8%", "8", 8, "percent", "%", approx="about",
        subject="giá nguyên liệu nhập khẩu như chất hoạt động bề mặt, hương liệu"),
    fig("đạt 1.352 tỷ", "1.352", 1352e9, "money", "đồng", percent=73,
        subject="doanh thu của công ty", period=M9),
    fig("thuế 97,4 tỷ", "97,4", 97.4e9, "money", "đồng", percent=81,
        subject="lợi nhuận sau thuế", period=M9),
    fig("dầu gội chiếm 46%", "46", 46, "percent", "%",
        subject="dầu gội trong cơ cấu doanh thu", period=inh(M9)),
    fig("sữa tắm 29%", "29", 29, "percent", "%",
        subject="sữa tắm trong cơ cấu doanh thu", period=inh(M9)),
    fig("có hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy của công ty"),
    fig("công suất 85.000 tấn/năm", "85.000", 85000, "measure", "tấn/năm",
        subject="tổng công suất các nhà máy"),
    fig("sử dụng 1.140 lao động", "1.140", 1140, "count", "lao động",
        subject="lao động công ty sử dụng"),
    fig("sang 12 thị trường", "12", 12, "count", "thị trường",
        subject="thị trường sản phẩm của công ty xuất khẩu sang"),
    fig("đạt 14,2 triệu", "14,2", 14.2e6, "money", "USD", percent=17,
        subject="kim ngạch xuất khẩu", period=M9b),
    fig("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", status="forecast",
        subject="sản phẩm dòng dầu gội thảo dược công ty ra mắt thêm", period=Q4),
    fig("doanh thu 1.850 tỷ", "1.850", 1850e9, "money", "đồng", status="target",
        subject="doanh thu", period=Y24),
    fig("lợi nhuận sau thuế 120 tỷ", "120", 120e9, "money", "đồng", status="target",
        subject="lợi nhuận sau thuế", period=Y24),
    fig("lên 36.500", "36.500", 36500, "money", "đồng/cổ phiếu", change=chg("increase", 2.4),
        subject="giá cổ phiếu TPC", period=D28),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, '28/10/2024 17:42', place + '(TTXVN) -' lead, byline 'Thanh Trà (TTXVN)'.",
    "Distractors: ticker 'TPC', product line 'TP-Herbal 3in1', KCN 'Nhơn Trạch 2', 17:42, 'ngày 28/10' as a date, 'cùng kỳ năm trước' baseline.",
    "The dateline place 'TP Hồ Chí Minh' is the company's place: default location for all figures; the plants in Long An and Đồng Nai are",
    "only where the company's plants stand, so the company totals (2 nhà máy, 85.000 tấn/năm) stay with the company (borderline).",
    "Headline 'lãi quý III tăng 21%' is a percent figure (growth as the claim) with period quý III (dateline year).",
    "'lần lượt thực hiện được 73% và 81% kế hoạch năm' distributes the shares: percent 73 to 1.352 tỷ, 81 to 97,4 tỷ (share after a 'đạt'-like verb).",
    "'giá nguyên liệu ... giảm khoảng 8% so với cùng kỳ': a rate as the claim (percent, value as written, no change); no period is stated in its sentence.",
    "'Trong cơ cấu doanh thu, dầu gội chiếm 46%, sữa tắm 29%': percent figures of their own (no base amount in the sentence); period inherited.",
    "'chiếm khoảng 17% doanh thu' is the percent attribute of 14,2 triệu USD. 'dự kiến' → forecast (5 sản phẩm); 'phấn đấu' → target (1.850, 120 tỷ).",
    "'cổ phiếu TPC tăng 2,4%, lên 36.500 đồng/cổ phiếu': the price 36.500 is the figure and 2,4% its change (the number after 'tăng'); period 'ngày 28/10'.",
]

if __name__ == "__main__":
    write("p1557-7", TEXT, NOTES, FIGS, published="2024-10-28", location="TP Hồ Chí Minh")
