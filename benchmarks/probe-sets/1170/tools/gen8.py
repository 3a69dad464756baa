"""p1170-8: provincial newspaper online (Báo Quảng Ngãi), land registration and land-use fees, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế > Tài nguyên - Môi trường
Thứ Ba, 09/07/2024 - 10:15

Thu tiền sử dụng đất 6 tháng đạt hơn 1.250 tỷ đồng

(Baoquangngai.vn)- 6 tháng đầu năm, các chi nhánh Văn phòng Đăng ký đất đai trên địa bàn tỉnh đã chỉnh lý biến động cho 38.640 thửa đất, đăng ký thế chấp 12.905 trường hợp, tăng 7,2% so với cùng kỳ.

Thu tiền sử dụng đất ước đạt 1.256 tỷ đồng (riêng tháng 6 đạt 215 tỷ đồng), bằng 48,3% dự toán, giảm 11,5% so với cùng kỳ. Số giấy chứng nhận cấp lần đầu là 2.874 giấy, trong đó đất ở 1.032 giấy, đất nông nghiệp 1.842 giấy; tập trung tại TP Quảng Ngãi (612 giấy), Bình Sơn (408 giấy) và Tư Nghĩa (356 giấy).

Tại huyện Bình Sơn, nơi có Khu kinh tế Dung Quất, nhu cầu đăng ký đất đai tăng mạnh. Chi nhánh Văn phòng Đăng ký đất đai huyện mỗi tháng giải quyết khoảng 1.100 hồ sơ; riêng quý II giải quyết 3.480 hồ sơ, xếp thứ 2 toàn tỉnh sau TP Quảng Ngãi. Bà Trần Thị Mai, Giám đốc Chi nhánh, cho biết 100% hồ sơ đã được số hóa.

Theo ông Phạm Văn Hiền, Phó Giám đốc Sở Tài nguyên và Môi trường, tỷ lệ hồ sơ trễ hạn giảm còn 0,8%, thấp hơn 1,2 điểm phần trăm so với cùng kỳ. 6 tháng cuối năm, tỉnh phấn đấu cấp thêm 3.000 giấy chứng nhận lần đầu; thu tiền sử dụng đất cả năm ước đạt 2.600 tỷ đồng.

MINH THƯ
"""

HEAD = per("6 tháng", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M6 = per("tháng 6", "2024-06-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
BS = "Bình Sơn"
GCN = "giấy chứng nhận cấp lần đầu"

FIGS = [
    fig("hơn 1.250 tỷ", "1.250", 1.25e12, "money", "đồng", approx="over",
        subject="thu tiền sử dụng đất", period=HEAD),
    fig("cho 38.640 thửa", "38.640", 38640, "count", "thửa đất",
        subject="thửa đất được chỉnh lý biến động", period=H1),
    fig("thế chấp 12.905 trường hợp", "12.905", 12905, "count", "trường hợp",
        change=chg("increase", 7.2, "%", "cùng kỳ"), subject="trường hợp đăng ký thế chấp", period=H1),
    fig("ước đạt 1.256 tỷ", "1.256", 1.256e12, "money", "đồng", status="estimate", percent=48.3,
        change=chg("decrease", 11.5, "%", "cùng kỳ"), subject="thu tiền sử dụng đất", period=inh(H1)),
    fig("đạt 215 tỷ", "215", 215e9, "money", "đồng", subject="thu tiền sử dụng đất tháng 6", period=M6),
    fig("là 2.874 giấy", "2.874", 2874, "count", "giấy", subject=GCN, period=inh(H1)),
    fig("đất ở 1.032 giấy", "1.032", 1032, "count", "giấy", total=2874,
        subject="giấy chứng nhận cấp lần đầu đất ở", period=inh(H1)),
    fig("nông nghiệp 1.842 giấy", "1.842", 1842, "count", "giấy", total=2874,
        subject="giấy chứng nhận cấp lần đầu đất nông nghiệp", period=inh(H1)),
    fig("(612 giấy)", "612", 612, "count", "giấy", subject=GCN, period=inh(H1), location="Quảng Ngãi"),
    fig("(408 giấy)", "408", 408, "count", "giấy", subject=GCN, period=inh(H1), location=BS),
    fig("(356 giấy)", "356", 356, "count", "giấy", subject=GCN, period=inh(H1), location="Tư Nghĩa"),
    fig("khoảng 1.100 hồ sơ", "1.100", 1100, "measure", "hồ sơ/tháng", approx="about",
        subject="hồ sơ chi nhánh giải quyết mỗi tháng", location=BS),
    fig("giải quyết 3.480 hồ sơ", "3.480", 3480, "count", "hồ sơ",
        subject="hồ sơ chi nhánh giải quyết", period=Q2, location=BS),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="hồ sơ chi nhánh giải quyết", period=Q2, location=BS),
    fig("100% hồ sơ", "100", 100, "percent", "%", subject="hồ sơ đã được số hóa", location=BS),
    fig("còn 0,8%", "0,8", 0.8, "percent", "%",
        change=chg("decrease", 1.2, "điểm phần trăm", "cùng kỳ"), subject="tỷ lệ hồ sơ trễ hạn", period=inh(H1)),
    fig("thêm 3.000 giấy", "3.000", 3000, "count", "giấy chứng nhận", status="target",
        subject="giấy chứng nhận lần đầu cấp thêm", period=H2),
    fig("2.600 tỷ", "2.600", 2.6e12, "money", "đồng", status="estimate",
        subject="thu tiền sử dụng đất cả năm", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ngãi): 'Thứ Ba, 09/07/2024 - 10:15', tag '(Baoquangngai.vn)-', byline at the end. Location Quảng Ngãi.",
    "Distractors: 10:15, 'Khu kinh tế Dung Quất', 'sau TP Quảng Ngãi' (not a figure). No 'cùng kỳ năm 2023' is written, so year-less periods take 2024.",
    "'ước đạt 1.256 tỷ đồng (riêng tháng 6 đạt 215 tỷ đồng), bằng 48,3% dự toán, giảm 11,5%': share and change belong to 1.256 tỷ",
    "across the bracket; the bracketed 215 tỷ has its own verb (actual); 'riêng' is no total cue.",
    "Parts after 'trong đó' (đất ở / đất nông nghiệp) total 2.874; the district list after 'tập trung tại' does not add up: no total.",
    "Bình Sơn passage: 'mỗi tháng ... khoảng 1.100 hồ sơ' = rate (measure hồ sơ/tháng); 'xếp thứ 2 toàn tỉnh' = rank; location Bình Sơn.",
    "'giảm còn 0,8%, thấp hơn 1,2 điểm phần trăm' = percent figure with change. '2.600 tỷ ... ước đạt' = estimate (its own cue, after 'phấn đấu').",
]

if __name__ == "__main__":
    write("p1170-8", TEXT, NOTES, FIGS, published="2024-07-09", location="Quảng Ngãi")
