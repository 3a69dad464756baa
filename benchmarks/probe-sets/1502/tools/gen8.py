"""p1502-8: radio/TV site (Đài PT-TH Bắc Ninh): an FDI outdoor plastic furniture factory in Quế Võ, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BẮC NINH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẮC NINH
Thời sự | Kinh tế | Xã hội | Video | Nghe đài

Nhà máy nội thất nhựa 45 triệu USD ở Quế Võ tăng tốc sản xuất

Cập nhật lúc 16:20, 08/07/2024

(BTV) - 6 tháng đầu năm 2024, Công ty TNHH Nội thất nhựa Sunwood Việt Nam tại Khu công nghiệp Quế Võ II sản xuất khoảng 3,2 triệu sản phẩm bàn ghế nhựa ngoài trời, tăng 27% so với cùng kỳ, đạt 52% kế hoạch năm; doanh thu ước đạt 38 triệu USD.

Nhà máy có tổng vốn đầu tư 45 triệu USD, đi vào hoạt động từ tháng 9/2022, với 86 dây chuyền ép phun và công suất thiết kế 8 triệu sản phẩm/năm. Hiện công ty sử dụng 1.850 lao động, trong đó hơn 70% là lao động địa phương; thu nhập bình quân 9,2 triệu đồng/người/tháng, tăng khoảng 8% so với năm 2023.

Ông Park Jun-ho, Tổng Giám đốc công ty cho biết, 90% sản phẩm được xuất khẩu sang Hàn Quốc, Mỹ và Canada. Từ nay đến cuối năm, công ty dự kiến tuyển thêm 600 lao động và lắp thêm 12 dây chuyền, nâng sản lượng cả năm 2024 lên khoảng 6,5 triệu sản phẩm.

Theo Sở Công Thương Bắc Ninh, toàn tỉnh hiện có 19 dự án sản xuất đồ nội thất, đồ gia dụng bằng nhựa với tổng vốn đăng ký hơn 410 triệu USD, trong đó 15 dự án FDI. Giá trị sản xuất của nhóm ngành này 6 tháng ước đạt 7.600 tỷ đồng, tăng 19,3% so với cùng kỳ và chiếm 0,9% giá trị sản xuất công nghiệp toàn tỉnh.

Thu Hà - Minh Đức/BTV

Bản quyền thuộc Đài Phát thanh và Truyền hình Bắc Ninh. Giấy phép số 245/GP-BTTTT.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
REST = per("Từ nay đến cuối năm", "2024-07-08", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("nhựa 45 triệu", "45", 45e6, "money", "USD",
        subject="vốn đầu tư nhà máy nội thất nhựa", location=QV),
    fig("khoảng 3,2 triệu", "3,2", 3.2e6, "count", "sản phẩm", approx="about", percent=52,
        change=chg("increase", 27, "%", "cùng kỳ"),
        subject="sản phẩm bàn ghế nhựa ngoài trời công ty sản xuất", period=H1, location=QV),
    fig("ước đạt 38 triệu", "38", 38e6, "money", "USD", status="estimate",
        subject="doanh thu của công ty", period=H1, location=QV),
    fig("đầu tư 45 triệu", "45", 45e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy", location=QV),
    fig("với 86 dây chuyền", "86", 86, "count", "dây chuyền",
        subject="dây chuyền ép phun của nhà máy", location=QV),
    fig("thiết kế 8 triệu", "8", 8e6, "measure", "sản phẩm/năm",
        subject="công suất thiết kế của nhà máy", location=QV),
    fig("sử dụng 1.850 lao động", "1.850", 1850, "count", "lao động",
        subject="lao động công ty sử dụng", location=QV),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ lao động địa phương", location=QV),
    fig("quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 8, "%", "năm 2023", approx="about"),
        subject="thu nhập bình quân của lao động", location=QV),
    fig("biết, 90%", "90", 90, "percent", "%",
        subject="tỷ lệ sản phẩm được xuất khẩu", location=QV),
    fig("thêm 600 lao động", "600", 600, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", period=REST, location=QV),
    fig("thêm 12 dây chuyền", "12", 12, "count", "dây chuyền", status="forecast",
        subject="dây chuyền lắp thêm", period=REST, location=QV),
    fig("khoảng 6,5 triệu", "6,5", 6.5e6, "count", "sản phẩm", approx="about", status="forecast",
        subject="sản lượng cả năm của công ty", period=Y24, location=QV),
    fig("có 19 dự án", "19", 19, "count", "dự án",
        subject="dự án sản xuất đồ nội thất, đồ gia dụng bằng nhựa"),
    fig("hơn 410 triệu", "410", 410e6, "money", "USD", approx="over",
        subject="tổng vốn đăng ký của các dự án"),
    fig("trong đó 15 dự án", "15", 15, "count", "dự án", total=19, subject="dự án FDI"),
    fig("ước đạt 7.600 tỷ", "7.600", 7600e9, "money", "đồng", status="estimate", percent=0.9,
        change=chg("increase", 19.3, "%", "cùng kỳ"),
        subject="giá trị sản xuất của nhóm ngành sản xuất đồ nội thất, đồ gia dụng bằng nhựa", period=H1s),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bắc Ninh): menu with 'Video', 'Nghe đài'; 'Cập nhật lúc 16:20, 08/07/2024', tag '(BTV) -', byline, licence footer.",
    "Distractors: 16:20, 'Khu công nghiệp Quế Võ II', 'từ tháng 9/2022' (a date), 'Giấy phép số 245/GP-BTTTT', person name 'Park Jun-ho'.",
    "Factory passage (KCN Quế Võ II) → location Quế Võ; province figures of Sở Công Thương → Bắc Ninh (default).",
    "Headline '45 triệu USD' names the factory's investment: a money figure (the body repeats it with 'tổng vốn đầu tư').",
    "'khoảng 3,2 triệu sản phẩm ..., tăng 27% so với cùng kỳ, đạt 52% kế hoạch năm' → change + percent; '; doanh thu ước đạt 38 triệu USD' has its own cue (estimate).",
    "'Hiện ...' figures carry no period. 'Từ nay đến cuối năm' runs from the dateline 2024-07-08 to 2024-12-31 (forecast, 'dự kiến');",
    "'nâng sản lượng cả năm 2024 lên khoảng 6,5 triệu' continues the 'dự kiến' clause → forecast. Hàn Quốc, Mỹ, Canada are partners.",
    "'trong đó 15 dự án FDI' → total 19; 'tăng 19,3% ... và chiếm 0,9%' → change + percent of 7.600 tỷ (year-less '6 tháng' → 2024).",
]

if __name__ == "__main__":
    write("p1502-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Bắc Ninh")
