"""p1480-4: ministry site (Bộ Công Thương): national glue and tape industry 2023, imports, exports, 2030 targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động ngành Công Thương

Ngành keo dán, băng dính: khoảng 70% nguyên liệu còn phụ thuộc nhập khẩu

Ngày đăng: 20/03/2024 - 09:30 | Nguồn: Vụ Công nghiệp

Theo Vụ Công nghiệp, năm 2023 cả nước có khoảng 350 doanh nghiệp sản xuất keo dán và băng dính, trong đó hơn 120 doanh nghiệp có vốn đầu tư nước ngoài. Tổng sản lượng keo dán công nghiệp năm 2023 ước đạt 1,26 triệu tấn, tăng 5,8% so với năm 2022; sản lượng băng dính ước khoảng 4,3 tỷ m2.

Quy mô thị trường keo dán Việt Nam năm 2023 đạt khoảng 1,9 tỷ USD. Thị trường này được dự báo tăng trưởng bình quân 6-7%/năm trong giai đoạn 2024-2030.

Tuy vậy, khoảng 70% nguyên liệu đầu vào như nhựa, dung môi, monome acrylic vẫn phải nhập khẩu. Năm 2023, kim ngạch nhập khẩu keo và chất kết dính đạt 986 triệu USD, giảm 3,4% so với năm 2022; trong đó nhập từ Trung Quốc 402 triệu USD, Hàn Quốc 187 triệu USD, Nhật Bản 121 triệu USD.

Ở chiều ngược lại, xuất khẩu băng dính năm 2023 đạt 642 triệu USD, tăng 9,1%, đưa Việt Nam lên vị trí thứ 5 châu Á về xuất khẩu mặt hàng này. Các địa phương dẫn đầu về sản lượng băng dính lần lượt là Bình Dương (1,12 tỷ m2), Bắc Ninh (0,59 tỷ m2) và Đồng Nai (0,51 tỷ m2).

Theo Chiến lược phát triển ngành công nghiệp hóa chất ban hành kèm Quyết định số 726/QĐ-TTg, mục tiêu đến năm 2030 tỷ lệ nội địa hóa nguyên liệu ngành keo dán đạt ít nhất 45%, hình thành 2-3 cụm liên kết sản xuất hóa chất kết dính.

Cổng Thông tin điện tử Bộ Công Thương
Địa chỉ: Số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23N = per("Năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
IMP = "kim ngạch nhập khẩu keo và chất kết dính"
LIST = "sản lượng băng dính"

FIGS = [
    fig("dính: khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="nguyên liệu ngành keo dán, băng dính còn phụ thuộc nhập khẩu"),
    fig("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất keo dán và băng dính", period=Y23),
    fig("hơn 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over", total=350,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=Y23),
    fig("ước đạt 1,26 triệu tấn", "1,26", 1.26e6, "measure", "tấn", status="estimate",
        change=chg("increase", 5.8, "%", "năm 2022"), subject="tổng sản lượng keo dán công nghiệp", period=Y23),
    fig("ước khoảng 4,3 tỷ m2", "4,3", 4.3e9, "measure", "m2", approx="about", status="estimate",
        subject="sản lượng băng dính", period=Y23),
    fig("khoảng 1,9 tỷ USD", "1,9", 1.9e9, "money", "USD", approx="about",
        subject="quy mô thị trường keo dán", period=Y23),
    fig("bình quân 6-7%/năm", "6", 6, "percent", "%", value_max=7, status="forecast",
        subject="tăng trưởng bình quân thị trường keo dán", period=GD),
    fig("vậy, khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ nguyên liệu đầu vào phải nhập khẩu"),
    fig("đạt 986 triệu USD", "986", 986e6, "money", "USD", change=chg("decrease", 3.4, "%", "năm 2022"),
        subject=IMP, period=Y23N),
    fig("Trung Quốc 402 triệu USD", "402", 402e6, "money", "USD", total=986e6,
        subject=f"{IMP} từ Trung Quốc", period=Y23N),
    fig("Hàn Quốc 187 triệu USD", "187", 187e6, "money", "USD", total=986e6,
        subject=f"{IMP} từ Hàn Quốc", period=Y23N),
    fig("Nhật Bản 121 triệu USD", "121", 121e6, "money", "USD", total=986e6,
        subject=f"{IMP} từ Nhật Bản", period=Y23N),
    fig("đạt 642 triệu USD", "642", 642e6, "money", "USD", change=chg("increase", 9.1, "%"),
        subject="xuất khẩu băng dính", period=Y23),
    fig("vị trí thứ 5", "5", 5, "rank", "hạng", subject="xuất khẩu băng dính ở châu Á", period=Y23),
    fig("Bình Dương (1,12 tỷ m2)", "1,12", 1.12e9, "measure", "m2", subject=LIST, period=inh(Y23),
        location="Bình Dương"),
    fig("Bắc Ninh (0,59 tỷ m2)", "0,59", 0.59e9, "measure", "m2", subject=LIST, period=inh(Y23),
        location="Bắc Ninh"),
    fig("Đồng Nai (0,51 tỷ m2)", "0,51", 0.51e9, "measure", "m2", subject=LIST, period=inh(Y23),
        location="Đồng Nai"),
    fig("ít nhất 45%", "45", 45, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu ngành keo dán", period=T30),
    fig("hình thành 2-3 cụm", "2", 2, "count", "cụm liên kết", value_max=3, status="target",
        subject="cụm liên kết sản xuất hóa chất kết dính", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 20/03/2024 - 09:30 | Nguồn: Vụ Công nghiệp' (published), address footer.",
    "National figures: location Việt Nam. The three provinces in the 'lần lượt là' list are the locations of their items",
    "(subject = the list's indicator); the import partners (Trung Quốc, Hàn Quốc, Nhật Bản) are not places: they stay in the subject.",
    "The import partners follow '; trong đó' after 986 triệu USD: total 986 triệu. 'hơn 120' is a part of 'khoảng 350'.",
    "Headline 'khoảng 70%' and body 'khoảng 70%' are two mentions, each a figure. 'ước khoảng 4,3 tỷ m2' -> about + estimate.",
    "The forecast growth '6-7%/năm ... giai đoạn 2024-2030' is its own sentence: a percent figure, forecast, no change.",
    "'mục tiêu đến năm 2030' governs '45%' and '2-3 cụm' (target; start null, end 2030-12-31).",
    "Distractors: 'Quyết định số 726/QĐ-TTg', 'Số 25 Ngô Quyền', the dateline, 'giai đoạn 2024-2030'.",
]

if __name__ == "__main__":
    write("p1480-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
