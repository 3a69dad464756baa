"""p501-1: province portal, Quảng Bình, poverty review end of 2023."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm - An sinh xã hội

Quảng Bình: Năm 2023 có hơn 3.400 hộ thoát nghèo

Cập nhật: 15/01/2024 08:45 | Lượt xem: 1.864

(quangbinh.gov.vn) - Theo kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022-2025, toàn tỉnh còn 10.215 hộ nghèo, chiếm 3,52% tổng số hộ dân, giảm 3.412 hộ so với cuối năm 2022; hộ cận nghèo còn 12.680 hộ, chiếm 4,37%. Tỷ lệ hộ nghèo giảm 1,18%, vượt chỉ tiêu Nghị quyết số 15/NQ-HĐND của HĐND tỉnh giao (giảm 1%).

Các địa phương có tỷ lệ hộ nghèo còn cao là huyện Minh Hóa (14,6%), Tuyên Hóa (8,9%) và Quảng Ninh (6,1%); thành phố Đồng Hới có tỷ lệ thấp nhất, dưới 0,5%.

Trong năm 2023, Ngân hàng Chính sách xã hội chi nhánh tỉnh đã giải ngân 1.245,6 tỷ đồng cho 27.318 lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách vay vốn. Tính đến ngày 31/12/2023, tổng dư nợ đạt 5.870 tỷ đồng, tăng 8,2% so với cùng kỳ. Tỉnh cũng đã hỗ trợ xây mới, sửa chữa 652 căn nhà cho hộ nghèo với mức hỗ trợ từ 40 đến 60 triệu đồng/căn.

Năm 2024, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 1 đến 1,2%, riêng huyện Minh Hóa giảm 3-4%; đến năm 2025, tỷ lệ hộ nghèo toàn tỉnh còn dưới 3%.

Mọi thông tin chi tiết xin liên hệ Phòng Bảo trợ xã hội, Sở LĐ-TB&XH, số 5 Hùng Vương, TP Đồng Hới; điện thoại 0232.3822.516.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
END23 = per("cuối năm 2023", None, "2023-12-31")
INYEAR = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có hơn 3.400 hộ thoát nghèo", "3.400", 3400, "count", "hộ", approx="over",
        subject="hộ thoát nghèo", period=Y23),
    fig("còn 10.215 hộ nghèo", "10.215", 10215, "count", "hộ", percent=3.52,
        change=chg("decrease", 3412, "hộ", "cuối năm 2022"), subject="hộ nghèo", period=END23),
    fig("hộ cận nghèo còn 12.680 hộ", "12.680", 12680, "count", "hộ", percent=4.37,
        subject="hộ cận nghèo", period=END23),
    fig("Tỷ lệ hộ nghèo giảm 1,18%", "1,18", 1.18, "percent", "%", target=tgt(1, "%", True),
        subject="tỷ lệ hộ nghèo giảm", period=inh(Y23)),
    fig("Minh Hóa (14,6%)", "14,6", 14.6, "percent", "%", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Minh Hóa"),
    fig("Tuyên Hóa (8,9%)", "8,9", 8.9, "percent", "%", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Tuyên Hóa"),
    fig("Quảng Ninh (6,1%)", "6,1", 6.1, "percent", "%", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Quảng Ninh"),
    fig("dưới 0,5%", "0,5", 0.5, "percent", "%", approx="under", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Đồng Hới"),
    fig("giải ngân 1.245,6 tỷ đồng", "1.245,6", 1245600000000, "money", "đồng",
        subject="vốn Ngân hàng Chính sách xã hội giải ngân cho vay", period=INYEAR),
    fig("cho 27.318 lượt hộ", "27.318", 27318, "count", "lượt hộ",
        subject="lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách vay vốn", period=INYEAR),
    fig("dư nợ đạt 5.870 tỷ đồng", "5.870", 5870000000000, "money", "đồng",
        change=chg("increase", 8.2, "%", "cùng kỳ"), subject="tổng dư nợ",
        period=per("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    fig("sửa chữa 652 căn nhà", "652", 652, "count", "căn nhà",
        subject="căn nhà cho hộ nghèo được hỗ trợ xây mới, sửa chữa", period=inh(Y23)),
    fig("từ 40 đến 60 triệu đồng/căn", "40", 40000000, "money", "đồng/căn", value_max=60000000,
        subject="mức hỗ trợ xây mới, sửa chữa nhà", period=inh(Y23)),
    fig("từ 1 đến 1,2%", "1", 1, "percent", "%", value_max=1.2, status="target",
        subject="tỷ lệ hộ nghèo giảm", period=Y24),
    fig("giảm 3-4%", "3", 3, "percent", "%", value_max=4, status="target",
        subject="tỷ lệ hộ nghèo giảm", period=Y24, location="Minh Hóa"),
    fig("còn dưới 3%", "3", 3, "percent", "%", approx="under", status="target",
        subject="tỷ lệ hộ nghèo", period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Bình: kết quả rà soát hộ nghèo, cận nghèo cuối năm 2023; vay vốn NHCSXH; nhà ở; mục tiêu 2024-2025.",
    "'cuối năm 2023' (a stock at the review) is read as an as-of date (start null). '(giảm 1%)' after 'vượt chỉ tiêu' is the target of 1,18% (met).",
    "'giai đoạn 2022-2025', 'Nghị quyết số 15/NQ-HĐND', 'Lượt xem: 1.864', 'số 5 Hùng Vương', the phone number are not figures.",
    "Districts in the bracketed list go to location; 'Quảng Ninh' here is the district of Quảng Bình.",
]

if __name__ == "__main__":
    emit("p501-1", TEXT, NOTES, FIGS, published="2024-01-15", location="Quảng Bình")
