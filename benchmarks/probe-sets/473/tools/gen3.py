from lib import *

text = """Tiền Giang: Xuất khẩu trái cây chế biến 6 tháng tăng mạnh
Ngày đăng: 08/07/2024 | Lượt xem: 845

Theo báo cáo của Sở Công Thương, 6 tháng đầu năm, trên địa bàn tỉnh có 17 doanh nghiệp chế biến trái cây xuất khẩu đang hoạt động với tổng công suất khoảng 1.900 tấn/ngày. Sản lượng trái cây chế biến đạt 68.450 tấn, tăng 21,3% so với cùng kỳ, đạt 52,7% kế hoạch năm; trong đó trái cây cấp đông (sầu riêng, thanh long, mít) 39.800 tấn, nước ép và puree cô đặc 16.250 tấn, trái cây sấy 12.400 tấn.

Kim ngạch xuất khẩu rau quả chế biến ước đạt 312,6 triệu USD, chiếm 18,5% tổng kim ngạch xuất khẩu của tỉnh, tăng 34,8% so với cùng kỳ năm 2023. Riêng sầu riêng cấp đông đạt 141 triệu USD, gấp 2,1 lần cùng kỳ. Với kết quả này, Tiền Giang tiếp tục đứng thứ 2 khu vực Đồng bằng sông Cửu Long về kim ngạch xuất khẩu rau quả.

Các doanh nghiệp tập trung chủ yếu ở huyện Cái Bè (6 doanh nghiệp), Châu Thành (5 doanh nghiệp), Tân Phước (3 doanh nghiệp); còn lại ở thị xã Cai Lậy và huyện Chợ Gạo.

Về hạ tầng bảo quản, toàn tỉnh có 43 kho lạnh, kho mát với tổng dung tích 126.000 m3, tương đương sức chứa khoảng 31.500 tấn hàng; 9 doanh nghiệp đã đầu tư hệ thống cấp đông nhanh IQF với công suất từ 20 đến 50 tấn/ngày mỗi dây chuyền.

Diện tích vùng nguyên liệu liên kết với doanh nghiệp chế biến đạt 7.340 ha, trong đó 2.115 ha được cấp mã số vùng trồng xuất khẩu, chiếm 28,8%.

Thực hiện Kế hoạch số 112/KH-UBND, năm 2024 ngành Công Thương phấn đấu sản lượng trái cây chế biến đạt 130.000 tấn, kim ngạch xuất khẩu rau quả chế biến đạt trên 600 triệu USD.

Sở Công Thương Tiền Giang - Số 25 Hùng Vương, Phường 1, TP. Mỹ Tho. ĐT: 0273.3872.039
"""

L = "Tiền Giang"
p6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", True)
p24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp chế biến trái cây xuất khẩu đang hoạt động",
      period=p6),
    F("khoảng 1.900 tấn/ngày", "1.900", 1900, "measure", "tấn/ngày", "tổng công suất chế biến trái cây",
      approx="about", period=p6),
    F("đạt 68.450 tấn", "68.450", 68450, "measure", "tấn", "sản lượng trái cây chế biến", percent=52.7,
      change=CH("increase", 21.3, "%", "cùng kỳ"), period=p6i),
    F("mít) 39.800 tấn", "39.800", 39800, "measure", "tấn", "trái cây cấp đông", total=68450, period=p6i),
    F("cô đặc 16.250 tấn", "16.250", 16250, "measure", "tấn", "nước ép và puree cô đặc", total=68450, period=p6i),
    F("sấy 12.400 tấn", "12.400", 12400, "measure", "tấn", "trái cây sấy", total=68450, period=p6i),
    F("ước đạt 312,6 triệu USD", "312,6", 312.6e6, "money", "USD", "kim ngạch xuất khẩu rau quả chế biến",
      percent=18.5, change=CH("increase", 34.8, "%", "cùng kỳ năm 2023"), status="estimate", period=p6i),
    F("đạt 141 triệu USD", "141", 141e6, "money", "USD", "kim ngạch xuất khẩu sầu riêng cấp đông",
      change=CH("increase", 2.1, "lần", "cùng kỳ"), period=p6i),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "kim ngạch xuất khẩu rau quả khu vực Đồng bằng sông Cửu Long",
      period=p6i),
    F("Cái Bè (6", "6", 6, "count", "doanh nghiệp", "doanh nghiệp chế biến trái cây xuất khẩu",
      location="Cái Bè", period=p6i),
    F("Châu Thành (5", "5", 5, "count", "doanh nghiệp", "doanh nghiệp chế biến trái cây xuất khẩu",
      location="Châu Thành", period=p6i),
    F("Tân Phước (3", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến trái cây xuất khẩu",
      location="Tân Phước", period=p6i),
    F("có 43 kho lạnh", "43", 43, "count", "kho lạnh, kho mát", "kho lạnh, kho mát", period=p6i),
    F("dung tích 126.000 m3", "126.000", 126000, "measure", "m3", "tổng dung tích kho lạnh, kho mát", period=p6i),
    F("khoảng 31.500 tấn", "31.500", 31500, "measure", "tấn", "sức chứa kho lạnh, kho mát", approx="about",
      period=p6i),
    F("9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp đầu tư hệ thống cấp đông nhanh IQF",
      period=p6i),
    F("từ 20 đến 50 tấn/ngày", "20", 20, "measure", "tấn/ngày", "công suất mỗi dây chuyền cấp đông nhanh IQF",
      value_max=50, period=p6i),
    F("đạt 7.340 ha", "7.340", 7340, "measure", "ha", "diện tích vùng nguyên liệu liên kết với doanh nghiệp chế biến",
      period=p6i),
    F("2.115 ha", "2.115", 2115, "measure", "ha", "diện tích được cấp mã số vùng trồng xuất khẩu",
      total=7340, percent=28.8, period=p6i),
    F("đạt 130.000 tấn", "130.000", 130000, "measure", "tấn", "sản lượng trái cây chế biến", status="target",
      period=p24),
    F("trên 600 triệu USD", "600", 600e6, "money", "USD", "kim ngạch xuất khẩu rau quả chế biến",
      approx="over", status="target", period=p24),
]

build(3, [
    "Sở Công Thương Tiền Giang (department site): fruit processing and exports, 6 months 2024; 'Ngày đăng: 08/07/2024 | Lượt xem: 845'.",
    "'6 tháng đầu năm' has no year: it takes 2024 from the dateline (nearest earlier date); 'cùng kỳ năm 2023' agrees.",
    "Distractors: Kế hoạch số 112/KH-UBND, address 'Số 25 Hùng Vương, Phường 1', phone 0273.3872.039, view counter, '(sầu riêng, thanh long, mít)'.",
    "Parts after 'trong đó' sum to 68.450 tấn (total). District list 'tập trung chủ yếu ở' has no part cue: no total. 9 doanh nghiệp: no cue, no total.",
    "'tương đương sức chứa khoảng 31.500 tấn hàng' is a figure of its own (different unit). 'gấp 2,1 lần cùng kỳ' is the change of 141 triệu USD.",
    "'chiếm 28,8%' is the percent of 2.115 ha (part of 7.340 ha after 'trong đó'). 'đứng thứ 2 khu vực ĐBSCL' is a rank, location Tiền Giang.",
], text, figs, published="2024-07-08", location=L)
