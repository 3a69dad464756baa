"""p1185-8: provincial newspaper online (Báo Vĩnh Long, '(VLO) -'): vaccination to 20/3, district rates, a cooperative."""
from lib import F, P, I, C, T, write

TEXT = """Vĩnh Long: Hơn 1,9 triệu con gia cầm được tiêm phòng cúm

25/03/2024 - 09:20

(VLO) - Từ đầu năm đến ngày 20/3, ngành chăn nuôi thú y tỉnh đã tiêm phòng vắc xin cúm cho 1.936.000 con gia cầm, đạt 48,4% kế hoạch năm, tăng 210.000 con so với cùng kỳ. Trong đó, gà 1.112.000 con, vịt 824.000 con.

Tỷ lệ tiêm phòng ở các huyện Long Hồ, Tam Bình và Trà Ôn lần lượt đạt 56,2%, 52,7% và 50,1%, cao hơn bình quân chung; thấp nhất là thị xã Bình Minh với 35,8%. Nguyên nhân do nhiều hộ nuôi nhỏ lẻ dưới 200 con chưa chủ động đưa gia cầm đi tiêm.

Tại HTX chăn nuôi gia cầm Phước Hậu (huyện Long Hồ), toàn bộ 28.000 con gà, vịt của 17 thành viên đã được tiêm phòng đầy đủ. Giám đốc HTX Trần Văn Bảy cho biết, mỗi tháng HTX cung cấp ra thị trường khoảng 35 tấn gà thịt, doanh thu trên 1,4 tỷ đồng. Nhờ tiêm phòng tốt, 3 năm qua đàn gia cầm của HTX không bị dịch.

Để ngăn dịch xâm nhiễm, tỉnh duy trì 3 chốt kiểm dịch động vật tại cửa ngõ trên Quốc lộ 1 và Quốc lộ 53. Từ đầu năm, các chốt đã kiểm tra 2.150 lượt phương tiện, phát hiện 9 vụ vận chuyển gia cầm không rõ nguồn gốc với khoảng 1,6 tấn. Năm 2024, ngân sách tỉnh bố trí 3,2 tỷ đồng mua vắc xin, hóa chất; hộ nghèo, hộ cận nghèo được hỗ trợ 100% chi phí vắc xin.

PHƯƠNG THẢO
"""

YTD = P("Từ đầu năm đến ngày 20/3", "2024-01-01", "2024-03-20")
YTD2 = P("Từ đầu năm", "2024-01-01", "2024-03-25")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ tiêm phòng"
HTX = "Long Hồ"

FIGS = [
    F("Hơn 1,9 triệu", "1,9", 1900000, "count", "con", approx="over", subject="gia cầm được tiêm phòng cúm"),
    F("cho 1.936.000 con", "1.936.000", 1936000, "count", "con", percent=48.4,
      change=C("increase", 210000, "con", "cùng kỳ"),
      subject="gia cầm được tiêm phòng vắc xin cúm", period=YTD),
    F("gà 1.112.000 con", "1.112.000", 1112000, "count", "con", total=1936000,
      subject="gà được tiêm phòng vắc xin cúm", period=I(YTD)),
    F("vịt 824.000 con", "824.000", 824000, "count", "con", total=1936000,
      subject="vịt được tiêm phòng vắc xin cúm", period=I(YTD)),
    F("đạt 56,2%", "56,2", 56.2, "percent", "%", subject=RATE, period=I(YTD), location="Long Hồ"),
    F("52,7%", "52,7", 52.7, "percent", "%", subject=RATE, period=I(YTD), location="Tam Bình"),
    F("50,1%", "50,1", 50.1, "percent", "%", subject=RATE, period=I(YTD), location="Trà Ôn"),
    F("với 35,8%", "35,8", 35.8, "percent", "%", subject=RATE, period=I(YTD), location="Bình Minh"),
    F("dưới 200 con", "200", 200, "count", "con", approx="under", optional=True,
      subject="quy mô hộ nuôi nhỏ lẻ"),
    F("toàn bộ 28.000 con", "28.000", 28000, "count", "con", subject="gà, vịt của HTX chăn nuôi gia cầm Phước Hậu",
      location=HTX),
    F("của 17 thành viên", "17", 17, "count", "thành viên", subject="thành viên HTX chăn nuôi gia cầm Phước Hậu",
      location=HTX),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn", approx="about",
      subject="gà thịt HTX cung cấp ra thị trường mỗi tháng", location=HTX),
    F("trên 1,4 tỷ", "1,4", 1400000000, "money", "đồng", approx="over", subject="doanh thu mỗi tháng của HTX",
      location=HTX),
    F("3 năm qua", "3", 3, "measure", "năm", optional=True, subject="thời gian đàn gia cầm của HTX không bị dịch",
      location=HTX),
    F("duy trì 3 chốt", "3", 3, "count", "chốt kiểm dịch", subject="chốt kiểm dịch động vật tại cửa ngõ"),
    F("kiểm tra 2.150 lượt", "2.150", 2150, "count", "lượt phương tiện", subject="lượt phương tiện được kiểm tra",
      period=YTD2),
    F("phát hiện 9 vụ", "9", 9, "count", "vụ", subject="vụ vận chuyển gia cầm không rõ nguồn gốc", period=YTD2),
    F("khoảng 1,6 tấn", "1,6", 1.6, "measure", "tấn", approx="about",
      subject="gia cầm vận chuyển không rõ nguồn gốc", period=YTD2),
    F("bố trí 3,2 tỷ", "3,2", 3200000000, "money", "đồng", subject="ngân sách tỉnh mua vắc xin, hóa chất", period=Y24),
    F("hỗ trợ 100%", "100", 100, "percent", "%", subject="hỗ trợ chi phí vắc xin cho hộ nghèo, hộ cận nghèo",
      period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): headline figure, bare dateline '25/03/2024 - 09:20', tag '(VLO) -', byline at the end.",
    "Distractors: '09:20', 'Quốc lộ 1', 'Quốc lộ 53'. '3 năm qua' (a duration) and 'dưới 200 con' (a size class) are optional.",
    "'tăng 210.000 con so với cùng kỳ' is the change of 1.936.000 (unit con). Gà + vịt add up to the whole after 'Trong đó'.",
    "District list with 'lần lượt' and 'thấp nhất là thị xã Bình Minh với 35,8%': places go to location, indicator 'tỷ lệ tiêm phòng'.",
    "Cooperative passage placed in huyện Long Hồ: its figures get Long Hồ; 'mỗi tháng' figures keep plain units.",
    "'Từ đầu năm' (no end) runs to the dateline 2024-03-25. 'Năm 2024' starts the budget sentence; the 100% support continues it after ';'.",
]

if __name__ == "__main__":
    write("p1185-8", TEXT, NOTES, FIGS, published="2024-03-25", location="Vĩnh Long")
