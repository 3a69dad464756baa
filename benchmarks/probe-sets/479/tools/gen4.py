"""p479-4: ministry site (Bộ NN&PTNT, Cục QLĐĐ&PCTT): national disaster prevention fund 2023, provinces, regions, shelters, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Quản lý đê điều và Phòng, chống thiên tai
Trang chủ > Tin hoạt động
Thứ năm, 14/03/2024 | 10:25

Quỹ phòng, chống thiên tai năm 2023: cả nước thu khoảng 1.862 tỷ đồng

Ngày 13/3/2024, tại Hà Nội, Cục Quản lý đê điều và Phòng, chống thiên tai tổ chức hội nghị tổng kết công tác quản lý Quỹ phòng, chống thiên tai năm 2023.

Theo báo cáo, đến nay 63/63 tỉnh, thành phố đã thành lập và vận hành Quỹ. Năm 2023, tổng số thu của Quỹ cấp tỉnh đạt 1.862,4 tỷ đồng, tăng 4,8% so với năm 2022; lũy kế từ năm 2014 đến nay đạt hơn 15.400 tỷ đồng. Các địa phương có số thu lớn là TP. Hồ Chí Minh (245 tỷ đồng), Hà Nội (198 tỷ đồng), Bình Dương (112 tỷ đồng) và Đồng Nai (96 tỷ đồng). Tỷ lệ thu so với kế hoạch của các vùng Đồng bằng sông Hồng, Bắc Trung Bộ và Đồng bằng sông Cửu Long lần lượt là 95,2%, 88,7% và 71,4%.

Tổng chi năm 2023 là 1.247,6 tỷ đồng, bằng 67% số thu. Trong đó, chi cứu trợ, khắc phục hậu quả thiên tai chiếm 58,3%; chi hỗ trợ ứng phó, sơ tán dân chiếm 21,5%; còn lại là chi phòng ngừa và các nhiệm vụ khác. Số thu bình quân đạt khoảng 18,9 nghìn đồng/người dân.

Về công trình tránh trú, cả nước hiện có 1.520 nhà tránh trú bão, lũ cộng đồng, trong đó khu vực miền Trung chiếm gần 70%. Phấn đấu đến năm 2025, xây dựng thêm 350 nhà tránh trú cộng đồng và 100% xã ven biển có ít nhất 1 điểm sơ tán an toàn.

Phó Cục trưởng Nguyễn Văn Tuấn đề nghị các địa phương thực hiện nghiêm Nghị định số 78/2021/NĐ-CP và Chỉ thị số 42-CT/TW, công khai số thu, chi của Quỹ trên cổng thông tin điện tử.

Số lượt xem: 862
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CHI = 1247.6e9
FIGS = [
    F("cả nước thu khoảng 1.862 tỷ đồng", "1.862", 1862e9, "money", "đồng", "số thu Quỹ phòng, chống thiên tai",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã thành lập và vận hành Quỹ",
      P("đến nay", None, "2024-03-14"), total=63),
    F("đạt 1.862,4 tỷ đồng", "1.862,4", 1862.4e9, "money", "đồng", "tổng số thu của Quỹ cấp tỉnh", Y23,
      change=CH("increase", 4.8, baseline="năm 2022")),
    F("hơn 15.400 tỷ đồng", "15.400", 15400e9, "money", "đồng", "lũy kế số thu của Quỹ",
      P("từ năm 2014 đến nay", "2014-01-01", "2024-03-14"), approx="over"),
    F("Hồ Chí Minh (245 tỷ đồng)", "245", 245e9, "money", "đồng", "số thu", I(Y23), location="Thành phố Hồ Chí Minh"),
    F("Hà Nội (198 tỷ đồng)", "198", 198e9, "money", "đồng", "số thu", I(Y23), location="Hà Nội"),
    F("Bình Dương (112 tỷ đồng)", "112", 112e9, "money", "đồng", "số thu", I(Y23), location="Bình Dương"),
    F("Đồng Nai (96 tỷ đồng)", "96", 96e9, "money", "đồng", "số thu", I(Y23), location="Đồng Nai"),
    F("lần lượt là 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ thu so với kế hoạch của vùng Đồng bằng sông Hồng", I(Y23)),
    F("95,2%, 88,7%", "88,7", 88.7, "percent", "%", "tỷ lệ thu so với kế hoạch của vùng Bắc Trung Bộ", I(Y23)),
    F("và 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ thu so với kế hoạch của vùng Đồng bằng sông Cửu Long", I(Y23)),
    F("là 1.247,6 tỷ đồng", "1.247,6", CHI, "money", "đồng", "tổng chi", C23, percent=67),
    F("chiếm 58,3%", "58,3", 58.3, "percent", "%", "tỷ trọng chi cứu trợ, khắc phục hậu quả thiên tai", I(C23)),
    F("chiếm 21,5%", "21,5", 21.5, "percent", "%", "tỷ trọng chi hỗ trợ ứng phó, sơ tán dân", I(C23)),
    F("khoảng 18,9 nghìn đồng/người dân", "18,9", 18900, "money", "đồng/người dân", "số thu bình quân", I(C23),
      approx="about"),
    F("có 1.520 nhà", "1.520", 1520, "count", "nhà", "nhà tránh trú bão, lũ cộng đồng"),
    F("chiếm gần 70%", "70", 70, "percent", "%", "tỷ trọng nhà tránh trú ở khu vực miền Trung", approx="nearly"),
    F("thêm 350 nhà", "350", 350, "count", "nhà", "nhà tránh trú cộng đồng xây dựng thêm", T25, status="target"),
    F("100% xã ven biển", "100", 100, "percent", "%", "xã ven biển có điểm sơ tán an toàn", T25, status="target"),
    F("ít nhất 1 điểm", "1", 1, "count", "điểm", "điểm sơ tán an toàn", T25, approx="at_least", status="target",
      optional=True),
]

COMMENTS = [
    "Cục Quản lý đê điều và PCTT (Bộ NN&PTNT) site (invented): national disaster prevention fund 2023, shelters, 2025 targets.",
    "National figures → Việt Nam; province list items → the province. Regions (Đồng bằng sông Hồng, Bắc Trung Bộ, Đồng bằng sông",
    "Cửu Long, miền Trung) are not a province, city or district: they stay in the subject, location Việt Nam (choice).",
    "'bằng 67% số thu' is the percent of 1.247,6 tỷ; the 'chiếm X%' shares after 'Trong đó' have no base amount: percent figures.",
    "'đến nay' ends at the dateline 14/03/2024. 'ít nhất 1 điểm' (threshold in a target) optional, as shared 001 'tối thiểu 1 nền tảng'.",
    "Not figures: Nghị định số 78/2021/NĐ-CP, Chỉ thị số 42-CT/TW, Ngày 13/3/2024, Số lượt xem: 862, '10:25'.",
]

if __name__ == "__main__":
    emit("p479-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
