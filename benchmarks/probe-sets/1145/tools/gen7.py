"""p1145-7: department site (Sở Du lịch Quảng Bình), no dateline: cave expeditions, one-cell-per-line table by quarter."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH QUẢNG BÌNH
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Du lịch khám phá hang động: an toàn là điều kiện tiên quyết

Quảng Bình hiện có 11 tuyến du lịch mạo hiểm khám phá hang động được UBND tỉnh cho phép khai thác, do 5 doanh nghiệp thực hiện. 9 tháng năm 2024, các tour thám hiểm hang động đón 7.000 lượt khách, tăng 11,1% so với cùng kỳ năm 2023, trong đó khách quốc tế chiếm 64%.

Lượt khách các tour khám phá hang động năm 2024:
Đơn vị tính: lượt khách
Tuyến tour
Quý I
Quý II
Quý III
Sơn Đoòng
210
380
150
Hang Én
1.120
1.640
630
Tú Làn
890
1.460
520
Tổng số
2.220
3.480
1.300

Tại thị trấn Phong Nha, huyện Bố Trạch, Công ty TNHH Thám hiểm Phong Nha hiện sử dụng 156 lao động, trong đó 38 hướng dẫn viên và 92 porter là người địa phương. Mỗi đoàn khám phá Sơn Đoòng tối đa 10 khách, đi kèm 2 chuyên gia an toàn hang động và khoảng 25 porter. Giá tour Sơn Đoòng 4 ngày 3 đêm là 72,5 triệu đồng/khách, đã bao gồm bảo hiểm với mức trách nhiệm 1 tỷ đồng/người.

Từ năm 2016 đến nay, các tuyến tour hang động chưa để xảy ra sự cố nghiêm trọng. Sở đã phối hợp tổ chức 3 đợt diễn tập cứu hộ trong hang với hơn 120 người tham gia.

Bài viết liên quan:
- Tập huấn kỹ năng cứu hộ hang động lần thứ 2
- Công bố tuyến thám hiểm hang Va - Nước Nứt

SỞ DU LỊCH TỈNH QUẢNG BÌNH
Địa chỉ: Số 6 Quách Xuân Kỳ, TP Đồng Hới | Điện thoại: 0232.3822.018
Lượt truy cập: 846.215 | Đang online: 37
"""

NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q = {"Quý I": per("Quý I", "2024-01-01", "2024-03-31"),
     "Quý II": per("Quý II", "2024-04-01", "2024-06-30"),
     "Quý III": per("Quý III", "2024-07-01", "2024-09-30")}
BT = "Bố Trạch"


def cell(anchor, number, value, row, col):
    label = "tổng số" if row == "Tổng số" else f"tour {row}"
    return fig(anchor, number, value, "count", "lượt khách",
               subject=f"lượt khách {label} {col}", period=Q[col])


FIGS = [
    fig("có 11 tuyến", "11", 11, "count", "tuyến",
        subject="tuyến du lịch mạo hiểm khám phá hang động được cho phép khai thác"),
    fig("do 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp thực hiện tuyến du lịch khám phá hang động"),
    fig("đón 7.000 lượt", "7.000", 7000, "count", "lượt khách",
        change=chg("increase", 11.1, "%", "cùng kỳ năm 2023"),
        subject="lượt khách các tour thám hiểm hang động", period=NINE),
    fig("chiếm 64%", "64", 64, "percent", "%",
        subject="khách quốc tế trong lượt khách các tour thám hiểm hang động", period=NINE),
    cell("Sơn Đoòng\n210", "210", 210, "Sơn Đoòng", "Quý I"),
    cell("210\n380", "380", 380, "Sơn Đoòng", "Quý II"),
    cell("380\n150", "150", 150, "Sơn Đoòng", "Quý III"),
    cell("Hang Én\n1.120", "1.120", 1120, "Hang Én", "Quý I"),
    cell("1.120\n1.640", "1.640", 1640, "Hang Én", "Quý II"),
    cell("1.640\n630", "630", 630, "Hang Én", "Quý III"),
    cell("Tú Làn\n890", "890", 890, "Tú Làn", "Quý I"),
    cell("890\n1.460", "1.460", 1460, "Tú Làn", "Quý II"),
    cell("1.460\n520", "520", 520, "Tú Làn", "Quý III"),
    cell("Tổng số\n2.220", "2.220", 2220, "Tổng số", "Quý I"),
    cell("2.220\n3.480", "3.480", 3480, "Tổng số", "Quý II"),
    cell("3.480\n1.300", "1.300", 1300, "Tổng số", "Quý III"),
    fig("sử dụng 156 lao động", "156", 156, "count", "lao động",
        subject="lao động của Công ty TNHH Thám hiểm Phong Nha", location=BT),
    fig("38 hướng dẫn viên", "38", 38, "count", "hướng dẫn viên", total=156,
        subject="hướng dẫn viên của công ty", location=BT),
    fig("92 porter", "92", 92, "count", "porter", total=156,
        subject="porter là người địa phương của công ty", location=BT),
    fig("tối đa 10 khách", "10", 10, "measure", "khách/đoàn", approx="at_most",
        subject="khách mỗi đoàn khám phá Sơn Đoòng", location=BT),
    fig("kèm 2 chuyên gia", "2", 2, "measure", "chuyên gia/đoàn",
        subject="chuyên gia an toàn hang động đi kèm mỗi đoàn", location=BT),
    fig("khoảng 25 porter", "25", 25, "measure", "porter/đoàn", approx="about",
        subject="porter đi kèm mỗi đoàn khám phá Sơn Đoòng", location=BT),
    fig("Đoòng 4 ngày", "4", 4, "measure", "ngày", optional=True, subject="thời gian tour Sơn Đoòng", location=BT),
    fig("ngày 3 đêm", "3", 3, "measure", "đêm", optional=True, subject="thời gian tour Sơn Đoòng", location=BT),
    fig("là 72,5 triệu", "72,5", 72500000, "money", "đồng/khách", subject="giá tour Sơn Đoòng", location=BT),
    fig("trách nhiệm 1 tỷ", "1", 1000000000, "money", "đồng/người",
        subject="mức trách nhiệm bảo hiểm", location=BT),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt diễn tập cứu hộ trong hang"),
    fig("hơn 120 người", "120", 120, "count", "người", approx="over",
        subject="người tham gia diễn tập cứu hộ trong hang"),
]

NOTES = [
    "Department site (Sở Du lịch Quảng Bình), no dateline: related links, footer address, phone, 'Lượt truy cập: 846.215 | Đang online: 37'.",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách', rows are cave routes (items, not places), columns Quý I-III of the caption's 'năm 2024'.",
    "Cells: subject = 'lượt khách' + row label + column label; period from the column header (scored); no totals; 'Tổng số' row is its own figures.",
    "'trong đó khách quốc tế chiếm 64%' is a percent figure of its own (a share of a part). Company in thị trấn Phong Nha -> Bố Trạch for its passage.",
    "Per-group quantities ('Mỗi đoàn … tối đa 10 khách, đi kèm 2 chuyên gia … khoảng 25 porter') are rates (measure, unit x/đoàn).",
    "'4 ngày 3 đêm' names the tour (optional). 'Từ năm 2016 đến nay … chưa để xảy ra sự cố' has no number figure; the drill sentence has no period.",
    "Distractors: 'lần thứ 2', 'hang Va - Nước Nứt', 'Số 6 Quách Xuân Kỳ', phone 0232.3822.018, counters 846.215 and 37, 'năm 2016'.",
]

if __name__ == "__main__":
    write("p1145-7", TEXT, NOTES, FIGS, location="Quảng Bình")
