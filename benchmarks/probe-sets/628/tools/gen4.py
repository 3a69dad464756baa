"""p628-4: Bộ NN&PTNT ministry site — national forest-law violations and forest fires, 9 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp
Ngày đăng: 08/10/2024 | Lượt xem: 2.047

9 tháng năm 2024, cả nước giảm 27% số vụ vi phạm pháp luật về lâm nghiệp

Theo báo cáo của Cục Kiểm lâm, 9 tháng năm 2024, lực lượng chức năng cả nước đã phát hiện, xử lý 7.352 vụ vi phạm pháp luật về lâm nghiệp, giảm 2.718 vụ so với cùng kỳ năm 2023. Trong đó, phá rừng trái pháp luật 1.046 vụ; khai thác rừng trái pháp luật 612 vụ; vận chuyển, mua bán lâm sản trái pháp luật 1.893 vụ.

Diện tích rừng bị thiệt hại do các hành vi vi phạm là 642,5 ha, giảm 18,3% so với cùng kỳ; tịch thu 4.286 m³ gỗ tròn, gỗ xẻ. Tổng số tiền thu nộp ngân sách nhà nước trên 86,4 tỷ đồng.

Về phòng cháy, chữa cháy rừng, 9 tháng cả nước xảy ra 236 vụ cháy rừng, làm thiệt hại 1.184,7 ha rừng, tập trung chủ yếu ở các tỉnh vùng Tây Bắc và Bắc Trung Bộ. Một số địa phương có diện tích rừng bị cháy lớn là Điện Biên (214,6 ha), Lai Châu (168,2 ha), Sơn La (97,5 ha) và Nghệ An (86,3 ha).

Đến nay, cả nước có hơn 4.900 chòi canh lửa, 28.600 km đường băng cản lửa và trên 25.000 tổ, đội bảo vệ rừng ở cơ sở với khoảng 290.000 thành viên. Tỷ lệ che phủ rừng toàn quốc năm 2023 đạt 42,02%; Bộ đặt mục tiêu duy trì ở mức 42-43% trong giai đoạn 2021-2025.

Cục Kiểm lâm đề nghị các địa phương tiếp tục thực hiện nghiêm Chỉ thị số 13-CT/TW của Ban Bí thư và Thông tư số 22/2023/TT-BNNPTNT, không để xảy ra cháy rừng lớn trong mùa khô sắp tới.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = P("9 tháng", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-08")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G25 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("giảm 27%", "27", 27, "percent", "%", "số vụ vi phạm pháp luật về lâm nghiệp", N9),
    F("xử lý 7.352 vụ", "7.352", 7352, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp phát hiện, xử lý", N9,
      change=CH("decrease", 2718, "vụ", "cùng kỳ năm 2023")),
    F("pháp luật 1.046 vụ", "1.046", 1046, "count", "vụ", "vụ phá rừng trái pháp luật", I(N9), total=7352),
    F("pháp luật 612 vụ", "612", 612, "count", "vụ", "vụ khai thác rừng trái pháp luật", I(N9), total=7352),
    F("pháp luật 1.893 vụ", "1.893", 1893, "count", "vụ", "vụ vận chuyển, mua bán lâm sản trái pháp luật", I(N9),
      total=7352),
    F("là 642,5 ha", "642,5", 642.5, "measure", "ha", "diện tích rừng bị thiệt hại do các hành vi vi phạm", I(N9),
      change=CH("decrease", 18.3, "%", "cùng kỳ")),
    F("tịch thu 4.286 m³", "4.286", 4286, "measure", "m³", "gỗ tròn, gỗ xẻ tịch thu", I(N9)),
    F("trên 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "tổng số tiền thu nộp ngân sách nhà nước", I(N9),
      approx="over"),
    F("xảy ra 236 vụ", "236", 236, "count", "vụ", "vụ cháy rừng", N9b),
    F("thiệt hại 1.184,7 ha", "1.184,7", 1184.7, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", N9b),
    F("Điện Biên (214,6 ha)", "214,6", 214.6, "measure", "ha", "diện tích rừng bị cháy", I(N9b), location="Điện Biên"),
    F("Lai Châu (168,2 ha)", "168,2", 168.2, "measure", "ha", "diện tích rừng bị cháy", I(N9b), location="Lai Châu"),
    F("Sơn La (97,5 ha)", "97,5", 97.5, "measure", "ha", "diện tích rừng bị cháy", I(N9b), location="Sơn La"),
    F("Nghệ An (86,3 ha)", "86,3", 86.3, "measure", "ha", "diện tích rừng bị cháy", I(N9b), location="Nghệ An"),
    F("hơn 4.900 chòi", "4.900", 4900, "count", "chòi canh lửa", "chòi canh lửa", NOW, approx="over"),
    F("28.600 km", "28.600", 28600, "measure", "km", "đường băng cản lửa", NOW),
    F("trên 25.000 tổ", "25.000", 25000, "count", "tổ, đội", "tổ, đội bảo vệ rừng ở cơ sở", NOW, approx="over"),
    F("khoảng 290.000 thành viên", "290.000", 290000, "count", "thành viên", "thành viên tổ, đội bảo vệ rừng", NOW,
      approx="about"),
    F("đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", Y23),
    F("mức 42-43%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng", G25, value_max=43, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT portal (invented): Cục Kiểm lâm's national figures for 9 months of 2024 — violations, fires, PCCCR forces.",
    "'Ngày đăng: 08/10/2024' is the dateline; 'Lượt xem: 2.047' is page furniture. National figures: location Việt Nam;",
    "the provinces in 'Điện Biên (214,6 ha), …' are the items' locations (their subject is the list's indicator; no part cue, no total).",
    "Not figures: 'Chỉ thị số 13-CT/TW', 'Thông tư số 22/2023/TT-BNNPTNT', 'Số 2 Ngọc Hà', phone 024.3845.9670, 'giai đoạn 2021-2025'.",
    "Headline 'giảm 27% số vụ' is a rate that is itself the claim: a percent figure, no change (2.718/10.070 = 27%).",
    "'9 tháng' without a year takes 2024 from the lead. 'Đến nay' ends at the dateline (as-of). '42-43% … giai đoạn 2021-2025' → target range.",
]

if __name__ == "__main__":
    emit("p628-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
