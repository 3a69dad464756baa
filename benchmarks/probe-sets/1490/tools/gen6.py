"""p1490-6: national newspaper: cheap microwave ovens sold online fail the leakage test; e-commerce sales."""
from lib import F, P, inh, ch, tg, write

TEXT = """Kinh doanh › Tiêu dùng

Thứ sáu, 20/9/2024, 15:40 (GMT+7)

Nhiều lò vi sóng giá rẻ bán trên mạng rò rỉ vi sóng vượt ngưỡng

Trong 30 mẫu lò vi sóng giá rẻ mua trên các sàn thương mại điện tử, 8 mẫu có mức rò rỉ vi sóng cao hơn ngưỡng an toàn.

Kết quả khảo sát do Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam phối hợp với Trung tâm Thử nghiệm Điện - Điện tử Sao Việt công bố ngày 19/9 cho thấy, trong số 30 mẫu thuộc 14 nhãn hiệu được mua ngẫu nhiên trên ba sàn thương mại điện tử lớn nhất cả nước, có 8 mẫu đo được mức rò rỉ vi sóng từ 6,2 đến 11,5 mW/cm2, vượt giới hạn của tiêu chuẩn quốc gia. Ngoài ra, 5 mẫu không đạt yêu cầu về nhiệt độ bề mặt vỏ, 12 mẫu không có hướng dẫn sử dụng bằng tiếng Việt.

Các mẫu được khảo sát có giá bán từ 690.000 đến 990.000 đồng, rẻ hơn 30-50% so với sản phẩm cùng dung tích tại siêu thị điện máy. Nhiều sản phẩm công bố công suất 1.200 W nhưng khi đo thực tế chỉ đạt khoảng 700-800 W.

"Cửa lò đóng không kín, gioăng kém chất lượng là nguyên nhân chính khiến vi sóng thoát ra ngoài", ông Nguyễn Văn Khải, Phó giám đốc Trung tâm Sao Việt, nói.

Theo số liệu của một nền tảng phân tích thị trường, 8 tháng đầu năm nay, doanh số lò vi sóng trên các sàn thương mại điện tử đạt khoảng 1.150 tỷ đồng, tăng 26% so với cùng kỳ năm trước; riêng phân khúc dưới 1 triệu đồng chiếm gần 40% số sản phẩm bán ra.

Từ đầu năm đến nay, lực lượng quản lý thị trường cả nước đã xử lý 146 vụ vi phạm liên quan đến kinh doanh đồ điện gia dụng trên môi trường mạng, phạt tiền trên 2,3 tỷ đồng.

Minh Thư
"""

M8 = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-20")

FIGS = [
    F("Trong 30 mẫu", "30", 30, "count", "mẫu",
      subject="mẫu lò vi sóng giá rẻ mua trên các sàn thương mại điện tử"),
    F("điện tử, 8 mẫu", "8", 8, "count", "mẫu", total=30,
      subject="mẫu có mức rò rỉ vi sóng cao hơn ngưỡng an toàn"),
    F("trong số 30 mẫu", "30", 30, "count", "mẫu", subject="mẫu lò vi sóng được khảo sát"),
    F("thuộc 14 nhãn hiệu", "14", 14, "count", "nhãn hiệu", subject="nhãn hiệu của các mẫu"),
    F("trên ba sàn", "ba", 3, "count", "sàn thương mại điện tử",
      subject="sàn thương mại điện tử mua mẫu"),
    F("có 8 mẫu", "8", 8, "count", "mẫu", total=30,
      subject="mẫu có mức rò rỉ vi sóng vượt giới hạn của tiêu chuẩn quốc gia"),
    F("từ 6,2 đến 11,5", "6,2", 6.2, "measure", "mW/cm2", value_max=11.5, subject="mức rò rỉ vi sóng"),
    F("Ngoài ra, 5 mẫu", "5", 5, "count", "mẫu",
      subject="mẫu không đạt yêu cầu về nhiệt độ bề mặt vỏ"),
    F("12 mẫu", "12", 12, "count", "mẫu", subject="mẫu không có hướng dẫn sử dụng bằng tiếng Việt"),
    F("từ 690.000 đến 990.000", "690.000", 690000, "money", "đồng", value_max=990000,
      change=ch("decrease", 30, "%", "sản phẩm cùng dung tích tại siêu thị điện máy"),
      subject="giá bán các mẫu được khảo sát"),
    F("công suất 1.200 W", "1.200", 1200, "measure", "W", subject="công suất sản phẩm công bố"),
    F("khoảng 700-800 W", "700", 700, "measure", "W", value_max=800, approx="about",
      subject="công suất đo thực tế"),
    F("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about",
      change=ch("increase", 26, "%", "cùng kỳ năm trước"),
      subject="doanh số lò vi sóng trên các sàn thương mại điện tử", period=M8),
    F("dưới 1 triệu", "1", 1e6, "money", "đồng", approx="under", subject="phân khúc giá", optional=True),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="tỷ trọng phân khúc dưới 1 triệu đồng trong số sản phẩm bán ra", period=M8),
    F("xử lý 146 vụ", "146", 146, "count", "vụ",
      subject="vụ vi phạm liên quan đến kinh doanh đồ điện gia dụng trên môi trường mạng", period=YTD),
    F("trên 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over", subject="tiền phạt", period=YTD),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 20/9/2024, 15:40 (GMT+7)', sapo, quote, byline at the end. National survey and market: location Việt Nam.",
    "Distractors: '(GMT+7)', '15:40', 'ngày 19/9' (announcement date), 'Điện - Điện tử' names, the quote.",
    "Sapo and body both state 30 and 8: each mention is a figure. 'Trong 30 mẫu ..., 8 mẫu' and 'trong số 30 mẫu ..., có 8 mẫu' → total 30.",
    "'Ngoài ra, 5 mẫu ..., 12 mẫu ...': no part-of cue, no total.",
    "'giá bán từ 690.000 đến 990.000 đồng, rẻ hơn 30-50% so với ...': range money with a decrease change (first value 30).",
    "'phân khúc dưới 1 triệu đồng' names a price segment: optional. 'chiếm gần 40%' is its own percent figure (no amount before it).",
    "'8 tháng đầu năm nay' → 2024-01..08 (published year); 'Từ đầu năm đến nay' ends at the dateline 2024-09-20.",
]

if __name__ == "__main__":
    write("p1490-6", TEXT, NOTES, FIGS, published="2024-09-20", location="Việt Nam")
