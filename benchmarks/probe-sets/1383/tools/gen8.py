"""p1383-8: news agency (TTXVN): huyện Xuyên Mộc (Bà Rịa - Vũng Tàu), cashew area and a deep-processing company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Kinh tế | Nông nghiệp

Xuyên Mộc: Chế biến sâu nâng giá trị hạt điều

25/11/2024 10:12 GMT+7

Bà Rịa - Vũng Tàu (TTXVN) - Huyện Xuyên Mộc hiện có gần 7.800 ha điều, chiếm hơn 60% diện tích điều toàn tỉnh Bà Rịa - Vũng Tàu. Năm 2024, sản lượng điều của huyện ước đạt 9.600 tấn, năng suất bình quân 1,23 tấn/ha.

Tại xã Hòa Hiệp, Công ty cổ phần Chế biến Nông sản Hòa Bình Xanh đã đầu tư dây chuyền sản xuất điều rang muối, bơ điều và sữa hạt điều với tổng vốn gần 120 tỷ đồng, công suất 3.000 tấn/năm. Công ty hiện có hơn ba chục sản phẩm từ hạt điều, trong đó 5 sản phẩm đạt chứng nhận OCOP 4 sao.

Từ đầu năm đến nay, công ty xuất khẩu 26 container sản phẩm sang Hàn Quốc, Nhật Bản và Australia, doanh thu đạt khoảng 85 tỷ đồng, tăng 1,5 lần so với cùng kỳ. Mỗi năm, công ty thu mua khoảng 2.500 tấn điều thô của hơn 400 hộ dân; nhà máy tạo việc làm cho 135 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Bà Lê Thị Thu Hà, Giám đốc công ty, cho biết giá trị mỗi kg điều chế biến sâu cao gấp 3-4 lần điều nhân thô. Năm 2025, công ty dự kiến mở rộng nhà xưởng thêm 2.000 m2 và nâng doanh thu lên 120 tỷ đồng.

Theo UBND huyện Xuyên Mộc, mục tiêu đến năm 2030, huyện duy trì 10.000 ha điều, trong đó 30% diện tích áp dụng quy trình hữu cơ, VietGAP; hình thành thêm ít nhất 3 doanh nghiệp chế biến sâu.

(TTXVN)
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-25")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("gần 7.800 ha", "7.800", 7800, "measure", "ha", approx="nearly", percent=60,
        subject="diện tích điều của huyện Xuyên Mộc"),
    fig("ước đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", status="estimate",
        subject="sản lượng điều của huyện", period=Y24),
    fig("bình quân 1,23 tấn/ha", "1,23", 1.23, "measure", "tấn/ha", status="estimate",
        subject="năng suất điều bình quân", period=Y24),
    fig("gần 120 tỷ", "120", 120e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư dây chuyền sản xuất điều rang muối, bơ điều và sữa hạt điều"),
    fig("công suất 3.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm",
        subject="công suất dây chuyền"),
    fig("hơn ba chục sản phẩm", "ba chục", 30, "count", "sản phẩm", approx="over",
        subject="sản phẩm từ hạt điều của công ty"),
    fig("trong đó 5 sản phẩm", "5", 5, "count", "sản phẩm", total=30,
        subject="sản phẩm đạt chứng nhận OCOP 4 sao"),
    fig("xuất khẩu 26 container", "26", 26, "count", "container",
        subject="container sản phẩm công ty xuất khẩu", period=YTD),
    fig("khoảng 85 tỷ", "85", 85e9, "money", "đồng", approx="about",
        change=chg("increase", 1.5, "lần", "cùng kỳ"), subject="doanh thu của công ty", period=YTD),
    fig("khoảng 2.500 tấn", "2.500", 2500, "measure", "tấn/năm", approx="about",
        subject="điều thô công ty thu mua mỗi năm"),
    fig("hơn 400 hộ", "400", 400, "count", "hộ", approx="over", subject="hộ dân bán điều thô cho công ty"),
    fig("cho 135 lao động", "135", 135, "count", "lao động", subject="lao động nhà máy tạo việc làm"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="giá trị mỗi kg điều chế biến sâu so với điều nhân thô"),
    fig("thêm 2.000 m2", "2.000", 2000, "measure", "m2", status="forecast",
        subject="diện tích nhà xưởng mở rộng thêm", period=Y25),
    fig("lên 120 tỷ", "120", 120e9, "money", "đồng", status="forecast",
        subject="doanh thu của công ty", period=Y25),
    fig("duy trì 10.000 ha", "10.000", 10000, "measure", "ha", status="target",
        subject="diện tích điều của huyện", period=TO30),
    fig("trong đó 30% diện tích", "30", 30, "percent", "%", status="target",
        subject="diện tích điều áp dụng quy trình hữu cơ, VietGAP", period=TO30),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp chế biến sâu hình thành thêm", period=TO30),
]

NOTES = [
    "News agency (TTXVN): section line, '25/11/2024 10:12 GMT+7' (published), agency dateline 'Bà Rịa - Vũng Tàu (TTXVN) -', '(TTXVN)' at the end.",
    "Distractors: 10:12, 'GMT+7', 'OCOP 4 sao' (a rating name), 'xã Hòa Hiệp'.",
    "Default location Xuyên Mộc (district); the company is in xã Hòa Hiệp of Xuyên Mộc, so its figures stay Xuyên Mộc.",
    "'gần 7.800 ha điều, chiếm hơn 60% diện tích điều toàn tỉnh' → percent attribute 60 (the attribute has no approx); 'hiện': no period.",
    "'Năm 2024, ... ước đạt 9.600 tấn, năng suất bình quân 1,23 tấn/ha' → estimate governs both clauses.",
    "'hơn ba chục sản phẩm' = over 30 (number word); 'trong đó 5 sản phẩm' → total 30.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-25; 'tăng 1,5 lần so với cùng kỳ' → change in lần.",
    "'Mỗi năm, công ty thu mua khoảng 2.500 tấn' → rate tấn/năm, no period; '8,5 triệu đồng/người/tháng' → money rate.",
    "'cao gấp 3-4 lần điều nhân thô' stands alone as the claim (no base amount): multiple, range 3-4.",
    "'Năm 2025, công ty dự kiến ... thêm 2.000 m2 và nâng doanh thu lên 120 tỷ đồng' → forecast for both.",
    "'mục tiêu đến năm 2030 ... 10.000 ha, trong đó 30% diện tích ...; ... ít nhất 3 doanh nghiệp' → target; the 30% is a percent figure (no total).",
]

if __name__ == "__main__":
    write("p1383-8", TEXT, NOTES, FIGS, published="2024-11-25", location="Xuyên Mộc")
