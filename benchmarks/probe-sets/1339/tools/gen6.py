"""p1339-6: national newspaper (VnExpress-like): unlicensed sand wharves along Hanoi's rivers, sand prices."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Giao thông
Thứ hai, 18/3/2024, 10:12 (GMT+7)

Hà Nội còn hơn 100 bến cát hoạt động không phép

Dọc các sông Hồng, Đuống, Đáy trên địa bàn Hà Nội có 238 bến thủy nội địa, trong đó 126 bến được cấp phép, hơn 100 bến còn lại hoạt động tự phát, chủ yếu kinh doanh cát, sỏi.

Theo báo cáo Sở Giao thông vận tải Hà Nội gửi UBND thành phố ngày 15/3, các bến không phép tập trung tại huyện Phúc Thọ (21 bến), Đan Phượng (17 bến), Thường Tín (15 bến) và Gia Lâm (13 bến). Nhiều bến lấn chiếm bãi sông, đổ cát thành đống cao 5-7 m, gây sạt lở bờ và cản trở thoát lũ.

Ông Nguyễn Quang Minh, chủ một bãi cát ở xã Liên Hà (huyện Đan Phượng), cho biết mỗi ngày bãi của ông bán khoảng 400 m3 cát, giá cát vàng xây dựng khoảng 650.000 đồng/m3, tăng khoảng 30% so với đầu năm 2023, cát đen san lấp từ 250.000 đến 280.000 đồng/m3.

Năm 2023, lực lượng chức năng thành phố xử lý 214 vụ vi phạm liên quan đến bến thủy nội địa, phạt hơn 5,6 tỷ đồng, tịch thu 7 tàu hút cát. Riêng quý I/2024, thành phố đã giải tỏa 18 bến.

Theo Cục Đường thủy nội địa Việt Nam, Hà Nội đứng thứ hai cả nước về số bến thủy nội địa hoạt động không phép, sau Đồng Nai.

Theo kế hoạch, đến hết năm 2025 thành phố sẽ xóa bỏ toàn bộ bến không phép, quy hoạch 45 bến tập kết vật liệu xây dựng tập trung, mỗi bến có diện tích không quá 3 ha.

Võ Hải
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
BY25 = P("đến hết năm 2025", None, "2025-12-31")
UNLIC = "bến không phép"

FIGS = [
    F("còn hơn 100 bến", "100", 100, "count", "bến cát", approx="over",
      subject="bến cát hoạt động không phép"),
    F("có 238 bến", "238", 238, "count", "bến thủy nội địa",
      subject="bến thủy nội địa dọc các sông Hồng, Đuống, Đáy"),
    F("126 bến", "126", 126, "count", "bến", total=238, subject="bến được cấp phép"),
    F("hơn 100 bến còn lại", "100", 100, "count", "bến", approx="over", total=238,
      subject="bến còn lại hoạt động tự phát"),
    F("(21 bến)", "21", 21, "count", "bến", subject=UNLIC, location="Phúc Thọ"),
    F("(17 bến)", "17", 17, "count", "bến", subject=UNLIC, location="Đan Phượng"),
    F("(15 bến)", "15", 15, "count", "bến", subject=UNLIC, location="Thường Tín"),
    F("(13 bến)", "13", 13, "count", "bến", subject=UNLIC, location="Gia Lâm"),
    F("cao 5-7 m", "5", 5, "measure", "m", value_max=7, subject="đống cát cao"),
    F("khoảng 400 m3", "400", 400, "measure", "m3/ngày", approx="about",
      subject="cát bãi bán mỗi ngày", location="Đan Phượng"),
    F("khoảng 650.000", "650.000", 650000, "money", "đồng/m3", approx="about",
      change=C("increase", 30, "%", "đầu năm 2023", approx="about"),
      subject="giá cát vàng xây dựng", location="Đan Phượng"),
    F("từ 250.000 đến", "250.000", 250000, "money", "đồng/m3", value_max=280000,
      subject="giá cát đen san lấp", location="Đan Phượng"),
    F("xử lý 214 vụ", "214", 214, "count", "vụ vi phạm",
      subject="vụ vi phạm liên quan đến bến thủy nội địa xử lý", period=Y23),
    F("hơn 5,6 tỷ", "5,6", 5.6e9, "money", "đồng", approx="over", subject="tiền phạt", period=Y23),
    F("tịch thu 7 tàu", "7", 7, "count", "tàu hút cát", subject="tàu hút cát tịch thu", period=Y23),
    F("giải tỏa 18 bến", "18", 18, "count", "bến", subject="bến giải tỏa", period=Q1),
    F("đứng thứ hai", "hai", 2, "rank", "hạng",
      subject="số bến thủy nội địa hoạt động không phép"),
    F("quy hoạch 45 bến", "45", 45, "count", "bến", status="target",
      subject="bến tập kết vật liệu xây dựng tập trung quy hoạch", period=BY25),
    F("không quá 3 ha", "3", 3, "measure", "ha", approx="at_most", status="target",
      subject="diện tích mỗi bến", period=BY25),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 18/3/2024, 10:12 (GMT+7)' (published), headline figure, sapo, quote, byline at the end.",
    "Headline 'còn hơn 100 bến cát' and sapo 'hơn 100 bến còn lại' are two figures; the sapo's parts after 'trong đó' take total 238.",
    "District list 'Phúc Thọ (21 bến), Đan Phượng (17 bến), ...' → subject 'bến không phép', district as location; the parts add to 66, no total.",
    "The yard owner's figures (400 m3 a day, prices) are in huyện Đan Phượng; 'mỗi ngày ... 400 m3' → unit 'm3/ngày'. The 30% rise belongs to 650.000 đồng/m3.",
    "'Hà Nội đứng thứ hai cả nước' → rank 2, location Hà Nội. 'Theo kế hoạch, đến hết năm 2025 ... sẽ' → target, period end 2025-12-31.",
    "Distractors: '10:12 (GMT+7)', 'ngày 15/3', 'đầu năm 2023' (baseline), 'quý I/2024' (period), 'toàn bộ'.",
]

if __name__ == "__main__":
    write("p1339-6", TEXT, NOTES, FIGS, published="2024-03-18", location="Hà Nội")
