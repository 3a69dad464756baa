"""p1072-4: Bộ NN&PTNT site, grapefruit exports to the United States, national (05/03/2025)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức - Sự kiện | Hợp tác quốc tế

Xuất khẩu bưởi sang Hoa Kỳ tăng mạnh

Cập nhật lúc 15:30 ngày 05/03/2025

Theo Cục Bảo vệ thực vật, năm 2024 cả nước xuất khẩu 2.460 tấn bưởi tươi sang thị trường Hoa Kỳ, gấp 2,3 lần năm 2023. Tính từ lô hàng đầu tiên vào tháng 8/2021 đến nay, tổng lượng bưởi xuất khẩu sang Hoa Kỳ đạt trên 4.800 tấn.

Đến nay, Cục đã cấp 96 mã số vùng trồng bưởi với tổng diện tích 4.120 ha và 14 mã số cơ sở đóng gói đáp ứng yêu cầu của Hoa Kỳ, tăng lần lượt 29 mã số và 3 mã số so với cuối năm 2023. Theo quy định, bưởi phải được xử lý chiếu xạ với liều tối thiểu 400 Gy trước khi xuất khẩu.

Hiện cả nước có khoảng 112.000 ha bưởi; sản lượng năm 2024 đạt 1,18 triệu tấn. Việt Nam đứng thứ 4 thế giới về sản lượng bưởi. Các địa phương có diện tích lớn nhất lần lượt là Vĩnh Long (11.500 ha), Bến Tre (10.200 ha), Đồng Nai (8.900 ha) và Tiền Giang (8.100 ha).

Tổng kim ngạch xuất khẩu bưởi năm 2024 ước đạt 98,5 triệu USD, tăng 12,4% so với năm 2023; trong đó thị trường Hoa Kỳ chiếm khoảng 6%. Giá bưởi Việt Nam tại các siêu thị ở Hoa Kỳ dao động từ 3,5 đến 5 USD/kg.

Tại Hội nghị xúc tiến thương mại trái cây lần thứ 2 tổ chức tại Cần Thơ, lãnh đạo Bộ cho biết mục tiêu đến năm 2030, kim ngạch xuất khẩu bưởi đạt 300 triệu USD. Bộ đề nghị các địa phương thực hiện nghiêm Thông tư số 05/2024/TT-BNNPTNT về quản lý mã số vùng trồng.

Bộ Nông nghiệp và Phát triển nông thôn
Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5218
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Tính từ lô hàng đầu tiên vào tháng 8/2021 đến nay", "2021-08-01", "2025-03-05")
NOW = P("Đến nay", None, "2025-03-05")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("xuất khẩu 2.460 tấn", "2.460", 2460, "measure", "tấn", "bưởi tươi xuất khẩu sang thị trường Hoa Kỳ", Y24,
      change=C("increase", 2.3, "lần", baseline="năm 2023")),
    F("trên 4.800 tấn", "4.800", 4800, "measure", "tấn", "tổng lượng bưởi xuất khẩu sang Hoa Kỳ", SINCE, approx="over"),
    F("cấp 96 mã số", "96", 96, "count", "mã số vùng trồng", "mã số vùng trồng bưởi được cấp", NOW,
      change=C("increase", 29, "mã số", baseline="cuối năm 2023")),
    F("diện tích 4.120 ha", "4.120", 4120, "measure", "ha", "tổng diện tích mã số vùng trồng bưởi", NOW),
    F("và 14 mã số", "14", 14, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói đáp ứng yêu cầu của Hoa Kỳ", NOW,
      change=C("increase", 3, "mã số", baseline="cuối năm 2023")),
    F("tối thiểu 400 Gy", "400", 400, "measure", "Gy", "liều chiếu xạ bưởi xuất khẩu", approx="at_least", optional=True),
    F("khoảng 112.000 ha", "112.000", 112000, "measure", "ha", "diện tích bưởi", approx="about"),
    F("1,18 triệu tấn", "1,18", 1180000, "measure", "tấn", "sản lượng bưởi", Y24b),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "thứ hạng thế giới về sản lượng bưởi"),
    F("Vĩnh Long (11.500 ha)", "11.500", 11500, "measure", "ha", "diện tích bưởi", location="Vĩnh Long"),
    F("Bến Tre (10.200 ha)", "10.200", 10200, "measure", "ha", "diện tích bưởi", location="Bến Tre"),
    F("Đồng Nai (8.900 ha)", "8.900", 8900, "measure", "ha", "diện tích bưởi", location="Đồng Nai"),
    F("Tiền Giang (8.100 ha)", "8.100", 8100, "measure", "ha", "diện tích bưởi", location="Tiền Giang"),
    F("ước đạt 98,5 triệu USD", "98,5", 98500000, "money", "USD", "tổng kim ngạch xuất khẩu bưởi",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate", change=C("increase", 12.4, baseline="năm 2023")),
    F("chiếm khoảng 6%", "6", 6, "percent", "%", "tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu bưởi",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("từ 3,5 đến 5 USD/kg", "3,5", 3.5, "money", "USD/kg", "giá bưởi Việt Nam tại các siêu thị ở Hoa Kỳ", value_max=5),
    F("đạt 300 triệu USD", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu bưởi", T30, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): exports of grapefruit to the United States, national figures; 'Cập nhật lúc 15:30 ngày 05/03/2025'.",
    "Not figures: 15:30, tháng 8/2021 (date of the first shipment), cuối năm 2023 (baseline), Hội nghị ... lần thứ 2 (ordinal),",
    "Thông tư số 05/2024/TT-BNNPTNT, footer address 'Số 2 Ngọc Hà' and phone 024.3733.5218.",
    "'gấp 2,3 lần năm 2023' after 2.460 tấn is its change (unit lần, like 'tăng hơn 2,8 lần so với cùng kỳ' in the spec).",
    "'tăng lần lượt 29 mã số và 3 mã số' distributes one change to each of 96 and 14 mã số; 4.120 ha has none.",
    "'liều tối thiểu 400 Gy' is a regulatory threshold, not a fact about the trade: optional.",
    "'trong đó thị trường Hoa Kỳ chiếm khoảng 6%' continues the 'ước đạt' clause: its own percent figure, status estimate.",
    "Location Việt Nam throughout except the province list; Hoa Kỳ is a trade partner, never a location (also for the US shelf price).",
    "'Đến nay' and 'từ ... đến nay' end at the dateline 2025-03-05; 'Hiện' gives no period.",
]

write(4, TEXT, FIGS, NOTES, published="2025-03-05", location="Việt Nam")
