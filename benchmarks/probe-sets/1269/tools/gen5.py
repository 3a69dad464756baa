"""p1269-5: provincial newspaper (Báo Bắc Giang, '(BGĐT) -'): a young engineer's IoT-controlled melon farm in Lạng Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn
Thứ Tư, 10/07/2024 | 07:30

Kỹ sư 9X "điều khiển" vườn dưa lưới bằng điện thoại

Từ 2 nhà màng ban đầu, anh Ngô Văn Thịnh ở xã Tiên Lục (Lạng Giang) nay có trang trại dưa lưới công nghệ cao rộng 1,2 ha, doanh thu hơn 1 tỷ đồng mỗi năm.

(BGĐT) - Tốt nghiệp ngành điện tử viễn thông, anh Thịnh làm việc cho một công ty tại Hà Nội với mức lương 15 triệu đồng/tháng. Năm 2020, anh về quê, vay gần 700 triệu đồng dựng 2 nhà màng, mỗi nhà rộng 1.000 m2.

Anh tự thiết kế bộ điều khiển trung tâm gồm 12 cảm biến đo nhiệt độ, độ ẩm không khí, độ ẩm giá thể và EC, kết nối với máy bơm, quạt thông gió qua ứng dụng trên điện thoại. Chi phí cả hệ thống khoảng 45 triệu đồng, chỉ bằng 30% giá thiết bị nhập khẩu. "Trước kia tưới mỗi lượt mất cả buổi, giờ mỗi ngày tôi ra vườn chỉ ba chục phút", anh Thịnh nói.

Hiện trang trại có 10 nhà màng, mỗi năm trồng 3 vụ, năng suất bình quân 3,5 tấn/1.000 m2/vụ; dưa bán tại vườn giá từ 35.000 đến 45.000 đồng/kg. Năm 2023, trang trại thu khoảng 1,3 tỷ đồng, lãi hơn 600 triệu đồng, tạo việc làm cho 6 lao động với thu nhập 7-8 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn, Bắc Giang hiện có 143 ha nhà màng, nhà lưới, tăng gần 30 ha so với năm 2022; tỉnh phấn đấu đến năm 2025 có 200 ha.

MINH HẰNG

Từ khóa: dưa lưới, nhà màng, IoT, Lạng Giang
"""

Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Từ 2 nhà màng", "2", 2, "count", "nhà màng", subject="nhà màng ban đầu"),
    fig("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", subject="trang trại dưa lưới công nghệ cao"),
    fig("hơn 1 tỷ", "1", 1e9, "money", "đồng/năm", approx="over", subject="doanh thu trang trại"),
    fig("lương 15 triệu", "15", 15e6, "money", "đồng/tháng", subject="mức lương", location="Hà Nội"),
    fig("gần 700 triệu", "700", 700e6, "money", "đồng", approx="nearly", subject="tiền vay dựng nhà màng", period=Y20),
    fig("dựng 2 nhà màng", "2", 2, "count", "nhà màng", subject="nhà màng dựng", period=Y20),
    fig("rộng 1.000 m2", "1.000", 1000, "measure", "m2", subject="diện tích mỗi nhà màng", period=Y20),
    fig("gồm 12 cảm biến", "12", 12, "count", "cảm biến", subject="cảm biến của bộ điều khiển trung tâm"),
    fig("khoảng 45 triệu", "45", 45e6, "money", "đồng", approx="about", percent=30,
        subject="chi phí cả hệ thống"),
    fig("ba chục phút", "ba chục", 30, "measure", "phút/ngày", subject="thời gian ra vườn mỗi ngày"),
    fig("có 10 nhà màng", "10", 10, "count", "nhà màng", subject="nhà màng của trang trại"),
    fig("trồng 3 vụ", "3", 3, "measure", "vụ/năm", subject="số vụ trồng mỗi năm"),
    fig("bình quân 3,5 tấn", "3,5", 3.5, "measure", "tấn/1.000 m2/vụ", subject="năng suất bình quân"),
    fig("từ 35.000 đến 45.000", "35.000", 35000, "money", "đồng/kg", value_max=45000,
        subject="giá dưa bán tại vườn"),
    fig("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about", subject="trang trại thu", period=Y23),
    fig("hơn 600 triệu", "600", 600e6, "money", "đồng", approx="over", subject="lãi", period=Y23),
    fig("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động được tạo việc làm", period=Y23),
    fig("nhập 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6, subject="thu nhập lao động",
        period=Y23),
    fig("có 143 ha", "143", 143, "measure", "ha", change=chg("increase", 30, "ha", "năm 2022", approx="nearly"),
        subject="diện tích nhà màng, nhà lưới", location="Bắc Giang"),
    fig("có 200 ha", "200", 200, "measure", "ha", status="target", subject="diện tích nhà màng, nhà lưới",
        period=T25, location="Bắc Giang"),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section line, 'Thứ Tư, 10/07/2024 | 07:30', headline, sapo, tag '(BGĐT) -', quote, byline, keywords.",
    "Distractors: '9X' in the headline, '07:30', 'EC', byline, 'Lạng Giang' in keywords.",
    "The farm is in xã Tiên Lục (Lạng Giang): its figures take Lạng Giang. The salary is at a company 'tại Hà Nội' → Hà Nội.",
    "The provincial net-house area and target take Bắc Giang (the BGĐT tag implies the province as well).",
    "Rates: 'hơn 1 tỷ đồng mỗi năm' → đồng/năm, 'mỗi ngày ... ba chục phút' → phút/ngày (number words 'ba chục' = 30),",
    "'mỗi năm trồng 3 vụ' → measure vụ/năm. 'chỉ bằng 30% giá thiết bị nhập khẩu' → percent attribute of 45 triệu.",
    "'Năm 2020' covers the loan, the 2 houses and their size (same sentence). 'Hiện' figures and the sapo have no period.",
]

if __name__ == "__main__":
    write("p1269-5", TEXT, NOTES, FIGS, published="2024-07-10", location="Lạng Giang")
