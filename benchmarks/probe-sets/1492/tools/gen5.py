"""p1492-5: national newspaper: national exports of bags, wallets, suitcases, hats and umbrellas, 8 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Xuất nhập khẩu
Thứ ba, 17/9/2024, 09:20 (GMT+7)

Xuất khẩu túi xách, vali 8 tháng vượt 2,7 tỷ USD

Nhu cầu mua sắm phục hồi tại Mỹ và châu Âu giúp kim ngạch xuất khẩu túi xách, ví, vali, mũ, ô dù của Việt Nam tăng trưởng hai con số.

Số liệu của Tổng cục Hải quan cho thấy, 8 tháng đầu năm, kim ngạch xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù đạt 2,74 tỷ USD, tăng 12,3% so với cùng kỳ năm ngoái. Riêng tháng 8, xuất khẩu đạt 392 triệu USD, tăng 4,1% so với tháng 7.

Mỹ tiếp tục là thị trường lớn nhất với 1,08 tỷ USD, chiếm 39,4% tổng kim ngạch; tiếp đến là Nhật Bản 286 triệu USD, Hà Lan 174 triệu USD và Bỉ 151 triệu USD. Xuất khẩu sang Trung Quốc giảm 8,5%.

Theo Hội Da giày - Túi xách Việt Nam (Lefaso), cả nước có khoảng 600 doanh nghiệp sản xuất túi xách, ba lô, vali, trong đó khối FDI chiếm gần 70% kim ngạch xuất khẩu. Tỷ lệ nội địa hóa của ngành mới đạt 40-45%.

"Đơn hàng cho mùa Giáng sinh đã về tới tháng 11, nhiều doanh nghiệp kín lịch sản xuất", ông Trần Quốc Bảo, Phó chủ tịch Lefaso, nói. Hiệp hội dự báo cả năm 2024, xuất khẩu nhóm hàng này có thể đạt 4,1-4,2 tỷ USD; mục tiêu đến năm 2030 đạt 8 tỷ USD.

Hiện Việt Nam đứng thứ hai thế giới về xuất khẩu túi xách, vali, chỉ sau Trung Quốc.

Minh Khôi
"""

M8H = per("8 tháng", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
AUG = per("tháng 8", "2024-08-01", "2024-08-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ = "kim ngạch xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù"

FIGS = [
    fig("vượt 2,7 tỷ", "2,7", 2.7e9, "money", "USD", approx="over",
        subject="xuất khẩu túi xách, vali", period=M8H),
    fig("tăng trưởng hai con số", "hai", 2, "count", "con số", optional=True),
    fig("đạt 2,74 tỷ", "2,74", 2.74e9, "money", "USD", change=chg("increase", 12.3, "%", "cùng kỳ năm ngoái"),
        subject=SUBJ, period=M8),
    fig("đạt 392 triệu", "392", 392e6, "money", "USD", change=chg("increase", 4.1, "%", "tháng 7"),
        subject="xuất khẩu", period=AUG),
    fig("với 1,08 tỷ", "1,08", 1.08e9, "money", "USD", percent=39.4,
        subject="kim ngạch xuất khẩu sang thị trường Mỹ", period=inh(M8)),
    fig("Nhật Bản 286 triệu", "286", 286e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=inh(M8)),
    fig("Hà Lan 174 triệu", "174", 174e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Hà Lan", period=inh(M8)),
    fig("Bỉ 151 triệu", "151", 151e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Bỉ", period=inh(M8)),
    fig("giảm 8,5%", "8,5", 8.5, "percent", "%", subject="xuất khẩu sang Trung Quốc", period=inh(M8)),
    fig("khoảng 600 doanh nghiệp", "600", 600, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất túi xách, ba lô, vali"),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="kim ngạch xuất khẩu của khối FDI"),
    fig("đạt 40-45%", "40", 40, "percent", "%", value_max=45, subject="tỷ lệ nội địa hóa của ngành"),
    fig("đạt 4,1-4,2 tỷ", "4,1", 4.1e9, "money", "USD", value_max=4.2e9, status="forecast",
        subject="xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù", period=Y24),
    fig("đạt 8 tỷ", "8", 8e9, "money", "USD", status="target",
        subject="xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù", period=T30),
    fig("thứ hai thế giới", "hai", 2, "rank", "hạng", subject="xuất khẩu túi xách, vali"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 17/9/2024, 09:20 (GMT+7)', sapo, quote, byline at the end. All figures national: Việt Nam.",
    "Distractors: 09:20, '(GMT+7)', 'tháng 7' (baseline), 'tháng 11' (a date in the quote), 'năm ngoái'.",
    "Headline 'vượt 2,7 tỷ USD' means 'over 2.7 billion': approx over (not a target gap: no plan is named).",
    "'tăng trưởng hai con số' (double-digit growth) names a size class, not a count: optional.",
    "Year-less '8 tháng đầu năm' and 'tháng 8' take 2024 (the dateline). 'Riêng tháng 8' is a month, not a part of the 8 months total.",
    "Markets: the partner stays in the subject, location Việt Nam (spec). 'Mỹ ... 1,08 tỷ USD, chiếm 39,4%' → percent attribute.",
    "'Xuất khẩu sang Trung Quốc giảm 8,5%' is a growth rate as the claim: percent figure, no change; period inherited.",
    "'trong đó khối FDI chiếm gần 70% kim ngạch' follows a count of firms, not an amount of exports: a percent figure of its own.",
    "'dự báo cả năm 2024 ... 4,1-4,2 tỷ USD' → forecast range; the 'mục tiêu đến năm 2030' clause after ';' → target.",
    "'đứng thứ hai thế giới' → rank 2, located in Việt Nam, no period ('Hiện').",
]

if __name__ == "__main__":
    write("p1492-5", TEXT, NOTES, FIGS, published="2024-09-17", location="Việt Nam")
