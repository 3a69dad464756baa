from lib import F, P, I, CH, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tài chính > Ngân sách nhà nước
Ngày đăng: 16/12/2024 | Lượt xem: 3.562

Thu ngân sách nhà nước 11 tháng đạt 1,83 triệu tỷ đồng

Theo Bộ Tài chính, lũy kế thu ngân sách nhà nước 11 tháng năm 2024 ước đạt 1.830,6 nghìn tỷ đồng, bằng 107,8% dự toán, tăng 16,1% so với cùng kỳ năm 2023. Trong đó, thu nội địa 1.544,3 nghìn tỷ đồng; thu từ dầu thô 51,2 nghìn tỷ đồng; thu cân đối từ hoạt động xuất nhập khẩu 232,9 nghìn tỷ đồng.

Thu tiền sử dụng đất 11 tháng ước đạt 178,5 nghìn tỷ đồng, bằng 93% dự toán. Các địa phương có số thu tiền sử dụng đất lớn nhất lần lượt là Hà Nội 46.820 tỷ đồng, TP. Hồ Chí Minh 21.350 tỷ đồng, Bắc Ninh 9.140 tỷ đồng và Thanh Hóa 7.260 tỷ đồng. Cả nước có 38/63 địa phương thu tiền sử dụng đất đạt từ 80 đến 100% dự toán, 12 địa phương vượt dự toán.

Tổng chi ngân sách nhà nước 11 tháng ước đạt 1.637,2 nghìn tỷ đồng, bằng 77,1% dự toán; trong đó chi đầu tư phát triển 429,6 nghìn tỷ đồng, bằng 63,5% kế hoạch Thủ tướng giao; chi trả nợ lãi 96,3 nghìn tỷ đồng. Ngân sách nhà nước 11 tháng ước bội thu khoảng 193,4 nghìn tỷ đồng.

Về thu nội địa, TP. Hồ Chí Minh tiếp tục dẫn đầu, Hà Nội xếp thứ 2, Bình Dương đứng thứ 5. Có 16 địa phương tự cân đối ngân sách và có điều tiết về ngân sách trung ương.

Địa chỉ: Số 28 Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2828
"""

M11 = ("2024-01-01", "2024-11-30")
M11P = P("11 tháng năm 2024", *M11)
T = 1830.6e12
TC = 1637.2e12

FIGS = [
    F("1,83 triệu tỷ", "1,83", 1.83e15, "money", "đồng", "thu ngân sách nhà nước", P("11 tháng", *M11)),
    F("ước đạt 1.830,6", "1.830,6", T, "money", "đồng", "lũy kế thu ngân sách nhà nước", M11P, percent=107.8,
      change=CH("increase", 16.1, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("nội địa 1.544,3", "1.544,3", 1544.3e12, "money", "đồng", "thu nội địa", I(M11P), total=T, status="estimate"),
    F("dầu thô 51,2", "51,2", 51.2e12, "money", "đồng", "thu từ dầu thô", I(M11P), total=T, status="estimate"),
    F("khẩu 232,9", "232,9", 232.9e12, "money", "đồng", "thu cân đối từ hoạt động xuất nhập khẩu", I(M11P), total=T,
      status="estimate"),
    F("ước đạt 178,5", "178,5", 178.5e12, "money", "đồng", "thu tiền sử dụng đất", P("11 tháng", *M11), percent=93,
      status="estimate"),
    F("Hà Nội 46.820", "46.820", 46820e9, "money", "đồng", "số thu tiền sử dụng đất", I(M11P), location="Hà Nội"),
    F("Minh 21.350", "21.350", 21350e9, "money", "đồng", "số thu tiền sử dụng đất", I(M11P), location="TP. Hồ Chí Minh"),
    F("Bắc Ninh 9.140", "9.140", 9140e9, "money", "đồng", "số thu tiền sử dụng đất", I(M11P), location="Bắc Ninh"),
    F("Thanh Hóa 7.260", "7.260", 7260e9, "money", "đồng", "số thu tiền sử dụng đất", I(M11P), location="Thanh Hóa"),
    F("38/63", "38", 38, "count", "địa phương", "địa phương thu tiền sử dụng đất đạt từ 80 đến 100% dự toán", I(M11P), total=63),
    F("từ 80 đến 100%", "80", 80, "percent", "%", "thu tiền sử dụng đất so với dự toán", value_max=100, optional=True),
    F("12 địa phương", "12", 12, "count", "địa phương", "địa phương vượt dự toán thu tiền sử dụng đất", I(M11P)),
    F("ước đạt 1.637,2", "1.637,2", TC, "money", "đồng", "tổng chi ngân sách nhà nước", P("11 tháng", *M11), percent=77.1,
      status="estimate"),
    F("phát triển 429,6", "429,6", 429.6e12, "money", "đồng", "chi đầu tư phát triển", P("11 tháng", *M11), total=TC,
      percent=63.5, status="estimate"),
    F("lãi 96,3", "96,3", 96.3e12, "money", "đồng", "chi trả nợ lãi", P("11 tháng", *M11), total=TC, status="estimate"),
    F("khoảng 193,4", "193,4", 193.4e12, "money", "đồng", "ngân sách nhà nước bội thu", P("11 tháng", *M11), approx="about",
      status="estimate"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "thu nội địa", I(M11P), location="Hà Nội"),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "thu nội địa", I(M11P), location="Bình Dương"),
    F("Có 16 địa phương", "16", 16, "count", "địa phương", "địa phương tự cân đối ngân sách và có điều tiết về ngân sách trung ương"),
]

COMMENTS = [
    "Bộ Tài chính portal (ministry site): thu, chi NSNN 11 tháng năm 2024, tiền sử dụng đất by province. 'Ngày đăng: 16/12/2024 | Lượt xem: 3.562'.",
    "'1,83 triệu tỷ' = 1,83·10^15; '1.830,6 nghìn tỷ' = 1.830,6·10^12. National figures: location Việt Nam; list items carry their province.",
    "The 'Trong đó' sentence has no verb of its own, so the 'ước' of the whole carries into it (as shared h11). 'từ 80 đến 100% dự toán' names",
    "the band of the 38 provinces (optional). '12 địa phương' has no part-of cue: no total. 'TP. Hồ Chí Minh tiếp tục dẫn đầu' has no number.",
    "Distractors: Lượt xem 3.562, 'Số 28 Trần Hưng Đạo', phone 024.2220.2828, dates.",
]

if __name__ == "__main__":
    emit("p527-4", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Việt Nam")
