"""p1145-5: Party newspaper (Báo Lâm Đồng): canyoning and cliff sports in Đà Lạt, a company portrait, 10 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Vượt thác ở Đà Lạt: hút khách nhưng không được lơ là an toàn

Những năm gần đây, vượt thác (canyoning), đu dây, leo vách đá trở thành sản phẩm đặc trưng của du lịch Đà Lạt. Theo Sở Văn hóa, Thể thao và Du lịch Lâm Đồng, 10 tháng năm 2023, 6 điểm tổ chức du lịch mạo hiểm được cấp phép trên địa bàn tỉnh đón khoảng 62.000 lượt khách, tăng 25% so với cùng kỳ; trong đó thác Datanla (TP Đà Lạt) gần 29.000 lượt.

Công ty TNHH Du lịch Phiêu Lưu Cao Nguyên (phường 3, TP Đà Lạt) là một trong những đơn vị tổ chức tour vượt thác lâu năm. Công ty hiện có 18 hướng dẫn viên, trong đó 12 người có chứng chỉ cứu hộ quốc tế. Năm 2022, công ty phục vụ hơn 9.500 lượt khách, khoảng 70% là khách quốc tế. Giá tour vượt thác một ngày từ 1,2 đến 1,6 triệu đồng/khách, đã gồm phí bảo hiểm 35.000 đồng/khách. Mỗi năm công ty dành khoảng 400 triệu đồng thay mới dây, đai, mũ bảo hộ.

"Thiết bị dùng quá 3 năm là chúng tôi thay, dù nhìn còn tốt", ông Nguyễn Hữu Tâm, Giám đốc công ty, chia sẻ.

Sau sự cố năm 2019 khiến hai du khách bị thương do lũ quét, tỉnh yêu cầu các điểm vượt thác dừng hoạt động khi có mưa lớn và bố trí ít nhất 2 nhân viên cứu hộ tại mỗi thác. Trong tháng 9/2023, ngành chức năng kiểm tra 6 điểm, xử phạt 2 đơn vị với tổng số tiền 27,5 triệu đồng do chưa niêm yết nội quy an toàn.

Theo kế hoạch, năm 2024 tỉnh phấn đấu đón 80.000 lượt khách du lịch mạo hiểm, công bố thêm 2 tuyến leo núi Lang Biang và Bidoup.

NGỌC HÀ
18/11/2023
"""

TEN = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
SEP = per("Trong tháng 9/2023", "2023-09-01", "2023-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
DL = "Đà Lạt"

FIGS = [
    fig("6 điểm tổ chức", "6", 6, "count", "điểm",
        subject="điểm tổ chức du lịch mạo hiểm được cấp phép", period=TEN),
    fig("khoảng 62.000 lượt", "62.000", 62000, "count", "lượt khách", approx="about",
        change=chg("increase", 25, "%", "cùng kỳ"),
        subject="lượt khách các điểm tổ chức du lịch mạo hiểm", period=TEN),
    fig("gần 29.000 lượt", "29.000", 29000, "count", "lượt", approx="nearly", total=62000,
        subject="lượt khách thác Datanla", period=TEN, location=DL),
    fig("18 hướng dẫn viên", "18", 18, "count", "hướng dẫn viên",
        subject="hướng dẫn viên của Công ty TNHH Du lịch Phiêu Lưu Cao Nguyên", location=DL),
    fig("12 người có", "12", 12, "count", "người", total=18,
        subject="hướng dẫn viên có chứng chỉ cứu hộ quốc tế", location=DL),
    fig("hơn 9.500 lượt", "9.500", 9500, "count", "lượt khách", approx="over",
        subject="lượt khách công ty phục vụ", period=Y22, location=DL),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="khách quốc tế trong số khách công ty phục vụ", period=Y22, location=DL),
    fig("vượt thác một ngày", "một", 1, "measure", "ngày", optional=True, subject="thời gian tour vượt thác",
        location=DL),
    fig("từ 1,2 đến 1,6 triệu", "1,2", 1200000, "money", "đồng/khách", value_max=1600000,
        subject="giá tour vượt thác một ngày", location=DL),
    fig("bảo hiểm 35.000", "35.000", 35000, "money", "đồng/khách", subject="phí bảo hiểm", location=DL),
    fig("khoảng 400 triệu", "400", 400000000, "money", "đồng/năm", approx="about",
        subject="kinh phí thay mới dây, đai, mũ bảo hộ mỗi năm", location=DL),
    fig("quá 3 năm", "3", 3, "measure", "năm", approx="over", optional=True,
        subject="thời gian sử dụng thiết bị", location=DL),
    fig("hai du khách", "hai", 2, "count", "du khách", subject="du khách bị thương do lũ quét",
        period=per("năm 2019", "2019-01-01", "2019-12-31")),
    fig("ít nhất 2 nhân viên", "2", 2, "measure", "nhân viên cứu hộ/thác", approx="at_least",
        subject="nhân viên cứu hộ tại mỗi thác"),
    fig("kiểm tra 6 điểm", "6", 6, "count", "điểm", subject="điểm được ngành chức năng kiểm tra", period=SEP),
    fig("xử phạt 2 đơn vị", "2", 2, "count", "đơn vị", subject="đơn vị bị xử phạt", period=SEP),
    fig("27,5 triệu", "27,5", 27500000, "money", "đồng", subject="tổng số tiền xử phạt", period=SEP),
    fig("đón 80.000 lượt", "80.000", 80000, "count", "lượt khách", status="target",
        subject="lượt khách du lịch mạo hiểm", period=Y24),
    fig("thêm 2 tuyến", "2", 2, "count", "tuyến leo núi", status="target",
        subject="tuyến leo núi công bố thêm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng): canyoning in Đà Lạt; byline 'NGỌC HÀ' and bare date '18/11/2023' at the end (published).",
    "Default location Lâm Đồng (the Sở's provincial figures); the company in phường 3, TP Đà Lạt gives Đà Lạt to its passage (5 sentences incl. the quote).",
    "'trong đó thác Datanla (TP Đà Lạt) gần 29.000 lượt' is a part of 62.000 (location Đà Lạt). 'khoảng 70% là khách quốc tế' is a percent figure of its own.",
    "'một ngày' names the tour (optional); 'quá 3 năm' in a quote is a replacement rule (optional). 'ít nhất 2 nhân viên cứu hộ tại mỗi thác' is a per-site rate.",
    "The sự cố năm 2019 sentence: 'hai du khách' (number word) has period 2019; 'Trong tháng 9/2023' dates the inspection.",
    "Distractors: 'phường 3', 'năm 2019' as event date, 'tháng 9/2023', byline date, 'Những năm gần đây'.",
]

if __name__ == "__main__":
    write("p1145-5", TEXT, NOTES, FIGS, published="2023-11-18", location="Lâm Đồng")
