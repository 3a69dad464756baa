"""p1185-6: national newspaper: H5N1 outbreak in huyện Trần Văn Thời, Cà Mau (January 2025)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Nông nghiệp

Cà Mau tiêu hủy gần 3.000 con gia cầm nhiễm cúm A/H5N1

Thứ năm, 16/1/2025, 10:05 (GMT+7)

Ổ dịch cúm A/H5N1 tại ấp 7, xã Trần Hợi, huyện Trần Văn Thời được phát hiện hôm 12/1, ngành thú y đã tiêu hủy 2.860 con gà, vịt của 14 hộ dân.

Theo Chi cục Chăn nuôi và Thú y Cà Mau, đàn gia cầm của hộ ông Nguyễn Văn Tư có 1.200 con vịt, bắt đầu chết rải rác từ ngày 8/1; sau bốn ngày, số con chết lên hơn 400 con. Kết quả xét nghiệm của Cơ quan Thú y vùng VII cho thấy mẫu bệnh phẩm dương tính với vi rút cúm A/H5N1.

Ngay sau khi có kết quả, huyện lập 2 chốt kiểm dịch tạm thời, phun khử trùng toàn bộ khu vực trong bán kính 3 km quanh ổ dịch. Huyện Trần Văn Thời hiện có khoảng 1,1 triệu con gia cầm, nhưng tỷ lệ tiêm phòng cúm chỉ đạt 38%, thấp hơn nhiều so với yêu cầu tối thiểu 70%.

Năm 2024, Cà Mau xảy ra 6 ổ dịch cúm gia cầm, nhiều nhất cả nước, tiêu hủy hơn 8.700 con. Ông Trần Văn Lâm, Chi cục trưởng, cho biết tỉnh đã xuất cấp 500.000 liều vắc xin dự trữ cho các huyện, dự kiến tiêm xong trước ngày 25/1 để bảo vệ đàn gia cầm dịp Tết.

Theo Bộ Y tế, từ năm 2003 đến nay, Việt Nam ghi nhận 129 ca mắc cúm A/H5N1 ở người, trong đó 65 ca tử vong. Bệnh lây sang người chủ yếu do tiếp xúc trực tiếp với gia cầm bệnh, chết; người dân không giết mổ, ăn thịt gia cầm ốm, chết và khi có biểu hiện sốt trên 38 độ C, ho, khó thở sau tiếp xúc với gia cầm cần đến ngay cơ sở y tế.

Hoàng Nam
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("từ năm 2003 đến nay", "2003-01-01", "2025-01-16")
TVT = "Trần Văn Thời"

FIGS = [
    F("gần 3.000 con", "3.000", 3000, "count", "con", approx="nearly", subject="gia cầm nhiễm cúm A/H5N1 bị tiêu hủy"),
    F("tiêu hủy 2.860 con", "2.860", 2860, "count", "con", subject="gà, vịt bị tiêu hủy", location=TVT),
    F("của 14 hộ", "14", 14, "count", "hộ", subject="hộ dân có gia cầm bị tiêu hủy", location=TVT),
    F("có 1.200 con", "1.200", 1200, "count", "con", subject="vịt của hộ ông Nguyễn Văn Tư", location=TVT),
    F("sau bốn ngày", "bốn", 4, "measure", "ngày", optional=True, subject="thời gian từ khi vịt bắt đầu chết",
      location=TVT),
    F("hơn 400 con", "400", 400, "count", "con", approx="over", subject="vịt chết", location=TVT),
    F("lập 2 chốt", "2", 2, "count", "chốt kiểm dịch", subject="chốt kiểm dịch tạm thời", location=TVT),
    F("bán kính 3 km", "3", 3, "measure", "km", subject="bán kính khu vực phun khử trùng quanh ổ dịch",
      location=TVT),
    F("khoảng 1,1 triệu", "1,1", 1100000, "count", "con", approx="about", subject="gia cầm", location=TVT),
    F("đạt 38%", "38", 38, "percent", "%", target=T(70, "%", False), subject="tỷ lệ tiêm phòng cúm",
      location=TVT),
    F("xảy ra 6 ổ", "6", 6, "count", "ổ dịch", subject="ổ dịch cúm gia cầm", period=Y24),
    F("hơn 8.700 con", "8.700", 8700, "count", "con", approx="over", subject="gia cầm bị tiêu hủy", period=Y24),
    F("cấp 500.000 liều", "500.000", 500000, "count", "liều", subject="liều vắc xin dự trữ xuất cấp cho các huyện"),
    F("nhận 129 ca", "129", 129, "count", "ca", subject="ca mắc cúm A/H5N1 ở người", period=SINCE,
      location="Việt Nam"),
    F("trong đó 65 ca", "65", 65, "count", "ca", total=129, subject="ca mắc cúm A/H5N1 ở người tử vong", period=SINCE,
      location="Việt Nam"),
    F("sốt trên 38 độ", "38", 38, "measure", "độ C", approx="over", optional=True,
      subject="nhiệt độ sốt cần đến cơ sở y tế"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 16/1/2025, 10:05 (GMT+7)', byline at the end. Outbreak in xã Trần Hợi, huyện Trần Văn Thời (Cà Mau).",
    "Default location Cà Mau; the outbreak and the district's flock are Trần Văn Thời; the Health Ministry's human cases are Việt Nam.",
    "Distractors: '10:05', '(GMT+7)', 'ấp 7', 'hôm 12/1', 'từ ngày 8/1', 'vùng VII', 'A/H5N1', 'trước ngày 25/1', 'năm 2003'.",
    "'yêu cầu tối thiểu 70%' is the target of the 38% (not met). 'sau bốn ngày' is an elapsed time (optional). 'nhiều nhất cả nước' has no number.",
    "'sốt trên 38 độ C' is a symptom threshold in health advice, not a fact about the world (optional).",
    "The headline names only Cà Mau, so its 'gần 3.000 con' stays Cà Mau.",
    "'từ năm 2003 đến nay' ends at the dateline. Event-day figures (tiêu hủy, 14 hộ) get no period.",
]

if __name__ == "__main__":
    write("p1185-6", TEXT, NOTES, FIGS, published="2025-01-16", location="Cà Mau")
