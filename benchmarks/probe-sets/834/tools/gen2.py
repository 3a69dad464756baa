"""p834-2: huyện Krông Pắc (Đắk Lắk) district portal, certificates for ethnic-minority households, 2023."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ » Tin tức - Sự kiện » Kinh tế
Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số
Thứ Ba, 14/11/2023 - 10:20

Từ đầu năm đến nay, Chi nhánh Văn phòng Đăng ký đất đai huyện Krông Pắc đã tiếp nhận 9.214 hồ sơ đăng ký đất đai, tài sản gắn liền với đất; đã giải quyết 8.937 hồ sơ, còn 277 hồ sơ đang trong thời hạn xử lý. Bình quân mỗi hồ sơ được giải quyết trong 12-15 ngày.

Riêng cấp giấy chứng nhận (GCN) lần đầu, huyện đã cấp 1.126 giấy với tổng diện tích gần 642 ha, trong đó cấp cho hộ đồng bào dân tộc thiểu số 418 giấy, chiếm 37,1%.

Theo Phòng Tài nguyên và Môi trường huyện, toàn huyện hiện còn hơn 2.300 thửa đất của hộ đồng bào dân tộc thiểu số chưa được cấp GCN, tập trung ở các xã Ea Uy (612 thửa), Vụ Bổn (538 thửa), Ea Yiêng (427 thửa) và Krông Búk (365 thửa). Nguyên nhân chủ yếu là đất chưa có bản đồ địa chính, nguồn gốc phức tạp, có tranh chấp; nhiều hộ chưa đủ khả năng nộp tiền sử dụng đất.

Năm 2023, huyện bố trí 3,2 tỷ đồng để đo đạc, chỉnh lý bản đồ địa chính tỷ lệ 1/2000 cho 4 xã, với khối lượng trên 1.850 ha. Tại buổi trao GCN ở buôn Ea Kly 2, xã Ea Kly, bà H’Nhi Niê cho biết gia đình bà đã chờ gần 10 năm mới có “sổ đỏ” cho 1,2 ha cà phê.

Dự kiến trong tháng 12/2023, huyện sẽ trao thêm 350 GCN cho người dân; phấn đấu đến hết năm 2024 cấp GCN lần đầu đạt trên 98% diện tích đất nông nghiệp đủ điều kiện.

Tác giả: Hoàng Lâm - Trung tâm VH-TT-TT huyện
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SUBJ_LIST = "thửa đất của hộ đồng bào dân tộc thiểu số chưa được cấp GCN"

FIGS = [
    F("tiếp nhận 9.214 hồ sơ", "9.214", 9214, "count", "hồ sơ",
      subject="hồ sơ đăng ký đất đai, tài sản gắn liền với đất tiếp nhận", period=YTD),
    F("giải quyết 8.937 hồ sơ", "8.937", 8937, "count", "hồ sơ",
      subject="hồ sơ đã giải quyết", period=YTD),
    F("còn 277 hồ sơ", "277", 277, "count", "hồ sơ",
      subject="hồ sơ đang trong thời hạn xử lý", period=YTD),
    F("trong 12-15 ngày", "12", 12, "measure", "ngày", value_max=15,
      subject="thời gian giải quyết bình quân mỗi hồ sơ", period=I(YTD)),
    F("cấp 1.126 giấy", "1.126", 1126, "count", "giấy",
      subject="GCN lần đầu đã cấp", period=I(YTD)),
    F("gần 642 ha", "642", 642, "measure", "ha", approx="nearly",
      subject="tổng diện tích cấp GCN lần đầu", period=I(YTD)),
    F("thiểu số 418 giấy", "418", 418, "count", "giấy", total=1126, percent=37.1,
      subject="GCN lần đầu cấp cho hộ đồng bào dân tộc thiểu số", period=I(YTD)),
    F("hơn 2.300 thửa", "2.300", 2300, "count", "thửa đất", approx="over", subject=SUBJ_LIST),
    F("Ea Uy (612 thửa)", "612", 612, "count", "thửa", subject=SUBJ_LIST),
    F("Vụ Bổn (538 thửa)", "538", 538, "count", "thửa", subject=SUBJ_LIST),
    F("Ea Yiêng (427 thửa)", "427", 427, "count", "thửa", subject=SUBJ_LIST),
    F("Krông Búk (365 thửa)", "365", 365, "count", "thửa", subject=SUBJ_LIST),
    F("bố trí 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng",
      subject="kinh phí đo đạc, chỉnh lý bản đồ địa chính", period=Y23),
    F("cho 4 xã", "4", 4, "count", "xã",
      subject="xã được đo đạc, chỉnh lý bản đồ địa chính", period=Y23),
    F("trên 1.850 ha", "1.850", 1850, "measure", "ha", approx="over",
      subject="khối lượng đo đạc, chỉnh lý bản đồ địa chính", period=Y23),
    F("chờ gần 10 năm", "10", 10, "measure", "năm", approx="nearly",
      subject="thời gian chờ cấp sổ đỏ của một hộ", optional=True),
    F("cho 1,2 ha", "1,2", 1.2, "measure", "ha",
      subject="diện tích cà phê của một hộ được cấp sổ đỏ", optional=True),
    F("thêm 350 GCN", "350", 350, "count", "GCN", status="forecast",
      subject="GCN trao thêm cho người dân", period=P("tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
      subject="diện tích đất nông nghiệp đủ điều kiện được cấp GCN lần đầu",
      period=P("đến hết năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Krông Pắc district portal (Đắk Lắk): dossiers since the start of 2023, first-time certificates for ethnic-minority households, survey funds.",
    "'Từ đầu năm đến nay' runs to the dateline 2023-11-14. Communes in the list (Ea Uy, Vụ Bổn ...) are not provinces/districts:",
    "location stays the district Krông Pắc. The commune items (612+538+427+365 = 1.942) do not add up to 'hơn 2.300' and follow",
    "'tập trung ở', not a part-of cue: no total. 'tỷ lệ 1/2000' is a map scale (a product name, not a figure); 'Ea Kly 2',",
    "'14/11/2023 - 10:20', 'VH-TT-TT' are not figures. The household anecdote (gần 10 năm, 1,2 ha) is optional.",
]

if __name__ == "__main__":
    emit("p834-2", TEXT, FIGS, COMMENTS, published="2023-11-14", location="Krông Pắc")
