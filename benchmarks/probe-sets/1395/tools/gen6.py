"""p1395-6: national newspaper: borrowed / fake barcodes on e-commerce, survey, fines."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ tư, 12/3/2025, 07:30 (GMT+7)

Loạn mã vạch "mượn" trên sàn thương mại điện tử

Nhiều sản phẩm bán trên mạng dùng mã vạch của doanh nghiệp khác hoặc mã không tồn tại, người tiêu dùng quét mã vẫn thấy "hàng Việt Nam".

Chị Nguyễn Thu Trang (Hà Nội) mua hộp sữa hạt giá 189.000 đồng trên sàn thương mại điện tử, quét mã 893 in trên bao bì thì ứng dụng báo "không tìm thấy sản phẩm".

Theo Cục Quản lý thị trường (Bộ Công Thương), năm 2024, lực lượng quản lý thị trường cả nước đã phát hiện, xử lý hơn 2.300 vụ vi phạm về nhãn hàng hóa và mã số mã vạch, thu nộp ngân sách khoảng 46 tỷ đồng. Số vụ vi phạm về nhãn hàng hóa trên môi trường mạng năm 2024 gấp 3 lần năm 2023. Chỉ riêng hai tháng đầu năm nay, cơ quan chức năng đã phát hiện ba chục doanh nghiệp sử dụng mã số mã vạch của đơn vị khác.

Khảo sát của Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam với 1.500 người cho thấy gần 62% thường quét mã vạch trước khi mua hàng, nhưng chỉ 18% biết rằng mã 893 chỉ cho biết nơi đăng ký mã, không phải nơi sản xuất.

Theo ước tính của Hiệp hội Thương mại điện tử Việt Nam, khoảng 30-40% sản phẩm mỹ phẩm, thực phẩm chức năng nhập khẩu rao bán trên các sàn không có nhãn phụ tiếng Việt.

Ông Nguyễn Hữu Khánh, chuyên gia về tiêu chuẩn, cho rằng chi phí đăng ký mã số mã vạch không lớn, chỉ từ 1 đến 3 triệu đồng mỗi năm, nhưng nhiều hộ kinh doanh nhỏ vẫn "mượn" mã để tiết kiệm. "Theo Nghị định 13/2022/NĐ-CP, hành vi sử dụng mã số mã vạch chưa được cấp có thể bị phạt từ 15 đến 20 triệu đồng, nhưng việc kiểm tra hàng bán online còn rất hạn chế", ông nói.

Bộ Khoa học và Công nghệ dự kiến trong quý II sẽ đưa vào vận hành hệ thống xác thực mã vạch trực tuyến, kết nối với ít nhất 5 sàn thương mại điện tử lớn.

Minh Châu
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
TWO = per("hai tháng đầu năm nay", "2025-01-01", "2025-02-28")
Q2 = per("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    fig("giá 189.000 đồng", "189.000", 189000, "money", "đồng", location="Hà Nội",
        subject="giá hộp sữa hạt"),
    fig("hơn 2.300 vụ", "2.300", 2300, "count", "vụ", approx="over",
        subject="vụ vi phạm về nhãn hàng hóa và mã số mã vạch được phát hiện, xử lý", period=Y24),
    fig("khoảng 46 tỷ", "46", 46e9, "money", "đồng", approx="about",
        subject="thu nộp ngân sách", period=Y24),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="số vụ vi phạm về nhãn hàng hóa trên môi trường mạng", period=Y24b),
    fig("ba chục doanh nghiệp", "ba chục", 30, "count", "doanh nghiệp",
        subject="doanh nghiệp sử dụng mã số mã vạch của đơn vị khác", period=TWO),
    fig("với 1.500 người", "1.500", 1500, "count", "người",
        subject="người tham gia khảo sát"),
    fig("gần 62%", "62", 62, "percent", "%", approx="nearly",
        subject="người thường quét mã vạch trước khi mua hàng"),
    fig("chỉ 18%", "18", 18, "percent", "%",
        subject="người biết mã 893 chỉ cho biết nơi đăng ký mã"),
    fig("khoảng 30-40%", "30", 30, "percent", "%", value_max=40, approx="about", status="estimate",
        subject="sản phẩm mỹ phẩm, thực phẩm chức năng nhập khẩu rao bán trên các sàn không có nhãn phụ tiếng Việt"),
    fig("từ 1 đến 3 triệu", "1", 1e6, "money", "đồng/năm", value_max=3e6,
        subject="chi phí đăng ký mã số mã vạch"),
    fig("từ 15 đến 20 triệu", "15", 15e6, "money", "đồng", value_max=20e6,
        subject="mức phạt hành vi sử dụng mã số mã vạch chưa được cấp"),
    fig("ít nhất 5 sàn", "5", 5, "count", "sàn thương mại điện tử", approx="at_least", status="forecast",
        subject="sàn thương mại điện tử kết nối với hệ thống xác thực mã vạch trực tuyến", period=Q2),
]

NOTES = [
    "National newspaper: 'Thứ tư, 12/3/2025, 07:30 (GMT+7)', headline, sapo, anecdote, quote, byline at the end.",
    "Distractors: '(GMT+7)', 07:30, 'mã 893' twice, 'Nghị định 13/2022/NĐ-CP', 'hai tháng đầu năm nay' (a period, not a count).",
    "National figures: location Việt Nam. The reader's purchase '(Hà Nội)' -> Hà Nội.",
    "'Số vụ ... năm 2024 gấp 3 lần năm 2023' stands alone as the claim -> multiple 3 lần (no base figure in the sentence).",
    "'ba chục doanh nghiệp' = 30 (number words, exact). 'hai tháng đầu năm nay' -> 2025-01-01 .. 2025-02-28 (published year).",
    "Survey shares 'gần 62%' / 'chỉ 18%' are percent figures; 'chỉ' (only) is no approximation.",
    "'Theo ước tính của ... khoảng 30-40%' -> estimate, about, range.",
    "'chỉ từ 1 đến 3 triệu đồng mỗi năm' -> money range, unit đồng/năm. The legal fine 'từ 15 đến 20 triệu đồng' is a stated fact: money range.",
    "'dự kiến trong quý II ... ít nhất 5 sàn' -> forecast, at_least, quý II of 2025.",
]

if __name__ == "__main__":
    write("p1395-6", TEXT, NOTES, FIGS, published="2025-03-12", location="Việt Nam")
