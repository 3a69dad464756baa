"""p663-4: Bộ LĐTB&XH ministry site — national người khuyết tật figures, allowances, provinces, targets to 2030."""
from lib import F, P, I, CH, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức / Bảo trợ xã hội

Hơn 1,1 triệu người khuyết tật được hưởng trợ cấp xã hội hằng tháng

17/04/2024 10:25

Nhân Ngày Người khuyết tật Việt Nam (18/4), Cục Bảo trợ xã hội cho biết, cả nước hiện có khoảng 7 triệu người khuyết tật từ 2 tuổi trở lên, chiếm 7,06% dân số; trong đó khoảng 58% là nữ và gần 29% là người cao tuổi.

Tính đến hết quý I/2024, cả nước có 1.106.458 người khuyết tật nặng và đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng, tăng 2,3% so với cùng kỳ năm 2023; trên 33.000 người khuyết tật được nuôi dưỡng tại các cơ sở trợ giúp xã hội. Năm 2023, tổng kinh phí chi trả trợ cấp cho người khuyết tật là 17.650 tỷ đồng.

Các địa phương có số người khuyết tật hưởng trợ cấp lớn là Thanh Hóa (61.240 người), Nghệ An (55.917 người), Hà Nội (52.308 người) và TP Hồ Chí Minh (38.775 người).

Giai đoạn 2021-2023, các địa phương đã hỗ trợ học nghề cho hơn 27.500 người khuyết tật, tạo việc làm cho gần 20.000 người; khoảng 120.000 dụng cụ trợ giúp, chỉnh hình được cấp miễn phí. Tỷ lệ trẻ em khuyết tật đi học ở cấp tiểu học và trung học cơ sở lần lượt là 88,7% và 67,4%.

Theo Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030 ban hành kèm Quyết định số 753/QĐ-TTg, phấn đấu đến năm 2030 có 80% người khuyết tật được tiếp cận dịch vụ y tế và 50% trụ sở cơ quan nhà nước đạt quy chuẩn về tiếp cận.

Cục Bảo trợ xã hội - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

ASOF = P("Tính đến hết quý I/2024", None, "2024-03-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 1,1 triệu", "1,1", 1.1e6, "count", "người khuyết tật",
      "người khuyết tật được hưởng trợ cấp xã hội hằng tháng", approx="over"),
    F("khoảng 7 triệu", "7", 7e6, "count", "người khuyết tật",
      "người khuyết tật từ 2 tuổi trở lên", approx="about", percent=7.06),
    F("từ 2 tuổi trở lên", "2", 2, "measure", "tuổi", approx="at_least", optional=True),
    F("khoảng 58% là nữ", "58", 58, "percent", "%", "người khuyết tật là nữ", approx="about"),
    F("gần 29% là người", "29", 29, "percent", "%", "người khuyết tật là người cao tuổi", approx="nearly"),
    F("có 1.106.458 người", "1.106.458", 1106458, "count", "người khuyết tật",
      "người khuyết tật nặng và đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng", ASOF,
      change=CH("increase", 2.3, "%", "cùng kỳ năm 2023")),
    F("trên 33.000 người", "33.000", 33000, "count", "người khuyết tật",
      "người khuyết tật được nuôi dưỡng tại các cơ sở trợ giúp xã hội", ASOF, approx="over"),
    F("là 17.650 tỷ đồng", "17.650", 17650e9, "money", "đồng",
      "tổng kinh phí chi trả trợ cấp cho người khuyết tật",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("Thanh Hóa (61.240 người)", "61.240", 61240, "count", "người",
      "người khuyết tật hưởng trợ cấp", location="Thanh Hóa"),
    F("Nghệ An (55.917 người)", "55.917", 55917, "count", "người",
      "người khuyết tật hưởng trợ cấp", location="Nghệ An"),
    F("Hà Nội (52.308 người)", "52.308", 52308, "count", "người",
      "người khuyết tật hưởng trợ cấp", location="Hà Nội"),
    F("TP Hồ Chí Minh (38.775 người)", "38.775", 38775, "count", "người",
      "người khuyết tật hưởng trợ cấp", location="TP Hồ Chí Minh"),
    F("hơn 27.500 người", "27.500", 27500, "count", "người khuyết tật",
      "người khuyết tật được hỗ trợ học nghề", G, approx="over"),
    F("gần 20.000 người", "20.000", 20000, "count", "người",
      "người khuyết tật được tạo việc làm", G, approx="nearly"),
    F("khoảng 120.000 dụng cụ", "120.000", 120000, "count", "dụng cụ trợ giúp, chỉnh hình",
      "dụng cụ trợ giúp, chỉnh hình được cấp miễn phí", G, approx="about"),
    F("là 88,7%", "88,7", 88.7, "percent", "%",
      "tỷ lệ trẻ em khuyết tật đi học ở cấp tiểu học"),
    F("và 67,4%", "67,4", 67.4, "percent", "%",
      "tỷ lệ trẻ em khuyết tật đi học ở cấp trung học cơ sở"),
    F("có 80% người", "80", 80, "percent", "%",
      "người khuyết tật được tiếp cận dịch vụ y tế", T30, status="target"),
    F("và 50% trụ sở", "50", 50, "percent", "%",
      "trụ sở cơ quan nhà nước đạt quy chuẩn về tiếp cận", T30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐTB&XH): national người khuyết tật figures, allowances, top provinces, 2021-2023 results, 2030 targets.",
    "Dateline '17/04/2024 10:25' on its own line. Not figures: '(18/4)' (day's name), 'Quyết định số 753/QĐ-TTg',",
    "'giai đoạn 2021-2030' (programme name), 'Số 12 Ngô Quyền'. 'từ 2 tuổi trở lên' is a threshold: optional (cf. h24 'dưới 1 tuổi').",
    "'trong đó khoảng 58% là nữ ...': percent figures of their own (a percent has no total). Province list items: location =",
    "province, subject = the list's indicator, no period (none stated). The as-of date governs the clause after ';' too.",
]

if __name__ == "__main__":
    emit("p663-4", TEXT, COMMENTS, FIGS, published="2024-04-17", location="Việt Nam")
