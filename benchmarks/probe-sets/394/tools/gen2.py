from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ MỚI
Thứ Tư, 10/07/2024 - 14:20

Chợ Mới: hỗ trợ thành lập mới 5 hợp tác xã trong 6 tháng đầu năm

Theo Phòng Kinh tế huyện, 6 tháng đầu năm 2024, huyện đã hỗ trợ thành lập mới 5 hợp tác xã và 12 tổ hợp tác, nâng tổng số hợp tác xã trên địa bàn lên 38 hợp tác xã với 4.215 thành viên; tổng vốn điều lệ đăng ký hơn 46 tỷ đồng.

Trong số 38 hợp tác xã, có 29 hợp tác xã hoạt động trong lĩnh vực nông nghiệp, 4 hợp tác xã vận tải, 3 hợp tác xã tín dụng (quỹ tín dụng nhân dân) và 2 hợp tác xã thương mại - dịch vụ.

Doanh thu bình quân của các hợp tác xã nông nghiệp ước đạt 2,75 tỷ đồng/hợp tác xã, lợi nhuận bình quân 310 triệu đồng. Riêng Hợp tác xã Nông nghiệp Mỹ Hội Đông có doanh thu gần 9 tỷ đồng, chia lãi cho thành viên theo mức sử dụng dịch vụ.

Đến nay, huyện có 3 hợp tác xã ứng dụng công nghệ cao và 6 hợp tác xã có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên. Tỷ lệ thành viên sử dụng dịch vụ của hợp tác xã đạt khoảng 78%, cao hơn 5 điểm phần trăm so với cùng kỳ.

Theo ông Trần Văn Lộc, Trưởng phòng Kinh tế huyện, nhiều hợp tác xã vẫn còn khó khăn về vốn: 17/38 hợp tác xã có vốn điều lệ dưới 500 triệu đồng, chưa đủ điều kiện tiếp cận tín dụng ngân hàng.

Kế hoạch năm 2024, huyện phấn đấu thành lập mới 8 hợp tác xã, 20 tổ hợp tác; đến năm 2025 có ít nhất 45 hợp tác xã đang hoạt động.

Mọi thông tin xin liên hệ Phòng Kinh tế huyện, số 10 đường Nguyễn Hữu Cảnh, thị trấn Chợ Mới; điện thoại 0296.3883.120.

Ngọc Hân
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
NOW = P("Đến nay", None, "2024-07-10")
NOWi = P("Đến nay", None, "2024-07-10", True)
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành lập mới 5 hợp tác xã trong", "5", 5, "count", "hợp tác xã", "hợp tác xã được hỗ trợ thành lập mới",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("thành lập mới 5 hợp tác xã và", "5", 5, "count", "hợp tác xã", "hợp tác xã được hỗ trợ thành lập mới", H1),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác được hỗ trợ thành lập mới", H1),
    F("lên 38 hợp tác xã", "38", 38, "count", "hợp tác xã", "tổng số hợp tác xã trên địa bàn", H1),
    F("với 4.215 thành viên", "4.215", 4215, "count", "thành viên", "thành viên hợp tác xã", H1),
    F("hơn 46 tỷ đồng", "46", 46000000000, "money", "đồng", "tổng vốn điều lệ đăng ký", H1, approx="over"),
    F("Trong số 38 hợp tác xã", "38", 38, "count", "hợp tác xã", "hợp tác xã", H1i, optional=True),
    F("có 29 hợp tác xã", "29", 29, "count", "hợp tác xã", "hợp tác xã hoạt động trong lĩnh vực nông nghiệp", H1i, total=38),
    F("4 hợp tác xã vận tải", "4", 4, "count", "hợp tác xã", "hợp tác xã vận tải", H1i, total=38),
    F("3 hợp tác xã tín dụng", "3", 3, "count", "hợp tác xã", "hợp tác xã tín dụng", H1i, total=38),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã thương mại - dịch vụ", H1i, total=38),
    F("ước đạt 2,75 tỷ đồng", "2,75", 2750000000, "money", "đồng/hợp tác xã",
      "doanh thu bình quân của các hợp tác xã nông nghiệp", H1i, status="estimate"),
    F("bình quân 310 triệu đồng", "310", 310000000, "money", "đồng", "lợi nhuận bình quân", H1i, status="estimate"),
    F("gần 9 tỷ đồng", "9", 9000000000, "money", "đồng", "doanh thu của Hợp tác xã Nông nghiệp Mỹ Hội Đông", H1i,
      approx="nearly"),
    F("có 3 hợp tác xã ứng dụng", "3", 3, "count", "hợp tác xã", "hợp tác xã ứng dụng công nghệ cao", NOW),
    F("và 6 hợp tác xã có sản phẩm", "6", 6, "count", "hợp tác xã",
      "hợp tác xã có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên", NOW),
    F("OCOP từ 3 sao", "3", 3, "measure", "sao", "hạng OCOP", NOW, approx="at_least", optional=True),
    F("khoảng 78%", "78", 78, "percent", "%", "tỷ lệ thành viên sử dụng dịch vụ của hợp tác xã", NOWi,
      approx="about", change=C("increase", 5, "điểm phần trăm", "cùng kỳ")),
    F("17/38 hợp tác xã", "17", 17, "count", "hợp tác xã", "hợp tác xã có vốn điều lệ dưới 500 triệu đồng", NOWi, total=38),
    F("dưới 500 triệu đồng", "500", 500000000, "money", "đồng", "vốn điều lệ", approx="under", optional=True),
    F("thành lập mới 8 hợp tác xã", "8", 8, "count", "hợp tác xã", "hợp tác xã thành lập mới", Y24, status="target"),
    F("20 tổ hợp tác", "20", 20, "count", "tổ hợp tác", "tổ hợp tác thành lập mới", Y24, status="target"),
    F("ít nhất 45 hợp tác xã", "45", 45, "count", "hợp tác xã", "hợp tác xã đang hoạt động",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

emit(2, TEXT, [
    "District portal (huyện Chợ Mới, An Giang), 'Thứ Tư, dd/mm/yyyy - hh:mm' dateline, byline at the end; location Chợ Mới.",
    "Headline '6 tháng đầu năm' takes 2024 from the body/dateline. 'Trong số 38' repeats the whole: optional; the 4 sectors take total 38.",
    "'ước đạt' governs the verbless continuation 'lợi nhuận bình quân 310 triệu đồng' (estimate); the next sentence with its own verb is actual.",
    "'Đến nay' is as-of the dateline (2024-07-10). '78%' is a level with its change '+5 điểm phần trăm so với cùng kỳ'.",
    "Thresholds 'từ 3 sao trở lên', 'dưới 500 triệu đồng' inside a count's defining clause: optional. 17/38 total 38.",
    "Distractors: dateline, 'số 10 đường Nguyễn Hữu Cảnh', phone '0296.3883.120', commune name, person name.",
], FIGS, published="2024-07-10", location="Chợ Mới")
