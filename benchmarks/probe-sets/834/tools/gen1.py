"""p834-1: Thanh Hóa province portal, 9 months 2024 land certificates."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Thanh Hóa cấp hơn 21.000 giấy chứng nhận quyền sử dụng đất trong 9 tháng
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, toàn tỉnh Thanh Hóa đã cấp 21.486 giấy chứng nhận quyền sử dụng đất (GCN) các loại, đạt 71,6% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, cấp GCN lần đầu cho hộ gia đình, cá nhân 6.842 giấy với diện tích 1.254,7 ha; cấp đổi, cấp lại và cấp do đăng ký biến động 14.644 giấy.

Văn phòng Đăng ký đất đai tỉnh và 27 chi nhánh đã tiếp nhận 186.350 hồ sơ đăng ký đất đai, giải quyết 181.902 hồ sơ, đạt 97,6%; số hồ sơ trễ hạn là 412 hồ sơ, giảm 38% so với cùng kỳ. Số hồ sơ nộp trực tuyến đạt 23.115 hồ sơ. Con số này gấp 1,8 lần cùng kỳ năm trước.

Công tác đo đạc, lập bản đồ địa chính tiếp tục được đẩy mạnh. Đến nay, đã có 512/559 xã, phường, thị trấn hoàn thành đo đạc bản đồ địa chính chính quy, chiếm 91,6%; cơ sở dữ liệu đất đai đã được xây dựng cho 19 huyện, thị xã, thành phố với khoảng 3,8 triệu thửa đất.

Tổng thu tiền sử dụng đất 9 tháng ước đạt 6.215 tỷ đồng, bằng 62,2% dự toán năm; thu lệ phí trước bạ nhà, đất ước đạt 318,5 tỷ đồng.

Năm 2024, tỉnh phấn đấu cấp 30.000 GCN; đến năm 2025 hoàn thành cấp GCN lần đầu cho 100% thửa đất đủ điều kiện. Ông Lê Văn Ba, Phó Giám đốc Sở cho biết, theo Luật Đất đai 2024 và Nghị định số 101/2024/NĐ-CP, thời gian cấp GCN lần đầu không quá 20 ngày làm việc.

Tin liên quan:
- Thanh Hóa công bố bảng giá đất điều chỉnh
- Đẩy nhanh tiến độ xây dựng cơ sở dữ liệu đất đai
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-14")
P9s = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("cấp hơn 21.000 giấy", "21.000", 21000, "count", "giấy chứng nhận", approx="over",
      subject="giấy chứng nhận quyền sử dụng đất được cấp", period=P9s),
    F("đã cấp 21.486 giấy", "21.486", 21486, "count", "giấy chứng nhận", percent=71.6,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023"),
      subject="giấy chứng nhận quyền sử dụng đất (GCN) các loại đã cấp", period=P9),
    F("cá nhân 6.842 giấy", "6.842", 6842, "count", "giấy", total=21486,
      subject="GCN cấp lần đầu cho hộ gia đình, cá nhân", period=I(P9)),
    F("diện tích 1.254,7 ha", "1.254,7", 1254.7, "measure", "ha",
      subject="diện tích cấp GCN lần đầu cho hộ gia đình, cá nhân", period=I(P9)),
    F("biến động 14.644 giấy", "14.644", 14644, "count", "giấy", total=21486,
      subject="GCN cấp đổi, cấp lại và cấp do đăng ký biến động", period=I(P9)),
    F("và 27 chi nhánh", "27", 27, "count", "chi nhánh",
      subject="chi nhánh Văn phòng Đăng ký đất đai"),
    F("tiếp nhận 186.350 hồ sơ", "186.350", 186350, "count", "hồ sơ",
      subject="hồ sơ đăng ký đất đai tiếp nhận", period=I(P9)),
    F("giải quyết 181.902 hồ sơ", "181.902", 181902, "count", "hồ sơ", percent=97.6,
      subject="hồ sơ đăng ký đất đai đã giải quyết", period=I(P9)),
    F("là 412 hồ sơ", "412", 412, "count", "hồ sơ", change=C("decrease", 38, baseline="cùng kỳ"),
      subject="hồ sơ trễ hạn", period=I(P9)),
    F("đạt 23.115 hồ sơ", "23.115", 23115, "count", "hồ sơ",
      subject="hồ sơ nộp trực tuyến", period=I(P9)),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
      subject="hồ sơ nộp trực tuyến so với cùng kỳ năm trước", period=I(P9)),
    F("có 512/559 xã", "512", 512, "count", "xã, phường, thị trấn", total=559, percent=91.6,
      subject="xã, phường, thị trấn hoàn thành đo đạc bản đồ địa chính chính quy", period=NOW),
    F("cho 19 huyện", "19", 19, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố đã xây dựng cơ sở dữ liệu đất đai", period=NOW),
    F("khoảng 3,8 triệu thửa", "3,8", 3800000, "count", "thửa đất", approx="about",
      subject="thửa đất trong cơ sở dữ liệu đất đai", period=NOW),
    F("ước đạt 6.215 tỷ đồng", "6.215", 6215e9, "money", "đồng", percent=62.2, status="estimate",
      subject="tổng thu tiền sử dụng đất", period=P9s),
    F("ước đạt 318,5 tỷ đồng", "318,5", 318.5e9, "money", "đồng", status="estimate",
      subject="thu lệ phí trước bạ nhà, đất", period=P9s),
    F("cấp 30.000 GCN", "30.000", 30000, "count", "GCN", status="target",
      subject="GCN cấp trong năm", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 100% thửa", "100", 100, "percent", "%", status="target",
      subject="thửa đất đủ điều kiện được cấp GCN lần đầu", period=P("đến năm 2025", None, "2025-12-31")),
    F("không quá 20 ngày", "20", 20, "measure", "ngày làm việc", approx="at_most",
      subject="thời gian cấp GCN lần đầu"),
]

COMMENTS = [
    "Thanh Hóa province portal (breadcrumb, Cập nhật + Lượt xem): 9 months 2024 land certificates, dossiers, cadastral survey, land-use fees.",
    "Headline '9 tháng' has no year: 2024 from the dateline. 'Đến nay' ends at the dateline (2024-10-14).",
    "'Lượt xem: 2.317', '09:45', 'Lê Văn Ba', 'Luật Đất đai 2024', 'Nghị định số 101/2024/NĐ-CP' are not figures.",
    "'gấp 1,8 lần' stands alone as its own sentence: a multiple figure. 512/559 → total 559, 'chiếm 91,6%' its percent.",
    "181.902 solved vs 186.350 received: no part-of cue, so no total; 'đạt 97,6%' is its percent.",
]

if __name__ == "__main__":
    emit("p834-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thanh Hóa")
