"""p1502-6: ministry site (Bộ Công Thương): plastic furniture exports, first half of 2023 (Việt Nam)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu đồ nội thất nhựa 6 tháng đầu năm 2023 giảm 17,5%

18/07/2023 | 15:10 | Cục Xuất nhập khẩu

Theo số liệu của Cục Xuất nhập khẩu, 6 tháng đầu năm 2023, kim ngạch xuất khẩu sản phẩm nhựa của cả nước đạt 2,53 tỷ USD, giảm 9,8% so với cùng kỳ năm 2022. Trong đó, đồ nội thất nhựa (bàn, ghế, tủ, kệ) đạt 218 triệu USD, giảm 17,5%, chiếm 8,6% tổng kim ngạch xuất khẩu sản phẩm nhựa.

Hoa Kỳ tiếp tục là thị trường nhập khẩu đồ nội thất nhựa lớn nhất của Việt Nam với 96,4 triệu USD, chiếm 44,2%; tiếp đến là Nhật Bản 31,7 triệu USD, Australia 18,9 triệu USD. Riêng tháng 6, kim ngạch đạt 41,2 triệu USD, tăng 6,3% so với tháng 5, là tháng thứ ba tăng liên tiếp.

Các địa phương có kim ngạch xuất khẩu đồ nội thất nhựa lớn nhất lần lượt là Bình Dương (71,5 triệu USD), TP Hồ Chí Minh (42,8 triệu USD), Đồng Nai (29,3 triệu USD) và Long An (17,6 triệu USD). Bốn địa phương này chiếm khoảng 74% kim ngạch của cả nước.

Cục Xuất nhập khẩu dự báo 6 tháng cuối năm, xuất khẩu đồ nội thất nhựa sẽ phục hồi nhẹ, cả năm 2023 đạt khoảng 470-490 triệu USD. Hiện cả nước có khoảng 250 doanh nghiệp xuất khẩu bàn ghế nhựa, trong đó 40% là doanh nghiệp FDI.

Bản quyền thuộc Bộ Công Thương. Giấy phép số 19/GP-TTĐT do Bộ Thông tin và Truyền thông cấp.
"""

H1 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
M6 = per("tháng 6", "2023-06-01", "2023-06-30")
Y23 = per("cả năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "kim ngạch xuất khẩu đồ nội thất nhựa"

FIGS = [
    fig("năm 2023 giảm 17,5%", "17,5", 17.5, "percent", "%",
        subject="xuất khẩu đồ nội thất nhựa", period=H1),
    fig("đạt 2,53 tỷ", "2,53", 2.53e9, "money", "USD",
        change=chg("decrease", 9.8, "%", "cùng kỳ năm 2022"),
        subject="kim ngạch xuất khẩu sản phẩm nhựa của cả nước", period=H1),
    fig("đạt 218 triệu", "218", 218e6, "money", "USD", total=2.53e9, percent=8.6,
        change=chg("decrease", 17.5, "%"),
        subject="kim ngạch xuất khẩu đồ nội thất nhựa (bàn, ghế, tủ, kệ)", period=inh(H1)),
    fig("với 96,4 triệu", "96,4", 96.4e6, "money", "USD", percent=44.2,
        subject="kim ngạch xuất khẩu đồ nội thất nhựa sang thị trường Hoa Kỳ", period=inh(H1)),
    fig("Nhật Bản 31,7 triệu", "31,7", 31.7e6, "money", "USD",
        subject="kim ngạch xuất khẩu đồ nội thất nhựa sang thị trường Nhật Bản", period=inh(H1)),
    fig("Australia 18,9 triệu", "18,9", 18.9e6, "money", "USD",
        subject="kim ngạch xuất khẩu đồ nội thất nhựa sang thị trường Australia", period=inh(H1)),
    fig("đạt 41,2 triệu", "41,2", 41.2e6, "money", "USD",
        change=chg("increase", 6.3, "%", "tháng 5"),
        subject="kim ngạch xuất khẩu đồ nội thất nhựa tháng 6", period=M6),
    fig("tháng thứ ba", "ba", 3, "count", "tháng", subject="tháng tăng liên tiếp", period=M6, optional=True),
    fig("Dương (71,5 triệu", "71,5", 71.5e6, "money", "USD", subject=SUBJ, period=inh(H1), location="Bình Dương"),
    fig("Minh (42,8 triệu", "42,8", 42.8e6, "money", "USD", subject=SUBJ, period=inh(H1),
        location="TP Hồ Chí Minh"),
    fig("Nai (29,3 triệu", "29,3", 29.3e6, "money", "USD", subject=SUBJ, period=inh(H1), location="Đồng Nai"),
    fig("An (17,6 triệu", "17,6", 17.6e6, "money", "USD", subject=SUBJ, period=inh(H1), location="Long An"),
    fig("Bốn địa phương", "Bốn", 4, "count", "địa phương", subject="địa phương có kim ngạch lớn nhất",
        optional=True),
    fig("khoảng 74%", "74", 74, "percent", "%", approx="about",
        subject="tỷ trọng của bốn địa phương trong kim ngạch xuất khẩu đồ nội thất nhựa của cả nước",
        period=inh(H1)),
    fig("khoảng 470-490", "470", 470e6, "money", "USD", value_max=490e6, approx="about", status="forecast",
        subject="xuất khẩu đồ nội thất nhựa", period=Y23),
    fig("khoảng 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu bàn ghế nhựa"),
    fig("trong đó 40%", "40", 40, "percent", "%", subject="tỷ lệ doanh nghiệp FDI"),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national (Việt Nam): breadcrumb, '18/07/2023 | 15:10 | Cục Xuất nhập khẩu', licence footer.",
    "Distractors: 15:10, 'Giấy phép số 19/GP-TTĐT', 'năm 2022' as a baseline, '6 tháng cuối năm' (a period with no figure of its own).",
    "Headline 'giảm 17,5%' is a growth rate as the claim (percent, value as written); in the body the same 17,5% is the change of 218 triệu USD.",
    "'Trong đó, đồ nội thất nhựa ... đạt 218 triệu USD, giảm 17,5%, chiếm 8,6%' after a sentence break → total 2,53 tỷ, change, percent.",
    "Market list (Hoa Kỳ, Nhật Bản, Australia): trade partners, so location stays Việt Nam; each named in the subject.",
    "'tháng thứ ba tăng liên tiếp' is an ordinal streak (optional, as 'năm thứ 2 liên tiếp' in the shared gold).",
    "Province list 'lần lượt là Bình Dương (...)': subject = the list indicator, place → location. 'Bốn địa phương' names the group (optional).",
    "'dự báo ... cả năm 2023 đạt khoảng 470-490 triệu USD' → forecast, about, range.",
]

if __name__ == "__main__":
    write("p1502-6", TEXT, NOTES, FIGS, published="2023-07-18", location="Việt Nam")
