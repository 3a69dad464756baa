from lib import F, P, C, T, write

A = """Kinh doanh › Hàng hóa
Thứ năm, 18/7/2024, 06:00 (GMT+7)

Hơn 600 xe nông sản chờ xuất khẩu ở Lào Cai

Lượng xe chở sầu riêng, chuối, thanh long lên cửa khẩu Kim Thành tăng đột biến, có ngày bãi chờ phải tiếp nhận gấp 3 lần công suất thiết kế.

Theo Ban Quản lý Khu kinh tế tỉnh Lào Cai, chiều 17/7, tại các bãi chờ của cửa khẩu quốc tế đường bộ số II Kim Thành còn 634 xe chờ làm thủ tục xuất khẩu, trong đó 418 xe chở sầu riêng, 127 xe chở chuối, số còn lại là thanh long, mít. Ngày thường, cửa khẩu này chỉ thông quan khoảng 250-300 xe.

Nguyên nhân ùn ứ là phía bạn tăng cường kiểm dịch, mỗi ngày chỉ kiểm tra khoảng 150 xe sầu riêng; thời gian thông quan mỗi xe kéo dài 2-3 ngày thay vì 1 ngày như trước. Chi phí lưu bãi, cắm điện container lạnh lên tới 1,5-2 triệu đồng/xe/ngày, nhiều chủ hàng lo ngại sầu riêng chín ép, giảm chất lượng.

Từ đầu năm đến nay, hàng hóa xuất khẩu qua các cửa khẩu của Lào Cai đạt 1,02 triệu tấn, trị giá gần 1,1 tỷ USD, tăng 38% so với cùng kỳ năm 2023. Riêng sầu riêng, 6 tháng đầu năm xuất khẩu 215.000 tấn, chiếm hơn 20% tổng khối lượng.

Để giải tỏa, tỉnh đã mở thêm bãi chờ rộng 3,5 ha tại xã Bản Phiệt, nâng sức chứa toàn khu vực lên khoảng 900 xe; đồng thời đề nghị phía Trung Quốc kéo dài thời gian làm việc đến 21h. Dự kiến trong quý IV/2024, kho lạnh công suất 2.000 tấn tại Khu kinh tế cửa khẩu sẽ đi vào hoạt động.

Ông Phạm Văn Hòa, chủ một doanh nghiệp ở Đắk Lắk, cho biết mỗi container sầu riêng 20 tấn phải chờ 3 ngày mới qua được cửa khẩu, thiệt hại khoảng 50 triệu đồng.

Hoàng Nam
"""

D17 = P("chiều 17/7", "2024-07-17", "2024-07-17")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")

FIGS = [
    F("Hơn 600 xe", "600", 600, "count", "xe", "xe nông sản chờ xuất khẩu", approx="over"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lượng xe bãi chờ tiếp nhận so với công suất thiết kế"),
    F("còn 634 xe", "634", 634, "count", "xe", "xe chờ làm thủ tục xuất khẩu tại các bãi chờ", period=D17),
    F("418 xe", "418", 418, "count", "xe", "xe chở sầu riêng", total=634, period=D17),
    F("127 xe", "127", 127, "count", "xe", "xe chở chuối", total=634, period=D17),
    F("khoảng 250-300 xe", "250", 250, "count", "xe", "xe thông quan ngày thường", approx="about",
      value_max=300),
    F("khoảng 150 xe", "150", 150, "count", "xe", "xe sầu riêng được kiểm tra mỗi ngày", approx="about"),
    F("kéo dài 2-3 ngày", "2", 2, "measure", "ngày", "thời gian thông quan mỗi xe", value_max=3),
    F("thay vì 1 ngày", "1", 1, "measure", "ngày", "thời gian thông quan mỗi xe trước đây", optional=True),
    F("lên tới 1,5-2 triệu", "1,5", 1500000, "money", "đồng/xe/ngày", "chi phí lưu bãi, cắm điện container lạnh",
      value_max=2000000),
    F("đạt 1,02 triệu tấn", "1,02", 1020000, "measure", "tấn", "hàng hóa xuất khẩu qua các cửa khẩu",
      period=YTD),
    F("gần 1,1 tỷ USD", "1,1", 1100000000, "money", "USD", "trị giá hàng hóa xuất khẩu qua các cửa khẩu",
      approx="nearly", change=C("increase", 38, "%", "cùng kỳ năm 2023"), period=YTD),
    F("xuất khẩu 215.000 tấn", "215.000", 215000, "measure", "tấn", "sầu riêng xuất khẩu", percent=20,
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("rộng 3,5 ha", "3,5", 3.5, "measure", "ha", "diện tích bãi chờ mở thêm"),
    F("khoảng 900 xe", "900", 900, "count", "xe", "sức chứa bãi chờ toàn khu vực", approx="about"),
    F("công suất 2.000 tấn", "2.000", 2000, "measure", "tấn", "công suất kho lạnh tại Khu kinh tế cửa khẩu",
      status="forecast", period=P("trong quý IV/2024", "2024-10-01", "2024-12-31")),
    F("sầu riêng 20 tấn", "20", 20, "measure", "tấn", "khối lượng mỗi container sầu riêng",
      optional=True),
    F("chờ 3 ngày", "3", 3, "measure", "ngày", "thời gian chờ qua cửa khẩu"),
    F("khoảng 50 triệu đồng", "50", 50000000, "money", "đồng", "thiệt hại mỗi container sầu riêng",
      approx="about"),
]

HEADER = """
Probe 279-6. National press (VnExpress-like): 600+ trucks of farm produce waiting at Kim Thành border gate, Lào Cai, July 2024.
Dateline 'Thứ năm, 18/7/2024, 06:00 (GMT+7)' above the headline; byline at the end.
Distractors: 'cửa khẩu quốc tế đường bộ số II' (a name), '(GMT+7)', 'đến 21h' (time of day), 'chiều 17/7' (a date), 'xã Bản Phiệt'.
'gấp 3 lần công suất thiết kế' stands alone as the claim: a multiple. 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline.
'tăng 38% so với cùng kỳ' attaches to the value (the figure it follows), not to the tonnage.
'chiếm hơn 20% tổng khối lượng' is the share of 215.000 tấn (different periods: no total).
The trader 'ở Đắk Lắk': the place only identifies his firm (as 'VCCI chi nhánh Cần Thơ' in probe 205); his waiting time and loss
happen at the Lào Cai gate, so they keep Lào Cai. The container size '20 tấn' is optional (a spec of the container, not a statistic); 'thay vì 1 ngày như trước' is optional (the former duration in a 'thay vì' aside).
Capacities and per-day rates without a time phrase carry no period. 'Dự kiến' -> forecast for the cold store's capacity.
"""

if __name__ == "__main__":
    write("p279-6", A, FIGS, HEADER, published="2024-07-18", location="Lào Cai")
