from lib import *

TEXT = """Thanh Hóa: Gần 2,94 triệu hồ sơ sức khỏe điện tử đã được lập
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315

Theo báo cáo của Sở Y tế, tính đến ngày 30/9/2024, toàn tỉnh đã lập 2.936.418 hồ sơ sức khỏe điện tử, đạt 78,6% dân số, tăng 12,4% so với cùng thời điểm năm 2023. Trong đó, 1.874.205 hồ sơ đã được cập nhật thông tin khám, chữa bệnh và 412.630 hồ sơ đã được tích hợp, hiển thị trên ứng dụng VNeID.

Về khám, chữa bệnh bằng căn cước công dân gắn chíp, 9 tháng năm 2024, có 685/712 cơ sở khám, chữa bệnh bảo hiểm y tế trên địa bàn tỉnh đã tra cứu thông tin thẻ bảo hiểm y tế bằng căn cước công dân, với gần 3,1 triệu lượt tra cứu thành công, chiếm khoảng 71% tổng số lượt khám, chữa bệnh bảo hiểm y tế.

Một số địa phương có tỷ lệ người dân được lập hồ sơ sức khỏe điện tử cao là: thành phố Sầm Sơn (94,2%), huyện Thọ Xuân (91,5%), huyện Hoằng Hóa (89,8%); thấp nhất là các huyện miền núi Mường Lát (42,3%) và Quan Sơn (47,1%).

Đến nay, 100% bệnh viện công lập tuyến tỉnh và 27/27 trung tâm y tế huyện, thị xã, thành phố đã triển khai thanh toán viện phí không dùng tiền mặt qua mã QR, thẻ ngân hàng. Từ đầu năm đến nay, số tiền viện phí thanh toán không dùng tiền mặt đạt trên 356 tỷ đồng, tăng 1,8 lần so với cùng kỳ.

Theo Kế hoạch số 214/KH-UBND ngày 12/8/2024 của UBND tỉnh, phấn đấu đến hết năm 2024 có ít nhất 90% dân số được lập hồ sơ sức khỏe điện tử và 100% cơ sở khám, chữa bệnh sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế.

Mọi ý kiến phản ánh xin liên hệ đường dây nóng Sở Y tế: 0237.3852.491.
"""

HEADER = """Cổng TTĐT tỉnh Thanh Hóa (invented): hồ sơ sức khỏe điện tử, KCB bằng CCCD gắn chíp, thanh toán viện phí không dùng tiền mặt (9 tháng 2024).
Dateline 'Cập nhật: 14/10/2024 08:35' gives published; 'Lượt xem: 2.315' is page furniture; 'Kế hoạch số 214/KH-UBND ngày 12/8/2024', phone are not figures.
Title 'Gần 2,94 triệu hồ sơ' restates the lead (a figure, nearly). 'Trong đó' parts count hồ sơ like the whole, so total 2936418.
District list: places go to location, subject is the list's indicator; period stands in an earlier paragraph (inherited).
'Đến nay' is as-of the dateline (end 2024-10-14); 'Từ đầu năm đến nay' runs 2024-01-01..2024-10-14. 'tăng 1,8 lần so với cùng kỳ' is a change in lần.
'đến hết năm 2024' targets: start null, end 2024-12-31, status target."""

P30 = per("tính đến ngày 30/9/2024", None, "2024-09-30")
P30i = per("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PNOW = per("Đến nay", None, "2024-10-14")
PYTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
PT = per("đến hết năm 2024", None, "2024-12-31")
SUBJ_LIST = "tỷ lệ người dân được lập hồ sơ sức khỏe điện tử"

FIGS = [
    F("Gần 2,94 triệu hồ sơ", "2,94", 2940000, "count", "hồ sơ", "hồ sơ sức khỏe điện tử đã được lập", approx="nearly"),
    F("lập 2.936.418 hồ sơ", "2.936.418", 2936418, "count", "hồ sơ", "hồ sơ sức khỏe điện tử đã lập",
      percent=78.6, change=chg("increase", 12.4, "%", "cùng thời điểm năm 2023"), period=P30),
    F("Trong đó, 1.874.205 hồ sơ", "1.874.205", 1874205, "count", "hồ sơ",
      "hồ sơ đã được cập nhật thông tin khám, chữa bệnh", total=2936418, period=P30i),
    F("và 412.630 hồ sơ", "412.630", 412630, "count", "hồ sơ",
      "hồ sơ đã được tích hợp, hiển thị trên ứng dụng VNeID", total=2936418, period=P30i),
    F("có 685/712 cơ sở", "685", 685, "count", "cơ sở khám, chữa bệnh",
      "cơ sở khám, chữa bệnh bảo hiểm y tế đã tra cứu thông tin thẻ bảo hiểm y tế bằng căn cước công dân",
      total=712, period=P9),
    F("gần 3,1 triệu lượt", "3,1", 3100000, "count", "lượt tra cứu", "lượt tra cứu thành công",
      approx="nearly", percent=71, period=P9),
    F("Sầm Sơn (94,2%)", "94,2", 94.2, "percent", "%", SUBJ_LIST, location="Sầm Sơn", period=P30i),
    F("Thọ Xuân (91,5%)", "91,5", 91.5, "percent", "%", SUBJ_LIST, location="Thọ Xuân", period=P30i),
    F("Hoằng Hóa (89,8%)", "89,8", 89.8, "percent", "%", SUBJ_LIST, location="Hoằng Hóa", period=P30i),
    F("Mường Lát (42,3%)", "42,3", 42.3, "percent", "%", SUBJ_LIST, location="Mường Lát", period=P30i),
    F("Quan Sơn (47,1%)", "47,1", 47.1, "percent", "%", SUBJ_LIST, location="Quan Sơn", period=P30i),
    F("Đến nay, 100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện công lập tuyến tỉnh đã triển khai thanh toán viện phí không dùng tiền mặt", period=PNOW),
    F("27/27 trung tâm", "27", 27, "count", "trung tâm y tế huyện, thị xã, thành phố",
      "trung tâm y tế huyện, thị xã, thành phố đã triển khai thanh toán viện phí không dùng tiền mặt",
      total=27, period=PNOW),
    F("trên 356 tỷ đồng", "356", 356e9, "money", "đồng", "số tiền viện phí thanh toán không dùng tiền mặt",
      approx="over", change=chg("increase", 1.8, "lần", "cùng kỳ"), period=PYTD),
    F("ít nhất 90% dân số", "90", 90, "percent", "%", "dân số được lập hồ sơ sức khỏe điện tử",
      approx="at_least", status="target", period=PT),
    F("và 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở khám, chữa bệnh sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế", status="target", period=PT),
]

build("p428-1", TEXT, FIGS, HEADER, published="2024-10-14", location="Thanh Hóa")
