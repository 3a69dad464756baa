"""p1211-1: Đắk Nông province portal, sacha inchi area as of 30/6/2024, half-year output, a processor in Đắk Song."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đắk Nông: Diện tích sachi thu hẹp còn gần 900 ha

Cập nhật: 12/08/2024 15:20 | Lượt xem: 2.418

(daknong.gov.vn) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh Đắk Nông còn 896 ha cây sachi, giảm 312 ha so với cùng thời điểm năm 2023. Trong đó, diện tích đang cho thu hoạch 705 ha, diện tích trồng mới và đang chăm sóc 191 ha. Cây sachi tập trung chủ yếu tại các huyện Đắk Song (318 ha), Tuy Đức (226 ha) và Đắk Mil (154 ha).

6 tháng đầu năm, sản lượng hạt sachi khô toàn tỉnh ước đạt 1.050 tấn, bằng 46,7% kế hoạch năm. Năng suất bình quân đạt khoảng 1,5 tấn/ha/vụ. Giá thu mua hạt khô tại vườn dao động từ 28.000 đến 32.000 đồng/kg, thấp hơn khoảng 15% so với cùng kỳ.

Tại huyện Đắk Song, Công ty TNHH Nông sản Sachi Tây Nguyên (số 68 đường Nguyễn Tất Thành, thị trấn Đức An) hiện liên kết với 146 hộ dân, bao tiêu sản phẩm trên diện tích khoảng 420 ha. Nhà máy của công ty có công suất ép 5 tấn hạt/ngày, mỗi năm cung ứng ra thị trường khoảng 180.000 chai dầu sachi loại 250 ml và gần 60 tấn bột protein. Năm 2023, doanh thu của công ty đạt hơn 38 tỷ đồng, tăng 1,4 lần so với năm 2022.

Phấn đấu đến năm 2025, toàn tỉnh duy trì ổn định 1.000 ha sachi, trong đó ít nhất 30% diện tích được cấp mã số vùng trồng. Dự kiến tháng 10 tới, tỉnh tổ chức Hội chợ nông sản đặc trưng Đắk Nông lần thứ 3, dành 40 gian hàng cho các sản phẩm từ sachi.

Liên hệ: Sở NN&PTNT tỉnh Đắk Nông, đường 23 Tháng 3, phường Nghĩa Đức, TP Gia Nghĩa. ĐT: 0261.3544.266
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích cây sachi"
DS = "Đắk Song"

FIGS = [
    F("còn gần 900 ha", "900", 900, "measure", "ha", approx="nearly", subject=AREA),
    F("còn 896 ha", "896", 896, "measure", "ha",
      change=C("decrease", 312, "ha", "cùng thời điểm năm 2023"), subject=AREA, period=ASOF),
    F("thu hoạch 705 ha", "705", 705, "measure", "ha", total=896,
      subject="diện tích sachi đang cho thu hoạch", period=I(ASOF)),
    F("chăm sóc 191 ha", "191", 191, "measure", "ha", total=896,
      subject="diện tích sachi trồng mới và đang chăm sóc", period=I(ASOF)),
    F("Đắk Song (318 ha)", "318", 318, "measure", "ha", subject=AREA, period=I(ASOF), location="Đắk Song"),
    F("Tuy Đức (226 ha)", "226", 226, "measure", "ha", subject=AREA, period=I(ASOF), location="Tuy Đức"),
    F("Đắk Mil (154 ha)", "154", 154, "measure", "ha", subject=AREA, period=I(ASOF), location="Đắk Mil"),
    F("ước đạt 1.050 tấn", "1.050", 1050, "measure", "tấn", percent=46.7, status="estimate",
      subject="sản lượng hạt sachi khô", period=H1),
    F("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/ha/vụ", approx="about",
      subject="năng suất bình quân", period=I(H1)),
    F("từ 28.000 đến", "28.000", 28000, "money", "đồng/kg", value_max=32000,
      change=C("decrease", 15, "%", "cùng kỳ", approx="about"),
      subject="giá thu mua hạt sachi khô tại vườn", period=I(H1)),
    F("với 146 hộ", "146", 146, "count", "hộ dân", subject="hộ dân liên kết với công ty", location=DS),
    F("khoảng 420 ha", "420", 420, "measure", "ha", approx="about",
      subject="diện tích công ty bao tiêu sản phẩm", location=DS),
    F("ép 5 tấn", "5", 5, "measure", "tấn/ngày", subject="công suất ép của nhà máy", location=DS),
    F("khoảng 180.000 chai", "180.000", 180000, "count", "chai dầu sachi", approx="about",
      subject="chai dầu sachi cung ứng ra thị trường mỗi năm", location=DS),
    F("250 ml", "250", 250, "measure", "ml", optional=True, subject="dung tích chai dầu sachi", location=DS),
    F("gần 60 tấn", "60", 60, "measure", "tấn", approx="nearly",
      subject="bột protein cung ứng ra thị trường mỗi năm", location=DS),
    F("hơn 38 tỷ", "38", 38e9, "money", "đồng", approx="over",
      change=C("increase", 1.4, "lần", "năm 2022"), subject="doanh thu của công ty", period=Y23, location=DS),
    F("ổn định 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
      subject="diện tích sachi duy trì ổn định", period=T25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="diện tích sachi được cấp mã số vùng trồng", period=T25),
    F("dành 40 gian hàng", "40", 40, "count", "gian hàng", status="forecast",
      subject="gian hàng cho các sản phẩm từ sachi tại hội chợ"),
]

NOTES = [
    "Province portal (Đắk Nông): sacha inchi area, H1 2024 output, a processor in Đắk Song. Breadcrumb, 'Cập nhật: 12/08/2024 15:20 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 15:20, 'số 68 đường Nguyễn Tất Thành', 'đường 23 Tháng 3', phone 0261.3544.266, 'lần thứ 3', 'tháng 10 tới'.",
    "District list 318+226+154 = 698 ≠ 896: no total. Parts 705+191 = 896 after 'Trong đó' (next sentence): total 896, as-of period inherited.",
    "Year-less '6 tháng đầu năm' takes 2024 from the as-of date before it. 'loại 250 ml' is a product spec (optional).",
    "'tăng 1,4 lần so với năm 2022' is the change of the revenue. 'Dự kiến … dành 40 gian hàng' → forecast; 'tháng 10 tới' locates the fair, not the count: period left null.",
]

if __name__ == "__main__":
    write("p1211-1", TEXT, NOTES, FIGS, published="2024-08-12", location="Đắk Nông")
