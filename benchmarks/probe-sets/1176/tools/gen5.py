"""p1176-5: Party newspaper (Báo Hải Dương): car plate auctions in the province, a transport firm in Kinh Môn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Người Hải Dương chi hơn 61 tỷ đồng sở hữu biển số ô tô qua đấu giá

Sau hơn một năm triển khai đấu giá trực tuyến, 1.126 biển số xe ô tô của tỉnh Hải Dương đã có chủ với tổng số tiền trúng đấu giá 61,38 tỷ đồng.

Theo Phòng Cảnh sát giao thông Công an tỉnh, từ đầu năm đến nay có 684 biển số trúng đấu giá, gấp 1,6 lần cả năm 2023. Giá trúng bình quân khoảng 54 triệu đồng/biển, cao hơn 14 triệu đồng so với giá khởi điểm. Tỷ lệ người trúng đấu giá không nộp tiền khoảng 6%, thấp hơn mức bình quân cả nước (gần 9%).

Anh Phạm Văn Long, chủ một doanh nghiệp vận tải ở thị xã Kinh Môn, vừa trúng biển số 34A-888.68 với giá 1,215 tỷ đồng sau 28 lượt trả giá. Đây là lần thứ 3 anh tham gia đấu giá. Công ty của anh hiện có 12 xe tải và 5 xe khách; biển số mới sẽ được gắn cho chiếc xe khách 45 chỗ vừa mua với giá gần 3,2 tỷ đồng.

Cũng trong 10 tháng, toàn tỉnh đăng ký mới 9.842 xe ô tô, trong đó hơn 6.100 xe ô tô con của cá nhân. Dự kiến trong quý IV, khoảng 450 biển số nữa sẽ được đưa ra đấu giá, chủ yếu là các biển có đuôi 6, 8 và 9.

Theo quy định, người trúng đấu giá phải nộp đủ tiền trong thời hạn 15 ngày; sau 12 tháng kể từ ngày được cấp văn bản xác nhận, nếu chưa đăng ký xe thì biển số sẽ bị thu hồi.

THÀNH TRUNG
25/11/2024
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-25")
M10 = per("Cũng trong 10 tháng", "2024-01-01", "2024-10-31")
Q4 = per("trong quý IV", "2024-10-01", "2024-12-31")
KM = "Kinh Môn"

FIGS = [
    fig("hơn 61 tỷ", "61", 61000000000, "money", "đồng", approx="over",
        subject="tiền người Hải Dương chi sở hữu biển số ô tô qua đấu giá"),
    fig("trực tuyến, 1.126 biển số", "1.126", 1126, "count", "biển số",
        subject="biển số xe ô tô đã có chủ"),
    fig("đấu giá 61,38 tỷ", "61,38", 61380000000, "money", "đồng",
        subject="tổng số tiền trúng đấu giá"),
    fig("có 684 biển số", "684", 684, "count", "biển số",
        change=chg("increase", 1.6, "lần", "cả năm 2023"),
        subject="biển số trúng đấu giá", period=YTD),
    fig("khoảng 54 triệu", "54", 54000000, "money", "đồng/biển", approx="about",
        change=chg("increase", 14000000, "đồng", "giá khởi điểm"),
        subject="giá trúng bình quân", period=inh(YTD)),
    fig("khoảng 6%", "6", 6, "percent", "%", approx="about",
        subject="tỷ lệ người trúng đấu giá không nộp tiền", period=inh(YTD)),
    fig("(gần 9%)", "9", 9, "percent", "%", approx="nearly",
        subject="tỷ lệ người trúng đấu giá không nộp tiền bình quân cả nước", location="Việt Nam"),
    fig("giá 1,215 tỷ", "1,215", 1215000000, "money", "đồng",
        subject="giá trúng đấu giá biển số", location=KM),
    fig("sau 28 lượt", "28", 28, "count", "lượt trả giá",
        subject="lượt trả giá", location=KM),
    fig("có 12 xe tải", "12", 12, "count", "xe tải",
        subject="xe tải của công ty", location=KM),
    fig("và 5 xe khách", "5", 5, "count", "xe khách",
        subject="xe khách của công ty", location=KM),
    fig("khách 45 chỗ", "45", 45, "count", "chỗ",
        subject="số chỗ xe khách", location=KM, optional=True),
    fig("gần 3,2 tỷ", "3,2", 3200000000, "money", "đồng", approx="nearly",
        subject="giá xe khách 45 chỗ", location=KM),
    fig("mới 9.842 xe", "9.842", 9842, "count", "xe ô tô",
        subject="xe ô tô đăng ký mới", period=M10),
    fig("hơn 6.100 xe", "6.100", 6100, "count", "xe ô tô con", approx="over", total=9842,
        subject="xe ô tô con của cá nhân đăng ký mới", period=M10),
    fig("khoảng 450 biển số", "450", 450, "count", "biển số", approx="about", status="forecast",
        subject="biển số đưa ra đấu giá", period=Q4),
    fig("thời hạn 15 ngày", "15", 15, "measure", "ngày",
        subject="thời hạn nộp tiền trúng đấu giá", optional=True),
    fig("sau 12 tháng", "12", 12, "measure", "tháng",
        subject="thời hạn đăng ký xe sau khi trúng đấu giá", optional=True),
]

NOTES = [
    "Party newspaper (Báo Hải Dương): byline 'THÀNH TRUNG' and bare date '25/11/2024' at the end (published 2024-11-25).",
    "'từ đầu năm đến nay' runs 2024-01-01 .. published. 'gấp 1,6 lần cả năm 2023' after a count is its change (lần).",
    "'cao hơn 14 triệu đồng so với giá khởi điểm' is the change of the average price. 'mức bình quân cả nước (gần 9%)' is a national figure.",
    "The Kinh Môn firm passage (price, bids, trucks, coaches, coach price) has location Kinh Môn across its sentences; '45 chỗ' (a vehicle class) optional.",
    "'Cũng trong 10 tháng' year-less -> 2024; 'trong đó hơn 6.100 xe ô tô con' part of 9.842. 'Dự kiến trong quý IV' -> forecast, 2024-Q4.",
    "Legal deadlines '15 ngày', '12 tháng' (rules, durations) optional. 'hơn một năm' locates in time: not a figure.",
    "Distractors: 34A-888.68, 'lần thứ 3', 'đuôi 6, 8 và 9', 'hơn một năm', 'cả năm 2023', byline date.",
]

if __name__ == "__main__":
    write("p1176-5", TEXT, NOTES, FIGS, published="2024-11-25", location="Hải Dương")
