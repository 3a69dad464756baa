"""p1213-8: provincial newspaper online (Báo Quảng Ngãi), 6 months 2024 forest-product exports, veneer and plywood."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế | Thứ Ba, 09/07/2024 | 06:12

Gần 480 triệu USD xuất khẩu lâm sản 6 tháng

(Baoquangngai.vn)- 6 tháng đầu năm, kim ngạch xuất khẩu dăm gỗ, ván bóc và gỗ dán của tỉnh ước đạt 478 triệu USD, bằng 53,1% kế hoạch năm, tăng 14,6% so với cùng kỳ. Trong đó, gỗ dán và ván bóc đạt 126 triệu USD, chiếm 26,4%.

Trên địa bàn tỉnh hiện có 58 nhà máy, cơ sở bóc ván, ép gỗ dán, tập trung ở các huyện Sơn Tịnh, Bình Sơn, Nghĩa Hành với lần lượt 19, 14 và 11 cơ sở. Phần lớn cơ sở nằm dọc Quốc lộ 24B và tuyến Dung Quất - Sa Huỳnh. Nguồn nguyên liệu dồi dào từ hơn 300.000 ha rừng trồng, mỗi năm khai thác khoảng 2,5 triệu tấn gỗ keo.

Tại Khu công nghiệp Tịnh Phong (huyện Sơn Tịnh), Công ty TNHH Gỗ Trường Thành Phát mỗi tháng xuất khẩu từ 35 đến 40 container gỗ dán sang Hàn Quốc, Đài Loan. Công ty đang giải quyết việc làm cho 180 lao động, trong đó 65 lao động nữ. Theo giám đốc công ty, nhờ đầu tư máy ép nóng 15 tầng, năng suất tăng gần gấp đôi.

Giá keo nguyên liệu tại bãi hiện ở mức 1,2 triệu đồng/tấn, tăng khoảng 100.000 đồng/tấn so với cuối năm 2023. Theo Kế hoạch số 86/KH-UBND, 6 tháng cuối năm, ngành chức năng dự kiến xuất khẩu lâm sản đạt khoảng 420 triệu USD, đưa cả năm vượt 900 triệu USD.

Bài, ảnh: THANH PHƯƠNG
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
ST = "Sơn Tịnh"
CO = "Công ty TNHH Gỗ Trường Thành Phát"
LIST = "nhà máy, cơ sở bóc ván, ép gỗ dán"

FIGS = [
    fig("Gần 480 triệu USD", "480", 480e6, "money", "USD", approx="nearly",
        subject="xuất khẩu lâm sản", period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("ước đạt 478 triệu USD", "478", 478e6, "money", "USD", status="estimate", percent=53.1,
        change=chg("increase", 14.6, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu dăm gỗ, ván bóc và gỗ dán", period=H1),
    fig("đạt 126 triệu USD", "126", 126e6, "money", "USD", total=478e6, percent=26.4, status="estimate",
        subject="kim ngạch xuất khẩu gỗ dán và ván bóc", period=inh(H1)),
    fig("có 58 nhà máy", "58", 58, "count", "nhà máy, cơ sở", subject=LIST),
    fig("lần lượt 19", "19", 19, "count", "cơ sở", subject=LIST, location="Sơn Tịnh"),
    fig("19, 14", "14", 14, "count", "cơ sở", subject=LIST, location="Bình Sơn"),
    fig("và 11 cơ sở", "11", 11, "count", "cơ sở", subject=LIST, location="Nghĩa Hành"),
    fig("hơn 300.000 ha", "300.000", 300000, "measure", "ha", approx="over", subject="diện tích rừng trồng"),
    fig("khoảng 2,5 triệu tấn", "2,5", 2.5e6, "measure", "tấn", approx="about",
        subject="gỗ keo khai thác mỗi năm"),
    fig("từ 35 đến 40 container", "35", 35, "count", "container", value_max=40,
        subject=f"container gỗ dán {CO} xuất khẩu mỗi tháng", location=ST),
    fig("cho 180 lao động", "180", 180, "count", "lao động", subject="lao động được công ty giải quyết việc làm", location=ST),
    fig("65 lao động nữ", "65", 65, "count", "lao động", total=180, subject="lao động nữ của công ty", location=ST),
    fig("ép nóng 15 tầng", "15", 15, "count", "tầng", subject="tầng của máy ép nóng", location=ST, optional=True),
    fig("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly",
        subject="năng suất của công ty tăng", location=ST),
    fig("mức 1,2 triệu", "1,2", 1.2e6, "money", "đồng/tấn",
        change=chg("increase", 100000, "đồng/tấn", "cuối năm 2023", approx="about"),
        subject="giá keo nguyên liệu tại bãi"),
    fig("khoảng 420 triệu USD", "420", 420e6, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu lâm sản", period=H2),
    fig("vượt 900 triệu USD", "900", 900e6, "money", "USD", approx="over", status="forecast",
        subject="xuất khẩu lâm sản cả năm", period=per("cả năm", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "revised after the first run: 180 lao động subject = the sentence's words ('Công ty đang giải quyết việc làm cho ...'), not the company name.",
    "Provincial newspaper online (Báo Quảng Ngãi): 'Kinh tế | Thứ Ba, 09/07/2024 | 06:12' (published), tag '(Baoquangngai.vn)-';",
    "the body says only 'tỉnh': the masthead, tag and districts imply Quảng Ngãi. Headline figure '6 tháng' (year from the dateline).",
    "'Trong đó ... 126 triệu USD, chiếm 26,4%' -> total 478 triệu, percent 26,4, status estimate (a 'Trong đó' part continues",
    "the estimated whole, as in shared gold h28/h14). District list 'lần lượt 19, 14 và 11'",
    "(sum 44 of 58, 'tập trung ở'): no total, each district its location. 'năng suất tăng gần gấp đôi' standing alone: multiple,",
    "nearly 2. 'máy ép nóng 15 tầng' is a machine spec (optional). 6 tháng cuối năm = 2024-07-01..2024-12-31; 'cả năm' = 2024.",
    "Distractors: 'Quốc lộ 24B', 'Kế hoạch số 86/KH-UBND', '06:12', 'Dung Quất - Sa Huỳnh'.",
]

if __name__ == "__main__":
    write("p1213-8", TEXT, NOTES, FIGS, published="2024-07-09", location="Quảng Ngãi")
