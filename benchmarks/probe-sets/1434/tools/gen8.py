"""p1434-8: news agency (TTXVN, baotintuc style): Hà Tĩnh tightens control of iron ore mining, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Thời sự | Kinh tế | Xã hội | Địa phương

Hà Tĩnh siết chặt quản lý khai thác quặng sắt

12/07/2024 16:05

Trong 6 tháng đầu năm, tỉnh Hà Tĩnh phát hiện 12 vụ khai thác, vận chuyển quặng sắt trái phép, tăng 4 vụ so với cùng kỳ năm 2023.

Theo phóng viên TTXVN tại Hà Tĩnh, các vụ vi phạm tập trung chủ yếu ở huyện Hương Khê (7 vụ) và huyện Vũ Quang (5 vụ). Lực lượng chức năng đã xử phạt hành chính 485 triệu đồng, tịch thu gần 1.250 tấn quặng và 3 máy xúc PC200.

Hiện toàn tỉnh có 4 mỏ sắt được cấp phép khai thác với tổng trữ lượng khoảng 6,4 triệu tấn. 6 tháng, sản lượng khai thác ước đạt 215.000 tấn, bằng 46,7% kế hoạch năm; nộp ngân sách ước 38,5 tỷ đồng. Dự kiến cả năm 2024, sản lượng khai thác đạt khoảng 450.000 tấn.

Tại xã Hương Trà, huyện Hương Khê, mỏ sắt Khe Bò của Công ty cổ phần Khoáng sản Trà Sơn đã kết thúc khai thác từ cuối năm 2023. Doanh nghiệp đang hoàn thổ 14,2 ha và trồng lại rừng trên diện tích 9 ha với tổng kinh phí gần 6 tỷ đồng.

Ông Phan Đình Nhất, Giám đốc Sở Tài nguyên và Môi trường, cho biết 6 tháng cuối năm, tỉnh phấn đấu 100% huyện có mỏ thành lập tổ kiểm tra liên ngành, tuần tra tối thiểu 2 lần/tháng trên các tuyến đường tỉnh ĐT.553 và Quốc lộ 15.

Hoàng Ngọc (TTXVN)

Tin liên quan:
- Hà Tĩnh: Đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng năm 2024
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1S = per("6 tháng", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
HK = "Hương Khê"

FIGS = [
    fig("hiện 12 vụ", "12", 12, "count", "vụ", change=chg("increase", 4, "vụ", "cùng kỳ năm 2023"),
        subject="vụ khai thác, vận chuyển quặng sắt trái phép", period=H1),
    fig("(7 vụ)", "7", 7, "count", "vụ", subject="vụ vi phạm", period=inh(H1), location=HK),
    fig("(5 vụ)", "5", 5, "count", "vụ", subject="vụ vi phạm", period=inh(H1), location="Vũ Quang"),
    fig("chính 485 triệu", "485", 485e6, "money", "đồng", subject="tiền xử phạt hành chính"),
    fig("gần 1.250 tấn", "1.250", 1250, "measure", "tấn", approx="nearly", subject="quặng bị tịch thu"),
    fig("và 3 máy xúc", "3", 3, "count", "máy xúc", subject="máy xúc bị tịch thu"),
    fig("có 4 mỏ sắt", "4", 4, "count", "mỏ", subject="mỏ sắt được cấp phép khai thác"),
    fig("khoảng 6,4 triệu", "6,4", 6.4e6, "measure", "tấn", approx="about",
        subject="tổng trữ lượng các mỏ sắt được cấp phép"),
    fig("ước đạt 215.000 tấn", "215.000", 215000, "measure", "tấn", status="estimate", percent=46.7,
        subject="sản lượng khai thác", period=H1S),
    fig("ước 38,5 tỷ", "38,5", 38.5e9, "money", "đồng", status="estimate", subject="nộp ngân sách", period=H1S),
    fig("khoảng 450.000 tấn", "450.000", 450000, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng khai thác", period=Y24),
    fig("hoàn thổ 14,2 ha", "14,2", 14.2, "measure", "ha", subject="diện tích doanh nghiệp đang hoàn thổ",
        location=HK),
    fig("diện tích 9 ha", "9", 9, "measure", "ha", subject="diện tích trồng lại rừng", location=HK),
    fig("gần 6 tỷ", "6", 6e9, "money", "đồng", approx="nearly", subject="tổng kinh phí hoàn thổ, trồng lại rừng",
        location=HK),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="huyện có mỏ thành lập tổ kiểm tra liên ngành", period=H2),
    fig("tối thiểu 2 lần/tháng", "2", 2, "measure", "lần/tháng", approx="at_least", status="target",
        subject="tuần tra", period=H2),
]

NOTES = [
    "News agency (TTXVN, baotintuc style): masthead, menu, '12/07/2024 16:05', sapo, 'Theo phóng viên TTXVN tại Hà Tĩnh', byline '(TTXVN)'.",
    "Distractors: 16:05, 'máy xúc PC200' (a model name), 'ĐT.553', 'Quốc lộ 15', 'ông Phan Đình Nhất' (a name), 'cuối năm 2023' (time),",
    "'năm 2024' in the related-link title.",
    "'6 tháng đầu năm' has no year: 2024 from the dateline (the nearest earlier date). 'tăng 4 vụ so với cùng kỳ năm 2023' → change in vụ.",
    "'tập trung chủ yếu ở huyện Hương Khê (7 vụ) và huyện Vũ Quang (5 vụ)': a list with the districts as locations; no part-of cue",
    "('chủ yếu' is not 'trong đó'/'gồm', and the whole stands in another paragraph), so no total; period inherited.",
    "'trồng lại rừng trên diện tích 9 ha': 'trên' is the preposition 'on' before 'diện tích', not 'over' before the number: exact.",
    "'ước đạt 215.000 tấn, bằng 46,7% kế hoạch năm; nộp ngân sách ước 38,5 tỷ' → estimate; 'Dự kiến cả năm 2024' → forecast.",
    "'6 tháng cuối năm, tỉnh phấn đấu 100% ..., tuần tra tối thiểu 2 lần/tháng' → target for both; at_least for 'tối thiểu'.",
]

if __name__ == "__main__":
    write("p1434-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Hà Tĩnh")
