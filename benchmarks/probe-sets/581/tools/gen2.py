"""p581-2: huyện Thủy Nguyên district portal — consumer-day market fair 15/3/2024, discounts, inspection, 2023 complaints, 2024 targets."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử huyện Thủy Nguyên - TP. Hải Phòng
Tin tức - Sự kiện | Kinh tế - Xã hội
Thứ Sáu, 15/03/2024 - 16:20

Hơn 3.000 lượt khách tham quan, mua sắm tại phiên chợ hưởng ứng Ngày Quyền của người tiêu dùng

Sáng 15/3, tại Quảng trường trung tâm huyện (Tỉnh lộ 359, thị trấn Núi Đèo), Phòng Kinh tế và Hạ tầng phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức phiên chợ hàng Việt hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2024.

Phiên chợ có 42 gian hàng của 28 doanh nghiệp, hợp tác xã, trong đó 15 gian hàng giới thiệu sản phẩm OCOP của huyện. Các mặt hàng được giảm giá từ 10 đến 30%, riêng một số mặt hàng gia dụng giảm giá tối đa 50%. Trong ngày, phiên chợ đón hơn 3.000 lượt khách; doanh thu ước đạt khoảng 465 triệu đồng.

Dịp này, Đoàn kiểm tra liên ngành của huyện kiểm tra 18 cơ sở kinh doanh thực phẩm, phát hiện 5 cơ sở vi phạm, xử phạt 23,5 triệu đồng, tiêu hủy 120 kg thực phẩm không rõ nguồn gốc.

Theo Phòng Kinh tế và Hạ tầng, năm 2023 toàn huyện tiếp nhận 37 đơn khiếu nại của người tiêu dùng, đã hòa giải thành công 34 đơn (đạt 91,9%), tăng 6 đơn so với năm 2022. Đường dây nóng của Phòng (số 0225.3874.215) tiếp nhận 126 cuộc gọi phản ánh về giá cả, chất lượng hàng hóa.

Hiện toàn huyện có 22 chợ, trong đó 9 chợ đã có điểm cân đối chứng. Năm 2024, huyện phấn đấu 100% chợ có điểm cân đối chứng và 100% đơn khiếu nại được tiếp nhận, xử lý đúng quy định.

Lượt truy cập: 1.204.557
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 3.000 lượt khách tham quan", "3.000", 3000, "count", "lượt khách",
      "lượt khách tham quan, mua sắm tại phiên chợ hưởng ứng Ngày Quyền của người tiêu dùng", approx="over"),
    F("có 42 gian hàng", "42", 42, "count", "gian hàng", "gian hàng tại phiên chợ"),
    F("của 28 doanh nghiệp", "28", 28, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã có gian hàng tại phiên chợ"),
    F("trong đó 15 gian hàng", "15", 15, "count", "gian hàng",
      "gian hàng giới thiệu sản phẩm OCOP của huyện", total=42),
    F("từ 10 đến 30%", "10", 10, "percent", "%", "mức giảm giá các mặt hàng", value_max=30),
    F("tối đa 50%", "50", 50, "percent", "%", "mức giảm giá một số mặt hàng gia dụng", approx="at_most"),
    F("đón hơn 3.000 lượt khách", "3.000", 3000, "count", "lượt khách",
      "lượt khách phiên chợ đón", approx="over"),
    F("khoảng 465 triệu đồng", "465", 465000000, "money", "đồng", "doanh thu phiên chợ",
      approx="about", status="estimate"),
    F("kiểm tra 18 cơ sở", "18", 18, "count", "cơ sở",
      "cơ sở kinh doanh thực phẩm Đoàn kiểm tra liên ngành kiểm tra"),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở vi phạm phát hiện"),
    F("xử phạt 23,5 triệu đồng", "23,5", 23500000, "money", "đồng", "tiền xử phạt cơ sở vi phạm"),
    F("tiêu hủy 120 kg", "120", 120, "measure", "kg", "thực phẩm không rõ nguồn gốc tiêu hủy"),
    F("tiếp nhận 37 đơn", "37", 37, "count", "đơn",
      "đơn khiếu nại của người tiêu dùng toàn huyện tiếp nhận", Y23),
    F("thành công 34 đơn", "34", 34, "count", "đơn", "đơn khiếu nại hòa giải thành công", Y23,
      percent=91.9, change=CH("increase", 6, unit="đơn", baseline="năm 2022")),
    F("tiếp nhận 126 cuộc gọi", "126", 126, "count", "cuộc gọi",
      "cuộc gọi phản ánh về giá cả, chất lượng hàng hóa đường dây nóng tiếp nhận", INH(Y23)),
    F("có 22 chợ", "22", 22, "count", "chợ", "chợ toàn huyện"),
    F("trong đó 9 chợ", "9", 9, "count", "chợ", "chợ đã có điểm cân đối chứng", total=22),
    F("phấn đấu 100% chợ", "100", 100, "percent", "%", "chợ có điểm cân đối chứng", Y24, status="target"),
    F("và 100% đơn", "100", 100, "percent", "%",
      "đơn khiếu nại được tiếp nhận, xử lý đúng quy định", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thủy Nguyên (invented): phiên chợ hưởng ứng Ngày Quyền của người tiêu dùng 15/3/2024, khiếu nại 2023, mục tiêu 2024.",
    "Dateline 'Thứ Sáu, 15/03/2024 - 16:20'. Not figures: 'Tỉnh lộ 359', 'Sáng 15/3', phone '0225.3874.215', 'Lượt truy cập: 1.204.557'.",
    "District portal: every figure is the district's (location Thủy Nguyên). 15 gian hàng after 'trong đó' takes the whole that counts gian hàng",
    "(42), not the sibling 28 doanh nghiệp right before the cue. 'tối đa 50%' is at_most; 'từ 10 đến 30%' a range.",
    "'tăng 6 đơn so với năm 2022' is the change of the 34 solved (the figure it follows, across the bracket).",
    "'Trong ngày' (the fair day) and 'Hiện' give no period. 'phấn đấu' governs both 100% figures.",
]

if __name__ == "__main__":
    emit("p581-2", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Thủy Nguyên")
