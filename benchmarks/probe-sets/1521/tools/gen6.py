"""p1521-6: national newspaper: Chinese wallpaper dominates imports; customs figures for 5 months 2024, a Hà Nội dealer chain."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 17/6/2024, 06:00 (GMT+7)

Giấy dán tường Trung Quốc chiếm lĩnh thị trường

Hàng Trung Quốc chiếm khoảng 70% lượng giấy dán tường nhập khẩu, giá rẻ hơn hàng Hàn Quốc 30-50%, khiến nhiều đại lý chuyển sang phân phối hàng giá rẻ.

Theo số liệu của Tổng cục Hải quan, 5 tháng đầu năm, Việt Nam nhập khẩu 18.420 tấn giấy dán tường và vật liệu phủ tường, trị giá 47,6 triệu USD, tăng 9,3% về lượng và 6,1% về trị giá so với cùng kỳ năm trước. Trong đó, hàng từ Trung Quốc đạt 33,2 triệu USD; Hàn Quốc 8,9 triệu USD; Nhật Bản 2,7 triệu USD.

Ông Trần Quốc Bảo, Giám đốc chuỗi Wallhome có 12 showroom tại Hà Nội, cho biết năm ngoái chuỗi bán khoảng 38.000 cuộn, trong đó hàng Trung Quốc chiếm gần 65%. "Giá nhập giấy Trung Quốc chỉ 45.000-70.000 đồng một cuộn, bán lẻ khoảng 150.000 đồng, biên lợi nhuận cao hơn hẳn hàng Hàn", ông nói.

Theo Hiệp hội Vật liệu xây dựng Việt Nam, quy mô thị trường giấy dán tường năm 2023 ước khoảng 3.500 tỷ đồng. Cả nước hiện có hơn 2.000 đại lý, cửa hàng chuyên doanh mặt hàng này. Thuế nhập khẩu ưu đãi với giấy dán tường là 20%, nhưng hàng từ Trung Quốc được hưởng thuế suất 0% theo Hiệp định ACFTA.

Chuyên gia khuyến cáo, nhiều loại giấy dán tường giá rẻ không có chứng nhận về tính nguy hiểm cháy; khi bắt lửa, lớp phủ nhựa PVC có thể sinh khói độc chỉ sau 2-3 phút.

Minh Sơn
"""

M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
LY = per("năm ngoái", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
HN = "Hà Nội"
IMP = "trị giá giấy dán tường và vật liệu phủ tường nhập khẩu"

FIGS = [
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="hàng Trung Quốc trong lượng giấy dán tường nhập khẩu"),
    fig("Hàn Quốc 30-50%", "30", 30, "percent", "%", value_max=50,
        subject="mức giá hàng Trung Quốc rẻ hơn hàng Hàn Quốc"),
    fig("18.420 tấn", "18.420", 18420, "measure", "tấn",
        change=chg("increase", 9.3, "%", "cùng kỳ năm trước"),
        subject="giấy dán tường và vật liệu phủ tường Việt Nam nhập khẩu", period=M5),
    fig("trị giá 47,6 triệu", "47,6", 47.6e6, "money", "USD",
        change=chg("increase", 6.1, "%", "cùng kỳ năm trước"), subject=IMP, period=M5),
    fig("đạt 33,2 triệu", "33,2", 33.2e6, "money", "USD", total=47.6e6,
        subject=f"{IMP} từ Trung Quốc", period=inh(M5)),
    fig("Hàn Quốc 8,9 triệu", "8,9", 8.9e6, "money", "USD", total=47.6e6,
        subject=f"{IMP} từ Hàn Quốc", period=inh(M5)),
    fig("Nhật Bản 2,7 triệu", "2,7", 2.7e6, "money", "USD", total=47.6e6,
        subject=f"{IMP} từ Nhật Bản", period=inh(M5)),
    fig("có 12 showroom", "12", 12, "count", "showroom", subject="showroom của chuỗi Wallhome",
        location=HN),
    fig("khoảng 38.000 cuộn", "38.000", 38000, "count", "cuộn", approx="about",
        subject="giấy dán tường chuỗi Wallhome bán", period=LY, location=HN),
    fig("gần 65%", "65", 65, "percent", "%", approx="nearly",
        subject="hàng Trung Quốc trong số cuộn chuỗi bán", period=LY, location=HN),
    fig("chỉ 45.000-70.000", "45.000", 45000, "money", "đồng/cuộn", value_max=70000,
        subject="giá nhập giấy Trung Quốc", location=HN),
    fig("khoảng 150.000", "150.000", 150000, "money", "đồng/cuộn", approx="about",
        subject="giá bán lẻ giấy Trung Quốc", location=HN),
    fig("ước khoảng 3.500 tỷ", "3.500", 3500e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường giấy dán tường", period=Y23),
    fig("hơn 2.000 đại lý", "2.000", 2000, "count", "đại lý, cửa hàng", approx="over",
        subject="đại lý, cửa hàng chuyên doanh giấy dán tường"),
    fig("là 20%", "20", 20, "percent", "%", subject="thuế nhập khẩu ưu đãi với giấy dán tường"),
    fig("thuế suất 0%", "0", 0, "percent", "%",
        subject="thuế suất hàng giấy dán tường từ Trung Quốc theo Hiệp định ACFTA"),
    fig("sau 2-3 phút", "2", 2, "measure", "phút", value_max=3,
        subject="thời gian lớp phủ nhựa PVC sinh khói độc khi bắt lửa"),
]

NOTES = [
    "National newspaper (Kinh doanh › Hàng hóa, 'Thứ hai, 17/6/2024, 06:00 (GMT+7)', sapo, quote, byline): wallpaper imports.",
    "Distractors: the dateline and '(GMT+7)', 'Hiệp định ACFTA', 'năm trước'/'năm 2023' baselines; 'một cuộn' is a rate denominator (đồng/cuộn), not a figure.",
    "Year-less '5 tháng đầu năm' takes 2024 from the dateline. 'tăng 9,3% về lượng và 6,1% về trị giá': 9,3% is the tonnage's change, 6,1% the value's.",
    "'Trong đó' parts after a sentence break take the whole 47,6 triệu USD (same unit); they need not add up. Trade partners stay in the subject, location Việt Nam.",
    "The Hà Nội chain's passage: location Hà Nội; 'năm ngoái' = 2023 (published 2024); 'trong đó hàng Trung Quốc chiếm gần 65%' is a percent figure of its own.",
    "'ước khoảng' → estimate + about. Tax rates 20% and 0% are percent figures (0 is a value). '2-3 phút' is a measured claim about the material.",
]

if __name__ == "__main__":
    write("p1521-6", TEXT, NOTES, FIGS, published="2024-06-17", location="Việt Nam")
