"""p1169-2: district portal (huyện Hoàng Su Phì, Hà Giang), ancient Shan tuyết tea genetic resources, first half 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀNG SU PHÌ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Hoàng Su Phì gìn giữ nguồn gen chè Shan tuyết cổ thụ

Thứ Tư, 17/07/2024 - 15:40

Toàn huyện hiện có 4.215 ha chè, trong đó 1.486 ha chè Shan tuyết cổ thụ, tập trung ở các xã Nậm Ty, Thông Nguyên, Hồ Thầu và Tả Sử Choóng. Qua điều tra, huyện đã bình tuyển 312 cây chè đầu dòng, trong số đó 52 cây đủ tiêu chuẩn cung cấp vật liệu nhân giống.

6 tháng đầu năm, toàn huyện thu hái ước đạt 5.900 tấn chè búp tươi, tăng 4,2% so với cùng kỳ; giá chè búp tươi Shan tuyết cổ thụ dao động từ 15.000 đến 25.000 đồng/kg, gấp hai lần chè trồng mới. Trong 6 tháng, huyện trồng mới 85 ha chè bằng cây giống nhân từ cây đầu dòng, đạt 70,8% kế hoạch năm.

Huyện đã hỗ trợ xây dựng 2 vườn ươm với công suất 300.000 bầu cây/năm. Ở thôn Nậm Ty, xã Nậm Ty, gia đình ông Hoàng Văn Thào (dân tộc Dao) đang chăm sóc 1,2 ha chè cổ thụ với khoảng 600 cây, trong đó có một cây trên 300 năm tuổi được công nhận Cây Di sản Việt Nam. Năm 2023, gia đình ông thu 4,5 tấn chè búp tươi, trừ chi phí còn lãi trên 120 triệu đồng.

Hiện huyện có 21 hợp tác xã và 3 doanh nghiệp chế biến chè; 9 sản phẩm chè được công nhận OCOP từ 3 sao trở lên. Phấn đấu đến năm 2025, huyện bảo tồn, khai thác bền vững 1.500 ha chè Shan tuyết cổ thụ, giá trị sản phẩm chè đạt 200 tỷ đồng/năm.

UBND huyện Hoàng Su Phì - Địa chỉ: Tổ 1, thị trấn Vinh Quang, huyện Hoàng Su Phì, tỉnh Hà Giang
Điện thoại: 0219.3831.245
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 4.215 ha", "4.215", 4215, "measure", "ha", subject="diện tích chè"),
    F("1.486 ha", "1.486", 1486, "measure", "ha", total=4215, subject="diện tích chè Shan tuyết cổ thụ"),
    F("312 cây", "312", 312, "count", "cây", subject="cây chè đầu dòng bình tuyển"),
    F("52 cây", "52", 52, "count", "cây", total=312,
      subject="cây chè đầu dòng đủ tiêu chuẩn cung cấp vật liệu nhân giống"),
    F("ước đạt 5.900 tấn", "5.900", 5900, "measure", "tấn", status="estimate",
      change=C("increase", 4.2, "%", "cùng kỳ"), subject="sản lượng chè búp tươi thu hái", period=H1),
    F("từ 15.000 đến 25.000", "15.000", 15000, "money", "đồng/kg", value_max=25000,
      change=C("increase", 2, "lần", "chè trồng mới"),
      subject="giá chè búp tươi Shan tuyết cổ thụ", period=H1),
    F("trồng mới 85 ha", "85", 85, "measure", "ha", percent=70.8,
      subject="diện tích chè trồng mới bằng cây giống nhân từ cây đầu dòng", period=H1b),
    F("xây dựng 2 vườn", "2", 2, "count", "vườn ươm", subject="vườn ươm được hỗ trợ xây dựng"),
    F("300.000 bầu", "300.000", 300000, "measure", "bầu cây/năm", subject="công suất vườn ươm"),
    F("chăm sóc 1,2 ha", "1,2", 1.2, "measure", "ha",
      subject="diện tích chè cổ thụ gia đình ông Hoàng Văn Thào chăm sóc"),
    F("khoảng 600 cây", "600", 600, "count", "cây", approx="about",
      subject="cây chè cổ thụ của gia đình ông Hoàng Văn Thào"),
    F("có một cây", "một", 1, "count", "cây", total=600,
      subject="cây chè được công nhận Cây Di sản Việt Nam"),
    F("trên 300 năm", "300", 300, "measure", "năm tuổi", approx="over", optional=True,
      subject="tuổi cây chè Di sản"),
    F("thu 4,5 tấn", "4,5", 4.5, "measure", "tấn", subject="chè búp tươi gia đình ông Thào thu", period=Y23),
    F("trên 120 triệu", "120", 120000000, "money", "đồng", approx="over",
      subject="lãi của gia đình ông Thào sau khi trừ chi phí", period=Y23),
    F("21 hợp tác xã", "21", 21, "count", "hợp tác xã", subject="hợp tác xã chế biến chè"),
    F("3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp chế biến chè"),
    F("9 sản phẩm", "9", 9, "count", "sản phẩm", subject="sản phẩm chè được công nhận OCOP từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "measure", "sao", approx="at_least", optional=True, subject="hạng OCOP"),
    F("bền vững 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
      subject="diện tích chè Shan tuyết cổ thụ bảo tồn, khai thác bền vững", period=TO25),
    F("200 tỷ", "200", 200000000000, "money", "đồng/năm", status="target",
      subject="giá trị sản phẩm chè", period=TO25),
]

NOTES = [
    "District portal (Hoàng Su Phì, Hà Giang): 'Thứ Tư, 17/07/2024 - 15:40'; footer address 'Tổ 1', phone 0219.3831.245 (distractors).",
    "Year-less '6 tháng đầu năm' / 'Trong 6 tháng' take 2024 from the dateline. 'gấp hai lần chè trồng mới' is the change of the price range.",
    "'ước đạt' governs the output clause only; the price clause after ';' has its own verb (actual).",
    "'trong số đó 52 cây' → total 312; 'khoảng 600 cây, trong đó có một cây' → total 600 (number word).",
    "'trên 300 năm tuổi' (tree age inside a description) and OCOP 'từ 3 sao trở lên' (a rating level) are optional.",
    "21 hợp tác xã / 3 doanh nghiệp / 9 sản phẩm: different things counted, no totals. 'Hiện' figures carry no period.",
]

if __name__ == "__main__":
    write("p1169-2", TEXT, NOTES, FIGS, published="2024-07-17", location="Hoàng Su Phì")
