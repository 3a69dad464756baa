"""p1279-8: radio/TV site (Đài PT-TH Đồng Nai): a private voluntary rehabilitation centre in huyện Thống Nhất."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Xã hội | Kinh tế | Video | Podcast

Xã hội | 19:45 | 14/11/2023

Cai nghiện tự nguyện: Hành trình trở về của những người lầm lỡ

▶ Xem video (03:25)

Nằm bên Quốc lộ 1A, thuộc xã Bàu Hàm 2, huyện Thống Nhất, Cơ sở cai nghiện ma túy tự nguyện Hướng Dương được thành lập tháng 5/2019. Từ năm 2019 đến nay, cơ sở đã tiếp nhận hơn 600 lượt người cai nghiện.

Hiện cơ sở có 85 học viên đang điều trị và 12 nhân viên, trong đó có hai bác sĩ và ba nhân viên tư vấn tâm lý.

Theo anh Phạm Quốc Trung, Giám đốc cơ sở, thời gian cai nghiện tối thiểu 6 tháng, chi phí từ 6 đến 8 triệu đồng/tháng, bao gồm ăn ở, điều trị cắt cơn và tư vấn tâm lý. Trung bình mỗi tháng cơ sở tiếp nhận 8-10 học viên mới, chủ yếu đến từ TP Biên Hòa và huyện Trảng Bom.

Toàn tỉnh Đồng Nai hiện có 4 cơ sở cai nghiện tự nguyện ngoài công lập với tổng quy mô hơn 400 chỗ, xếp thứ 3 cả nước về số cơ sở cai nghiện ngoài công lập. 10 tháng năm 2023, các cơ sở này tiếp nhận 1.020 lượt học viên, chiếm 37,6% tổng số người cai nghiện tự nguyện của tỉnh, tăng 11% so với cùng kỳ.

Dự kiến năm 2024, cơ sở Hướng Dương sẽ mở rộng thêm 40 chỗ, đầu tư khoảng 2,5 tỷ đồng xây dựng khu lao động trị liệu.

Đường dây nóng tư vấn cai nghiện: 0251.3822.457

Tin liên quan:
- Đồng Nai: 11 tháng phát hiện 312 vụ phạm tội về ma túy
- Biên Hòa ra mắt mô hình "Khu phố không ma túy" tại phường Tân Mai
"""

SINCE = per("Từ năm 2019 đến nay", "2019-01-01", "2023-11-14")
M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TN = "Thống Nhất"

FIGS = [
    fig("hơn 600 lượt", "600", 600, "count", "lượt người", approx="over",
        subject="lượt người cai nghiện cơ sở đã tiếp nhận", period=SINCE, location=TN),
    fig("có 85 học viên", "85", 85, "count", "học viên", subject="học viên đang điều trị", location=TN),
    fig("và 12 nhân viên", "12", 12, "count", "nhân viên", subject="nhân viên của cơ sở", location=TN),
    fig("có hai bác sĩ", "hai", 2, "count", "bác sĩ", total=12, subject="bác sĩ", location=TN),
    fig("và ba nhân viên", "ba", 3, "count", "nhân viên", total=12, subject="nhân viên tư vấn tâm lý",
        location=TN),
    fig("tối thiểu 6 tháng", "6", 6, "measure", "tháng", approx="at_least", subject="thời gian cai nghiện",
        location=TN),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/tháng", value_max=8e6, subject="chi phí cai nghiện",
        location=TN),
    fig("nhận 8-10 học viên", "8", 8, "measure", "học viên/tháng", value_max=10,
        subject="học viên mới cơ sở tiếp nhận mỗi tháng", location=TN),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở cai nghiện tự nguyện ngoài công lập"),
    fig("hơn 400 chỗ", "400", 400, "count", "chỗ", approx="over",
        subject="tổng quy mô các cơ sở cai nghiện tự nguyện ngoài công lập"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="số cơ sở cai nghiện ngoài công lập"),
    fig("nhận 1.020 lượt", "1.020", 1020, "count", "lượt học viên", percent=37.6,
        change=chg("increase", 11, "%", "cùng kỳ"), subject="lượt học viên các cơ sở này tiếp nhận", period=M10),
    fig("thêm 40 chỗ", "40", 40, "count", "chỗ", status="forecast", subject="chỗ cơ sở Hướng Dương mở rộng thêm",
        period=Y24, location=TN),
    fig("khoảng 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", approx="about", status="forecast",
        subject="đầu tư xây dựng khu lao động trị liệu", period=Y24, location=TN),
    fig("phát hiện 312 vụ", "312", 312, "count", "vụ", subject="vụ phạm tội về ma túy được phát hiện",
        period=per("11 tháng", "2023-01-01", "2023-11-30"), optional=True),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): menu, 'Xã hội | 19:45 | 14/11/2023', video length '(03:25)', hotline, related links.",
    "Distractors: 19:45, 03:25, 'Quốc lộ 1A', 'xã Bàu Hàm 2', 'tháng 5/2019' (founding date), phone 0251.3822.457,",
    "'10 tháng năm 2023' (a period). The related-link title '11 tháng phát hiện 312 vụ' is page furniture that states a figure",
    "of another article: optional.",
    "The centre stands in huyện Thống Nhất: its figures are located there, also '8-10 học viên … chủ yếu đến từ TP Biên Hòa và",
    "huyện Trảng Bom' (places of origin, not of the figure). The province paragraph is Đồng Nai.",
    "'Từ năm 2019 đến nay' ends at the dateline. 'Hiện …' figures have no period (new sentence).",
    "'12 nhân viên, trong đó có hai bác sĩ và ba nhân viên tư vấn' → total 12 (number words).",
    "'thời gian cai nghiện tối thiểu 6 tháng' is a duration that is itself the claim: measure, at_least (not a period).",
    "'Trung bình mỗi tháng … 8-10 học viên mới' → a monthly rate: measure, học viên/tháng, range.",
    "'xếp thứ 3 cả nước' → rank 3 of the province (location Đồng Nai). '1.020 lượt …, chiếm 37,6% …, tăng 11% so với cùng kỳ' →",
    "percent and change attributes. 'Dự kiến năm 2024 …' governs both clauses → forecast.",
]

if __name__ == "__main__":
    write("p1279-8", TEXT, NOTES, FIGS, published="2023-11-14", location="Đồng Nai")
