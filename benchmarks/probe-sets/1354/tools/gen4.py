"""p1354-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national vegetable and high-tech urban farming figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Phát triển nông nghiệp đô thị: các thành phố lớn tăng tốc
20/08/2024 | 14:05 | Cục Trồng trọt

Theo Cục Trồng trọt, năm 2023 diện tích rau cả nước đạt khoảng 1,12 triệu ha, sản lượng gần 19,2 triệu tấn, tăng 2,4% so với năm 2022. Diện tích rau ứng dụng công nghệ cao ở các đô thị và vùng ven đô ước khoảng 8.600 ha, chiếm 0,77% tổng diện tích rau.

Dẫn đầu về diện tích rau công nghệ cao là Lâm Đồng (3.250 ha), tiếp đến là Hà Nội (1.180 ha) và TP Hồ Chí Minh (960 ha). Hà Nội đồng thời đứng thứ nhất cả nước về số chuỗi cung ứng rau an toàn với 215 chuỗi.

Năng suất rau trong nhà màng đạt 60-80 tấn/ha/vụ, gấp 2-3 lần sản xuất ngoài trời. Thu nhập từ 1 ha rau công nghệ cao phổ biến 1,5-2 tỷ đồng/năm, có mô hình trên 3 tỷ đồng.

6 tháng đầu năm 2024, kim ngạch xuất khẩu rau các loại đạt 402 triệu USD, tăng 11,6% so với cùng kỳ.

Thực hiện Quyết định số 150/QĐ-TTg phê duyệt Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021-2030, tầm nhìn đến năm 2050, Bộ đặt mục tiêu đến năm 2030 diện tích rau ứng dụng công nghệ cao đạt 20.000 ha, tỷ lệ rau sản xuất theo VietGAP và tương đương đạt ít nhất 30%. Dự kiến trong năm 2025, Bộ sẽ ban hành hướng dẫn kỹ thuật trồng rau trên mái nhà, sân thượng cho 5 thành phố trực thuộc Trung ương.

Tin khác:
- Hội nghị trực tuyến thúc đẩy sản xuất rau quả an toàn lần thứ 4
- Công bố các tiến bộ kỹ thuật mới ngành trồng trọt

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")
HTC = "diện tích rau công nghệ cao"

FIGS = [
    fig("khoảng 1,12 triệu", "1,12", 1.12e6, "measure", "ha", approx="about",
        subject="diện tích rau cả nước", period=Y23),
    fig("gần 19,2 triệu", "19,2", 19.2e6, "measure", "tấn", approx="nearly",
        change=chg("increase", 2.4, "%", "năm 2022"), subject="sản lượng rau", period=Y23),
    fig("ước khoảng 8.600 ha", "8.600", 8600, "measure", "ha", approx="about", status="estimate",
        percent=0.77, subject="diện tích rau ứng dụng công nghệ cao ở các đô thị và vùng ven đô",
        period=inh(Y23)),
    fig("Lâm Đồng (3.250 ha)", "3.250", 3250, "measure", "ha", subject=HTC, location="Lâm Đồng"),
    fig("Hà Nội (1.180 ha)", "1.180", 1180, "measure", "ha", subject=HTC, location="Hà Nội"),
    fig("TP Hồ Chí Minh (960 ha)", "960", 960, "measure", "ha", subject=HTC, location="TP Hồ Chí Minh"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="số chuỗi cung ứng rau an toàn",
        location="Hà Nội"),
    fig("với 215 chuỗi", "215", 215, "count", "chuỗi", subject="chuỗi cung ứng rau an toàn",
        location="Hà Nội"),
    fig("đạt 60-80 tấn", "60", 60, "measure", "tấn/ha/vụ", value_max=80,
        change=chg("increase", 2, "lần", "sản xuất ngoài trời"), subject="năng suất rau trong nhà màng"),
    fig("phổ biến 1,5-2 tỷ", "1,5", 1.5e9, "money", "đồng/năm", value_max=2e9,
        subject="thu nhập từ 1 ha rau công nghệ cao"),
    fig("trên 3 tỷ", "3", 3e9, "money", "đồng", approx="over",
        subject="thu nhập từ 1 ha rau công nghệ cao của một số mô hình"),
    fig("đạt 402 triệu", "402", 402e6, "money", "USD", change=chg("increase", 11.6, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu rau các loại", period=H1),
    fig("đạt 20.000 ha", "20.000", 20000, "measure", "ha", status="target",
        subject="diện tích rau ứng dụng công nghệ cao", period=TO30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ rau sản xuất theo VietGAP và tương đương", period=TO30),
    fig("cho 5 thành phố", "5", 5, "count", "thành phố trực thuộc Trung ương", status="forecast",
        subject="thành phố trực thuộc Trung ương được hướng dẫn kỹ thuật trồng rau trên mái nhà", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/08/2024 | 14:05 | Cục Trồng trọt', 'Tin khác', address footer. National figures: Việt Nam.",
    "Distractors: 14:05, 'Quyết định số 150/QĐ-TTg', 'giai đoạn 2021-2030', 'tầm nhìn đến năm 2050', 'lần thứ 4', address 'Số 2 Ngọc Hà', phone,",
    "'từ 1 ha' (a denominator, not a figure).",
    "List 'Lâm Đồng (3.250 ha), ... Hà Nội (1.180 ha) và TP Hồ Chí Minh (960 ha)': subject = the list's indicator, place → location.",
    "'đứng thứ nhất cả nước' → rank 1 (number word 'nhất') of Hà Nội; '215 chuỗi' located in Hà Nội.",
    "'gấp 2-3 lần sản xuất ngoài trời' → change increase 2 lần (first value of the range). 'tăng 2,4% so với năm 2022' follows sản lượng → its change.",
    "'ước khoảng 8.600 ha' → estimate + about, 'chiếm 0,77%' → percent attribute; period 'năm 2023' inherited from the previous sentence.",
    "'đến năm 2030 ... đạt' → target, start null; 'Dự kiến trong năm 2025' → forecast.",
]

if __name__ == "__main__":
    write("p1354-4", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
