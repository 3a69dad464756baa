"""p1172-5: Party newspaper (Báo Quảng Ngãi): overloaded trucks in 2023; a transport company at Dung Quất."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NGÃI
Thời sự | Kinh tế | Xã hội | Pháp luật

Chuyển biến trong kiểm soát xe quá tải

Năm 2023, Thanh tra Sở GTVT và Phòng CSGT Công an tỉnh Quảng Ngãi đã kiểm tra tải trọng 4.215 phương tiện, xử lý 386 xe vi phạm, giảm 27% so với năm 2022, phạt tiền hơn 3,6 tỷ đồng. Đáng chú ý, vẫn còn 52 xe chở hàng vượt tải trọng cho phép trên 100%, chủ yếu là xe chở cát, đá và dăm gỗ.

Tại Khu kinh tế Dung Quất (huyện Bình Sơn), Công ty TNHH Vận tải Hưng Phát có đội xe 48 chiếc, mỗi tháng vận chuyển khoảng 35.000 tấn dăm gỗ ra cảng. Công ty đã gắn thiết bị giám sát hành trình và camera cho 100% xe; mỗi chuyến hàng đều qua trạm cân tại bãi trước khi xuất bến. Ông Nguyễn Văn Tài, Giám đốc công ty cho biết: "Chở đúng tải, mỗi chuyến thu ít hơn khoảng 1,2 triệu đồng, nhưng chi phí sửa chữa xe giảm khoảng 30%, tài xế cũng không lo bị tước bằng".

Hiện toàn tỉnh có 1.265 xe tải, xe đầu kéo của 214 doanh nghiệp, hợp tác xã kinh doanh vận tải hàng hóa; trong đó 96% số xe đã lắp thiết bị giám sát hành trình. Tuy nhiên, tỉnh mới có một trạm cân cố định tại Quốc lộ 1 (xã Tịnh Phong, huyện Sơn Tịnh) nên việc kiểm soát còn phụ thuộc nhiều vào cân lưu động.

Năm 2024, tỉnh phấn đấu giảm ít nhất 10% số xe vi phạm tải trọng so với năm 2023, xử lý dứt điểm 7 bến bãi tập kết cát trái phép dọc sông Trà Khúc.

THANH NHƯ
18/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
BS = "Bình Sơn"

FIGS = [
    F("tải trọng 4.215", "4.215", 4215, "count", "phương tiện",
      subject="phương tiện được kiểm tra tải trọng", period=Y23),
    F("xử lý 386 xe", "386", 386, "count", "xe", change=C("decrease", 27, "%", "năm 2022"),
      subject="xe vi phạm bị xử lý", period=Y23),
    F("hơn 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="over",
      subject="tiền phạt", period=Y23),
    F("còn 52 xe", "52", 52, "count", "xe",
      subject="xe chở hàng vượt tải trọng cho phép trên 100%", period=I(Y23)),
    F("trên 100%", "100", 100, "percent", "%", approx="over", optional=True,
      subject="mức vượt tải trọng cho phép", period=I(Y23)),
    F("đội xe 48 chiếc", "48", 48, "count", "chiếc",
      subject="đội xe của Công ty TNHH Vận tải Hưng Phát", location=BS),
    F("khoảng 35.000 tấn", "35.000", 35000, "measure", "tấn/tháng", approx="about",
      subject="dăm gỗ công ty vận chuyển ra cảng mỗi tháng", location=BS),
    F("cho 100% xe", "100", 100, "percent", "%",
      subject="xe của công ty được gắn thiết bị giám sát hành trình và camera", location=BS),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/chuyến", approx="about",
      subject="khoản thu ít hơn mỗi chuyến khi chở đúng tải", location=BS),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="chi phí sửa chữa xe giảm", location=BS),
    F("có 1.265 xe", "1.265", 1265, "count", "xe tải, xe đầu kéo",
      subject="xe tải, xe đầu kéo kinh doanh vận tải hàng hóa"),
    F("của 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã kinh doanh vận tải hàng hóa"),
    F("trong đó 96%", "96", 96, "percent", "%",
      subject="số xe đã lắp thiết bị giám sát hành trình"),
    F("có một trạm", "một", 1, "count", "trạm cân cố định", subject="trạm cân cố định của tỉnh"),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="số xe vi phạm tải trọng giảm so với năm 2023", period=Y24),
    F("dứt điểm 7 bến", "7", 7, "count", "bến bãi", status="target",
      subject="bến bãi tập kết cát trái phép xử lý dứt điểm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Quảng Ngãi): masthead, menu, byline 'THANH NHƯ' and bare date '18/01/2024' at the end (published).",
    "Distractors: Quốc lộ 1, 'xã Tịnh Phong, huyện Sơn Tịnh' (address of the station; the count 'một trạm' is the province's), bare date.",
    "The company passage stands in huyện Bình Sơn (Khu kinh tế Dung Quất): its figures, also the director's quote, get location Bình Sơn.",
    "'giảm 27% so với năm 2022' after 386 xe is its change. 'giảm khoảng 30%' and 'giảm ít nhất 10%' stand as claims (percent, no change).",
    "'trong đó 96% số xe' is a percent figure of its own (no total for a percent). 'trên 100%' is an overload band (optional).",
]

if __name__ == "__main__":
    write("p1172-5", TEXT, NOTES, FIGS, published="2024-01-18", location="Quảng Ngãi")
