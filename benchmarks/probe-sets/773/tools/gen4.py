"""p773-4: Bộ LĐ-TB&XH ministry site, national assistive devices and rehabilitation, 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội

Bảo đảm quyền tiếp cận dụng cụ trợ giúp cho người khuyết tật

Ngày đăng: 04/12/2024 | Lượt xem: 3.062

Ngày 3/12, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội tổ chức Hội nghị sơ kết lần thứ 3 Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030 (Quyết định số 753/QĐ-TTg).

Theo báo cáo, cả nước hiện có khoảng 7 triệu người khuyết tật, chiếm 7,06% dân số từ 2 tuổi trở lên; trong đó 28,9% là người khuyết tật nặng và đặc biệt nặng. Năm 2024, có 1.132.000 người khuyết tật được hưởng trợ cấp xã hội hằng tháng, tăng 3,4% so với năm 2023; mức chuẩn trợ giúp xã hội là 500.000 đồng/tháng.

Đến nay, 63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện Chương trình. Hệ thống có 62 cơ sở chỉnh hình, phục hồi chức năng, trong đó 4 trung tâm trực thuộc Bộ tại Hà Nội, Thừa Thiên Huế, Đà Nẵng và TP. Hồ Chí Minh. Năm 2024, các trung tâm này sản xuất, lắp đặt 12.640 dụng cụ chỉnh hình, tăng 8,3% so với năm 2023, đạt 105,3% kế hoạch.

Tuy nhiên, số kỹ thuật viên phục hồi chức năng mới đạt 0,45 người/vạn dân, thấp hơn nhiều so với mức khuyến nghị 1 người/vạn dân của Tổ chức Y tế Thế giới; khoảng 60% người khuyết tật có nhu cầu vẫn chưa được cấp dụng cụ trợ giúp phù hợp.

Chương trình đặt mục tiêu đến năm 2025 có 80% người khuyết tật có nhu cầu được cung cấp dụng cụ trợ giúp, đến năm 2030 đạt 90%; mỗi năm đào tạo mới từ 300 đến 350 kỹ thuật viên.

Cổng thông tin điện tử Bộ LĐ-TB&XH - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9534.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 7 triệu người", "7", 7000000, "count", "người khuyết tật", "người khuyết tật",
      approx="about", percent=7.06),
    F("từ 2 tuổi trở lên", "2", 2, "measure", "tuổi", approx="at_least", optional=True),
    F("trong đó 28,9%", "28,9", 28.9, "percent", "%", "người khuyết tật nặng và đặc biệt nặng"),
    F("có 1.132.000 người", "1.132.000", 1132000, "count", "người khuyết tật",
      "người khuyết tật được hưởng trợ cấp xã hội hằng tháng", Y24,
      change=CH("increase", 3.4, baseline="năm 2023")),
    F("là 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội", Y24),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành kế hoạch thực hiện Chương trình trợ giúp người khuyết tật",
      P("Đến nay", end="2024-12-04"), total=63),
    F("có 62 cơ sở", "62", 62, "count", "cơ sở chỉnh hình, phục hồi chức năng", "cơ sở chỉnh hình, phục hồi chức năng"),
    F("trong đó 4 trung tâm", "4", 4, "count", "trung tâm", "trung tâm chỉnh hình, phục hồi chức năng trực thuộc Bộ",
      total=62),
    F("lắp đặt 12.640 dụng cụ", "12.640", 12640, "count", "dụng cụ chỉnh hình",
      "dụng cụ chỉnh hình các trung tâm trực thuộc Bộ sản xuất, lắp đặt", Y24,
      percent=105.3, change=CH("increase", 8.3, baseline="năm 2023")),
    F("đạt 0,45 người/vạn dân", "0,45", 0.45, "measure", "người/vạn dân", "số kỹ thuật viên phục hồi chức năng"),
    F("khuyến nghị 1 người/vạn dân", "1", 1, "measure", "người/vạn dân",
      "mức khuyến nghị kỹ thuật viên phục hồi chức năng của Tổ chức Y tế Thế giới", optional=True),
    F("khoảng 60%", "60", 60, "percent", "%", "người khuyết tật có nhu cầu chưa được cấp dụng cụ trợ giúp phù hợp",
      approx="about"),
    F("có 80%", "80", 80, "percent", "%", "người khuyết tật có nhu cầu được cung cấp dụng cụ trợ giúp",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("đạt 90%", "90", 90, "percent", "%", "người khuyết tật có nhu cầu được cung cấp dụng cụ trợ giúp",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("từ 300 đến 350", "300", 300, "count", "kỹ thuật viên", "kỹ thuật viên đào tạo mới mỗi năm",
      value_max=350, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ LĐ-TB&XH: Hội nghị sơ kết Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030; national figures (Việt Nam).",
    "'tại Hà Nội' is where the meeting took place and the four centres are listed places after a national count: location stays Việt Nam.",
    "'chiếm 7,06%' is the share of the 7 triệu; 'trong đó 28,9%' is a percent figure of its own. 'đạt 105,3% kế hoạch' after the",
    "change is the percent of 12.640. The WHO recommendation '1 người/vạn dân' and the threshold 'từ 2 tuổi trở lên' are optional.",
    "The 'mỗi năm' training target has no dated period (null). 'Đến nay' ends at the dateline.",
    "Not figures: Lượt xem 3.062, Ngày 3/12, 'lần thứ 3', giai đoạn 2021-2030, Quyết định số 753/QĐ-TTg, Số 12 Ngô Quyền, phone.",
]

if __name__ == "__main__":
    emit("p773-4", TEXT, COMMENTS, FIGS, published="2024-12-04", location="Việt Nam")
