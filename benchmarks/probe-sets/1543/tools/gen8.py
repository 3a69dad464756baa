"""p1543-8: radio/TV site (Đài PT-TH An Giang, ATV): rice bran oil factory in Châu Thành, province plans, market control."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH AN GIANG
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Dầu cám gạo An Giang vươn ra thị trường quốc tế

Thứ Năm, 25/07/2024 - 17:05

(ATV) - 6 tháng đầu năm 2024, Nhà máy dầu cám gạo Mekong Xanh tại huyện Châu Thành xuất khẩu 8.650 tấn dầu, tăng gần 22% so với cùng kỳ, kim ngạch đạt 9,8 triệu USD.

Nhà máy có công suất 300 tấn cám/ngày, sử dụng 160 lao động. Mỗi năm nhà máy thu mua khoảng 90.000 tấn cám gạo của các nhà máy xay xát trong tỉnh, với giá từ 6.200 đến 6.800 đồng/kg. Theo ông Lê Minh Triết, Giám đốc nhà máy, từ 1 tấn cám gạo có thể ép được 150-170 kg dầu thô.

Theo Sở Công Thương, toàn tỉnh hiện có 3 nhà máy ép dầu cám gạo, gồm 2 nhà máy ở huyện Châu Thành và 1 nhà máy ở huyện Thoại Sơn, tổng công suất 210.000 tấn cám/năm. Dự kiến cả năm 2024, sản lượng dầu cám gạo của tỉnh đạt khoảng 24.000 tấn, tăng 10% so với năm 2023; xuất khẩu chiếm khoảng 70%.

Từ đầu năm đến nay, Đội Quản lý thị trường số 3 đã phát hiện 7 vụ vận chuyển dầu ăn không rõ nguồn gốc, tịch thu hơn 2.400 lít, xử phạt 46,5 triệu đồng.

Mục tiêu đến năm 2030, tỉnh có ít nhất 5 nhà máy ép dầu cám gạo với tổng công suất 400.000 tấn cám/năm.

Thanh Tâm - Quốc Bảo/ATV

Xem thêm:
- Bản tin thời sự 19 giờ ngày 25/7
- Nông dân Tri Tôn thu hoạch lúa hè thu
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-25")
T30 = per("đến năm 2030", None, "2030-12-31")
CT = "Châu Thành"

FIGS = [
    fig("xuất khẩu 8.650 tấn", "8.650", 8650, "measure", "tấn",
        change=chg("increase", 22, "%", "cùng kỳ", approx="nearly"),
        subject="dầu Nhà máy dầu cám gạo Mekong Xanh xuất khẩu", period=H1, location=CT),
    fig("đạt 9,8 triệu", "9,8", 9.8e6, "money", "USD", subject="kim ngạch xuất khẩu", period=H1, location=CT),
    fig("công suất 300 tấn", "300", 300, "measure", "tấn/ngày", subject="công suất nhà máy", location=CT),
    fig("sử dụng 160 lao động", "160", 160, "count", "lao động", subject="lao động nhà máy sử dụng",
        location=CT),
    fig("khoảng 90.000 tấn", "90.000", 90000, "measure", "tấn/năm", approx="about",
        subject="cám gạo nhà máy thu mua mỗi năm", location=CT),
    fig("từ 6.200 đến 6.800", "6.200", 6200, "money", "đồng/kg", value_max=6800,
        subject="giá thu mua cám gạo", location=CT),
    fig("được 150-170 kg", "150", 150, "measure", "kg/1 tấn", value_max=170,
        subject="dầu thô ép được từ cám gạo", location=CT),
    fig("có 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy ép dầu cám gạo"),
    fig("gồm 2 nhà máy", "2", 2, "count", "nhà máy", total=3, subject="nhà máy ép dầu cám gạo",
        location=CT),
    fig("và 1 nhà máy", "1", 1, "count", "nhà máy", total=3, subject="nhà máy ép dầu cám gạo",
        location="Thoại Sơn"),
    fig("công suất 210.000", "210.000", 210000, "measure", "tấn/năm",
        subject="tổng công suất nhà máy ép dầu cám gạo"),
    fig("khoảng 24.000 tấn", "24.000", 24000, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 10, "%", "năm 2023"),
        subject="sản lượng dầu cám gạo của tỉnh", period=Y24),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", status="forecast",
        subject="xuất khẩu trong sản lượng dầu cám gạo", period=Y24),
    fig("phát hiện 7 vụ", "7", 7, "count", "vụ",
        subject="vụ vận chuyển dầu ăn không rõ nguồn gốc", period=YTD),
    fig("hơn 2.400 lít", "2.400", 2400, "measure", "lít", approx="over",
        subject="dầu ăn tịch thu", period=YTD),
    fig("phạt 46,5 triệu", "46,5", 46.5e6, "money", "đồng", subject="tiền xử phạt", period=YTD),
    fig("ít nhất 5 nhà máy", "5", 5, "count", "nhà máy", approx="at_least", status="target",
        subject="nhà máy ép dầu cám gạo", period=T30),
    fig("công suất 400.000", "400.000", 400000, "measure", "tấn/năm", status="target",
        subject="tổng công suất nhà máy ép dầu cám gạo", period=T30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH An Giang): menu, 'Thứ Năm, 25/07/2024 - 17:05', tag '(ATV) -', byline 'Thanh Tâm - Quốc Bảo/ATV', 'Xem thêm'.",
    "Distractors: 17:05, 'Đội Quản lý thị trường số 3', '19 giờ ngày 25/7' in a link, '1 tấn cám gạo' (the denominator of a rate).",
    "Factory passage in huyện Châu Thành → location Châu Thành; province figures An Giang; the gồm-parts by district take their district.",
    "'từ 1 tấn cám gạo có thể ép được 150-170 kg dầu thô' → rate, unit kg/1 tấn (as the spec's 'bác sĩ/1 vạn dân'), range 150-170.",
    "'300 tấn cám/ngày', '210.000 tấn cám/năm' → tấn/ngày, tấn/năm (the measure unit and the denominator).",
    "'Dự kiến cả năm 2024 ...; xuất khẩu chiếm khoảng 70%' → forecast for both clauses; the 70% (own subject) is a percent figure.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-25. 'Mục tiêu đến năm 2030' → target, end 2030-12-31.",
    "'tăng gần 22% so với cùng kỳ' → change with approx nearly (change approx is not scored).",
]

if __name__ == "__main__":
    write("p1543-8", TEXT, NOTES, FIGS, published="2024-07-25", location="An Giang")
