"""p1558-4: ministry site (Bộ Công Thương): national market for diapers and sanitary pads."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Thị trường tã giấy, băng vệ sinh: doanh nghiệp nội chiếm khoảng 35% thị phần

25/06/2024 | 09:20 | Vụ Thị trường trong nước

Theo Vụ Thị trường trong nước, năm 2023 quy mô thị trường tã giấy và băng vệ sinh của Việt Nam ước khoảng 1,6 tỷ USD, tăng 6,5% so với năm 2022. Trong đó, tã trẻ em chiếm 62%, tã người lớn 14% và băng vệ sinh 24%.

Cả nước hiện có khoảng 30 doanh nghiệp sản xuất tã giấy, băng vệ sinh, trong đó 11 doanh nghiệp có vốn đầu tư nước ngoài. Các doanh nghiệp trong nước chiếm khoảng 35% thị phần, tăng gần 5 điểm phần trăm so với năm 2019. Tỷ lệ hộ gia đình có trẻ nhỏ sử dụng tã giấy ở thành thị đạt trên 90%, ở nông thôn khoảng 65%.

Năm 2023, kim ngạch xuất khẩu tã giấy, băng vệ sinh đạt 412 triệu USD, tăng 13,7% so với năm 2022; nhập khẩu 268 triệu USD, giảm 4,2%. Các thị trường xuất khẩu chính là Nhật Bản (96,5 triệu USD), Campuchia (71,2 triệu USD) và Philippines (48,3 triệu USD). Giá bột giấy lông vũ nhập khẩu 5 tháng đầu năm 2024 bình quân 1.150 USD/tấn, tăng 8% so với cùng kỳ.

Vụ Thị trường trong nước dự báo giai đoạn 2024-2028, thị trường tã người lớn tăng trưởng bình quân 8-10%/năm. Theo Quyết định số 1210/QĐ-BCT, đến năm 2030 tỷ lệ nội địa hóa nguyên liệu cho sản xuất tã giấy đạt ít nhất 40%.

Bài viết liên quan:
- Hội nghị triển khai nhiệm vụ năm 2024 của ngành Công Thương
- Chương trình Tháng khuyến mại tập trung quốc gia 2024

BỘ CÔNG THƯƠNG - Địa chỉ: 25 Ngô Quyền, Hoàn Kiếm, Hà Nội
Giấy phép số 115/GP-TTĐT
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
P2428 = per("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("chiếm khoảng 35% thị phần\n", "35", 35, "percent", "%", approx="about",
        subject="thị phần của doanh nghiệp nội"),
    fig("khoảng 1,6 tỷ", "1,6", 1.6e9, "money", "USD", approx="about", status="estimate",
        change=chg("increase", 6.5, "%", "năm 2022"),
        subject="quy mô thị trường tã giấy và băng vệ sinh", period=Y23),
    fig("chiếm 62%", "62", 62, "percent", "%", status="estimate", subject="tỷ trọng tã trẻ em", period=inh(Y23)),
    fig("lớn 14%", "14", 14, "percent", "%", status="estimate", subject="tỷ trọng tã người lớn", period=inh(Y23)),
    fig("sinh 24%", "24", 24, "percent", "%", status="estimate", subject="tỷ trọng băng vệ sinh", period=inh(Y23)),
    fig("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất tã giấy, băng vệ sinh"),
    fig("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=30,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 35% thị phần,", "35", 35, "percent", "%", approx="about",
        change=chg("increase", 5, "điểm phần trăm", "năm 2019", approx="nearly"),
        subject="thị phần của các doanh nghiệp trong nước"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over",
        subject="tỷ lệ hộ gia đình có trẻ nhỏ sử dụng tã giấy ở thành thị"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ lệ hộ gia đình có trẻ nhỏ sử dụng tã giấy ở nông thôn"),
    fig("đạt 412 triệu", "412", 412e6, "money", "USD", change=chg("increase", 13.7, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu tã giấy, băng vệ sinh", period=Y23b),
    fig("khẩu 268 triệu", "268", 268e6, "money", "USD", change=chg("decrease", 4.2, "%"),
        subject="kim ngạch nhập khẩu tã giấy, băng vệ sinh", period=Y23b),
    fig("Nhật Bản (96,5", "96,5", 96.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu tã giấy, băng vệ sinh sang Nhật Bản", period=inh(Y23b)),
    fig("Campuchia (71,2", "71,2", 71.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu tã giấy, băng vệ sinh sang Campuchia", period=inh(Y23b)),
    fig("Philippines (48,3", "48,3", 48.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu tã giấy, băng vệ sinh sang Philippines", period=inh(Y23b)),
    fig("bình quân 1.150 USD/tấn", "1.150", 1150, "money", "USD/tấn", change=chg("increase", 8, "%", "cùng kỳ"),
        subject="giá bột giấy lông vũ nhập khẩu bình quân", period=M5),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="tăng trưởng bình quân của thị trường tã người lớn", period=P2428),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu cho sản xuất tã giấy", period=T2030),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '25/06/2024 | 09:20 | Vụ Thị trường trong nước', related links, address footer, licence number.",
    "Distractors: 09:20, 'Quyết định số 1210/QĐ-BCT', '25 Ngô Quyền', 'Giấy phép số 115/GP-TTĐT', 'năm 2024'/'2024' in link titles, baselines năm 2019/2022.",
    "Headline share and body share are two mentions, two figures. The body one carries a change in 'điểm phần trăm' (nearly) against năm 2019.",
    "'Trong đó, tã trẻ em chiếm 62%, tã người lớn 14% và băng vệ sinh 24%': three percent figures (shares of the estimated market), estimate carried.",
    "Export markets list: each item a figure; the partner is part of the subject, location stays Việt Nam; period inherited from the previous sentence.",
    "'nhập khẩu 268 triệu USD, giảm 4,2%' continues the kim ngạch sentence: subject kim ngạch nhập khẩu; change without baseline.",
    "'8-10%/năm' growth rate as the claim: percent range, forecast ('dự báo'); 'đến năm 2030 ... đạt ít nhất 40%' target, start null.",
]

if __name__ == "__main__":
    write("p1558-4", TEXT, NOTES, FIGS, published="2024-06-25", location="Việt Nam")
