"""p861-4: ministry site (Bộ VHTTDL / Cục Thể dục thể thao), national count of sports businesses, end-2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Thể dục thể thao quần chúng
Ngày đăng: 22/03/2024 | 10:05

Cả nước có hơn 12.600 cơ sở kinh doanh hoạt động thể thao được cấp giấy chứng nhận

Theo số liệu tổng hợp của Cục Thể dục thể thao, tính đến ngày 31/12/2023, cả nước có hơn 12.600 cơ sở kinh doanh hoạt động thể thao đã được cấp giấy chứng nhận đủ điều kiện theo Nghị định số 36/2019/NĐ-CP, tăng khoảng 1.150 cơ sở so với cuối năm 2022. Trong đó, thể dục thể hình và thể dục thẩm mỹ có 5.380 cơ sở, chiếm 42,7%; bơi, lặn có 2.240 cơ sở; quần vợt, cầu lông và bóng đá mini có khoảng 3.100 cơ sở.

Các địa phương có nhiều cơ sở được cấp giấy chứng nhận nhất lần lượt là TP Hồ Chí Minh (2.870 cơ sở), Hà Nội (2.415 cơ sở), Đà Nẵng (612 cơ sở) và Bình Dương (508 cơ sở). Riêng TP Hồ Chí Minh chiếm 22,8% tổng số cơ sở của cả nước.

Ngành thể dục thể thao đặt mục tiêu đến năm 2030, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 45%, số gia đình thể thao đạt 30%, theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 ban hành kèm theo Quyết định số 1189/QĐ-TTg. Năm 2023, tỷ lệ dân số tập luyện thường xuyên ước đạt 37,5%, tăng 1,2 điểm phần trăm so với năm 2022.

Để bảo đảm an toàn cho người tập, năm 2023 các địa phương đã kiểm tra 3.460 lượt cơ sở, xử phạt 412 cơ sở vi phạm với tổng số tiền hơn 2,3 tỷ đồng. Dự kiến trong năm 2024, Bộ sẽ ban hành quy chuẩn kỹ thuật về trang thiết bị phòng tập thể hình và tập huấn cho khoảng 1.000 cán bộ quản lý thể thao của 63 tỉnh, thành phố.

Cục Thể dục thể thao - Số 36 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.3845.6321
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở kinh doanh hoạt động thể thao được cấp giấy chứng nhận"

FIGS = [
    F("có hơn 12.600 cơ sở kinh doanh hoạt động thể thao được", "12.600", 12600, "count", "cơ sở", SUBJ,
      I(ASOF), approx="over"),
    F("cả nước có hơn 12.600 cơ sở kinh doanh hoạt động thể thao đã", "12.600", 12600, "count", "cơ sở", SUBJ,
      ASOF, approx="over", change=C("increase", 1150, "cơ sở", "cuối năm 2022", approx="about")),
    F("có 5.380 cơ sở", "5.380", 5380, "count", "cơ sở", "cơ sở thể dục thể hình và thể dục thẩm mỹ",
      I(ASOF), total=12600, percent=42.7),
    F("có 2.240 cơ sở", "2.240", 2240, "count", "cơ sở", "cơ sở bơi, lặn", I(ASOF), total=12600),
    F("khoảng 3.100 cơ sở", "3.100", 3100, "count", "cơ sở", "cơ sở quần vợt, cầu lông và bóng đá mini",
      I(ASOF), total=12600, approx="about"),
    F("TP Hồ Chí Minh (2.870 cơ sở)", "2.870", 2870, "count", "cơ sở", SUBJ, I(ASOF), location="TP Hồ Chí Minh"),
    F("Hà Nội (2.415 cơ sở)", "2.415", 2415, "count", "cơ sở", SUBJ, I(ASOF), location="Hà Nội"),
    F("Đà Nẵng (612 cơ sở)", "612", 612, "count", "cơ sở", SUBJ, I(ASOF), location="Đà Nẵng"),
    F("Bình Dương (508 cơ sở)", "508", 508, "count", "cơ sở", SUBJ, I(ASOF), location="Bình Dương"),
    F("chiếm 22,8%", "22,8", 22.8, "percent", "%", "tỷ lệ cơ sở của TP Hồ Chí Minh trong tổng số cơ sở của cả nước",
      I(ASOF), location="TP Hồ Chí Minh"),
    F("thường xuyên đạt 45%", "45", 45, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên",
      T30, status="target"),
    F("thể thao đạt 30%", "30", 30, "percent", "%", "số gia đình thể thao", T30, status="target"),
    F("ước đạt 37,5%", "37,5", 37.5, "percent", "%", "tỷ lệ dân số tập luyện thường xuyên", Y23,
      status="estimate", change=C("increase", 1.2, "điểm phần trăm", "năm 2022")),
    F("kiểm tra 3.460 lượt cơ sở", "3.460", 3460, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Y23b),
    F("xử phạt 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", Y23b),
    F("hơn 2,3 tỷ đồng", "2,3", 2_300_000_000, "money", "đồng", "tiền xử phạt vi phạm", Y23b, approx="over"),
    F("khoảng 1.000 cán bộ", "1.000", 1000, "count", "cán bộ", "cán bộ quản lý thể thao được tập huấn",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có cán bộ được tập huấn",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), status="forecast", optional=True),
]

NOTES = [
    "Bộ VHTTDL site: national count of licensed sports businesses at 31/12/2023 by type and top provinces; exercise-rate targets to 2030.",
    "Location Việt Nam; list items take their province. The headline restates the body's 12.600 (inherited as-of period).",
    "'Trong đó' parts → total 12.600; 'chiếm 42,7%' is the share of 5.380. 'Riêng TP Hồ Chí Minh chiếm 22,8%' is a percent figure",
    "of its own (no count before it in its sentence), location TP Hồ Chí Minh. 'tăng 1,2 điểm phần trăm' is the change of 37,5%.",
    "'63 tỉnh, thành phố' (all provinces, as the audience of a forecast training) optional.",
    "Distractors: Nghị định số 36/2019/NĐ-CP, Quyết định số 1189/QĐ-TTg, 'đến năm 2045' in the strategy's name, address, phone, 10:05.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-03-22", location="Việt Nam")
