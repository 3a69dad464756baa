"""p1017-6: national newspaper (VnExpress style), Hà Nội: new land price table, fees, fewer applications, 2024."""
from lib import F, P, C, write

TEXT = """Thứ năm, 14/11/2024, 06:00 (GMT+7)

Người dân Hà Nội ngại làm sổ đỏ vì tiền sử dụng đất tăng mạnh

Số hồ sơ xin cấp sổ đỏ lần đầu tại Hà Nội giảm mạnh sau khi bảng giá đất điều chỉnh khiến tiền sử dụng đất phải nộp tăng 3-6 lần.

Theo Sở Tài nguyên và Môi trường Hà Nội, tháng 10/2024, các quận, huyện tiếp nhận 1.047 hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân, giảm 46% so với tháng 7 (1.938 hồ sơ). Tính chung 10 tháng, thành phố cấp được 16.872 giấy chứng nhận lần đầu, đạt 56,2% kế hoạch năm.

Bảng giá đất mới của Hà Nội áp dụng từ ngày 4/10/2024, mức giá cao nhất là 695,2 triệu đồng/m2 tại các phố Hàng Ngang, Hàng Đào, Đinh Tiên Hoàng (quận Hoàn Kiếm), gấp khoảng 1,86 lần bảng giá cũ.

Anh Trần Đức Thắng ở huyện Thanh Oai có thửa đất 180 m2, trong đó 120 m2 vượt hạn mức phải nộp tiền sử dụng đất. Với giá đất mới 12,5 triệu đồng/m2, anh phải nộp khoảng 900 triệu đồng, trong khi theo bảng giá cũ chỉ khoảng 150 triệu đồng.

Theo Nghị quyết số 18/2023/NQ-HĐND của HĐND thành phố, lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các phường là 100.000 đồng/giấy, tại các xã 50.000 đồng/giấy; cấp đổi, cấp lại tương ứng là 50.000 và 25.000 đồng/giấy.

Hiện toàn thành phố còn khoảng 24.000 thửa đất ở đủ điều kiện nhưng chưa được cấp sổ lần đầu, tập trung tại Sóc Sơn, Mê Linh, Thạch Thất. Sở dự kiến đến cuối năm chỉ cấp thêm khoảng 2.500 giấy, thấp hơn nhiều so với mục tiêu 30.000 giấy chứng nhận đặt ra cho cả năm 2024.

Võ Hải
"""

FIGS = [
    F("tăng 3-6 lần", "3", 3, "multiple", "lần", "tiền sử dụng đất phải nộp tăng", value_max=6),
    F("tiếp nhận 1.047 hồ sơ", "1.047", 1047, "count", "hồ sơ",
      "hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân tiếp nhận",
      change=C("decrease", 46, baseline="tháng 7"), period=P("tháng 10/2024", "2024-10-01", "2024-10-31")),
    F("(1.938 hồ sơ)", "1.938", 1938, "count", "hồ sơ",
      "hồ sơ đề nghị cấp giấy chứng nhận lần đầu tiếp nhận tháng 7",
      period=P("tháng 7", "2024-07-01", "2024-07-31")),
    F("cấp được 16.872 giấy", "16.872", 16872, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu thành phố cấp",
      percent=56.2, period=P("Tính chung 10 tháng", "2024-01-01", "2024-10-31")),
    F("là 695,2 triệu đồng/m2", "695,2", 695.2e6, "money", "đồng/m2", "mức giá cao nhất trong bảng giá đất mới",
      change=C("increase", 1.86, "lần", baseline="bảng giá cũ", approx="about"), location="Hoàn Kiếm"),
    F("thửa đất 180 m2", "180", 180, "measure", "m2", "diện tích thửa đất", location="Thanh Oai", optional=True),
    F("đó 120 m2", "120", 120, "measure", "m2", "diện tích vượt hạn mức phải nộp tiền sử dụng đất",
      total=180, location="Thanh Oai", optional=True),
    F("mới 12,5 triệu đồng/m2", "12,5", 12.5e6, "money", "đồng/m2", "giá đất mới", location="Thanh Oai"),
    F("khoảng 900 triệu đồng", "900", 900e6, "money", "đồng", "tiền sử dụng đất phải nộp theo giá đất mới",
      approx="about", location="Thanh Oai"),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", "tiền sử dụng đất phải nộp theo bảng giá cũ",
      approx="about", location="Thanh Oai"),
    F("là 100.000 đồng/giấy", "100.000", 100000, "money", "đồng/giấy",
      "lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các phường"),
    F("xã 50.000 đồng/giấy", "50.000", 50000, "money", "đồng/giấy",
      "lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các xã"),
    F("là 50.000 và", "50.000", 50000, "money", "đồng/giấy", "lệ phí cấp đổi, cấp lại giấy chứng nhận tại các phường"),
    F("và 25.000 đồng/giấy", "25.000", 25000, "money", "đồng/giấy", "lệ phí cấp đổi, cấp lại giấy chứng nhận tại các xã"),
    F("khoảng 24.000 thửa", "24.000", 24000, "count", "thửa đất",
      "thửa đất ở đủ điều kiện nhưng chưa được cấp sổ lần đầu", approx="about"),
    F("khoảng 2.500 giấy", "2.500", 2500, "count", "giấy", "giấy chứng nhận cấp thêm", approx="about",
      status="forecast", period=P("đến cuối năm", None, "2024-12-31")),
    F("mục tiêu 30.000 giấy", "30.000", 30000, "count", "giấy chứng nhận", "mục tiêu cấp giấy chứng nhận",
      status="target", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "National newspaper (VnExpress style), dateline 'Thứ năm, 14/11/2024, 06:00 (GMT+7)', byline at the end. Location Hà Nội.",
    "Distractors: 06:00 (GMT+7), 'từ ngày 4/10/2024', Nghị quyết số 18/2023/NQ-HĐND, street names, person names.",
    "'tăng 3-6 lần' with no base amount stands as the claim: a multiple figure with value_max 6.",
    "'giảm 46% so với tháng 7 (1.938 hồ sơ)': change of the 1.047; the bracketed July count is a figure of its own.",
    "Top price 695,2 triệu đồng/m2 is located at Hoàn Kiếm (the streets named are there); its 'gấp khoảng 1,86 lần bảng giá cũ'",
    "is its change (unit lần, approx about). The anecdote's plot areas are optional; its prices and amounts are figures (Thanh Oai).",
    "'tương ứng là 50.000 và 25.000 đồng/giấy' pairs with 'phường'/'xã' of the previous clause.",
    "'dự kiến đến cuối năm ... cấp thêm khoảng 2.500 giấy' is a forecast; 'mục tiêu 30.000 giấy chứng nhận' a target",
    "figure (the comparison 'thấp hơn nhiều so với' gives no number, so no change).",
]

if __name__ == "__main__":
    write("p1017-6", TEXT, FIGS, COMMENTS, published="2024-11-14", location="Hà Nội")
