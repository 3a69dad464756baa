"""p484-5: Party newspaper (Báo Thái Nguyên), online payment of fees and land obligations 2023, cadastral digitisation."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Thái Nguyên: Thanh toán trực tuyến nghĩa vụ tài chính đạt hơn 1.245 tỷ đồng

Năm 2023, tỉnh Thái Nguyên có 126.380 giao dịch thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính về đất đai, với tổng số tiền hơn 1.245 tỷ đồng, tăng 27,5% so với năm 2022; trong đó nghĩa vụ tài chính về đất đai là 1.038,6 tỷ đồng.

Thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy, các ngành, địa phương đã đưa thanh toán trực tuyến vào tiêu chí thi đua. Theo Sở Thông tin và Truyền thông, tỷ lệ hồ sơ có phát sinh nghĩa vụ tài chính được thanh toán trực tuyến của tỉnh đạt 52,4%, cao hơn mức bình quân cả nước (khoảng 35%). Dẫn đầu là thành phố Thái Nguyên (68,5%), thành phố Sông Công (61,2%) và thành phố Phổ Yên (58,9%); các huyện Võ Nhai, Đồng Hỷ lần lượt đạt 31,7% và 34,5%.

Cùng với thanh toán trực tuyến, tỉnh đẩy mạnh số hóa hồ sơ đất đai. Đến nay, Văn phòng Đăng ký đất đai tỉnh đã số hóa gần 1,9 triệu trang hồ sơ địa chính, đạt 76% khối lượng theo đề án, với kinh phí khoảng 14,8 tỷ đồng.

Năm 2024, tỉnh đặt mục tiêu 100% hồ sơ đất đai được số hóa và tỷ lệ thanh toán trực tuyến đạt trên 60%. Theo ông Lê Quang Huy, Phó Giám đốc Sở Thông tin và Truyền thông, mỗi giao dịch trực tuyến giúp người dân tiết kiệm khoảng 30.000 - 50.000 đồng chi phí đi lại và từ 1 đến 2 ngày công.

Tại Trung tâm Phục vụ hành chính công tỉnh (số 8 đường Đội Cấn, phường Trưng Vương), người dân được hướng dẫn cài đặt ứng dụng ngân hàng, quét mã QR để nộp phí ngay tại quầy.

Minh Hằng
12/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", end="2024-01-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ hồ sơ có phát sinh nghĩa vụ tài chính được thanh toán trực tuyến"

FIGS = [
    F("chính đạt hơn 1.245 tỷ đồng", "1.245", 1245e9, "money", "đồng",
      "thanh toán trực tuyến nghĩa vụ tài chính", approx="over"),
    F("có 126.380 giao dịch", "126.380", 126380, "count", "giao dịch",
      "giao dịch thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính về đất đai", Y23),
    F("tiền hơn 1.245 tỷ đồng", "1.245", 1245e9, "money", "đồng", "tổng số tiền thanh toán trực tuyến", Y23,
      approx="over", change=CH("increase", 27.5, baseline="năm 2022")),
    F("là 1.038,6 tỷ đồng", "1.038,6", 1038.6e9, "money", "đồng", "nghĩa vụ tài chính về đất đai", Y23,
      total=1245e9),
    F("tỉnh đạt 52,4%", "52,4", 52.4, "percent", "%", RATE, INH(Y23)),
    F("(khoảng 35%)", "35", 35, "percent", "%", RATE + " bình quân cả nước", INH(Y23), approx="about",
      location="Việt Nam"),
    F("Thái Nguyên (68,5%)", "68,5", 68.5, "percent", "%", RATE, INH(Y23), location="Thái Nguyên"),
    F("Sông Công (61,2%)", "61,2", 61.2, "percent", "%", RATE, INH(Y23), location="Sông Công"),
    F("Phổ Yên (58,9%)", "58,9", 58.9, "percent", "%", RATE, INH(Y23), location="Phổ Yên"),
    F("đạt 31,7%", "31,7", 31.7, "percent", "%", RATE, INH(Y23), location="Võ Nhai"),
    F("và 34,5%", "34,5", 34.5, "percent", "%", RATE, INH(Y23), location="Đồng Hỷ"),
    F("gần 1,9 triệu trang", "1,9", 1.9e6, "count", "trang", "trang hồ sơ địa chính được số hóa", NOW,
      approx="nearly", percent=76),
    F("khoảng 14,8 tỷ đồng", "14,8", 14.8e9, "money", "đồng", "kinh phí số hóa hồ sơ địa chính", NOW,
      approx="about"),
    F("mục tiêu 100%", "100", 100, "percent", "%", "hồ sơ đất đai được số hóa", Y24, status="target"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ thanh toán trực tuyến", Y24, approx="over",
      status="target"),
    F("khoảng 30.000 - 50.000 đồng", "30.000", 30000, "money", "đồng",
      "chi phí đi lại tiết kiệm mỗi giao dịch trực tuyến", value_max=50000, approx="about"),
    F("từ 1 đến 2 ngày công", "1", 1, "measure", "ngày công", "ngày công tiết kiệm mỗi giao dịch trực tuyến",
      value_max=2),
]

COMMENTS = [
    "Báo Thái Nguyên (Party newspaper): byline 'Minh Hằng' and bare date '12/01/2024' at the end = published.",
    "1.038,6 tỷ is a 'trong đó' part of 'hơn 1.245 tỷ' (total as written). '(khoảng 35%)' after 'cao hơn mức bình quân cả nước'",
    "is the national average, a percent figure of its own (location Việt Nam), not a change of 52,4%.",
    "'lần lượt đạt 31,7% và 34,5%' pairs with Võ Nhai, Đồng Hỷ; 'thành phố Thái Nguyên' is the city (same name as the province).",
    "'Đến nay' = as-of the published date. 'Nghị quyết số 01-NQ/TU', 'số 8 đường Đội Cấn', 'mã QR' are not figures.",
]

if __name__ == "__main__":
    emit("p484-5", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thái Nguyên")
