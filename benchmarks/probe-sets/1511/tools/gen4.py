"""p1511-4: ministry site (Bộ Công Thương): national exports of razors (HS 8212) and nail clippers (HS 8214) in 2023."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu dao cạo, bấm móng tay năm 2023 đạt hơn 518 triệu USD

28/02/2024 | 08:45 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu dao cạo và lưỡi dao cạo (mã HS 8212) của Việt Nam đạt 386,7 triệu USD, tăng 7,4% so với năm 2022; xuất khẩu bấm móng tay, bộ dụng cụ làm móng (mã HS 8214) đạt 131,5 triệu USD, giảm 2,8%. Tính chung, kim ngạch xuất khẩu nhóm dụng cụ cắt tỉa cá nhân đạt 518,2 triệu USD, chiếm 0,15% tổng kim ngạch xuất khẩu hàng hóa của cả nước.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 142,3 triệu USD, tiếp đến là Nhật Bản 88,6 triệu USD, Hàn Quốc 47,1 triệu USD và Đức 30,4 triệu USD. Riêng xuất khẩu sang Nhật Bản tăng mạnh 18,5% nhờ các đơn hàng bấm móng tay cao cấp.

Cả nước hiện có khoảng 140 doanh nghiệp sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân, tập trung chủ yếu tại Bình Dương (31 doanh nghiệp), Đồng Nai (24) và TP Hồ Chí Minh (19). Khối doanh nghiệp FDI chiếm gần 70% kim ngạch xuất khẩu của ngành. Với kết quả này, Việt Nam đứng thứ 5 thế giới về xuất khẩu bấm móng tay.

Cục Xuất nhập khẩu dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng này đạt khoảng 550 triệu USD, tăng 6% so với năm 2023. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa nguyên liệu thép không gỉ cho ngành đạt ít nhất 40%, theo Quyết định số 1163/QĐ-BCT.

Bài viết liên quan:
- Hội nghị giao ban xúc tiến thương mại quý I/2024
- Xuất khẩu hàng hóa tháng 1/2024 khởi sắc

Trụ sở: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2108 | Giấy phép số 118/GP-TTĐT
"""

Y23h = year("năm 2023", 2023)
Y23 = year("năm 2023", 2023)
F24 = year("năm 2024", 2024)
T30 = until("đến năm 2030", "2030-12-31")
BIZ = "doanh nghiệp sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân"

FIGS = [
    fig("năm 2023 đạt hơn 518 triệu", "518", 518e6, "money", "USD", approx="over",
        subject="xuất khẩu dao cạo, bấm móng tay", period=Y23h),
    fig("đạt 386,7 triệu", "386,7", 386.7e6, "money", "USD", change=chg("increase", 7.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu dao cạo và lưỡi dao cạo của Việt Nam", period=Y23),
    fig("đạt 131,5 triệu", "131,5", 131.5e6, "money", "USD", change=chg("decrease", 2.8, "%"),
        subject="xuất khẩu bấm móng tay, bộ dụng cụ làm móng", period=Y23),
    fig("đạt 518,2 triệu", "518,2", 518.2e6, "money", "USD", percent=0.15,
        subject="kim ngạch xuất khẩu nhóm dụng cụ cắt tỉa cá nhân", period=inh(Y23)),
    fig("với 142,3 triệu", "142,3", 142.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản 88,6 triệu", "88,6", 88.6e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 47,1 triệu", "47,1", 47.1e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Hàn Quốc", period=inh(Y23)),
    fig("Đức 30,4 triệu", "30,4", 30.4e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Đức", period=inh(Y23)),
    fig("tăng mạnh 18,5%", "18,5", 18.5, "percent", "%",
        subject="xuất khẩu sang Nhật Bản", period=inh(Y23)),
    fig("khoảng 140 doanh nghiệp", "140", 140, "count", "doanh nghiệp", approx="about", subject=BIZ),
    fig("Bình Dương (31 doanh nghiệp)", "31", 31, "count", "doanh nghiệp", subject=BIZ, location="Bình Dương"),
    fig("Đồng Nai (24)", "24", 24, "count", "doanh nghiệp", subject=BIZ, location="Đồng Nai"),
    fig("Minh (19)", "19", 19, "count", "doanh nghiệp", subject=BIZ, location="TP Hồ Chí Minh"),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ trọng của khối doanh nghiệp FDI trong kim ngạch xuất khẩu của ngành"),
    fig("đứng thứ 5 thế giới", "5", 5, "rank", "hạng", subject="xuất khẩu bấm móng tay"),
    fig("khoảng 550 triệu", "550", 550e6, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 6, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu nhóm hàng này", period=F24),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu thép không gỉ cho ngành", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '28/02/2024 | 08:45 | Cục Xuất nhập khẩu' (published), related links, footer.",
    "National figures: location Việt Nam; the provinces in 'tập trung chủ yếu tại Bình Dương (31 doanh nghiệp), ...' are the locations",
    "of those items (no total: the parts do not add up to 140 and there is no part cue). Trade partners are not places.",
    "'giảm 2,8%' is the change of 131,5 triệu USD (baseline left implicit). 'chiếm 0,15%' is the percent of 518,2 triệu USD.",
    "'Riêng xuất khẩu sang Nhật Bản tăng mạnh 18,5%' is a growth rate as the claim: percent figure, no change.",
    "The market list and the 18,5% have no period in their sentences: 'năm 2023' inherited. 'Với kết quả này ... đứng thứ 5' gets no period.",
    "'dự báo năm 2024 ... khoảng 550 triệu USD' → forecast, about, change 6%. 'Mục tiêu đến năm 2030 ... ít nhất 40%' → target, at_least.",
    "Distractors: 'mã HS 8212', 'mã HS 8214', 'Quyết định số 1163/QĐ-BCT', 'quý I/2024' and 'tháng 1/2024' in links, '54 Hai Bà Trưng',",
    "phone, 'Giấy phép số 118/GP-TTĐT', time '08:45'.",
]

if __name__ == "__main__":
    write("p1511-4", TEXT, NOTES, FIGS, published="2024-02-28", location="Việt Nam")
