"""p1297-1: province portal (Thanh Hóa): first-time GCN issued in 9 months 2024, backlog, land revenue."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Thanh Hóa: 9 tháng cấp hơn 21 nghìn giấy chứng nhận quyền sử dụng đất lần đầu

Cập nhật: 11/10/2024 16:45 | Lượt xem: 3.128

Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, toàn tỉnh đã cấp 21.486 giấy chứng nhận quyền sử dụng đất (GCN) lần đầu cho hộ gia đình, cá nhân, tăng 8,3% so với cùng kỳ năm 2023, bằng 76,7% kế hoạch năm; tổng diện tích được cấp 1.942,6 ha. Trong đó, đất ở 12.350 giấy, đất nông nghiệp 9.136 giấy.

Văn phòng Đăng ký đất đai và 27 chi nhánh cấp huyện đã tiếp nhận 186.420 hồ sơ đăng ký biến động, cấp đổi, cấp lại GCN; đã giải quyết 179.055 hồ sơ, đạt 96,05%. Số hồ sơ trễ hạn còn 412 hồ sơ, giảm 37% so với cùng kỳ.

Thị xã Nghi Sơn tiếp tục dẫn đầu toàn tỉnh: từ đầu năm đến nay đã cấp 2.315 GCN, trong đó có 640 giấy cho các hộ tái định cư thuộc Khu kinh tế Nghi Sơn. Huyện Thọ Xuân xếp thứ hai với 1.874 giấy.

Thu ngân sách từ đất đai (tiền sử dụng đất, tiền thuê đất, lệ phí trước bạ) 9 tháng ước đạt 6.240 tỷ đồng, chiếm khoảng 38% tổng thu nội địa.

Quý IV, ngành tài nguyên phấn đấu cấp thêm khoảng 6.500 GCN lần đầu; đến hết năm 2024, tỷ lệ cấp GCN lần đầu toàn tỉnh đạt trên 98% diện tích cần cấp. Hiện còn gần 4.700 thửa đất chưa đủ điều kiện cấp giấy do tranh chấp, lấn chiếm hoặc sai lệch với bản đồ địa chính tỷ lệ 1/2.000.

Tin liên quan:
- Thanh Hóa triển khai Luật Đất đai 2024 có hiệu lực từ ngày 1/8/2024
- Hướng dẫn thực hiện Nghị định số 101/2024/NĐ-CP về đăng ký, cấp GCN
- Tập huấn nghiệp vụ đo đạc địa chính lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-11")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
EOY = per("đến hết năm 2024", None, "2024-12-31")
NS, TX = "Nghi Sơn", "Thọ Xuân"

FIGS = [
    fig("hơn 21 nghìn", "21", 21000, "count", "giấy chứng nhận", approx="over",
        subject="giấy chứng nhận quyền sử dụng đất lần đầu", period=NINE_S),
    fig("đã cấp 21.486 giấy", "21.486", 21486, "count", "giấy chứng nhận", percent=76.7,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="giấy chứng nhận quyền sử dụng đất (GCN) lần đầu cấp cho hộ gia đình, cá nhân", period=NINE),
    fig("được cấp 1.942,6 ha", "1.942,6", 1942.6, "measure", "ha",
        subject="tổng diện tích được cấp GCN lần đầu", period=NINE),
    fig("đất ở 12.350 giấy", "12.350", 12350, "count", "giấy", total=21486,
        subject="GCN lần đầu đất ở", period=inh(NINE)),
    fig("nông nghiệp 9.136 giấy", "9.136", 9136, "count", "giấy", total=21486,
        subject="GCN lần đầu đất nông nghiệp", period=inh(NINE)),
    fig("và 27 chi nhánh", "27", 27, "count", "chi nhánh",
        subject="chi nhánh Văn phòng Đăng ký đất đai cấp huyện"),
    fig("tiếp nhận 186.420 hồ sơ", "186.420", 186420, "count", "hồ sơ",
        subject="hồ sơ đăng ký biến động, cấp đổi, cấp lại GCN tiếp nhận", period=inh(NINE)),
    fig("giải quyết 179.055 hồ sơ", "179.055", 179055, "count", "hồ sơ", percent=96.05,
        subject="hồ sơ đăng ký biến động, cấp đổi, cấp lại GCN đã giải quyết", period=inh(NINE)),
    fig("còn 412 hồ sơ", "412", 412, "count", "hồ sơ", change=chg("decrease", 37, "%", "cùng kỳ"),
        subject="hồ sơ trễ hạn", period=inh(NINE)),
    fig("đã cấp 2.315 GCN", "2.315", 2315, "count", "GCN", subject="GCN đã cấp",
        period=YTD, location=NS),
    fig("có 640 giấy", "640", 640, "count", "giấy", total=2315,
        subject="giấy chứng nhận cấp cho các hộ tái định cư thuộc Khu kinh tế Nghi Sơn", period=YTD, location=NS),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="cấp GCN", period=inh(YTD), location=TX),
    fig("với 1.874 giấy", "1.874", 1874, "count", "giấy", subject="giấy chứng nhận cấp",
        period=inh(YTD), location=TX),
    fig("ước đạt 6.240 tỷ", "6.240", 6240e9, "money", "đồng", percent=38, status="estimate",
        subject="thu ngân sách từ đất đai", period=NINE_S),
    fig("khoảng 6.500 GCN", "6.500", 6500, "count", "GCN", approx="about", status="target",
        subject="GCN lần đầu cấp thêm", period=Q4),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cấp GCN lần đầu toàn tỉnh", period=EOY),
    fig("gần 4.700 thửa", "4.700", 4700, "count", "thửa đất", approx="nearly",
        subject="thửa đất chưa đủ điều kiện cấp giấy"),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, 'Cập nhật: 11/10/2024 16:45 | Lượt xem: 3.128' gives published; related links.",
    "Distractors: 16:45, Lượt xem 3.128, map scale 'tỷ lệ 1/2.000' (a map type, not a quantity), 'Luật Đất đai 2024', 1/8/2024,",
    "'Nghị định số 101/2024/NĐ-CP', 'lần thứ 3'.",
    "Headline 'hơn 21 nghìn' (multiplier nghìn) gets its '9 tháng' (year from the dateline).",
    "21.486: change 8,3% vs 'cùng kỳ năm 2023', percent 76,7 ('bằng ... kế hoạch năm'); parts after 'Trong đó' (sentence break) total 21.486.",
    "179.055 'đạt 96,05%' is its percent; no cue makes 186.420 its total. 412 'giảm 37%' is a change.",
    "Nghi Sơn passage: 'từ đầu năm đến nay' ends at the dateline; 640 after 'trong đó' total 2.315. Thọ Xuân rank 2 ('thứ hai') and 1.874.",
    "'Quý IV ... phấn đấu' and the clause after ';' that continues it are targets; 'đến hết năm 2024' is an as-of end date.",
    "'Hiện còn gần 4.700 thửa' has no period.",
    "revised after the first run: subjects of 2.315 ('GCN thị xã Nghi Sơn cấp' → 'GCN đã cấp') and 1.874 ('giấy chứng nhận huyện",
    "Thọ Xuân cấp' → 'giấy chứng nhận cấp'): the place belongs in location, not in the subject (FIGURES.md, lists and location).",
]

if __name__ == "__main__":
    write("p1297-1", TEXT, NOTES, FIGS, published="2024-10-11", location="Thanh Hóa")
