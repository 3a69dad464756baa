"""p1571-2: district portal (huyện Tam Nông, Phú Thọ): a glass jar company's results, workers, exports, plans; district totals."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG - TỈNH PHÚ THỌ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

Công ty Bao bì Thủy tinh Phú An mở rộng sản xuất, tạo việc làm cho lao động địa phương

15/05/2024 - 08:40

Năm 2023, Công ty cổ phần Bao bì Thủy tinh Phú An (Khu công nghiệp Tam Nông) sản xuất được 62 triệu lọ, hũ thủy tinh các loại, tăng 11% so với năm 2022; doanh thu đạt 318 tỷ đồng, vượt 6% kế hoạch; nộp ngân sách nhà nước 14,2 tỷ đồng.

Công ty hiện có 420 lao động, trong đó 150 lao động nữ và khoảng ba chục lao động là người dân tộc Mường; thu nhập bình quân từ 7,5 đến 9 triệu đồng/người/tháng.

Sản phẩm chủ lực là dòng hũ HT-250 và lọ LT-100 đựng mật ong, dưa muối, dược liệu, được nhiều doanh nghiệp thực phẩm ở Hà Nội, Hưng Yên đặt hàng. 4 tháng đầu năm 2024, công ty xuất khẩu 2,3 triệu sản phẩm sang Nhật Bản và Hàn Quốc, gấp đôi cùng kỳ năm trước.

Năm 2024, công ty phấn đấu đạt sản lượng 70 triệu sản phẩm; dự kiến trong quý III sẽ đầu tư thêm một lò nấu công suất 120 tấn/ngày, kinh phí khoảng 95 tỷ đồng, đồng thời tuyển thêm 60-80 lao động.

Theo UBND huyện, toàn huyện hiện có 3 doanh nghiệp và 27 hộ sản xuất, kinh doanh bao bì thủy tinh, giải quyết việc làm cho gần 900 lao động. Mục tiêu đến năm 2025, giá trị sản xuất công nghiệp của huyện đạt trên 5.000 tỷ đồng, trong đó ngành thủy tinh chiếm khoảng 12%.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Tam Nông

Tin khác:
- Tam Nông ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị sơ kết 6 tháng thực hiện Nghị quyết số 12-NQ/HU

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG
Địa chỉ: Khu 6, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ. Điện thoại: 0210.3865.112
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
CO = "Công ty cổ phần Bao bì Thủy tinh Phú An"

FIGS = [
    F("được 62 triệu", "62", 62e6, "count", "lọ, hũ", change=chg("increase", 11, "%", "năm 2022"),
      subject="lọ, hũ thủy tinh công ty sản xuất được", period=Y23),
    F("đạt 318 tỷ", "318", 318e9, "money", "đồng", change=chg("increase", 6, "%", "kế hoạch"),
      subject="doanh thu của công ty", period=Y23),
    F("nước 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", subject="nộp ngân sách nhà nước của công ty", period=Y23),
    F("có 420 lao động", "420", 420, "count", "lao động", subject="lao động của công ty"),
    F("đó 150 lao động", "150", 150, "count", "lao động", total=420, subject="lao động nữ"),
    F("khoảng ba chục", "ba", 30, "count", "lao động", approx="about", total=420,
      subject="lao động là người dân tộc Mường"),
    F("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập bình quân"),
    F("xuất khẩu 2,3 triệu", "2,3", 2.3e6, "count", "sản phẩm", change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
      subject="sản phẩm công ty xuất khẩu", period=M4),
    F("sản lượng 70 triệu", "70", 70e6, "count", "sản phẩm", status="target", subject="sản lượng", period=Y24),
    F("thêm một lò nấu", "một", 1, "count", "lò nấu", status="forecast", subject="lò nấu đầu tư thêm", period=Q3),
    F("suất 120 tấn/ngày", "120", 120, "measure", "tấn/ngày", status="forecast", subject="công suất lò nấu"),
    F("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đầu tư lò nấu", period=Q3),
    F("thêm 60-80 lao động", "60", 60, "count", "lao động", value_max=80, status="forecast",
      subject="lao động tuyển thêm", period=Q3),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất, kinh doanh bao bì thủy tinh"),
    F("và 27 hộ", "27", 27, "count", "hộ", subject="hộ sản xuất, kinh doanh bao bì thủy tinh"),
    F("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly", subject="lao động được giải quyết việc làm"),
    F("trên 5.000 tỷ", "5.000", 5000e9, "money", "đồng", approx="over", status="target",
      subject="giá trị sản xuất công nghiệp của huyện", period=T25),
    F("chiếm khoảng 12%", "12", 12, "percent", "%", approx="about", status="target",
      subject="ngành thủy tinh trong giá trị sản xuất công nghiệp", period=T25),
]

NOTES = [
    "District portal (huyện Tam Nông, Phú Thọ): banner, menu, '15/05/2024 - 08:40' under the headline (published), 'Nguồn:', 'Tin khác', footer.",
    "Every figure describes the company in KCN Tam Nông or the district: location Tam Nông (district implies its province).",
    "'vượt 6% kế hoạch' is a gap to plan: change with baseline 'kế hoạch'. 'gấp đôi cùng kỳ năm trước' is a change of 2 lần.",
    "'trong đó 150 lao động nữ và khoảng ba chục lao động ...' are parts of 420: total 420; 'ba chục' = 30, approx about.",
    "'phấn đấu' clause → target; after ';' 'dự kiến trong quý III' → forecast for lò nấu, kinh phí, lao động (period quý III 2024).",
    "The new furnace's capacity '120 tấn/ngày' is a spec: forecast, no period.",
    "'Mục tiêu đến năm 2025 ... trên 5.000 tỷ đồng, trong đó ngành thủy tinh chiếm khoảng 12%': both target; the 12% is its own percent figure.",
    "Distractors: product codes HT-250, LT-100, Khu 6, phone, Nghị quyết số 12-NQ/HU, 'sơ kết 6 tháng', time 08:40.",
]

if __name__ == "__main__":
    write("p1571-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Tam Nông")
