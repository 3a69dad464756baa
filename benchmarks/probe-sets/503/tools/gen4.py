"""p503-4: ministry site (Bộ TT&TT), community digital teams nationwide, provinces, skills platform, 2025 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức / Chuyển đổi số

Cả nước có hơn 82 nghìn tổ công nghệ số cộng đồng

05/09/2024 | 14:30

(MIC) - Theo báo cáo của Cục Chuyển đổi số quốc gia, tính đến ngày 31/8/2024, cả nước đã thành lập 82.712 tổ công nghệ số cộng đồng với 394.560 thành viên, tăng 12.418 tổ so với cuối năm 2023. Có 63/63 tỉnh, thành phố đã kiện toàn tổ công nghệ số cộng đồng đến cấp thôn, tổ dân phố; bình quân cả nước có 4,1 thành viên/1.000 dân.

Một số địa phương có số tổ lớn là Thanh Hóa (5.421 tổ), Nghệ An (4.986 tổ) và Hà Nội (4.570 tổ). Có 12 tỉnh đạt mật độ trên 6 thành viên/1.000 dân, gồm Lào Cai, Hà Giang, Yên Bái, Điện Biên...

Nền tảng học trực tuyến mở đại trà OneTouch đã có khoảng 1,2 triệu lượt người học các khóa kỹ năng số, trong đó 68% là người dân ở khu vực nông thôn.

Trong 8 tháng năm 2024, các tổ đã hỗ trợ người dân nộp gần 5,6 triệu hồ sơ trực tuyến, chiếm 21,3% tổng số hồ sơ trực tuyến cấp xã cả nước. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 82,5%; tỷ lệ người trưởng thành có điện thoại thông minh đạt 84%, đứng thứ 3 khu vực ASEAN.

Theo Quyết định số 1907/QĐ-BTTTT, mục tiêu đến năm 2025, 80% người dân trưởng thành có kỹ năng số cơ bản và 100% tổ công nghệ số cộng đồng hoạt động thường xuyên.

Cục Chuyển đổi số quốc gia, 115 Trần Duy Hưng, Hà Nội. Đường dây nóng: 1800 1567.
"""

ASOF = P("tính đến ngày 31/8/2024", end="2024-08-31")
M8 = P("Trong 8 tháng năm 2024", "2024-01-01", "2024-08-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 82 nghìn tổ", "82", 82000, "count", "tổ", "tổ công nghệ số cộng đồng", approx="over"),
    F("thành lập 82.712 tổ", "82.712", 82712, "count", "tổ", "tổ công nghệ số cộng đồng đã thành lập", ASOF,
      change=CH("increase", 12418, "tổ", "cuối năm 2023")),
    F("với 394.560 thành viên", "394.560", 394560, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", ASOF),
    F("Có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã kiện toàn tổ công nghệ số cộng đồng đến cấp thôn, tổ dân phố", total=63),
    F("có 4,1 thành viên", "4,1", 4.1, "measure", "thành viên/1.000 dân", "thành viên tổ công nghệ số cộng đồng bình quân"),
    F("Thanh Hóa (5.421 tổ)", "5.421", 5421, "count", "tổ", "tổ công nghệ số cộng đồng", location="Thanh Hóa"),
    F("Nghệ An (4.986 tổ)", "4.986", 4986, "count", "tổ", "tổ công nghệ số cộng đồng", location="Nghệ An"),
    F("Hà Nội (4.570 tổ)", "4.570", 4570, "count", "tổ", "tổ công nghệ số cộng đồng", location="Hà Nội"),
    F("Có 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh đạt mật độ trên 6 thành viên/1.000 dân"),
    F("trên 6 thành viên", "6", 6, "measure", "thành viên/1.000 dân", "mật độ thành viên tổ công nghệ số cộng đồng",
      approx="over", optional=True),
    F("khoảng 1,2 triệu lượt", "1,2", 1200000, "count", "lượt người học",
      "lượt người học các khóa kỹ năng số trên nền tảng OneTouch", approx="about"),
    F("trong đó 68%", "68", 68, "percent", "%", "người học là người dân ở khu vực nông thôn"),
    F("gần 5,6 triệu hồ sơ", "5,6", 5600000, "count", "hồ sơ", "hồ sơ trực tuyến các tổ hỗ trợ người dân nộp", M8,
      approx="nearly", percent=21.3),
    F("đạt 82,5%", "82,5", 82.5, "percent", "%", "tỷ lệ hộ gia đình có kết nối Internet cáp quang"),
    F("đạt 84%", "84", 84, "percent", "%", "tỷ lệ người trưởng thành có điện thoại thông minh"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ người trưởng thành có điện thoại thông minh khu vực ASEAN"),
    F("2025, 80% người", "80", 80, "percent", "%", "người dân trưởng thành có kỹ năng số cơ bản", T25, status="target"),
    F("100% tổ", "100", 100, "percent", "%", "tổ công nghệ số cộng đồng hoạt động thường xuyên", T25, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ TT&TT, invented): tổ công nghệ số cộng đồng nationwide as of 31/8/2024, provinces, skills platform, targets.",
    "National figures: location Việt Nam; 'Có 12 tỉnh ..., gồm Lào Cai, ...' stays national (count of provinces, list after it).",
    "'trên 6 thành viên/1.000 dân' is the threshold that defines the 12 provinces: optional. '/1.000 dân' is a rate denominator.",
    "'trong đó 68%' is a percent of its own (a percent has no whole in lượt). '82,5%' and '84%' sentences have no period phrase.",
    "Distractors: 05/09/2024 | 14:30, (MIC), Quyết định số 1907/QĐ-BTTTT, 115 Trần Duy Hưng, 1800 1567, 'OneTouch'.",
]

if __name__ == "__main__":
    emit("p503-4", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
