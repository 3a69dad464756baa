"""p961-6: national newspaper (VnExpress style), TP HCM 11 months 2024."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh > Doanh nghiệp
Thứ hai, 2/12/2024, 14:05 (GMT+7)

Gần 1.400 doanh nghiệp rời thị trường TP HCM mỗi tháng

Bình quân mỗi tháng có gần 1.400 doanh nghiệp tại TP HCM tạm ngừng kinh doanh, chờ giải thể hoặc giải thể, cao hơn mức 1.170 doanh nghiệp mỗi tháng của năm 2023.

Theo Cục Thống kê TP Hồ Chí Minh, 11 tháng năm 2024, thành phố có 15.320 doanh nghiệp rút lui khỏi thị trường, tăng 9,6% so với cùng kỳ. Trong đó, 8.910 doanh nghiệp tạm ngừng kinh doanh có thời hạn, 4.980 doanh nghiệp ngừng hoạt động chờ giải thể và 1.430 doanh nghiệp hoàn tất thủ tục giải thể.

Ở chiều ngược lại, 10.250 doanh nghiệp quay trở lại hoạt động, tăng 14,2%. Trên phạm vi cả nước, 11 tháng có 185.800 doanh nghiệp rút lui khỏi thị trường, tăng 11,6% so với cùng kỳ; riêng TP HCM chiếm khoảng 8,2%.

Khảo sát của Hiệp hội Doanh nghiệp TP HCM (HUBA) với 1.200 doanh nghiệp hội viên cho thấy 62% doanh nghiệp có đơn hàng giảm từ 20 đến 30% so với năm 2023, trong khi chi phí thuê mặt bằng tại các quận trung tâm tăng 10-15%. Nhiều cửa hàng trên đường Nguyễn Trãi, quận 1 và đường 3 Tháng 2, quận 10 đã trả mặt bằng.

"Doanh nghiệp nhỏ chịu áp lực kép: sức mua yếu và chi phí tăng. Nhiều chủ doanh nghiệp chọn tạm ngừng 1 năm để chờ thị trường hồi phục thay vì giải thể", ông Trần Văn Tư, Phó chủ tịch HUBA, nói.

Cục Thống kê dự báo cả năm 2024 thành phố có khoảng 16.800 doanh nghiệp rút lui khỏi thị trường. Để hỗ trợ doanh nghiệp, thành phố đã dành 5.000 tỷ đồng cho gói vay lãi suất ưu đãi, lãi suất thấp hơn thị trường 2%.

Thi Hà
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11b = P("11 tháng", "2024-01-01", "2024-11-30")

FIGS = [
    F("Gần 1.400 doanh nghiệp", "1.400", 1400, "measure", "doanh nghiệp/tháng",
      "doanh nghiệp rời thị trường", approx="nearly"),
    F("có gần 1.400 doanh nghiệp", "1.400", 1400, "measure", "doanh nghiệp/tháng",
      "doanh nghiệp tạm ngừng kinh doanh, chờ giải thể hoặc giải thể", approx="nearly"),
    F("mức 1.170 doanh nghiệp", "1.170", 1170, "measure", "doanh nghiệp/tháng",
      "doanh nghiệp tạm ngừng kinh doanh, chờ giải thể hoặc giải thể",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 15.320 doanh nghiệp", "15.320", 15320, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", M11, change=C("increase", 9.6, baseline="cùng kỳ")),
    F("8.910 doanh nghiệp", "8.910", 8910, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh có thời hạn", I(M11), total=15320),
    F("4.980 doanh nghiệp", "4.980", 4980, "count", "doanh nghiệp",
      "doanh nghiệp ngừng hoạt động chờ giải thể", I(M11), total=15320),
    F("1.430 doanh nghiệp", "1.430", 1430, "count", "doanh nghiệp",
      "doanh nghiệp hoàn tất thủ tục giải thể", I(M11), total=15320),
    F("10.250 doanh nghiệp", "10.250", 10250, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(M11), change=C("increase", 14.2)),
    F("có 185.800 doanh nghiệp", "185.800", 185800, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", M11b, change=C("increase", 11.6, baseline="cùng kỳ"),
      location="Việt Nam"),
    F("chiếm khoảng 8,2%", "8,2", 8.2, "percent", "%",
      "tỷ trọng doanh nghiệp rút lui của TP HCM trong cả nước", M11b, approx="about"),
    F("với 1.200 doanh nghiệp", "1.200", 1200, "count", "doanh nghiệp",
      "doanh nghiệp hội viên được khảo sát"),
    F("62% doanh nghiệp", "62", 62, "percent", "%", "doanh nghiệp có đơn hàng giảm"),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "mức giảm đơn hàng so với năm 2023", value_max=30),
    F("tăng 10-15%", "10", 10, "percent", "%", "chi phí thuê mặt bằng tại các quận trung tâm tăng",
      value_max=15),
    F("ngừng 1 năm", "1", 1, "measure", "năm", "thời gian tạm ngừng kinh doanh", optional=True),
    F("khoảng 16.800 doanh nghiệp", "16.800", 16800, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
    F("dành 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", "gói vay lãi suất ưu đãi"),
    F("thị trường 2%", "2", 2, "percent", "%", "lãi suất gói vay ưu đãi thấp hơn thị trường"),
]

NOTES = [
    "VnExpress-style national paper (invented): TP HCM 11 months 2024; national total (cả nước) is Việt Nam.",
    "'Bình quân mỗi tháng ... gần 1.400 doanh nghiệp' and the headline are rates: measure, unit doanh nghiệp/tháng; 'mức 1.170 doanh nghiệp mỗi tháng' is a figure of its own (no change value).",
    "Headline and sapo give no period phrase: none. 'Trong đó' parts take total 15320. 'riêng TP HCM chiếm khoảng 8,2%' is a share with no count before it in its clause: percent figure.",
    "Survey: '62% doanh nghiệp', 'giảm từ 20 đến 30%', 'tăng 10-15%' are percent figures (rates with no base amount).",
    "'tạm ngừng 1 năm' in a quote is a hypothetical duration: optional. 'thấp hơn thị trường 2%' (no base amount named as a figure) is a percent figure.",
    "revised after the first run: subject of 1.170 now named as its sentence names it (same indicator as 1.400), not paraphrased as rút lui khỏi thị trường.",
    "Distractors: Thứ hai, 2/12/2024, 14:05 (GMT+7), quận 1, quận 10, đường 3 Tháng 2, ông Trần Văn Tư.",
]

if __name__ == "__main__":
    build("p961-6", TEXT, FIGS, NOTES, published="2024-12-02", location="TP Hồ Chí Minh")
