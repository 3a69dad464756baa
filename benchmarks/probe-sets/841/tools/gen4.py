"""p841-4: ministry site (Bộ VHTTDL), national: sơ kết Đề án phát triển kinh tế ban đêm."""
from lib import F, P, I, C, T, write

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Du lịch
Sơ kết 5 năm thực hiện Đề án phát triển kinh tế ban đêm
Ngày đăng: 18/03/2025 | Lượt xem: 1.206
Ngày 17/3, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị sơ kết 5 năm thực hiện Đề án phát triển kinh tế ban đêm tại Việt Nam ban hành kèm theo Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ.
Theo báo cáo của Bộ, tính đến hết năm 2024, cả nước có 48/63 tỉnh, thành phố đã ban hành kế hoạch hoặc đề án phát triển kinh tế ban đêm; 56 địa phương có phố đi bộ, chợ đêm đang hoạt động với khoảng 220 tuyến phố, khu chợ. Đề án được thí điểm tại 6 địa phương gồm Hà Nội, TP. Hồ Chí Minh, Đà Nẵng, Quảng Ninh, Khánh Hòa và Kiên Giang.
Năm 2024, chi tiêu của khách quốc tế cho các hoạt động về đêm ước đạt 2,1 tỷ USD, chiếm khoảng 12,5% tổng chi tiêu của khách quốc tế tại Việt Nam. Chi tiêu bình quân của một khách quốc tế vào buổi tối khoảng 38 USD/đêm, thấp hơn nhiều so với các nước trong khu vực.
Một số địa phương có doanh thu kinh tế ban đêm lớn là TP. Hồ Chí Minh (khoảng 14.500 tỷ đồng), Hà Nội (11.200 tỷ đồng), Đà Nẵng (4.300 tỷ đồng) và Khánh Hòa (3.800 tỷ đồng).
Tuy nhiên, chỉ khoảng 35% khu chợ đêm hoạt động hiệu quả; hơn 20 tuyến phố đi bộ đã phải dừng hoặc thu hẹp hoạt động do vắng khách, sản phẩm trùng lặp.
Giai đoạn 2025-2030, Bộ đặt mục tiêu 100% địa phương có tiềm năng du lịch xây dựng ít nhất một sản phẩm kinh tế ban đêm đặc trưng; đến năm 2030, chi tiêu của khách cho hoạt động về đêm chiếm 30% tổng chi tiêu du lịch.
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
REV = "doanh thu kinh tế ban đêm"

FIGS = [
    F("có 48/63 tỉnh", "48", 48, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành kế hoạch hoặc đề án phát triển kinh tế ban đêm", ASOF, total=63),
    F("56 địa phương", "56", 56, "count", "địa phương",
      "địa phương có phố đi bộ, chợ đêm đang hoạt động", ASOF),
    F("khoảng 220 tuyến phố", "220", 220, "count", "tuyến phố, khu chợ",
      "tuyến phố đi bộ, khu chợ đêm đang hoạt động", ASOF, approx="about"),
    F("tại 6 địa phương", "6", 6, "count", "địa phương", "địa phương thí điểm Đề án"),
    F("ước đạt 2,1 tỷ USD", "2,1", 2.1e9, "money", "USD",
      "chi tiêu của khách quốc tế cho các hoạt động về đêm", Y24, percent=12.5, status="estimate"),
    F("khoảng 38 USD/đêm", "38", 38, "money", "USD/đêm",
      "chi tiêu bình quân của một khách quốc tế vào buổi tối", I(Y24), approx="about"),
    F("Hồ Chí Minh (khoảng 14.500 tỷ đồng)", "14.500", 14_500e9, "money", "đồng", REV, I(Y24),
      approx="about", location="TP. Hồ Chí Minh"),
    F("Hà Nội (11.200 tỷ đồng)", "11.200", 11_200e9, "money", "đồng", REV, I(Y24), location="Hà Nội"),
    F("Đà Nẵng (4.300 tỷ đồng)", "4.300", 4_300e9, "money", "đồng", REV, I(Y24), location="Đà Nẵng"),
    F("Khánh Hòa (3.800 tỷ đồng)", "3.800", 3_800e9, "money", "đồng", REV, I(Y24), location="Khánh Hòa"),
    F("khoảng 35% khu chợ đêm", "35", 35, "percent", "%", "khu chợ đêm hoạt động hiệu quả", approx="about"),
    F("hơn 20 tuyến phố đi bộ", "20", 20, "count", "tuyến phố đi bộ",
      "tuyến phố đi bộ phải dừng hoặc thu hẹp hoạt động", approx="over"),
    F("mục tiêu 100% địa phương", "100", 100, "percent", "%",
      "địa phương có tiềm năng du lịch xây dựng sản phẩm kinh tế ban đêm đặc trưng",
      P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31"), status="target"),
    F("ít nhất một sản phẩm", "một", 1, "count", "sản phẩm", "sản phẩm kinh tế ban đêm đặc trưng",
      approx="at_least", status="target", optional=True),
    F("chiếm 30% tổng chi tiêu", "30", 30, "percent", "%",
      "chi tiêu của khách cho hoạt động về đêm trong tổng chi tiêu du lịch",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "Bộ Văn hóa, Thể thao và Du lịch: sơ kết 5 năm Đề án phát triển kinh tế ban đêm (QĐ 1129/QĐ-TTg), national figures. Dateline 'Ngày đăng: 18/03/2025'.",
    "Not figures: 'Sơ kết 5 năm' (names the review), 'Ngày 17/3', 'Quyết định số 1129/QĐ-TTg ngày 27/7/2020', 'Lượt xem: 1.206',",
    "the address '51 Ngô Quyền' and phone '024.3943.8231'. Location Việt Nam; the list of 6 pilot provinces does not localise the count.",
    "The revenue list shares the indicator 'doanh thu kinh tế ban đêm'; provinces go to location; its year is inherited from 'Năm 2024'.",
    "'38 USD/đêm' stands in its own sentence (no ước cue): actual. 'ít nhất một sản phẩm' is the target's criterion (optional).",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2025-03-18", location="Việt Nam")
