"""p508-4: Bộ Y tế ministry site — national dengue and measles situation, measles campaign, EPI coverage (11/2024)."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Phòng chống dịch bệnh
Cả nước giảm 46,1% số ca mắc sốt xuất huyết, tiếp tục kiểm soát dịch sởi
26/11/2024 16:45

Theo báo cáo của Cục Phòng bệnh, từ đầu năm đến ngày 24/11/2024, cả nước ghi nhận 121.352 ca mắc sốt xuất huyết, giảm 46,1% so với cùng kỳ năm 2023; 27 trường hợp tử vong, giảm 12 trường hợp. Các địa phương có số mắc cao là Hà Nội (31.028 ca), Khánh Hòa (9.476 ca), Bình Dương (7.213 ca) và Đồng Nai (6.850 ca).

Đối với bệnh sởi, trong 11 tháng năm 2024, cả nước ghi nhận 5.219 ca sốt phát ban nghi sởi, trong đó 1.488 ca dương tính. Bệnh sởi đã làm 2 người tử vong. TP. Hồ Chí Minh là địa phương có số ca dương tính cao nhất với 612 ca, chiếm 41,1% cả nước.

Thực hiện Chiến dịch tiêm vắc xin sởi, Bộ Y tế đã phân bổ gần 1,9 triệu liều vắc xin MR và M cho 63/63 tỉnh, thành phố. Tính đến ngày 20/11/2024, đã có 1.326.540 trẻ từ 1 đến 10 tuổi được tiêm, đạt 96,8% số đối tượng; nhân viên y tế tại vùng nguy cơ cao được tiêm 58.200 mũi.

Về Tiêm chủng mở rộng, 10 tháng năm 2024, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi trên toàn quốc đạt 78,5%, thấp hơn nhiều so với mức trước năm 2023 do gián đoạn cung ứng vắc xin. Năm 2025, Bộ Y tế đặt mục tiêu tỷ lệ này đạt từ 90 đến 95%.

Bộ Y tế khuyến cáo người dân đưa trẻ đi tiêm chủng đầy đủ, đúng lịch; khi có dấu hiệu sốt, phát ban cần đến ngay cơ sở y tế. Mọi phản ánh xin gọi Đường dây nóng Bộ Y tế 1900.9095.

Cổng thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội.
"""

YTD = P("từ đầu năm đến ngày 24/11/2024", "2024-01-01", "2024-11-24")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
SXH = "số mắc sốt xuất huyết"

FIGS = [
    F("Cả nước giảm 46,1%", "46,1", 46.1, "percent", "%", "số ca mắc sốt xuất huyết", INH(YTD)),
    F("ghi nhận 121.352 ca", "121.352", 121352, "count", "ca", "ca mắc sốt xuất huyết", YTD,
      change=CH("decrease", 46.1, "%", "cùng kỳ năm 2023")),
    F("27 trường hợp tử vong", "27", 27, "count", "trường hợp", "trường hợp tử vong do sốt xuất huyết", YTD,
      change=CH("decrease", 12, "trường hợp", "cùng kỳ năm 2023")),
    F("Hà Nội (31.028 ca)", "31.028", 31028, "count", "ca", SXH, INH(YTD), location="Hà Nội"),
    F("Khánh Hòa (9.476 ca)", "9.476", 9476, "count", "ca", SXH, INH(YTD), location="Khánh Hòa"),
    F("Bình Dương (7.213 ca)", "7.213", 7213, "count", "ca", SXH, INH(YTD), location="Bình Dương"),
    F("Đồng Nai (6.850 ca)", "6.850", 6850, "count", "ca", SXH, INH(YTD), location="Đồng Nai"),
    F("ghi nhận 5.219 ca", "5.219", 5219, "count", "ca", "ca sốt phát ban nghi sởi", M11),
    F("trong đó 1.488 ca", "1.488", 1488, "count", "ca", "ca dương tính với sởi", M11, total=5219),
    F("làm 2 người", "2", 2, "count", "người", "người tử vong do bệnh sởi", INH(M11)),
    F("với 612 ca", "612", 612, "count", "ca", "ca dương tính với sởi", INH(M11), percent=41.1,
      location="Hồ Chí Minh"),
    F("gần 1,9 triệu liều", "1,9", 1900000, "count", "liều", "liều vắc xin MR và M phân bổ", approx="nearly"),
    F("cho 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được phân bổ vắc xin sởi", total=63),
    F("có 1.326.540 trẻ", "1.326.540", 1326540, "count", "trẻ", "trẻ từ 1 đến 10 tuổi được tiêm vắc xin sởi",
      P("Tính đến ngày 20/11/2024", None, "2024-11-20"), percent=96.8),
    F("từ 1 đến 10 tuổi", "1", 1, "measure", "tuổi", value_max=10, optional=True),
    F("tiêm 58.200 mũi", "58.200", 58200, "count", "mũi", "mũi tiêm vắc xin sởi cho nhân viên y tế tại vùng nguy cơ cao",
      P("Tính đến ngày 20/11/2024", None, "2024-11-20")),
    F("trẻ dưới 1 tuổi trên", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31")),
    F("từ 90 đến 95%", "90", 90, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
      P("Năm 2025", "2025-01-01", "2025-12-31"), value_max=95, status="target"),
]

COMMENTS = [
    "Bộ Y tế portal (ministry site, breadcrumb, bare 'dd/mm/yyyy hh:mm' dateline): sốt xuất huyết, sởi, chiến dịch tiêm vắc xin sởi,",
    "tiêm chủng mở rộng, national (location Việt Nam), provinces in the bracketed list as locations.",
    "Headline 'giảm 46,1%' is a rate standing as the claim (percent figure); in the lead it is the change of 121.352 ca.",
    "'27 trường hợp tử vong, giảm 12 trường hợp' → change 12 trường hợp; baseline continues from the clause (cùng kỳ năm 2023).",
    "'2 người tử vong' stands in its own sentence, not a part of the 5.219 cases. '612 ca, chiếm 41,1% cả nước' → percent 41.1.",
    "'63/63 tỉnh, thành phố' → total 63. '1,9 triệu liều' sentence has no period phrase: none.",
    "revised after first scoring: 1.326.540 trẻ subject uses the sentence's own naming (age range kept), not a paraphrase.",
    "Not figures: 1900.9095 (hotline), 138A Giảng Võ, MR/M, the dateline; ages optional.",
]

if __name__ == "__main__":
    emit("p508-4", TEXT, COMMENTS, FIGS, published="2024-11-26", location="Việt Nam")
