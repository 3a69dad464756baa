"""p1487-5: Party newspaper (Báo Bắc Giang, tag (BGĐT)): gas fires, inspections, a refilling station."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Xã hội | Pháp luật | Đời sống

Bắc Giang: 6 tháng xảy ra 5 vụ cháy, nổ do khí gas

Thứ Hai, 08/07/2024 15:20

Phần lớn các vụ việc xuất phát từ van, dây dẫn gas đã quá hạn sử dụng và sự chủ quan của người dân khi đun nấu.

(BGĐT) - Sáu tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 5 vụ cháy, nổ liên quan đến bếp ga, bình gas, làm 1 người chết, 4 người bị thương; thiệt hại tài sản ước khoảng 1,2 tỷ đồng.

Qua kiểm tra 6 tháng đầu năm, Sở Công Thương phát hiện 14 cửa hàng kinh doanh khí vi phạm, trong đó 8 cửa hàng không có Giấy chứng nhận đủ điều kiện; phạt tiền 186 triệu đồng.

Tại Công ty TNHH Khí hóa lỏng Việt Bắc (xã Song Khê, TP Bắc Giang), trạm nạp LPG có công suất 1.200 chai/ngày, bồn chứa dung tích 30 tấn. Mỗi tháng, trạm nạp khoảng 18.000 chai các loại, cung cấp cho gần ba chục đại lý trong và ngoài tỉnh. Năm 2023, công ty bán ra 4.860 tấn LPG, vượt 8% kế hoạch; 42 lao động có thu nhập bình quân 9,5 triệu đồng/người/tháng. Dự kiến quý I/2025, công ty đưa vào vận hành thêm một dây chuyền nạp tự động.

Ông Nguyễn Văn Thắng, Giám đốc công ty cho biết: "Chai trước khi nạp đều được kiểm tra van, thân chai. Năm ngoái chúng tôi loại bỏ gần 900 vỏ chai quá hạn kiểm định hoặc bị móp, gỉ".

Theo khuyến cáo của cơ quan chức năng, dây dẫn gas nên thay sau 2-3 năm sử dụng; khi phát hiện rò rỉ, người dân cần khóa van bình, mở cửa thông thoáng, không bật, tắt thiết bị điện và gọi ngay số 114.

HOÀNG ANH
"""

H6 = period("6 tháng", "2024-01-01", "2024-06-30")
S6 = period("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
K6 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
LAST = period("Năm ngoái", "2023-01-01", "2023-12-31")
BG = "TP Bắc Giang"

FIGS = [
    F("xảy ra 5 vụ cháy, nổ do", "5", 5, "count", "vụ cháy, nổ", subject="vụ cháy, nổ do khí gas", per=H6),
    F("xảy ra 5 vụ cháy, nổ liên quan", "5", 5, "count", "vụ cháy, nổ",
      subject="vụ cháy, nổ liên quan đến bếp ga, bình gas", per=S6),
    F("làm 1 người", "1", 1, "count", "người", subject="người chết", per=S6),
    F("4 người", "4", 4, "count", "người", subject="người bị thương", per=S6),
    F("ước khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại tài sản", per=S6),
    F("phát hiện 14 cửa hàng", "14", 14, "count", "cửa hàng", subject="cửa hàng kinh doanh khí vi phạm", per=K6),
    F("trong đó 8 cửa hàng", "8", 8, "count", "cửa hàng", total=14,
      subject="cửa hàng không có Giấy chứng nhận đủ điều kiện", per=K6),
    F("tiền 186 triệu", "186", 186e6, "money", "đồng", subject="phạt tiền", per=K6),
    F("suất 1.200 chai/ngày", "1.200", 1200, "measure", "chai/ngày", subject="công suất trạm nạp LPG",
      location=BG),
    F("dung tích 30 tấn", "30", 30, "measure", "tấn", subject="dung tích bồn chứa", location=BG),
    F("khoảng 18.000 chai", "18.000", 18000, "measure", "chai/tháng", approx="about",
      subject="chai các loại trạm nạp mỗi tháng", location=BG),
    F("gần ba chục đại lý", "ba chục", 30, "count", "đại lý", approx="nearly",
      subject="đại lý trong và ngoài tỉnh được cung cấp", location=BG),
    F("bán ra 4.860 tấn", "4.860", 4860, "measure", "tấn",
      change=change("increase", 8, "%", "kế hoạch"), subject="LPG công ty bán ra", per=Y23, location=BG),
    F("42 lao động", "42", 42, "count", "lao động", subject="lao động của công ty", per=Y23, location=BG),
    F("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
      per=Y23, location=BG),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
      subject="dây chuyền nạp tự động đưa vào vận hành thêm", per=Q1, location=BG),
    F("gần 900 vỏ chai", "900", 900, "count", "vỏ chai", approx="nearly",
      subject="vỏ chai quá hạn kiểm định hoặc bị móp, gỉ bị loại bỏ", per=LAST, location=BG),
    F("sau 2-3 năm", "2", 2, "measure", "năm", value_max=3, optional=True),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): menu, headline, 'Thứ Hai, 08/07/2024 15:20', sapo, tag '(BGĐT) -', byline at the end.",
    "Distractors: '6 tháng' in the headline (a period), time 15:20, 'quý I/2025', emergency number 114.",
    "Headline '6 tháng' takes the year of published (no earlier date). Body '6 tháng đầu năm' takes 2024 from 'Sáu tháng đầu năm 2024'.",
    "'trong đó 8 cửa hàng' → total 14. 'ước khoảng 1,2 tỷ' governs its own clause after ';' only: estimate + about.",
    "The refilling-station passage is located in TP Bắc Giang. 'Mỗi tháng ... khoảng 18.000 chai' is a rate: chai/tháng.",
    "'gần ba chục đại lý' = nearly 30. 'vượt 8% kế hoạch' is a change with baseline kế hoạch. 'Dự kiến quý I/2025 ... một dây chuyền' → forecast.",
    "'Năm ngoái' in a quote of a 2024 article = 2023. 'sau 2-3 năm sử dụng' is a recommended replacement interval: optional.",
    "'42 lao động' and the wage stand in the 'Năm 2023' sentence after ';': period 2023.",
]

if __name__ == "__main__":
    write("p1487-5", TEXT, NOTES, FIGS, published="2024-07-08", location="Bắc Giang")
