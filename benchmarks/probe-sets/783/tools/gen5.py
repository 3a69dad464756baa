"""p783-5: Party newspaper (Báo Trà Vinh), nata de coco (thạch dừa), 8 months 2023; byline + date at the end."""
from lib import F, P, CH, emit

TEXT = """Thạch dừa – hướng đi mới tận dụng nước dừa già

Trà Vinh hiện có 27 cơ sở sản xuất thạch dừa thô, tập trung ở huyện Càng Long và Cầu Kè, mỗi ngày sử dụng khoảng 350.000 lít nước dừa già – nguồn phụ phẩm trước đây phần lớn bị đổ bỏ ra kênh rạch.

Theo Sở Công Thương, 8 tháng năm 2023, các cơ sở sản xuất được 21.600 tấn thạch dừa thô, tăng 15% so với cùng kỳ; trong đó 12.800 tấn được bán cho doanh nghiệp chế biến xuất khẩu sang Philippines, Nhật Bản, Đài Loan. Giá thạch dừa thô hiện từ 4.500 đến 5.000 đồng/kg, cao hơn 500 đồng/kg so với đầu năm.

Ông Nguyễn Văn Út, chủ cơ sở thạch dừa Út Hiền ở xã An Trường A, huyện Càng Long, cơ sở nằm ven Quốc lộ 53, cho biết cơ sở có 24 lao động, mỗi tháng sản xuất 90-100 tấn thạch, lãi khoảng 60 triệu đồng. “Làm thạch thì lời gấp 3 lần bán nước dừa thô”, ông Út nói.

Tuy nhiên, nước thải từ khâu ngâm, rửa thạch có độ chua cao, nếu không xử lý sẽ gây ô nhiễm nguồn nước. Qua kiểm tra, có 11/27 cơ sở chưa có hệ thống xử lý nước thải đạt chuẩn. Từ nguồn kinh phí khuyến công, tỉnh đã hỗ trợ 3,2 tỷ đồng cho 8 cơ sở đầu tư hệ thống xử lý nước thải.

Phấn đấu đến năm 2025, toàn tỉnh có 35 cơ sở sản xuất thạch dừa, sản lượng đạt 40.000 tấn/năm, 100% cơ sở có hệ thống xử lý nước thải đạt chuẩn, góp phần nâng giá trị cây dừa, tăng thu nhập cho nông dân.

HỮU HIỆP
18/09/2023
"""

M8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất thạch dừa thô"),
    F("khoảng 350.000 lít", "350.000", 350000, "measure", "lít", "nước dừa già sử dụng mỗi ngày", approx="about"),
    F("được 21.600 tấn", "21.600", 21600, "measure", "tấn", "thạch dừa thô sản xuất được", M8,
      change=CH("increase", 15, baseline="cùng kỳ")),
    F("đó 12.800 tấn", "12.800", 12800, "measure", "tấn", "thạch dừa thô bán cho doanh nghiệp chế biến xuất khẩu", M8,
      total=21600),
    F("từ 4.500 đến 5.000 đồng/kg", "4.500", 4500, "money", "đồng/kg", "giá thạch dừa thô", value_max=5000,
      change=CH("increase", 500, "đồng/kg", baseline="đầu năm")),
    F("có 24 lao động", "24", 24, "count", "lao động", "lao động của cơ sở thạch dừa Út Hiền", location="Càng Long"),
    F("xuất 90-100 tấn", "90", 90, "measure", "tấn", "thạch sản xuất mỗi tháng", value_max=100,
      location="Càng Long"),
    F("khoảng 60 triệu đồng", "60", 60e6, "money", "đồng", "lãi mỗi tháng", approx="about", location="Càng Long"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lời làm thạch so với bán nước dừa thô", location="Càng Long"),
    F("có 11/27 cơ sở", "11", 11, "count", "cơ sở", "cơ sở chưa có hệ thống xử lý nước thải đạt chuẩn", total=27),
    F("hỗ trợ 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí khuyến công hỗ trợ đầu tư hệ thống xử lý nước thải"),
    F("cho 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư hệ thống xử lý nước thải"),
    F("có 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở sản xuất thạch dừa", T25, status="target"),
    F("đạt 40.000 tấn/năm", "40.000", 40000, "measure", "tấn/năm", "sản lượng thạch dừa", T25, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở có hệ thống xử lý nước thải đạt chuẩn", T25, status="target"),
]

COMMENTS = [
    "Báo Trà Vinh (Party newspaper): nata de coco (thạch dừa thô) from old-coconut water, 8 months 2023; byline and bare date at the end.",
    "Province named in the lead: location Trà Vinh; the one producer's figures (xã An Trường A, huyện Càng Long) go to Càng Long.",
    "'gấp 3 lần' stands alone as the claim: multiple. 'cao hơn 500 đồng/kg so với đầu năm' is the price's change.",
    "Export destinations are not places. Distractors: Quốc lộ 53, An Trường A, names Út / Út Hiền, bare date.",
]

if __name__ == "__main__":
    emit("p783-5", TEXT, COMMENTS, FIGS, published="2023-09-18", location="Trà Vinh")
