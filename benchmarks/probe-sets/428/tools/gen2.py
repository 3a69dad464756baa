from lib import *

TEXT = """Hơn 40 triệu lượt khám, chữa bệnh BHYT bằng căn cước công dân gắn chíp trong nửa đầu năm

(Chinhphu.vn) - Theo Bảo hiểm xã hội Việt Nam, 6 tháng đầu năm 2024, cả nước có hơn 40,2 triệu lượt tra cứu thông tin thẻ BHYT bằng căn cước công dân gắn chíp thành công để phục vụ khám, chữa bệnh, tăng 2,3 lần so với cùng kỳ năm 2023.

Hiện có 12.835/12.876 cơ sở khám, chữa bệnh BHYT (chiếm 99,7%) đã triển khai khám, chữa bệnh bằng căn cước công dân gắn chíp. Trong số này, tuyến xã có 10.986 cơ sở, tuyến huyện trở lên có 1.849 cơ sở. Việc sử dụng căn cước công dân giúp rút ngắn thời gian tiếp đón người bệnh từ 5 đến 7 phút mỗi lượt.

Các địa phương có số lượt khám, chữa bệnh bằng căn cước công dân gắn chíp nhiều nhất là Hà Nội với gần 3,9 triệu lượt, TP Hồ Chí Minh 3,2 triệu lượt, Thanh Hóa 1,45 triệu lượt và Nghệ An 1,28 triệu lượt.

Cũng theo BHXH Việt Nam, tính đến ngày 30/6/2024, đã có hơn 11,7 triệu thẻ BHYT được tích hợp, hiển thị trên ứng dụng VNeID; ước tính tỷ lệ người tham gia BHYT sử dụng thẻ trên VNeID khi đi khám bệnh đạt khoảng 13,5%.

Về thanh toán viện phí không dùng tiền mặt, theo Ngân hàng Nhà nước, đến cuối tháng 6/2024 có 1.243 bệnh viện trên cả nước triển khai thu viện phí bằng phương thức điện tử, chiếm khoảng 77% tổng số bệnh viện. Mục tiêu đến năm 2025, 100% bệnh viện tuyến tỉnh trở lên thực hiện thanh toán không dùng tiền mặt theo Đề án 06 và Quyết định số 1813/QĐ-TTg.

Người dân cần hỗ trợ có thể liên hệ Tổng đài 1900 9068 của BHXH Việt Nam.
"""

HEADER = """National news (Chinhphu.vn style, invented): KCB BHYT bằng CCCD gắn chíp, VNeID, viện phí điện tử, 6 tháng đầu năm 2024. No dateline.
'Đề án 06', 'Quyết định số 1813/QĐ-TTg', 'Tổng đài 1900 9068', '(Chinhphu.vn)' are not figures. Title 'Hơn 40 triệu lượt … trong nửa đầu năm' restates the lead; its year-less period takes 2024 (baseline 'cùng kỳ năm 2023').
'12.835/12.876 … (chiếm 99,7%)': total 12876, percent 99.7. 'Trong số này' parts (same unit cơ sở, they add up) take total 12835.
'từ 5 đến 7 phút' is a measure range (the reduction is the claim itself, no change object). Province list: place to location, indicator as subject,
period from the first paragraph (inherited). 'ước tính … đạt khoảng 13,5%' is estimate/about; its as-of date stands in the same sentence (before ';').
'đến năm 2025' target: end 2025-12-31. Location Việt Nam throughout."""

P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6i = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
P306 = per("tính đến ngày 30/6/2024", None, "2024-06-30")
PEND6 = per("đến cuối tháng 6/2024", None, "2024-06-30")
PT = per("đến năm 2025", None, "2025-12-31")
SL = "lượt khám, chữa bệnh bằng căn cước công dân gắn chíp"

FIGS = [
    F("Hơn 40 triệu lượt", "40", 40e6, "count", "lượt", "lượt khám, chữa bệnh BHYT bằng căn cước công dân gắn chíp",
      approx="over", period=per("nửa đầu năm", "2024-01-01", "2024-06-30")),
    F("hơn 40,2 triệu lượt", "40,2", 40.2e6, "count", "lượt tra cứu",
      "lượt tra cứu thông tin thẻ BHYT bằng căn cước công dân gắn chíp thành công",
      approx="over", change=chg("increase", 2.3, "lần", "cùng kỳ năm 2023"), period=P6),
    F("12.835/12.876", "12.835", 12835, "count", "cơ sở khám, chữa bệnh BHYT",
      "cơ sở khám, chữa bệnh BHYT đã triển khai khám, chữa bệnh bằng căn cước công dân gắn chíp",
      total=12876, percent=99.7),
    F("có 10.986 cơ sở", "10.986", 10986, "count", "cơ sở", "cơ sở tuyến xã", total=12835),
    F("có 1.849 cơ sở", "1.849", 1849, "count", "cơ sở", "cơ sở tuyến huyện trở lên", total=12835),
    F("từ 5 đến 7 phút", "5", 5, "measure", "phút", "thời gian tiếp đón người bệnh rút ngắn", value_max=7),
    F("gần 3,9 triệu lượt", "3,9", 3.9e6, "count", "lượt", SL, approx="nearly", location="Hà Nội", period=P6i),
    F("Minh 3,2 triệu lượt", "3,2", 3.2e6, "count", "lượt", SL, location="TP Hồ Chí Minh", period=P6i),
    F("Thanh Hóa 1,45 triệu lượt", "1,45", 1.45e6, "count", "lượt", SL, location="Thanh Hóa", period=P6i),
    F("Nghệ An 1,28 triệu lượt", "1,28", 1.28e6, "count", "lượt", SL, location="Nghệ An", period=P6i),
    F("hơn 11,7 triệu thẻ", "11,7", 11.7e6, "count", "thẻ BHYT",
      "thẻ BHYT được tích hợp, hiển thị trên ứng dụng VNeID", approx="over", period=P306),
    F("khoảng 13,5%", "13,5", 13.5, "percent", "%",
      "tỷ lệ người tham gia BHYT sử dụng thẻ trên VNeID khi đi khám bệnh",
      approx="about", status="estimate", period=P306),
    F("có 1.243 bệnh viện", "1.243", 1243, "count", "bệnh viện",
      "bệnh viện triển khai thu viện phí bằng phương thức điện tử", percent=77, period=PEND6),
    F("2025, 100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện tuyến tỉnh trở lên thực hiện thanh toán không dùng tiền mặt", status="target", period=PT),
]

build("p428-2", TEXT, FIGS, HEADER, published=None, location="Việt Nam")
