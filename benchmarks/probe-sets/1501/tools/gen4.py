"""p1501-4: ministry site (Bộ Xây dựng): national sanitary ware output, exports, imports of fittings, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Xuất khẩu sứ vệ sinh năm 2023 đạt hơn 380 triệu USD

05/03/2024 | 14:30 | Vụ Vật liệu xây dựng

Theo Vụ Vật liệu xây dựng, năm 2023 cả nước có 42 cơ sở sản xuất sứ vệ sinh, tổng công suất thiết kế khoảng 22 triệu sản phẩm/năm, đứng thứ 3 châu Á sau Trung Quốc và Ấn Độ. Do thị trường bất động sản trầm lắng, sản lượng sứ vệ sinh năm 2023 chỉ đạt 14,6 triệu sản phẩm, giảm 11,2% so với năm 2022, bằng khoảng 66% công suất.

Tiêu thụ nội địa ước khoảng 9,8 triệu sản phẩm. Kim ngạch xuất khẩu sứ vệ sinh đạt 382,5 triệu USD, tăng 3,6% so với năm 2022. Các thị trường xuất khẩu lớn nhất lần lượt là Hoa Kỳ (142 triệu USD), Nhật Bản (87,3 triệu USD) và Hàn Quốc (41,8 triệu USD).

Với thiết bị vệ sinh bằng kim loại (sen, vòi, van), cả nước hiện có trên 200 doanh nghiệp sản xuất, lắp ráp, song khoảng 60% linh kiện vẫn phải nhập khẩu. Năm 2023, Việt Nam nhập khẩu thiết bị vệ sinh các loại khoảng 610 triệu USD, trong đó từ Trung Quốc chiếm gần 70%.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2030 tổng công suất sứ vệ sinh đạt khoảng 30 triệu sản phẩm/năm, trong đó xuất khẩu chiếm 40-45% sản lượng; mức tiêu hao nhiên liệu giảm ít nhất 10% so với năm 2020.

Tin cùng chuyên mục:
- Hội thảo giải pháp tiết kiệm năng lượng trong sản xuất gạch ốp lát
- Công bố Chỉ số giá xây dựng quý IV/2023

BỘ XÂY DỰNG - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23N = per("Năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 380 triệu", "380", 380e6, "money", "USD", approx="over",
        subject="xuất khẩu sứ vệ sinh", period=Y23H),
    fig("có 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở sản xuất sứ vệ sinh", period=Y23),
    fig("khoảng 22 triệu", "22", 22e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất thiết kế sứ vệ sinh", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="tổng công suất thiết kế sứ vệ sinh của cả nước",
        period=Y23),
    fig("đạt 14,6 triệu", "14,6", 14.6e6, "count", "sản phẩm", percent=66,
        change=chg("decrease", 11.2, "%", "năm 2022"), subject="sản lượng sứ vệ sinh", period=Y23),
    fig("ước khoảng 9,8 triệu", "9,8", 9.8e6, "count", "sản phẩm", approx="about", status="estimate",
        subject="tiêu thụ nội địa", period=inh(Y23)),
    fig("đạt 382,5 triệu", "382,5", 382.5e6, "money", "USD", change=chg("increase", 3.6, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu sứ vệ sinh", period=inh(Y23)),
    fig("Hoa Kỳ (142 triệu", "142", 142e6, "money", "USD",
        subject="kim ngạch xuất khẩu sứ vệ sinh sang thị trường Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản (87,3 triệu", "87,3", 87.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu sứ vệ sinh sang thị trường Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc (41,8 triệu", "41,8", 41.8e6, "money", "USD",
        subject="kim ngạch xuất khẩu sứ vệ sinh sang thị trường Hàn Quốc", period=inh(Y23)),
    fig("trên 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp sản xuất, lắp ráp thiết bị vệ sinh bằng kim loại"),
    fig("khoảng 60% linh kiện", "60", 60, "percent", "%", approx="about",
        subject="linh kiện phải nhập khẩu"),
    fig("khoảng 610 triệu", "610", 610e6, "money", "USD", approx="about",
        subject="nhập khẩu thiết bị vệ sinh các loại", period=Y23N),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="nhập khẩu thiết bị vệ sinh từ Trung Quốc", period=Y23N),
    fig("khoảng 30 triệu", "30", 30e6, "measure", "sản phẩm/năm", approx="about", status="target",
        subject="tổng công suất sứ vệ sinh", period=TO30),
    fig("chiếm 40-45%", "40", 40, "percent", "%", value_max=45, status="target",
        subject="xuất khẩu trong sản lượng sứ vệ sinh", period=TO30),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức tiêu hao nhiên liệu giảm so với năm 2020", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '05/03/2024 | 14:30 | Vụ Vật liệu xây dựng', related links, address footer. National: location Việt Nam.",
    "Distractors: 14:30, 'thời kỳ 2021-2030', 'định hướng đến năm 2050', 'Quyết định số 1266/QĐ-TTg', 'quý IV/2023' in a link, '37 Lê Đại Hành', phone.",
    "'đứng thứ 3 châu Á' is a rank of the country's capacity (location Việt Nam). Hoa Kỳ, Nhật Bản, Hàn Quốc, Trung Quốc are trade partners, not places.",
    "'giảm 11,2% ..., bằng khoảng 66% công suất' → change and percent attribute of 14,6 triệu (approx of an attribute is not scored).",
    "'trong đó từ Trung Quốc chiếm gần 70%' and 'trong đó xuất khẩu chiếm 40-45%' are percent figures of their own (a share of a part, not of the whole figure).",
    "'mức tiêu hao nhiên liệu giảm ít nhất 10% so với năm 2020' is a rate that is itself the claim: percent figure, no change, at_least, target.",
    "'đến năm 2030 ... đạt' governs the whole sentence (target), period end 2030-12-31. 'hiện' figures (200 doanh nghiệp, 60%) get no period.",
    "Sentences after the first paragraph without a period phrase inherit 'năm 2023' (not scored).",
]

if __name__ == "__main__":
    write("p1501-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
