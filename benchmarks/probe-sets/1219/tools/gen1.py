"""p1219-1: Bình Định province portal, titanium concentrate output 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Tài nguyên

Bình Định: 9 tháng khai thác gần 95.000 tấn tinh quặng titan

Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.417

(binhdinh.gov.vn) - Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, các doanh nghiệp khai thác sa khoáng titan trên địa bàn tỉnh Bình Định đã khai thác, tuyển được 94.860 tấn tinh quặng, đạt 76,3% kế hoạch năm, tăng 8,5% so với cùng kỳ năm 2023. Trong đó, ilmenit 81.240 tấn, zircon 9.870 tấn, rutil và monazit 3.750 tấn.

Hiện toàn tỉnh có 11 giấy phép khai thác titan còn hiệu lực với tổng diện tích 1.286 ha, tập trung chủ yếu ở huyện Phù Mỹ (6 giấy phép) và huyện Phù Cát (4 giấy phép). Giá zircon hiện gấp khoảng 5 lần giá ilmenit.

Tại xã Cát Thành (huyện Phù Cát), Công ty CP Khoáng sản Hải Thịnh đang khai thác mỏ titan trên diện tích khoảng 150 ha. Từ đầu năm đến nay, công ty nộp ngân sách hơn 18,6 tỷ đồng, giải quyết việc làm cho 126 lao động địa phương với mức lương bình quân 8,2 triệu đồng/người/tháng. Công ty cũng đã hoàn thổ, trồng lại 42 ha rừng phi lao trên diện tích đã khai thác.

Thu ngân sách từ hoạt động khai thác titan 9 tháng ước đạt 214 tỷ đồng, chiếm khoảng 4,1% tổng thu nội địa. Giá tinh quặng ilmenit xuất khẩu hiện dao động từ 330 đến 360 USD/tấn, tăng khoảng 12% so với cuối năm 2023.

Theo Quyết định số 3425/QĐ-UBND, năm 2025 tỉnh phấn đấu sản lượng tinh quặng đạt 130.000 tấn, trong đó ít nhất 30% được chế biến sâu tại các nhà máy trong tỉnh. Đoàn kiểm tra liên ngành lần thứ 2 sẽ làm việc tại các mỏ dọc Quốc lộ 1D trong tháng 11.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SUBJ_LIC = "giấy phép khai thác titan còn hiệu lực"

FIGS = [
    F("gần 95.000 tấn", "95.000", 95000, "measure", "tấn", approx="nearly",
      subject="tinh quặng titan khai thác", period=HEAD),
    F("tuyển được 94.860 tấn", "94.860", 94860, "measure", "tấn", percent=76.3,
      change=C("increase", 8.5, "%", "cùng kỳ năm 2023"),
      subject="tinh quặng khai thác, tuyển được", period=NINE),
    F("ilmenit 81.240 tấn", "81.240", 81240, "measure", "tấn", total=94860,
      subject="tinh quặng ilmenit khai thác, tuyển được", period=I(NINE)),
    F("zircon 9.870 tấn", "9.870", 9870, "measure", "tấn", total=94860,
      subject="tinh quặng zircon khai thác, tuyển được", period=I(NINE)),
    F("monazit 3.750 tấn", "3.750", 3750, "measure", "tấn", total=94860,
      subject="tinh quặng rutil và monazit khai thác, tuyển được", period=I(NINE)),
    F("có 11 giấy phép", "11", 11, "count", "giấy phép", subject=SUBJ_LIC),
    F("tổng diện tích 1.286 ha", "1.286", 1286, "measure", "ha",
      subject="tổng diện tích các giấy phép khai thác titan còn hiệu lực"),
    F("Phù Mỹ (6 giấy phép)", "6", 6, "count", "giấy phép", subject=SUBJ_LIC, location="Phù Mỹ"),
    F("Phù Cát (4 giấy phép)", "4", 4, "count", "giấy phép", subject=SUBJ_LIC, location="Phù Cát"),
    F("gấp khoảng 5 lần", "5", 5, "multiple", "lần", approx="about",
      subject="giá zircon so với giá ilmenit"),
    F("diện tích khoảng 150 ha", "150", 150, "measure", "ha", approx="about",
      subject="diện tích mỏ titan Công ty CP Khoáng sản Hải Thịnh khai thác", location="Phù Cát"),
    F("hơn 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", approx="over",
      subject="ngân sách công ty nộp", period=YTD, location="Phù Cát"),
    F("cho 126 lao động", "126", 126, "count", "lao động",
      subject="lao động địa phương được giải quyết việc làm", period=YTD, location="Phù Cát"),
    F("8,2 triệu đồng/người/tháng", "8,2", 8200000, "money", "đồng/người/tháng",
      subject="mức lương bình quân của lao động", period=YTD, location="Phù Cát"),
    F("trồng lại 42 ha", "42", 42, "measure", "ha",
      subject="rừng phi lao hoàn thổ, trồng lại trên diện tích đã khai thác", location="Phù Cát"),
    F("ước đạt 214 tỷ đồng", "214", 214000000000, "money", "đồng", percent=4.1, status="estimate",
      subject="thu ngân sách từ hoạt động khai thác titan", period=HEAD),
    F("từ 330 đến 360 USD/tấn", "330", 330, "money", "USD/tấn", value_max=360,
      change=C("increase", 12, "%", "cuối năm 2023", approx="about"),
      subject="giá tinh quặng ilmenit xuất khẩu"),
    F("đạt 130.000 tấn", "130.000", 130000, "measure", "tấn", status="target",
      subject="sản lượng tinh quặng", period=Y25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ tinh quặng được chế biến sâu tại các nhà máy trong tỉnh", period=Y25),
]

NOTES = [
    "Province portal (Bình Định): titanium concentrate output 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.417'.",
    "Distractors: time 14:20, view counter 2.417, Quyết định số 3425/QĐ-UBND, 'lần thứ 2', 'Quốc lộ 1D', 'trong tháng 11', 'năm 2023' baselines.",
    "Parts after 'Trong đó' (81.240 + 9.870 + 3.750 = 94.860) take the whole. District list 6 + 4 ≠ 11 after 'tập trung chủ yếu': no total.",
    "Headline '9 tháng' takes 2024 from published. 'Hiện' figures get no period. 'gấp khoảng 5 lần' stands as the claim: a multiple.",
    "Company passage in Phù Cát: its figures get location Phù Cát, also in the following sentences; 'Từ đầu năm đến nay' ends at the dateline.",
    "'ít nhất 30%' after 'trong đó' is a percent figure of its own, target (phấn đấu governs the continued clause).",
]

if __name__ == "__main__":
    write("p1219-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Bình Định")
