"""p1490-8: radio/TV site (THP Hải Phòng): used microwaves and ovens seized at the port; imports through Hải Phòng."""
from lib import F, P, inh, ch, tg, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Pháp luật | Video

Phát hiện gần 3.000 lò vi sóng, lò nướng đã qua sử dụng nhập khẩu trái phép

05/11/2024 18:30 | Pháp luật

THP - Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực III vừa phát hiện hai container khai báo là "linh kiện điện gia dụng" nhưng thực tế chứa 2.940 chiếc lò vi sóng, lò nướng điện đã qua sử dụng, trị giá ước tính hơn 1,6 tỷ đồng.

Lô hàng do Công ty TNHH Thương mại Xuất nhập khẩu Đông Hải nhập khẩu từ Hàn Quốc, trong đó có 1.870 chiếc lò vi sóng và 1.070 chiếc lò nướng. Theo Nghị định số 69/2018/NĐ-CP, đây là mặt hàng đã qua sử dụng thuộc danh mục cấm nhập khẩu.

Theo Cục Hải quan TP Hải Phòng, 10 tháng năm 2024, kim ngạch nhập khẩu đồ điện gia dụng qua các cảng biển Hải Phòng đạt 1,24 tỷ USD, tăng 14% so với cùng kỳ; trong đó nhóm lò vi sóng, lò nướng điện đạt khoảng 136 triệu USD, chiếm 11%. Hải Phòng hiện đứng thứ 2 cả nước về kim ngạch nhập khẩu nhóm hàng này, sau TP Hồ Chí Minh.

Từ đầu năm đến nay, Cục đã phát hiện, xử lý 18 vụ vi phạm liên quan đến hàng điện gia dụng đã qua sử dụng, tăng 5 vụ so với cùng kỳ, thu nộp ngân sách hơn 3,8 tỷ đồng. Riêng tháng 10, đơn vị kiểm tra 412 tờ khai hàng điện gia dụng, phát hiện 3 vụ vi phạm. Trung bình mỗi tháng, lực lượng hải quan kiểm tra thực tế từ 120 đến 150 container hàng điện gia dụng.

Vụ việc đang được tiếp tục điều tra, xử lý theo quy định.

Thu Hà - Quang Minh/THP

Xem thêm:
- Video: Bản tin Thời sự 19h45 ngày 05/11/2024
- Hải Phòng: Ra quân cao điểm chống buôn lậu dịp cuối năm
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-05")
OCT = P("tháng 10", "2024-10-01", "2024-10-31")

FIGS = [
    F("gần 3.000 lò", "3.000", 3000, "count", "lò vi sóng, lò nướng", approx="nearly",
      subject="lò vi sóng, lò nướng đã qua sử dụng nhập khẩu trái phép"),
    F("hai container", "hai", 2, "count", "container",
      subject="container khai báo là linh kiện điện gia dụng"),
    F("chứa 2.940 chiếc", "2.940", 2940, "count", "chiếc",
      subject="lò vi sóng, lò nướng điện đã qua sử dụng"),
    F("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", status="estimate",
      subject="trị giá lô hàng"),
    F("có 1.870 chiếc", "1.870", 1870, "count", "chiếc", total=2940, subject="lò vi sóng"),
    F("1.070 chiếc", "1.070", 1070, "count", "chiếc", total=2940, subject="lò nướng"),
    F("đạt 1,24 tỷ", "1,24", 1.24e9, "money", "USD", change=ch("increase", 14, "%", "cùng kỳ"),
      subject="kim ngạch nhập khẩu đồ điện gia dụng qua các cảng biển Hải Phòng", period=M10),
    F("khoảng 136 triệu", "136", 136e6, "money", "USD", approx="about", total=1.24e9, percent=11,
      subject="kim ngạch nhập khẩu nhóm lò vi sóng, lò nướng điện", period=M10),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="kim ngạch nhập khẩu nhóm hàng này"),
    F("xử lý 18 vụ", "18", 18, "count", "vụ", change=ch("increase", 5, "vụ", "cùng kỳ"),
      subject="vụ vi phạm liên quan đến hàng điện gia dụng đã qua sử dụng", period=YTD),
    F("hơn 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", approx="over", subject="thu nộp ngân sách", period=YTD),
    F("kiểm tra 412 tờ khai", "412", 412, "count", "tờ khai",
      subject="tờ khai hàng điện gia dụng được kiểm tra", period=OCT),
    F("phát hiện 3 vụ", "3", 3, "count", "vụ", subject="vụ vi phạm phát hiện", period=OCT),
    F("từ 120 đến 150", "120", 120, "measure", "container/tháng", value_max=150,
      subject="container hàng điện gia dụng lực lượng hải quan kiểm tra thực tế"),
]

NOTES = [
    "Radio/TV site (THP Hải Phòng): '05/11/2024 18:30 | Pháp luật', lead tag 'THP -', byline 'Thu Hà - Quang Minh/THP', 'Xem thêm' links.",
    "Distractors: 'khu vực III', 'Nghị định số 69/2018/NĐ-CP', '18:30', '19h45 ngày 05/11/2024', 'TP Hồ Chí Minh' (the city ranked first, not a figure).",
    "Headline 'gần 3.000 lò vi sóng, lò nướng' is its own figure (nearly). 'trị giá ước tính hơn 1,6 tỷ đồng' → estimate, over.",
    "'Lô hàng ..., trong đó có 1.870 chiếc lò vi sóng và 1.070 chiếc lò nướng': the whole is 2.940 chiếc in the previous sentence (same thing counted; 1.870 + 1.070 = 2.940).",
    "'1,24 tỷ USD ...; trong đó nhóm lò vi sóng, lò nướng điện đạt khoảng 136 triệu USD, chiếm 11%' → total 1,24 tỷ, percent 11.",
    "'Hải Phòng hiện đứng thứ 2 cả nước' → rank located in Hải Phòng, no period ('hiện').",
    "'Riêng tháng 10' takes 2024. 'Trung bình mỗi tháng ... từ 120 đến 150 container' → measure 'container/tháng', no period.",
]

if __name__ == "__main__":
    write("p1490-8", TEXT, NOTES, FIGS, published="2024-11-05", location="Hải Phòng")
