"""p675-2: Trùng Khánh district portal (Cao Bằng) — community tourism inside Non nước Cao Bằng geopark, 8 months 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÙNG KHÁNH
Tin hoạt động | Thứ Năm, 12/09/2024 - 15:20

Du lịch cộng đồng trong vùng công viên địa chất: thu nhập hộ làm homestay đạt 96 triệu đồng/năm

Trùng Khánh là địa phương có nhiều điểm di sản nhất của Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng với 23 điểm. Tính đến hết tháng 8/2024, toàn huyện có 7 làng du lịch cộng đồng, 58 hộ kinh doanh homestay với 1.126 giường, tăng 14 hộ so với cuối năm 2023.

8 tháng đầu năm 2024, các điểm du lịch trên địa bàn huyện đón 612.400 lượt khách, tăng 26,3% so với cùng kỳ; trong đó Khu du lịch thác Bản Giốc đón 498.600 lượt, chiếm 81,4%. Doanh thu từ du lịch ước đạt 286,7 tỷ đồng, bằng 79,6% kế hoạch năm.

Tại làng đá Khuổi Ky (xã Đàm Thủy), 17/19 hộ đã tham gia làm du lịch, mỗi hộ thu từ 80 đến 120 triệu đồng/năm. Thu nhập bình quân của hộ làm homestay trên toàn huyện ước đạt 96 triệu đồng/năm. Con số này gấp 2,3 lần thu nhập của hộ thuần nông. Tỷ lệ hộ nghèo ở các xóm làm du lịch cộng đồng còn 9,8%, thấp hơn 6,2 điểm phần trăm so với bình quân chung của huyện.

Từ nguồn vốn Chương trình 1719, năm 2024 huyện hỗ trợ 2,35 tỷ đồng cải tạo nhà ở, công trình vệ sinh cho 41 hộ và mở 5 lớp tập huấn kỹ năng phục vụ khách cho 162 lượt người. Phấn đấu đến năm 2025, huyện có 80 hộ homestay đạt chuẩn và đón 1 triệu lượt khách mỗi năm.

Du khách đến thăm cột mốc 836 và thác Bản Giốc theo Tỉnh lộ 206 có thể liên hệ Phòng Văn hóa và Thông tin huyện, điện thoại 0206.3826.155.

Nông Thị Hạnh
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8i = I("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
ASOF = P("Tính đến hết tháng 8/2024", None, "2024-08-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 96 triệu đồng/năm\n", "96", 96000000, "money", "đồng/năm", "thu nhập hộ làm homestay"),
    F("với 23 điểm", "23", 23, "count", "điểm", "điểm di sản của Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng"),
    F("có 7 làng", "7", 7, "count", "làng du lịch cộng đồng", "làng du lịch cộng đồng", ASOF),
    F("58 hộ kinh doanh", "58", 58, "count", "hộ", "hộ kinh doanh homestay", ASOF,
      change=CH("increase", 14, "hộ", baseline="cuối năm 2023")),
    F("với 1.126 giường", "1.126", 1126, "count", "giường", "giường của các hộ kinh doanh homestay", ASOF),
    F("đón 612.400 lượt khách", "612.400", 612400, "count", "lượt khách", "lượt khách đến các điểm du lịch trên địa bàn huyện",
      M8, change=CH("increase", 26.3, baseline="cùng kỳ")),
    F("đón 498.600 lượt", "498.600", 498600, "count", "lượt", "lượt khách đến Khu du lịch thác Bản Giốc", M8,
      total=612400, percent=81.4),
    F("ước đạt 286,7 tỷ đồng", "286,7", 286700000000, "money", "đồng", "doanh thu từ du lịch", M8i,
      percent=79.6, status="estimate"),
    F("17/19 hộ", "17", 17, "count", "hộ", "hộ tham gia làm du lịch tại làng đá Khuổi Ky", total=19),
    F("từ 80 đến 120 triệu đồng/năm", "80", 80000000, "money", "đồng/năm", "thu của mỗi hộ làm du lịch tại làng đá Khuổi Ky",
      value_max=120000000),
    F("ước đạt 96 triệu đồng/năm", "96", 96000000, "money", "đồng/năm", "thu nhập bình quân của hộ làm homestay",
      status="estimate"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "thu nhập bình quân của hộ làm homestay so với hộ thuần nông"),
    F("còn 9,8%", "9,8", 9.8, "percent", "%", "tỷ lệ hộ nghèo ở các xóm làm du lịch cộng đồng",
      change=CH("decrease", 6.2, "điểm phần trăm", baseline="bình quân chung của huyện")),
    F("hỗ trợ 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "vốn Chương trình 1719 hỗ trợ cải tạo nhà ở, công trình vệ sinh", Y24),
    F("cho 41 hộ", "41", 41, "count", "hộ", "hộ được hỗ trợ cải tạo nhà ở, công trình vệ sinh", Y24),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp tập huấn kỹ năng phục vụ khách", Y24),
    F("cho 162 lượt người", "162", 162, "count", "lượt người", "lượt người được tập huấn kỹ năng phục vụ khách", Y24),
    F("có 80 hộ homestay", "80", 80, "count", "hộ homestay", "hộ homestay đạt chuẩn", T25, status="target"),
    F("đón 1 triệu lượt khách", "1", 1000000, "count", "lượt khách", "lượt khách mỗi năm", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Trùng Khánh (Cao Bằng): community tourism inside Non nước Cao Bằng geopark, as of 8/2024 and 8 months of 2024.",
    "Dateline 'Thứ Năm, 12/09/2024 - 15:20'. Location is the district (Trùng Khánh) throughout; the province is never named as such.",
    "Distractors: 'Chương trình 1719' (programme name), 'cột mốc 836' (border marker), 'Tỉnh lộ 206', phone number, 'tháng 8/2024'.",
    "'tăng 14 hộ so với cuối năm 2023' is the change of the 58 households. 498.600 follows 'trong đó' after 612.400 (total), share 81,4%.",
    "'bằng 79,6% kế hoạch năm' is the percent of 286,7 tỷ. 17/19 hộ: total 19. 'từ 80 đến 120 triệu đồng/năm' is a range.",
    "'Con số này gấp 2,3 lần ...' stands as its own sentence: a multiple figure. 'thấp hơn 6,2 điểm phần trăm so với ...' is the change of 9,8%.",
    "'Phấn đấu đến năm 2025' governs both 80 hộ and 1 triệu lượt khách (status target, period end 2025-12-31).",
]

if __name__ == "__main__":
    emit("p675-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Trùng Khánh")
