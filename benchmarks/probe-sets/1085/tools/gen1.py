"""p1085-1: Thanh Hóa province portal, 9 months of 2024."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Thanh Hóa: 9 tháng cấp hơn 21.000 giấy chứng nhận quyền sử dụng đất

Cập nhật: 08/10/2024 09:45 | Lượt xem: 1.236

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, toàn tỉnh Thanh Hóa đã cấp 21.348 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN), đạt 71,2% kế hoạch năm, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, cấp lần đầu 6.215 giấy với diện tích 1.842,5 ha; cấp đổi, cấp lại và đăng ký biến động 15.133 giấy.

Các địa phương cấp GCN lần đầu nhiều nhất là thành phố Thanh Hóa (1.102 giấy), Thọ Xuân (684 giấy), Triệu Sơn (597 giấy) và thị xã Nghi Sơn (541 giấy). Đến nay, tỷ lệ diện tích đã cấp GCN lần đầu so với diện tích cần cấp của toàn tỉnh đạt 97,8%; riêng đất ở đô thị đạt 98,5%, đất sản xuất nông nghiệp đạt 96,9%.

Hiện toàn tỉnh còn khoảng 3.450 hồ sơ cấp GCN lần đầu tồn đọng, chủ yếu do nguồn gốc đất phức tạp, lấn chiếm hoặc giao đất sai thẩm quyền; trong đó có 1.120 hồ sơ thuộc các khu dân cư dọc Quốc lộ 47 được giao đất trước năm 2014.

Thời gian giải quyết thủ tục đăng ký biến động bình quân còn 7 ngày làm việc, giảm 3 ngày so với quy định tại Nghị định số 101/2024/NĐ-CP. Cũng trong 9 tháng, thu ngân sách từ tiền sử dụng đất, lệ phí trước bạ qua hồ sơ đăng ký đất đai ước đạt 412 tỷ đồng.

Phấn đấu đến hết năm 2024, toàn tỉnh cấp thêm khoảng 8.500 GCN, nâng tỷ lệ diện tích đã cấp GCN lần đầu lên trên 98%. Sở đề nghị UBND các huyện tập trung xử lý dứt điểm hồ sơ tồn đọng tại 27 xã có tỷ lệ cấp giấy thấp.
"""

Q3 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-08")
END = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("cấp hơn 21.000 giấy chứng nhận", "21.000", 21000, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất được cấp", P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("đã cấp 21.348 giấy chứng nhận", "21.348", 21348, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất đã cấp", Q3,
      percent=71.2, change=C("increase", 8.6, "%", "cùng kỳ năm 2023")),
    F("cấp lần đầu 6.215 giấy", "6.215", 6215, "count", "giấy", "GCN cấp lần đầu", I(Q3), total=21348),
    F("diện tích 1.842,5 ha", "1.842,5", 1842.5, "measure", "ha", "diện tích cấp GCN lần đầu", I(Q3)),
    F("biến động 15.133 giấy", "15.133", 15133, "count", "giấy",
      "GCN cấp đổi, cấp lại và đăng ký biến động", I(Q3), total=21348),
    F("(1.102 giấy)", "1.102", 1102, "count", "giấy", "GCN cấp lần đầu", I(Q3), location="thành phố Thanh Hóa"),
    F("(684 giấy)", "684", 684, "count", "giấy", "GCN cấp lần đầu", I(Q3), location="Thọ Xuân"),
    F("(597 giấy)", "597", 597, "count", "giấy", "GCN cấp lần đầu", I(Q3), location="Triệu Sơn"),
    F("(541 giấy)", "541", 541, "count", "giấy", "GCN cấp lần đầu", I(Q3), location="Nghi Sơn"),
    F("toàn tỉnh đạt 97,8%", "97,8", 97.8, "percent", "%",
      "tỷ lệ diện tích đã cấp GCN lần đầu so với diện tích cần cấp", NOW),
    F("đô thị đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ diện tích đất ở đô thị đã cấp GCN lần đầu", NOW),
    F("nông nghiệp đạt 96,9%", "96,9", 96.9, "percent", "%",
      "tỷ lệ diện tích đất sản xuất nông nghiệp đã cấp GCN lần đầu", NOW),
    F("khoảng 3.450 hồ sơ", "3.450", 3450, "count", "hồ sơ", "hồ sơ cấp GCN lần đầu tồn đọng", approx="about"),
    F("có 1.120 hồ sơ", "1.120", 1120, "count", "hồ sơ",
      "hồ sơ tồn đọng thuộc các khu dân cư được giao đất trước năm 2014", total=3450),
    F("còn 7 ngày làm việc", "7", 7, "measure", "ngày làm việc",
      "thời gian giải quyết thủ tục đăng ký biến động bình quân",
      change=C("decrease", 3, "ngày", "quy định tại Nghị định số 101/2024/NĐ-CP")),
    F("ước đạt 412 tỷ đồng", "412", 412e9, "money", "đồng",
      "thu ngân sách từ tiền sử dụng đất, lệ phí trước bạ qua hồ sơ đăng ký đất đai",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("khoảng 8.500 GCN", "8.500", 8500, "count", "GCN", "GCN cấp thêm", END, approx="about", status="target"),
    F("lên trên 98%", "98", 98, "percent", "%", "tỷ lệ diện tích đã cấp GCN lần đầu", END,
      approx="over", status="target"),
    F("tại 27 xã", "27", 27, "count", "xã", "xã có tỷ lệ cấp giấy thấp"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: 9 tháng 2024 cấp GCN (lần đầu, cấp đổi/biến động), tỷ lệ diện tích, hồ sơ tồn đọng, mục tiêu cuối năm.",
    "Dateline 'Cập nhật: 08/10/2024 09:45' gives published; 'Lượt xem: 1.236', 'Quốc lộ 47', 'trước năm 2014',",
    "'Nghị định số 101/2024/NĐ-CP' are not figures. Headline '9 tháng' takes 2024 from the dateline.",
    "'đạt 71,2% kế hoạch năm' is the share of 21.348 (percent), not a target. 'Trong đó' parts take 21.348 as total.",
    "'Đến nay' is an as-of at the dateline. 'Phấn đấu' covers both figures of its sentence.",
]

build("p1085-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thanh Hóa")
