"""p1044-8: provincial newspaper online (Báo Bình Thuận, BTO) — quản lý người bán hàng rong phục vụ du lịch ở Mũi Né (4/2025)."""
from lib import F, build, change, period, inherit

TEXT = """Mũi Né: hơn 90% người bán hàng rong đã đăng ký, đeo thẻ

Cập nhật lúc 10:25, Thứ Hai, 14/04/2025

(BTO) - Sau hơn 6 tháng triển khai đề án quản lý người bán hàng rong phục vụ du lịch, phường Mũi Né và phường Hàm Tiến (TP Phan Thiết) đã cấp thẻ cho 364 người, chiếm 91,5% số người bán hàng rong thường xuyên trên địa bàn.

Theo UBND TP Phan Thiết, quý I/2025, lượng khách du lịch đến Mũi Né ước đạt 1,15 triệu lượt, tăng 14% so với cùng kỳ năm 2024. Số phản ánh của du khách về tình trạng chèo kéo, đeo bám giảm còn 12 trường hợp, trong khi cùng kỳ năm trước là 47 trường hợp.

Người bán hàng rong được cấp thẻ, đồng phục và phải tham gia lớp tập huấn kỹ năng giao tiếp; đến nay đã tổ chức 6 lớp với 352 lượt người tham gia. Người bán được bố trí tại 9 điểm kinh doanh tạm dọc đường Nguyễn Đình Chiểu và đường ĐT 706B, mỗi điểm từ 20 đến 45 người, hoạt động từ 6 giờ đến 22 giờ hằng ngày.

Từ đầu năm đến nay, lực lượng chức năng đã nhắc nhở 215 lượt, xử phạt 38 trường hợp vi phạm, thu hơn 57 triệu đồng. Mức phạt đối với hành vi đeo bám, chèo kéo du khách theo Nghị định số 45/2019/NĐ-CP là từ 500.000 đến 1 triệu đồng.

Ông Lê Văn Chín, Chủ tịch UBND phường Hàm Tiến, cho biết thu nhập của người bán hàng rong có thẻ đạt bình quân 6-8 triệu đồng/người/tháng, cao hơn khoảng 20% so với trước.

Năm 2025, TP Phan Thiết phấn đấu 100% người bán hàng rong tại các khu du lịch được cấp thẻ và mở rộng mô hình sang phường Đức Long, Tiến Thành, dự kiến thêm khoảng 150 người.

Ngọc Lân
"""

Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
PRE = period("cùng kỳ năm trước", "2024-01-01", "2024-03-31")
NOW = period("đến nay", None, "2025-04-14")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-04-14")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 90% người bán", "90", 90, "percent", "%", "người bán hàng rong đã đăng ký, đeo thẻ", approx="over"),
    F("cho 364 người", "364", 364, "count", "người", "người bán hàng rong được cấp thẻ", percent=91.5),
    F("ước đạt 1,15 triệu lượt", "1,15", 1.15e6, "count", "lượt", "lượng khách du lịch đến Mũi Né", Q1,
      status="estimate", change=change("increase", 14, baseline="cùng kỳ năm 2024")),
    F("còn 12 trường hợp", "12", 12, "count", "trường hợp", "phản ánh của du khách về tình trạng chèo kéo, đeo bám",
      inherit(Q1)),
    F("là 47 trường hợp", "47", 47, "count", "trường hợp", "phản ánh của du khách về tình trạng chèo kéo, đeo bám", PRE),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn kỹ năng giao tiếp", NOW),
    F("352 lượt người", "352", 352, "count", "lượt người", "lượt người tham gia tập huấn", NOW),
    F("tại 9 điểm", "9", 9, "count", "điểm", "điểm kinh doanh tạm"),
    F("từ 20 đến 45 người", "20", 20, "count", "người/điểm", "người bán mỗi điểm kinh doanh tạm", value_max=45),
    F("nhắc nhở 215 lượt", "215", 215, "count", "lượt", "lượt nhắc nhở", YTD),
    F("xử phạt 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", YTD),
    F("hơn 57 triệu đồng", "57", 57e6, "money", "đồng", "tiền xử phạt", YTD, approx="over"),
    F("từ 500.000 đến 1 triệu đồng", "500.000", 500000, "money", "đồng",
      "mức phạt đối với hành vi đeo bám, chèo kéo du khách", value_max=1e6, optional=True),
    F("bình quân 6-8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập bình quân của người bán hàng rong có thẻ",
      value_max=8e6, change=change("increase", 20, baseline="trước", approx="about")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "người bán hàng rong tại các khu du lịch được cấp thẻ", Y25,
      status="target"),
    F("khoảng 150 người", "150", 150, "count", "người", "người bán hàng rong tham gia mô hình mở rộng", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bình Thuận online: '(BTO) -' tag, headline figure, 'Cập nhật lúc 10:25, Thứ Hai, 14/04/2025' (published).",
    "Figures are of the Mũi Né / Hàm Tiến wards of TP Phan Thiết: location Phan Thiết (a ward is not a district).",
    "Distractors: 'hơn 6 tháng' (duration of the scheme), 'đường ĐT 706B', 'từ 6 giờ đến 22 giờ' (opening hours), 'Nghị định",
    "số 45/2019/NĐ-CP', 'Lê Văn Chín', '10:25'. 'giảm còn 12 trường hợp' states no change amount; 47 is a figure of its own with",
    "'cùng kỳ năm trước' = quý I/2024 as its period. 'chiếm 91,5%' is the percent of 364 người. The decree's fine range is optional.",
    "'đến nay' / 'Từ đầu năm đến nay' end at the dateline. 'cao hơn khoảng 20% so với trước' is the change of the income range.",
]

build(8, TEXT, NOTES, FIGS, published="2025-04-14", location="Phan Thiết")
