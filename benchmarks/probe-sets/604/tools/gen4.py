"""p604-4: ministry site (Bộ Công Thương) — market surveillance of petrol and LPG, petrol quality samples, cylinders."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Quản lý thị trường
Thứ Ba, 22/10/2024 | 10:05

QLTT phát hiện 1.246 vụ vi phạm trong kinh doanh xăng dầu, LPG 9 tháng năm 2024

Theo Tổng cục Quản lý thị trường (Bộ Công Thương), 9 tháng năm 2024, lực lượng QLTT cả nước đã kiểm tra 3.718 vụ việc trong lĩnh vực kinh doanh xăng dầu và khí dầu mỏ hóa lỏng (LPG), phát hiện 1.246 vụ vi phạm, tăng 8,4% so với cùng kỳ năm 2023. Tổng số tiền xử lý hơn 21,7 tỷ đồng, trong đó phạt vi phạm hành chính 18,9 tỷ đồng, trị giá hàng tịch thu khoảng 2,8 tỷ đồng.

Về chất lượng, lực lượng chức năng đã lấy 512 mẫu xăng dầu để kiểm nghiệm, phát hiện 41 mẫu không đạt quy chuẩn QCVN 1:2022/BKHCN, chiếm 8%, chủ yếu do trị số octan thấp hơn mức công bố từ 1,5 đến 3 đơn vị. Các địa phương phát hiện nhiều mẫu không đạt là Đồng Nai (7 mẫu), Long An (6 mẫu), Hà Nội (5 mẫu) và Thanh Hóa (4 mẫu).

Đối với LPG, lực lượng QLTT đã tạm giữ 14.350 vỏ bình gas các loại, trong đó gần 9.200 vỏ bình mang nhãn hiệu của doanh nghiệp khác, chiếm khoảng 64%; phát hiện 3 trạm chiết nạp LPG trái phép.

Lãnh đạo Tổng cục cho biết, quý IV/2024 sẽ tập trung kiểm tra việc chấp hành Thông tư số 17/2021/TT-BCT; phấn đấu cả năm xử lý trên 1.600 vụ vi phạm, thu nộp ngân sách khoảng 28 tỷ đồng.

Người dân phản ánh vi phạm qua đường dây nóng 0243.9999.666 hoặc ứng dụng "Chợ sạch".
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("QLTT phát hiện 1.246", "1.246", 1246, "count", "vụ vi phạm",
      "vụ vi phạm trong kinh doanh xăng dầu, LPG", M9),
    F("kiểm tra 3.718 vụ việc", "3.718", 3718, "count", "vụ việc",
      "vụ việc kiểm tra trong lĩnh vực kinh doanh xăng dầu và LPG", M9),
    F("1.246 vụ vi phạm, tăng", "1.246", 1246, "count", "vụ vi phạm",
      "vụ vi phạm phát hiện", M9, change=CH("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("hơn 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "tổng số tiền xử lý", INH(M9), approx="over"),
    F("hành chính 18,9 tỷ đồng", "18,9", 18.9e9, "money", "đồng", "phạt vi phạm hành chính", INH(M9),
      total=21.7e9),
    F("khoảng 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "trị giá hàng tịch thu", INH(M9),
      approx="about", total=21.7e9),
    F("lấy 512 mẫu", "512", 512, "count", "mẫu", "mẫu xăng dầu lấy để kiểm nghiệm", INH(M9)),
    F("phát hiện 41 mẫu", "41", 41, "count", "mẫu", "mẫu xăng dầu không đạt quy chuẩn", INH(M9), percent=8),
    F("từ 1,5 đến 3 đơn vị", "1,5", 1.5, "measure", "đơn vị",
      "trị số octan thấp hơn mức công bố", value_max=3),
    F("Đồng Nai (7 mẫu)", "7", 7, "count", "mẫu", "mẫu xăng dầu không đạt", INH(M9), location="Đồng Nai"),
    F("Long An (6 mẫu)", "6", 6, "count", "mẫu", "mẫu xăng dầu không đạt", INH(M9), location="Long An"),
    F("Hà Nội (5 mẫu)", "5", 5, "count", "mẫu", "mẫu xăng dầu không đạt", INH(M9), location="Hà Nội"),
    F("Thanh Hóa (4 mẫu)", "4", 4, "count", "mẫu", "mẫu xăng dầu không đạt", INH(M9), location="Thanh Hóa"),
    F("tạm giữ 14.350 vỏ bình", "14.350", 14350, "count", "vỏ bình gas", "vỏ bình gas bị tạm giữ", INH(M9)),
    F("gần 9.200 vỏ bình", "9.200", 9200, "count", "vỏ bình",
      "vỏ bình mang nhãn hiệu của doanh nghiệp khác", INH(M9), approx="nearly", total=14350, percent=64),
    F("phát hiện 3 trạm", "3", 3, "count", "trạm chiết nạp", "trạm chiết nạp LPG trái phép", INH(M9)),
    F("trên 1.600 vụ", "1.600", 1600, "count", "vụ vi phạm", "vụ vi phạm xử lý", YEAR,
      approx="over", status="target"),
    F("khoảng 28 tỷ đồng", "28", 28e9, "money", "đồng", "thu nộp ngân sách", YEAR,
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Công Thương (ministry site), 'Thứ Ba, 22/10/2024 | 10:05': QLTT kiểm tra kinh doanh xăng dầu, LPG 9 tháng 2024.",
    "QCVN 1:2022/BKHCN, Thông tư số 17/2021/TT-BCT, the hotline 0243.9999.666 and 'quý IV/2024' (as a time only) are not figures.",
    "The headline 1.246 and the body 1.246 are both figures (the body one carries the change). '41 mẫu, chiếm 8%' → percent 8;",
    "41 has no total (no part-of cue after 512). 18,9 + 2,8 = 21,7 tỷ after 'trong đó': total. 9.200 'trong đó' of 14.350 vỏ bình.",
    "'thấp hơn mức công bố từ 1,5 đến 3 đơn vị' has no base figure: a measure figure (range) of its own.",
    "'phấn đấu cả năm …' targets: year 2024 from the article. National figures: Việt Nam; provinces in the list go to location.",
]

if __name__ == "__main__":
    emit("p604-4", TEXT, COMMENTS, FIGS, published="2024-10-22", location="Việt Nam")
