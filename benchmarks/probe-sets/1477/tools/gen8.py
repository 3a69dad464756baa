"""p1477-8: radio/TV site (Đài PT-TH Thanh Hóa): seizure of unlabelled hair dryers and irons in Nghi Sơn; province QLTT results."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Podcast

Thu giữ hơn 1.800 máy sấy tóc, bàn là không rõ nguồn gốc

26/11/2024 14:25

Chiều 25/11, Đội Quản lý thị trường số 5, Cục Quản lý thị trường tỉnh Thanh Hóa phối hợp với Công an thị xã Nghi Sơn kiểm tra đột xuất cửa hàng điện máy Hùng Cường tại tiểu khu 3, phường Hải Hòa, thị xã Nghi Sơn. Tại thời điểm kiểm tra, lực lượng chức năng phát hiện 1.240 máy sấy tóc và 590 bàn là hơi nước không có hóa đơn, chứng từ, trị giá khoảng 310 triệu đồng.

Toàn bộ số hàng trên mang nhãn hiệu nước ngoài nhưng không có tem nhập khẩu; giá bán tại cửa hàng chỉ từ 95.000 đến 160.000 đồng/chiếc. Đội Quản lý thị trường số 5 đã tạm giữ toàn bộ số hàng hóa để xác minh, xử lý theo quy định.

Theo Cục Quản lý thị trường tỉnh, từ đầu năm đến nay, lực lượng quản lý thị trường toàn tỉnh đã kiểm tra 86 vụ liên quan đến đồ điện gia dụng, xử lý 71 vụ vi phạm, phạt tiền hơn 1,26 tỷ đồng, tăng 18% so với cùng kỳ năm 2023; tịch thu khoảng 5.400 sản phẩm, trong đó hơn 2.100 máy sấy tóc và gần 900 bàn là.

Ông Lê Văn Thắng, Phó Cục trưởng Cục Quản lý thị trường tỉnh, cho biết khoảng 70% hàng điện gia dụng vi phạm được phát hiện là hàng nhập lậu bán qua mạng xã hội. Trong tháng 12, Cục dự kiến tổ chức 2 đợt kiểm tra cao điểm tại 6 huyện, thị xã giáp ranh với Ninh Bình và Nghệ An.

Hà Linh - Văn Đức/TTV

Tin cùng chuyên mục:
- Thanh Hóa: Khai mạc Hội chợ Thương mại quốc tế Việt - Lào năm 2024
"""

D25 = period("Chiều 25/11", "2024-11-25", "2024-11-25", inherited=True)
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-11-26")
DEC = period("Trong tháng 12", "2024-12-01", "2024-12-31")
NS = "Nghi Sơn"

FIGS = [
    F("hơn 1.800", "1.800", 1800, "count", "máy sấy tóc, bàn là", approx="over",
      subject="máy sấy tóc, bàn là không rõ nguồn gốc thu giữ", location=NS),
    F("phát hiện 1.240", "1.240", 1240, "count", "máy sấy tóc", subject="máy sấy tóc không có hóa đơn, chứng từ",
      period=D25, location=NS),
    F("và 590 bàn là", "590", 590, "count", "bàn là hơi nước", subject="bàn là hơi nước không có hóa đơn, chứng từ",
      period=D25, location=NS),
    F("khoảng 310 triệu", "310", 310e6, "money", "đồng", approx="about", subject="trị giá máy sấy tóc và bàn là hơi nước không có hóa đơn, chứng từ",
      period=D25, location=NS),
    F("từ 95.000 đến 160.000", "95.000", 95000, "money", "đồng/chiếc", value_max=160000,
      subject="giá bán tại cửa hàng", location=NS),
    F("kiểm tra 86 vụ", "86", 86, "count", "vụ", subject="vụ kiểm tra liên quan đến đồ điện gia dụng", period=YTD),
    F("xử lý 71 vụ", "71", 71, "count", "vụ", subject="vụ vi phạm được xử lý", period=YTD),
    F("hơn 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", approx="over",
      change=change("increase", 18, "%", "cùng kỳ năm 2023"), subject="tiền phạt", period=YTD),
    F("khoảng 5.400 sản phẩm", "5.400", 5400, "count", "sản phẩm", approx="about",
      subject="sản phẩm bị tịch thu", period=YTD),
    F("hơn 2.100 máy", "2.100", 2100, "count", "máy sấy tóc", approx="over", total=5400,
      subject="máy sấy tóc bị tịch thu", period=YTD),
    F("gần 900 bàn là", "900", 900, "count", "bàn là", approx="nearly", total=5400,
      subject="bàn là bị tịch thu", period=YTD),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="hàng điện gia dụng vi phạm được phát hiện là hàng nhập lậu bán qua mạng xã hội"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast", subject="đợt kiểm tra cao điểm", period=DEC),
    F("tại 6 huyện", "6", 6, "count", "huyện, thị xã", status="forecast",
      subject="huyện, thị xã giáp ranh được kiểm tra cao điểm", period=DEC),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, headline figure, '26/11/2024 14:25', byline 'Hà Linh - Văn Đức/TTV', related link.",
    "Distractors: '14:25', 'Chiều 25/11', 'Đội Quản lý thị trường số 5' (twice), 'tiểu khu 3', 'năm 2024' in a link title, baseline 'năm 2023'.",
    "The seizure is in thị xã Nghi Sơn: its figures (headline included) get location Nghi Sơn; the province's results stay Thanh Hóa.",
    "The seizure date 'Chiều 25/11' stands in the sentence before the figures: period inherited (a single day, not scored).",
    "'từ đầu năm đến nay' ends at the dateline (2024-11-26). 'xử lý 71 vụ vi phạm' after 'kiểm tra 86 vụ': no cue, no total.",
    "'tịch thu khoảng 5.400 sản phẩm, trong đó hơn 2.100 máy sấy tóc và gần 900 bàn là' → both parts total 5.400 (the dryers and irons",
    "are the products counted). 'Trong tháng 12, Cục dự kiến ... 2 đợt ... tại 6 huyện, thị xã' → forecast, period 2024-12.",
    "revised after the first run: 310 triệu subject 'trị giá hàng hóa' → 'trị giá máy sấy tóc và bàn là hơi nước không có hóa đơn,",
    "chứng từ' ('hàng hóa' is not in the sentence; the subject is named as the sentence names it).",
    "The 6 districts border Ninh Bình and Nghệ An: those provinces are not places of the figure.",
]

if __name__ == "__main__":
    write("p1477-8", TEXT, NOTES, FIGS, published="2024-11-26", location="Thanh Hóa")
