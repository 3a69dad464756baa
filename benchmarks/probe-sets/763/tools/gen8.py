import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """BAN QUẢN LÝ CÁC CẢNG CÁ TỈNH PHÚ YÊN
Trang chủ > Tin hoạt động
Ngày cập nhật 05/07/2024

Các cảng cá Phú Yên: 6 tháng đón hơn 2.100 lượt tàu câu cá ngừ

6 tháng đầu năm 2024, 4 cảng cá do Ban quản lý đã tiếp nhận 5.860 lượt tàu cập cảng, tăng 8,2% so với cùng kỳ; trong đó, tàu câu cá ngừ đại dương là 2.146 lượt, tập trung tại cảng cá Đông Tác (phường Phú Đông, TP Tuy Hòa).

Tổng sản lượng thủy sản qua cảng đạt 18.450 tấn, bằng 52,7% kế hoạch năm; trong đó cá ngừ đại dương 2.380 tấn, chiếm 12,9%. Giá cá ngừ đại dương bình quân qua cảng đạt 102.000 đồng/kg, giảm 8.000 đồng/kg so với cùng kỳ năm 2023.

Ban đã kiểm soát 100% tàu cá có chiều dài từ 15 m trở lên ra vào cảng, phát hiện 23 tàu mất kết nối thiết bị giám sát hành trình trên 6 giờ, đã chuyển cơ quan chức năng xử lý theo Nghị định số 42/2019/NĐ-CP. Ban cũng đã cấp 1.024 giấy xác nhận nguyên liệu thủy sản khai thác và 187 giấy chứng nhận thủy sản khai thác với tổng khối lượng 1.120,5 tấn.

Nguồn thu phí, giá dịch vụ tại các cảng đạt 3,86 tỷ đồng, tăng 11,3% so với cùng kỳ, bằng 55,1% dự toán năm. Dự kiến 6 tháng cuối năm, số lượt tàu câu cá ngừ cập cảng khoảng 1.900-2.000 lượt do bước vào mùa mưa bão.

Địa chỉ: Km 1305, Quốc lộ 1A, phường Phú Lâm, TP Tuy Hòa. Điện thoại: 0257.3829.115.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)

FIGS = [
    F("hơn 2.100 lượt", "2.100", 2100, "count", "lượt tàu", "lượt tàu câu cá ngừ cập cảng",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("4 cảng cá", "4", 4, "count", "cảng cá", "cảng cá do Ban quản lý", optional=True),
    F("nhận 5.860 lượt", "5.860", 5860, "count", "lượt tàu", "lượt tàu cập cảng", H1,
      change=CH("increase", 8.2, baseline="cùng kỳ")),
    F("là 2.146 lượt", "2.146", 2146, "count", "lượt", "lượt tàu câu cá ngừ đại dương cập cảng", H1, total=5860),
    F("đạt 18.450 tấn", "18.450", 18450, "measure", "tấn", "tổng sản lượng thủy sản qua cảng", H1i, percent=52.7),
    F("dương 2.380 tấn", "2.380", 2380, "measure", "tấn", "sản lượng cá ngừ đại dương qua cảng", H1i,
      total=18450, percent=12.9),
    F("đạt 102.000 đồng/kg", "102.000", 102000, "money", "đồng/kg", "giá cá ngừ đại dương bình quân qua cảng", H1i,
      change=CH("decrease", 8000, "đồng/kg", baseline="cùng kỳ năm 2023")),
    F("soát 100% tàu", "100", 100, "percent", "%", "tàu cá có chiều dài từ 15 m trở lên ra vào cảng được kiểm soát"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu cá", approx="at_least", optional=True),
    F("phát hiện 23 tàu", "23", 23, "count", "tàu", "tàu mất kết nối thiết bị giám sát hành trình"),
    F("trên 6 giờ", "6", 6, "measure", "giờ", "thời gian mất kết nối", approx="over", optional=True),
    F("cấp 1.024 giấy", "1.024", 1024, "count", "giấy xác nhận", "giấy xác nhận nguyên liệu thủy sản khai thác được cấp"),
    F("và 187 giấy", "187", 187, "count", "giấy chứng nhận", "giấy chứng nhận thủy sản khai thác được cấp"),
    F("lượng 1.120,5 tấn", "1.120,5", 1120.5, "measure", "tấn", "tổng khối lượng thủy sản được xác nhận, chứng nhận"),
    F("đạt 3,86 tỷ đồng", "3,86", 3860000000, "money", "đồng", "nguồn thu phí, giá dịch vụ tại các cảng", H1i,
      percent=55.1, change=CH("increase", 11.3, baseline="cùng kỳ")),
    F("khoảng 1.900-2.000 lượt", "1.900", 1900, "count", "lượt", "lượt tàu câu cá ngừ cập cảng",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), value_max=2000, approx="about", status="forecast"),
]

COMMENTS = [
    "Ban Quản lý các cảng cá tỉnh Phú Yên (agency site), 'Ngày cập nhật 05/07/2024' (no time): port activity H1/2024 —",
    "vessel calls, catch landed, tuna share, price, VMS control, IUU certificates, fee revenue, H2 forecast. Location Phú Yên throughout:",
    "'tập trung tại cảng cá Đông Tác (phường Phú Đông, TP Tuy Hòa)' only says where most calls happen; the count is the four ports'.",
    "Headline '6 tháng' takes 2024 from the Cập nhật line. 'trong đó … 2.146 lượt' part of 5.860; 'trong đó cá ngừ … 2.380 tấn, chiếm 12,9%'",
    "part of 18.450 tấn with its percent. 'bằng 52,7% kế hoạch năm' / 'bằng 55,1% dự toán năm' are percents of their figures.",
    "Optional: '4 cảng cá' (a count used as a modifier), thresholds 'từ 15 m trở lên', 'trên 6 giờ'. '1.120,5 tấn' Vietnamese decimal.",
    "Distractors: Nghị định số 42/2019/NĐ-CP, address 'Km 1305, Quốc lộ 1A' (a road kilometre post), phone, date line.",
]

emit("p763-8", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Phú Yên")
