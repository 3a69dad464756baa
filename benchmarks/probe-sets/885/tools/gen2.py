"""p885-2: district portal (huyện Ý Yên, Nam Định), casting and scrap-metal village Tống Xá (xã Yên Xá)."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN Ý YÊN
Trang chủ > Tin tức > Kinh tế

Làng nghề đúc Tống Xá 6 tháng đầu năm: giá trị sản xuất tăng khá

Ngày đăng: 08/08/2023 | 15:32

6 tháng đầu năm 2023, làng nghề cơ khí đúc Tống Xá (xã Yên Xá) đạt giá trị sản xuất 1.135 tỷ đồng, bằng 54,2% kế hoạch năm, tăng 8,7% so với cùng kỳ năm 2022. Toàn xã hiện có 276 cơ sở đúc, trong đó 38 doanh nghiệp và 238 hộ cá thể; tổng số lò nấu đang hoạt động là 194 lò, giảm 21 lò so với cuối năm 2022 do nhiều hộ chuyển sang lò trung tần.

Các cơ sở tiêu thụ bình quân khoảng 4.500 tấn sắt, nhôm, đồng phế liệu mỗi tháng; sản phẩm chủ yếu là phụ tùng máy nông nghiệp, van vòi, chi tiết máy bằng đồng. Giá đồng phế liệu loại 1 hiện dao động 185.000-195.000 đồng/kg, nhôm phế liệu 42.000-48.000 đồng/kg. Làng nghề giải quyết việc làm cho gần 3.000 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Tuy nhiên, công tác bảo vệ môi trường còn nhiều hạn chế: mới có 41 cơ sở lắp đặt hệ thống xử lý khí thải, chiếm 14,9% tổng số cơ sở; khoảng 70% lượng xỉ, bụi lò chưa được thu gom, xử lý đúng quy định. Năm 2022, đoàn kiểm tra liên ngành đã xử phạt 12 cơ sở với tổng số tiền hơn 350 triệu đồng.

Phấn đấu cả năm 2023, giá trị sản xuất làng nghề đạt 2.100 tỷ đồng; đến năm 2025 có ít nhất 80% cơ sở đúc di chuyển vào Cụm công nghiệp Yên Xá. Cụm công nghiệp Yên Xá (giai đoạn 2) có diện tích 27 ha, nằm trên Quốc lộ 38B, đã hoàn thành hạ tầng giai đoạn 1.

Minh Hằng (Trung tâm Văn hóa - Thể thao và Truyền thông huyện)
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("sản xuất 1.135 tỷ đồng", "1.135", 1135e9, "money", "đồng",
      "giá trị sản xuất làng nghề cơ khí đúc Tống Xá", H1,
      percent=54.2, change=C("increase", 8.7, baseline="cùng kỳ năm 2022")),
    F("có 276 cơ sở", "276", 276, "count", "cơ sở", "cơ sở đúc"),
    F("trong đó 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp đúc", total=276),
    F("238 hộ cá thể", "238", 238, "count", "hộ", "hộ cá thể đúc", total=276),
    F("là 194 lò", "194", 194, "count", "lò", "lò nấu đang hoạt động",
      change=C("decrease", 21, unit="lò", baseline="cuối năm 2022")),
    F("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn/tháng", "sắt, nhôm, đồng phế liệu tiêu thụ bình quân",
      approx="about"),
    F("185.000-195.000", "185.000", 185000, "money", "đồng/kg", "giá đồng phế liệu loại 1", value_max=195000),
    F("42.000-48.000", "42.000", 42000, "money", "đồng/kg", "giá nhôm phế liệu", value_max=48000),
    F("gần 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động làng nghề được giải quyết việc làm",
      approx="nearly"),
    F("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("có 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở lắp đặt hệ thống xử lý khí thải", percent=14.9),
    F("khoảng 70%", "70", 70, "percent", "%", "xỉ, bụi lò chưa được thu gom, xử lý đúng quy định",
      approx="about"),
    F("xử phạt 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở bị xử phạt", Y22),
    F("hơn 350 triệu đồng", "350", 350e6, "money", "đồng", "tổng số tiền xử phạt", Y22, approx="over"),
    F("đạt 2.100 tỷ đồng", "2.100", 2100e9, "money", "đồng", "giá trị sản xuất làng nghề", Y23,
      status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "cơ sở đúc di chuyển vào Cụm công nghiệp Yên Xá", T25,
      approx="at_least", status="target"),
    F("diện tích 27 ha", "27", 27, "measure", "ha", "diện tích Cụm công nghiệp Yên Xá (giai đoạn 2)"),
]

NOTES = [
    "Ý Yên district portal (Nam Định): Tống Xá casting village (xã Yên Xá), H1/2023 output, furnaces, scrap prices, pollution, targets.",
    "Location: the district Ý Yên for every figure (the commune lies in it). 'hiện' sentences get no period.",
    "38 doanh nghiệp + 238 hộ cá thể = 276 cơ sở after 'trong đó': kinds of establishment, so total 276.",
    "41 cơ sở 'chiếm 14,9% tổng số cơ sở': share = percent; the whole is not restated with a number, so no total.",
    "Distractors: Ngày đăng and time, 'giai đoạn 2', 'giai đoạn 1', Quốc lộ 38B, 'loại 1' (grade), cuối năm 2022 (baseline).",
]

write("p885-2", TEXT, NOTES, FIGS, published="2023-08-08", location="Ý Yên")
