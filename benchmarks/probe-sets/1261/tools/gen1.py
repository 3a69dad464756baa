"""p1261-1: province portal (Lâm Đồng): tissue-culture seedlings 6 months 2024, a lab in Đà Lạt."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lâm Đồng: Sản xuất gần 60 triệu cây giống cấy mô trong 6 tháng

Cập nhật: 15/07/2024 09:45 | Lượt xem: 1.836

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, các phòng nuôi cấy mô trên địa bàn tỉnh Lâm Đồng ước đạt 58,6 triệu cây giống, tăng 11,3% so với cùng kỳ năm 2023, bằng 52,8% kế hoạch năm. Trong đó, cây hoa các loại 41,2 triệu cây, khoai tây 9,5 triệu cây, dâu tây 4,8 triệu cây; còn lại là chuối và cây dược liệu. Riêng quý II, sản lượng đạt 31,4 triệu cây.

Hiện toàn tỉnh có 72 phòng nuôi cấy mô, gồm 9 phòng của các viện, trường, trung tâm và 63 phòng của doanh nghiệp, hợp tác xã, nông hộ, tổng công suất khoảng 120 triệu cây/năm. TP Đà Lạt có 48 phòng, chiếm 66,7% số phòng toàn tỉnh.

Tại Phường 7, TP Đà Lạt, phòng nuôi cấy mô của Công ty TNHH Giống cây trồng Langbiang rộng 1.200 m2, năm 2023 cung ứng khoảng 8 triệu cây giống hoa cúc, đồng tiền, cẩm chướng. Công ty sử dụng 46 lao động, trong đó 30 lao động nữ, thu nhập bình quân 9,5 triệu đồng/người/tháng. Từ đầu năm đến nay, doanh thu của công ty đạt 11,8 tỷ đồng.

Giá cây giống hoa cúc cấy mô hiện từ 1.200 đến 1.800 đồng/cây; cây lan hồ điệp cấy mô khoảng 25.000 đồng/cây.

Năm 2024, ngành nông nghiệp phấn đấu sản xuất 111 triệu cây giống cấy mô. Mục tiêu đến năm 2030, trên 90% diện tích hoa của tỉnh sử dụng giống cấy mô.

Tin liên quan:
- Festival Hoa Đà Lạt lần thứ 10 sẽ diễn ra vào tháng 12/2024
- Triển khai Quyết định số 1543/QĐ-UBND về nông nghiệp công nghệ cao
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
DL = "Đà Lạt"

FIGS = [
    fig("gần 60 triệu", "60", 60e6, "count", "cây giống", approx="nearly",
        subject="cây giống cấy mô sản xuất", period=H6),
    fig("ước đạt 58,6 triệu", "58,6", 58.6e6, "count", "cây giống", status="estimate", percent=52.8,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="cây giống các phòng nuôi cấy mô trên địa bàn tỉnh sản xuất", period=S6),
    fig("các loại 41,2 triệu", "41,2", 41.2e6, "count", "cây", total=58.6e6, status="estimate",
        subject="cây hoa các loại", period=inh(S6)),
    fig("khoai tây 9,5 triệu", "9,5", 9.5e6, "count", "cây", total=58.6e6, status="estimate",
        subject="cây giống khoai tây", period=inh(S6)),
    fig("dâu tây 4,8 triệu", "4,8", 4.8e6, "count", "cây", total=58.6e6, status="estimate",
        subject="cây giống dâu tây", period=inh(S6)),
    fig("đạt 31,4 triệu", "31,4", 31.4e6, "count", "cây",
        subject="sản lượng cây giống cấy mô", period=Q2),
    fig("có 72 phòng", "72", 72, "count", "phòng", subject="phòng nuôi cấy mô"),
    fig("gồm 9 phòng", "9", 9, "count", "phòng", total=72,
        subject="phòng nuôi cấy mô của các viện, trường, trung tâm"),
    fig("và 63 phòng", "63", 63, "count", "phòng", total=72,
        subject="phòng nuôi cấy mô của doanh nghiệp, hợp tác xã, nông hộ"),
    fig("khoảng 120 triệu", "120", 120e6, "measure", "cây/năm", approx="about",
        subject="tổng công suất các phòng nuôi cấy mô"),
    fig("có 48 phòng", "48", 48, "count", "phòng", percent=66.7,
        subject="phòng nuôi cấy mô", location=DL),
    fig("rộng 1.200 m2", "1.200", 1200, "measure", "m2",
        subject="diện tích phòng nuôi cấy mô của Công ty TNHH Giống cây trồng Langbiang", location=DL),
    fig("khoảng 8 triệu", "8", 8e6, "count", "cây giống", approx="about",
        subject="cây giống hoa cúc, đồng tiền, cẩm chướng công ty cung ứng", period=Y23, location=DL),
    fig("sử dụng 46 lao động", "46", 46, "count", "lao động", subject="lao động công ty sử dụng", location=DL),
    fig("30 lao động nữ", "30", 30, "count", "lao động", total=46, subject="lao động nữ", location=DL),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động công ty", location=DL),
    fig("đạt 11,8 tỷ", "11,8", 11.8e9, "money", "đồng", subject="doanh thu của công ty", period=YTD,
        location=DL),
    fig("từ 1.200 đến 1.800", "1.200", 1200, "money", "đồng/cây", value_max=1800,
        subject="giá cây giống hoa cúc cấy mô"),
    fig("khoảng 25.000", "25.000", 25000, "money", "đồng/cây", approx="about",
        subject="giá cây lan hồ điệp cấy mô"),
    fig("sản xuất 111 triệu", "111", 111e6, "count", "cây giống", status="target",
        subject="cây giống cấy mô ngành nông nghiệp sản xuất", period=Y24),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích hoa của tỉnh sử dụng giống cấy mô", period=T30),
]

NOTES = [
    "Province portal (Lâm Đồng): tissue-culture seedlings 6 months 2024; breadcrumb, 'Cập nhật: 15/07/2024 09:45 | Lượt xem: 1.836'.",
    "Distractors: 09:45, Lượt xem 1.836, 'Phường 7', 'lần thứ 10', 'tháng 12/2024', Quyết định số 1543/QĐ-UBND.",
    "Headline '6 tháng' (year-less) takes 2024 from published; headline has no 'ước' cue, so actual.",
    "'Trong đó' parts after a sentence break: total 58,6 triệu, status estimate carried from 'ước đạt'; period inherited.",
    "'Riêng quý II': no part-of cue, a different period: no total. 'TP Đà Lạt có 48 phòng, chiếm 66,7%': percent, no total.",
    "Lab passage in Phường 7, TP Đà Lạt: location Đà Lạt; 'Từ đầu năm đến nay' ends at the dateline 2024-07-15.",
    "Prices and lab counts are standing ('hiện'): no period. 'Mục tiêu đến năm 2030, trên 90%' → target, start null.",
]

if __name__ == "__main__":
    write(1, TEXT, NOTES, FIGS, published="2024-07-15", location="Lâm Đồng")
