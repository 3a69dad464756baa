from lib import *

TEXT = """Cổng Thông tin điện tử tỉnh Thái Bình
Trang chủ > Kinh tế - Xã hội
Cập nhật: 16/01/2024 08:45

Kinh tế tập thể năm 2023: hợp tác xã kiểu mới tiếp tục phát triển

Ngày 15/1, Liên minh Hợp tác xã tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức hội nghị tổng kết công tác kinh tế tập thể năm 2023.

Theo báo cáo, tính đến ngày 31/12/2023, toàn tỉnh có 436 hợp tác xã, trong đó 312 hợp tác xã nông nghiệp, 58 hợp tác xã công nghiệp - tiểu thủ công nghiệp và 66 hợp tác xã thuộc các lĩnh vực khác. Trong năm 2023, toàn tỉnh thành lập mới 24 hợp tác xã, vượt 20% kế hoạch; giải thể 11 hợp tác xã ngừng hoạt động lâu năm. Tổng số thành viên hợp tác xã là 198.450 thành viên, giảm 3,2% so với năm 2022 do rà soát lại thành viên.

Doanh thu bình quân của một hợp tác xã năm 2023 ước đạt 3,85 tỷ đồng, tăng 6,4% so với năm trước. Lãi bình quân đạt khoảng 265 triệu đồng/hợp tác xã. Thu nhập bình quân của lao động thường xuyên trong hợp tác xã là 4,6 triệu đồng/người/tháng; vốn điều lệ bình quân 1,9 tỷ đồng/hợp tác xã. Qua đánh giá, phân loại, có 187/436 hợp tác xã xếp loại tốt, khá (chiếm 42,9%); số hợp tác xã xếp loại yếu còn 29 hợp tác xã.

Khu vực tổ hợp tác có 1.128 tổ hợp tác với 15.640 thành viên, chủ yếu hoạt động trồng trọt, dịch vụ thủy lợi. Trong năm, có 9 tổ hợp tác được hỗ trợ chuyển đổi lên hợp tác xã.

Năm 2023, ngân sách tỉnh bố trí hơn 12,6 tỷ đồng hỗ trợ hợp tác xã đầu tư kết cấu hạ tầng, chế biến sản phẩm; Quỹ Hỗ trợ phát triển hợp tác xã tỉnh cho 37 hợp tác xã vay vốn với tổng số tiền 21,4 tỷ đồng.

Năm 2024, tỉnh phấn đấu thành lập mới ít nhất 25 hợp tác xã và 40 tổ hợp tác; doanh thu bình quân của hợp tác xã tăng từ 5 đến 7%; tỷ lệ hợp tác xã xếp loại tốt, khá đạt trên 45%.

Thu Hằng (Trung tâm Thông tin tỉnh)
Điện thoại: 0227.3831.245 | Lượt truy cập: 2.347.910
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASOFi = P("tính đến ngày 31/12/2023", None, "2023-12-31", True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("toàn tỉnh có 436 hợp tác xã", "436", 436, "count", "hợp tác xã", "hợp tác xã", ASOF),
    F("trong đó 312 hợp tác xã", "312", 312, "count", "hợp tác xã", "hợp tác xã nông nghiệp", ASOF, total=436),
    F("58 hợp tác xã công nghiệp", "58", 58, "count", "hợp tác xã", "hợp tác xã công nghiệp - tiểu thủ công nghiệp", ASOF, total=436),
    F("và 66 hợp tác xã", "66", 66, "count", "hợp tác xã", "hợp tác xã thuộc các lĩnh vực khác", ASOF, total=436),
    F("thành lập mới 24 hợp tác xã", "24", 24, "count", "hợp tác xã", "hợp tác xã thành lập mới",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 20, "%", "kế hoạch")),
    F("giải thể 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã giải thể",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("là 198.450 thành viên", "198.450", 198450, "count", "thành viên", "tổng số thành viên hợp tác xã", ASOFi,
      change=C("decrease", 3.2, "%", "năm 2022")),
    F("ước đạt 3,85 tỷ đồng", "3,85", 3850000000, "money", "đồng", "doanh thu bình quân của một hợp tác xã", Y23,
      status="estimate", change=C("increase", 6.4, "%", "năm trước")),
    F("khoảng 265 triệu đồng", "265", 265000000, "money", "đồng/hợp tác xã", "lãi bình quân", Y23i, approx="about"),
    F("là 4,6 triệu đồng", "4,6", 4600000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động thường xuyên trong hợp tác xã", Y23i),
    F("bình quân 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng/hợp tác xã", "vốn điều lệ bình quân", Y23i),
    F("có 187/436 hợp tác xã", "187", 187, "count", "hợp tác xã", "hợp tác xã xếp loại tốt, khá", Y23i,
      total=436, percent=42.9),
    F("còn 29 hợp tác xã", "29", 29, "count", "hợp tác xã", "số hợp tác xã xếp loại yếu", Y23i),
    F("có 1.128 tổ hợp tác", "1.128", 1128, "count", "tổ hợp tác", "tổ hợp tác", Y23i),
    F("với 15.640 thành viên", "15.640", 15640, "count", "thành viên", "thành viên tổ hợp tác", Y23i),
    F("có 9 tổ hợp tác", "9", 9, "count", "tổ hợp tác", "tổ hợp tác được hỗ trợ chuyển đổi lên hợp tác xã",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("hơn 12,6 tỷ đồng", "12,6", 12600000000, "money", "đồng", "ngân sách tỉnh hỗ trợ hợp tác xã", 
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("cho 37 hợp tác xã", "37", 37, "count", "hợp tác xã", "hợp tác xã được Quỹ Hỗ trợ phát triển hợp tác xã cho vay vốn",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("số tiền 21,4 tỷ đồng", "21,4", 21400000000, "money", "đồng", "tổng số tiền cho hợp tác xã vay vốn",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ít nhất 25 hợp tác xã", "25", 25, "count", "hợp tác xã", "hợp tác xã thành lập mới", Y24,
      approx="at_least", status="target"),
    F("và 40 tổ hợp tác", "40", 40, "count", "tổ hợp tác", "tổ hợp tác thành lập mới", Y24, status="target"),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "doanh thu bình quân của hợp tác xã tăng", Y24,
      value_max=7, status="target"),
    F("đạt trên 45%", "45", 45, "percent", "%", "tỷ lệ hợp tác xã xếp loại tốt, khá", Y24,
      approx="over", status="target"),
]

emit(1, TEXT, [
    "Province portal (Cổng TTĐT tỉnh Thái Bình), 'Cập nhật: dd/mm/yyyy hh:mm' dateline; footer phone and visitor counter are furniture.",
    "Stock figures take the as-of date 31/12/2023; 'vượt 20% kế hoạch' is the count's change against the plan (FIGURES.md).",
    "187/436 total 436 and '(chiếm 42,9%)' its percent. 'Trong năm' resolves to 2023 (nearest earlier year).",
    "Targets 2024 (phấn đấu): 'ít nhất' at_least; 'từ 5 đến 7%' a growth-rate target with value_max; 'trên 45%' over.",
    "Distractors: 'Ngày 15/1', '31/12/2023', '0227.3831.245', 'Lượt truy cập: 2.347.910', 'lâu năm'.",
], FIGS, published="2024-01-16", location="Thái Bình")
