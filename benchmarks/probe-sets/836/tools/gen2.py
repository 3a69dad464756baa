"""p836-2: huyện Yên Mỹ (Hưng Yên) district portal, knitwear firms, 10 months 2023."""
from lib import F, P, I, C, write

TEXT = """UBND HUYỆN YÊN MỸ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Kinh tế - Hạ tầng
Ngành dệt kim trên địa bàn huyện: đơn hàng giảm, doanh nghiệp nỗ lực giữ chân lao động
Ngày đăng: 15/11/2023 | Tác giả: Phòng Kinh tế và Hạ tầng

Toàn huyện hiện có 32 doanh nghiệp dệt kim, may mặc và kéo sợi đang hoạt động, tập trung tại KCN Phố Nối A, KCN Yên Mỹ II và dọc tuyến đường ĐT.380; các xã có nhiều doanh nghiệp là Giai Phạm (9 doanh nghiệp), Nghĩa Hiệp (7 doanh nghiệp) và Trung Hưng (5 doanh nghiệp). Các doanh nghiệp sử dụng gần 21.500 lao động, trong đó lao động địa phương chiếm 63%.

10 tháng năm 2023, sản lượng áo dệt kim ước đạt 46,2 triệu sản phẩm, giảm 7,5% so với cùng kỳ; vải dệt kim đạt 12.400 tấn, bằng 91% cùng kỳ. Nguyên nhân chủ yếu là đơn hàng từ thị trường Mỹ và EU giảm từ 15-20%, nhiều doanh nghiệp chỉ duy trì 1 ca/ngày. Tuy vậy, thu nhập bình quân của người lao động vẫn giữ ở mức 7,2-8,5 triệu đồng/người/tháng; thời gian nghỉ luân phiên chỉ 2 ngày/tuần ở một số xưởng.

Thu ngân sách từ các doanh nghiệp dệt may đạt 186 tỷ đồng, đạt 93% dự toán năm. Riêng Công ty TNHH Dệt kim Phố Nối 3 đã ký thêm đơn hàng 2,4 triệu sản phẩm giao trong quý I/2024, tuyển mới trên 350 công nhân với giá gia công 4.500 đồng/sản phẩm.

Thực hiện Công văn số 1256/UBND-KT của UBND tỉnh, huyện đã tổ chức Hội nghị đối thoại doanh nghiệp lần thứ 3 vào ngày 10/11/2023. Mục tiêu cả năm 2023, giá trị sản xuất ngành dệt kim, may mặc toàn huyện đạt 9.800 tỷ đồng; đến năm 2025, phấn đấu 100% doanh nghiệp dệt nhuộm đấu nối hệ thống xử lý nước thải tập trung.

Lượt xem: 1.047
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
SUBJ_DN = "doanh nghiệp dệt kim, may mặc và kéo sợi"
FIGS = [
    F("có 32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", "doanh nghiệp dệt kim, may mặc và kéo sợi đang hoạt động"),
    F("Giai Phạm (9 doanh nghiệp)", "9", 9, "count", "doanh nghiệp", SUBJ_DN),
    F("Nghĩa Hiệp (7 doanh nghiệp)", "7", 7, "count", "doanh nghiệp", SUBJ_DN),
    F("Trung Hưng (5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp", SUBJ_DN),
    F("gần 21.500 lao động", "21.500", 21500, "count", "lao động", "lao động của các doanh nghiệp dệt kim, may mặc và kéo sợi",
      approx="nearly"),
    F("chiếm 63%", "63", 63, "percent", "%", "tỷ lệ lao động địa phương"),
    F("ước đạt 46,2 triệu sản phẩm", "46,2", 46.2e6, "count", "sản phẩm", "sản lượng áo dệt kim", M10,
      change=C("decrease", 7.5, baseline="cùng kỳ"), status="estimate"),
    F("đạt 12.400 tấn", "12.400", 12400, "measure", "tấn", "vải dệt kim", M10,
      percent=91, status="estimate"),
    F("giảm từ 15-20%", "15", 15, "percent", "%", "đơn hàng từ thị trường Mỹ và EU giảm", I(M10), value_max=20),
    F("duy trì 1 ca/ngày", "1", 1, "measure", "ca/ngày", "ca sản xuất mỗi ngày", optional=True),
    F("mức 7,2-8,5 triệu đồng", "7,2", 7.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động",
      value_max=8.5e6),
    F("chỉ 2 ngày/tuần", "2", 2, "measure", "ngày/tuần", "thời gian nghỉ luân phiên"),
    F("đạt 186 tỷ đồng", "186", 186e9, "money", "đồng", "thu ngân sách từ các doanh nghiệp dệt may", I(M10), percent=93),
    F("đơn hàng 2,4 triệu sản phẩm", "2,4", 2.4e6, "count", "sản phẩm", "đơn hàng ký thêm của Công ty TNHH Dệt kim Phố Nối 3"),
    F("trên 350 công nhân", "350", 350, "count", "công nhân", "công nhân tuyển mới", approx="over"),
    F("gia công 4.500 đồng", "4.500", 4500, "money", "đồng/sản phẩm", "giá gia công"),
    F("đạt 9.800 tỷ đồng", "9.800", 9800e9, "money", "đồng", "giá trị sản xuất ngành dệt kim, may mặc",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("phấn đấu 100% doanh nghiệp", "100", 100, "percent", "%",
      "doanh nghiệp dệt nhuộm đấu nối hệ thống xử lý nước thải tập trung",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Yên Mỹ district portal (Hưng Yên): knitwear/spinning firms, communes in brackets, 10 months 2023 output, wages, budget, targets.",
    "Location Yên Mỹ throughout; communes (Giai Phạm, Nghĩa Hiệp, Trung Hưng) are not a location level of the spec, they lie in the district.",
    "The commune list (9+7+5=21) does not add up to 32: no total. 'trong đó lao động địa phương chiếm 63%' is the share of a part, a percent figure of its own.",
    "'vải dệt kim đạt 12.400 tấn' continues the 'ước đạt' sentence after ';': estimate; 'bằng 91% cùng kỳ' is its percent.",
    "'1 ca/ngày' (operating mode) optional. 'giao trong quý I/2024' is a delivery date, not the period of the order.",
    "Distractors: KCN Yên Mỹ II, ĐT.380, Dệt kim Phố Nối 3, Công văn số 1256/UBND-KT, lần thứ 3, ngày 10/11/2023, Lượt xem.",
]

write(2, TEXT, FIGS, NOTES, published="2023-11-15", location="Yên Mỹ")
