from lib import F, P, C, T, write

A = """Cổng Thông tin điện tử tỉnh Lạng Sơn
Trang chủ > Tin tức > Kinh tế

Bảo đảm thông quan nông sản qua cửa khẩu dịp cao điểm cuối năm
Cập nhật: 14/01/2024 09:15 | Lượt xem: 2.317

(LSO) - Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, từ ngày 01/12/2023 đến ngày 12/01/2024, tổng số phương tiện xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 68.450 lượt, tăng 21,6% so với cùng kỳ; trong đó, xe chở nông sản xuất khẩu đạt 31.920 lượt, chiếm 46,6%.

Bình quân mỗi ngày có khoảng 1.150 xe hàng hóa thông quan, riêng ngày 08/01/2024 có 1.386 xe. Nông sản xuất khẩu chủ yếu là thanh long, mít, chuối, dưa hấu với tổng khối lượng ước đạt 412 nghìn tấn.

Tại thời điểm 16 giờ ngày 12/01, số xe còn tồn trên các bãi khu vực cửa khẩu là 1.015 xe, trong đó cửa khẩu quốc tế Hữu Nghị 426 xe, cửa khẩu chính Tân Thanh 524 xe, cửa khẩu Chi Ma 65 xe. So với thời điểm cao nhất ngày 05/01 (gần 1.700 xe), số xe tồn đã giảm khoảng 40%.

Để giảm ùn tắc, UBND tỉnh đã ban hành Quyết định số 2215/QĐ-UBND về điều tiết xe hàng lên cửa khẩu; bố trí 3 bãi chờ với sức chứa khoảng 2.000 xe và kéo dài thời gian làm thủ tục đến 22 giờ hằng ngày. Ngành chức năng phấn đấu giảm thời gian chờ thông quan bình quân xuống dưới 24 giờ/xe, từ mức 48-72 giờ trước đây.

Năm 2023, kim ngạch xuất khẩu nông sản qua địa bàn đạt 1,35 tỷ USD, tăng 18% so với năm 2022, chiếm 24,5% tổng kim ngạch xuất khẩu qua các cửa khẩu của tỉnh. Kế hoạch năm 2024, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 6 tỷ USD.

Mọi phản ánh về tình trạng ùn tắc xin liên hệ đường dây nóng 0205.3851.066 hoặc Trung tâm Điều hành cửa khẩu, số 2 đường Hoàng Văn Thụ, thành phố Lạng Sơn.
"""

PER = P("từ ngày 01/12/2023 đến ngày 12/01/2024", "2023-12-01", "2024-01-12")
PER_I = P("từ ngày 01/12/2023 đến ngày 12/01/2024", "2023-12-01", "2024-01-12", inh=True)
D12 = P("thời điểm 16 giờ ngày 12/01", "2024-01-12", "2024-01-12")

FIGS = [
    F("đạt 68.450 lượt", "68.450", 68450, "count", "lượt", "phương tiện xuất nhập khẩu qua các cửa khẩu",
      change=C("increase", 21.6, "%", "cùng kỳ"), period=PER),
    F("đạt 31.920 lượt", "31.920", 31920, "count", "lượt", "xe chở nông sản xuất khẩu",
      total=68450, percent=46.6, period=PER),
    F("khoảng 1.150 xe", "1.150", 1150, "count", "xe", "xe hàng hóa thông quan bình quân mỗi ngày",
      approx="about", period=PER_I),
    F("có 1.386 xe", "1.386", 1386, "count", "xe", "xe hàng hóa thông quan",
      period=P("ngày 08/01/2024", "2024-01-08", "2024-01-08")),
    F("412 nghìn tấn", "412", 412000, "measure", "tấn", "tổng khối lượng nông sản xuất khẩu",
      status="estimate", period=PER_I),
    F("là 1.015 xe", "1.015", 1015, "count", "xe", "xe còn tồn trên các bãi khu vực cửa khẩu", period=D12),
    F("Hữu Nghị 426 xe", "426", 426, "count", "xe", "xe còn tồn trên các bãi khu vực cửa khẩu",
      total=1015, period=D12),
    F("Tân Thanh 524 xe", "524", 524, "count", "xe", "xe còn tồn trên các bãi khu vực cửa khẩu",
      total=1015, period=D12),
    F("Chi Ma 65 xe", "65", 65, "count", "xe", "xe còn tồn trên các bãi khu vực cửa khẩu", total=1015, period=D12),
    F("(gần 1.700 xe)", "1.700", 1700, "count", "xe", "xe tồn trên bãi thời điểm cao nhất", approx="nearly",
      period=P("ngày 05/01", "2024-01-05", "2024-01-05")),
    F("giảm khoảng 40%", "40", 40, "percent", "%", "số xe tồn giảm so với thời điểm cao nhất", approx="about",
      period=P("ngày 12/01", "2024-01-12", "2024-01-12", inh=True)),
    F("bố trí 3 bãi chờ", "3", 3, "count", "bãi chờ", "bãi chờ được bố trí"),
    F("khoảng 2.000 xe", "2.000", 2000, "count", "xe", "sức chứa bãi chờ", approx="about"),
    F("dưới 24 giờ/xe", "24", 24, "measure", "giờ/xe", "thời gian chờ thông quan bình quân",
      approx="under", status="target"),
    F("mức 48-72 giờ", "48", 48, "measure", "giờ", "thời gian chờ thông quan bình quân trước đây",
      value_max=72),
    F("đạt 1,35 tỷ USD", "1,35", 1350000000, "money", "USD", "kim ngạch xuất khẩu nông sản qua địa bàn",
      change=C("increase", 18, "%", "năm 2022"), percent=24.5,
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 6 tỷ USD", "6", 6000000000, "money", "USD", "kim ngạch xuất nhập khẩu qua địa bàn",
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

HEADER = """
Probe 279-1. Cổng TTĐT tỉnh Lạng Sơn: truck traffic and congestion at the border gates, peak season Dec 2023 - Jan 2024.
Dateline 'Cập nhật: 14/01/2024 09:15' followed by a view counter (page furniture).
Distractors: 'Lượt xem: 2.317', 'Quyết định số 2215/QĐ-UBND', hotline 0205.3851.066, 'số 2 đường Hoàng Văn Thụ',
'16 giờ', 'đến 22 giờ hằng ngày' (times of day), dates 01/12/2023, 12/01/2024, 08/01/2024, 05/01.
Border gates (Hữu Nghị, Tân Thanh, Chi Ma) are not provinces/districts: their counts keep Lạng Sơn as location;
list items take the list indicator as subject (as departments in h01). A single day ('ngày 08/01/2024', 'ngày 12/01') is read as a one-day period.
'giảm khoảng 40%' has no base amount in its sentence: a percent figure of its own, no change object.
"""

if __name__ == "__main__":
    write("p279-1", A, FIGS, HEADER, published="2024-01-14", location="Lạng Sơn")
