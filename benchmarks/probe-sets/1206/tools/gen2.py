"""p1206-2: district portal (huyện Hải Hậu, Nam Định): assistive devices handed over for 18/4."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Lao động - Xã hội

Hải Hậu trao 86 phương tiện trợ giúp nhân Ngày Người khuyết tật Việt Nam

Thứ Ba, 16/04/2024 - 09:40

Hướng tới kỷ niệm Ngày Người khuyết tật Việt Nam 18/4, ngày 15/4, UBND huyện phối hợp với Hội Chữ thập đỏ huyện tổ chức trao 86 phương tiện trợ giúp cho người khuyết tật có hoàn cảnh khó khăn, trong đó có 52 xe lăn, 21 xe lắc tay và 13 bộ nạng, khung tập đi. Tổng kinh phí gần 290 triệu đồng do các doanh nghiệp, nhà hảo tâm đóng góp.

Hiện toàn huyện có 6.812 người khuyết tật, trong đó 1.940 người khuyết tật đặc biệt nặng. Có 4.378 người khuyết tật đang hưởng trợ cấp xã hội hằng tháng với mức từ 540.000 đến 900.000 đồng/người/tháng. Năm 2023, huyện đã chi trả trợ cấp cho người khuyết tật hơn 38,6 tỷ đồng, tăng 5,1% so với năm 2022.

Tại xã Hải Phong, anh Trần Văn Tâm (sinh năm 1989) bị liệt chi dưới sau một tai nạn lao động năm 2015. Được tặng chiếc xe lắc tay trị giá 4,2 triệu đồng, anh có thể tự đi bán vé số, mỗi ngày kiếm được khoảng 150.000 đồng. "Có xe, tôi đỡ phụ thuộc vào vợ con", anh Tâm chia sẻ.

Năm 2024, huyện phấn đấu 100% người khuyết tật có nhu cầu được hỗ trợ phương tiện trợ giúp phù hợp; dự kiến trong quý III sẽ trao thêm khoảng 40 xe lăn cho người khuyết tật ở 6 xã ven biển.

Thu Hà (Trung tâm VH-TT&TT huyện)
"""

DAY = P("ngày 15/4", "2024-04-15", "2024-04-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("Hải Hậu trao 86", "86", 86, "count", "phương tiện trợ giúp",
      subject="phương tiện trợ giúp trao cho người khuyết tật"),
    F("trao 86 phương tiện trợ giúp cho", "86", 86, "count", "phương tiện trợ giúp",
      subject="phương tiện trợ giúp trao cho người khuyết tật có hoàn cảnh khó khăn", period=DAY),
    F("có 52 xe lăn", "52", 52, "count", "xe lăn", total=86, subject="xe lăn trao cho người khuyết tật", period=DAY),
    F("21 xe lắc tay", "21", 21, "count", "xe lắc tay", total=86,
      subject="xe lắc tay trao cho người khuyết tật", period=DAY),
    F("13 bộ nạng", "13", 13, "count", "bộ nạng, khung tập đi", total=86,
      subject="bộ nạng, khung tập đi trao cho người khuyết tật", period=DAY),
    F("gần 290 triệu", "290", 290000000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí trao phương tiện trợ giúp", period=I(DAY)),
    F("có 6.812 người", "6.812", 6812, "count", "người khuyết tật", subject="người khuyết tật"),
    F("1.940 người", "1.940", 1940, "count", "người khuyết tật", total=6812,
      subject="người khuyết tật đặc biệt nặng"),
    F("Có 4.378 người", "4.378", 4378, "count", "người khuyết tật",
      subject="người khuyết tật đang hưởng trợ cấp xã hội hằng tháng"),
    F("từ 540.000 đến 900.000", "540.000", 540000, "money", "đồng/người/tháng", value_max=900000,
      subject="mức trợ cấp xã hội hằng tháng cho người khuyết tật"),
    F("hơn 38,6 tỷ", "38,6", 38600000000, "money", "đồng", approx="over",
      change=C("increase", 5.1, "%", "năm 2022"),
      subject="chi trả trợ cấp cho người khuyết tật", period=Y23),
    F("trị giá 4,2 triệu", "4,2", 4200000, "money", "đồng",
      subject="trị giá xe lắc tay tặng anh Trần Văn Tâm"),
    F("khoảng 150.000 đồng", "150.000", 150000, "money", "đồng", approx="about",
      subject="thu nhập mỗi ngày của anh Trần Văn Tâm từ bán vé số"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ người khuyết tật có nhu cầu được hỗ trợ phương tiện trợ giúp phù hợp", period=Y24),
    F("khoảng 40 xe lăn", "40", 40, "count", "xe lăn", approx="about", status="forecast",
      subject="xe lăn trao thêm cho người khuyết tật ở các xã ven biển", period=Q3),
    F("ở 6 xã", "6", 6, "count", "xã", status="forecast", optional=True, subject="xã ven biển"),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): 'Thứ Ba, 16/04/2024 - 09:40' (published), byline at the end. Default location Hải Hậu.",
    "Distractors: 'Ngày Người khuyết tật Việt Nam 18/4' (a name with a date), time 09:40, 'sinh năm 1989', 'năm 2015',",
    "'một tai nạn lao động' (article 'a', not a count). 'ngày 15/4' is the hand-over date (period of the 86 and its parts).",
    "Parts after 'trong đó' 52+21+13 = 86: total 86. 4.378 stands in its own sentence without a cue: no total.",
    "'mỗi ngày kiếm được khoảng 150.000 đồng' keeps unit 'đồng' (no '/ngày' written). '6 xã ven biển' optional (forecast).",
    "The commune passage (xã Hải Phong) stays in the district: location Hải Hậu. 'Hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1206-2", TEXT, NOTES, FIGS, published="2024-04-16", location="Hải Hậu")
