"""p483-6: national press, avian influenza risk before Tết 2024, national poultry flock and vaccination."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự > Nông nghiệp

Thứ năm, 18/1/2024, 14:30 (GMT+7)

Hơn 550 triệu con gia cầm đối mặt nguy cơ cúm A/H5N1 dịp Tết

Tổng đàn gia cầm cả nước đạt khoảng 557,3 triệu con, nhưng tỷ lệ tiêm phòng cúm gia cầm chỉ khoảng 30%, theo Cục Thú y.

Theo số liệu của Cục Thú y, đến cuối năm 2023 tổng đàn gia cầm cả nước khoảng 557,3 triệu con, tăng 3,1% so với năm 2022. Năm 2023, cả nước có 28 ổ dịch cúm gia cầm tại 16 tỉnh, số gia cầm phải tiêu hủy hơn 43.000 con. Tỷ lệ tiêm phòng cúm gia cầm trên tổng đàn chỉ khoảng 30%, riêng đàn thủy cầm dưới 25%.

Tháng 12/2023, Bộ Nông nghiệp và Phát triển nông thôn đã xuất cấp 3 triệu liều vắc xin cúm gia cầm từ nguồn dự trữ quốc gia, trị giá khoảng 4,5 tỷ đồng, hỗ trợ 8 tỉnh có nguy cơ cao.

Đại diện Cục Thú y cho biết, từ năm 2003 đến nay Việt Nam ghi nhận 129 ca mắc cúm A/H5N1 ở người, trong đó 65 ca tử vong. Theo Tổ chức Thú y thế giới (WOAH), năm 2023 có 76 quốc gia và vùng lãnh thổ báo cáo dịch cúm gia cầm độc lực cao, chủ yếu do chủng clade 2.3.4.4b.

Cục Thú y dự báo số ổ dịch trong quý I/2024 có thể tăng từ 20 đến 30% so với quý IV/2023 do thời tiết lạnh và nhu cầu vận chuyển, giết mổ gia cầm dịp Tết Giáp Thìn tăng cao. Người dân phát hiện gia cầm ốm, chết bất thường cần báo ngay cho cơ quan thú y hoặc gọi đường dây nóng 024.3869.5527.

Gia Chính
"""

END23 = P("đến cuối năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DEC = P("Tháng 12/2023", "2023-12-01", "2023-12-31")
SINCE = P("từ năm 2003 đến nay", "2003-01-01", "2024-01-18")
W23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("Hơn 550 triệu con", "550", 550000000, "count", "con", "gia cầm đối mặt nguy cơ cúm A/H5N1", approx="over"),
    F("đạt khoảng 557,3 triệu con", "557,3", 557300000, "count", "con", "tổng đàn gia cầm", I(END23),
      approx="about"),
    F("gia cầm chỉ khoảng 30%, theo", "30", 30, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm", I(Y23), approx="about"),
    F("cả nước khoảng 557,3 triệu con", "557,3", 557300000, "count", "con", "tổng đàn gia cầm", END23, approx="about",
      change=CH("increase", 3.1, "%", "năm 2022")),
    F("có 28 ổ dịch", "28", 28, "count", "ổ dịch", "ổ dịch cúm gia cầm", Y23),
    F("tại 16 tỉnh", "16", 16, "count", "tỉnh", "tỉnh có ổ dịch cúm gia cầm", Y23),
    F("hơn 43.000 con", "43.000", 43000, "count", "con", "gia cầm phải tiêu hủy", Y23, approx="over"),
    F("tổng đàn chỉ khoảng 30%", "30", 30, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm trên tổng đàn", I(Y23),
      approx="about"),
    F("dưới 25%", "25", 25, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm đàn thủy cầm", I(Y23), approx="under"),
    F("xuất cấp 3 triệu liều", "3", 3000000, "count", "liều", "vắc xin cúm gia cầm xuất cấp từ nguồn dự trữ quốc gia",
      DEC),
    F("khoảng 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "trị giá vắc xin cúm gia cầm xuất cấp", DEC,
      approx="about"),
    F("hỗ trợ 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh có nguy cơ cao được hỗ trợ vắc xin", DEC),
    F("ghi nhận 129 ca", "129", 129, "count", "ca", "ca mắc cúm A/H5N1 ở người", SINCE),
    F("trong đó 65 ca", "65", 65, "count", "ca", "ca tử vong do cúm A/H5N1", SINCE, total=129),
    F("có 76 quốc gia", "76", 76, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ báo cáo dịch cúm gia cầm độc lực cao", W23, location=""),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "số ổ dịch cúm gia cầm", Q1, value_max=30, status="forecast"),
]

COMMENTS = [
    "National press: 'Thứ năm, 18/1/2024, 14:30 (GMT+7)', byline at the end. National flock, outbreaks 2023, reserve vaccine, human cases.",
    "Headline and sapo figures repeat body figures; each mention is a figure (sapo periods inherited from the body).",
    "'76 quốc gia và vùng lãnh thổ' (WOAH, world-wide) has no location: neither Việt Nam nor any place named.",
    "'có thể tăng từ 20 đến 30% so với quý IV/2023' is a forecast growth rate that is the claim: percent range, no change.",
    "'từ năm 2003 đến nay' ends at the dateline. 'trong đó 65 ca' is a part of 129.",
    "Not figures: (GMT+7), A/H5N1, clade 2.3.4.4b, 'Tết Giáp Thìn', phone 024.3869.5527, 'quý IV/2023' baseline.",
]

if __name__ == "__main__":
    emit("p483-6", TEXT, COMMENTS, FIGS, published="2024-01-18", default_location="Việt Nam")
