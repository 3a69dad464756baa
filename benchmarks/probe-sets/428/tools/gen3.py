from lib import *

TEXT = """Bắc Giang: Đẩy mạnh thanh toán viện phí không dùng tiền mặt
BẮC GIANG - 05/11/2024 10:12
Thu Hà

(BGĐT) - Quý III/2024, các cơ sở y tế công lập trên địa bàn tỉnh đã thu viện phí không dùng tiền mặt ước đạt 148,6 tỷ đồng, chiếm 63,2% tổng số tiền viện phí thu được, tăng 17,5% so với quý II/2024. Lũy kế 9 tháng năm 2024, số tiền thu viện phí không dùng tiền mặt đạt 386,2 tỷ đồng, bằng 71,5% kế hoạch năm.

Tại Bệnh viện Đa khoa tỉnh (số 2 đường Lê Lợi, phường Hoàng Văn Thụ), mỗi ngày có khoảng 1.500 - 1.700 lượt người bệnh đến khám; tỷ lệ giao dịch thanh toán qua mã QR và thẻ ngân hàng dao động từ 60 đến 70%. Bệnh viện đã lắp đặt 12 ki-ốt tự phục vụ cho người bệnh tự đăng ký khám, quét căn cước công dân gắn chíp và thanh toán.

Theo ông Nguyễn Văn Tuấn, Giám đốc Bệnh viện, sau hơn 6 tháng triển khai, thời gian chờ thanh toán của người bệnh giảm còn trung bình 3 phút, thay vì 15 - 20 phút như trước đây. Cách làm này cũng được Bệnh viện Quân y 110 và Bệnh viện Sản Nhi tỉnh áp dụng.

Hiện nay, 10/10 trung tâm y tế huyện, thị xã, thành phố đã triển khai thu viện phí qua ngân hàng. Trong đó, Trung tâm Y tế huyện Lục Ngạn là đơn vị đầu tiên thực hiện từ tháng 4/2023.

Thực hiện Thông tư số 18/2024/TT-NHNN, Sở Y tế phấn đấu đến cuối năm 2024, tỷ lệ thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến tỉnh đạt trên 80%, tuyến huyện đạt 50%. Người dân có thể phản ánh qua đường dây nóng 0204.3854.115.
"""

HEADER = """Báo Bắc Giang (BGĐT, invented): thanh toán viện phí không dùng tiền mặt, quý III và 9 tháng 2024; Bệnh viện Đa khoa tỉnh.
Dateline 'BẮC GIANG - 05/11/2024 10:12' with byline. Distractors: address 'số 2 đường Lê Lợi', 'Bệnh viện Quân y 110', 'Thông tư số 18/2024/TT-NHNN',
'từ tháng 4/2023', phone. 'ước đạt 148,6 tỷ' is an estimate with percent 63.2 and change 17.5% vs quý II/2024.
'bằng 71,5% kế hoạch năm' is the percent of 386,2 tỷ (as '87,66% chỉ tiêu được giao' in the spec).
'khoảng 1.500 - 1.700 lượt' is an about-range; 'dao động từ 60 đến 70%' a range. 'sau hơn 6 tháng triển khai' is a duration (optional).
'giảm còn trung bình 3 phút' states the new level, no change; '15 - 20 phút' the former level (a range).
'10/10 trung tâm' total 10; 'Trong đó' names one centre without a number. Targets 'đến cuối năm 2024': end 2024-12-31."""

PQ3 = per("Quý III/2024", "2024-07-01", "2024-09-30")
P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PT = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("ước đạt 148,6 tỷ đồng", "148,6", 148.6e9, "money", "đồng", "viện phí thu không dùng tiền mặt",
      status="estimate", percent=63.2, change=chg("increase", 17.5, "%", "quý II/2024"), period=PQ3),
    F("đạt 386,2 tỷ đồng", "386,2", 386.2e9, "money", "đồng", "số tiền thu viện phí không dùng tiền mặt",
      percent=71.5, period=P9),
    F("khoảng 1.500 - 1.700", "1.500", 1500, "count", "lượt người bệnh",
      "lượt người bệnh đến khám mỗi ngày tại Bệnh viện Đa khoa tỉnh", approx="about", value_max=1700),
    F("từ 60 đến 70%", "60", 60, "percent", "%", "tỷ lệ giao dịch thanh toán qua mã QR và thẻ ngân hàng",
      value_max=70),
    F("đặt 12 ki-ốt", "12", 12, "count", "ki-ốt tự phục vụ", "ki-ốt tự phục vụ Bệnh viện đã lắp đặt"),
    F("hơn 6 tháng triển khai", "6", 6, "measure", "tháng", "thời gian triển khai", approx="over", optional=True),
    F("trung bình 3 phút", "3", 3, "measure", "phút", "thời gian chờ thanh toán của người bệnh"),
    F("15 - 20 phút", "15", 15, "measure", "phút", "thời gian chờ thanh toán trước đây", value_max=20),
    F("10/10 trung tâm", "10", 10, "count", "trung tâm y tế huyện, thị xã, thành phố",
      "trung tâm y tế huyện, thị xã, thành phố đã triển khai thu viện phí qua ngân hàng", total=10),
    F("đạt trên 80%", "80", 80, "percent", "%",
      "tỷ lệ thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến tỉnh",
      approx="over", status="target", period=PT),
    F("huyện đạt 50%", "50", 50, "percent", "%", "tỷ lệ thanh toán viện phí không dùng tiền mặt tuyến huyện",
      status="target", period=PT),
]

build("p428-3", TEXT, FIGS, HEADER, published="2024-11-05", location="Bắc Giang")
