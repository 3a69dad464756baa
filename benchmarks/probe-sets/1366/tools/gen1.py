"""p1366-1: province portal (Cao Bằng): cattle traded through livestock markets, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

9 tháng, hơn 41 nghìn con trâu, bò được giao dịch qua các chợ gia súc

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.864

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, các chợ gia súc trên địa bàn tỉnh đã giao dịch 41.260 con trâu, bò, tăng 7,3% so với cùng kỳ năm 2023, bằng 78,6% kế hoạch năm. Trong đó, bò 33.540 con, trâu 7.720 con. Giá trị giao dịch ước đạt khoảng 1.150 tỷ đồng.

Toàn tỉnh hiện có 14 chợ gia súc, trong đó 9 chợ họp theo phiên và 5 chợ họp hằng ngày. Giá bò hơi loại 1 dao động từ 78.000 đến 85.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với đầu năm; mỗi con bò thịt trưởng thành có giá 25-32 triệu đồng.

Tại chợ gia súc Nà Rị, huyện Hòa An, mỗi phiên có từ 400 đến 500 con trâu, bò được đưa về mua bán, dịp cận Tết lên tới gần 700 con. Ban quản lý chợ thu phí 20.000 đồng/con; từ đầu năm đến nay thu được hơn 380 triệu đồng. Ông Nông Văn Thạch, thương lái ở xã Bạch Đằng, cho biết mỗi tháng ông mua khoảng ba chục con bò để bán cho các lò mổ ở Thái Nguyên, Hà Nội.

Công tác kiểm dịch được tăng cường: 9 tháng qua, ngành thú y đã kiểm dịch 12.850 con trâu, bò vận chuyển ra ngoài tỉnh và tiêm phòng 62.400 liều vắc xin viêm da nổi cục, đạt 89% kế hoạch.

Mục tiêu đến năm 2025, tỉnh có ít nhất 3 chợ gia súc đạt chuẩn về vệ sinh thú y, có khu cách ly và hệ thống xử lý chất thải.

Tin liên quan:
- Hòa An: Ra mắt Hợp tác xã chăn nuôi bò 3B
- Triển khai Quyết định số 1520/QĐ-UBND về phòng, chống dịch bệnh gia súc năm 2024
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T25 = per("đến năm 2025", None, "2025-12-31")
HA = "Hòa An"

FIGS = [
    fig("hơn 41 nghìn", "41", 41e3, "count", "con trâu, bò", approx="over",
        subject="trâu, bò được giao dịch qua các chợ gia súc", period=NINE_H),
    fig("giao dịch 41.260 con", "41.260", 41260, "count", "con trâu, bò", percent=78.6,
        change=chg("increase", 7.3, "%", "cùng kỳ năm 2023"),
        subject="trâu, bò các chợ gia súc đã giao dịch", period=NINE),
    fig("bò 33.540 con", "33.540", 33540, "count", "con", total=41260,
        subject="bò được giao dịch", period=inh(NINE)),
    fig("trâu 7.720 con", "7.720", 7720, "count", "con", total=41260,
        subject="trâu được giao dịch", period=inh(NINE)),
    fig("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị giao dịch", period=inh(NINE)),
    fig("có 14 chợ", "14", 14, "count", "chợ gia súc", subject="chợ gia súc"),
    fig("đó 9 chợ", "9", 9, "count", "chợ", total=14, subject="chợ họp theo phiên"),
    fig("và 5 chợ", "5", 5, "count", "chợ", total=14, subject="chợ họp hằng ngày"),
    fig("từ 78.000 đến 85.000", "78.000", 78000, "money", "đồng/kg", value_max=85000,
        change=chg("increase", 5000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá bò hơi loại 1"),
    fig("giá 25-32 triệu", "25", 25e6, "money", "đồng/con", value_max=32e6,
        subject="giá bò thịt trưởng thành"),
    fig("từ 400 đến 500", "400", 400, "measure", "con/phiên", value_max=500,
        subject="trâu, bò được đưa về mua bán mỗi phiên tại chợ gia súc Nà Rị", location=HA),
    fig("gần 700 con", "700", 700, "measure", "con/phiên", approx="nearly",
        subject="trâu, bò được đưa về mua bán mỗi phiên dịp cận Tết", location=HA),
    fig("phí 20.000 đồng/con", "20.000", 20000, "money", "đồng/con",
        subject="phí ban quản lý chợ thu", location=HA),
    fig("hơn 380 triệu", "380", 380e6, "money", "đồng", approx="over",
        subject="phí chợ thu được", period=YTD, location=HA),
    fig("khoảng ba chục", "ba", 30, "measure", "con/tháng", approx="about",
        subject="bò thương lái Nông Văn Thạch mua mỗi tháng", location=HA),
    fig("kiểm dịch 12.850 con", "12.850", 12850, "count", "con trâu, bò",
        subject="trâu, bò vận chuyển ra ngoài tỉnh được kiểm dịch", period=NINE_Q),
    fig("phòng 62.400 liều", "62.400", 62400, "count", "liều", percent=89,
        subject="liều vắc xin viêm da nổi cục tiêm phòng", period=NINE_Q),
    fig("ít nhất 3 chợ", "3", 3, "count", "chợ gia súc", approx="at_least", status="target",
        subject="chợ gia súc đạt chuẩn về vệ sinh thú y", period=T25),
]

NOTES = [
    "Province portal (Cao Bằng): breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.864', related links.",
    "Distractors: 08:35, Lượt xem 1.864, 'bò hơi loại 1' (a grade), 'bò 3B' (a name), Quyết định số 1520/QĐ-UBND, 'năm 2024' in a link;",
    "'mỗi con bò' is a denominator, not a figure; Thái Nguyên, Hà Nội are destinations, not places of a figure.",
    "Headline '9 tháng, hơn 41 nghìn con' is its own figure (over); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó, bò ... trâu ...' after a sentence break: total 41.260; period inherited. 'ước đạt khoảng' → estimate + about.",
    "'cao hơn khoảng 5.000 đồng/kg so với đầu năm' is the change of the price range.",
    "The Nà Rị market passage (huyện Hòa An; xã Bạch Đằng is in Hòa An) → location Hòa An; 'mỗi phiên'/'mỗi tháng' → rates con/phiên, con/tháng.",
    "'khoảng ba chục con' = 30 (number word 'ba' × chục).",
]

if __name__ == "__main__":
    write("p1366-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Cao Bằng")
