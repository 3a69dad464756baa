"""p1456-2: district portal (huyện Yên Mỹ, Hưng Yên): a sewing-thread maker's 2024 results and 2025 plans."""
from lib import F, P, inh, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Thông báo

Doanh nghiệp chỉ may Hoàng Long vượt khó, mở rộng sản xuất

Ngày đăng: 05/03/2025

Năm 2024, Công ty TNHH Chỉ may Hoàng Long (Km 9, Quốc lộ 39, xã Trung Hưng) sản xuất 2.860 tấn chỉ may các loại, tăng 14% so với năm 2023; doanh thu đạt 415 tỷ đồng, vượt 3,8% kế hoạch; nộp ngân sách gần 18 tỷ đồng. Sản phẩm chính là chỉ polyester 40/2, 60/3 và chỉ thêu, được cung cấp cho hơn ba chục doanh nghiệp may trong và ngoài tỉnh.

Công ty hiện có 356 lao động, trong đó 248 lao động nữ; thu nhập bình quân 9,2 triệu đồng/người/tháng, cao hơn 7% so với năm trước. Hai tháng đầu năm 2025, công ty tiêu thụ 410 tấn chỉ, trong đó xuất khẩu chiếm khoảng 30%, chủ yếu sang Campuchia và Bangladesh.

Năm 2025, công ty phấn đấu sản lượng đạt 3.100 tấn. Công ty dự kiến đầu tư 85 tỷ đồng xây thêm 6.000 m2 nhà xưởng và tuyển thêm từ 50 đến 70 lao động.

Theo Phòng Kinh tế - Hạ tầng huyện, toàn huyện hiện có 9 doanh nghiệp sản xuất phụ liệu may, gồm 4 doanh nghiệp sản xuất chỉ và 5 doanh nghiệp sản xuất bao bì, nhãn mác, giải quyết việc làm cho khoảng 1.900 lao động. Huyện phấn đấu đến năm 2027 có thêm ít nhất 3 doanh nghiệp phụ liệu đầu tư vào Khu công nghiệp Yên Mỹ II.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Yên Mỹ tổ chức Hội nghị đối thoại với doanh nghiệp năm 2025
- Ra quân Tết trồng cây đời đời nhớ ơn Bác Hồ

UBND huyện Yên Mỹ - Khu Thống Nhất, thị trấn Yên Mỹ, tỉnh Hưng Yên. Điện thoại: 0221.3967.225
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M2 = P("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T27 = P("đến năm 2027", None, "2027-12-31")
HL = "Công ty TNHH Chỉ may Hoàng Long"

FIGS = [
    F("sản xuất 2.860 tấn", "2.860", 2860, "measure", "tấn",
      change=CH("increase", 14, "%", "năm 2023"),
      subject=f"chỉ may các loại {HL} sản xuất", period=Y24),
    F("đạt 415 tỷ", "415", 415e9, "money", "đồng",
      change=CH("increase", 3.8, "%", "kế hoạch"),
      subject=f"doanh thu {HL}", period=Y24),
    F("gần 18 tỷ", "18", 18e9, "money", "đồng", approx="nearly",
      subject=f"nộp ngân sách {HL}", period=Y24),
    F("hơn ba chục", "ba chục", 30, "count", "doanh nghiệp may", approx="over",
      subject="doanh nghiệp may được công ty cung cấp chỉ"),
    F("có 356 lao động", "356", 356, "count", "lao động",
      subject="lao động của công ty"),
    F("248 lao động nữ", "248", 248, "count", "lao động nữ", total=356,
      subject="lao động nữ của công ty"),
    F("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
      change=CH("increase", 7, "%", "năm trước"),
      subject="thu nhập bình quân lao động của công ty"),
    F("tiêu thụ 410 tấn", "410", 410, "measure", "tấn",
      subject="chỉ công ty tiêu thụ", period=M2),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ trọng xuất khẩu trong lượng chỉ công ty tiêu thụ", period=M2),
    F("đạt 3.100 tấn", "3.100", 3100, "measure", "tấn", status="target",
      subject="sản lượng chỉ may của công ty", period=Y25),
    F("đầu tư 85 tỷ", "85", 85e9, "money", "đồng", status="forecast",
      subject="vốn công ty đầu tư mở rộng nhà xưởng", period=inh(Y25)),
    F("thêm 6.000 m2", "6.000", 6000, "measure", "m2", status="forecast",
      subject="diện tích nhà xưởng xây thêm", period=inh(Y25)),
    F("từ 50 đến 70 lao động", "50", 50, "count", "lao động", value_max=70, status="forecast",
      subject="lao động công ty tuyển thêm", period=inh(Y25)),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất phụ liệu may trên địa bàn huyện"),
    F("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=9,
      subject="doanh nghiệp sản xuất chỉ"),
    F("và 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=9,
      subject="doanh nghiệp sản xuất bao bì, nhãn mác"),
    F("khoảng 1.900 lao động", "1.900", 1900, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp phụ liệu may giải quyết việc làm"),
    F("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
      subject="doanh nghiệp phụ liệu đầu tư thêm vào Khu công nghiệp Yên Mỹ II", period=T27),
]

NOTES = [
    "District portal (huyện Yên Mỹ, Hưng Yên): sewing-thread maker Hoàng Long; 'Ngày đăng: 05/03/2025'.",
    "Distractors: 'Km 9, Quốc lộ 39', 'chỉ polyester 40/2, 60/3' (thread counts), 'Hai tháng đầu năm 2025' (a period), "
    "'Yên Mỹ II', phone 0221.3967.225, 'năm 2025' in a link title.",
    "Location: every figure is Yên Mỹ (the company sits in xã Trung Hưng of the district; the district's own totals).",
    "'vượt 3,8% kế hoạch' is a change against plan (baseline kế hoạch). 'hơn ba chục' = over 30 (number words).",
    "'trong đó 248 lao động nữ' total 356; 'trong đó xuất khẩu chiếm khoảng 30%' is a percent figure of its own.",
    "The 'dự kiến' sentence has no period of its own: 'Năm 2025' of the sentence before is inherited (not scored).",
    "'gồm 4 ... và 5 ...' parts of 9 doanh nghiệp. 'phấn đấu đến năm 2027 ... ít nhất 3' target, at_least.",
]

if __name__ == "__main__":
    write("p1456-2", TEXT, NOTES, FIGS, published="2025-03-05", location="Yên Mỹ")
